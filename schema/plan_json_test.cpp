#include <mseg/parse.hpp>
#include <mseg/plan_json.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <random>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/json_writer.hpp"
#include "schema/internal/plan_json_write.hpp"
#include "schema/plan_json_reader.hpp"
#include "tests/test_util.hpp"

using namespace mseg;
using mseg::plan_json_detail::plan_from_json;
using nlohmann::json;

TEST_CASE("json: pretty output is what nlohmann::json's dump(2) would write") {
  Plan p = parse_plan(test::read_file("samples/meg-sec-workplan-2007.txt"), ParseOptions{"x"});
  std::string mine = to_json(p);
  CHECK(mine == nlohmann::ordered_json::parse(mine).dump(2));
  std::string compact = to_json(p, false);
  CHECK(compact == nlohmann::ordered_json::parse(mine).dump());
}

TEST_CASE("json: strings escape quotes, backslashes and control characters, and keep UTF-8") {
  std::string out;
  append_json_string(out, "a\"b\\c\n\t\x01\u2019");
  CHECK(out == "\"a\\\"b\\\\c\\n\\t\\u0001\u2019\"");
}

TEST_CASE("json: empty containers and nulls") {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("a");
  w.begin_array();
  w.end_array();
  w.key("b");
  w.begin_object();
  w.end_object();
  w.field("c", std::optional<std::string>());
  w.end_object();
  CHECK(out == "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": null\n}");
}

TEST_CASE("json: a plan survives the round trip through JSON") {
  for (auto sample : {"samples/mseg-workplan-2006-hanoi.txt", "samples/meg-sec-workplan-2007.txt"}) {
    Plan p = parse_plan(test::read_file(sample), ParseOptions{sample});
    PlanReading r = plan_from_json(json::parse(to_json(p)));
    REQUIRE(r.problems.empty());
    REQUIRE(r.plan);
    CHECK(to_json(*r.plan) == to_json(p));
  }
}

TEST_CASE("json: reading reports problems with JSON Pointers") {
  Plan p = parse_plan(test::read_file("samples/meg-sec-workplan-2007.txt"), ParseOptions{"x"});
  json doc = json::parse(to_json(p));
  doc["sections"][0]["actions"][0]["tags"][0]["deadline"]["start"] = "not-a-date";
  doc["sections"][1]["actions"][0].erase("id");
  doc["sections"][2]["directives"][0]["text"] = 7;
  doc["diagnostics"] = json::array({json{{"severity", "fatal"}, {"code", "x"}, {"message", "m"},
                                         {"span", doc["sections"][0]["span"]}}});
  doc["extra"] = true;
  PlanReading r = plan_from_json(doc);
  CHECK_FALSE(r.plan);
  std::vector<std::string> pointers;
  for (const auto& pr : r.problems) pointers.push_back(pr.pointer + ": " + pr.message);
  auto has = [&](const std::string& s) { return std::find(pointers.begin(), pointers.end(), s) != pointers.end(); };
  CHECK(has("/sections/0/actions/0/tags/0/deadline/start: \"not-a-date\" is not a date (YYYY-MM-DD)"));
  CHECK(has("/sections/1/actions/0: required field \"id\" is missing"));
  CHECK(has("/sections/2/directives/0/text: 7 is an integer, expected a string"));
  CHECK(has("/diagnostics/0/severity: \"fatal\" is not a severity (error, warning, note)"));
  CHECK(has("/extra: unknown field \"extra\""));
  CHECK(r.problems.size() == 5);
}

TEST_CASE("json: dates must be real days") {
  Plan p = parse_plan(test::read_file("samples/meg-sec-workplan-2007.txt"), ParseOptions{"x"});
  json doc = json::parse(to_json(p));
  auto& deadline = doc["sections"][0]["actions"][0]["tags"][0]["deadline"];
  deadline["start"] = "2007-02-29";
  CHECK(plan_from_json(doc).problems.size() == 1);
  deadline["start"] = "2008-02-29";
  CHECK(plan_from_json(doc).problems.empty());
}

namespace {
// Both readers must agree: the same plan, or the same problems in the same order.
void check_same_reading(const std::string& text) {
  CAPTURE(text.substr(0, 200));
  const PlanReading whole = plan_from_json(json::parse(text));
  const PlanReading streamed = plan_from_json_text(text);
  REQUIRE(whole.problems.size() == streamed.problems.size());
  for (std::size_t i = 0; i < whole.problems.size(); ++i) {
    CHECK(whole.problems[i].pointer == streamed.problems[i].pointer);
    CHECK(whole.problems[i].message == streamed.problems[i].message);
  }
  REQUIRE(whole.plan.has_value() == streamed.plan.has_value());
  if (whole.plan) CHECK(to_json(*whole.plan) == to_json(*streamed.plan));
}
}  // namespace

