#include <doctest/doctest.h>

#include <string>

#include <mseg/registry.hpp>

#include "query_test_util.hpp"

using namespace mseg;
using namespace mseg::query;
using namespace mseg::query::test;

TEST_CASE("filter: no filter finds every action, in plan order") {
  CHECK(run({}, hanoi()).size() == 16);
  CHECK(ids(run({}, y2007())) == "S1.A1 S1.A2 S1.A3 S1.A4 S1.A5 S2.A1 S2.A2 S3.A1 S3.A2 S3.A3 S3.A4 S3.A5 S4.A1 S4.A2 S4.A3");
}

TEST_CASE("filter: --owner, with economy aliases and owners inside a role") {
  QueryOptions o;
  o.owners = {"Australia"};
  // S1.A3 names Australia inside "Lead Economies: Australia, Canada, Japan, US".
  CHECK(ids(run(o, hanoi())) == "S1.A3 S1.A5 S1.A6 S1.A9 S3.A3");
  for (const char* us : {"US", "united states", "USA"}) {
    o.owners = {us};
    CHECK(ids(run(o, hanoi())) == "S1.A3 S3.A2 S4.A2");
  }
  o.owners = {"Chair"};
  CHECK(ids(run(o, hanoi())) == "S2.A2 S3.A1");  // "MSEG Chair"
  o.owners = {"Canada", "Singapore"};            // repeated: any of them
  CHECK(ids(run(o, hanoi())) == "S1.A3 S1.A4 S2.A1");
  // Not by its words, but the aliases table calls a Chairperson the Chair, as --group-by owner counts him.
  o.owners = {"Chairperson"};
  CHECK(ids(run(o, hanoi())) == "S2.A2 S3.A1");
  o.owners = {"Chairpersons"};
  CHECK(run(o, hanoi()).empty());
}

TEST_CASE("filter: --due-before and --due-after at month and year edges") {
  QueryOptions o;
  for (const char* date : {"2008-01-01", "2008-01", "2008", "March 2008", "2008-03-01", "Q1 2008"}) {
    CAPTURE(date);
    o.due_before = {date};
    // Only the two October 2007 tags end before these begin.
    CHECK(ids(run(o, y2007())) == "S1.A2 S1.A3");
  }
  // October 2007 ends on the 31st: not before the 31st, but before November.
  o.due_before = {"2007-10-31"};
  CHECK(run(o, y2007()).empty());
  o.due_before = {"2007-11-01"};
  CHECK(run(o, y2007()).size() == 2);
  // March 2008 ends on the 31st: before April, not before 2008-03-31.
  o.due_before = {"2008-03-31"};
  CHECK(run(o, y2007()).size() == 2);
  o.due_before = {"2008-04"};
  CHECK(run(o, y2007()).size() == 11);

  o.due_before.clear();
  o.due_after = {"2008-02-29"};  // March 2008 starts the next day
  CHECK(run(o, y2007()).size() == 11);
  o.due_after = {"2008-03-01"};
  CHECK(run(o, y2007()).empty());
  o.due_after = {"2007"};  // after 2007 ends: the March 2008 tags, not the October 2007 ones
  CHECK(run(o, y2007()).size() == 11);
  o.due_after = {"2007-09"};
  CHECK(run(o, y2007()).size() == 11);
  o.due_after = {"2006"};
  CHECK(run(o, y2007()).size() == 11);
}

TEST_CASE("filter: undated deadlines match neither --due-before nor --due-after nor --overdue") {
  QueryOptions o;
  // S1.A4's "Secretariat" is the MSEG Secretariat to the aliases table (a role of the group).
  o.owners = {"MSEG Secretariat"};
  CHECK(ids(run(o, hanoi())) == "S1.A1 S1.A2 S1.A4 S1.A8");
  o.due_before = {"2100"};
  CHECK(ids(run(o, hanoi())) == "S1.A1 S1.A2 S1.A4");  // S1.A8 is ongoing
  o.due_before.clear();
  o.due_after = {"1990"};
  CHECK(ids(run(o, hanoi())) == "S1.A1 S1.A2 S1.A4");
  o.due_after.clear();
  o.overdue = true;
  o.as_of = "2100";
  CHECK(ids(run(o, hanoi())) == "S1.A1 S1.A2 S1.A4");
}

