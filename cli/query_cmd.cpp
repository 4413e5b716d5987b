// mseg query: filter the elements of one or many plans; print them, count them or summarise them.
#include <mseg/load.hpp>
#include <mseg/query.hpp>
#include <mseg/query_format.hpp>
#include <mseg/query_group.hpp>

#include <fmt/format.h>

#include "base/bom.hpp"
#include "clock.hpp"
#include "commands.hpp"
#include "inputs.hpp"
#include "io.hpp"
#include "option_checks.hpp"
#include "aliases_file.hpp"
#include "registry_file.hpp"
#include "unmatched.hpp"

namespace mseg::cli {
namespace {

struct QueryArgs {
  std::vector<std::string> files;
  query::QueryOptions options;
  std::string as_of;  // used when given_as_of
  bool given_as_of = false;
  std::string format = "table";
  bool count = false;
  bool fail_if_any = false;
  bool compact = false;
  bool bom = false;
  bool wide = false;
  bool truncate = false;
  std::string color = "auto";
  std::string output = "-";
  std::uint64_t max_bytes = kDefaultMaxBytes;
  std::string registry;  // --registry FILE
  std::string aliases;   // --aliases FILE
};

int run_query(QueryArgs args) {
  if (args.given_as_of) args.options.as_of = args.as_of;
  refuse_unless_format(args.bom, "--bom", args.format, {"csv"}, "the byte order mark is for spreadsheets");
  refuse_unless_format(args.wide, "--wide", args.format, {"table"}, "no other format wraps its cells");
  refuse_unless_format(args.truncate, "--truncate", args.format, {"table"}, "no other format wraps its cells");
  refuse_unless_format(args.compact, "--compact", args.format, {"json", "jsonl"}, "it puts the JSON on one line");
  if (args.files.empty()) args.files = stdin_or_refuse();
  const auto registry = load_registry(args.registry);
  if (!registry) return kTrouble;
  args.options.registry = &registry->get();
  const auto aliases = load_aliases(args.aliases);
  if (!aliases) return kTrouble;
  args.options.aliases = &aliases->get();
  query::Query q;
  try {
    q = query::compile_query(args.options, today());
  } catch (const query::QueryError& e) {
    print_error(e.what());
    return kTrouble;
  }
  if (args.format == "ics" && q.group_by) {
    print_error("--format ics: a calendar has no summary; drop --group-by");
    return kTrouble;
  }

  // A file may hold several plans (an array, JSON Lines); each is an input.
  std::vector<std::vector<LoadedPlan>> plans;
  plans.reserve(args.files.size());
  bool unreadable = false;
  for (const auto& file : args.files) {
    if (auto loaded = read_plan_inputs(file, args.max_bytes, args.options.registry, /*warnings=*/false)) {
      warn_if_no_plan(file, *loaded);
      drop_diagnostics(*loaded);
      plans.push_back(std::move(*loaded));
    } else
      unreadable = true;
  }
  // A partial answer could pass for a whole one in a CI gate: no output at all.
  if (unreadable) return kTrouble;

  std::vector<query::Input> inputs;
  for (std::size_t i = 0; i < plans.size(); ++i) {
    for (std::size_t k = 0; k < plans[i].size(); ++k) {
      inputs.push_back({plan_input_name(args.files[i], plans[i], k), &plans[i][k].plan});
    }
  }
  const auto matches = query::run_query(q, inputs);
  {
    std::vector<const Plan*> searched;
    for (const auto& in : inputs) searched.push_back(in.plan);
    warn_unmatched(q, searched);
  }

  query::FormatOptions out;
  out.format = query::format_from_string(args.format).value_or(query::Format::table);
  // Piped or redirected, the same table at $COLUMNS or 100 columns, without colour.
  out.width = terminal_width();
  out.fit = args.wide ? query::Fit::wide : args.truncate ? query::Fit::truncate : query::Fit::wrap;
  out.compact = args.compact;
  out.owners_asked = !args.options.owners.empty();
  const bool to_stdout = args.output == "-";
  out.color = out.format == query::Format::table && color_wanted(args.color, to_stdout);
  out.show_source = inputs.size() > 1;
  out.as_of = q.as_of;
  out.kinds = q.kinds;
  out.now = out.format == query::Format::ics ? now_seconds() : 0;  // a DTSTAMP's: a bad SOURCE_DATE_EPOCH fails ics alone
  out.owners = q.owners;
  out.aliases = q.aliases;

  // A calendar of no event is no calendar (RFC 5545 asks for one component at least): said, and nothing written.
  const bool ics = out.format == query::Format::ics && !args.count;
  if (ics && !query::has_ics_event(matches, out)) {
    if (!matches.empty())
      std::fprintf(stderr,
                   "mseg: no calendar written: no matched deadline has both dates and an owner (%zu without dates, "
                   "%zu without an owner)\n",
                   query::tags_without_event(matches), query::dated_without_owner(matches));
    if (args.fail_if_any) return matches.empty() ? kOk : kFound;
    return kFound;
  }
  // The answer goes out as it is made: a table of every action of a large plan
  // would be several times the plan (issue 20 item 12).
  Output output(args.output);
  const TextSink sink = output.sink();
  if (args.bom) output.write(bom::kUtf8);
  if (args.count) output.write(query::format_count(matches.size()));
  else if (q.group_by) query::format_summary(query::group_matches(matches, q), out, sink);
  else query::format_matches(matches, out, sink);
  output.commit();
  if (ics) {
    if (std::size_t skipped = query::tags_without_event(matches))
      std::fprintf(stderr, "mseg: %zu deadline%s without dates (ongoing, TBC) got no calendar event\n", skipped,
                   skipped == 1 ? "" : "s");
    if (std::size_t skipped = query::dated_without_owner(matches))
      std::fprintf(stderr, "mseg: %zu deadline%s naming no owner got no calendar event\n", skipped,
                   skipped == 1 ? "" : "s");
  }
  // --fail-if-any turns grep's convention around for CI gates: a match is the failure.
  if (args.fail_if_any) return matches.empty() ? kOk : kFound;
  return matches.empty() ? kFound : kOk;
}

}  // namespace

namespace {

// The "Filters" group of options; returns --as-of, whose presence the run needs to know.
CLI::Option* add_filter_options(CLI::App* cmd, QueryArgs& args) {
  auto& o = args.options;
  auto* filters = "Filters (all given must hold; a repeated one matches any of its values)";
  cmd->add_option("--kind", o.kinds, "What to find: action (default), directive, priority")
      ->type_name("KIND")
      ->check(CLI::IsMember({"action", "directive", "priority"}))
      ->allow_extra_args(false)
      ->group(filters);
  cmd->add_option("--owner", o.owners,
                  "An owner whose name contains NAME as whole words, any case; economy names are equal "
                  "(US = United States = USA)")
      ->type_name("NAME")
      ->check(not_an_option())
      ->allow_extra_args(false)
      ->group(filters);
  cmd->add_option("--due-before", o.due_before,
                  "A deadline that ends before DATE begins (YYYY, YYYY-MM, YYYY-MM-DD, 'March 2008', 'Q3 2009', "
                  "today, today+90d, today-2w, today+6m)")
      ->type_name("DATE")
      ->allow_extra_args(false)
      ->group(filters);
  cmd->add_option("--due-after", o.due_after, "A deadline that starts after DATE ends")
      ->type_name("DATE")->allow_extra_args(false)
      ->group(filters);
  cmd->add_flag("--overdue", o.overdue, "A dated deadline that ended before --as-of")->group(filters);
  auto* as_of = cmd->add_option("--as-of", args.as_of, "The day --overdue counts from (default: today)")
      ->type_name("DATE")->check(not_empty())->group(filters);
  cmd->add_option("--cites", o.cites,
                  "Directives citing a document, named by key (ministerial-statement-2004), as written "
                  "('Ministerial Statement 2004'), by meeting (TMM4, Bali) or year (2004); a kind "
                  "(ministerial-statement) takes every year. Implies --kind directive")
      ->type_name("CITATION")
      ->check(not_an_option())
      ->allow_extra_args(false)
      ->group(filters);
  cmd->add_option("--section", o.sections, "Elements of section ID (S1) or section number (1)")
      ->type_name("ID")
      ->check(not_an_option())->allow_extra_args(false)
      ->group(filters);
  cmd->add_option("--grep", o.greps, "Text matching REGEX (RE2 syntax; (?i) ignores case)")
      ->type_name("REGEX")->allow_extra_args(false)
      ->group(filters);
  return as_of;
}

// The "Output" group: formats, table shape, sorting, counting and grouping, colour, exit status, -o.
void add_format_options(CLI::App* cmd, QueryArgs& args) {
  auto& o = args.options;
  auto* output = "Output";
  cmd->add_option("--format", args.format,
                  "table (also when piped, without colour), json, jsonl, csv, markdown, "
                  "ics (calendar events for dated deadlines)")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"table", "json", "jsonl", "csv", "markdown", "ics"}))
      ->capture_default_str()
      ->group(output);
  auto* wide = cmd->add_flag("--wide", args.wide, "Table: every cell whole on one line, however wide")->group(output);
  cmd->add_flag("--truncate", args.truncate, "Table: cut long cells (ending in an ellipsis) instead of wrapping them")
      ->excludes(wide)
      ->group(output);
  cmd->add_flag("--compact", args.compact, "Print JSON on one line instead of indented")->group(output);
  cmd->add_flag("--bom", args.bom, "CSV: start with a UTF-8 byte order mark, so Excel reads the accents and quotes")
      ->group(output);
  cmd->add_option("--sort", o.sort, "Order by id (natural: S2 before S10), deadline or owner; ties keep plan order")
      ->type_name("KEY")
      ->check(CLI::IsMember({"id", "deadline", "owner"}))
      ->group(output);
  auto* count = cmd->add_flag("--count", args.count, "Print only the number of matches")->group(output);
  cmd->add_option("--group-by", o.group_by,
                  "Summarise per owner, deadline, section or source, with overdue counts, or per cited document "
                  "(citation, with its meeting; implies --kind directive)")
      ->type_name("KEY")
      ->check(CLI::IsMember({"owner", "deadline", "section", "source", "citation"}))
      ->excludes(count)
      ->group(output);
  cmd->add_option("--color", args.color, "Colour in the table: auto (a terminal without NO_COLOR), always, never")
      ->type_name("WHEN")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str()
      ->group(output);
  cmd->add_flag("--fail-if-any", args.fail_if_any,
                "Exit 1 when anything matched and 0 when nothing did (a CI gate: fail on overdue actions)")
      ->group(output);
  add_output_option(cmd, args.output)->group(output);
}

}  // namespace

