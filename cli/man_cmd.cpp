// mseg man: prints the mseg(1) man page as roff. Hidden from --help; the build
// runs it to make share/man/man1/mseg.1 from the same definitions as --help.
#include "commands.hpp"
#include "io.hpp"
#include "man_page.hpp"

namespace mseg::cli {

void add_man_command(CLI::App& app, Outcome& outcome) {
  auto output = std::make_shared<std::string>("-");
  auto* cmd = app.add_subcommand("man", "Print the mseg(1) man page (roff)");
  cmd->group("");  // hidden: a build and packaging aid, documented in docs/install.md
  cmd->add_option("-o,--output", *output, "Write to FILE instead of stdout");
  cmd->footer(
      "Examples:\n"
      "  mseg man | man -l -\n"
      "  mseg man -o mseg.1\n"
      "\n"
      "Exit status: 0 printed; 2 usage error or unwritable output.");
  cmd->callback([cmd, output, &outcome] {
    if (outcome.dry_run) return;
    write_output(*output, render_man_page(*cmd->get_parent()));
    outcome.exit_code = kOk;
  });
}

}  // namespace mseg::cli
