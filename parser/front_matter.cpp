#include "front_matter.hpp"

#include <mseg/deadline.hpp>
#include <mseg/economy.hpp>

#include <fmt/format.h>

#include "base/ascii.hpp"
#include "clean.hpp"
#include "patterns.hpp"
#include "tag.hpp"

namespace mseg {
namespace {

std::string_view view(const re2::StringPiece& p) { return {p.data(), p.size()}; }

// "________", "-----", "=====": the rule a cover sheet opens with.
bool is_rule(std::string_view s) {
  if (s.size() < 3) return false;
  for (char c : s)
    if (c != '_' && c != '-' && c != '=' && c != ' ') return false;
  return true;
}

// "2010/SOM3/SCE/010": a year, then two or more '/'-parts of letters, digits and '-'.
std::size_t document_number_length(std::string_view s) {
  if (s.size() < 9) return 0;
  for (std::size_t i = 0; i < 4; ++i)
    if (!ascii::digit(s[i])) return 0;
  std::size_t i = 4, slashes = 0;
  while (i < s.size() && (s[i] == '/' || ascii::alnum(s[i]) || s[i] == '-')) {
    if (s[i] == '/') {
      if (i + 1 >= s.size() || !ascii::alnum(s[i + 1])) return 0;
      ++slashes;
    }
    ++i;
  }
  if (slashes < 2 || s[4] != '/') return 0;
  if (i < s.size() && !is_space(s[i])) return 0;
  return i;
}

// The value after "Label:" when `s` starts with the label, any case.
std::optional<std::string_view> labelled(std::string_view s, std::string_view lower_label) {
  if (!ascii::starts_with_ci(s, lower_label)) return std::nullopt;
  std::string_view rest = trim(s.substr(lower_label.size()));
  if (rest.empty() || rest.front() != ':') return std::nullopt;
  return trim(rest.substr(1));
}

// Words that mark a line as a web page's, not the plan's.
bool is_unplanned(std::string_view s) {
  if (ascii::starts_with_ci(s, "http://") || ascii::starts_with_ci(s, "https://") ||
      ascii::starts_with_ci(s, "www.")) {
    return s.find(' ') == std::string_view::npos;  // a lone URL
  }
  if (ascii::equals_ci(s, "advertisement") || ascii::starts_with_ci(s, "presentation is loading") ||
      ascii::starts_with_ci(s, "download presentation") || ascii::starts_with_ci(s, "loading"))
    return true;
  return s.find(" | ") != std::string_view::npos;  // "Work Plan | Site": a page's title
}

std::optional<Date> day_of(std::string_view s) {
  const Deadline d = read_deadline(s);
  if (d.kind != DeadlineKind::date || !d.start) return std::nullopt;
  return d.start;
}

std::string_view last_words(std::string_view s, std::size_t n) {
  std::size_t i = s.size();
  while (n > 0 && i > 0) {
    --i;
    if (s[i] == ' ') --n;
  }
  return n == 0 ? s.substr(i + 1) : s;
}

// Whether a line before the table holds an action's owner/deadline tag beyond doubt ("(Australia/September 2006)":
// owners that are no citation or number, a deadline that says when, parted by '/'). Such text left unread is a plan's
// element lost, not a stray line of a web page (a helper's finding: a viewer's copy re-wrapped as prose lost its
// actions with notes only); "(Revised draft, 12/03/2007)" or a web address is none (a review's finding).
bool holds_table_text(std::string_view line) {
  for (std::size_t open = line.find('('); open != std::string_view::npos; open = line.find('(', open + 1)) {
    const std::size_t close = line.find(')', open);
    if (close == std::string_view::npos) break;
    const std::string_view group = line.substr(open, close + 1 - open);
    if (!web_address_in(group) && reads_as_tag(group)) return true;
  }
  return false;
}

}  // namespace

std::optional<MeetingDates> read_meeting_dates(std::string_view line) {
  const std::string_view s = trim(line);
  if (s.size() > 64 || s.empty() || !ascii::digit(s.front())) return std::nullopt;
  MeetingDates dates{collapse_whitespace(s), std::nullopt, std::nullopt};
  // One day: "20 May 2010".
  if (auto day = day_of(s)) {
    dates.start = dates.end = day;
    return dates;
  }
  // A range: the dash (or "to") splits it; the end is a whole date, the start
  // borrows its month and year when it does not write them.
  std::size_t dash = std::string_view::npos, len = 0;
  for (std::string_view sep : {std::string_view("\u2013"), std::string_view("\u2014"), std::string_view("-"),
                               std::string_view(" to ")}) {
    if (const std::size_t at = s.find(sep); at != std::string_view::npos) {
      dash = at;
      len = sep.size();
      break;
    }
  }
  if (dash == std::string_view::npos) return std::nullopt;
  const std::string_view left = trim(s.substr(0, dash)), right = trim(s.substr(dash + len));
  auto end = day_of(right);
  if (!end) return std::nullopt;
  std::string start_text(left);
  if (!day_of(start_text)) start_text += " " + std::string(last_words(right, word_count(left) == 1 ? 2 : 1));
  auto start = day_of(start_text);
  if (!start || *end < *start) return std::nullopt;
  dates.start = start;
  dates.end = end;
  return dates;
}

// "Ha Noi, Viet Nam", "Lima, Peru": a short line ending in an economy after a comma.
bool place_line(std::string_view line) {
  if (word_count(line) > 6) return false;
  const std::size_t comma = line.rfind(',');
  if (comma == std::string_view::npos) return false;
  return canonical_economy(trim(line.substr(comma + 1))).has_value();
}

bool cover_sheet_line(std::string_view line) {
  return is_rule(line) || document_number_length(line) > 0 || labelled(line, "agenda item") ||
         labelled(line, "purpose") || labelled(line, "submitted by") || read_meeting_dates(line).has_value();
}

std::size_t read_front_matter(const std::vector<std::string_view>& before, Plan& head, Findings& out) {
  std::size_t preamble = before.size();
  re2::StringPiece name, acronym;
  for (std::size_t i = 0; i < before.size(); ++i) {
    if (RE2::PartialMatch(before[i], patterns::group_naming(), &name, &acronym)) {
      preamble = i;
      head.group = Group{collapse_whitespace(view(name)), std::string(view(acronym))};
      break;
    }
  }
  // Without a sentence naming the group, a long last paragraph is still the preamble.
  if (preamble == before.size() && !before.empty() && word_count(before.back()) >= 12) preamble = before.size() - 1;

  auto document = [&head]() -> Document& {
    if (!head.document) head.document = Document{};
    return *head.document;
  };
  for (std::size_t i = 0; i < preamble; ++i) {
    const std::string_view line = before[i];
    if (is_rule(line)) continue;  // the cover sheet's rule: read, says nothing
    if (const std::size_t n = document_number_length(line)) {
      document().number = std::string(line.substr(0, n));
      if (auto item = labelled(trim(line.substr(n)), "agenda item")) document().agenda_item = std::string(*item);
      continue;
    }
    if (auto item = labelled(line, "agenda item")) {
      document().agenda_item = collapse_whitespace(*item);
      continue;
    }
    if (auto purpose = labelled(line, "purpose")) {
      document().purpose = collapse_whitespace(*purpose);
      continue;
    }
    if (auto by = labelled(line, "submitted by")) {
      document().submitted_by = collapse_whitespace(*by);
      continue;
    }
    if (is_unplanned(line)) {
      out.push_back({DiagnosticCode::unplanned_text,
                     fmt::format("'{}' is not part of the plan (a web page's text): left out of title and meeting",
                                 collapse_whitespace(line)),
                     line});
      continue;
    }
    // Place and dates stand after the meeting's name, on their own lines.
    if (head.meeting && !head.meeting_dates) {
      if (auto dates = read_meeting_dates(line)) {
        head.meeting_dates = std::move(dates);
        continue;
      }
      if (!head.meeting_place && place_line(line)) {
        head.meeting_place = collapse_whitespace(line);
        continue;
      }
    }
    if (!head.title) {
      head.title = collapse_whitespace(line);
    } else if (!head.meeting) {
      head.meeting = collapse_whitespace(line);
    } else if (holds_table_text(line)) {
      out.push_back({DiagnosticCode::layout_unread,
                     fmt::format("'{}' stands before the table's header but holds an action's owner/deadline tag: the "
                                 "table's text, not read",
                                 collapse_whitespace(line)),
                     line});
    } else {
      // Before the preamble where there is one; else before the table (a helper's finding: "before the preamble"
      // in a plan with none).
      out.push_back({DiagnosticCode::unplanned_text,
                     fmt::format("'{}' stands after the title and meeting and before the {}; it is read as none of "
                                 "them",
                                 collapse_whitespace(line), preamble < before.size() ? "preamble" : "table"),
                     line});
    }
  }
  if (preamble < before.size()) {
    std::string text;
    for (std::size_t i = preamble; i < before.size(); ++i) {
      if (!text.empty()) text.push_back('\n');
      append_collapsed(text, before[i]);
    }
    head.preamble = std::move(text);
  }
  return preamble < before.size() ? preamble + 1 : before.size();
}

}  // namespace mseg
