// Files a project keeps beside its plans, in a .mseg folder found the way git
// finds .git: in the current folder or the nearest parent that has one.
#pragma once

#include <cstdint>

#include <optional>
#include <string>
#include <string_view>

namespace mseg::cli {

// The path of `relative` (".mseg/registry.json") in the current folder or the
// nearest parent holding it; nullopt when no folder up to the root does.
std::optional<std::string> find_project_file(std::string_view relative);

// A user's data file as the --registry and --aliases options take it: `given`,
// or else `relative` found by find_project_file, read whole (these files are a
// few kilobytes; a megabyte is already a mistake). `file` stays empty when none
// was given or found. Throws CliError when the file cannot be read.
// The most an aliases or registry file may hold (docs/aliases.md, docs/citations.md).
inline constexpr std::uint64_t kMaxProjectFile = 1 << 20;

struct ProjectFileText {
  std::string file;
  std::string text;
};
ProjectFileText read_project_file(const std::string& given, std::string_view relative);

}  // namespace mseg::cli
