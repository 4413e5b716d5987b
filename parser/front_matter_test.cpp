#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "front_matter.hpp"

using namespace mseg;

namespace {

struct Read {
  Plan head;
  Findings findings;
  std::size_t front = 0;
};

// Reads the lines as the table reader hands them on: trimmed, non-empty, viewing one text.
Read read(const std::string& text, std::vector<std::string_view>& lines) {
  lines.clear();
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + start, end - start);
    if (!line.empty()) lines.push_back(line);
    start = end + 1;
  }
  Read r;
  r.front = read_front_matter(lines, r.head, r.findings);
  return r;
}

std::string dates(std::string_view line) {
  auto d = read_meeting_dates(line);
  if (!d) return "none";
  return to_string(*d->start) + ".." + to_string(*d->end);
}

}  // namespace

TEST_CASE("front matter: an APEC cover sheet fills document, meeting, place and dates") {
  const std::string text =
      "______________________________\n"
      "2012/TPTWG36/MEG-SEC/004 Agenda Item: 3.5\n"
      "Maritime Security Sub-Group Work Plan 2012-2013\n"
      "Purpose: Consideration\n"
      "Submitted by: MEG-SEC Chair\n"
      "36th Transportation Working Group Meeting\n"
      "Tokyo, Japan\n"
      "30 July \xE2\x80\x93 03 August 2012\n"
      "The Maritime Security Sub-Group (MEG-SEC) is an effective forum for member Economies.\n";
  std::vector<std::string_view> lines;
  Read r = read(text, lines);
  CHECK(r.findings.empty());
  REQUIRE(r.head.document);
  CHECK(r.head.document->number == "2012/TPTWG36/MEG-SEC/004");
  CHECK(r.head.document->agenda_item == "3.5");
  CHECK(r.head.document->purpose == "Consideration");
  CHECK(r.head.document->submitted_by == "MEG-SEC Chair");
  CHECK(r.head.title == "Maritime Security Sub-Group Work Plan 2012-2013");
  CHECK(r.head.meeting == "36th Transportation Working Group Meeting");
  CHECK(r.head.meeting_place == "Tokyo, Japan");
  REQUIRE(r.head.meeting_dates);
  CHECK(r.head.meeting_dates->text == "30 July \xE2\x80\x93 03 August 2012");
  CHECK(to_string(*r.head.meeting_dates->start) == "2012-07-30");
  CHECK(to_string(*r.head.meeting_dates->end) == "2012-08-03");
  CHECK(r.head.group->acronym == "MEG-SEC");
  CHECK(r.head.preamble == "The Maritime Security Sub-Group (MEG-SEC) is an effective forum for member Economies.");
  CHECK(r.front == lines.size());
}

TEST_CASE("front matter: a web page's lines are kept out of title and meeting, each in a note") {
  const std::string text =
      "advertisement\n"
      "MEG-SEC Work Plan | Document Library\n"
      "Presentation is loading. Please wait.\n"
      "https://example.org/docs/workplan.pdf\n"
      "MEG-SEC Work Plan 2008\n"
      "MEG-SEC 5, Lima, Peru\n"
      "Draft for comment\n";
  std::vector<std::string_view> lines;
  Read r = read(text, lines);
  CHECK(r.head.title == "MEG-SEC Work Plan 2008");
  CHECK(r.head.meeting == "MEG-SEC 5, Lima, Peru");  // a meeting line keeps its place, as today
  CHECK_FALSE(r.head.document);
  REQUIRE(r.findings.size() == 5);
  for (std::size_t i : {0, 1, 2, 3}) {
    CHECK(to_string(r.findings[i].code) == "unplanned-text");
    CHECK(info(r.findings[i].code).severity == Severity::note);
    CHECK(r.findings[i].where.data() == lines[i].data());  // the line itself
  }
  // A line past title and meeting that nothing reads is not dropped either.
  CHECK(to_string(r.findings[4].code) == "unplanned-text");
  CHECK(r.findings[4].where == "Draft for comment");
}

TEST_CASE("front matter: an action's tag before the table's header is a layout-unread warning, not a note") {
  // A helper's finding: a viewer's copy re-wrapped as prose put actions before any header mseg could find; each
  // was an unplanned-text note, the plan's elements lost with no warning. A review's: a date or a numbered heading
  // in front matter is no table text.
  const std::string text =
      "Maritime Security Experts Group Work Plan\n"
      "TPTWG 27 Ha Noi, Viet Nam\n"
      "Compile a catalogue of initiatives. (Australia/September 2006)\n"
      "(Revised draft, 12/03/2007)\n"
      "1.0 Introduction\n"
      "See (https://example.org/plans/2007)\n";
  std::vector<std::string_view> lines;
  Read r = read(text, lines);
  REQUIRE(r.findings.size() == 4);
  CHECK(to_string(r.findings[0].code) == "layout-unread");
  CHECK(info(r.findings[0].code).severity == Severity::warning);
  CHECK(r.findings[0].where == "Compile a catalogue of initiatives. (Australia/September 2006)");
  for (std::size_t i : {1, 2, 3}) CHECK(to_string(r.findings[i].code) == "unplanned-text");
}

TEST_CASE("front matter: the samples' forms read as before") {
  std::vector<std::string_view> lines;
  Read r = read("Maritime Security Experts Group Work Plan\nTPTWG 27 Ha Noi, Viet Nam\n"
                "The Maritime Security Experts Group (MSEG) is an effective forum for member Economies.\n",
                lines);
  CHECK(r.findings.empty());
  CHECK(r.head.title == "Maritime Security Experts Group Work Plan");
  CHECK(r.head.meeting == "TPTWG 27 Ha Noi, Viet Nam");
  CHECK_FALSE(r.head.meeting_place);
  CHECK_FALSE(r.head.meeting_dates);
  CHECK_FALSE(r.head.document);
  CHECK(r.front == 3);
}

TEST_CASE("front matter: meeting dates") {
  CHECK(dates("30 July \xE2\x80\x93 03 August 2012") == "2012-07-30..2012-08-03");
  CHECK(dates("5-7 September 2006") == "2006-09-05..2006-09-07");
  CHECK(dates("20 May 2010") == "2010-05-20..2010-05-20");
  CHECK(dates("28 December 2012 \xE2\x80\x93 2 January 2013") == "2012-12-28..2013-01-02");
  CHECK(dates("7-5 September 2006") == "none");  // ends before it starts
  CHECK(dates("2 Ports visited") == "none");
  CHECK(dates("Tokyo, Japan") == "none");
}

TEST_CASE("front matter: a no-break space before the group's acronym is a space") {
  // A new user's finding: "Experts Group\u00A0(MSEG)" made the group null, and with it every calendar UID changed.
  for (std::string space : {"\u00A0", "\u202F", " "}) {
    CAPTURE(space);
    const std::string text = "Maritime Security Experts Group Work Plan\n\nThe Maritime Security Experts\u00A0Group" + space +
                             "(MSEG)" + space + "is an effective forum for member Economies.\n";
    std::vector<std::string_view> lines;
    const Read r = read(text, lines);
    REQUIRE(r.head.group);
    CHECK(r.head.group->name == "Maritime Security Experts Group");
    CHECK(r.head.group->acronym == "MSEG");
  }
}