TEST_CASE("filter: --overdue against --as-of, or today") {
  QueryOptions o;
  o.overdue = true;
  o.as_of = "2008-04-01";
  CHECK(ids(run(o, y2007())) == "S1.A1 S1.A2 S1.A3 S1.A4 S2.A1 S3.A1 S3.A2 S3.A3 S4.A1 S4.A2 S4.A3");
  o.as_of = "2008-03-31";  // the March 2008 tags end that day: not yet overdue
  CHECK(ids(run(o, y2007())) == "S1.A2 S1.A3");
  o.as_of = "2008-04";  // a month counts from its first day
  CHECK(run(o, y2007()).size() == 11);
  o.as_of.reset();  // today stands in
  CHECK(run(o, y2007(), Date{2007, 11, 1}).size() == 2);
  CHECK(run(o, y2007(), Date{2007, 10, 31}).empty());
}

TEST_CASE("filter: owner and deadline must hold for the same tag") {
  QueryOptions o;
  o.owners = {"Chair"};
  o.due_before = {"2008-04"};
  // S2.A2 and S3.A5 are the Chair's but ongoing; S1.A2's Chair tag is March 2008.
  CHECK(ids(run(o, y2007())) == "S1.A2 S1.A4 S2.A1 S3.A1 S3.A2 S4.A3");
  // S1.A2: Australia's tag is October 2007, the Chair's March 2008.
  o.due_before = {"2008-01"};
  CHECK(run(o, y2007()).empty());
  o.owners = {"Australia"};
  CHECK(ids(run(o, y2007())) == "S1.A2");
  auto m = run(o, y2007());
  REQUIRE(m.size() == 1);
  CHECK(m[0].tags == std::vector<std::size_t>{0});  // only the Pilot Project tag matched
}

TEST_CASE("filter: --kind directive with --cites, by key or by kind") {
  QueryOptions o;
  o.kinds = {"directive"};
  o.cites = {"ministerial-statement-2004"};
  CHECK(ids(run(o, hanoi())) == "S1.D2 S1.D3 S2.D1 S2.D3 S2.D4 S3.D1 S4.D1");
  o.cites = {"ministerial-statement-2007"};
  CHECK(run(o, hanoi()).empty());
  CHECK(run(o, y2007()).size() == 10);
  o.cites = {"ministerial-statement"};  // the kind: every year
  CHECK(run(o, hanoi()).size() == 7);
  o.cites = {"bogor-goal", "leaders-statement-2005"};
  CHECK(run(o, hanoi()).size() == 4);
}

TEST_CASE("filter: --cites takes the form written in plans, a meeting, a city and a year, and implies directives") {
  QueryOptions o;  // no --kind: --cites asks for directives
  const std::string bali = "S1.D2 S1.D3 S2.D1 S2.D3 S2.D4 S3.D1 S4.D1";
  for (const char* want : {"Ministerial Statement 2004", "ministerial statement 2004", "Joint Ministerial Statement 2004",
                           "TMM4", "Bali", "Bali statement", "2004"}) {
    CAPTURE(want);
    o.cites = {want};
    CHECK(ids(run(o, hanoi())) == bali);
  }
  for (const char* want : {"Leaders’ Statement 2005", "Leaders' Statement 2005", "Busan"}) {
    CAPTURE(want);
    o.cites = {want};
    CHECK(run(o, hanoi()).size() == 3);
    CHECK(run(o, y2007()).size() == 2);
  }
  o.cites = {"Bogor Goals"};
  CHECK(run(o, hanoi()).size() == 1);
  o.cites = {"Adelaide"};
  CHECK(run(o, y2007()).size() == 10);
  CHECK(run(o, hanoi()).empty());
  o.cites = {"Atlantis"};
  CHECK(run(o, hanoi()).empty());
}

