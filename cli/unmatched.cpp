#include "unmatched.hpp"

#include <fmt/format.h>

#include "io.hpp"
#include "suggest.hpp"

namespace mseg::cli {

void warn_unmatched(const query::Query& q, const std::vector<const Plan*>& plans) {
  for (const auto& u : query::unmatched_values(q, plans)) {
    const char* what = u.option == "--owner" ? "owner" : u.option == "--cites" ? "citation" : "section";
    print_warning(fmt::format("{} '{}' names no {} in the plans{}", u.option, u.value, what,
                              did_you_mean(u.value, u.names)));
  }
}

}  // namespace mseg::cli