TEST_CASE("json: reading the text section by section gives what reading the whole document gives") {
  for (auto sample : {"samples/mseg-workplan-2006-hanoi.txt", "samples/meg-sec-workplan-2007.txt"}) {
    Plan p = parse_plan(test::read_file(sample), ParseOptions{sample});
    check_same_reading(to_json(p));
    check_same_reading(to_json(p, false));
    json doc = json::parse(to_json(p));
    // Problems inside sections, and around them, keep their pointers and order.
    doc["sections"][0]["actions"][0]["tags"][0]["deadline"]["start"] = "not-a-date";
    doc["sections"][1]["actions"][0].erase("id");
    doc["source"]["bytes"] = -1;
    doc["diagnostics"] = "none";
    check_same_reading(doc.dump());
    json odd = doc;
    odd["sections"] = "not an array";
    check_same_reading(odd.dump());
    odd["sections"] = json::array({1, json::array(), nullptr, doc["sections"][0]});
    check_same_reading(odd.dump());
    odd.erase("sections");
    check_same_reading(odd.dump());
    // A repeated "sections": readers disagree on which counts, so the text
    // reader refuses it, besides what the last one says.
    std::string twice = doc.dump();
    twice.insert(1, "\"sections\":[{\"id\":7}],");
    std::string then_scalar = doc.dump();
    then_scalar.insert(then_scalar.size() - 1, ",\"sections\":3");
    for (const auto& text : {twice, then_scalar}) {
      const PlanReading whole = plan_from_json(json::parse(text));
      const PlanReading streamed = plan_from_json_text(text);
      REQUIRE(streamed.problems.size() == whole.problems.size() + 1);
      CHECK(streamed.problems[0].pointer == "/sections");
      CHECK(streamed.problems[0].message == "duplicate key \"sections\" in one object");
      for (std::size_t i = 0; i < whole.problems.size(); ++i)
        CHECK(whole.problems[i].message == streamed.problems[i + 1].message);
      CHECK_FALSE(streamed.plan);
    }
  }
  CHECK(plan_from_json_text("[]").problems.size() == 1);
  CHECK_THROWS_AS(plan_from_json_text("{\"sections\": [{\"id\": "), JsonSyntaxError);
  try {
    plan_from_json_text("{\"sections\": [{\"id\": ");
  } catch (const JsonSyntaxError& e) {
    CHECK(e.known);
    CHECK(e.byte >= 21);  // the reader stopped at the end of the 21 bytes, where the text ran out
    CHECK(e.byte <= 22);
  }
  try {
    plan_from_json_text("{\"sections\": [1e999]}");
    FAIL("1e999 read");
  } catch (const JsonSyntaxError& e) {
    CHECK_FALSE(e.known);
    CHECK(std::string(e.what()).find("1e999") != std::string::npos);
  }
}

