// Each subcommand lives in its own file and adds itself to the app here.
#pragma once

#include <CLI/CLI.hpp>

namespace mseg::cli {

// Set by the subcommand that ran; main() returns it.
struct Outcome {
  int exit_code = 0;
  // Parse the command line and run nothing (fuzz_cli_args): each command's
  // options live in its action, so the actions stay and return at once.
  bool dry_run = false;
};

void add_parse_command(CLI::App& app, Outcome& outcome);
void add_validate_command(CLI::App& app, Outcome& outcome);
void add_query_command(CLI::App& app, Outcome& outcome);
void add_diff_command(CLI::App& app, Outcome& outcome);
void add_history_command(CLI::App& app, Outcome& outcome);
void add_report_command(CLI::App& app, Outcome& outcome);
void add_cites_command(CLI::App& app, Outcome& outcome);
void add_completion_command(CLI::App& app, Outcome& outcome);  // hidden: mseg completion bash|zsh
void add_man_command(CLI::App& app, Outcome& outcome);         // hidden: mseg man

}  // namespace mseg::cli
