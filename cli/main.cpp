// mseg: turns APEC maritime security work plans into data.
#include <mseg/version.hpp>

#include <csignal>
#include <cstring>

#include "commands.hpp"
#include "io.hpp"

namespace {

struct Command {
  const char* name;
  void (*add)(CLI::App&, mseg::cli::Outcome&);
  bool reads_whole_app;  // generates text from every subcommand's options
};

// In the order `mseg --help` lists them.
constexpr Command kCommands[] = {
    {"parse", mseg::cli::add_parse_command, false},
    {"validate", mseg::cli::add_validate_command, false},
    {"query", mseg::cli::add_query_command, false},
    {"diff", mseg::cli::add_diff_command, false},
    {"cites", mseg::cli::add_cites_command, false},
    {"completion", mseg::cli::add_completion_command, true},
    {"man", mseg::cli::add_man_command, true},
};

// Building a subcommand's options costs up to a twentieth of a short run. The
// app takes exactly one subcommand, which must come first, so when argv[1]
// names one the others can never run and are not built. Everything else
// (--help, --version, a misspelt name) and the subcommands that walk the whole
// app (completion, man) get all of them.
const Command* only_command(int argc, char** argv) {
  if (argc < 2) return nullptr;
  for (const Command& c : kCommands)
    if (std::strcmp(argv[1], c.name) == 0) return c.reads_whole_app ? nullptr : &c;
  return nullptr;
}

}  // namespace

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
  const Command* only = only_command(argc, argv);
  for (const Command& c : kCommands)
    if (only == nullptr || only == &c) c.add(app, outcome);
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
