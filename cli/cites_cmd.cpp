// mseg cites: the citation registry, or which directives of plans rest on which document.
#include <mseg/cites.hpp>

#include "commands.hpp"
#include "inputs.hpp"
#include "io.hpp"
#include "option_checks.hpp"
#include "registry_file.hpp"

namespace mseg::cli {
namespace {

struct CitesArgs {
  std::vector<std::string> files;
  std::string format = "text";
  std::string output = "-";
  std::string registry;
  std::uint64_t max_bytes = kDefaultMaxBytes;
};

cite::ReportFormat format_of(const std::string& name) {
  if (name == "json") return cite::ReportFormat::json;
  if (name == "markdown") return cite::ReportFormat::markdown;
  return cite::ReportFormat::text;
}

int run_cites(const CitesArgs& args) {
  const auto registry = load_registry(args.registry);
  if (!registry) return kTrouble;
  const auto format = format_of(args.format);
  if (args.files.empty()) {
    // The terminal's width, or piped $COLUMNS or 100, as query's table (a helper's finding: piped, 203 columns).
    const int width = terminal_width();
    write_output(args.output, cite::format_registry(registry->get(), format, width));
    return kOk;
  }
  // A file may hold several plans (an array, JSON Lines), as query, validate, diff and history read them (a
  // reviewer's finding: cites alone refused them); each is an input.
  std::vector<std::vector<LoadedPlan>> plans;
  plans.reserve(args.files.size());
  bool unreadable = false;
  for (const auto& file : args.files) {
    if (auto loaded = read_plan_inputs(file, args.max_bytes, &registry->get(), /*warnings=*/false)) {
      warn_if_no_plan(file, *loaded);
      plans.push_back(std::move(*loaded));
    } else {
      unreadable = true;
    }
  }
  if (unreadable) return kTrouble;
  std::vector<cite::PlanInput> inputs;
  for (std::size_t i = 0; i < plans.size(); ++i)
    for (std::size_t k = 0; k < plans[i].size(); ++k)
      inputs.push_back({plan_input_name(args.files[i], plans[i], k), &plans[i][k].plan});
  const cite::CitesReport report = cite::cites_report(inputs, registry->get());
  write_output(args.output, cite::format_report(report, format));
  return report.unresolved.empty() ? kOk : kFound;
}

}  // namespace

void add_cites_command(CLI::App& app, Outcome& outcome) {
  auto args = std::make_shared<CitesArgs>();
  auto* cmd = app.add_subcommand(
      "cites", "List the citation registry, or which directives of plans rest on which document");
  cmd->add_option("FILE", args->files, "Plans in any form parse reads, or plan JSON; '-' reads standard input. None: the registry alone (a pipe is not read without '-')")
      ->type_name("FILE");
  cmd->add_option("--format", args->format, "text, json or markdown")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"text", "json", "markdown"}))
      ->capture_default_str();
  add_output_option(cmd, args->output);
  add_registry_option(cmd, args->registry);
  add_layout_option(cmd);
  add_max_bytes_option(cmd, args->max_bytes);
  cmd->footer(
      "Examples:\n"
      "  mseg cites\n"
      "  mseg cites --format markdown > registry.md\n"
      "  mseg cites samples/*.txt\n"
      "  mseg cites --registry ours.json --format json plans/*.txt | jq '.unresolved'\n"
      "\n"
      "Exit status: 0 every citation resolved; 1 a citation resolved to no document (listed under\n"
      "'unresolved'); 2 usage error, unreadable input or registry.\n"
      "See docs/citations.md for the registry and how citations resolve.");
  cmd->callback([args, &outcome] {
    if (outcome.dry_run) return;
    outcome.exit_code = run_cites(*args);
  });
}

}  // namespace mseg::cli
