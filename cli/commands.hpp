// Each subcommand lives in its own file and adds itself to the app here.
#pragma once

#include <CLI/CLI.hpp>

namespace mseg::cli {

// Set by the subcommand that ran; main() returns it.
struct Outcome {
  int exit_code = 0;
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
