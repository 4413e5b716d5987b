// mseg: turns APEC maritime security work plans into data.
#include <mseg/version.hpp>

#include <csignal>
#include <algorithm>
#include <cstring>
#include <new>
#include <optional>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

#include <fmt/format.h>

#include "app.hpp"
#include "commands.hpp"
#include "io.hpp"
#include "memory_reserve.hpp"
#include "suggest.hpp"

namespace {

bool find_command(const std::string& name) { return mseg::cli::is_command(name); }
using mseg::cli::command_names;

// A usage error before any command's options are read: one line, a pointer to
// the help, exit 2.
int refuse(const std::string& message, const std::string& help = "mseg --help") {
  mseg::cli::print_error(message);
  std::fputs(("Run '" + help + "' for usage.\n").c_str(), stderr);
  return mseg::cli::kTrouble;
}

// The words before CLI11 reads them: "help [COMMAND]" becomes "[COMMAND]
// --help"; options written before the command move after it (mseg --color
// never query ... is mseg query --color never ...). Returns an exit status
// when the words are refused outright: no command, an unknown command or option.
std::optional<int> rewrite(std::vector<std::string>& args) {
  if (args.empty()) return refuse("no command given (parse, validate, query, diff, history, report or cites)");
  if (args[0] == "help") {
    if (args.size() > 2) return refuse("'mseg help' takes one COMMAND at most", "mseg help");
    if (args.size() == 1) {
      args = {"--help"};
      return std::nullopt;
    }
    if (!find_command(args[1]))
      return refuse("unknown command '" + args[1] + "'" + mseg::cli::did_you_mean(args[1], command_names()));
    args = {args[1], "--help"};
    return std::nullopt;
  }
  auto is_own = [](const std::string& a) { return a == "-h" || a == "--help" || a == "--version"; };
  if (args[0].size() > 1 && args[0][0] == '-' && !is_own(args[0])) {
    for (std::size_t i = 1; i < args.size(); ++i) {
      if (is_own(args[i])) break;
      if (find_command(args[i])) {
        std::rotate(args.begin(), args.begin() + static_cast<std::ptrdiff_t>(i), args.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        return std::nullopt;
      }
    }
    const std::string& word = args[0];
    const std::string option = word.substr(0, word.find('='));
    std::string hint = option == "-v" || option == "-V" ? " (did you mean '--version'?)"
                                                        : mseg::cli::did_you_mean(option, {"--help", "--version"});
    // A near miss of mseg's own options needs only the name; anything else is likelier a command's option.
    if (hint.empty()) hint = "; a command's options go after it: mseg COMMAND [OPTIONS]";
    return refuse("unknown option '" + option + "'" + hint);
  }
  if (args[0][0] != '-' && !find_command(args[0]))
    return refuse("unknown command '" + args[0] + "'" + mseg::cli::did_you_mean(args[0], command_names()));
  return std::nullopt;
}

// CLI11's messages in the words of the usage, naming the option or argument.
std::string explain(const CLI::ParseError& e, CLI::App* command) {
  std::string what = e.what();
  if (command == nullptr) return what;
  auto after = [&](std::string_view prefix) -> std::optional<std::string> {
    if (what.rfind(prefix, 0) != 0) return std::nullopt;
    return what.substr(prefix.size());
  };
  // "The following argument was not expected: --foo" (CLI11 2.x).
  if (auto extras = after("The following argument was not expected: ")
                        ? after("The following argument was not expected: ")
                        : after("The following arguments were not expected: ")) {
    // An unknown option among them is the mistake to name ("--tresh 0.5 A B": B is unexpected only because
    // --tresh took no value).
    std::string first = extras->substr(0, extras->find(' '));
    for (std::size_t at = 0; at < extras->size();) {
      const std::size_t end = std::min(extras->find(' ', at), extras->size());
      if (extras->compare(at, 1, "-") == 0 && end - at > 1) {
        first = extras->substr(at, end - at);
        break;
      }
      at = end + 1;
    }
    if (first.size() > 1 && first[0] == '-') {
      std::vector<std::string> names;
      for (const CLI::Option* o : command->get_options()) {
        for (const auto& l : o->get_lnames()) names.push_back("--" + l);
        for (const auto& s : o->get_snames()) names.push_back("-" + s);
      }
      const std::string option = first.substr(0, first.find('='));
      // A one-letter option is one key from every other: "-x" is no typo of "-h" (a new user's finding).
      if (option.size() == 2) return "unknown option '" + option + "'";
      return "unknown option '" + option + "'" + mseg::cli::did_you_mean(option, names);
    }
    return "unexpected argument '" + first + "'";
  }
  // CLI11's range check, in the words of mseg's other checks: "--jobs: 0 is not from 1 to 1024".
  if (const std::size_t v = what.find(": Value "); v != std::string::npos) {
    const std::size_t in = what.find(" not in range ", v);
    const std::size_t to = in == std::string::npos ? in : what.find(" to ", in + 14);
    if (to != std::string::npos)
      return what.substr(0, v) + ": " + what.substr(v + 8, in - v - 8) + " is not from " +
             what.substr(in + 14, to - in - 14) + " to " + what.substr(to + 4);
  }
  // "--format: jsn not in {table,json,...}": the value meant, as for options and commands.
  if (const std::size_t in = what.find(" not in {"); in != std::string::npos && what.back() == '}') {
    const std::size_t colon = what.rfind(": ", in);
    if (colon != std::string::npos) {
      const std::string value = what.substr(colon + 2, in - colon - 2);
      std::vector<std::string> allowed;
      const std::string list = what.substr(in + 9, what.size() - in - 10);
      for (std::size_t at = 0; at <= list.size();) {
        const std::size_t end = std::min(list.find(',', at), list.size());
        allowed.push_back(list.substr(at, end - at));
        at = end + 1;
      }
      return what + mseg::cli::did_you_mean(value, allowed);
    }
  }
  // "--format: At Most 1 required but received 2": an option given twice that takes one value (a new user's finding).
  if (const std::size_t at = what.find(": At Most 1 required but received "); at != std::string::npos)
    return what.substr(0, at) + ": given " + what.substr(at + 34) + " times; give it once";
  if (e.get_name() == "RequiredError") {
    // "NEW is required", or for several "Missing required ...": name what the usage calls it.
    for (const CLI::Option* o : command->get_options())
      if (o->get_positional() && o->get_required() && o->count() == 0)
        return "missing " + o->get_name() + " (usage: mseg " + command->get_name() + " [OPTIONS] " + [&] {
          std::string usage;
          for (const CLI::Option* p : command->get_options())
            if (p->get_positional()) usage += (usage.empty() ? "" : " ") + p->get_name();
          return usage;
        }() + ")";
  }
  return what;
}

}  // namespace

int main(int argc, char** argv) {
  // A closed pipe surfaces as a write error (EPIPE), so the run unwinds and
  // removes its temporaries before it ends by SIGPIPE (die_of_broken_pipe).
  std::signal(SIGPIPE, SIG_IGN);
  mseg::cli::reserve_standard_fds();
  // 4 MiB for whatever is allocating when memory first runs out to finish (memory_reserve.hpp); the next failure ends
  // the run with exit 2.
  mseg::cli::keep_memory_reserve(std::size_t{4} << 20);
  CLI::App app{"mseg: turns APEC maritime security work plans into data", "mseg"};
  std::vector<std::string> args(argv + 1, argv + argc);
  if (auto refused = rewrite(args)) return *refused;
  std::vector<const char*> words{argv[0]};
  for (const auto& a : args) words.push_back(a.c_str());
  mseg::cli::Outcome outcome;
  mseg::cli::build_app(app, outcome, args);
  CLI::App* command = find_command(args[0]) ? app.get_subcommand(args[0]) : nullptr;
  // Whatever a subcommand throws ends here as one line and exit 2, never as
  // std::terminate's abort (exit 134) with a C++ runtime message.
  try {
    try {
      app.parse(static_cast<int>(words.size()), words.data());
    } catch (const CLI::Success& e) {
      // --help and --version: written like any output, so /dev/full fails.
      std::ostringstream out, err;
      int status = app.exit(e, out, err);
      mseg::cli::write_stdout(out.str());
      std::fputs(err.str().c_str(), stderr);
      return status;
    }
  } catch (const CLI::ParseError& e) {
    mseg::cli::print_error(explain(e, command));
    const std::string help = command ? "mseg " + args[0] + " --help" : "mseg --help";
    std::fputs(("Run '" + help + "' for usage.\n").c_str(), stderr);
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
