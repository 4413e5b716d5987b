// The citation registry a subcommand resolves against: mseg's own, plus the
// user's --registry FILE or, without it, .mseg/registry.json (docs/citations.md).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <mseg/load.hpp>
#include <mseg/registry.hpp>

namespace mseg::cli {

struct RegistryChoice {
  std::optional<cite::Registry> merged;  // set when a user's file was read
  std::string file;                      // that file
  const cite::Registry& get() const { return merged ? *merged : cite::builtin_registry(); }
};

// Adds --registry FILE to `cmd`.
void add_registry_option(CLI::App* cmd, std::string& file);

// Reads `file` (empty: .mseg/registry.json if found) over the built-in
// registry. Prints "mseg: error: FILE: reason" and returns nullopt when the
// file cannot be read or is not a registry.
std::optional<RegistryChoice> load_registry(const std::string& file);

// Plan JSON carries the sources its citations resolved to when it was parsed: those a user's registry resolves
// that the built-in did not are resolved now, as the text plans beside them were.
void resolve_with(const RegistryChoice& registry, std::vector<LoadedPlan>& plans);

}  // namespace mseg::cli
