#include "project_file.hpp"

#include "io.hpp"

#include <filesystem>
#include <system_error>

namespace mseg::cli {

std::optional<std::string> find_project_file(std::string_view relative) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path dir = fs::current_path(ec);
  if (ec) return std::nullopt;
  for (;;) {
    const fs::path candidate = dir / relative;
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (!dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
    dir = dir.parent_path();
  }
}

ProjectFileText read_project_file(const std::string& given, std::string_view relative) {
  ProjectFileText out;
  if (!given.empty()) {
    out.file = given;
  } else if (auto found = find_project_file(relative)) {
    out.file = *found;
  } else {
    return out;
  }
  // A reviewer's finding: the message named --max-bytes, which does not set this bound.
  out.text = read_input(out.file, kMaxProjectFile, "the most an aliases or registry file may hold");
  return out;
}

}  // namespace mseg::cli
