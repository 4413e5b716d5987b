#include "extra_column.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

#include "base/ascii.hpp"
#include "clean.hpp"
#include "patterns.hpp"
#include "tag.hpp"

namespace mseg {

bool is_extra_column(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "lead",      "leads",      "lead economy", "lead economies", "lead economy(ies)", "co-leads", "timeline",
      "timeframe", "time frame", "status",       "progress",       "deadline",          "responsibility", "remarks",
      "comments",
      // A new user's tables (2026-12-04): read as directives, they shifted every row after the header.
      "notes", "note", "responsible", "responsible economy", "responsible economies", "owner", "owners",
      "timeline/deadline", "deadline/timeline", "due date", "target date"};
  static_assert(std::all_of(std::begin(kNames), std::end(kNames),
                            [](std::string_view k) { return k.size() <= kLongestExtraColumn; }));
  const std::string_view n = trim(name);
  for (std::string_view k : kNames)
    if (n.size() == k.size() && ascii::starts_with_ci(n, k)) return true;
  return false;
}

bool column_name_with_parenthesis(std::string_view name) {
  const std::string_view n = trim(name);
  if (n.empty() || n.back() != ')') return false;
  const std::size_t open = n.rfind('(');
  if (open == std::string_view::npos) return false;
  const std::string_view inside = n.substr(open + 1, n.size() - open - 2), before = trim(n.substr(0, open));
  if (before.empty() || std::count(before.begin(), before.end(), ' ') > 3) return false;
  if (std::any_of(inside.begin(), inside.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  if (patterns::looks_like_citation(inside)) return false;
  // A tag without a digit: "(Chair/Ongoing)", "(MEG-SEC/TBD)" (a review's finding: read as the header, the row
  // was lost). "(Owner/Deadline)" reads as no tag: its deadline says no time.
  if (inside.find('/') != std::string_view::npos) {
    Findings scratch;
    const std::optional<Tag> tag = read_tag(n.substr(open), scratch);
    if (tag && !tag->owners.empty() && tag->deadline.kind != DeadlineKind::unknown) return false;
    // "(US/Annually)": a deadline mseg does not read, but an economy's (a second review's finding).
    if (tag && std::any_of(tag->owners.begin(), tag->owners.end(), [](const Owner& o) { return o.economy; }))
      return false;
  }
  return is_extra_column(n) || is_extra_column(before) || plan_column_score(before, {}, {}) > 0;
}

int column_named(std::string_view name, bool any_case) {
  static constexpr std::pair<std::string_view, int> kNames[] = {
      {"Directives", 0},   {"Objectives", 0},   {"Goals", 0},   {"Priorities", 1}, {"Deliverables", 1},
      {"Outcomes", 1},     {"Action Items", 2}, {"Action items", 2}, {"Actions", 2}};
  for (const auto& [w, column] : kNames) {
    if (name.size() < w.size()) continue;
    const std::string_view end = name.substr(name.size() - w.size());
    if (any_case ? ascii::iequals(end, w) : end == w) return column;
  }
  return -1;
}

int plan_column_score(std::string_view a, std::string_view b, std::string_view c) {
  static constexpr std::string_view kWords[] = {"directive", "priorit", "action",  "goal",
                                                 "objective", "deliverable", "outcome", "mandate"};
  int score = 0;
  for (std::string_view n : {a, b, c})
    if (std::any_of(std::begin(kWords), std::end(kWords), [&](std::string_view w) { return ascii::contains_ci(n, w); }))
      ++score;
  return score;
}

}  // namespace mseg
