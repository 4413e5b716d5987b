// The owner aliases a subcommand names owners by: mseg's own table, plus the
// user's --aliases FILE or, without it, .mseg/aliases.json (docs/aliases.md).
#pragma once

#include <optional>
#include <string>

#include <CLI/CLI.hpp>
#include <mseg/owners.hpp>

namespace mseg::cli {

struct AliasesChoice {
  std::optional<OwnerAliases> merged;  // set when a user's file was read
  std::string file;                    // that file
  const OwnerAliases& get() const { return merged ? *merged : builtin_aliases(); }
};

// Adds --aliases FILE to `cmd`.
void add_aliases_option(CLI::App* cmd, std::string& file);

// Reads `file` (empty: .mseg/aliases.json if found) over the built-in table.
// Prints "mseg: error: FILE: reason" and returns nullopt when the file cannot
// be read or is not an aliases table.
std::optional<AliasesChoice> load_aliases(const std::string& file);

}  // namespace mseg::cli
