#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <mseg/plan_json.hpp>
#include <mseg/query_format.hpp>

#include "query_test_util.hpp"

using namespace mseg;
using namespace mseg::query;
using namespace mseg::query::test;

namespace {

// A plan of one section, S1, holding `actions`.
Plan plan_of(std::vector<Action> actions) {
  Plan p;
  Section s;
  s.id = "S1";
  s.actions = std::move(actions);
  p.sections.push_back(std::move(s));
  return p;
}

Action action(std::string id, std::string text, std::vector<Tag> tags = {}) {
  Action a;
  a.id = std::move(id);
  a.text = std::move(text);
  a.tags = std::move(tags);
  return a;
}

Tag tag(std::vector<Owner> owners, Deadline deadline) {
  Tag t;
  t.owners = std::move(owners);
  t.deadline = std::move(deadline);
  return t;
}

// The widest line of a table, in characters.
std::size_t widest_line(const std::string& table) {
  std::size_t widest = 0, columns = 0;
  for (char c : table) {
    if (c == '\n') {
      widest = std::max(widest, columns);
      columns = 0;
    } else {
      columns += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }
  }
  return widest;
}

// A plan whose texts hold what each format must escape.
const Plan& awkward() {
  static const Plan plan = plan_of(
      {action("S1.A1", "Report on \"drills\", exercises | manuals\nand more",
              {tag({Owner{"Chair", std::nullopt, false}, Owner{"US", "United States", true}},
                   Deadline{"March 2008", DeadlineKind::month, Date{2008, 3, 1}, Date{2008, 3, 31}})}),
       action("S1.A2", "Plain, short",
              {tag({Owner{"Australia", "Australia", true}},
                   Deadline{"ongoing", DeadlineKind::ongoing, std::nullopt, std::nullopt})})});
  return plan;
}

std::vector<Match> all_of(const Plan& plan, const std::string& source = "plan.txt") {
  return run_query(compile_query({}, Date{2008, 4, 1}), {Input{source, &plan}});
}

FormatOptions as(Format f) {
  FormatOptions o;
  o.format = f;
  o.as_of = Date{2008, 4, 1};
  return o;
}

}  // namespace

TEST_CASE("format: csv is RFC 4180 with CRLF, quoting commas, quotes and line breaks") {
  const std::string csv = format_matches(all_of(awkward()), as(Format::csv));
  CHECK(csv ==
        "source,section,kind,id,owners,deadline,due,overdue,cites,text\r\n"
        "plan.txt,S1,action,S1.A1,Chair; US,March 2008,2008-03-31,yes,,"
        "\"Report on \"\"drills\"\", exercises | manuals\nand more\"\r\n"
        "plan.txt,S1,action,S1.A2,Australia,ongoing,,no,,\"Plain, short\"\r\n");
  // Nothing matched: the header alone, so a spreadsheet still gets its columns.
  CHECK(format_matches({}, as(Format::csv)) == "source,section,kind,id,owners,deadline,due,overdue,cites,text\r\n");
}

TEST_CASE("format: json elements are the plan JSON objects with kind, source and section in front") {
  const auto matches = all_of(hanoi(), "samples/h.txt");
  // ordered_json keeps keys in document order, so the comparison checks it too.
  const auto out = nlohmann::ordered_json::parse(format_matches(matches, as(Format::json)));
  const auto plan = nlohmann::ordered_json::parse(to_json(hanoi()));
  REQUIRE(out.size() == 16);
  std::size_t n = 0;
  for (const auto& section : plan["sections"])
    for (const auto& action : section["actions"]) {
      auto element = out[n++];
      auto it = element.begin();
      CHECK(it.key() == "kind");
      CHECK((++it).key() == "source");
      CHECK((++it).key() == "section");
      CHECK(element["kind"] == "action");
      CHECK(element["source"] == "samples/h.txt");
      CHECK(element["section"] == section["id"]);
      element.erase("kind");
      element.erase("source");
      element.erase("section");
      CHECK(element == action);
    }
  CHECK(format_matches({}, as(Format::json)) == "[]\n");
}

TEST_CASE("format: jsonl is one compact object per line") {
  const std::string jsonl = format_matches(all_of(awkward()), as(Format::jsonl));
  REQUIRE(!jsonl.empty());
  CHECK(jsonl.back() == '\n');
  std::size_t lines = 0, start = 0;
  for (std::size_t nl; (nl = jsonl.find('\n', start)) != std::string::npos; start = nl + 1, ++lines) {
    auto line = nlohmann::json::parse(jsonl.substr(start, nl - start));
    CHECK(line["kind"] == "action");
    CHECK(line["source"] == "plan.txt");
  }
  CHECK(lines == 2);
  CHECK(nlohmann::json::parse(jsonl.substr(0, jsonl.find('\n')))["text"] ==
        "Report on \"drills\", exercises | manuals\nand more");
  CHECK(format_matches({}, as(Format::jsonl)).empty());
}

TEST_CASE("format: markdown escapes pipes and line breaks") {
  const std::string md = format_matches(all_of(awkward()), as(Format::markdown));
  CHECK(md ==
        "| id | owners | deadline | text |\n"
        "| --- | --- | --- | --- |\n"
        "| S1.A1 | Chair; US | March 2008 | Report on \"drills\", exercises \\| manuals<br>and more |\n"
        "| S1.A2 | Australia | ongoing | Plain, short |\n");
}

