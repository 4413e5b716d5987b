// Shell completion scripts, generated from the CLI11 definitions so they
// offer exactly the subcommands, options and option values `--help` shows.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace mseg::cli {

// A bash completion script for `app` (the root of the CLI): subcommands,
// their options, the values of options with a fixed set of choices, and file
// names for file arguments. Works with or without the bash-completion package.
std::string render_bash_completion(const CLI::App& app);

// The same as a zsh completion function (`#compdef mseg`, file `_mseg`).
std::string render_zsh_completion(const CLI::App& app);

}  // namespace mseg::cli
