// mseg history: plans in, every element followed across them out.
#include <mseg/history.hpp>
#include <mseg/history_format.hpp>
#include <mseg/load.hpp>

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "aliases_file.hpp"
#include "registry_file.hpp"
#include "base/bom.hpp"
#include "commands.hpp"
#include "inputs.hpp"
#include "io.hpp"
#include "option_checks.hpp"
#include "unmatched.hpp"

namespace mseg::cli {
namespace {

struct HistoryArgs {
  std::vector<std::string> files;
  std::string format = "text";
  std::string sort = "given";
  bool sort_asked = false;  // --sort given on the command line: the order is the user's choice, not a glob's
  std::vector<std::string> owners;
  std::vector<std::string> kinds;
  std::vector<std::string> statuses;
  std::vector<std::string> greps;
  std::vector<std::string> fail_on;
  double threshold = kDefaultDiffThreshold;
  std::string aliases;
  std::string registry;  // --registry FILE: citations compare by the document they resolve to in it
  bool compact = false;
  bool bom = false;  // --bom: csv for Excel
  std::string output = "-";
  std::uint64_t max_bytes = kDefaultMaxBytes;
};

ElementKind kind_of(const std::string& k) {
  return k == "directive" ? ElementKind::directive : k == "priority" ? ElementKind::priority : ElementKind::action;
}

// Whether the history holds what --fail-on names.
bool fails(const History& h, const std::string& what) {
  return std::any_of(h.threads.begin(), h.threads.end(), [&](const Thread& t) {
    if (what == "slipped") return t.slips > 0;
    if (what == "slipped-twice") return t.slips > 1;
    if (what == "ended") return t.status == ThreadStatus::ended;
    if (what == "new") return t.status == ThreadStatus::new_in_last;
    return false;
  });
}

int run_history(HistoryArgs args) {
  refuse_unless_format(args.bom, "--bom", args.format, {"csv"}, "the byte order mark is for spreadsheets");
  refuse_unless_format(args.compact, "--compact", args.format, {"json", "jsonl"}, "it puts the JSON on one line");
  if (args.files.empty()) args.files = stdin_or_refuse();
  auto aliases = load_aliases(args.aliases);
  if (!aliases) return kTrouble;
  const auto registry = load_registry(args.registry);
  if (!registry) return kTrouble;
  // A file may hold several plans (an array, JSON Lines): each is a plan of the series, in its order.
  std::vector<LoadedPlan> loaded;
  std::vector<std::string> given;  // the file each plan was read from, as given
  bool unreadable = false;
  for (const auto& file : args.files) {
    if (auto plans = read_plan_inputs(file, args.max_bytes, &registry->get(), /*warnings=*/false)) {  // no warnings read
      warn_if_no_plan(file, *plans);
      for (auto& p : *plans) {
        loaded.push_back(std::move(p));
        given.push_back(file);
      }
    }
    else
      unreadable = true;
  }
  if (unreadable) return kTrouble;
  resolve_with(*registry, loaded);
  std::vector<const Plan*> plans;
  for (const auto& p : loaded) plans.push_back(&p.plan);
  if (args.sort == "meeting") {
    // A plan whose meeting, title and file name give no year has no place in the order: it goes last, which is a
    // guess, said (a new user's finding: a Ha Noi plan without its year read as the newest, exit 0).
    std::vector<std::string> yearless;
    for (std::size_t i = 0; i < plans.size(); ++i)
      if (!plan_year(*plans[i])) yearless.push_back(given[i]);
    if (!yearless.empty() && plans.size() > 1)
      print_warning(fmt::format("--sort meeting: {} {} no year in {} meeting, title or file name: {} by file name "
                                "(name the files with their years, or give the plans in meeting order with --sort "
                                "given)",
                                fmt::join(yearless, ", "), yearless.size() == 1 ? "has" : "have",
                                yearless.size() == 1 ? "its" : "their",
                                yearless.size() == plans.size() ? "ordered" : "placed after the plans that have one,"));
    std::vector<const Plan*> sorted;
    std::vector<std::string> sorted_given;
    for (auto i : meeting_order(plans)) {
      sorted.push_back(plans[i]);
      sorted_given.push_back(given[i]);
    }
    plans = std::move(sorted);
    given = std::move(sorted_given);
  } else if (auto backwards = args.sort_asked ? std::nullopt : out_of_meeting_order(plans)) {
    // A glob orders by name, not by meeting ("meg-sec-..." before "mseg-..."): said, since the history is read
    // as given (a reversed series is a legitimate question) and its slips would be read backwards.
    print_warning(fmt::format("the plans are not in meeting order: {}; the history reads them as given (--sort "
                              "meeting orders them by year and meeting day; --sort given keeps them as given, quietly)",
                              *backwards));
  }
  const SameDocuments documents = registry->get().same_documents();
  History h = build_history(plans, HistoryOptions{args.threshold + 0.0, &aliases->get(), &documents});  // "-0" is 0
  for (std::size_t i = 0; i < h.plans.size() && i < given.size(); ++i)
    if (given[i] != h.plans[i].source.path) h.plans[i].file = given[i];
  if (!args.owners.empty()) {
    query::Query asked;
    asked.owners = args.owners;
    asked.aliases = &aliases->get();
    warn_unmatched(asked, plans, query::OwnerMatching::identity);
  }
  HistoryFilter filter;
  filter.owners = args.owners;
  for (const auto& k : args.kinds) filter.kinds.push_back(kind_of(k));
  for (const auto& s : args.statuses) filter.statuses.push_back(*thread_status_from_string(s));
  filter.greps = args.greps;
  try {
    h = filter_history(h, filter, aliases->get());
  } catch (const std::invalid_argument& e) {
    print_error(e.what());
    return kTrouble;
  }
  // Written as it is made: a history is several times its plans.
  Output out(args.output);
  const TextSink sink = out.sink();
  if (args.format == "json") format_history_json(h, !args.compact, sink);
  else if (args.format == "jsonl") format_history_jsonl(h, sink);
  else if (args.format == "csv") {
    if (args.bom) out.write(bom::kUtf8);
    format_history_csv(h, sink);
  }
  else if (args.format == "markdown") format_history_markdown(h, sink);
  else format_history_text(h, sink);
  out.commit();
  for (const auto& what : args.fail_on)
    if (fails(h, what)) return kFound;
  return kOk;
}

}  // namespace

void add_history_command(CLI::App& app, Outcome& outcome) {
  auto args = std::make_shared<HistoryArgs>();
  auto* cmd = app.add_subcommand(
      "history", "Follow every directive, priority and action across a series of plans: carried, slipped, ended, new");
  cmd->add_option("PLAN", args->files,
                  "Plans in meeting order (any form parse reads, plan JSON, or a JSON array / JSON Lines of plans); '-' reads "
                  "standard input")
      ->type_name("FILE");
  cmd->add_option("--format", args->format,
                  "text: a timeline per thread; json: the whole history (schema/history.schema.json); jsonl: a "
                  "thread per line; csv: a row per thread and plan; markdown: tables for minutes")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"text", "json", "jsonl", "csv", "markdown"}))
      ->capture_default_str();
  auto* sort = cmd->add_option("--sort", args->sort,
                  "given: the plans in the order given; meeting: by the year their front matter or file name says, "
                  "then by file name")
      ->type_name("ORDER")
      ->check(CLI::IsMember({"given", "meeting"}))
      ->capture_default_str();
  cmd->add_option("--owner", args->owners, "Only threads NAME owned in some plan (by who it is: 'MSEG Chair' is the Chair)")
      ->type_name("NAME")
      ->check(not_an_option())
      ->allow_extra_args(false);
  cmd->add_option("--kind", args->kinds, "Only threads of this kind: action, directive, priority (repeatable)")
      ->type_name("KIND")
      ->check(CLI::IsMember({"action", "directive", "priority"}))
      ->allow_extra_args(false);
  cmd->add_option("--status", args->statuses, "Only threads ending so: carried, ended, new (repeatable)")
      ->type_name("STATUS")
      ->check(CLI::IsMember({"carried", "ended", "new"}))
      ->allow_extra_args(false);
  cmd->add_option("--grep", args->greps, "Only threads whose text in some plan matches REGEX (RE2; repeated: any)")
      ->type_name("REGEX")
      ->allow_extra_args(false);
  cmd->add_option("--fail-on", args->fail_on,
                  "Exit 1 when a shown thread is: slipped (a deadline extended), slipped-twice, ended, new "
                  "(repeatable; for CI)")
      ->type_name("WHAT")
      ->check(CLI::IsMember({"slipped", "slipped-twice", "ended", "new"}))
      ->allow_extra_args(false);
  cmd->add_option("--threshold", args->threshold, "Least word similarity N (0-1) for two elements to pair, as in diff")
      ->type_name("N")
      ->check(fraction("the least word similarity, e.g. 0.3, for elements of two plans to be one thread"))
      ->capture_default_str();
  add_layout_option(cmd);  // as every command that reads a plan's text (a new user's finding: history alone had none)
  add_aliases_option(cmd, args->aliases);
  add_registry_option(cmd, args->registry);
  cmd->add_flag("--compact", args->compact, "Print JSON on one line instead of indented");
  cmd->add_flag("--bom", args->bom, "CSV: start with a UTF-8 byte order mark, so Excel reads the accents and quotes");
  add_output_option(cmd, args->output);
  cmd->add_option("--max-bytes", args->max_bytes, "Refuse inputs larger than this many bytes")
      ->type_name("N")
      ->transform(byte_count())
      ->capture_default_str();
  cmd->footer(
      "Examples:\n"
      "  mseg history samples/mseg-workplan-2006-hanoi.txt samples/meg-sec-workplan-2007.txt\n"
      "  mseg history --sort meeting plans/*.txt --owner Australia --status ended\n"
      "  mseg history --sort meeting --format csv plans/*.json -o history.csv\n"
      "  mseg history --sort meeting --format markdown --kind action plans.jsonl > minutes.md\n"
      "  mseg history --sort meeting --fail-on slipped-twice plans/*.txt    # CI: no action may slip twice\n"
      "\n"
      "Exit status: 0 done; 1 a --fail-on condition holds; 2 usage error or unreadable input.");
  cmd->callback([args, sort, &outcome] {
    if (outcome.dry_run) return;
    args->sort_asked = sort->count() > 0;
    outcome.exit_code = run_history(*args);
  });
}

}  // namespace mseg::cli
