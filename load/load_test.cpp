#include <mseg/load.hpp>
#include <mseg/parse.hpp>
#include <mseg/plan_json.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

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
  CHECK(json.json_problems.empty());
  CHECK(json.plan.sections.size() == 4);
}

TEST_CASE("load: a number too large for a double is a located JSON error, not a crash") {
  // Found by fuzz_load_json: nlohmann throws out_of_range 406 here, not parse_error.
  std::string doc = "{\"schema_version\": 1e999}";
  LoadedPlan loaded = load_plan(doc, "big.json");
  REQUIRE(loaded.json_problems.size() == 1);
  const Diagnostic& issue = loaded.json_problems[0];
  CHECK(issue.message == "malformed JSON: number overflow parsing '1e999'");
  CHECK(issue.code == "json-syntax");
  CHECK(issue.severity == Severity::error);
  CHECK(issue.span.line == 1);
  CHECK(issue.span.column == 20);
}

TEST_CASE("load: truncated JSON is a syntax error where the parser stopped") {
  std::string doc = test::read_file("samples/meg-sec-workplan-2007.json");
  LoadedPlan loaded = load_plan(doc.substr(0, doc.size() / 2), "cut.json");
  REQUIRE(loaded.json_problems.size() == 1);
  CHECK(loaded.json_problems[0].code == "json-syntax");
  CHECK(loaded.json_problems[0].message.rfind("malformed JSON: ", 0) == 0);
  CHECK(loaded.json_problems[0].span.line > 100);
}

TEST_CASE("load: a file of several plans, as mseg parse writes them, gives each plan") {
  const std::string one = test::read_file("samples/meg-sec-workplan-2007.json");
  // A JSON array of plans: each element one plan, in order.
  auto array = load_plans("[" + one + ",\n" + one + "]", "all.json");
  REQUIRE(array.size() == 2);
  CHECK(array[1].json_problems.empty());
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
  REQUIRE_FALSE(comma[0].json_problems.empty());
  CHECK(comma[0].json_problems[0].code == "json-syntax");
}

TEST_CASE("load: a problem in the second line of JSON Lines is placed in the whole file") {
  const std::string good = "{\"schema_version\": \"1\"}";
  // The second plan's version has the wrong type: its issue is on line 2.
  auto plans = load_plans(good + "\n" + "{\"schema_version\": 7}\n", "plans.jsonl");
  REQUIRE(plans.size() == 2);
  REQUIRE(plans[1].within.has_value());
  CHECK(plans[1].within->line == 2);
  const Diagnostic* version = nullptr;
  for (const auto& issue : plans[1].json_problems)
    if (issue.pointer == "/schema_version") version = &issue;
  REQUIRE(version != nullptr);
  CHECK(version->code == "json-schema");
  CHECK(version->span.line == 2);
  CHECK(version->span.column == 20);
  CHECK(plans[1].pointer.empty());  // JSON Lines has no document pointer
  auto message = first_json_problem(plans[1]);
  REQUIRE(message);
  CHECK(message->starts_with("plan at line 2: "));
}

TEST_CASE("load: every plan under tests/forms goes to JSON and back byte for byte, places and all") {
  // parse -> JSON -> load -> JSON, as `mseg parse plan.pdf -o p.json; mseg query p.json` does: a place the
  // loader dropped, or a box it read as another float, changes the second JSON.
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(MSEG_SOURCE_DIR) + "/tests/forms"))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  std::size_t docx = 0, pdf = 0, text = 0, json = 0;
  for (const auto& name : names) {
    const std::string path = "tests/forms/" + name;
    const std::string ext = std::filesystem::path(name).extension().string();
    // Not plans: the recipe, its tests and the README. A .doc or .odt needs LibreOffice, which the CLI runs to get
    // the .docx read here; a .locked.pdf is refused (hardening.pdf_encrypted).
    if (ext == ".py" || ext == ".sh" || name == "README.md" || ext == ".doc" || ext == ".odt" ||
        name.ends_with(".locked.pdf"))
      continue;
    CAPTURE(path);
    const std::string bytes = test::read_file(path);
    if (ext == ".json") {
      // A hand-checked golden: loaded and written again, it is the file.
      LoadedPlan golden = load_plan(bytes, path);
      REQUIRE(golden.json_problems.empty());
      CHECK(to_json(golden.plan) + "\n" == bytes);
      ++json;
      continue;
    }
    const Plan parsed = parse_plan(bytes, ParseOptions{path});
    const std::string written = to_json(parsed);
    LoadedPlan loaded = load_plan(written, "p.json");
    REQUIRE(loaded.json_problems.empty());
    CHECK(to_json(loaded.plan) == written);
    CHECK(to_json(loaded.plan, false) == to_json(parsed, false));
    const bool placed = parsed.sections.front().span.place != nullptr;
    CHECK(placed == (ext == ".docx" || ext == ".pdf"));
    if (ext == ".docx") ++docx;
    else if (ext == ".pdf") ++pdf;
    else ++text;
  }
  // The fixtures are all there: a fixture renamed out of reach fails here, not silently.
  CHECK(docx >= 5);
  CHECK(pdf >= 5);
  CHECK(text >= 10);
  CHECK(json >= 1);
}

