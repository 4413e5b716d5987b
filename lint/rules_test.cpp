#include <mseg/lint.hpp>
#include <mseg/parse.hpp>

#include <doctest/doctest.h>

#include <cctype>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "tests/test_util.hpp"

using namespace mseg;

namespace {

const std::string kFront =
    "Maritime Security Experts Group Work Plan 2008\n"
    "MSEG 10, Lima, Peru\n\n"
    "\tDirectives\n\tPriorities\n\tAction Items\n";

// The lint rules' diagnostics on a text plan: front matter, header, then `rows`.
std::vector<Diagnostic> lint_text(const std::string& rows, const std::string& front = kFront) {
  return lint::lint_plan(parse_plan(front + rows, ParseOptions{"t.txt"}));
}

std::vector<Diagnostic> with_code(const std::vector<Diagnostic>& all, const std::string& code) {
  std::vector<Diagnostic> out;
  for (const auto& d : all)
    if (d.code == code) out.push_back(d);
  return out;
}

const std::string kGoodRow =
    "\t1A. Build capacity (Ministerial Statement 2007)\n1B. Share practices (Ministerial Statement 2007)\n"
    "\t1.1 Port security\n1.2 Drills\n"
    "\tReport on the program. (Australia/March 2008)\nPublish the manual. (Chair/ongoing)\n";

}  // namespace

TEST_CASE("lint: the samples give no lint findings") {
  for (const char* sample : {"samples/mseg-workplan-2006-hanoi.txt", "samples/meg-sec-workplan-2007.txt"}) {
    CAPTURE(sample);
    Plan plan = parse_plan(test::read_file(sample), ParseOptions{sample});
    CHECK(lint::lint_plan(plan).empty());
  }
}

TEST_CASE("lint: a clean plan gives no lint findings") { CHECK(lint_text(kGoodRow).empty()); }

TEST_CASE("lint: tag-without-owner fires on '(/March 2008)', not on an owned tag") {
  auto d = with_code(lint_text("\t1A. X (Ministerial Statement 2007)\n\t1.1 P\n\tDo it. (/March 2008)\n"),
                     "tag-without-owner");
  REQUIRE(d.size() == 1);
  CHECK(d[0].severity == Severity::warning);
  CHECK(d[0].span.line == 9);
  CHECK(d[0].message == "tag '(/March 2008)' names no owner");
  CHECK(with_code(lint_text(kGoodRow), "tag-without-owner").empty());
}

TEST_CASE("lint: directive-without-citation fires on a bare directive only") {
  auto d =
      with_code(lint_text("\t1A. Build capacity\n1B. Share (Ministerial Statement 2007)\n\t1.1 P\n\tDo. (US/2008)\n"),
                "directive-without-citation");
  REQUIRE(d.size() == 1);
  CHECK(d[0].span.line == 7);
  CHECK(d[0].message == "directive 1A cites no source");
}

