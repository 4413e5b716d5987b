// Walking the CLI11 app the way `--help` shows it, for the generators of the
// man page and the shell completions: hidden items (empty group) are left out.
#pragma once

#include <vector>

#include <CLI/CLI.hpp>

namespace mseg::cli {

// The subcommands `mseg --help` lists, in the order they were added.
inline std::vector<const CLI::App*> visible_subcommands(const CLI::App& app) {
  return app.get_subcommands([](const CLI::App* sub) { return !sub->get_group().empty() && !sub->get_disabled(); });
}

// The options (positional = false) or positional arguments (true) `--help` lists.
inline std::vector<const CLI::Option*> visible_options(const CLI::App& app, bool positional) {
  return app.get_options([positional](const CLI::Option* opt) {
    return !opt->get_group().empty() && (positional ? opt->get_positional() : opt->nonpositional());
  });
}

}  // namespace mseg::cli
