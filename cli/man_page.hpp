// The mseg(1) man page, rendered from the same CLI11 definitions that print
// `--help`, so the two cannot drift apart.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace mseg::cli {

// The whole man page as roff (man macros) for `app`, the root of the CLI:
// NAME, SYNOPSIS, DESCRIPTION, OPTIONS, COMMANDS (one subsection per visible
// subcommand), EXAMPLES and EXIT STATUS (gathered from the help footers),
// ENVIRONMENT, FILES and SEE ALSO.
std::string render_man_page(const CLI::App& app);

}  // namespace mseg::cli
