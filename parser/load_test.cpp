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
