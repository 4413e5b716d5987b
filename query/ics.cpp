// --format ics: deadlines as calendar events (RFC 5545). Hand-written rather
// than through a library: the subset needed (all-day VEVENTs) is small, and
// the three rules that matter (text escaping, 75-octet folding, CRLF) are
// each one function here with a test beside it.
#include <mseg/calendar_days.hpp>
#include <mseg/owners.hpp>
#include <mseg/query_format.hpp>
#include <mseg/version.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>

#include "base/fnv.hpp"
#include "base/text_escape.hpp"
#include "base/text_pieces.hpp"
#include "base/utf8.hpp"
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

// Who an owner is, as --owner and --group-by owner read it: "MEG-SEC Chair" and "Chair" are one owner, so a
// plan that respells its owner keeps the event's UID (a helper's finding: the event was duplicated on import).
std::string owner_key(const Owner& o, const OwnerAliases& aliases) { return aliases.identity(o); }

// FNV-1a of `parts`, a separator between them ("ab","c" is not "a","bc"): the same text, the same hash, in every run.
std::uint64_t fnv1a(std::initializer_list<std::string_view> parts) {
  std::uint64_t h = fnv::kOffset;
  bool first = true;
  for (std::string_view part : parts) {
    if (!first) h = fnv::add(h, 0xFF);
    first = false;
    for (unsigned char c : part) h = fnv::add(h, c);
  }
  return h;
}

// Whether `who` has letters outside ASCII. Spaces, punctuation and symbols are none, as the slug drops them like
// their ASCII forms (two reviews' findings: "Secretariat’s Office" and a thin space in "Japan Coast Guard" lost the
// UID they share with the ASCII spelling): Latin-1's U+0080 to U+00BF, × and ÷, General Punctuation (U+2000 to
// U+206F: spaces, dashes, quotes, bullets, …), currency signs, arrows to miscellaneous symbols (U+2190 to U+2BFF),
// CJK punctuation (U+3000 to U+303F), U+FEFF and U+FFFD.
bool letters_beyond_ascii(std::string_view who) {
  const auto* p = reinterpret_cast<const unsigned char*>(who.data());
  for (std::size_t i = 0; i < who.size();) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    const std::size_t len = utf8::sequence_length(p + i, who.size() - i);
    if (len == 0) return true;  // not UTF-8: nothing to tell it by
    const char32_t cp = utf8::code_point(p + i, len);
    const bool mark = cp <= 0xBF || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x206F) ||
                      (cp >= 0x20A0 && cp <= 0x20CF) || (cp >= 0x2190 && cp <= 0x2BFF) ||
                      (cp >= 0x3000 && cp <= 0x303F) || cp == 0xFEFF || cp == 0xFFFD;
    if (!mark) return true;
    i += len;
  }
  return false;
}

// An owner's part of a UID: its slug; for a name of no ASCII letter or digit, which slugs to nothing, a hash of
// it, so that two such owners do not share one UID. A name with other letters besides keeps its slug and gains
// the hash: the slug drops them, and "Comité 1" and "Comite 1" are two owners (a helper's finding: one UID).
// The hash is of the name as owners are compared (fold_owner_name: case and spacing aside), so that "Comité 1" and
// "comité 1", one owner to diff and --group-by, keep one UID (a helper's finding).
std::string owner_slug(const std::string& who) {
  std::string s = slug(who);
  if (s == "x" && !who.empty() && who != "x" && who != "X")
    return fmt::format("u{:016x}", fnv1a({fold_owner_name(who)}));
  if (!letters_beyond_ascii(who)) return s;
  return fmt::format("{}-u{:08x}", s, static_cast<std::uint32_t>(fnv1a({fold_owner_name(who)})));
}

// One event: an owner of a matched action's dated tag (or of its text's deadline), once per owner and tag.
struct Event {
  const Match& match;
  const Action& action;
  std::size_t tag;           // index in action.tags
  const Deadline& deadline;  // the tag's, or the one in the action's text
  const Owner& owner;
  const std::string& who;    // owner_key
  std::size_t events;        // the match's events in all: text several share is shortened
  std::size_t tag_events;    // the tag's
  std::size_t ordinal;       // which of the action's tags naming this owner it is: 1 for the first
};