void add_query_command(CLI::App& app, Outcome& outcome) {
  auto args = std::make_shared<QueryArgs>();
  auto* cmd = app.add_subcommand("query", "Find the actions, directives or priorities of plans that match filters");
  cmd->add_option("FILE", args->files,
                  "Plans in any form parse reads, or plan JSON: one plan, an array of plans or JSON Lines (told apart by "
                  "content); "
                  "'-' or none reads standard input")
      ->type_name("FILE");
  auto* as_of = add_filter_options(cmd, *args);
  add_format_options(cmd, *args);
  add_max_bytes_option(cmd, args->max_bytes);
  add_registry_option(cmd, args->registry);
  add_layout_option(cmd);
  add_aliases_option(cmd, args->aliases);
  cmd->footer(
      "Examples:\n"
      "  mseg query --owner US plans/*.txt\n"
      "  mseg query --owner Chair --due-before 2008-04 samples/meg-sec-workplan-2007.txt\n"
      "  mseg query --overdue --as-of 2008-04-01 --group-by owner plan.txt\n"
      "  mseg query --owner Japan --due-before today+90d plans/*.txt\n"
      "  mseg query --overdue --fail-if-any plans/*.txt    # a CI job fails on overdue actions\n"
      "  mseg query --cites 'Ministerial Statement 2004' plan.json\n"
      "  mseg query --cites TMM4 --cites Busan samples/*.txt\n"
      "  mseg query --group-by citation samples/*.txt\n"
      "  mseg query --grep '(?i)supply chain' --format csv --bom plans/*.txt -o actions.csv\n"
      "  mseg query --format jsonl plans/*.txt | jq -r '.id + \"\\t\" + .source'\n"
      "  mseg query --owner Japan --format ics plan.txt > japan-deadlines.ics\n"
      "\n"
      "Exit status: 0 something matched; 1 nothing matched (turned around by --fail-if-any);\n"
      "2 usage error or unreadable input. Every filter and format: man mseg, or docs/query.md\n"
      "(in /usr/share/doc/mseg once installed).");
  cmd->callback([args, as_of, &outcome] {
    if (outcome.dry_run) return;
    args->given_as_of = as_of->count() > 0;
    outcome.exit_code = run_query(*args);
  });
}

}  // namespace mseg::cli