TEST_CASE("json: what readers would take differently, or the model forbids, is refused where it stands") {
  Plan p = parse_plan(test::read_file("samples/meg-sec-workplan-2007.txt"), ParseOptions{"x"});
  const json doc = json::parse(to_json(p));
  auto problems = [](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& pr : plan_from_json_text(text).problems) out.push_back(pr.pointer + ": " + pr.message);
    return out;
  };
  using V = std::vector<std::string>;
  CHECK(problems(doc.dump()).empty());
  // A key twice, deep inside a section: the pointer names it.
  std::string text = doc.dump();
  const std::string first_text = "\"text\":";
  const auto at = text.find(first_text, text.find("\"actions\""));
  text.insert(at, "\"text\":\"again\",");
  // (nlohmann writes keys in order: the first "text" after "actions" is the first tag's deadline's.)
  CHECK(problems(text) == V{"/sections/0/actions/0/tags/0/deadline/text: duplicate key \"text\" in one object"});
  json d = doc;
  auto& deadline = d["sections"][0]["actions"][0]["tags"][0]["deadline"];
  deadline["start"] = "2008-03-01";
  deadline["end"] = "2008-02-01";
  CHECK(problems(d.dump()) ==
        V{"/sections/0/actions/0/tags/0/deadline/end: the deadline ends (2008-02-01) before it starts (2008-03-01)"});
  d = doc;
  d["sections"][1]["span"]["end_line"] = d["sections"][1]["span"]["line"].get<int>() - 1;
  CHECK(problems(d.dump()).size() == 1);
  CHECK(problems(d.dump())[0].starts_with("/sections/1/span/end_line: end_line "));
  d = doc;
  d["sections"][0]["directives"][0]["span"]["end_line"] = d["sections"][0]["directives"][0]["span"]["line"];
  d["sections"][0]["directives"][0]["span"]["column"] = 5;
  d["sections"][0]["directives"][0]["span"]["end_column"] = 3;
  CHECK(problems(d.dump()) ==
        V{"/sections/0/directives/0/span/end_column: end_column 3 is before column 5 on the same line"});
  d = doc;
  d["sections"][1]["id"] = d["sections"][0]["id"];
  d["sections"][1]["actions"][1]["id"] = d["sections"][1]["actions"][0]["id"];
  CHECK(problems(d.dump()) ==
        V{"/sections/1/id: duplicate id \"S1\"", "/sections/1/actions/1/id: duplicate id \"S2.A1\""});
  // No text holds U+0000 (a hardening helper's finding: query's CSV wrote a raw NUL byte).
  d = doc;
  d["sections"][0]["actions"][0]["text"] = std::string("Formalize\0 the process", 23);
  d["title"] = std::string("A\0", 2);
  d["columns"][2] = std::string("Action\0", 7);
  const std::string nul = ": holds a NUL character (\\u0000), which no plan's text holds";
  CHECK(problems(d.dump()) == V{"/title" + nul, "/columns/2" + nul, "/sections/0/actions/0/text" + nul});
  // A meeting's dates and a cited meeting's, likewise (a hardening helper's finding: both passed).
  d = doc;
  d["meeting_dates"] = {{"text", "x"}, {"start", "2006-05-05"}, {"end", "2006-05-03"}};
  d["sections"][0]["directives"][0]["citations"][0]["source"] = {
      {"key", "k"}, {"meeting", "m"}, {"place", "p"}, {"start", "2004-07-29"}, {"end", "2004-07-01"},
      {"title", "t"}, {"url", "u"}, {"verified", true}};
  CHECK(problems(d.dump()) ==
        V{"/meeting_dates/end: the meeting ends (2006-05-03) before it starts (2006-05-05)",
          "/sections/0/directives/0/citations/0/source/end: the meeting cited ends (2004-07-01) before it starts "
          "(2004-07-29)"});
  // Ids in the schema's form (a hardening helper's finding: two actions with the id "" passed, and "s1.a1").
  d = doc;
  d["sections"][0]["actions"][0]["id"] = "";
  d["sections"][0]["actions"][1]["id"] = "";
  d["sections"][0]["directives"][0]["id"] = "S1.A1 ";
  d["sections"][1]["id"] = "banana";
  d["sections"][1]["priorities"][0]["id"] = "s2.p1";
  CHECK(problems(d.dump()) ==
        V{"/sections/0/directives/0/id: \"S1.A1 \" is no directive id; expected one such as \"S1.D1\"",
          "/sections/0/actions/0/id: \"\" is no action id; expected one such as \"S1.A1\"",
          "/sections/0/actions/1/id: \"\" is no action id; expected one such as \"S1.A1\"",
          "/sections/1/id: \"banana\" is no section id; expected one such as \"S1\"",
          "/sections/1/priorities/0/id: \"s2.p1\" is no priority id; expected one such as \"S1.P1\""});
}

TEST_CASE("json: a span's place in a .docx or a .pdf is read back as written") {
  for (auto form : {"tests/forms/meg-sec-workplan-2007.pdf", "tests/forms/mseg-workplan-2006-hanoi.docx"}) {
    CAPTURE(form);
    Plan p = parse_plan(test::read_file(form), ParseOptions{form});
    REQUIRE(p.sections.front().span.place);
    const std::string written = to_json(p);
    const PlanReading r = plan_from_json_text(written);
    REQUIRE(r.problems.empty());
    REQUIRE(r.plan);
    const Span& span = r.plan->sections.front().span;
    REQUIRE(span.place);
    CHECK(describe(*span.place) == describe(*p.sections.front().span.place));
    CHECK(to_json(*r.plan) == written);
    CHECK(to_json(*r.plan, false) == to_json(p, false));
    check_same_reading(written);
  }
}

