// Which fields of two paired elements differ (the section aside: that needs
// the whole plan's section matching, done in diff.cpp).
#pragma once

#include <cstdint>
#include <vector>

#include <mseg/diff.hpp>
#include <mseg/owners.hpp>
#include <mseg/plan.hpp>

#include "base/fnv.hpp"

namespace mseg::diff {

// The changed fields, in the order text, citations / items / owners, deadline, label.
// Citations compare by the document they name (`documents`: two keys of one; null, each key its own).
std::vector<FieldChange> field_changes(const Directive& old_d, const Directive& new_d, const SameDocuments* documents);
std::vector<FieldChange> field_changes(const Priority& old_p, const Priority& new_p);
// Owners compare by who they are (`aliases`): "MSEG Chair" -> "Chair" is no change.
std::vector<FieldChange> field_changes(const Action& old_a, const Action& new_a, const OwnerAliases& aliases);

// A hash of the fields other than the text, so pairing can prefer, among equally
// similar texts, the candidate whose other fields agree.
std::uint64_t details_hash(const Directive& d, const SameDocuments* documents);
std::uint64_t details_hash(const Priority& p);
std::uint64_t details_hash(const Action& a, const OwnerAliases& aliases);

// "extended" when the latest end date of `new_tags` is later than that of
// `old_tags`, "brought forward" when earlier, else empty (no dates, or the same end).
std::string deadline_direction(const std::vector<Tag>& old_tags, const std::vector<Tag>& new_tags);

// FNV-1a, for the hashes above and exact-text keys.
std::uint64_t hash_append(std::uint64_t h, std::string_view bytes);
inline constexpr std::uint64_t kHashSeed = fnv::kOffset;

}  // namespace mseg::diff
