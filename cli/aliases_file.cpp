#include "aliases_file.hpp"

#include <fmt/format.h>

#include "io.hpp"
#include "option_checks.hpp"
#include "project_file.hpp"

namespace mseg::cli {

void add_aliases_option(CLI::App* cmd, std::string& file) {
  cmd->add_option("--aliases", file,
                  "Owner aliases to add to mseg's own (default: .mseg/aliases.json in this folder or a parent; "
                  "docs/aliases.md)")
      ->type_name("FILE")
      ->check(not_empty());
}

std::optional<AliasesChoice> load_aliases(const std::string& file) {
  AliasesChoice choice;
  try {
    ProjectFileText read = read_project_file(file, ".mseg/aliases.json");
    choice.file = std::move(read.file);
    if (!choice.file.empty()) choice.merged = OwnerAliases::from_json(read.text).merged_over(builtin_aliases());
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
