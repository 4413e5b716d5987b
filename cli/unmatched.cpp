#include "unmatched.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "base/ascii.hpp"
#include "io.hpp"
#include "suggest.hpp"

namespace mseg::cli {

namespace {

// A section named by a number ("S9", "9") that no plan has: no number is nearer than another, so the plans'
// range is said instead of a guess (a new user's finding: "S9" got "did you mean 'S1'?" in a plan of four).
std::string section_range(std::string_view value, const std::vector<std::string>& names) {
  const auto number = [](std::string_view id) -> long {
    if (!id.empty() && (id.front() == 'S' || id.front() == 's')) id.remove_prefix(1);
    if (id.empty() || id.size() > 9 || !ascii::all_digits(id)) return -1;
    return std::stol(std::string(id));
  };
  const long wanted = number(value);
  if (wanted < 0) return {};
  long low = -1, high = -1;
  for (const std::string& name : names) {
    const long n = name.starts_with('S') ? number(name) : -1;
    // "1" or "S01" where the plan has an S1 (its sections with ids but no numbers): that is meant, and
    // did-you-mean says so (a review's finding for "S01").
    if (n == wanted) return {};
    if (n < 0) continue;
    low = low < 0 ? n : std::min(low, n);
    high = std::max(high, n);
  }
  if (low < 0) return " (the plans have no sections)";
  return low == high ? fmt::format(" (the plans' only section is S{})", low)
                     : fmt::format(" (the plans' sections are S{} to S{})", low, high);
}

}  // namespace

void warn_unmatched(const query::Query& q, const std::vector<const Plan*>& plans, query::OwnerMatching matching) {
  for (const auto& u : query::unmatched_values(q, plans, matching)) {
    const char* what = u.option == "--owner" ? "owner" : u.option == "--cites" ? "citation" : "section";
    std::string suggestion = u.option == "--section" ? section_range(u.value, u.names) : std::string();
    if (suggestion.empty()) suggestion = did_you_mean(u.value, u.names);
    // diff and history match a whole owner: a part of one ("Coordinator" of "ICIAP Coordinator") is named whole.
    std::string lower = u.value;
    for (char& c : lower) c = ascii::lower(c);
    if (suggestion.empty() && !lower.empty())
      for (const std::string& name : u.names)
        if (name.size() > lower.size() && ascii::contains_ci(name, lower)) {
          suggestion = fmt::format(" (did you mean '{}'?)", name);
          break;
        }
    print_warning(fmt::format("{} '{}' names no {} in the plans{}", u.option, u.value, what, suggestion));
  }
}

}  // namespace mseg::cli