TEST_CASE("lint: numbering finds skipped, repeated and out-of-order numbers") {
  SUBCASE("directive letter skipped: 1A, 1B, 1D") {
    auto d =
        with_code(lint_text("\t1A. a (Bogor Goal)\n1B. b (Bogor Goal)\n1D. d (Bogor Goal)\n\t1.1 P\n\tDo. (US/2008)\n"),
                  "numbering");
    REQUIRE(d.size() == 1);
    CHECK(d[0].message == "directive 1D follows 1B: 1C is missing");
    CHECK(d[0].span.line == 9);
    CHECK(d[0].span.column == 1);
    CHECK(d[0].span.end_column == 3);  // just "1D"
  }
  SUBCASE("directive letter skipped, numbered 1.A: 1.A, 1.B, 1.D") {
    auto d = with_code(
        lint_text("\t1.A. a (Bogor Goal)\n1.B b (Bogor Goal)\n1.D) d (Bogor Goal)\n\t1.1 P\n\tDo. (US/2008)\n"),
        "numbering");
    REQUIRE(d.size() == 1);
    CHECK(d[0].message == "directive 1.D follows 1.B: 1.C is missing");
    CHECK(d[0].span.end_column == 4);  // just "1.D"
  }
  SUBCASE("priority repeated: 1.1, 1.1") {
    auto d = with_code(lint_text("\t1A. a (Bogor Goal)\n\t1.1 P\n1.1 Q\n\tDo. (US/2008)\n"), "numbering");
    REQUIRE(d.size() == 1);
    CHECK(d[0].message == "priority 1.1 is used twice (first at line 8)");
    CHECK(d[0].span.line == 9);
  }
  SUBCASE("directive out of order: 1B before 1A") {
    auto d = with_code(lint_text("\t1B. b (Bogor Goal)\n1A. a (Bogor Goal)\n\t1.1 P\n\tDo. (US/2008)\n"), "numbering");
    REQUIRE(d.size() == 2);
    CHECK(d[0].message == "directive 1B comes first: 1A is missing");
    CHECK(d[1].message == "directive 1A comes after 1B: out of order");
  }
  SUBCASE("section skipped: 1 then 3") {
    auto d = with_code(lint_text(kGoodRow + "\t3A. c (Bogor Goal)\n\t3.1 P\n\tDo more. (US/2008)\n"), "numbering");
    REQUIRE(d.size() == 1);
    CHECK(d[0].message == "section 3 follows 1: 2 is missing");
  }
  SUBCASE("priority numbered for another section") {
    auto d = with_code(lint_text("\t1A. a (Bogor Goal)\n\t2.1 P\n\tDo. (US/2008)\n"), "numbering");
    REQUIRE(d.size() == 1);
    CHECK(d[0].message == "priority 2.1 stands in section 1");
  }
  SUBCASE("an unnumbered directive whose text starts with a damaged number, where the others are numbered") {
    // A helper's finding: "1d) Ministers" as a section's last directive had no number, and nothing was said.
    for (const char* start : {"1d)", "1D/", "ID.", "D.", "1 D", "\u00B9" "1C."}) {
      CAPTURE(std::string(start));
      auto d = with_code(lint_text(std::string("\t1A. a (Bogor Goal)\n1B. b (Bogor Goal)\n") + start +
                                   " Ministers d (Bogor Goal)\n\t1.1 P\n\tDo. (US/2008)\n"),
                         "numbering");
      REQUIRE(d.size() == 1);
      CHECK(d[0].message == "directive with no number where the section's others have one: '" + std::string(start) +
                                "' was read as the start of its text; if it is the number, write it as the others "
                                "are ('1C.')");
      CHECK(d[0].span.line == 9);
      const std::string_view written = start;
      CHECK(d[0].span.end_column - d[0].span.column == written.size() - (written.starts_with("\u00B9") ? 1 : 0));
    }
    // Words, or a year, start it: nothing said (directive-without-citation says what else is amiss).
    // The number the one before suggests, of lower-case letters and digits too (a review's finding: '1a.').
    auto d = with_code(lint_text("\t1a. a (Bogor Goal)\n1b) Ministers b (Bogor Goal)\n\t1.1 P\n\tDo. (US/2008)\n"),
                       "numbering");
    REQUIRE(d.size() == 1);
    CHECK(d[0].message.ends_with("('1b.')"));
    d = with_code(lint_text("\t1. a (Bogor Goal)\n2) Ministers b (Bogor Goal)\n\t1.1 P\n\tDo. (US/2008)\n"),
                  "numbering");
    REQUIRE(!d.empty());
    CHECK(d.back().message.ends_with("('2.')"));
    for (const char* start : {"Ministers", "2008 saw", "Part B of", "US ports", "2008: Ministers", "G20 Leaders",
                              "TMM4 Ministers", "10 A ministers"}) {
      CAPTURE(std::string(start));
      CHECK(with_code(lint_text(std::string("\t1A. a (Bogor Goal)\n") + start + " d (Bogor Goal)\n\t1.1 P\n\tDo. "
                                                                                   "(US/2008)\n"),
                      "numbering")
                .empty());
    }
  }
  SUBCASE("an unnumbered section after numbered ones, its first directive starting with the number written otherwise") {
    // A helper's finding: "(4) Implement ..." or "4 Implement ..." as the plan's last section had no number, and
    // nothing was said (before another section, the gap showed).
    for (const char* start : {"(3)", "3", "3)"}) {
      CAPTURE(std::string(start));
      auto d = with_code(lint_text(kGoodRow + "\t2A. b (Bogor Goal)\n\t2.1 P\n\tDo more. (US/2008)\n\t" + start +
                                   " Implement the code (Bogor Goal)\n\t3.1 P\n\tDo it. (US/2008)\n"),
                         "numbering");
      REQUIRE(d.size() == 1);
      CHECK(d[0].message == "section with no number after section 2: '" + std::string(start) +
                                "' was read as the start of its first directive's text; if it is the number, write "
                                "it as the others are ('3.')");
      CHECK(d[0].span.line == 16);
      CHECK(d[0].span.end_column - d[0].span.column == std::string_view(start).size());
    }
    // A wrapped "EC)", a year, a count, a number not the next (2 after section 1), or a plan numbered nowhere:
    // nothing said (a review's finding: "21 APEC member economies will ..." was told to write '4.').
    for (const char* start : {"EC) Implement", "2008 Saw", "4 economies implement", "(4 Implement",
                              "21 APEC member economies will", "(5) Implement", "(1) Ministers"}) {
      CAPTURE(std::string(start));
      CHECK(with_code(lint_text(kGoodRow + "\t" + start + " the code (Bogor Goal)\n\t2.1 P\n\tDo it. (US/2008)\n"),
                      "numbering")
                .empty());
    }
    CHECK(with_code(lint_text("\tAdopt a strategy (Bogor Goal)\n\tPorts\n\tDo. (US/2008)\n\t4 Implement it (Bogor "
                              "Goal)\n\tPorts\n\tDo. (US/2008)\n"),
                    "numbering")
              .empty());
  }
  SUBCASE("in sequence, and unnumbered plans") {
    CHECK(with_code(lint_text(kGoodRow), "numbering").empty());
    CHECK(with_code(lint_text("\tAdopt a strategy (Bogor Goal)\n\tPorts\n\tDo. (US/2008)\n"), "numbering").empty());
  }
}

