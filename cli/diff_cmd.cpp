// mseg diff: two plans in, their element-by-element changes out.
#include <mseg/diff.hpp>
#include <mseg/diff_format.hpp>
#include <mseg/load.hpp>

#include <fmt/format.h>

#include "aliases_file.hpp"
#include "registry_file.hpp"
#include "commands.hpp"
#include "inputs.hpp"
#include "io.hpp"
#include "option_checks.hpp"
#include "unmatched.hpp"

namespace mseg::cli {
namespace {

struct DiffArgs {
  std::string old_file;
  std::string new_file;  // empty: OLD alone holds both plans
  std::string format = "text";
  bool all = false;
  double threshold = kDefaultDiffThreshold;
  std::string color = "auto";
  bool compact = false;
  std::string output = "-";
  std::uint64_t max_bytes = kDefaultMaxBytes;
  std::string owner;    // --owner: only what touches this owner
  std::string aliases;  // --aliases FILE
  std::string registry;  // --registry FILE: citations compare by the document they resolve to in it
};

std::string plans_counted(std::size_t n) { return fmt::format("{} plan{}", n, n == 1 ? "" : "s"); }

// OLD or NEW: one plan. A file of several is refused with the way to diff it.
std::optional<LoadedPlan> read_one_plan(const std::string& file, std::uint64_t max_bytes, const RegistryChoice& registry) {
  auto loaded = read_plan_inputs(file, max_bytes, &registry.get(), /*warnings=*/false);
  if (!loaded) return std::nullopt;
  drop_diagnostics(*loaded);
  if (loaded->size() == 1) return std::move(loaded->front());
  if (loaded->size() == 2)
    print_error(fmt::format("{}: holds 2 plans, not one; to compare them, give the file alone: mseg diff {}", file,
                            file));
  else
    print_error(fmt::format("{}: holds {}, not one (pick one with jq, e.g. jq '.[0]' or jq -c 'select(...)')",
                            file, plans_counted(loaded->size())));
  return std::nullopt;
}

// OLD alone: a JSON array or JSON Lines of exactly two plans, the earlier first.
std::optional<std::vector<LoadedPlan>> read_two_plans(const std::string& file, std::uint64_t max_bytes,
                                                      const RegistryChoice& registry) {
  auto loaded = read_plan_inputs(file, max_bytes, &registry.get(), /*warnings=*/false);
  if (!loaded) return std::nullopt;
  drop_diagnostics(*loaded);
  if (loaded->size() == 1) {
    // Most often a plain `mseg diff old.txt`: the usage error, in the words of issue 19's "missing NEW".
    print_error(fmt::format("missing NEW: {} holds 1 plan (give the new plan after it, or alone a file of two plans "
                            "as mseg parse OLD NEW writes them)",
                            file));
    return std::nullopt;
  }
  if (loaded->size() != 2) {
    print_error(fmt::format("{}: holds {}, not two (alone, the file must hold the old plan then the new, as mseg parse "
                            "OLD NEW writes them; or give OLD and NEW)",
                            file, plans_counted(loaded->size())));
    return std::nullopt;
  }
  return loaded;
}

int run_diff(const DiffArgs& args) {
  if (args.old_file == "-" && args.new_file == "-")
    throw CliError("OLD and NEW cannot both be standard input ('-'); give one of them as a file");
  refuse_unless_format(args.compact, "--compact", args.format, {"json"}, "it puts the JSON on one line");
  // The user's registry, as parse and query read it: a citation is the document it resolves to (a review's
  // finding: text plans resolved against the built-in registry alone, and diffed otherwise than their JSON).
  const auto registry = load_registry(args.registry);
  if (!registry) return kTrouble;
  std::vector<LoadedPlan> plans;
  if (args.new_file.empty()) {
    auto both = read_two_plans(args.old_file, args.max_bytes, *registry);
    if (!both) return kTrouble;
    plans = std::move(*both);
  } else {
    auto old_plan = read_one_plan(args.old_file, args.max_bytes, *registry);
    auto new_plan = read_one_plan(args.new_file, args.max_bytes, *registry);
    if (!old_plan || !new_plan) return kTrouble;
    plans.push_back(std::move(*old_plan));
    plans.push_back(std::move(*new_plan));
  }
  resolve_with(*registry, plans);
  auto aliases = load_aliases(args.aliases);
  if (!aliases) return kTrouble;
  // "--threshold -0" is 0: it was echoed "-0" in the JSON (a hardening audit's finding).
  const SameDocuments documents = registry->get().same_documents();
  PlanDiff diff =
      diff_plans(plans[0].plan, plans[1].plan, DiffOptions{args.threshold + 0.0, &aliases->get(), &documents});
  if (!args.owner.empty()) {
    diff = restrict_to_owner(diff, args.owner, aliases->get());
    query::Query asked;
    asked.owners = {args.owner};
    asked.aliases = &aliases->get();
    warn_unmatched(asked, {&plans[0].plan, &plans[1].plan}, query::OwnerMatching::identity);
  }
  // Two files given: each named as given (plan JSON's source.path is the text it was parsed from, so two edited
  // copies of one plan would read "plan.txt -> plan.txt"). One file of two plans: their own paths tell them apart.
  if (!args.new_file.empty()) {
    if (args.old_file != diff.old_source.path) diff.old_file = args.old_file;
    if (args.new_file != diff.new_source.path) diff.new_file = args.new_file;
  } else {
    // A plan parsed from standard input has no name of its own: named as query names it, "s.jsonl#1" or
    // "s.jsonl#2" (a helper's finding: "- -> -"); a plan with a name keeps it.
    const auto nameless = [](const std::string& path) { return path.empty() || path == "-"; };
    if (nameless(diff.old_source.path)) diff.old_file = fmt::format("{}#1", args.old_file);
    if (nameless(diff.new_source.path)) diff.new_file = fmt::format("{}#2", args.old_file);
  }
  // The diff goes out as it is made: as JSON it is many times the two plans (issue 20 item 12).
  Output out(args.output);
  const TextSink sink = out.sink();
  if (args.format == "json") {
    format_diff_json(diff, !args.compact, sink);
  } else if (args.format == "markdown") {
    format_diff_markdown(diff, args.all, sink);
  } else {
    bool to_stdout = args.output == "-";
    DiffTextOptions options;
    options.all = args.all;
    options.color = color_wanted(args.color, to_stdout);
    options.width = to_stdout && stdout_is_terminal() ? terminal_width() : 0;
    format_diff_text(diff, options, sink);
  }
  out.commit();
  return plans_differ(diff) ? kFound : kOk;
}

}  // namespace

void add_diff_command(CLI::App& app, Outcome& outcome) {
  auto args = std::make_shared<DiffArgs>();
  auto* cmd = app.add_subcommand("diff", "Compare two plans element by element: what was reworded, moved, added, removed");
  cmd->add_option("OLD", args->old_file,
                  "The earlier plan (any form parse reads, or plan JSON); '-' reads standard input. Alone: a file of two plans "
                  "(a JSON array or JSON Lines, as mseg parse writes them), the earlier first")
      ->type_name("FILE")
      ->required();
  cmd->add_option("NEW", args->new_file, "The later plan (any form parse reads, or plan JSON); '-' reads standard input")
      ->type_name("FILE");
  cmd->add_option("--format", args->format,
                  "text: a summary and one block per change; json: every element (schema/diff.schema.json); "
                  "markdown: a report for minutes or a pull request")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"text", "json", "markdown"}))
      ->capture_default_str();
  cmd->add_flag("--all", args->all, "Also list unchanged elements (text and markdown; JSON always has them)");
  cmd->add_option("--threshold", args->threshold,
                  "Least word similarity N (0-1) for two elements to pair; below it they are removed + added")
      ->type_name("N")
      ->check(fraction("the least word similarity, e.g. 0.3, for an old and a new element to pair as one "
                       "modified element"))
      ->capture_default_str();
  cmd->add_option("--color", args->color, "Colour the text format: auto (on a terminal, unless NO_COLOR), always, never")
      ->type_name("WHEN")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd->add_option("--owner", args->owner,
                  "Only the changes that touch NAME: actions it owned in the old plan or owns in the new "
                  "(by who it is: 'MSEG Chair' is the Chair)")
      ->type_name("NAME")
      ->check(not_empty());
  add_aliases_option(cmd, args->aliases);
  add_registry_option(cmd, args->registry);
  cmd->add_flag("--compact", args->compact, "Print JSON on one line instead of indented");
  add_output_option(cmd, args->output);
  add_layout_option(cmd);
  add_max_bytes_option(cmd, args->max_bytes);
  cmd->footer(
      "Examples:\n"
      "  mseg diff samples/mseg-workplan-2006-hanoi.txt samples/meg-sec-workplan-2007.txt\n"
      "  mseg diff --all --color always old.txt new.txt | less -R\n"
      "  mseg diff --format json old.json new.txt | jq '.changes[] | select(.change==\"modified\")'\n"
      "  mseg diff --format markdown old.txt new.txt -o changes.md\n"
      "  mseg diff --threshold 0.5 old.txt new.txt    # pair only close rewordings\n"
      "  mseg diff --owner Australia old.txt new.txt  # what changed in Australia's commitments\n"
      "  mseg parse --format jsonl old.txt new.txt > both.jsonl; mseg diff both.jsonl  # two plans in one file\n"
      "\n"
      "Exit status: 0 the plans are the same; 1 they differ; 2 usage error or unreadable input.");
  cmd->callback([args, &outcome] {
    if (outcome.dry_run) return;
    outcome.exit_code = run_diff(*args);
  });
}

}  // namespace mseg::cli
