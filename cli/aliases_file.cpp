#include "aliases_file.hpp"

#include <fmt/format.h>

#include "io.hpp"
#include "project_file.hpp"

namespace mseg::cli {

void add_aliases_option(CLI::App* cmd, std::string& file) {
  cmd->add_option("--aliases", file,
                  "Owner aliases to add to mseg's own (default: .mseg/aliases.json in this folder or a parent; "
                  "docs/aliases.md)")
      ->type_name("FILE");
}

std::optional<AliasesChoice> load_aliases(const std::string& file) {
  AliasesChoice choice;
  if (file.empty()) {
    auto found = find_project_file(".mseg/aliases.json");
    if (!found) return choice;
    choice.file = *found;
  } else {
    choice.file = file;
  }
  try {
    // A table of names is a few kilobytes; a megabyte is already a mistake.
    const std::string text = read_input(choice.file, 1 << 20);
    choice.merged = OwnerAliases::from_json(text).merged_over(builtin_aliases());
  } catch (const CliError& e) {
    print_error(e.what());
    return std::nullopt;
  } catch (const AliasesError& e) {
    print_error(fmt::format("{}: {}", choice.file, e.what()));
    return std::nullopt;
  }
  return choice;
}

}  // namespace mseg::cli