// Calls `fn` for each event the calendar holds, in order, while it returns true.
template <class Fn>
void for_each_event(const std::vector<Match>& matches, const FormatOptions& o, Fn&& fn) {
  const OwnerAliases& aliases = o.aliases ? *o.aliases : builtin_aliases();
  const OwnerFilter owners(o.owners, o.aliases);
  std::vector<std::string> keys;        // one tag's owners, by who they are; empty: no event
  std::unordered_set<std::string> seen;  // ... those met in the tag so far (a tag may name tens of thousands)
  std::unordered_map<std::string, std::size_t> ordinals;  // an action's tags so far naming each owner
  for (const auto& m : matches) {
    const Action* action = m.element.action();
    if (!action) continue;
    // An owner --owner keeps, once a tag: "(US/United States/March 2008)" is one event.
    // Fills `keys`; returns how many are events.
    const auto owners_of = [&](const Tag& tag) {
      keys.clear();
      seen.clear();
      std::size_t n = 0;
      for (const Owner& owner : tag.owners) {
        std::string who = owners.keeps(owner) ? owner_key(owner, aliases) : std::string();
        if (!who.empty() && !seen.insert(who).second) who.clear();
        n += !who.empty();
        keys.push_back(std::move(who));
      }
      return n;
    };
    std::size_t events = 0;
    for (std::size_t i : m.tags) {
      const Deadline& d = deadline_for(*action, action->tags[i]);
      if (d.start && d.end) events += owners_of(action->tags[i]);
    }
    // A tag is numbered among the action's tags of its owner, not among all its tags: dropping a finished
    // "(Pilot Project – Australia/2008)" before "(Chair/2009)" keeps the Chair's event (a helper's finding: it was
    // duplicated on import). Counted over every tag, matched or not, so that a filter changes no UID.
    ordinals.clear();
    std::size_t next = 0;  // in m.tags, ascending
    for (std::size_t i = 0; i < action->tags.size() && next < m.tags.size(); ++i) {
      const Tag& tag = action->tags[i];
      const bool matched = m.tags[next] == i;
      next += matched;
      seen.clear();
      for (const Owner& owner : tag.owners)
        if (std::string who = owner_key(owner, aliases); seen.insert(who).second) ++ordinals[std::move(who)];
      if (!matched) continue;
      // A tag without a deadline of its own answers for the one in the action's text.
      const Deadline& deadline = deadline_for(*action, tag);
      if (!deadline.start || !deadline.end) continue;
      const std::size_t tag_events = owners_of(tag);
      for (std::size_t k = 0; k < tag.owners.size(); ++k)
        if (!keys[k].empty() &&
            !fn(Event{m, *action, i, deadline, tag.owners[k], keys[k], events, tag_events, ordinals[keys[k]]}))
          return;
    }
  }
}

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

std::size_t dated_without_owner(const std::vector<Match>& matches) {
  std::size_t n = 0;
  for (const auto& m : matches)
    if (const Action* a = m.element.action()) {
      for (std::size_t i : m.tags)
        if (const Deadline& d = deadline_for(*a, a->tags[i]); d.start && d.end && a->tags[i].owners.empty()) ++n;
      // "Report on progress by June 2011", no tag at all: its sentence's deadline, no one's.
      if (a->tags.empty() && m.text_deadline && a->deadline->deadline.start && a->deadline->deadline.end) ++n;
    }
  return n;
}

bool has_ics_event(const std::vector<Match>& matches, const FormatOptions& o) {
  bool any = false;
  for_each_event(matches, o, [&any](const Event&) { return !(any = true); });
  return any;
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
  // A calendar holds a UID once (RFC 5545 3.8.4.7): one taken before in this file (two plans of one group in one
  // run) gets "-2", "-3"; an event the same as one written before (the same plan given twice, or two editions
  // that agree) is not written again. Hashes, not the texts: a tag of many owners makes as many events.
  std::unordered_set<std::uint64_t> taken, written;
  const Match* last = nullptr;
  std::string plan_id;
  for_each_event(matches, o, [&](const Event& e) {
    if (last != &e.match) plan_id = plan_identity(e.match);
    last = &e.match;
    const Action& action = e.action;
    const Tag& tag = action.tags[e.tag];
    const bool tag_repeated = e.tag_events > 1;
    // An event per owner: what several events share is written within
    // bounds, or a tag of thousands of owners, whole in each of their
    // events, would make the calendar grow as its square. The plan's
    // title is in every event of the calendar.
    std::string description = e.events > 1 ? shortened(action.text, kMaxRepeatedActionText) : action.text;
    description += "\n\nOwner: " + e.owner.name;
    description += "\nDeadline: " + e.deadline.text;
    description += "\nTag: " + (tag_repeated ? shortened(tag.text, kMaxRepeatedTagText) : tag.text);
    description += "\nSection: " + e.match.element.section->id;
    description += "\nAction: " + action.id;
    // Position in the plan, not wording: a reworded action keeps its
    // events (docs/query.md says what moves them).
    const std::string base = fmt::format("{}.t{}.{}.{}", action.id, e.ordinal, owner_slug(e.who), plan_id);
    const std::string start = ics_date(*e.deadline.start), end = ics_date(add_days(*e.deadline.end, 1));
    const std::string summary = summary_of(e.owner.name, action.text);
    if (!written.insert(fnv1a({base, start, end, summary, description})).second) return true;  // the plan aside
    description += "\nPlan: " + shortened(plan_name(e.match), kMaxRepeatedTagText) + " (" + e.match.source + ")";
    property(out, "BEGIN", "VEVENT");
    std::string uid = base;
    for (int n = 2; !taken.insert(fnv1a({uid})).second; ++n) uid = fmt::format("{}-{}", base, n);
    property(out, "UID", uid + "@mseg");
    property(out, "DTSTAMP", stamp);
    property(out, "DTSTART;VALUE=DATE", start);
    property(out, "DTEND;VALUE=DATE", end);  // DTEND is exclusive: the day after
    property(out, "SUMMARY", escape_ics_text(summary));
    property(out, "DESCRIPTION", escape_ics_text(description));
    property(out, "CATEGORIES", escape_ics_text(e.who));
    if (tag.tentative) property(out, "STATUS", "TENTATIVE");
    property(out, "TRANSP", "TRANSPARENT");
    property(out, "END", "VEVENT");
    pass_on(out, sink);
    return true;
  });
  property(out, "END", "VCALENDAR");
  sink(out);
}

std::string format_ics(const std::vector<Match>& matches, const FormatOptions& o) {
  return gather([&](const TextSink& sink) { format_ics(matches, o, sink); });
}

}  // namespace mseg::query
