#include <doctest/doctest.h>

#include <mseg/query_format.hpp>

#include <fmt/format.h>

#include "query/ics.hpp"
#include "query/query_test_util.hpp"

namespace mseg::query {
namespace {

std::vector<std::string> lines_of(const std::string& ics) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (auto pos = ics.find("\r\n"); pos != std::string::npos; pos = ics.find("\r\n", start)) {
    out.push_back(ics.substr(start, pos - start));
    start = pos + 2;
  }
  return out;
}

std::size_t count_of(const std::string& s, std::string_view what) {
  std::size_t n = 0;
  for (auto pos = s.find(what); pos != std::string::npos; pos = s.find(what, pos + 1)) ++n;
  return n;
}

std::string ics_of(const Plan& plan, QueryOptions options = {}) {
  FormatOptions f;
  f.format = Format::ics;
  f.owners = options.owners;
  return format_ics(test::run(options, plan), f);
}

}  // namespace

TEST_CASE("ics: text escaping follows RFC 5545 3.3.11") {
  CHECK(escape_ics_text("a;b,c\\d") == "a\\;b\\,c\\\\d");
  CHECK(escape_ics_text("one\ntwo\r\nthree") == "one\\ntwo\\nthree");
  CHECK(escape_ics_text(std::string("bell\x07")) == "bell");
}

TEST_CASE("ics: folding keeps lines within 75 octets and UTF-8 characters whole") {
  const std::string ascii(200, 'a');
  for (const auto& line : lines_of(fold_ics_line(ascii))) CHECK(line.size() <= 75);
  std::string euros;
  for (int i = 0; i < 60; ++i) euros += "\u20ac";  // three octets each
  const std::string folded = fold_ics_line("SUMMARY:" + euros);
  std::string unfolded;
  for (const auto& line : lines_of(folded)) {
    CHECK(line.size() <= 75);
    unfolded += line.front() == ' ' ? line.substr(1) : line;
    // A physical line never starts in the middle of a character.
    const auto first = static_cast<unsigned char>(line.front() == ' ' ? line[1] : line[0]);
    CHECK((first & 0xC0) != 0x80);
  }
  CHECK(unfolded == "SUMMARY:" + euros);
}

TEST_CASE("ics: one all-day span per action, tag and owner, undated tags give none") {
  const std::string ics = ics_of(test::y2007());
  // 2007 has 19 owner-tag pairs; the 4 ongoing tags have one owner each.
  CHECK(count_of(ics, "BEGIN:VEVENT") == 15);
  CHECK(tags_without_event(test::run({}, test::y2007())) == 4);
  // S1.A2's second tag is the Chair's first (and the ICIAP Coordinator's): t1, numbered among that owner's tags.
  CHECK(ics.find("UID:S1.A2.t1.chair.meg-sec@mseg\r\n") != std::string::npos);
  CHECK(ics.find("UID:S1.A2.t1.iciap-coordinator.meg-sec@mseg\r\n") != std::string::npos);
  // March 2008 runs to the last day of March: DTEND is the day after.
  CHECK(ics.find("DTSTART;VALUE=DATE:20080301\r\nDTEND;VALUE=DATE:20080401\r\n") != std::string::npos);
  for (const auto& line : lines_of(ics)) CHECK(line.size() <= 75);
  CHECK(ics.size() >= 2);
  CHECK(ics.substr(ics.size() - 15) == "END:VCALENDAR\r\n");
}

TEST_CASE("ics: --owner keeps only that owner's events") {
  QueryOptions o;
  o.owners = {"Chair"};
  const std::string ics = ics_of(test::y2007(), o);
  CHECK(count_of(ics, "BEGIN:VEVENT") == 6);  // S1.A2 S1.A4 S2.A1 S3.A1 S3.A2 S4.A3; S2.A2, S3.A5 are ongoing
  CHECK(ics.find("iciap") == std::string::npos);
}

}  // namespace mseg::query

namespace mseg::query {

TEST_CASE("ics: a tag without a deadline answers for the one in the action's text") {
  // "Lead: Canada" with "by March 2008" in the sentence: the parser puts the
  // deadline on the action (issue 15); the calendar must still have it.
  Plan plan = parse_plan(
      "Plan\n\tMinisterial Directives\n\tMEG-SEC Priorities\n\tAction Items\n\t1A. Do things\n\t1.1 Things\n"
      "\tReview the port security guidelines by March 2008. Lead: Canada\n",
      {"texted.txt"});
  REQUIRE(plan.sections.size() == 1);
  REQUIRE(plan.sections[0].actions.size() == 1);
  const Action& a = plan.sections[0].actions[0];
  REQUIRE(a.deadline);
  REQUIRE(a.tags.size() == 1);
  CHECK(a.tags[0].deadline.text.empty());
  const std::string ics = ics_of(plan);
  CHECK(count_of(ics, "BEGIN:VEVENT") == 1);
  CHECK(count_of(ics, "DTSTART;VALUE=DATE:20080301") == 1);
  CHECK(count_of(ics, "DTEND;VALUE=DATE:20080401") == 1);
  CHECK(count_of(ics, "SUMMARY:Canada: Review the port security guidelines") == 1);
  CHECK(tags_without_event(test::run({}, plan)) == 0);
}

}  // namespace mseg::query

