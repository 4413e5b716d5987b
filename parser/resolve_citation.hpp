// The resolve step, after the parser has found a citation (citation.cpp):
// what it means in the registry, or why it means nothing. Split as eyecite
// splits finding citations from resolving them.
#pragma once

#include <string_view>

#include <mseg/plan.hpp>
#include <mseg/registry.hpp>

#include "finding.hpp"

namespace mseg::cite {

// Sets citation.source to the entry it means. A citation of a known form that
// means none gets an unresolved-citation note, one naming a year in which its
// meeting was not held a no-such-meeting warning; both placed at `group`, the
// citation's text in the decoded plan. Forms the parser did not know already
// carry unknown-citation and get no second diagnostic.
void resolve_citation(const Registry& registry, Citation& citation, std::string_view group, Findings& out);

}  // namespace mseg::cite
