#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <mseg/diff.hpp>
#include <mseg/diff_format.hpp>
#include <mseg/parse.hpp>

#include "tests/test_util.hpp"

using namespace mseg;

namespace {
const PlanDiff& sample_diff() {
  // The diff points into its plans: they live as long as it does.
  static const Plan old_plan =
      parse_plan(test::read_file("samples/mseg-workplan-2006-hanoi.txt"), {"samples/mseg-workplan-2006-hanoi.txt"});
  static const Plan new_plan =
      parse_plan(test::read_file("samples/meg-sec-workplan-2007.txt"), {"samples/meg-sec-workplan-2007.txt"});
  static PlanDiff d = diff_plans(old_plan, new_plan);
  return d;
}
bool contains(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("text format: summary, marked words, field changes, unchanged hidden") {
  std::string t = format_diff_text(sample_diff());
  CHECK(t.starts_with("samples/mseg-workplan-2006-hanoi.txt -> samples/meg-sec-workplan-2007.txt: "));
  CHECK(contains(t, ": actions: 5 modified, 11 removed, 10 added; directives: 2 modified, 8 removed, 10 added, "
                    "1 unchanged; priorities: 3 modified, 4 removed, 1 added\n"));
  CHECK(contains(t, "\nmodified directive S1.D4 (1D) -> S1.D2 (similarity 0.98)\n"));
  CHECK(contains(t, "  text: [-Ministers-] {+Leaders+} reiterated their common understanding"));
  CHECK(contains(t, "  deadline: September 2006 -> March 2008 (extended)\n"));
  CHECK(contains(t, "\nremoved action S4.A2\n  text: [-Complete Central-South American Regional Action Plan.-]\n"
                    "  owners: US\n  deadline: September 2006\n"));
  CHECK(contains(t, "\nadded action S3.A5\n  text: {+Invite guest"));
  CHECK(contains(t, "as appropriate.+}\n  owners: Chair\n  deadline: ongoing\n"));
  CHECK(contains(t, "\nremoved directive S1.D2 (1B)\n  text: [-Support the continuing"));
  CHECK(!contains(t, "\x1b["));
  CHECK(!contains(t, "unchanged directive"));
  std::string all = format_diff_text(sample_diff(), {.all = true});
  CHECK(contains(all, "\nunchanged directive S1.D1 (1A) -> S1.D1 (similarity 1.00)\n"));
}

TEST_CASE("text format: colour instead of marks, wrapping at a width") {
  std::string t = format_diff_text(sample_diff(), {.color = true});
  CHECK(contains(t, "\x1b[31mMinisters\x1b[0m \x1b[32mLeaders\x1b[0m reiterated"));
  CHECK(!contains(t, "[-Ministers-]"));
  std::string w = format_diff_text(sample_diff(), {.width = 60});
  std::size_t start = 0;
  while (start < w.size()) {
    auto end = w.find('\n', start);
    std::string line = w.substr(start, end - start);
    // Only a single word longer than the width, or a field line, may overflow.
    if (line.starts_with("  text:") || line.starts_with("      ")) CHECK_MESSAGE(line.size() <= 60 + 20, line);
    start = end + 1;
  }
  CHECK(contains(w, "\n      "));
}

TEST_CASE("json format: every element, fields, word diff") {
  auto j = nlohmann::json::parse(format_diff_json(sample_diff()));
  CHECK(j["old"]["path"] == "samples/mseg-workplan-2006-hanoi.txt");
  CHECK(j["old"]["sha256"].get<std::string>().size() == 64);
  CHECK(j["new"]["path"] == "samples/meg-sec-workplan-2007.txt");
  CHECK(j["threshold"] == 0.3);
  const auto& s = j["summary"];
  std::size_t total = 0;
  for (const auto* k : {"added", "removed", "modified", "moved", "unchanged"}) total += s[k].get<std::size_t>();
  CHECK(total == j["changes"].size());
  bool found = false;
  for (const auto& c : j["changes"]) {
    if (c["old_id"] == "S1.A3") {
      found = true;
      CHECK(c["kind"] == "action");
      CHECK(c["change"] == "modified");
      CHECK(c["new_id"] == "S1.A1");
      CHECK(c["similarity"].is_number());
      bool deadline = false;
      for (const auto& f : c["fields"])
        if (f["field"] == "deadline") {
          deadline = true;
          CHECK(f["old"] == "September 2006");
          CHECK(f["new"] == "March 2008");
          CHECK(f["direction"] == "extended");
        }
      CHECK(deadline);
      CHECK(c["text_diff"][0]["op"] == "delete");
      CHECK(c["text_diff"][0]["text"] == "Develop a");
    }
    if (c["change"] == "added") {
      CHECK(c["old_id"].is_null());
      CHECK(c["similarity"].is_null());
      CHECK(c["text_diff"].empty());
    }
  }
  CHECK(found);
  CHECK(format_diff_json(sample_diff(), false).find('\n') == format_diff_json(sample_diff(), false).size() - 1);
}

TEST_CASE("markdown format: summary table, modified with strike and bold, tables of the rest") {
  std::string m = format_diff_markdown(sample_diff());
  CHECK(m.starts_with("# Plan changes: `samples/mseg-workplan-2006-hanoi.txt` → `samples/meg-sec-workplan-2007.txt`\n"));
  CHECK(contains(m, "| Kind | Modified | Moved | Removed | Added | Unchanged |\n|---|---|---|---|---|---|\n"
                    "| Actions | 5 | 0 | 11 | 10 | 0 |\n| Directives | 2 | 0 | 8 | 10 | 1 |\n"
                    "| Priorities | 3 | 0 | 4 | 1 | 0 |\n| All | 10 | 0 | 23 | 21 | 1 |\n"));
  CHECK(!contains(m, "docs/"));
  CHECK(contains(m, "### Directive S1.D4 (1D) → S1.D2 (similarity 0.98)\n\n~~Ministers~~ **Leaders** reiterated"));
  CHECK(contains(m, "- **deadline:** September 2006 → March 2008 (extended)\n"));
  CHECK(contains(m, "\n## Removed\n"));
  CHECK(contains(m, "\n## Removed\n\n| Kind | Id | Text | Owners | Deadline | Citations |\n"));
  CHECK(contains(m, "| action | S4.A2 | Complete Central-South American Regional Action Plan. | US | September 2006 |  |"));
  CHECK(!contains(m, "## Unchanged"));
  CHECK(contains(format_diff_markdown(sample_diff(), true), "## Unchanged"));
  // Table cells escape the pipe that would end them.
  Section s;
  s.id = "S1";
  Action a;
  a.id = "S1.A1";
  a.text = "Share A|B *now*";
  s.actions.push_back(a);
  PlanDiff d;
  Change c;
  c.kind = ElementKind::action;
  c.change = ChangeKind::added;
  c.new_element = ElementRef{&s, &s.actions[0]};
  d.changes.push_back(c);
  // Only the columns some row fills: an action without tags, so kind, id and text alone.
  CHECK(contains(format_diff_markdown(d), "| Kind | Id | Text |\n|---|---|---|\n| action | S1.A1 | Share A\\|B \\*now\\* |\n"));
}
