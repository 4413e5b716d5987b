// Placeholder until the validate engine lands: the subcommand exists so --help is complete.
#include "commands.hpp"
#include "io.hpp"

namespace mseg::cli {

void add_validate_command(CLI::App& app, Outcome& outcome) {
  auto* cmd = app.add_subcommand("validate", "(not yet available)");
  cmd->allow_extras();
  cmd->callback([&outcome] {
    print_error("'validate' is not implemented yet");
    outcome.exit_code = kTrouble;
  });
}

}  // namespace mseg::cli