TEST_CASE("format: table aligns columns and wraps or cuts the text to the width") {
  auto o = as(Format::table);
  o.width = 60;
  o.fit = Fit::truncate;
  std::string table = format_matches(all_of(awkward()), o);
  CHECK(table ==
        "id     owners     deadline    text\n"
        "S1.A1  Chair; US  March 2008  Report on \"drills\", exercises…\n"
        "S1.A2  Australia  ongoing     Plain, short\n");
  // The default wraps at spaces: every word is there.
  o.fit = Fit::wrap;
  table = format_matches(all_of(awkward()), o);
  CHECK(table ==
        "id     owners     deadline    text\n"
        "S1.A1  Chair; US  March 2008  Report on \"drills\", exercises\n"
        "                              | manuals and more\n"
        "S1.A2  Australia  ongoing     Plain, short\n");
  CHECK(widest_line(table) <= 60);
  // Wide enough: nothing is cut, and line breaks in the text become spaces.
  o.width = 200;
  CHECK(format_matches(all_of(awkward()), o).find("manuals and more\n") != std::string::npos);
  CHECK(format_matches({}, o).empty());
}

TEST_CASE("format: a table shows control characters from a plan as spaces") {
  // Plan JSON may hold any of them, escaped.
  const Plan p = plan_of({action("S1.A1", "Report\x1b[2J on\x07 drills\x7f")});
  auto o = as(Format::table);
  for (Fit fit : {Fit::wrap, Fit::truncate, Fit::wide}) {
    o.fit = fit;
    const std::string table = format_matches(all_of(p), o);
    CHECK(table.find_first_of("\x1b\x07\x7f") == std::string::npos);
    CHECK(table.find("Report [2J on  drills") != std::string::npos);
  }
}

TEST_CASE("format: markdown shows control characters from a plan as spaces") {
  const Plan p = plan_of({action("S1.A1", "Report\x1b[2J on\x07 drills\x7f\xc2\x9b")});
  const std::string md = format_matches(all_of(p), as(Format::markdown));
  CHECK(md.find_first_of("\x1b\x07\x7f") == std::string::npos);
  CHECK(md.find("\xc2\x9b") == std::string::npos);
  CHECK(md.find("| Report [2J on  drills   |") != std::string::npos);
}

TEST_CASE("format: --truncate fits the width when the owners alone are wider than it") {
  std::vector<Owner> owners;
  for (const char* name : {"Australia", "Brunei Darussalam", "Canada", "Chile", "China", "Hong Kong, China",
                           "Indonesia", "Japan", "Korea", "Malaysia", "Mexico", "New Zealand", "Papua New Guinea",
                           "Peru", "Philippines", "Russia", "Singapore", "Chinese Taipei", "Thailand", "Viet Nam"})
    owners.push_back(Owner{name, std::nullopt, false});
  const Plan p = plan_of({action("S1.A1", "Coordinate the very long regional programme of port security exercises",
                                 {tag(owners, Deadline{"March 2010", DeadlineKind::month, Date{2010, 3, 1},
                                                       Date{2010, 3, 31}})})});
  auto o = as(Format::table);
  o.fit = Fit::truncate;
  for (int width : {60, 80, 120}) {
    o.width = width;
    const std::string table = format_matches(all_of(p), o);
    CHECK(widest_line(table) <= static_cast<std::size_t>(width));
    // The owners give way first: the text keeps a comfortable width where there is room for it.
    CHECK(table.find(width >= 80 ? "Coordinate the very long regional progr" : "Coordinate the") != std::string::npos);
  }
}

TEST_CASE("format: table source column for several files, colour only when asked") {
  auto o = as(Format::table);
  o.width = 200;
  o.show_source = true;
  const std::string table = format_matches(all_of(awkward(), "a.txt"), o);
  CHECK(table.starts_with("source  id     owners"));
  CHECK(table.find("\x1b[") == std::string::npos);
  o.color = true;
  const std::string coloured = format_matches(all_of(awkward(), "a.txt"), o);
  CHECK(coloured.starts_with("\x1b[1msource\x1b[0m"));
  // March 2008 is overdue at 2008-04-01: red; ongoing is not.
  CHECK(coloured.find("\x1b[31mMarch 2008\x1b[0m") != std::string::npos);
  CHECK(coloured.find("\x1b[31mongoing") == std::string::npos);
}

TEST_CASE("format: count and summaries") {
  CHECK(format_count(0) == "0\n");
  CHECK(format_count(11) == "11\n");
  QueryOptions qo;
  qo.group_by = "owner";
  auto q = compile_query(qo, Date{2008, 4, 1});
  auto s = group_matches(run_query(q, {Input{"y", &y2007()}}), q);
  auto o = as(Format::table);
  const std::string table = format_summary(s, o);
  CHECK(table.starts_with("owner              actions  overdue\n"
                          "Chair                    8        6\n"
                          "Australia                4        3\n"));
  const auto json = nlohmann::json::parse(format_summary(s, as(Format::json)));
  CHECK(json[0] == nlohmann::json{{"owner", "Chair"}, {"actions", 8}, {"overdue", 6}});
  CHECK(format_summary(s, as(Format::csv)).starts_with("owner,actions,overdue\r\nChair,8,6\r\n"));
  CHECK(format_summary(s, as(Format::markdown)).starts_with("| owner | actions | overdue |\n| --- | ---: | ---: |\n"));
  CHECK(format_summary(s, as(Format::jsonl)).starts_with("{\"owner\":\"Chair\",\"actions\":8,\"overdue\":6}\n"));
}

TEST_CASE("format: names") {
  CHECK(format_from_string("table") == Format::table);
  CHECK(format_from_string("csv") == Format::csv);
  CHECK(format_from_string("markdown") == Format::markdown);
  CHECK_FALSE(format_from_string("xml").has_value());
}
