#include "man_page.hpp"

#include <mseg/version.hpp>

#include <cctype>
#include <memory>
#include <sstream>
#include <string_view>
#include <vector>

#include "app_walk.hpp"

namespace mseg::cli {
namespace {

// Help footers are plain text in three kinds of block: "Examples:" followed by
// indented command lines, a paragraph starting "Exit status:", and anything else.
// The man page gathers the first two into EXAMPLES and EXIT STATUS.
struct Footer {
  std::vector<std::string> examples;
  std::string exit_status;
  std::vector<std::string> other_lines;  // kept in the command's own section, as written
};

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

Footer split_footer(const std::string& footer) {
  Footer out;
  enum class Block { none, examples, exit_status, other } block = Block::none;
  std::istringstream in(footer);
  std::string line;
  while (std::getline(in, line)) {
    std::string_view text = trim(line);
    bool indented = !line.empty() && (line.front() == ' ' || line.front() == '\t');
    if (text.empty()) {
      block = Block::none;
    } else if (text == "Examples:") {
      block = Block::examples;
    } else if (starts_with(text, "Exit status:")) {
      block = Block::exit_status;
      out.exit_status = std::string(trim(text.substr(12)));
    } else if (indented && block == Block::examples) {
      out.examples.emplace_back(text);
    } else if (block == Block::exit_status && (indented || out.exit_status.back() != '.')) {
      // Continues until a blank line or a finished sentence ("...; 1 errors;\n2 usage...").
      out.exit_status += ' ';
      out.exit_status += text;
    } else {
      block = Block::other;
      out.other_lines.push_back(line);
    }
  }
  return out;
}

// Text made safe for roff: backslashes and hyphen-minus escaped (so options
// copy and paste as typed), and no line may start with a control character.
std::string roff(std::string_view text) {
  std::string out;
  bool line_start = true;
  for (char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    if (c == '\\') out += "\\e";
    else if (c == '-') out += "\\-";
    else out += c;
    line_start = c == '\n';
  }
  return out;
}

// "-o,--output" as "\fB\-o\fR, \fB\-\-output\fR".
std::string bold_names(const std::string& names) {
  std::string out;
  std::istringstream in(names);
  std::string name;
  while (std::getline(in, name, ',')) {
    if (!out.empty()) out += ", ";
    out += "\\fB" + roff(name) + "\\fR";
  }
  return out;
}

// One .TP entry per option, worded exactly as `--help` words it.
void write_options(std::ostringstream& out, const CLI::App& app, const CLI::Formatter& fmt) {
  for (bool positional : {true, false}) {
    for (const CLI::Option* opt : visible_options(app, positional)) {
      std::string opts = fmt.make_option_opts(opt);
      out << ".TP\n";
      if (positional) out << "\\fI" << roff(fmt.make_option_name(opt, true)) << "\\fR";
      else out << bold_names(fmt.make_option_name(opt, false));
      if (!opts.empty()) out << " \\fI" << roff(trim(opts)) << "\\fR";
      out << '\n' << roff(opt->get_description()) << '\n';
    }
  }
}

// "Usage: mseg parse [OPTIONS] files..." without the label, as a synopsis line.
std::string usage_of(const CLI::App& cmd, const CLI::Formatter& fmt, const std::string& name) {
  std::string usage(trim(fmt.make_usage(&cmd, name)));
  std::string_view label = "Usage: ";
  if (starts_with(usage, label)) usage.erase(0, label.size());
  return usage;
}

}  // namespace

namespace {

// One subsection per command: description, usage, options, the footer's other lines. Returns each
// command's footer, whose examples and exit status go to their own sections.
std::vector<std::pair<std::string, Footer>> write_commands(std::ostringstream& out,
                                                           const std::vector<const CLI::App*>& commands,
                                                           const CLI::Formatter& fmt, const std::string& prog) {
  std::vector<std::pair<std::string, Footer>> footers;
  for (const CLI::App* cmd : commands) {
    std::string name = prog + " " + cmd->get_name();
    Footer footer = split_footer(cmd->get_footer());
    out << ".SS \"" << roff(name) << "\"\n" << roff(cmd->get_description()) << ".\n.PP\n";
    out << "Usage: \\fB" << roff(usage_of(*cmd, fmt, name)) << "\\fR\n";
    write_options(out, *cmd, fmt);
    if (!footer.other_lines.empty()) {
      out << ".PP\n.nf\n";
      for (const auto& line : footer.other_lines) out << roff(line) << '\n';
      out << ".fi\n";
    }
    footers.emplace_back(cmd->get_name(), std::move(footer));
  }
  return footers;
}

// The sections no command definition holds: the environment, the files, where to read more.
void write_environment_files_see_also(std::ostringstream& out) {
  // The variables the CLI reads (cli/io.cpp); tests/install/man_test.sh checks
  // every getenv() under cli/ is named here.
  out << ".SH ENVIRONMENT\n"
         ".TP\n.B NO_COLOR\n"
         "When set to any non\\-empty value, output is never coloured, even on a terminal "
         "(see https://no\\-color.org). An explicit \\fB\\-\\-color=always\\fR, where a command offers it, still wins.\n"
         ".TP\n.B CI\n"
         "When set (as CI services do), \\fBmseg parse\\fR shows no progress line on standard error "
         "for long batches, even on a terminal.\n"
         ".TP\n.B COLUMNS\n"
         "The width to lay text out for when standard output is not a terminal whose width can be asked.\n"
         ".TP\n.B TMPDIR\n"
         "Where output for standard output larger than 4 MiB is held, in an unnamed file, until it is complete "
         "(default /tmp).\n"
         ".TP\n.B PATH\n"
         "Where \\fBsoffice\\fR (LibreOffice) is looked for to convert a Word 97 \\fI.doc\\fR or an OpenDocument "
         "\\fI.odt\\fR plan to \\fI.docx\\fR; "
         "without it such a plan is refused with exit 2.\n"
         ".TP\n.B MSEG_SOFFICE_TIMEOUT\n"
         "Seconds LibreOffice may take to convert one \\fI.doc\\fR or \\fI.odt\\fR (default 120); past them it is "
         "ended and the file refused with exit 2.\n"
         ".TP\n.B SOURCE_DATE_EPOCH\n"
         "Seconds since 1970 that \\fBmseg query \\-\\-format ics\\fR writes as each event's DTSTAMP instead of "
         "the time of the run, for files that are the same from run to run: whole seconds, 0 to 253402300799 "
         "(9999-12-31); any other value is refused with exit 2.\n";

  out << ".SH FILES\n"
         ".TP\n.I share/mseg/schema/*.schema.json\n"
         "JSON Schemas of mseg's JSON output, under the installation prefix "
         "(\\fI/usr/share/mseg/schema\\fR from the Debian package).\n"
         ".TP\n.I share/mseg/registry.json\n"
         "The citation registry built into mseg, installed for reading.\n"
         ".TP\n.I .mseg/registry.json\n"
         "A registry of your own, in the current folder or a parent: its entries are added to mseg's own "
         "(see \\fB--registry\\fR and docs/citations.md).\n"
         ".TP\n.I share/mseg/aliases.json\n"
         "The owner aliases built into mseg (who is who across plans: the group's roles and renames), installed "
         "for reading.\n"
         ".TP\n.I .mseg/aliases.json\n"
         "Owner aliases of your own, in the current folder or a parent, read over mseg's own "
         "(see \\fB--aliases\\fR and docs/aliases.md).\n";

  out << ".SH \"SEE ALSO\"\n"
         ".BR jq (1)\n"
         ".PP\n"
         "README.md and docs/*.md (query.md, validate.md, diagnostics.md, diff.md, history.md, aliases.md, json.md, install.md,\n"
         "library.md)\n"
         "in /usr/share/doc/mseg, or in the mseg source tree.\n";
}

}  // namespace

std::string render_man_page(const CLI::App& app) {
  // The app's own formatter when it is a CLI::Formatter, so names read as in --help.
  auto fmt_ptr = std::dynamic_pointer_cast<CLI::Formatter>(app.get_formatter());
  if (!fmt_ptr) fmt_ptr = std::make_shared<CLI::Formatter>();
  const CLI::Formatter& fmt = *fmt_ptr;
  const std::string& prog = app.get_name();
  const auto commands = visible_subcommands(app);
  std::ostringstream out;

  std::string summary = app.get_description();
  if (starts_with(summary, prog + ": ")) summary.erase(0, prog.size() + 2);

  out << ".\\\" Generated by `" << prog << " man` from the definitions behind `" << prog
      << " --help`; do not edit.\n";
  out << ".TH " << "MSEG" << " 1 \"\" \"" << prog << ' ' << kVersion << "\" \"User Commands\"\n";
  out << ".SH NAME\n" << prog << " \\- " << roff(summary) << '\n';

  out << ".SH SYNOPSIS\n";
  for (const CLI::App* cmd : commands) out << ".B " << roff(usage_of(*cmd, fmt, prog + " " + cmd->get_name())) << "\n.br\n";
  out << ".B " << prog << " \\-\\-help\n.br\n.B " << prog << " \\-\\-version\n";

  Footer top = split_footer(app.get_footer());
  std::string sentence = summary;
  if (!sentence.empty()) sentence.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(sentence.front())));
  out << ".SH DESCRIPTION\n" << roff(sentence) << ".\n.PP\nCommands:\n";
  for (const CLI::App* cmd : commands)
    out << ".TP\n.B " << roff(cmd->get_name()) << '\n' << roff(cmd->get_description()) << '\n';
  if (!top.other_lines.empty()) {
    out << ".PP\n";
    for (const auto& line : top.other_lines) out << roff(trim(line)) << '\n';
  }

  out << ".SH OPTIONS\n";
  write_options(out, app, fmt);

  out << ".SH COMMANDS\n";
  const auto footers = write_commands(out, commands, fmt, prog);

  out << ".SH EXAMPLES\n";
  for (const auto& [name, footer] : footers) {
    if (footer.examples.empty()) continue;
    out << ".PP\n" << roff(name) << ":\n.RS\n.nf\n";
    for (const auto& example : footer.examples) out << roff(example) << '\n';
    out << ".fi\n.RE\n";
  }

  out << ".SH \"EXIT STATUS\"\n";
  if (!top.exit_status.empty()) out << roff(top.exit_status) << '\n';
  for (const auto& [name, footer] : footers) {
    if (footer.exit_status.empty()) continue;
    out << ".TP\n.B " << roff(name) << '\n' << roff(footer.exit_status) << '\n';
  }

  write_environment_files_see_also(out);
  return out.str();
}

}  // namespace mseg::cli
