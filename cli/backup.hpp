// Keeping a file's original bytes before mseg rewrites it (validate --fix).
#pragma once

#include <string>
#include <string_view>

namespace mseg::cli {

// Keeps `bytes`, the current content of `path`, as `backup`: a hard link to
// the file where the file system allows it, else a new file. Never replaces an
// existing `backup`: throws CliError naming it, as for any other failure.
void keep_backup(const std::string& path, const std::string& backup, std::string_view bytes);

}  // namespace mseg::cli
