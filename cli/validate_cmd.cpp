// mseg validate: check plans like a compiler checks code.
#include <mseg/fix.hpp>
#include <mseg/lint.hpp>
#include <mseg/parse.hpp>
#include <mseg/report.hpp>
#include <mseg/diagnostics.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>

#include "backup.hpp"
#include "commands.hpp"
#include "inputs.hpp"
#include "io.hpp"
#include "option_checks.hpp"
#include "suggest.hpp"
#include "convert_to_docx.hpp"
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
  bool compact = false;
  bool fix = false;
  bool dry_run = false;
  std::string registry;  // --registry FILE
};

constexpr const char* kBackupSuffix = ".orig";

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

// An error's reason without the "FILE: " it starts with, for the reports that name the file apart.
std::string without_file(std::string why, const std::string& file) {
  if (why.starts_with(file + ": ")) why.erase(0, file.size() + 2);
  return why;
}

int run_validate(ValidateArgs args) {
  if (args.list_rules) {
    if (args.format != "text" && args.format != "json")
      throw CliError(fmt::format("--list-rules: --format {} is not for the rule list (text or json)", args.format));
    refuse_unless_format(args.compact, "--compact", args.format, {"json"}, "it puts the JSON on one line");
    write_output(args.output, args.format == "json" ? lint::format_rules_json(!args.compact) : lint::format_rules());
    return kOk;
  }
  refuse_unless_format(args.compact, "--compact", args.format, {"json", "sarif"}, "it puts the JSON on one line");
  if (args.files.empty()) args.files = stdin_or_refuse();
  lint::CheckOptions options;
  options.settings = settings_from(args);
  options.keep_source = args.format == "text";
  const auto registry = load_registry(args.registry);
  if (!registry) return kTrouble;
  options.registry = &registry->get();
  options.layout = chosen_layout();

  // A reviewer's finding: a CI job that asked for SARIF got a diff, with exit 0.
  if (args.dry_run && args.format != "text")
    throw CliError(fmt::format("--fix --dry-run prints a unified diff: --format {} is not for it", args.format));
  if (args.fix && std::find(args.files.begin(), args.files.end(), "-") != args.files.end())
    throw CliError("--fix rewrites files in place; it cannot rewrite standard input ('-')");
  // --fix lets its own rewrite replace an input; the report must still never land on one.
  if (args.fix) refuse_output_onto_inputs(args.output, args.files);
  if (args.fix && args.output == "-") refuse_stdout_onto(args.files);  // before anything is fixed
  // Nor on an original --fix keeps: it does not exist yet.
  if (args.fix && !args.dry_run)
    for (const auto& file : args.files)
      refuse_output_onto(args.output, file + kBackupSuffix, fmt::format("where --fix keeps {}'s original", file));

  std::vector<lint::FileReport> reports;
  reports.reserve(args.files.size());
  std::string diffs;  // --fix --dry-run
  bool unreadable = false;  // a file not read, or read and reported but not fixed: exit 2
  std::vector<lint::Unread> unread;  // said in the JSON, SARIF and GitHub reports too
  std::size_t not_read = 0;          // of them, the files not read at all (a file not fixed is still reported)
  for (const auto& file : args.files) {
    try {
      std::string bytes = read_input(file, args.max_bytes);
      warn_if_layout_unused(file, bytes);
      // A .doc or .odt is read as LibreOffice's .docx of it, as parse reads it.
      const std::optional<Converted> converted = convert_to_docx(bytes);
      lint::FileReport report = lint::check_plan(bytes, file, options);
      if (converted) report.format = converted->format;
      if (args.fix && report.from_json) throw CliError(fmt::format("{}: --fix rewrites text plans, not plan JSON", file));
      if (args.fix && report.format != "text")
        throw CliError(fmt::format("{}: --fix rewrites text plans, not a .{} (fix it in the program that made it)",
                                   file, report.format));
      if (args.fix) {
        // A plan that cannot be fixed (UTF-16, FILE.orig already there) is still reported: the refusal is an
        // error of its own, exit 2, and the findings are what the user needs to fix it by hand (a new user's
        // finding: "0 warnings, 0 errors in 0 files" after the refusal hid them).
        try {
          lint::FixedText fixed = lint::apply_fixes(bytes, report.encoding, report.diagnostics);
          if (args.dry_run) {
            diffs += lint::unified_diff(bytes, fixed.bytes, file);
          } else if (fixed.applied > 0) {
            const std::string backup = file + kBackupSuffix;
            keep_backup(file, backup, bytes);
            rewrite_input(file, fixed.bytes);
            protect_from_output(backup);
            print_note(fmt::format("{}: applied {} fix{}; the original is kept in {}", file, fixed.applied,
                                   fixed.applied == 1 ? "" : "es", backup));
            // What is left to report is what the fixed file still holds.
            report = lint::check_plan(fixed.bytes, file, options);
          }
        } catch (const CliError& e) {
          print_error(fmt::format("{} (nothing fixed; its findings follow)", e.what()));
          unreadable = true;  // exit 2, as for a file not read
          // In the machine-readable reports too, where a CI job reads why it failed (a review's finding).
          unread.push_back({file, "not fixed: " + without_file(e.what(), file)});
        } catch (const InputError& e) {
          print_error(fmt::format("{}: {} (nothing fixed; its findings follow)", file, e.what()));
          unreadable = true;
          unread.push_back({file, std::string("not fixed: ") + e.what()});
        }
      }
      reports.push_back(std::move(report));
    } catch (const CliError& e) {
      print_error(e.what());
      unreadable = true;
      unread.push_back({file, without_file(e.what(), file)});
      ++not_read;
    } catch (const InputError& e) {
      print_error(fmt::format("{}: {}", file, e.what()));
      unreadable = true;
      unread.push_back({file, e.what()});
      ++not_read;
    }
  }

  if (args.dry_run) {
    write_output(args.output, diffs);
  } else {
    // The report goes out as it is made: with a line and a caret for each of
    // a million warnings it would be ten times the plan (issue 20 item 12).
    Output out(args.output);
    const TextSink sink = out.sink();
    if (args.format == "json")
      lint::format_json(reports, !args.compact, sink, unread);
    else if (args.format == "sarif")
      lint::format_sarif(reports, !args.compact, sink, unread);
    else if (args.format == "github")
      lint::format_github(reports, sink, unread);
    else
      lint::format_text(reports, color_wanted(args.color, args.output == "-"), sink, not_read);
    out.commit();
  }

  if (unreadable) return kTrouble;
  if (args.dry_run) return kOk;
  const lint::Summary s = lint::summarize(reports);
  if (s.errors > 0 || (args.strict && s.warnings > 0)) return kFound;
  return kOk;
}

}  // namespace

