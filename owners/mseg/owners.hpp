// Who an owner is across plans: one name for the same party however a plan
// writes it (docs/aliases.md). Economies go by their canonical APEC name; the
// roles of a plan's group ("Chair", "MSEG Chair", "MEG-SEC Chair") are one
// role whatever the group was called; a group under a former name is the group
// under its current one. The table is data: the built-in owners/aliases.json
// (schema/aliases.schema.json), plus the user's own file.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <mseg/plan.hpp>

namespace mseg {

// A table that cannot be read: the message says where and why.
struct AliasesError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class OwnerAliases {
 public:
  // One name and the written forms that mean it.
  struct Entry {
    std::string name;                // shown: "MEG-SEC", "Chair"
    std::vector<std::string> names;  // folded forms that mean it (fold_owner_name)
  };

  // Reads aliases JSON (schema/aliases.schema.json); throws AliasesError.
  static OwnerAliases from_json(std::string_view text);

  // This table (a user's) over `base` (the built-in one): this table's entries win.
  OwnerAliases merged_over(const OwnerAliases& base) const;

  // The name the owner goes by in every plan: an economy's canonical name, a
  // role of the group ("Chair" for "MSEG Chair"), a group's current name, an
  // alias's name, else the name as written.
  std::string identity(const Owner& owner) const;
  std::string identity(std::string_view written) const;

  const std::vector<Entry>& groups() const { return groups_; }
  const std::vector<Entry>& roles() const { return roles_; }
  const std::vector<Entry>& owners() const { return owners_; }

 private:
  std::vector<Entry> groups_, roles_, owners_;
};

// The table shipped with mseg (owners/aliases.json, compiled in).
const OwnerAliases& builtin_aliases();
std::string_view builtin_aliases_json();

// A written name as the table compares it: ASCII case folded, every run of
// spaces, dashes (a word processor's too: U+2010-2015, U+2212) and punctuation
// one space, trimmed. "MEG-SEC" = "MEG‑SEC" = "meg sec".
std::string fold_owner_name(std::string_view name);

}  // namespace mseg