namespace mseg::query {

namespace {
Plan one_action(const char* path, const char* group_line, const char* action) {
  return parse_plan(fmt::format("Work Plan\n\n{}\n\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Do things\n"
                                "\t1.1 Things\n\t{}\n",
                                group_line, action),
                    {path});
}
std::vector<std::string> uids_of(const std::string& ics) {
  std::vector<std::string> out;
  for (const auto& line : lines_of(ics))
    if (line.starts_with("UID:")) out.push_back(line.substr(4));
  return out;
}
}  // namespace

TEST_CASE("ics: a calendar holds each UID once, and an owner's UID is who it is, not how it is spelt") {
  // A helper's findings. One owner by two names in one tag: one event.
  Plan p = one_action("a.txt", "The Maritime Security Sub-Group (MEG-SEC) meets.",
                      "Seek direction (US/United States/March 2008)");
  CHECK(uids_of(ics_of(p)) == std::vector<std::string>{"S1.A1.t1.united-states.meg-sec@mseg"});
  // Two plans of one group in one calendar: the second's event takes "-2", not the first's UID.
  Plan a = one_action("a.txt", "The Maritime Security Sub-Group (MEG-SEC) meets.", "Seek direction (Chair/March 2008)");
  Plan b = one_action("b.txt", "The Maritime Security Sub-Group (MEG-SEC) meets.",
                      "Seek direction (Chair/September 2008)");
  FormatOptions f;
  f.format = Format::ics;
  auto q = compile_query({}, Date{2008, 4, 1});
  const std::string both = format_ics(run_query(q, {Input{"a.txt", &a}, Input{"b.txt", &b}}), f);
  CHECK(uids_of(both) ==
        std::vector<std::string>{"S1.A1.t1.chair.meg-sec@mseg", "S1.A1.t1.chair.meg-sec-2@mseg"});
  // "MEG-SEC Chair" in the next edition is the Chair (the aliases table): the same UID, so a re-import updates.
  Plan c = one_action("c.txt", "The Maritime Security Sub-Group (MEG-SEC) meets.",
                      "Seek direction (MEG-SEC Chair/September 2008)");
  CHECK(uids_of(ics_of(c)) == uids_of(ics_of(a)));
  // Two owners named in no ASCII letter: each its own UID, the same in every run.
  Plan d = one_action("d.txt", "The Maritime Security Sub-Group (MEG-SEC) meets.",
                      "Seek direction (\xE4\xB8\xAD\xE5\x9B\xBD, \xE6\x97\xA5\xE6\x9C\xAC/March 2008)");
  const auto two = uids_of(ics_of(d));
  REQUIRE(two.size() == 2);
  CHECK(two[0] != two[1]);
  CHECK(two[0].starts_with("S1.A1.t1.u"));
  CHECK(uids_of(ics_of(d)) == two);
  CHECK(has_ics_event(test::run({}, d), f));
  // Names that differ in a letter outside ASCII alone: two UIDs, each keeping the name's ASCII letters.
  Plan n = one_action("n.txt", "The Maritime Security Sub-Group (MEG-SEC) meets.",
                      "Seek direction (Comit\xC3\xA9 1, Comite 1, Comit\xC3\xA8 1/March 2008)");
  const auto three = uids_of(ics_of(n));
  REQUIRE(three.size() == 3);
  CHECK(three[1] == "S1.A1.t1.comite-1.meg-sec@mseg");
  CHECK(three[0].starts_with("S1.A1.t1.comit-1-u"));
  CHECK(three[2].starts_with("S1.A1.t1.comit-1-u"));
  CHECK(three[0] != three[2]);
  // But the case of such a letter is no other owner: "COMIT\u00c9 1" keeps "Comit\u00e9 1"'s UID, as diff, --owner and
  // --group-by take them as one (a helper's finding: a calendar re-imported with the case changed doubled it).
  Plan upper = one_action("n.txt", "The Maritime Security Sub-Group (MEG-SEC) meets.",
                          "Seek direction (COMIT\xC3\x89 1, Comite 1, comit\xC3\xA8 1/March 2008)");
  CHECK(uids_of(ics_of(upper)) == three);
  // Names of no letter or digit at all, ASCII or not, each hashed (a re-read's finding in the first draft: "x").
  Plan w = one_action("w.txt", "The Maritime Security Sub-Group (MEG-SEC) meets.",
                      "Seek direction (??, \u2014, ##/March 2008)");
  const auto marks = uids_of(ics_of(w));
  REQUIRE(marks.size() == 3);
  for (const auto& uid : marks) CHECK(uid.starts_with("S1.A1.t1.u"));
  // Curly quotes and dashes are no letters: the same UID as the straight forms (a review's finding).
  Plan o = one_action("o.txt", "The Maritime Security Sub-Group (MEG-SEC) meets.",
                      "Seek direction (Secretariat\u2019s Office\u2014Ports/March 2008)");
  CHECK(uids_of(ics_of(o)) == std::vector<std::string>{"S1.A1.t1.secretariat-s-office-ports.meg-sec@mseg"});
  // Nor are spaces, bullets and symbols: a thin space, an ellipsis, guillemets. A soft hyphen is nothing at all, in
  // the owner's name too: "Coast\u00ADGuard" reads "CoastGuard".
  Plan t = one_action("t.txt", "The Maritime Security Sub-Group (MEG-SEC) meets.",
                      "Seek direction (Japan\u2009Coast\u00ADGuard \u00ABPorts\u00BB\u2026/March 2008)");
  CHECK(uids_of(ics_of(t)) == std::vector<std::string>{"S1.A1.t1.japan-coastguard-ports.meg-sec@mseg"});
  // A tag dropped before another keeps the other's UID (a helper's finding: a finished pilot's tag dropped, and the
  // Chair's event was duplicated on import); a second tag of the same owner is t2, whichever tags come between.
  Plan e = one_action("e.txt", "The Maritime Security Sub-Group (MEG-SEC) meets.",
                      "Seek direction (Pilot Project \u2013 Australia/2008) (Chair/March 2009) (Japan/2009) "
                      "(MEG-SEC Chair/June 2009)");
  Plan g = one_action("g.txt", "The Maritime Security Sub-Group (MEG-SEC) meets.",
                      "Seek direction (Chair/December 2009) (Chair/June 2010)");
  CHECK(uids_of(ics_of(e)) == std::vector<std::string>{"S1.A1.t1.australia.meg-sec@mseg", "S1.A1.t1.chair.meg-sec@mseg",
                                                       "S1.A1.t1.japan.meg-sec@mseg", "S1.A1.t2.chair.meg-sec@mseg"});
  CHECK(uids_of(ics_of(g)) == std::vector<std::string>{"S1.A1.t1.chair.meg-sec@mseg", "S1.A1.t2.chair.meg-sec@mseg"});
  // A filter changes no UID: the Chair's second tag alone is still t2.
  QueryOptions later;
  later.due_after = {"2009"};
  const std::string june = format_ics(run_query(compile_query(later, Date{2008, 4, 1}), {Input{"g.txt", &g}}), f);
  CHECK(uids_of(june) == std::vector<std::string>{"S1.A1.t2.chair.meg-sec@mseg"});
  // The same plan twice: its events once each, not again under "-2" (a review's finding: shown twice).
  const std::string twice = format_ics(run_query(q, {Input{"a.txt", &a}, Input{"a.txt", &a}}), f);
  CHECK(uids_of(twice) == std::vector<std::string>{"S1.A1.t1.chair.meg-sec@mseg"});
}

TEST_CASE("ics: a dated deadline naming no owner gets no event and is counted, a tag of many owners is linear") {
  Plan p = one_action("a.txt", "The Maritime Security Sub-Group (MEG-SEC) meets.", "Report on progress by June 2011");
  FormatOptions f;
  f.format = Format::ics;
  CHECK_FALSE(has_ics_event(test::run({}, p), f));
  CHECK(dated_without_owner(test::run({}, p)) == 1);
  CHECK(tags_without_event(test::run({}, p)) == 0);
  // 20,000 owners in one tag: an event each, each owner compared once (a review's finding: quadratic).
  std::string owners;
  for (int i = 0; i < 20000; ++i) owners += (i ? ", Owner" : "Owner") + std::to_string(i);
  Plan big = one_action("b.txt", "The Maritime Security Sub-Group (MEG-SEC) meets.",
                        ("Hold it (" + owners + "/March 2008)").c_str());
  CHECK(count_of(ics_of(big), "BEGIN:VEVENT") == 20000);
}

}  // namespace mseg::query
