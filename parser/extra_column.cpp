#include "extra_column.hpp"

#include <algorithm>
#include <iterator>

#include "base/ascii.hpp"
#include "clean.hpp"

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