TEST_CASE("json: a PDF box's coordinates come back as the same floats, however small or precise") {
  // The shortest form of a float read as a double then rounded to float can
  // land on the float beside it; the reader must give back the float written.
  std::mt19937 rng(16);
  std::uniform_int_distribution<std::uint32_t> bits(0, 0x7F7FFFFF);  // the positive finite floats
  Plan p;
  p.sections.emplace_back();
  for (int i = 0; i < 3000; ++i) {
    PdfPlace d;
    d.page = 1 + static_cast<std::uint32_t>(i);
    std::uint32_t b[4];
    for (auto& v : b) v = bits(rng);
    std::memcpy(&d.x, &b[0], 4);
    std::memcpy(&d.y, &b[1], 4);
    std::memcpy(&d.width, &b[2], 4);
    std::memcpy(&d.height, &b[3], 4);
    if (i % 2) d.x = -d.x;  // left of the page's origin: a box may start there
    if (i == 0) {
      // The one float of all that, its shortest form read as a double then rounded to float, becomes its neighbour.
      const std::string_view shortest = "7.038531e-26";
      std::from_chars(shortest.data(), shortest.data() + shortest.size(), d.y);
      REQUIRE(fmt::format("{}", d.y) == shortest);
      CHECK(static_cast<float>(std::stod(std::string(shortest))) != d.y);
    }
    Action a;
    a.id = "S1.A" + std::to_string(i + 1);
    a.span = Span{1, 1, 1, 2, 0, 1, intern_place(d)};
    p.sections.back().actions.push_back(std::move(a));
  }
  p.sections.back().id = "S1";
  p.sections.back().span = Span{1, 1, 1, 2, 0, 1};
  const std::string written = to_json(p, false);
  const PlanReading r = plan_from_json_text(written);
  REQUIRE(r.problems.empty());
  REQUIRE(r.plan);
  const auto& read = r.plan->sections.back().actions;
  REQUIRE(read.size() == 3000);
  for (std::size_t i = 0; i < read.size(); ++i) {
    const auto& want = std::get<PdfPlace>(*p.sections.back().actions[i].span.place);
    const auto& got = std::get<PdfPlace>(*read[i].span.place);
    CAPTURE(fmt::format("{} {} {} {}", want.x, want.y, want.width, want.height));
    CHECK(std::memcmp(&want, &got, sizeof want) == 0);
  }
  CHECK(to_json(*r.plan, false) == written);
}

TEST_CASE("json: a place of the wrong shape is a problem where it stands") {
  const std::string form = "tests/forms/meg-sec-workplan-2007.pdf";
  const json doc = json::parse(to_json(parse_plan(test::read_file(form), ParseOptions{form})));
  const std::string docx = "tests/forms/mseg-workplan-2006-hanoi.docx";
  const json word_doc = json::parse(to_json(parse_plan(test::read_file(docx), ParseOptions{docx})));
  auto problems = [](const json& d) {
    std::vector<std::string> out;
    for (const auto& pr : plan_from_json_text(d.dump()).problems) out.push_back(pr.pointer + ": " + pr.message);
    CHECK(plan_from_json(d).problems.size() == out.size());
    return out;
  };
  using V = std::vector<std::string>;
  CHECK(problems(doc).empty());
  CHECK(problems(word_doc).empty());
  json d = doc;
  auto& pdf = d["sections"][0]["actions"][0]["span"]["pdf"];
  pdf["page"] = 0;
  pdf["x"] = "12";
  pdf["width"] = -1.5;
  pdf["offset"] = -3;
  pdf["colour"] = "red";
  CHECK(problems(d) == V{"/sections/0/actions/0/span/pdf/colour: unknown field \"colour\"",
                         "/sections/0/actions/0/span/pdf/page: 0 is not a positive integer",
                         "/sections/0/actions/0/span/pdf/x: \"12\" is a string, expected a number",
                         "/sections/0/actions/0/span/pdf/width: -1.5 is negative, expected a number of points from 0",
                         "/sections/0/actions/0/span/pdf/offset: -3 is an integer, expected a non-negative integer"});
  d = doc;
  d["sections"][0]["span"]["pdf"].erase("height");
  d["sections"][0]["span"]["pdf"]["y"] = 1e39;
  d["sections"][0]["directives"][0]["citations"][0]["span"]["pdf"] = 3;
  CHECK(problems(d) == V{"/sections/0/span/pdf: required field \"height\" is missing",
                         "/sections/0/span/pdf/y: 1e+39 is out of range for a box in points",
                         "/sections/0/directives/0/citations/0/span/pdf: 3 is an integer, expected an object"});
  d = word_doc;
  auto& word = d["sections"][1]["directives"][0]["span"]["word"];
  word["table"] = 4294967296;
  word["row"] = 1.5;
  word["cell"] = nullptr;
  word["paragraph"] = -1;
  d["sections"][1]["directives"][0]["span"]["pdf"] = doc["sections"][0]["span"]["pdf"];
  d["sections"][1]["span"]["word"]["offset"] = true;
  CHECK(problems(d) == V{"/sections/1/span/word/offset: true is a boolean, expected a non-negative integer",
                         "/sections/1/directives/0/span/pdf: a span has one place, \"word\" or \"pdf\", not both"});
  d["sections"][1]["directives"][0]["span"].erase("pdf");
  CHECK(problems(d) ==
        V{"/sections/1/span/word/offset: true is a boolean, expected a non-negative integer",
          "/sections/1/directives/0/span/word/table: 4294967296 is more than 4294967295",
          "/sections/1/directives/0/span/word/row: 1.5 is a number, expected a non-negative integer",
          "/sections/1/directives/0/span/word/cell: null is null, expected a non-negative integer",
          "/sections/1/directives/0/span/word/paragraph: -1 is an integer, expected a non-negative integer"});
}
