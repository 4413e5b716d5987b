// --format ics: deadlines as calendar events (RFC 5545). Hand-written rather
// than through a library: the subset needed (all-day VEVENTs) is small, and
// the three rules that matter (text escaping, 75-octet folding, CRLF) are
// each one function here with a test beside it.
#include <mseg/calendar_days.hpp>
#include <mseg/query_format.hpp>
#include <mseg/version.hpp>

#include <fmt/format.h>

#include <algorithm>

#include "base/text_escape.hpp"
#include "base/text_pieces.hpp"
#include "ics.hpp"

namespace mseg::query {

// RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped;
// other control characters have no place in a TEXT value and are dropped.
std::string escape_ics_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\r') {
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
      out += "\\n";
    } else if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20 && c != '\t') {
      continue;
    } else {
      out += c;
    }
  }
  return out;
}

namespace {

std::size_t utf8_length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

}  // namespace

// RFC 5545 3.1: lines longer than 75 octets are folded with CRLF and a space,
// never inside a UTF-8 sequence (a calendar would show a broken character).
std::string fold_ics_line(std::string_view line) {
  std::string out;
  out.reserve(line.size() + line.size() / 70 * 3 + 2);
  std::size_t used = 0;  // octets on the current physical line
  for (std::size_t i = 0; i < line.size();) {
    std::size_t n = std::min(utf8_length(static_cast<unsigned char>(line[i])), line.size() - i);
    if (used + n > 75) {
      out += "\r\n ";
      used = 1;
    }
    out.append(line, i, n);
    used += n;
    i += n;
  }
  out += "\r\n";
  return out;
}

