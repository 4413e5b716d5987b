#include <mseg/lint.hpp>
#include <mseg/load.hpp>
#include <mseg/parse.hpp>
#include <mseg/plan_json.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <set>

#include "tests/test_util.hpp"

using namespace mseg;

namespace {
const std::string kHanoi = "samples/mseg-workplan-2006-hanoi.txt";

std::string replace_first(std::string s, const std::string& from, const std::string& to) {
  auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}
}  // namespace

TEST_CASE("check: the Ha Noi plan gives exactly one warning, tag-separator at line 34") {
  auto r = lint::check_plan(test::read_file(kHanoi), kHanoi);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == "tag-separator");
  CHECK(r.diagnostics[0].severity == Severity::warning);
  CHECK(r.diagnostics[0].span.line == 34);
  CHECK(!r.from_json);
}

TEST_CASE("check: the lines shown are the text the plan was read as, its own bytes only when UTF-8") {
  lint::CheckOptions o;
  o.keep_source = true;
  // UTF-8: the bytes themselves, less the BOM.
  auto r = lint::check_plan("\xEF\xBB\xBFJust a line\n", "t.txt", o);
  REQUIRE(!r.diagnostics.empty());
  CHECK(r.source.line(1) == "Just a line");
  // UTF-16 of a BOM alone decodes to nothing: no line holds its two raw bytes.
  r = lint::check_plan(std::string("\xFF\xFE", 2), "t.txt", o);
  REQUIRE(!r.diagnostics.empty());
  CHECK(r.source.line(1).empty());
  // Windows-1252: the decoded text, not the bytes.
  r = lint::check_plan("Caf\xE9 line\n", "t.txt", o);
  REQUIRE(!r.diagnostics.empty());
  CHECK(r.source.line(1) == "Caf\u00E9 line");
}

TEST_CASE("check: settings disable codes and change severities") {
  const std::string bytes = test::read_file(kHanoi);
  lint::CheckOptions o;
  o.settings.disabled.insert("tag-separator");
  CHECK(lint::check_plan(bytes, kHanoi, o).diagnostics.empty());
  o.settings.disabled.clear();
  o.settings.severity["tag-separator"] = Severity::error;
  auto r = lint::check_plan(bytes, kHanoi, o);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].severity == Severity::error);
}

TEST_CASE("check: removing a tag warns at that action's line") {
  std::string text = replace_first(test::read_file(kHanoi), "(Australia/September 2006)\nCompile", "\nCompile");
  auto r = lint::check_plan(text, "copy.txt");
  bool found = false;
  for (const auto& d : r.diagnostics)
    if (d.code == "action-without-tag" && d.span.line == 36) found = true;
  CHECK(found);
}

TEST_CASE("check: source lines are kept only when asked, and match the spans") {
  const std::string bytes = test::read_file(kHanoi);
  CHECK(lint::check_plan(bytes, kHanoi).source.size() == 0);
  lint::CheckOptions o;
  o.keep_source = true;
  auto r = lint::check_plan(bytes, kHanoi, o);
  CHECK(r.source.line(34) == "(Canada/Secretariat. September 2006)");
  CHECK(r.source.line(0).empty());
  CHECK(r.source.line(100000).empty());
}

TEST_CASE("check: plan JSON from mseg parse is clean, and its recorded diagnostics are not repeated") {
  Plan plan = parse_plan(test::read_file(kHanoi), ParseOptions{kHanoi});
  REQUIRE(plan.diagnostics.size() == 1);
  auto r = lint::check_plan(to_json(plan), "h.json");
  CHECK(r.from_json);
  CHECK(r.diagnostics.empty());
}

TEST_CASE("check: a bad date in plan JSON is an error naming the pointer, at the value's line and column") {
  Plan plan = parse_plan(test::read_file(kHanoi), ParseOptions{kHanoi});
  std::string json = replace_first(to_json(plan), "\"start\": \"2006-09-01\"", "\"start\": \"not-a-date\"");
  auto r = lint::check_plan(json, "bad.json");
  REQUIRE(r.diagnostics.size() == 1);
  const Diagnostic& d = r.diagnostics[0];
  CHECK(d.code == "json-schema");
  CHECK(d.severity == Severity::error);
  CHECK(d.message == "/sections/0/actions/0/tags/0/deadline/start: \"not-a-date\" is not a date (YYYY-MM-DD)");
  // The line holding the value, and the column of its opening quote.
  const auto at = json.find("\"not-a-date\"");
  const auto line_start = json.rfind('\n', at) + 1;
  CHECK(d.span.line == 1 + std::count(json.begin(), json.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
  CHECK(d.span.column == at - line_start + 1);
  CHECK(d.span.end_column == d.span.column + 12);
  CHECK(d.span.offset == at);
}

TEST_CASE("check: truncated JSON is a json-syntax error where the parser stopped") {
  auto r = lint::check_plan("{\n  \"schema_version\": \"1\",\n  \"sections\": [", "t.json");
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == "json-syntax");
  CHECK(r.diagnostics[0].span.line == 3);
  CHECK(r.diagnostics[0].message.rfind("malformed JSON: ", 0) == 0);
}

TEST_CASE("check: JSON nested 200,000 levels deep fails cleanly at the first level too deep") {
  std::string deep = "{\"a\":" + std::string(200000, '[') + std::string(200000, ']') + "}";
  auto r = lint::check_plan(deep, "deep.json");
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == "json-syntax");
  CHECK(r.diagnostics[0].message.find("nested deeper than 64 levels") != std::string::npos);
  CHECK(r.diagnostics[0].span.column == 6 + 63);  // '{' is level 1, so the 64th '[' is level 65
  // Brackets inside strings do not count.
  std::string quoted = "{\"a\": \"" + std::string(1000, '[') + "\"}";
  auto q = lint::check_plan(quoted, "q.json");
  REQUIRE(!q.diagnostics.empty());
  CHECK(q.diagnostics[0].code == "json-schema");
}

