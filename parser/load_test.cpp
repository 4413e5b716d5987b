#include <mseg/load.hpp>

#include <doctest/doctest.h>

#include "tests/test_util.hpp"

using namespace mseg;

TEST_CASE("load: text plans and plan JSON are told apart by content") {
  CHECK(looks_like_json("  \n{\"a\": 1}"));
  CHECK(looks_like_json("\xEF\xBB\xBF["));
  CHECK_FALSE(looks_like_json("Title\n\tA\n"));
  LoadedPlan text = load_plan(test::read_file("samples/meg-sec-workplan-2007.txt"), "p.txt");
  CHECK_FALSE(text.from_json);
  CHECK(text.plan.sections.size() == 4);
  LoadedPlan json = load_plan(test::read_file("samples/meg-sec-workplan-2007.json"), "p.json");
  CHECK(json.from_json);
  CHECK(json.json_issues.empty());
  CHECK(json.plan.sections.size() == 4);
}

TEST_CASE("load: a number too large for a double is a located JSON error, not a crash") {
  // Found by fuzz_load_json: nlohmann throws out_of_range 406 here, not parse_error.
  std::string doc = "{\"schema_version\": 1e999}";
  LoadedPlan loaded = load_plan(doc, "big.json");
  REQUIRE(loaded.json_issues.size() == 1);
  const JsonIssue& issue = loaded.json_issues[0];
  CHECK(issue.message == "malformed JSON: number overflow parsing '1e999'");
  CHECK(issue.syntax);
  CHECK(issue.line == 1);
  CHECK(issue.column == 20);
}

TEST_CASE("load: truncated JSON is a syntax error where the parser stopped") {
  std::string doc = test::read_file("samples/meg-sec-workplan-2007.json");
  LoadedPlan loaded = load_plan(doc.substr(0, doc.size() / 2), "cut.json");
  REQUIRE(loaded.json_issues.size() == 1);
  CHECK(loaded.json_issues[0].syntax);
  CHECK(loaded.json_issues[0].message.rfind("malformed JSON: ", 0) == 0);
  CHECK(loaded.json_issues[0].line > 100);
}

TEST_CASE("load: a file of several plans, as mseg parse writes them, gives each plan") {
  const std::string one = test::read_file("samples/meg-sec-workplan-2007.json");
  // A JSON array of plans: each element one plan, in order.
  auto array = load_plans("[" + one + ",\n" + one + "]", "all.json");
  REQUIRE(array.size() == 2);
  CHECK(array[1].json_issues.empty());
  CHECK(array[1].plan.sections.size() == 4);
  CHECK(array[1].pointer == "/1");
  // One plan alone is read as before, with no place within.
  auto single = load_plans(one, "p.json");
  REQUIRE(single.size() == 1);
  CHECK_FALSE(single[0].within.has_value());
  // "[]" holds no plans; a stray comma is the one-plan reader's syntax error.
  CHECK(load_plans(" [ ] ", "empty.json").empty());
  auto comma = load_plans("[{\"a\": 1},]", "comma.json");
  REQUIRE(comma.size() == 1);
  REQUIRE_FALSE(comma[0].json_issues.empty());
  CHECK(comma[0].json_issues[0].syntax);
}

TEST_CASE("load: a problem in the second line of JSON Lines is placed in the whole file") {
  const std::string good = "{\"schema_version\": \"1\"}";
  // The second plan's version has the wrong type: its issue is on line 2.
  auto plans = load_plans(good + "\n" + "{\"schema_version\": 7}\n", "plans.jsonl");
  REQUIRE(plans.size() == 2);
  REQUIRE(plans[1].within.has_value());
  CHECK(plans[1].within->line == 2);
  const JsonIssue* version = nullptr;
  for (const auto& issue : plans[1].json_issues)
    if (issue.pointer == "/schema_version") version = &issue;
  REQUIRE(version != nullptr);
  CHECK(version->line == 2);
  CHECK(version->column == 20);
  CHECK(plans[1].pointer.empty());  // JSON Lines has no document pointer
  auto message = first_json_issue(plans[1]);
  REQUIRE(message);
  CHECK(message->starts_with("plan at line 2: "));
}
