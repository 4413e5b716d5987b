#include "unmatched.hpp"

#include <fmt/format.h>

#include "base/ascii.hpp"
#include "io.hpp"
#include "suggest.hpp"

namespace mseg::cli {

void warn_unmatched(const query::Query& q, const std::vector<const Plan*>& plans, query::OwnerMatching matching) {
  for (const auto& u : query::unmatched_values(q, plans, matching)) {
    const char* what = u.option == "--owner" ? "owner" : u.option == "--cites" ? "citation" : "section";
    std::string suggestion = did_you_mean(u.value, u.names);
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