TEST_CASE("filter: --cites finds what a user's registry adds") {
  cite::Registry mine = cite::builtin_registry();
  mine.merge(cite::Registry::from_json(R"({"registry_version": "1", "entries": [{
    "key": "leaders-statement-2005", "kind": "leaders-statement", "year": 2005,
    "meeting": {"body": "APEC Economic Leaders' Meeting", "ordinal": 13, "short": "Leaders 2005", "city": "Busan",
                "economy": "Republic of Korea", "start": null, "end": null},
    "title": "A statement of our own", "aliases": ["Our Statement"], "source": "https://example.org/",
    "verified": false}]})"));
  QueryOptions o;
  o.registry = &mine;
  o.cites = {"Our Statement"};
  CHECK(run(o, hanoi()).size() == 3);
  o.cites = {"Leaders 2005"};
  CHECK(run(o, hanoi()).size() == 3);
  o.registry = nullptr;
  CHECK(run(o, hanoi()).empty());
}

TEST_CASE("filter: --kind priority and several kinds at once") {
  QueryOptions o;
  o.kinds = {"priority"};
  CHECK(run(o, hanoi()).size() > 0);
  for (const auto& m : run(o, hanoi())) CHECK(m.element.kind() == ElementKind::priority);
  o.kinds = {"directive", "action"};
  o.sections = {"S2"};
  auto m = run(o, hanoi());
  // Plan order within a section: directives, then actions.
  REQUIRE(!m.empty());
  CHECK(m.front().element.kind() == ElementKind::directive);
  CHECK(m.back().element.kind() == ElementKind::action);
}

TEST_CASE("filter: --section by id or number") {
  QueryOptions o;
  o.sections = {"S3"};
  CHECK(ids(run(o, hanoi())) == "S3.A1 S3.A2 S3.A3");
  o.sections = {"s3"};
  CHECK(run(o, hanoi()).size() == 3);
  o.sections = {"3"};
  CHECK(run(o, hanoi()).size() == 3);
  o.sections = {"S3", "S4"};
  CHECK(ids(run(o, hanoi())) == "S3.A1 S3.A2 S3.A3 S4.A1 S4.A2");
  o.sections = {"S9"};
  CHECK(run(o, hanoi()).empty());
}

TEST_CASE("filter: --grep is RE2, case-sensitive unless (?i)") {
  QueryOptions o;
  o.greps = {"supply chain"};
  CHECK(ids(run(o, hanoi())) == "S2.A2");
  o.greps = {"Supply Chain"};
  CHECK(ids(run(o, hanoi())) == "S2.A1");
  o.greps = {"(?i)SUPPLY CHAIN"};
  CHECK(run(o, hanoi()).size() == 2);
  o.greps = {"^Draft", "^Complete"};
  CHECK(ids(run(o, hanoi())) == "S3.A1 S3.A2 S4.A2");
  o.kinds = {"priority"};
  o.greps = {"Seafarers"};  // a priority's title
  CHECK(run(o, hanoi()).size() == 1);
}

TEST_CASE("filter: combinations all hold") {
  QueryOptions o;
  o.owners = {"Australia"};
  o.sections = {"S1"};
  o.greps = {"(?i)catalogue|contact"};
  CHECK(ids(run(o, hanoi())) == "S1.A5 S1.A6");
  o.overdue = true;
  o.as_of = "2006-10-01";
  CHECK(run(o, hanoi()).size() == 2);
  o.as_of = "2006-09-30";
  CHECK(run(o, hanoi()).empty());
}

