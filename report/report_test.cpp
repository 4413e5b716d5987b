#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <mseg/diff.hpp>
#include <mseg/plan_report.hpp>

#include <mseg/diff_format.hpp>
#include "query/query_test_util.hpp"

namespace mseg::report {
namespace {

std::size_t count_of(const std::string& s, std::string_view what) {
  std::size_t n = 0;
  for (auto pos = s.find(what); pos != std::string::npos; pos = s.find(what, pos + 1)) ++n;
  return n;
}

// The values of attribute `name` on elements whose markup starts with `prefix`.
std::multiset<std::string> attrs(const std::string& html, std::string_view prefix, std::string_view name) {
  std::multiset<std::string> out;
  const std::string key = std::string(name) + "=\"";
  for (auto pos = html.find(prefix); pos != std::string::npos; pos = html.find(prefix, pos + 1)) {
    const auto end = html.find('>', pos);
    const auto at = html.find(key, pos);
    if (at == std::string::npos || at > end) continue;
    const auto start = at + key.size();
    out.insert(html.substr(start, html.find('"', start) - start));
  }
  return out;
}

std::string report_2007(std::vector<Since> since = {}) {
  ReportOptions o;
  o.as_of = Date{2008, 4, 1};
  o.source = "samples/meg-sec-workplan-2007.txt";
  o.since = std::move(since);
  return render_report(query::test::y2007(), o);
}

}  // namespace

TEST_CASE("report: states as of a date, overdue as query --overdue counts it") {
  Tag tag;
  tag.deadline.end = Date{2008, 3, 31};
  CHECK(tag_state(Action{}, tag, Date{2008, 4, 1}) == State::overdue);
  CHECK(tag_state(Action{}, tag, Date{2008, 3, 31}) == State::due_soon);
  CHECK(tag_state(Action{}, tag, Date{2008, 1, 2}) == State::due_soon);  // ends within the next 90 days
  CHECK(tag_state(Action{}, tag, Date{2008, 1, 1}) == State::later);     // the 90th day after is 2008-03-31
  Tag ongoing;
  ongoing.deadline.kind = DeadlineKind::ongoing;
  CHECK(tag_state(Action{}, ongoing, Date{2008, 4, 1}) == State::ongoing);
  CHECK(tag_state(Action{}, Tag{}, Date{2008, 4, 1}) == State::none);
  Action a;
  a.tags = {ongoing, tag};
  CHECK(action_state(a, Date{2008, 4, 1}) == State::overdue);
  CHECK(action_state(Action{}, Date{2008, 4, 1}) == State::none);
  // A deadline in the action's text ("by March 2008"): its tags without one answer for it, and so does an action without tags.
  Action texted;
  texted.deadline = TextDeadline{};
  texted.deadline->deadline.text = "by March 2008";
  texted.deadline->deadline.end = Date{2008, 3, 31};
  CHECK(action_state(texted, Date{2008, 4, 1}) == State::overdue);
  texted.tags = {Tag{}};
  CHECK(tag_state(texted, texted.tags[0], Date{2008, 4, 1}) == State::overdue);
  ongoing.deadline.text = "Ongoing";
  CHECK(tag_state(texted, ongoing, Date{2008, 4, 1}) == State::ongoing);  // a tag's own deadline comes first
}

TEST_CASE("report: the 2007 plan's timeline and table hold every action, 11 are overdue, as query says") {
  const std::string html = report_2007();
  query::QueryOptions q;
  q.overdue = true;
  q.as_of = "2008-04-01";
  std::set<std::string> expected;
  for (const auto& m : query::test::run(q, query::test::y2007())) expected.insert(m.element.id());
  REQUIRE(expected.size() == 11);

  const auto overdue_marks = attrs(html, "<a href=\"#S", "data-a");  // every mark
  std::set<std::string> overdue_ids;
  for (auto pos = html.find("class=\"mk overdue"); pos != std::string::npos; pos = html.find("class=\"mk overdue", pos + 1)) {
    const auto at = html.find("data-a=\"", pos) + 8;
    overdue_ids.insert(html.substr(at, html.find('"', at) - at));
  }
  CHECK(overdue_ids == expected);
  CHECK(html.find("<strong>11</strong> overdue") != std::string::npos);
  CHECK(html.find("<strong>15</strong> actions") != std::string::npos);

  const auto rows = attrs(html, "<tr class=\"action\"", "id");
  CHECK(rows.size() == 15);
  std::set<std::string> marked(overdue_marks.begin(), overdue_marks.end());
  for (const auto& id : rows) CHECK(marked.count(id) == 1);
  // S1.A2 has three owners over two tags: a mark in each of their lanes.
  CHECK(overdue_marks.count("S1.A2") == 3);
  for (const char* lane : {">Australia<", ">Singapore<", ">United States<", ">Chair<", ">ICIAP Coordinator<",
                           ">Lead Economies<", ">MEG-SEC<"})
    CHECK(count_of(html, lane) >= 1);
  // Economies come before roles and groups.
  CHECK(html.find("class=\"ln\" x=\"10\" y=\"") < html.find(">Chair<"));
  CHECK(html.find(">United States</text>") < html.find(">Chair</text>"));
}

TEST_CASE("report: the axis's first line is drawn and its year labels never overlap, however long the axis") {
  // A helper's findings: on a ten-year axis of years the first part-year had no line, its marks left of any; on
  // a seven-year axis of quarters the first part-year's label ran into the next ("20072008").
  for (const Date as_of : {Date{2020, 1, 1}, Date{2016, 6, 1}, Date{2010, 6, 1}, Date{2008, 4, 1}}) {
    CAPTURE(as_of.year);
    ReportOptions o;
    o.as_of = as_of;
    o.source = "samples/meg-sec-workplan-2007.txt";
    const std::string html = render_report(query::test::y2007(), o);
    const auto from = html.find("<g class=\"axis\"");
    REQUIRE(from != std::string::npos);
    const std::string axis = html.substr(from, html.find("</g>", from) - from);
    std::vector<double> lines, labels;
    for (const std::string& x : attrs(axis, "<line", "x1")) lines.push_back(std::stod(x));
    for (const std::string& x : attrs(axis, "<text class=\"yl\"", "x")) labels.push_back(std::stod(x));
    std::sort(lines.begin(), lines.end());
    std::sort(labels.begin(), labels.end());
    REQUIRE_FALSE(lines.empty());
    REQUIRE_FALSE(labels.empty());
    // The earliest mark (October 2007) starts on the axis's first line, not left of every line.
    double first_mark = 1e9;
    for (const std::string& x : attrs(html.substr(html.find("<g class=\"marks\"")), "<rect x=", "x"))
      first_mark = std::min(first_mark, std::stod(x));
    CHECK(lines.front() <= first_mark);
    for (std::size_t k = 1; k < labels.size(); ++k) CHECK(labels[k] - labels[k - 1] >= 30);
  }
}

TEST_CASE("report: the header names the meeting, its place and its dates, as the cover sheet gives them") {
  // A secretariat user's wish: place and dates were parsed and not shown.
  const Plan p = parse_plan(mseg::test::read_file("tests/forms/later-forms-plan.txt"), {"later-forms-plan.txt"});
  ReportOptions o;
  o.as_of = Date{2010, 10, 1};
  o.source = "later-forms-plan.txt";
  CHECK(count_of(render_report(p, o), "<dt>Meeting</dt><dd>Third Senior Officials’ Meeting, Sendai, Japan, "
                                      "23-24 September 2010</dd>") == 1);
}

TEST_CASE("report: the printed table's columns have fixed widths, the text the widest") {
  // A secretariat user's finding: left to the browser, the empty cells of directive rows took a third of an A4 page
  // and the text a fifth (14 pages for 16 actions).
  const std::string html = report_2007();
  CHECK(count_of(html, "<colgroup><col class=\"c-id\"><col class=\"c-tx\">") == 1);
  const auto print = html.find("@media print");
  REQUIRE(print != std::string::npos);
  CHECK(html.find("#plan-table{table-layout:fixed}", print) != std::string::npos);
  CHECK(html.find(".c-tx{width:36%}", print) != std::string::npos);
}

TEST_CASE("report: a plan's text cannot add markup or scripts to the page") {
  Plan plan = query::test::y2007();
  plan.sections[0].actions[0].text = "<script>document.title='owned'</script><img src=x onerror=alert(1)>";
  plan.sections[0].actions[0].tags[0].owners[0].name = "\"><svg onload=alert(2)>";
  plan.title = "</title><script>alert(3)</script>";
  ReportOptions o;
  o.as_of = Date{2008, 4, 1};
  o.source = "<b>file</b>.txt";
  const std::string html = render_report(plan, o);
  CHECK(count_of(html, "<script") == 1);  // the page's own
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<svg onload") == std::string::npos);
  CHECK(html.find("<b>file") == std::string::npos);
  CHECK(html.find("&lt;script&gt;document.title=&#39;owned&#39;&lt;/script&gt;") != std::string::npos);
}

TEST_CASE("report: self-contained: no address outside the page, a CSP that loads nothing") {
  const std::string html = report_2007();
  CHECK(html.find("http://") == std::string::npos);
  CHECK(html.find("https://") == std::string::npos);
  CHECK(html.find(" src=") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.find("default-src 'none'") != std::string::npos);
  CHECK(html.find("script-src 'sha256-") != std::string::npos);
}

TEST_CASE("report: --since shows the diff's changes and marks the timeline") {
  const PlanDiff d = diff_plans(query::test::hanoi(), query::test::y2007());
  const std::string html = report_2007({Since{"samples/mseg-workplan-2006-hanoi.txt", &query::test::hanoi()}});
  CHECK(html.find(diff::summary_line(d.summary)) != std::string::npos);
  std::size_t changes = 0;
  for (const auto& c : d.changes) changes += c.change != ChangeKind::unchanged ? 1 : 0;
  const auto start = html.find("<section class=\"changes\"");
  REQUIRE(start != std::string::npos);
  const std::string section = html.substr(start);
  CHECK(count_of(section, "<tr class=\"") == changes);
  for (const auto& c : d.changes)
    if (c.kind == ElementKind::action && c.change == ChangeKind::added) {
      CHECK(html.find("data-a=\"" + c.new_element->id() + "\"") != std::string::npos);
    }
  CHECK(html.find("class=\"mk overdue new\"") != std::string::npos);
}

TEST_CASE("report: headings in order and table headers") {
  const std::string html = report_2007();
  CHECK(count_of(html, "<h1") == 1);
  CHECK(html.find("<h1") < html.find("<h2"));
  CHECK(html.find("<h3") == std::string::npos);
  CHECK(html.find("<th scope=\"col\">ID</th>") != std::string::npos);
  CHECK(html.find("<title id=\"tl-title\">") != std::string::npos);
  CHECK(html.find("<desc id=\"tl-desc\">") != std::string::npos);
}

TEST_CASE("report: a citation shows the meeting it resolves to, and whether that is verified") {
  const std::string html = report_2007();
  CHECK(count_of(html, "<span class=\"mtg\">5th APEC Transportation Ministerial Meeting, Adelaide, Australia</span>") ==
        10);
  CHECK(count_of(html, "<span class=\"mtg\">13th APEC Economic Leaders&#39; Meeting, Busan, Republic of Korea "
                       "<em>(not verified)</em></span>") == 2);
}

}  // namespace mseg::report

namespace mseg::report {

TEST_CASE("report: an action with no tag shows the deadline its sentence gives, in the table") {
  // A helper's finding: the row's deadline and dates cells were empty, while the row said "overdue".
  Plan plan = query::test::y2007();
  Action& a = plan.sections.at(3).actions.at(0);
  a.tags.clear();
  Deadline d;
  d.text = "by September 2008";
  d.kind = DeadlineKind::month;
  d.start = Date{2008, 9, 1};
  d.end = Date{2008, 9, 30};
  a.deadline = TextDeadline{d, a.span};
  ReportOptions o;
  o.as_of = Date{2008, 10, 15};
  const std::string html = render_report(plan, o);
  const std::size_t row = html.find("<th scope=\"row\">" + a.id + "</th>");
  REQUIRE(row != std::string::npos);
  const std::string tr = html.substr(row, html.find("</tr>", row) - row);
  CHECK(tr.find("<td>by September 2008</td>") != std::string::npos);
  CHECK(tr.find("<span class=\"d\">2008-09-01</span>") != std::string::npos);
  CHECK(tr.find("2008-09-30") != std::string::npos);
  CHECK(tr.find("overdue") != std::string::npos);
}

}  // namespace mseg::report