void add_validate_command(CLI::App& app, Outcome& outcome) {
  auto args = std::make_shared<ValidateArgs>();
  auto* cmd = app.add_subcommand("validate", "Check work plans (text, .docx, .pdf, .doc or plan JSON) and report problems");
  const CLI::Validator known_code(
      [](std::string& code) {
        if (find_diagnostic(code)) return std::string();
        std::vector<std::string> codes;
        for (const DiagnosticInfo& d : diagnostic_table()) codes.emplace_back(d.code);
        return fmt::format("unknown diagnostic code '{}'{} (see mseg validate --list-rules)", code,
                           did_you_mean(code, codes));
      },
      "");
  cmd->add_option("FILE", args->files,
                  "Plan files to check: plans in any form parse reads, or plan JSON (one plan, an array of plans or JSON "
                  "Lines); "
                  "'-' or none reads standard input")
      ->type_name("FILE");
  cmd->add_option("--format", args->format,
                  "text: clang-style with source lines; json; sarif: SARIF 2.1.0; github: workflow annotations")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"text", "json", "sarif", "github"}))
      ->capture_default_str();
  cmd->add_flag("--compact", args->compact, "Print JSON (json, sarif) on one line instead of indented");
  cmd->add_option("--color", args->color, "Colour the text format: auto (a terminal without NO_COLOR), always, never")
      ->type_name("WHEN")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd->add_flag("--strict", args->strict, "Exit 1 on warnings too, not only on errors");
  cmd->add_option("--disable", args->disable, "Do not report CODE (repeatable, or comma-separated)")
      ->type_name("CODE")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->check(known_code);
  cmd->add_option("--error", args->error, "Report CODE as an error (repeatable, or comma-separated)")
      ->type_name("CODE")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->check(known_code);
  cmd->add_option("--warning", args->warning, "Report CODE as a warning (repeatable, or comma-separated)")
      ->type_name("CODE")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->check(known_code);
  add_output_option(cmd, args->output, "Write the report to FILE");
  add_max_bytes_option(cmd, args->max_bytes);
  add_registry_option(cmd, args->registry);
  add_layout_option(cmd);
  cmd->add_flag("--list-rules", args->list_rules,
                "List every diagnostic code with its default severity, and exit (--format json: as JSON)");
  auto* fix = cmd->add_flag("--fix", args->fix,
                            "Apply the safe fixes to each text plan in place (the original is kept as FILE.orig), "
                            "then report what is left");
  cmd->add_flag("--dry-run", args->dry_run, "With --fix: print the fixes as a unified diff and change nothing")
      ->needs(fix);
  cmd->footer(
      "Examples:\n"
      "  mseg validate samples/mseg-workplan-2006-hanoi.txt\n"
      "  mseg validate --strict plans/*.txt plans/*.json\n"
      "  mseg validate --disable numbering --error action-without-tag plan.txt\n"
      "  mseg validate --format sarif -o mseg.sarif plans/*.txt\n"
      "  mseg validate --format github plans/*.txt      # annotations in GitHub Actions\n"
      "  mseg parse plan.txt | mseg validate -          # its form and lint rules, not parse's findings\n"
      "  mseg validate --fix --dry-run plan.txt         # the safe fixes as a diff\n"
      "  mseg validate --fix plan.txt                   # apply them; plan.txt.orig keeps the original\n"
      "\n"
      "Codes, their meaning and fixes: --list-rules, or docs/diagnostics.md (in /usr/share/doc/mseg once installed).\n"
      "Exit status: 0 no errors (warnings allowed); 1 errors found, or warnings with --strict;\n"
      "2 usage error or a file that could not be read (or fixed). With --fix the status is that of\n"
      "what is left after fixing; --fix --dry-run exits 0 unless a file cannot be read.");
  cmd->callback([args, &outcome] {
    if (outcome.dry_run) return;
    outcome.exit_code = run_validate(*args);
  });
}

}  // namespace mseg::cli
