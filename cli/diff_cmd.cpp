// Placeholder until the diff engine lands: the subcommand exists so --help is complete.
#include "commands.hpp"
#include "io.hpp"

namespace mseg::cli {

void add_diff_command(CLI::App& app, Outcome& outcome) {
  auto* cmd = app.add_subcommand("diff", "(not yet available)");
  cmd->allow_extras();
  cmd->callback([&outcome] {
    print_error("'diff' is not implemented yet");
    outcome.exit_code = kTrouble;
  });
}

}  // namespace mseg::cli
