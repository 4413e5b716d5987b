// mseg: turns APEC maritime security work plans into data.
#include <mseg/version.hpp>

#include <csignal>
#include <cstring>
#include <new>
#include <sstream>
#include <system_error>

#include <fmt/format.h>

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
  // A closed pipe surfaces as a write error (EPIPE), so the run unwinds and
  // removes its temporaries before it ends by SIGPIPE (die_of_broken_pipe).
  std::signal(SIGPIPE, SIG_IGN);
  CLI::App app{"mseg: turns APEC maritime security work plans into data", "mseg"};
  app.set_version_flag("--version", std::string("mseg ") + mseg::kVersion);
  app.require_subcommand(1);
  app.footer(
      "Exit status: 0 success, 1 findings (errors, differences, no match), 2 trouble (usage, unreadable input,\n"
      "out of memory, an output that cannot be written). A reader that stops early (| head) ends mseg\n"
      "quietly by SIGPIPE, as it ends grep. '-o FILE' never replaces an input.\n"
      "Run 'mseg COMMAND --help' for a command's options and examples.");
  mseg::cli::Outcome outcome;
  const Command* only = only_command(argc, argv);
  for (const Command& c : kCommands)
    if (only == nullptr || only == &c) c.add(app, outcome);
  // Whatever a subcommand throws ends here as one line and exit 2, never as
  // std::terminate's abort (exit 134) with a C++ runtime message.
  try {
    try {
      app.parse(argc, argv);
    } catch (const CLI::Success& e) {
      // --help and --version: written like any output, so /dev/full fails.
      std::ostringstream out, err;
      int status = app.exit(e, out, err);
      mseg::cli::write_stdout(out.str());
      std::fputs(err.str().c_str(), stderr);
      return status;
    }
  } catch (const CLI::ParseError& e) {
    mseg::cli::print_error(e.what());
    std::fputs("Run 'mseg --help' for usage.\n", stderr);
    return mseg::cli::kTrouble;
  } catch (const mseg::cli::CliError& e) {
    mseg::cli::print_error(e.what());
    return mseg::cli::kTrouble;
  } catch (const mseg::cli::BrokenPipe&) {
    mseg::cli::die_of_broken_pipe();
  } catch (const std::bad_alloc&) {
    mseg::cli::print_error("out of memory");
    return mseg::cli::kTrouble;
  } catch (const std::length_error&) {
    mseg::cli::print_error("out of memory (a string or table too large)");
    return mseg::cli::kTrouble;
  } catch (const std::system_error& e) {
    mseg::cli::print_error(e.what());
    return mseg::cli::kTrouble;
  } catch (const std::exception& e) {
    mseg::cli::print_error(fmt::format("internal error: {}", e.what()));
    return mseg::cli::kTrouble;
  }
  return outcome.exit_code;
}
