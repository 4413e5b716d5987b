// Differential: a text plan and its JSON must be the same plan to every engine.
// Parse the bytes, write the plan's JSON, load that JSON back; the two plans
// must give the same answers to a set of queries (the matches as JSON and CSV,
// and as summaries) and diff against each other with no change. Any
// difference aborts: something the JSON loses or the loader reads otherwise.
#include <mseg/diff.hpp>
#include <mseg/load.hpp>
#include <mseg/parse.hpp>
#include <mseg/plan_json.hpp>
#include <mseg/query.hpp>
#include <mseg/query_format.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

// The six queries, with the first owner and the first deadline in the text
// plan as filters that match something: compiled once, so that both plans
// are asked the very same questions (and the grep's RE2 is built once).
struct Queries {
  std::vector<mseg::query::Query> compiled;
  std::vector<std::string> refused;  // a QueryError's text, where compiling one failed
};

Queries make_queries(const mseg::Plan& plan) {
  using namespace mseg::query;
  std::string owner, year;
  for (const auto& s : plan.sections)
    for (const auto& a : s.actions)
      for (const auto& t : a.tags) {
        if (owner.empty() && !t.owners.empty()) owner = t.owners.front().name;
        if (year.empty() && t.deadline.start) year = std::to_string(t.deadline.start->year);
      }
  std::vector<QueryOptions> queries(6);
  queries[0].kinds = {"action", "directive", "priority"};
  if (!owner.empty() && owner.find_first_not_of(' ') != std::string::npos) queries[1].owners = {owner};
  queries[2].overdue = true;
  queries[2].as_of = "2008-04-01";
  if (!year.empty()) queries[3].due_before = {year};
  queries[4].kinds = {"directive"};
  queries[4].cites = {"2004"};
  queries[5].greps = {"(?i)secur"};
  queries[5].sort = "owner";
  Queries out;
  for (const auto& options : queries) {
    try {
      out.compiled.push_back(compile_query(options, mseg::Date{2008, 4, 1}));
    } catch (const QueryError& e) {
      out.refused.push_back(e.what());
    }
  }
  return out;
}

// Every query's answer for one plan, as text.
std::string answers(const mseg::Plan& plan, const Queries& queries) {
  using namespace mseg::query;
  std::vector<Input> inputs{{"fuzz.txt", &plan}};
  std::string out;
  const mseg::Date today{2008, 4, 1};
  for (const auto& refused : queries.refused) out += refused + '\n';
  for (const Query& q : queries.compiled) {
    const auto matches = run_query(q, inputs);
    FormatOptions f;
    f.as_of = today;
    f.kinds = q.kinds;
    f.compact = true;
    out += format_matches(matches, f);
    f.format = Format::csv;
    out += format_matches(matches, f);
    f.format = Format::table;
    out += format_matches(matches, f);
    out += '\n';
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  mseg::Plan text_plan;
  try {
    text_plan = mseg::parse_plan(bytes, mseg::ParseOptions{"fuzz.txt"});
  } catch (const mseg::InputError&) {
    return 0;
  }
  const std::string json = mseg::to_json(text_plan, false);
  mseg::LoadedPlan loaded;
  try {
    loaded = mseg::load_plan(json, "fuzz.json");
  } catch (const mseg::InputError&) {
    __builtin_trap();  // mseg's own JSON refused
  }
  if (!loaded.from_json || !loaded.json_problems.empty()) __builtin_trap();
  const Queries queries = make_queries(text_plan);
  if (answers(text_plan, queries) != answers(loaded.plan, queries)) __builtin_trap();
  if (mseg::plans_differ(mseg::diff_plans(text_plan, loaded.plan))) __builtin_trap();
  if (mseg::plans_differ(mseg::diff_plans(loaded.plan, text_plan))) __builtin_trap();
  return 0;
}
