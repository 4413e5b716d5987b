// mseg report: one plan as a self-contained HTML page (docs/report.md).
#include <fmt/format.h>
#include <mseg/history.hpp>
#include <mseg/load.hpp>
#include <mseg/query.hpp>
#include <mseg/registry.hpp>
#include <mseg/plan_report.hpp>

#include "clock.hpp"
#include "commands.hpp"
#include "inputs.hpp"
#include "io.hpp"
#include "option_checks.hpp"
#include "aliases_file.hpp"
#include "registry_file.hpp"

namespace mseg::cli {
namespace {

struct ReportArgs {
  std::string file;
  std::vector<std::string> since;
  std::string as_of;
  std::string output = "-";
  std::uint64_t max_bytes = kDefaultMaxBytes;
  std::string registry;  // --registry FILE
  std::string aliases;   // --aliases FILE: who is who, for the lanes
};

int run_report(ReportArgs args) {
  if (args.file.empty()) args.file = stdin_or_refuse().front();
  report::ReportOptions options;
  options.source = args.file;
  try {
    // "today", "today+90d" as query reads them: the error lists them among what is expected.
    options.as_of = args.as_of.empty() ? today() : query::read_date_argument("--as-of", args.as_of, today()).start;
  } catch (const query::QueryError& e) {
    print_error(e.what());
    return kTrouble;
  }
  // The user's registry, as parse, query and cites read it: the page's citations resolve as theirs do.
  const auto registry = load_registry(args.registry);
  if (!registry) return kTrouble;
  // The user's aliases, as query reads them: a lane per owner as query --group-by owner counts them.
  const auto aliases = load_aliases(args.aliases);
  if (!aliases) return kTrouble;
  options.aliases = &aliases->get();
  const SameDocuments documents = registry->get().same_documents();
  options.documents = &documents;
  auto plan = read_plan_input(args.file, args.max_bytes, &registry->get());
  std::vector<LoadedPlan> older;
  bool unreadable = !plan;
  for (const auto& file : args.since) {
    if (auto loaded = read_plan_input(file, args.max_bytes, &registry->get())) older.push_back(std::move(*loaded));
    else unreadable = true;
  }
  if (unreadable) return kTrouble;
  // Plan JSON carries the sources its citations resolved to when it was parsed; those the user's registry
  // knows and it did not are resolved now, as cites and query resolve them, so the page names the same documents.
  if (registry->merged) {
    if (plan->from_json) cite::resolve_unresolved(plan->plan, registry->get());
    for (auto& o : older) if (o.from_json) cite::resolve_unresolved(o.plan, registry->get());
  }
  for (std::size_t i = 0; i < older.size(); ++i) {
    options.since.push_back({args.since[i], &older[i].plan});
    // A newer plan given as the older one reads every change backwards (a secretariat user's finding: silent),
    // as history warns of plans out of meeting order.
    // By year, then by the meeting's first day where both cover sheets give it (a review's finding: SOM III against
    // SOM I of one year drew no warning), as history orders plans.
    if (auto backwards = out_of_meeting_order({&older[i].plan, &plan->plan}))
      print_warning(fmt::format("--since {}: not older than {}: {}; the changes are shown as from it to that plan, "
                                "backwards",
                                args.since[i], args.file, *backwards));
  }
  // Written as it is made: the page is five times its plan.
  Output out(args.output);
  report::render_report(plan->plan, options, out.sink());
  out.commit();
  return kOk;
}

}  // namespace

void add_report_command(CLI::App& app, Outcome& outcome) {
  auto args = std::make_shared<ReportArgs>();
  auto* cmd = app.add_subcommand("report", "Write a plan as one HTML page: deadline timeline, table, changes");
  // Optional, as parse's, validate's and query's FILE: none reads a pipe (a new user's finding: `cat plan.txt |
  // mseg report` said "missing plan").
  cmd->add_option("FILE", args->file, "The plan (any form parse reads, or plan JSON); '-' or none reads standard input")
      ->type_name("FILE");
  cmd->add_option("--since", args->since, "Also show what changed since this older plan (repeatable)")
      ->type_name("OLDER_PLAN")
      ->check(not_empty())
      ->allow_extra_args(false);
  cmd->add_option("--as-of", args->as_of, "The day states count from: overdue, due soon (default: today)")
      ->type_name("DATE")
      ->check(not_empty());
  add_output_option(cmd, args->output);
  add_layout_option(cmd);
  add_registry_option(cmd, args->registry);
  add_aliases_option(cmd, args->aliases);
  add_max_bytes_option(cmd, args->max_bytes);
  cmd->footer(
      "Examples:\n"
      "  mseg report samples/meg-sec-workplan-2007.txt --as-of 2008-04-01 -o report.html\n"
      "  mseg report plan.txt --since last-year.txt -o report.html\n"
      "  mseg report plan.json --since 2006.txt --since 2005.txt > report.html\n"
      "\n"
      "The page loads nothing from the network and prints on A4 with the timeline on a page of its own.\n"
      "Exit status: 0 written; 2 usage error or unreadable input. See docs/report.md.");
  cmd->callback([args, &outcome] {
    if (outcome.dry_run) return;
    outcome.exit_code = run_report(*args);
  });
}

}  // namespace mseg::cli
