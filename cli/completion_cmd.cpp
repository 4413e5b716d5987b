// mseg completion SHELL: prints the shell completion script. Hidden from
// --help; the build runs it to make the installed completion files, so they
// always match the options of this very binary.
#include "commands.hpp"
#include "completion_script.hpp"
#include "io.hpp"

namespace mseg::cli {

void add_completion_command(CLI::App& app, Outcome& outcome) {
  auto shell = std::make_shared<std::string>();
  auto output = std::make_shared<std::string>("-");
  auto* cmd = app.add_subcommand("completion", "Print the bash or zsh completion script for mseg");
  cmd->group("");  // hidden: a build and packaging aid, documented in docs/install.md
  cmd->add_option("shell", *shell, "Shell to complete for")->required()->check(CLI::IsMember({"bash", "zsh"}));
  cmd->add_option("-o,--output", *output, "Write to FILE instead of stdout");
  cmd->footer(
      "Examples:\n"
      "  source <(mseg completion bash)\n"
      "  mseg completion zsh -o ~/.zfunc/_mseg\n"
      "\n"
      "Exit status: 0 printed; 2 usage error or unwritable output.");
  cmd->callback([cmd, shell, output, &outcome] {
    if (outcome.dry_run) return;
    const CLI::App& root = *cmd->get_parent();
    write_output(*output, *shell == "bash" ? render_bash_completion(root) : render_zsh_completion(root));
    outcome.exit_code = kOk;
  });
}

}  // namespace mseg::cli
