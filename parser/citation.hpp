// Reading the parenthesis that ends a directive as the source it cites.
#pragma once

#include <optional>
#include <string_view>

#include <mseg/plan.hpp>

#include "finding.hpp"

namespace mseg {

// `group` is the whole group, parentheses included, viewing the decoded text.
// Returns nullopt when the group does not look meant as a citation ("(ISPS
// Code)"). A group that looks like one (a year, "Statement", "Goal") but has no
// known form reads as kind "unknown" with an "unknown-citation" warning in `out`.
// The citation's span is left for the caller.
std::optional<Citation> read_citation(std::string_view group, Findings& out);

}  // namespace mseg
