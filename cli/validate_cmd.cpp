// mseg validate: check plans like a compiler checks code.
#include <mseg/lint.hpp>
#include <mseg/parse.hpp>
#include <mseg/report.hpp>
#include <mseg/rules.hpp>

#include <fmt/format.h>

#include "commands.hpp"
#include "io.hpp"
#include "registry_file.hpp"

namespace mseg::cli {
namespace {

struct ValidateArgs {
  std::vector<std::string> files;
  std::string format = "text";
  std::string color = "auto";
  bool strict = false;
  std::vector<std::string> disable;
  std::vector<std::string> error;
  std::vector<std::string> warning;
  std::string output = "-";
  std::uint64_t max_bytes = kDefaultMaxBytes;
  bool list_rules = false;
  std::string registry;  // --registry FILE
};

lint::RuleSettings settings_from(const ValidateArgs& args) {
  lint::RuleSettings s;
  for (const auto& code : args.disable) s.disabled.insert(code);
  for (const auto& code : args.error) s.severity[code] = Severity::error;
  for (const auto& code : args.warning) {
    auto [it, fresh] = s.severity.emplace(code, Severity::warning);
    if (!fresh && it->second != Severity::warning)
      throw CliError(fmt::format("'{}' is given to both --error and --warning", code));
  }
  return s;
}

int run_validate(const ValidateArgs& args) {
  if (args.list_rules) {
    write_stdout(lint::format_rules());
    return kOk;
  }
  if (args.files.empty()) throw CLI::RequiredError("files");
  lint::CheckOptions options;
  options.settings = settings_from(args);
  options.keep_source = args.format == "text";
  const auto registry = load_registry(args.registry);
  if (!registry) return kTrouble;
  options.registry = &registry->get();

  std::vector<lint::FileReport> reports;
  reports.reserve(args.files.size());
  bool unreadable = false;
  for (const auto& file : args.files) {
    try {
      std::string bytes = read_input(file, args.max_bytes);
      reports.push_back(lint::check_plan(bytes, file, options));
    } catch (const CliError& e) {
      print_error(e.what());
      unreadable = true;
    } catch (const InputError& e) {
      print_error(fmt::format("{}: {}", file, e.what()));
      unreadable = true;
    }
  }

  std::string out;
  if (args.format == "json")
    out = lint::format_json(reports);
  else if (args.format == "sarif")
    out = lint::format_sarif(reports);
  else if (args.format == "github")
    out = lint::format_github(reports);
  else
    out = lint::format_text(reports, args.output == "-" ? color_wanted(args.color) : args.color == "always");
  write_output(args.output, out);

  if (unreadable) return kTrouble;
  const lint::Summary s = lint::summarize(reports);
  if (s.errors > 0 || (args.strict && s.warnings > 0)) return kFound;
  return kOk;
}

}  // namespace

void add_validate_command(CLI::App& app, Outcome& outcome) {
  auto args = std::make_shared<ValidateArgs>();
  auto* cmd = app.add_subcommand("validate", "Check work plans (text or plan JSON) and report problems");
  const CLI::Validator known_code(
      [](std::string& code) {
        return lint::find_rule(code)
                   ? std::string()
                   : fmt::format("unknown diagnostic code '{}' (see mseg validate --list-rules)", code);
      },
      "CODE");
  cmd->add_option("files", args->files,
                  "Plan files to check: text plans, or plan JSON (starting with '{'); "
                  "'-' reads standard input");
  cmd->add_option("--format", args->format,
                  "text: clang-style with source lines; json; sarif: SARIF 2.1.0; github: workflow annotations")
      ->check(CLI::IsMember({"text", "json", "sarif", "github"}))
      ->capture_default_str();
  cmd->add_option("--color", args->color, "Colour the text format: auto (a terminal without NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd->add_flag("--strict", args->strict, "Exit 1 on warnings too, not only on errors");
  cmd->add_option("--disable", args->disable, "Do not report CODE (repeatable, or comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->check(known_code);
  cmd->add_option("--error", args->error, "Report CODE as an error (repeatable, or comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->check(known_code);
  cmd->add_option("--warning", args->warning, "Report CODE as a warning (repeatable, or comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->check(known_code);
  cmd->add_option("-o,--output", args->output,
                  "Write the report to FILE (through a temporary file renamed into place) instead of stdout");
  cmd->add_option("--max-bytes", args->max_bytes, "Refuse inputs larger than this many bytes")->capture_default_str();
  add_registry_option(cmd, args->registry);
  cmd->add_flag("--list-rules", args->list_rules, "List every diagnostic code with its default severity, and exit");
  cmd->footer(
      "Examples:\n"
      "  mseg validate samples/mseg-workplan-2006-hanoi.txt\n"
      "  mseg validate --strict plans/*.txt plans/*.json\n"
      "  mseg validate --disable numbering --error action-without-tag plan.txt\n"
      "  mseg validate --format sarif -o mseg.sarif plans/*.txt\n"
      "  mseg validate --format github plans/*.txt      # annotations in GitHub Actions\n"
      "  mseg parse plan.txt | mseg validate -\n"
      "\n"
      "Codes, their meaning and fixes: docs/diagnostics.md (or --list-rules).\n"
      "Exit status: 0 no errors (warnings allowed); 1 errors found, or warnings with --strict;\n"
      "2 usage error or a file that could not be read.");
  cmd->callback([args, &outcome] { outcome.exit_code = run_validate(*args); });
}

}  // namespace mseg::cli
