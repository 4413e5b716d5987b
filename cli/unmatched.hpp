// Filter values that name nothing in the plans, said on stderr.
#pragma once

#include <vector>

#include <mseg/plan.hpp>
#include <mseg/query.hpp>

namespace mseg::cli {

// Warns of each --owner, --cites and --section value of `q` that nothing in `plans` satisfies
// (query::unmatched_values), with the closest name the plans hold: a mistyped value would pass a CI gate as
// "nothing found" (a reviewer's finding). The answer itself is unchanged.
void warn_unmatched(const query::Query& q, const std::vector<const Plan*>& plans,
                    query::OwnerMatching matching = query::OwnerMatching::words);

}  // namespace mseg::cli
