// mseg query: filter the elements of one or many plans; print them, count them or summarise them.
#include <mseg/load.hpp>
#include <mseg/query.hpp>
#include <mseg/query_format.hpp>
#include <mseg/query_group.hpp>

#include <ctime>

#include <fmt/format.h>

#include "commands.hpp"
#include "inputs.hpp"
#include "io.hpp"
#include "registry_file.hpp"

namespace mseg::cli {
namespace {

struct QueryArgs {
  std::vector<std::string> files;
  query::QueryOptions options;
  std::string as_of;  // used when given_as_of
  bool given_as_of = false;
  std::string format;  // empty: table on a terminal, json otherwise
  bool count = false;
  std::string color = "auto";
  std::uint64_t max_bytes = kDefaultMaxBytes;
  std::string registry;  // --registry FILE
};

// The local calendar day, the default for --as-of.
Date today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

int run_query(QueryArgs args) {
  if (args.given_as_of) args.options.as_of = args.as_of;
  const auto registry = load_registry(args.registry);
  if (!registry) return kTrouble;
  args.options.registry = &registry->get();
  query::Query q;
  try {
    q = query::compile_query(args.options, today());
  } catch (const query::QueryError& e) {
    print_error(e.what());
    return kTrouble;
  }

  std::vector<LoadedPlan> plans;
  plans.reserve(args.files.size());
  bool unreadable = false;
  for (const auto& file : args.files) {
    if (auto loaded = read_plan_input(file, args.max_bytes, args.options.registry))
      plans.push_back(std::move(*loaded));
    else
      unreadable = true;
  }
  // A partial answer could pass for a whole one in a CI gate: no output at all.
  if (unreadable) return kTrouble;

  std::vector<query::Input> inputs;
  for (std::size_t i = 0; i < plans.size(); ++i) inputs.push_back({args.files[i], &plans[i].plan});
  const auto matches = query::run_query(q, inputs);

  query::FormatOptions out;
  const std::string format = args.format.empty() ? (stdout_is_terminal() ? "table" : "json") : args.format;
  out.format = query::format_from_string(format).value_or(query::Format::json);
  out.width = terminal_width();
  out.color = out.format == query::Format::table && color_wanted(args.color);
  out.show_source = args.files.size() > 1;
  out.as_of = q.as_of;
  out.kinds = q.kinds;

  if (args.count) write_stdout(query::format_count(matches.size()));
  else if (q.group_by) write_stdout(query::format_summary(query::group_matches(matches, q), out));
  else write_stdout(query::format_matches(matches, out));
  return matches.empty() ? kFound : kOk;
}

}  // namespace

void add_query_command(CLI::App& app, Outcome& outcome) {
  auto args = std::make_shared<QueryArgs>();
  auto& o = args->options;
  auto* cmd = app.add_subcommand("query", "Find the actions, directives or priorities of plans that match filters");
  cmd->add_option("files", args->files, "Text plans or plan JSON (told apart by content); '-' reads standard input")
      ->type_name("FILE")
      ->required();
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
      ->allow_extra_args(false)
      ->group(filters);
  cmd->add_option("--due-before", o.due_before,
                  "A deadline that ends before DATE begins (YYYY, YYYY-MM, YYYY-MM-DD, 'March 2008', 'Q3 2009')")
      ->type_name("DATE")
      ->allow_extra_args(false)
      ->group(filters);
  cmd->add_option("--due-after", o.due_after, "A deadline that starts after DATE ends")
      ->type_name("DATE")->allow_extra_args(false)
      ->group(filters);
  cmd->add_flag("--overdue", o.overdue, "A dated deadline that ended before --as-of")->group(filters);
  auto* as_of = cmd->add_option("--as-of", args->as_of, "The day --overdue counts from (default: today)")
      ->type_name("DATE")->group(filters);
  cmd->add_option("--cites", o.cites,
                  "Directives citing a document, named by key (ministerial-statement-2004), as written "
                  "('Ministerial Statement 2004'), by meeting (TMM4, Bali) or year (2004); a kind "
                  "(ministerial-statement) takes every year. Implies --kind directive")
      ->type_name("CITATION")
      ->allow_extra_args(false)
      ->group(filters);
  cmd->add_option("--section", o.sections, "Elements of section ID (S1) or section number (1)")
      ->type_name("ID")->allow_extra_args(false)
      ->group(filters);
  cmd->add_option("--grep", o.greps, "Text matching REGEX (RE2 syntax; (?i) ignores case)")
      ->type_name("REGEX")->allow_extra_args(false)
      ->group(filters);

  auto* output = "Output";
  cmd->add_option("--format", args->format,
                  "table (default on a terminal), json (default otherwise), jsonl, csv, markdown")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"table", "json", "jsonl", "csv", "markdown"}))
      ->group(output);
  cmd->add_option("--sort", o.sort, "Order by id (natural: S2 before S10), deadline or owner; ties keep plan order")
      ->type_name("KEY")
      ->check(CLI::IsMember({"id", "deadline", "owner"}))
      ->group(output);
  auto* count = cmd->add_flag("--count", args->count, "Print only the number of matches")->group(output);
  cmd->add_option("--group-by", o.group_by,
                  "Summarise per owner, deadline, section or source, with overdue counts, or per cited document "
                  "(citation, with its meeting; implies --kind directive)")
      ->type_name("KEY")
      ->check(CLI::IsMember({"owner", "deadline", "section", "source", "citation"}))
      ->excludes(count)
      ->group(output);
  cmd->add_option("--color", args->color, "Colour in the table: auto (a terminal without NO_COLOR), always, never")
      ->type_name("WHEN")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str()
      ->group(output);
  cmd->add_option("--max-bytes", args->max_bytes, "Refuse inputs larger than this many bytes")
      ->type_name("N")->capture_default_str();
  add_registry_option(cmd, args->registry);
  cmd->footer(
      "Examples:\n"
      "  mseg query --owner US plans/*.txt\n"
      "  mseg query --owner Chair --due-before 2008-04 samples/meg-sec-workplan-2007.txt\n"
      "  mseg query --overdue --as-of 2008-04-01 --group-by owner plan.txt\n"
      "  mseg query --cites 'Ministerial Statement 2004' plan.json\n"
      "  mseg query --cites TMM4 --cites Busan samples/*.txt\n"
      "  mseg query --group-by citation samples/*.txt\n"
      "  mseg query --grep '(?i)supply chain' --format csv plans/*.txt > actions.csv\n"
      "  mseg query --format jsonl plans/*.txt | jq -r '.id + \"\\t\" + .source'\n"
      "\n"
      "Exit status: 0 something matched; 1 nothing matched; 2 usage error or unreadable input.\n"
      "See docs/query.md for every filter and format.");
  cmd->callback([args, as_of, &outcome] {
    args->given_as_of = as_of->count() > 0;
    outcome.exit_code = run_query(*args);
  });
}

}  // namespace mseg::cli
