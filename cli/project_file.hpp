// Files a project keeps beside its plans, in a .mseg folder found the way git
// finds .git: in the current folder or the nearest parent that has one.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mseg::cli {

// The path of `relative` (".mseg/registry.json") in the current folder or the
// nearest parent holding it; nullopt when no folder up to the root does.
std::optional<std::string> find_project_file(std::string_view relative);

}  // namespace mseg::cli