TEST_CASE("check: lint rules run on valid plan JSON, placed by pointer in the JSON file") {
  Plan plan = parse_plan(test::read_file(kHanoi), ParseOptions{kHanoi});
  plan.sections[0].actions[1].tags[0].owners.clear();
  std::string json = to_json(plan);
  auto r = lint::check_plan(json, "h.json");
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == "tag-without-owner");
  CHECK(r.diagnostics[0].message.rfind("/sections/0/actions/1/tags/0/owners: tag '", 0) == 0);
  auto places = find_json_pointers(json, {"/sections/0/actions/1/tags/0/owners"});
  REQUIRE(places[0]);
  CHECK(r.diagnostics[0].span.line == places[0]->line);
  CHECK(json.substr(places[0]->offset, 2) == "[]");
}

TEST_CASE("find_json_pointers: keys, indexes, escapes and misses") {
  const std::string json = "{\"a\": [1, {\"b/c\": \"x\", \"d~e\": null}, [true]],\n \"\\u00e9\": 2.5, \"k\": {}}";
  auto p = find_json_pointers(json,
                              {"", "/a", "/a/0", "/a/1/b~1c", "/a/1/d~0e", "/a/2/0", "/\xC3\xA9", "/k", "/a/3", "/zz"});
  REQUIRE(p.size() == 10);
  CHECK(p[0]->offset == 0);
  CHECK(json.substr(p[1]->offset, 1) == "[");
  CHECK(json.substr(p[2]->offset, p[2]->length) == "1");
  CHECK(json.substr(p[3]->offset, p[3]->length) == "\"x\"");
  CHECK(json.substr(p[4]->offset, p[4]->length) == "null");
  CHECK(json.substr(p[5]->offset, p[5]->length) == "true");
  CHECK(json.substr(p[6]->offset, p[6]->length) == "2.5");
  CHECK(p[6]->line == 2);
  CHECK(p[6]->column == 12);  // after ' "\\u00e9": '
  CHECK(json.substr(p[7]->offset, 1) == "{");
  CHECK(!p[8]);
  CHECK(!p[9]);
}

TEST_CASE("find_json_pointers: linear and non-recursive on very deep arrays") {
  std::string deep = std::string(200000, '[') + "7" + std::string(200000, ']');
  std::string pointer;
  for (int i = 0; i < 3; ++i) pointer += "/0";
  auto p = find_json_pointers(deep, {pointer, "/1"});
  REQUIRE(p[0]);
  CHECK(p[0]->offset == 3);
  CHECK(!p[1]);
}

TEST_CASE("check: plan JSON whose deadline text and dates disagree warns deadline-text-mismatch") {
  const std::string json = test::read_file("samples/meg-sec-workplan-2007.json");
  // As written by parse: text and dates agree.
  auto clean = lint::check_plan(json, "plan.json");
  for (const auto& d : clean.diagnostics) CHECK(d.code != "deadline-text-mismatch");
  // The text edited, the dates left: the first tag's deadline is "March 2008".
  auto r = lint::check_plan(replace_first(json, "\"text\": \"March 2008\"", "\"text\": \"March 2009\""), "plan.json");
  std::vector<Diagnostic> found;
  for (const auto& d : r.diagnostics)
    if (d.code == "deadline-text-mismatch") found.push_back(d);
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].pointer.ends_with("/tags/0/deadline"));
  CHECK(found[0].message ==
        "/sections/0/actions/0/tags/0/deadline: deadline 'March 2009' reads as month, 2009-03-01 to 2009-03-31, but the plan gives month, 2008-03-01 to "
        "2008-03-31");
  // The kind edited alone counts too.
  r = lint::check_plan(replace_first(json, "\"kind\": \"month\"", "\"kind\": \"year\""), "plan.json");
  CHECK(std::any_of(r.diagnostics.begin(), r.diagnostics.end(),
                    [](const Diagnostic& d) { return d.code == "deadline-text-mismatch"; }));
}

