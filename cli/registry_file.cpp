#include "registry_file.hpp"

#include <fmt/format.h>

#include "io.hpp"
#include "project_file.hpp"

namespace mseg::cli {

void add_registry_option(CLI::App* cmd, std::string& file) {
  cmd->add_option("--registry", file,
                  "Citation registry to add to mseg's own (default: .mseg/registry.json in this folder or a parent; "
                  "docs/citations.md)")
      ->type_name("FILE");
}

std::optional<RegistryChoice> load_registry(const std::string& file) {
  RegistryChoice choice;
  if (file.empty()) {
    auto found = find_project_file(".mseg/registry.json");
    if (!found) return choice;
    choice.file = *found;
  } else {
    choice.file = file;
  }
  try {
    // A registry is a few kilobytes; a megabyte is already a mistake.
    const std::string text = read_input(choice.file, 1 << 20);
    cite::Registry merged = cite::builtin_registry();
    merged.merge(cite::Registry::from_json(text));
    choice.merged = std::move(merged);
  } catch (const CliError& e) {
    print_error(e.what());
    return std::nullopt;
  } catch (const cite::RegistryError& e) {
    print_error(fmt::format("{}: {}", choice.file, e.what()));
    return std::nullopt;
  }
  return choice;
}

}  // namespace mseg::cli