TEST_CASE("lint: duplicate-action reports the second copy with the first's line") {
  auto d = with_code(lint_text("\t1A. a (Bogor Goal)\n\t1.1 P\n\tReport on the program. (US/2008)\n"
                               "Publish it. (US/2008)\nreport on  the program (Chile/2008)\n"),
                     "duplicate-action");
  REQUIRE(d.size() == 1);
  CHECK(d[0].span.line == 11);
  CHECK(d[0].message == "action S1.A3 repeats action S1.A1 (first at line 9)");
  CHECK(with_code(lint_text(kGoodRow), "duplicate-action").empty());
}

TEST_CASE("lint: deadline-before-plan needs a year in the title or meeting line") {
  const std::string rows = "\t1A. a (Bogor Goal)\n\t1.1 P\n\tDo. (US/March 2007)\n";
  auto d = with_code(lint_text(rows), "deadline-before-plan");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "deadline 'March 2007' ends 2007-03-31, before 2008, the year in the plan's title");
  CHECK(d[0].span.line == 9);
  // The year may come from the meeting line instead.
  auto m =
      with_code(lint_text(rows, "Work Plan\nMSEG 10, Lima, 12 March 2008\n\n\tD\n\tP\n\tA\n"), "deadline-before-plan");
  REQUIRE(m.size() == 1);
  CHECK(m[0].message.find("plan's meeting line") != std::string::npos);
  // No year stated (as in the Ha Noi plan's "TPTWG 27 Ha Noi, Viet Nam"): nothing to compare with.
  CHECK(with_code(lint_text(rows, "Work Plan\nTPTWG 27 Ha Noi, Viet Nam\n\n\tD\n\tP\n\tA\n"), "deadline-before-plan")
            .empty());
  // Deadlines in or after the plan's year, and undated ones, are fine.
  CHECK(
      with_code(lint_text("\t1A. a (Bogor Goal)\n\t1.1 P\n\tDo. (US/2008)\nGo. (US/ongoing)\n"), "deadline-before-plan")
          .empty());
}

