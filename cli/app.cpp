// mseg's command line: its own flags and the subcommands, in one place for main() and the fuzz target.
#include "app.hpp"

#include <mseg/version.hpp>

#include <string_view>

namespace mseg::cli {
namespace {

struct Command {
  const char* name;
  void (*add)(CLI::App&, Outcome&);
  bool reads_whole_app;  // generates text from every subcommand's options
};

// In the order `mseg --help` lists them.
constexpr Command kCommands[] = {
    {"parse", add_parse_command, false},
    {"validate", add_validate_command, false},
    {"query", add_query_command, false},
    {"diff", add_diff_command, false},
    {"history", add_history_command, false},
    {"report", add_report_command, false},
    {"cites", add_cites_command, false},
    {"completion", add_completion_command, true},
    {"man", add_man_command, true},
};

// Building a subcommand's options costs up to a twentieth of a short run. The
// app takes exactly one subcommand, which must come first, so when argv[1]
// names one the others can never run and are not built. Everything else
// (--help, --version, a misspelt name) and the subcommands that walk the whole
// app (completion, man) get all of them.
const Command* only_command(const std::vector<std::string>& args) {
  if (args.empty()) return nullptr;
  for (const Command& c : kCommands)
    if (args[0] == c.name) return c.reads_whole_app ? nullptr : &c;
  return nullptr;
}

const Command* find_command(std::string_view name) {
  for (const Command& c : kCommands)
    if (name == c.name) return &c;
  return nullptr;
}

}  // namespace

std::vector<std::string> command_names() {
  std::vector<std::string> out;
  for (const Command& c : kCommands) out.emplace_back(c.name);
  return out;
}

bool is_command(const std::string& name) { return find_command(name) != nullptr; }

void build_app(CLI::App& app, Outcome& outcome, const std::vector<std::string>& args) {
  app.set_version_flag("--version", std::string("mseg ") + kVersion);
  app.require_subcommand(1);
  app.footer(
      "Exit status: 0 success, 1 findings (errors, differences, no match), 2 trouble (usage, unreadable input,\n"
      "out of memory, an output that cannot be written). A reader that stops early (| head) ends mseg\n"
      "quietly by SIGPIPE, as it ends grep. '-o FILE' never replaces an input.\n"
      "Run 'mseg help COMMAND' or 'mseg COMMAND --help' for a command's options and examples; 'man mseg' for all.");
  const Command* only = only_command(args);
  for (const Command& c : kCommands)
    if (only == nullptr || only == &c) c.add(app, outcome);
}

}  // namespace mseg::cli
