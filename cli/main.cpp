// mseg: turns APEC maritime security work plans into data.
#include <mseg/version.hpp>

#include <csignal>

#include "commands.hpp"
#include "io.hpp"

int main(int argc, char** argv) {
  // A closed pipe must surface as a write error (exit 2), not kill us silently.
  std::signal(SIGPIPE, SIG_IGN);
  CLI::App app{"mseg: turns APEC maritime security work plans into data", "mseg"};
  app.set_version_flag("--version", std::string("mseg ") + mseg::kVersion);
  app.require_subcommand(1);
  app.footer(
      "Exit status: 0 success, 1 findings (errors, differences, no match), 2 trouble (usage, unreadable input).\n"
      "Run 'mseg COMMAND --help' for a command's options and examples.");
  mseg::cli::Outcome outcome;
  mseg::cli::add_parse_command(app, outcome);
  mseg::cli::add_validate_command(app, outcome);
  mseg::cli::add_query_command(app, outcome);
  mseg::cli::add_diff_command(app, outcome);
  mseg::cli::add_completion_command(app, outcome);
  mseg::cli::add_man_command(app, outcome);
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    mseg::cli::print_error(e.what());
    std::fputs("Run 'mseg --help' for usage.\n", stderr);
    return mseg::cli::kTrouble;
  } catch (const mseg::cli::CliError& e) {
    mseg::cli::print_error(e.what());
    return mseg::cli::kTrouble;
  }
  return outcome.exit_code;
}
