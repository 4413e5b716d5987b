#include "registry_file.hpp"

#include <fmt/format.h>

#include "io.hpp"
#include "option_checks.hpp"
#include "project_file.hpp"

namespace mseg::cli {

void add_registry_option(CLI::App* cmd, std::string& file) {
  cmd->add_option("--registry", file,
                  "Citation registry to add to mseg's own (default: .mseg/registry.json in this folder or a parent; "
                  "docs/citations.md)")
      ->type_name("FILE")
      ->check(not_empty());
}

std::optional<RegistryChoice> load_registry(const std::string& file) {
  RegistryChoice choice;
  try {
    ProjectFileText read = read_project_file(file, ".mseg/registry.json");
    choice.file = std::move(read.file);
    if (choice.file.empty()) return choice;
    cite::Registry merged = cite::builtin_registry();
    merged.merge(cite::Registry::from_json(read.text));
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

void resolve_with(const RegistryChoice& registry, std::vector<LoadedPlan>& plans) {
  if (!registry.merged) return;
  for (auto& p : plans)
    if (p.from_json) cite::resolve_unresolved(p.plan, registry.get());
}

}  // namespace mseg::cli