TEST_CASE("check: a deadline read from an action's sentence is held to its phrase as well") {
  const std::string json = test::read_file("tests/grammar/cover-sheet-tags.json");
  const auto mismatches = [](const lint::FileReport& r) {
    std::vector<Diagnostic> out;
    for (const auto& d : r.diagnostics)
      if (d.code == "deadline-text-mismatch") out.push_back(d);
    return out;
  };
  // As parse wrote it: "in 2013", "by March 2013", "before the next meeting" each read as their dates say.
  CHECK(mismatches(lint::check_plan(json, "plan.json")).empty());
  auto found = mismatches(lint::check_plan(replace_first(json, "\"text\": \"in 2013\"", "\"text\": \"in 2014\""),
                                           "plan.json"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].pointer == "/sections/0/actions/0/deadline");
  CHECK(found[0].message.ends_with("deadline phrase 'in 2014' reads as year, 2014-01-01 to 2014-12-31, but the plan "
                                   "gives year, 2013-01-01 to 2013-12-31"));
  // A phrase that is no deadline at all (the preposition lost in an edit).
  found = mismatches(lint::check_plan(replace_first(json, "\"text\": \"by March 2013\"", "\"text\": \"March 2013\""),
                                      "plan.json"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.ends_with("deadline phrase 'March 2013' is no form mseg reads, but the plan gives month, "
                                   "2013-03-01 to 2013-03-31"));
}

TEST_CASE("check: a text plan checked a section at a time finds what the rules find over the whole plan") {
  // Findings that compare sections (a section number skipped, an action
  // repeating one two sections back) and findings that need the plan's head
  // (a deadline before the title's year): validate reads each section once and
  // forgets it (issue 20 item 12), so each must survive the section it is about.
  const std::string text =
      "Maritime Security Experts Group Work Plan 2008\nMSEG 10, Lima, Peru\n\n"
      "\tDirectives\n\tPriorities\n\tAction Items\n"
      "\t1A. Build capacity (Ministerial Statement 2007)\n1C. Share practices\n"
      "\t1.1 Port security\n1.3 Drills\n"
      "\tReport on the program. (Australia/March 2007)\nPublish the manual. (/ongoing)\n"
      "\t2A. Train (Ministerial Statement 2007)\n\t2.1 Training\n\tHold a workshop (Japan/2009)\n"
      "\t4A. Audit (Ministerial Statement 2007)\n\t4.1 Audits\n\treport ON  the program (Chile/2010)\n"
      "\t\n\t\n\t\n";
  auto key = [](const Diagnostic& d) {
    return fmt::format("{}:{}:{} {} [{}]{}", d.span.line, d.span.column, d.span.end_column, d.message, d.code,
                       d.related.empty() ? std::string() : fmt::format(" (related line {})", d.related[0].span.line));
  };
  std::vector<std::string> streamed, whole;
  for (const auto& d : lint::check_plan(text, "t.txt").diagnostics) streamed.push_back(key(d));
  const Plan plan = parse_plan(text, ParseOptions{"t.txt"});
  for (const auto& d : plan.diagnostics) whole.push_back(key(d));
  for (const auto& d : lint::lint_plan(plan)) whole.push_back(key(d));
  std::sort(streamed.begin(), streamed.end());
  std::sort(whole.begin(), whole.end());
  CHECK(streamed == whole);
  // Each kind is there: the comparison would pass on two empty lists.
  const std::string all = fmt::format("{}", fmt::join(streamed, "\n"));
  CAPTURE(all);
  for (const char* code : {"[numbering]", "[duplicate-action]", "[deadline-before-plan]", "[tag-without-owner]",
                           "[directive-without-citation]"})
    CHECK(all.find(code) != std::string::npos);
  CHECK(all.find("section 4 follows 2: 3 is missing") != std::string::npos);
  CHECK(all.find("action S3.A1 repeats action S1.A1") != std::string::npos);
}

TEST_CASE("check: a PDF's diagnostics come page by page, as its plan JSON gives them") {
  // A helper's finding: the 2007 plan's PDF listed pages 1, 2, 1, 1, 3, 2 (a row's cells start on one page and end
  // on the next, and the laid-out text goes row by row).
  const std::string pdf = "tests/forms/meg-sec-workplan-2007.pdf";
  const std::string bytes = test::read_file(pdf);
  const auto pages = [](const std::vector<Diagnostic>& diags) {
    std::vector<std::uint32_t> out;
    for (const auto& d : diags)
      if (d.span.place) out.push_back(std::get<PdfPlace>(*d.span.place).page);
    return out;
  };
  const auto checked = pages(lint::check_plan(bytes, pdf).diagnostics);
  CHECK(checked.size() >= 6);
  CHECK(std::is_sorted(checked.begin(), checked.end()));
  CHECK(std::set<std::uint32_t>(checked.begin(), checked.end()).size() == 3);
  const auto parsed = pages(parse_plan(bytes).diagnostics);
  CHECK(std::is_sorted(parsed.begin(), parsed.end()));
  CHECK(parsed.size() == checked.size());
}
