// The formats on Ha Noi -> 2007, checked by hand against the plans.
#include <doctest/doctest.h>

#include <algorithm>

#include <mseg/history_format.hpp>
#include <mseg/parse.hpp>

#include "tests/test_util.hpp"

using namespace mseg;

namespace {
const History& sample() {
  static Plan a = parse_plan(test::read_file("samples/mseg-workplan-2006-hanoi.txt"), {"hanoi-2006.txt"});
  static Plan b = parse_plan(test::read_file("samples/meg-sec-workplan-2007.txt"), {"meg-sec-2007.txt"});
  static History h = build_history({&a, &b});
  return h;
}
bool contains(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("text: a timeline per thread, owners' figures, the lists") {
  auto t = format_history_text(sample());
  CHECK(t.starts_with("2 plans: 2006 (hanoi-2006.txt) 2007 (meg-sec-2007.txt)\n"));
  CHECK(contains(t, "\n2006:S1.A3 action carried through: Continue to implement the tailored Phase 2"));
  CHECK(contains(t, "\n  2006  S1.A3  owners: Australia, Canada, Japan, United States; deadline: September 2006\n"
                    "  2007  S1.A1  owners: Lead Economies; deadline: March 2008  [reworded; owners +Lead Economies "
                    "-Australia -Canada -Japan -United States; deadline September 2006 -> March 2008 (extended, 18 months)]\n"));
  CHECK(contains(t, "\n2006:S4.A2 action ended (last in 2006): Complete Central-South American Regional Action Plan.\n"
                    "  2006  S4.A2  owners: United States; deadline: September 2006\n  2007  absent\n"));
  CHECK(contains(t, "\nowners (action threads):\n"));
  CHECK(contains(t, "\nactions that slipped more than once: none\n"));
}

TEST_CASE("json and jsonl carry the same threads, csv a row per thread and plan, markdown tables") {
  const auto& h = sample();
  auto json = format_history_json(h);
  CHECK(contains(json, "\"id\": \"2006:1D\""));
  CHECK(json.back() == '\n');
  auto lines = format_history_jsonl(h);
  CHECK(static_cast<std::size_t>(std::count(lines.begin(), lines.end(), '\n')) == h.threads.size());
  auto csv = format_history_csv(h);
  // Rows end in CRLF; a text's own line breaks stay inside its quotes.
  std::size_t rows = 0;
  for (auto at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2)) ++rows;
  CHECK(rows == 1 + 2 * h.threads.size());
  CHECK(contains(csv, "\r\n2006:S1.A3,action,carried through,2007,yes,S1.A1,,S1,Lead Economies,March 2008,extended,18,yes,"
                      "Lead Economies,Australia; Canada; Japan; United States,,"));
  auto md = format_history_markdown(h);
  CHECK(contains(md, "| Thread | Kind | Status | Text | 2006 | 2007 |\n|---|---|---|---|---|---|\n"));
  CHECK(contains(md, "\n## Owners\n"));
}
