// Reading one parenthesised group at the end of an action as an owner/deadline tag.
#pragma once

#include <optional>
#include <string_view>

#include <mseg/plan.hpp>

#include "finding.hpp"

namespace mseg {

// `group` is the whole group as written, parentheses included, viewing the
// decoded text (so findings can point into it). Returns nullopt when the group
// is not a tag but ordinary text such as "(ISPS Code)": a tag has a top-level
// '/' or ends in a recognised deadline. The returned tag's span is left empty
// for the caller. Warnings (e.g. code "tag-separator" for '.' where '/' belongs,
// "unknown-deadline") go to `out`, located at the offending characters.
std::optional<Tag> read_tag(std::string_view group, Findings& out);

// The owners part of a tag, "Label – Role: owner, owner", into `tag`'s label,
// role and owners. `flat`: the group's parentheses do not balance, so ignore
// them. (Used by lead_tag.cpp for "Lead: owner, owner" outside parentheses.)
void read_owner_region(std::string_view region, bool flat, Tag& tag);

}  // namespace mseg
