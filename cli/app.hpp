// The whole command line as CLI11 reads it, apart from main(): so a fuzz target
// (fuzz/cli_args_fuzz.cpp) parses exactly what `mseg` parses.
#pragma once

#include <string>
#include <vector>

#include "commands.hpp"

namespace mseg::cli {

// mseg's app: its own flags (--version), its footer and the subcommands. When
// args[0] names a subcommand that reads only its own options, only that one is
// built (the others could never run); otherwise all of them.
void build_app(CLI::App& app, Outcome& outcome, const std::vector<std::string>& args);

// The names of the subcommands, in the order `mseg --help` lists them.
std::vector<std::string> command_names();
bool is_command(const std::string& name);

}  // namespace mseg::cli