TEST_CASE("filter: usage errors name the option") {
  auto error_of = [](const QueryOptions& o) -> std::string {
    try {
      (void)compile_query(o, Date{2008, 1, 1});
    } catch (const QueryError& e) {
      return e.what();
    }
    return "";
  };
  QueryOptions o;
  o.greps = {"(unclosed"};
  CHECK(error_of(o).starts_with("--grep: invalid pattern '(unclosed'"));
  o = {};
  o.due_before = {"next week"};
  CHECK(error_of(o).starts_with("--due-before: 'next week' is not a date"));
  // A damaged date says why, in the words the parser uses for a tag's deadline.
  for (auto [text, why] : {std::pair{"9999-12-31", "the year 9999 is outside 1900-2199"},
                           std::pair{"1899", "the year 1899 is outside 1900-2199"},
                           std::pair{"March 2300", "the year 2300 is outside 1900-2199"},
                           std::pair{"2008-02-30", "February 2008 has 29 days"},
                           std::pair{"2008-13-01", "there is no month 13"},
                           std::pair{"Marhc 2008", "did you mean \"March\"?"}}) {
    o = {};
    o.due_before = {text};
    CHECK(error_of(o) == std::string("--due-before: '") + text + "' is not a date: " + why);
  }
  o = {};
  o.due_before = {"2199-12-31"};
  CHECK(error_of(o).empty());
  // Nothing like a date: what is expected.
  for (const char* text : {"-123", "1000-garbage", "0000x", "next week"}) {
    o = {};
    o.due_before = {text};
    CHECK(error_of(o) == std::string("--due-before: '") + text +
                             "' is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD, a deadline such as 'March "
                             "2008' or 'Q3 2009', or today, today+90d, today-2w, today+6m)");
  }
  o = {};
  o.as_of = "someday";
  CHECK(error_of(o).starts_with("--as-of:"));
  o = {};
  o.kinds = {"directive"};
  o.owners = {"US"};
  CHECK(error_of(o).starts_with("--owner: only actions have owners"));
  o.owners.clear();
  o.overdue = true;
  CHECK(error_of(o).starts_with("--overdue:"));
  o = {};
  o.kinds = {"priority"};
  o.group_by = "owner";
  CHECK(error_of(o).starts_with("--group-by owner:"));
  o = {};
  o.kinds = {"action"};
  o.cites = {"bogor-goal"};
  CHECK(error_of(o).starts_with("--cites: only directives cite"));
  o.cites.clear();
  o.group_by = "citation";
  CHECK(error_of(o).starts_with("--group-by citation: only directives cite"));
  o = {};
  o.kinds = {"task"};
  CHECK(error_of(o).starts_with("--kind:"));
  o = {};
  o.owners = {" "};
  CHECK(error_of(o).starts_with("--owner:"));
}

TEST_CASE("filter: with several kinds, a filter excludes the kinds it cannot apply to") {
  QueryOptions o;
  o.kinds = {"action", "directive"};
  o.owners = {"US"};
  auto m = run(o, hanoi());
  CHECK(m.size() == 3);
  for (const auto& x : m) CHECK(x.element.kind() == ElementKind::action);
  o.owners.clear();
  o.cites = {"bogor-goal"};
  m = run(o, hanoi());
  CHECK(m.size() == 1);
  CHECK(m[0].element.kind() == ElementKind::directive);
}

TEST_CASE("filter: several inputs keep their sources, in the order given") {
  auto q = compile_query({}, Date{2008, 1, 1});
  auto m = run_query(q, {Input{"a.txt", &hanoi()}, Input{"-", &y2007()}});
  REQUIRE(m.size() == 31);
  CHECK(m.front().source == "a.txt");
  CHECK(m.back().source == "-");
  CHECK(m.back().element.section->id == "S4");
}

TEST_CASE("filter: --as-of today and --due-before today+90d count from the day given as today") {
  QueryOptions o;
  o.as_of = "today";
  o.due_before = {"today+90d"};
  auto q = compile_query(o, Date{2008, 1, 1});
  CHECK(q.as_of == Date{2008, 1, 1});
  REQUIRE(q.due_before.size() == 1);
  CHECK(q.due_before[0].start == Date{2008, 3, 31});
}

TEST_CASE("filter: --sort with --group-by is refused, not ignored") {
  QueryOptions o;
  o.sort = "deadline";
  o.group_by = "owner";
  CHECK_THROWS_WITH_AS(compile_query(o, Date{2008, 1, 1}), doctest::Contains("--sort: does not apply to --group-by owner"),
                       mseg::query::QueryError);
}

TEST_CASE("filter: a match refers to its element and section, as docs/library.md shows") {
  QueryOptions o;
  o.owners = {"Japan"};
  const Plan& plan = hanoi();
  const Query query = compile_query(o, Date{2008, 4, 1});
  const std::vector<Match> matches = run_query(query, {{"plan.txt", &plan}});
  REQUIRE(matches.size() == 1);
  const ElementRef& e = matches[0].element;
  CHECK(e.kind() == ElementKind::action);
  CHECK(e.action() == &plan.sections[0].actions[2]);
  CHECK(e.section == &plan.sections[0]);
  CHECK(e.section->id + ' ' + e.id() == "S1 S1.A3");
  CHECK(e.span().line == 30);
}