TEST_CASE("load: a wrong place in plan JSON is a JSON issue with its pointer and line") {
  const std::string path = "tests/forms/meg-sec-workplan-2007.pdf";
  std::string written = to_json(parse_plan(test::read_file(path), ParseOptions{path}));
  const std::string page = "\"page\": 1,";
  const auto at = written.find(page);
  REQUIRE(at != std::string::npos);
  written.replace(at, page.size(), "\"page\": -1,");
  const LoadedPlan loaded = load_plan(written, "p.json");
  REQUIRE(loaded.json_problems.size() == 1);
  const Diagnostic& issue = loaded.json_problems[0];
  CHECK(issue.pointer == "/sections/0/span/pdf/page");
  CHECK(issue.message == "-1 is an integer, expected a non-negative integer");
  CHECK(issue.span.line == 1 + static_cast<std::uint32_t>(std::count(written.begin(), written.begin() + at, '\n')));
  CHECK(issue.span.column == 19);
  CHECK(issue.code == "json-schema");
}

TEST_CASE("load: asked for, a plan's source text comes with it from the one reading") {
  // What validate shows under a message: a text plan decoded; a .docx's or .pdf's tab-cell text as laid out.
  // A plan that was UTF-8 already is its own text (less a BOM): none is given, the bytes are not held twice.
  const std::string cp1252 =
      "Plan\n\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Do things\n\t1.1 Things\n\tCaf\xe9 \x93phase two\x94 (Japan/2006)\n";
  const std::string bom = "\xEF\xBB\xBF" + test::read_file("samples/mseg-workplan-2006-hanoi.txt");
  for (auto path : {"samples/meg-sec-workplan-2007.txt", "tests/forms/meg-sec-workplan-2007.pdf",
                    "tests/forms/mseg-workplan-2006-hanoi.docx", "tests/forms/later-forms-plan.layout.txt",
                    "cp1252", "bom"}) {
    CAPTURE(path);
    const std::string bytes = path == std::string("cp1252") ? cp1252
                              : path == std::string("bom")  ? bom
                                                            : test::read_file(path);
    std::string text;
    const Plan parsed = parse_plan(bytes, ParseOptions{path}, text);
    LoadedPlan kept = load_plan(bytes, path, nullptr, {}, true);
    CHECK(kept.source_text == text);
    CHECK(to_json(kept.plan) == to_json(parsed));
    CHECK(load_plan(bytes, path).source_text.empty());
    const bool utf8_text = std::string_view(path).ends_with(".txt") || path == std::string("bom");
    CHECK(text.empty() == utf8_text);
    if (utf8_text) text = bytes.substr(parsed.source.encoding == "utf-8-bom" ? 3 : 0);
    // Each span's line is a line of that text, and holds the element's first words.
    std::vector<std::string_view> lines;
    for (std::size_t from = 0; from <= text.size();) {
      const auto nl = text.find('\n', from);
      lines.push_back(std::string_view(text).substr(from, nl == std::string::npos ? std::string::npos : nl - from));
      if (nl == std::string::npos) break;
      from = nl + 1;
    }
    const Action& action = parsed.sections.front().actions.front();
    REQUIRE(action.span.line >= 1);
    REQUIRE(action.span.line <= lines.size());
    CHECK(lines[action.span.line - 1].find(action.text.substr(0, 20)) != std::string_view::npos);
  }
  auto plans = load_plans(test::read_file("samples/meg-sec-workplan-2007.json"), "p.json", nullptr, {}, true);
  REQUIRE(plans.size() == 1);
  CHECK(plans[0].source_text.empty());
}
