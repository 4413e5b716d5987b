#include "completion_script.hpp"

#include <sstream>
#include <string_view>
#include <vector>

#include <mseg/diagnostics.hpp>

#include "app_walk.hpp"

namespace mseg::cli {
namespace {

// What a shell may offer for one option, read off the CLI11 definition.
struct OptionSpec {
  std::vector<std::string> names;    // "-o", "--output"
  std::string description;
  bool takes_value = false;          // false for flags
  bool repeatable = false;           // a list option (CLI11 "..."): zsh offers it again
  std::vector<std::string> choices;  // from a CLI::IsMember check
  bool files = false;                // a free-text value: offer file names
  std::string value_name;            // "TEXT", "UINT"...
};

struct CommandSpec {
  std::string name;
  std::string description;
  std::vector<OptionSpec> options;
  std::vector<std::string> arg_choices;  // of the first positional with a fixed set
  bool file_args = false;                // some positional takes free text: file names
};

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (;;) {
    std::size_t end = s.find(sep, start);
    parts.emplace_back(s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

bool is_path_check(std::string_view description) {
  return description == "FILE" || description == "DIR" || description.substr(0, 4) == "PATH";
}

// CLI11 names a value "TEXT", "UINT"... and appends each check's description
// after ':'; CLI::IsMember's is the set, "{json,jsonl}", CLI::ExistingFile's
// "FILE". Free text is a file name for arguments, and for options whose help
// says so ("Write to FILE"); other text (owners, dates, patterns) gets nothing.
void read_value_kind(const CLI::Option& opt, std::vector<std::string>& choices, bool& files, std::string& value_name) {
  auto parts = split(opt.get_type_name(), ':');
  value_name = parts.front();
  bool path_type = is_path_check(value_name);  // ->type_name("FILE")
  bool text = value_name == "TEXT" || path_type;
  for (std::size_t i = 1; i < parts.size(); ++i) {
    const std::string& p = parts[i];
    if (p.size() > 2 && p.front() == '{' && p.back() == '}' && p.find("->") == std::string::npos) {
      choices = split(std::string_view(p).substr(1, p.size() - 2), ',');
      return;
    }
    if (is_path_check(p)) {
      files = true;
      return;
    }
    text = false;  // some other check ("CODE", a range): not a file name
  }
  const std::string& help = opt.get_description();
  files = text && (path_type || opt.get_positional() || help.find("FILE") != std::string::npos ||
                   help.find(" file") != std::string::npos);
}

CommandSpec describe(const CLI::App& app) {
  CommandSpec spec{app.get_name(), app.get_description(), {}, {}, false};
  for (const CLI::Option* opt : visible_options(app, false)) {
    OptionSpec o;
    for (const auto& s : opt->get_snames()) o.names.push_back("-" + s);
    for (const auto& l : opt->get_lnames()) o.names.push_back("--" + l);
    o.description = opt->get_description();
    o.takes_value = opt->get_type_size() != 0 && opt->get_expected_max() != 0;  // flags expect 0 values
    if (o.takes_value) read_value_kind(*opt, o.choices, o.files, o.value_name);
    // Diagnostic codes are a fixed set, but too many to print in --help as a CLI11 set.
    if (o.value_name == "CODE" && o.choices.empty())
      for (const auto& rule : diagnostic_table()) o.choices.emplace_back(rule.code);
    o.repeatable = opt->get_expected_max() > 1;
    spec.options.push_back(std::move(o));
  }
  for (const CLI::Option* opt : visible_options(app, true)) {
    std::vector<std::string> choices;
    bool files = false;
    std::string value_name;
    read_value_kind(*opt, choices, files, value_name);
    if (spec.arg_choices.empty()) spec.arg_choices = choices;
    spec.file_args = spec.file_args || files;
  }
  return spec;
}

std::string join(const std::vector<std::string>& words, std::string_view sep) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += sep;
    out += w;
  }
  return out;
}

// A word inside single quotes in bash or zsh.
std::string single_quoted(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

// Text inside an _arguments "[description]" or a _describe "name:description".
std::string zsh_description(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '[' || c == ']' || c == '\\') out += '\\';
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out;
}

// The bash case arm completing one subcommand's words.
void write_bash_command(std::ostringstream& out, const CommandSpec& cmd) {
  std::vector<std::string> option_words;
  for (const auto& o : cmd.options) option_words.insert(option_words.end(), o.names.begin(), o.names.end());
  out << "    " << cmd.name << ")\n";
  out << "      case $prev in\n";
  for (const auto& o : cmd.options) {
    if (!o.takes_value) continue;
    out << "        " << join(o.names, "|") << ") ";
    if (!o.choices.empty()) out << "_mseg_words " << single_quoted(join(o.choices, " ")) << "; return ;;\n";
    else if (o.files) out << "_mseg_files; return ;;\n";
    else out << "return ;;\n";
  }
  out << "      esac\n";
  out << "      if [[ $cur == -* ]]; then _mseg_words " << single_quoted(join(option_words, " ")) << "\n";
  out << "      else\n";
  if (!cmd.arg_choices.empty()) out << "        _mseg_words " << single_quoted(join(cmd.arg_choices, " ")) << "\n";
  if (cmd.file_args) out << "        _mseg_files\n";
  out << "        :\n      fi ;;\n";
}

// The _arguments specs for one command's options and arguments.
void write_zsh_arguments(std::ostringstream& out, const CommandSpec& cmd, std::string_view indent) {
  for (const auto& o : cmd.options) {
    bool help = o.names.back() == "--help" || o.names.back() == "--version";
    // Other spellings of the option are excluded once one is given, unless it repeats.
    std::string exclusions = help                                     ? "(- *)"
                             : o.names.size() > 1 && !o.repeatable ? "(" + join(o.names, " ") + ")"
                                                                      : "";
    std::vector<std::string> forms;
    for (const auto& n : o.names) {
      // -o+: value in the same word or the next; --format=: next word or after '='.
      std::string suffix = !o.takes_value ? "" : n.size() == 2 ? "+" : "=";
      forms.push_back((o.repeatable ? "*" : "") + n + suffix);
    }
    std::string action;
    if (o.takes_value) {
      // The message zsh shows while completing the value: the option's name.
      std::string message = o.names.back().substr(o.names.back().find_first_not_of('-'));
      if (!o.choices.empty()) action = ":" + message + ":(" + join(o.choices, " ") + ")";
      else if (o.files) action = ":file:_files";
      else action = ":" + message + ": ";
    }
    std::string tail = "[" + zsh_description(o.description) + "]" + action;
    out << indent;
    if (!exclusions.empty()) out << single_quoted(exclusions);
    for (auto& form : forms) form = single_quoted(form);  // "*" must not glob
    if (forms.size() > 1) out << "{" << join(forms, ",") << "}";
    else out << forms.front();
    out << "'" << tail << "'" << " \\\n";
  }
  if (!cmd.arg_choices.empty()) out << indent << "'1:argument:(" << join(cmd.arg_choices, " ") << ")' \\\n";
  if (cmd.file_args) out << indent << "'*:file:_files' \\\n";
}

}  // namespace

std::string render_bash_completion(const CLI::App& app) {
  const std::string& prog = app.get_name();
  CommandSpec top = describe(app);
  std::vector<CommandSpec> commands;
  for (const CLI::App* sub : visible_subcommands(app)) commands.push_back(describe(*sub));
  std::vector<std::string> names;
  std::vector<std::string> top_options;
  for (const auto& c : commands) names.push_back(c.name);
  for (const auto& o : top.options) top_options.insert(top_options.end(), o.names.begin(), o.names.end());

  std::ostringstream out;
  out << "# bash completion for " << prog << "                          -*- shell-script -*-\n"
      << "# Generated by `" << prog << " completion bash` from the definitions behind `" << prog
      << " --help`; do not edit.\n\n";
  out << "_mseg_words() {\n"
         "  local IFS=$'\\n'\n"
         "  COMPREPLY+=($(compgen -W \"${1// /$'\\n'}\" -- \"$cur\"))\n"
         "}\n\n";
  // bash-completion's _filedir quotes names with spaces and honours ~; plain bash gets compgen -f.
  out << "_mseg_files() {\n"
         "  if declare -F _filedir > /dev/null; then\n"
         "    _filedir\n"
         "  else\n"
         "    compopt -o filenames 2> /dev/null\n"
         "    local IFS=$'\\n'\n"
         "    COMPREPLY+=($(compgen -f -- \"$cur\"))\n"
         "  fi\n"
         "}\n\n";
  out << "_mseg() {\n"
         "  local cur=${COMP_WORDS[COMP_CWORD]} prev=\n"
         "  (( COMP_CWORD > 0 )) && prev=${COMP_WORDS[COMP_CWORD-1]}\n"
         "  # '=' breaks words: \"--format=js\" arrives as \"--format\" \"=\" \"js\".\n"
         "  if [[ $cur == = ]]; then\n"
         "    cur=\n"
         "  elif [[ $prev == = ]] && (( COMP_CWORD > 1 )); then\n"
         "    prev=${COMP_WORDS[COMP_CWORD-2]}\n"
         "  fi\n"
         "  COMPREPLY=()\n"
         "  local cmd= i\n"
         "  for (( i = 1; i < COMP_CWORD; i++ )); do\n"
         "    case ${COMP_WORDS[i]} in\n"
         "      " << join(names, "|") << ") cmd=${COMP_WORDS[i]}; break ;;\n"
         "    esac\n"
         "  done\n"
         "  case $cmd in\n"
         "    '')\n"
         "      if [[ $cur == -* ]]; then _mseg_words " << single_quoted(join(top_options, " ")) << "\n"
         "      else _mseg_words " << single_quoted(join(names, " ")) << "\n"
         "      fi ;;\n";
  for (const auto& c : commands) write_bash_command(out, c);
  out << "  esac\n"
         "}\n\n"
         "complete -F _mseg " << prog << "\n";
  return out.str();
}

std::string render_zsh_completion(const CLI::App& app) {
  const std::string& prog = app.get_name();
  CommandSpec top = describe(app);
  std::vector<CommandSpec> commands;
  for (const CLI::App* sub : visible_subcommands(app)) commands.push_back(describe(*sub));

  std::ostringstream out;
  out << "#compdef " << prog << "\n"
      << "# zsh completion for " << prog << ". Generated by `" << prog << " completion zsh` from the definitions behind `"
      << prog << " --help`; do not edit.\n\n";
  out << "_mseg() {\n"
         "  local curcontext=$curcontext state state_descr line ret=1\n"
         "  typeset -A opt_args\n"
         "  _arguments -C \\\n";
  write_zsh_arguments(out, top, "    ");
  out << "    '1:command:->command' \\\n"
         "    '*::argument:->argument' && ret=0\n"
         "  case $state in\n"
         "    command)\n"
         "      local -a commands=(\n";
  for (const auto& c : commands) out << "        '" << zsh_description(c.name) << ":" << zsh_description(c.description) << "'\n";
  out << "      )\n"
         "      _describe -t commands '" << prog << " command' commands && ret=0 ;;\n"
         "    argument)\n"
         "      curcontext=${curcontext%:*:*}:" << prog << "-$words[1]:\n"
         "      case $words[1] in\n";
  for (const auto& c : commands) {
    out << "        " << c.name << ")\n"
        << "          _arguments \\\n";
    write_zsh_arguments(out, c, "            ");
    out << "            && ret=0 ;;\n";
  }
  out << "      esac ;;\n"
         "  esac\n"
         "  return ret\n"
         "}\n\n"
         "_mseg \"$@\"\n";
  return out.str();
}

}  // namespace mseg::cli