namespace {

// Lowercase ASCII letters and digits; every other run becomes one '-'.
std::string slug(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "x" : out;
}

std::string basename_of(const std::string& path) {
  auto slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  auto dot = name.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

// What stays the same from one version of a plan to the next: its group
// (docs/query.md, "Calendar events"), else its title, else its file name.
std::string plan_identity(const Match& m) {
  if (m.plan && m.plan->group && !m.plan->group->acronym.empty()) return slug(m.plan->group->acronym);
  if (m.plan && m.plan->group && !m.plan->group->name.empty()) return slug(m.plan->group->name);
  if (m.plan && m.plan->title) return slug(*m.plan->title);
  return slug(basename_of(m.source));
}

std::string plan_name(const Match& m) {
  if (m.plan && m.plan->title) return *m.plan->title;
  if (m.plan && m.plan->group) return m.plan->group->name;
  return m.source;
}

std::string owner_key(const Owner& o) { return o.canonical ? *o.canonical : o.name; }

std::string ics_date(Date d) { return fmt::format("{:04}{:02}{:02}", d.year, d.month, d.day); }

std::string ics_stamp(std::int64_t seconds) {
  std::int64_t days = seconds / 86400;
  std::int64_t rest = seconds % 86400;
  if (rest < 0) {
    rest += 86400;
    --days;
  }
  const Date d = civil_from_days(days);
  return fmt::format("{}T{:02}{:02}{:02}Z", ics_date(d), rest / 3600, rest / 60 % 60, rest % 60);
}

// A summary a calendar can show in a day cell: the owner and the start of the text.
std::string summary_of(const std::string& owner, const std::string& text) {
  constexpr std::size_t kMax = 120;
  std::string s = owner + ": " + text;
  if (s.size() <= kMax) return s;
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  auto space = s.rfind(' ', cut);
  if (space != std::string::npos && space > kMax / 2) cut = space;
  return s.substr(0, cut) + "\u2026";
}

void property(std::string& out, std::string_view name_and_params, std::string_view value) {
  std::string line{name_and_params};
  line += ':';
  line += value;
  out += fold_ics_line(line);
}

}  // namespace

std::size_t tags_without_event(const std::vector<Match>& matches) {
  std::size_t n = 0;
  for (const auto& m : matches)
    if (const Action* a = m.element.action())
      for (std::size_t i : m.tags)
        if (const Deadline& d = deadline_for(*a, a->tags[i]); !d.start || !d.end) ++n;
  return n;
}

void format_ics(const std::vector<Match>& matches, const FormatOptions& o, const TextSink& sink) {
  std::string out;
  property(out, "BEGIN", "VCALENDAR");
  property(out, "VERSION", "2.0");
  property(out, "PRODID", fmt::format("-//mseg//mseg {}//EN", kVersion));
  property(out, "CALSCALE", "GREGORIAN");
  property(out, "METHOD", "PUBLISH");
  if (!matches.empty()) property(out, "X-WR-CALNAME", escape_ics_text(plan_name(matches.front())));
  const std::string stamp = ics_stamp(o.now);
  const OwnerFilter owners(o.owners, o.aliases);
  for (const auto& m : matches) {
    const Action* action = m.element.action();
    if (!action) continue;
    const std::string plan_id = plan_identity(m);
    // An event per dated tag and owner --owner keeps: only text that several events repeat is shortened.
    const auto kept = [&](const Owner& owner) { return owners.keeps(owner); };
    const auto events_of = [&](const Tag& tag) {
      return static_cast<std::size_t>(std::count_if(tag.owners.begin(), tag.owners.end(), kept));
    };
    std::size_t events = 0;
    for (std::size_t i : m.tags) {
      const Deadline& d = deadline_for(*action, action->tags[i]);
      if (d.start && d.end) events += events_of(action->tags[i]);
    }
    for (std::size_t i : m.tags) {
      const Tag& tag = action->tags[i];
      // A tag without a deadline of its own answers for the one in the action's text.
      const Deadline& deadline = deadline_for(*action, tag);
      if (!deadline.start || !deadline.end) continue;
      const bool tag_repeated = events_of(tag) > 1;
      for (const Owner& owner : tag.owners) {
        if (!kept(owner)) continue;
        const std::string who = owner_key(owner);
        // An event per owner: what several events share is written within
        // bounds, or a tag of thousands of owners, whole in each of their
        // events, would make the calendar grow as its square. The plan's
        // title is in every event of the calendar.
        std::string description = events > 1 ? shortened(action->text, kMaxRepeatedActionText) : action->text;
        description += "\n\nOwner: " + owner.name;
        description += "\nDeadline: " + deadline.text;
        description += "\nTag: " + (tag_repeated ? shortened(tag.text, kMaxRepeatedTagText) : tag.text);
        description += "\nSection: " + m.element.section->id;
        description += "\nAction: " + action->id;
        description += "\nPlan: " + shortened(plan_name(m), kMaxRepeatedTagText) + " (" + m.source + ")";
        property(out, "BEGIN", "VEVENT");
        // Position in the plan, not wording: a reworded action keeps its
        // events (docs/query.md says what moves them).
        property(out, "UID", fmt::format("{}.t{}.{}.{}@mseg", action->id, i + 1, slug(who), plan_id));
        property(out, "DTSTAMP", stamp);
        property(out, "DTSTART;VALUE=DATE", ics_date(*deadline.start));
        property(out, "DTEND;VALUE=DATE", ics_date(add_days(*deadline.end, 1)));  // DTEND is exclusive
        property(out, "SUMMARY", escape_ics_text(summary_of(owner.name, action->text)));
        property(out, "DESCRIPTION", escape_ics_text(description));
        property(out, "CATEGORIES", escape_ics_text(who));
        if (tag.tentative) property(out, "STATUS", "TENTATIVE");
        property(out, "TRANSP", "TRANSPARENT");
        property(out, "END", "VEVENT");
        pass_on(out, sink);
      }
    }
  }
  property(out, "END", "VCALENDAR");
  sink(out);
}

std::string format_ics(const std::vector<Match>& matches, const FormatOptions& o) {
  return gather([&](const TextSink& sink) { format_ics(matches, o, sink); });
}

}  // namespace mseg::query
