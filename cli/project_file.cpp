#include "project_file.hpp"

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

}  // namespace mseg::cli