TEST_CASE("lint: empty-section fires on a leading empty row, not on empty rows inside a section") {
  auto d = with_code(lint_text("\t\n\t\n\t\n" + kGoodRow), "empty-section");
  REQUIRE(d.size() == 1);
  CHECK(d[0].severity == Severity::error);
  CHECK(d[0].message == "section S1 has no directives, priorities or actions");
  CHECK(with_code(lint_text(kGoodRow + "\t\n\t\n\t\n"), "empty-section").empty());
}


TEST_CASE("lint: duplicate-action finds what comparing every pair of actions finds") {
  // Texts from a few words, in case, spacing and final stops that do not
  // count, so that many repeat; the reference compares each action with every
  // earlier one and names the first it repeats.
  auto normalised = [](const std::string& t) {
    std::string out;
    for (char c : t) {
      if (c == ' ') {
        if (!out.empty() && out.back() != ' ') out += ' ';
        continue;
      }
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    while (!out.empty() && (out.back() == '.' || out.back() == ' ')) out.pop_back();
    return out;
  };
  const char* words[] = {"Report", "report", "on", "ports", "drills"};
  std::uint32_t state = 7;
  auto next = [&state] { return state = state * 1103515245u + 12345u, (state >> 16) % 5; };
  Plan plan;
  for (int s = 0; s < 4; ++s) {
    Section& section = plan.sections.emplace_back();
    section.id = "S" + std::to_string(s + 1);
    for (int a = 0; a < 60; ++a) {
      Action& action = section.actions.emplace_back();
      action.id = section.id + ".A" + std::to_string(a + 1);
      for (unsigned w = 0, n = 1 + next() % 3; w < n; ++w) action.text += std::string(w ? (next() ? " " : "  ") : "") + words[next()];
      if (next() == 0) action.text += ".";
    }
  }
  std::vector<std::string> expected;
  for (std::size_t s = 0; s < plan.sections.size(); ++s)
    for (std::size_t a = 0; a < plan.sections[s].actions.size(); ++a) {
      const Action& here = plan.sections[s].actions[a];
      bool done = false;
      for (std::size_t s2 = 0; s2 <= s && !done; ++s2)
        for (std::size_t a2 = 0; a2 < (s2 == s ? a : plan.sections[s2].actions.size()) && !done; ++a2)
          if (normalised(plan.sections[s2].actions[a2].text) == normalised(here.text)) {
            expected.push_back(here.id + " repeats " + plan.sections[s2].actions[a2].id + " at /sections/" +
                               std::to_string(s2) + "/actions/" + std::to_string(a2));
            done = true;
          }
    }
  std::vector<std::string> got;
  for (const auto& d : with_code(lint::lint_plan(plan), "duplicate-action")) {
    REQUIRE(d.related.size() == 1);
    // "action S1.A3 repeats action S1.A1 (first at ...)"
    std::istringstream message(d.message);
    std::string action, here, repeats, action2, first;
    message >> action >> here >> repeats >> action2 >> first;
    got.push_back(here + " repeats " + first + " at " + d.related[0].pointer);
  }
  CHECK(expected.size() > 100);  // the vocabulary makes most actions repeats
  CHECK(got.size() == expected.size());
  for (std::size_t i = 0; i < std::min(got.size(), expected.size()); ++i) {
    CAPTURE(i);
    CHECK(got[i] == expected[i]);
  }
}
