// mseg parse: text plans in, plan JSON out.
#include <mseg/parse.hpp>
#include <mseg/plan_json.hpp>

#include <fmt/format.h>

#include "commands.hpp"
#include "io.hpp"

namespace mseg::cli {
namespace {

struct ParseArgs {
  std::vector<std::string> files;
  std::string format = "json";
  bool compact = false;
  std::string output = "-";
  std::uint64_t max_bytes = kDefaultMaxBytes;
};

int run_parse(const ParseArgs& args) {
  std::vector<Plan> plans;
  plans.reserve(args.files.size());
  bool unreadable = false;
  for (const auto& file : args.files) {
    try {
      std::string bytes = read_input(file, args.max_bytes);
      plans.push_back(parse_plan(bytes, ParseOptions{file}));
    } catch (const CliError& e) {
      print_error(e.what());
      unreadable = true;
    } catch (const InputError& e) {
      print_error(fmt::format("{}: {}", file, e.what()));
      unreadable = true;
    }
  }
  // Output is all or nothing: a batch with an unreadable input writes no file.
  if (unreadable) return kTrouble;

  std::string out;
  bool jsonl = args.format == "jsonl";
  bool pretty = !args.compact && !jsonl;
  JsonWriter w(out, pretty);
  if (jsonl) {
    for (const auto& plan : plans) {
      JsonWriter line(out, false);
      write_json(line, plan);
      out.push_back('\n');
    }
  } else if (plans.size() == 1) {
    write_json(w, plans.front());
    out.push_back('\n');
  } else {
    w.begin_array();
    for (const auto& plan : plans) write_json(w, plan);
    w.end_array();
    out.push_back('\n');
  }
  write_output(args.output, out);
  for (const auto& plan : plans)
    if (has_errors(plan)) return kFound;
  return kOk;
}

}  // namespace

void add_parse_command(CLI::App& app, Outcome& outcome) {
  auto args = std::make_shared<ParseArgs>();
  auto* cmd = app.add_subcommand("parse", "Read text work plans and print them as plan JSON");
  cmd->add_option("files", args->files, "Plan files to read; '-' reads standard input")->required();
  cmd->add_option("--format", args->format, "json: one plan, or an array for several; jsonl: one compact plan per line")
      ->check(CLI::IsMember({"json", "jsonl"}))
      ->capture_default_str();
  cmd->add_flag("--compact", args->compact, "Print JSON on one line instead of indented");
  cmd->add_option("-o,--output", args->output,
                  "Write to FILE (through a temporary file renamed into place) instead of stdout");
  cmd->add_option("--max-bytes", args->max_bytes, "Refuse inputs larger than this many bytes")->capture_default_str();
  cmd->footer(
      "Examples:\n"
      "  mseg parse samples/mseg-workplan-2006-hanoi.txt\n"
      "  mseg parse --compact plan.txt | jq '.sections[].actions[].text'\n"
      "  mseg parse --format jsonl plans/*.txt > plans.jsonl\n"
      "  cat plan.txt | mseg parse - -o plan.json\n"
      "\n"
      "Exit status: 0 parsed; 1 parsed, with error diagnostics; 2 usage error or unreadable input.");
  cmd->callback([args, &outcome] { outcome.exit_code = run_parse(*args); });
}

}  // namespace mseg::cli
