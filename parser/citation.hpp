// Reading the parenthesis that ends a directive as the source it cites.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <mseg/plan.hpp>

#include "finding.hpp"

namespace mseg {

// `group` is the whole group, parentheses included, viewing the decoded text.
// Returns nullopt when the group does not look meant as a citation ("(ISPS
// Code)"). A group that looks like one (a year, "Statement", "Goal") but has no
// known form reads as kind "unknown" with an "unknown-citation" warning in `out`.
// The citation's span is left for the caller.
std::optional<Citation> read_citation(std::string_view group, Findings& out);

// One document a group cites, and the part of the group that cites it.
struct ReadCitation {
  Citation citation;
  std::string_view where;
};

// Every document the group cites: one for most groups (its text and place the
// whole group); several when one parenthesis cites several ("(Ministerial
// Statement 2007; Leaders' Statement 2005)": what follows the first document's
// year reads as another document, not a pinpoint), each its own part, without
// the parentheses. Empty when the group is no citation. read_citation is the
// first of these.
std::vector<ReadCitation> read_citations(std::string_view group, Findings& out);

}  // namespace mseg
