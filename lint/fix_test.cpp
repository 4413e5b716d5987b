#include <mseg/fix.hpp>
#include <mseg/lint.hpp>
#include <mseg/parse.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace mseg;

namespace {
const std::string kPlan =
    "Maritime Security Experts Group Work Plan 2008\n"
    "\tDirectives\n\tPriorities\n\tAction Items\n"
    "\t1A. Build capacity (Ministerial Statement 2007)\n"
    "\t1.1 Port security\n"
    "\tReport on the program (Australia/Marhc 2008)\n"
    "Train the trainers (Chair. March 2008)\n"
    "Visit ports (Chair, 31 February 2008)\n";

std::vector<Diagnostic> diagnostics(const std::string& text) { return lint::check_plan(text, "plan.txt").diagnostics; }
std::string encoding(const std::string& text) { return lint::check_plan(text, "plan.txt").encoding; }
}  // namespace

TEST_CASE("fix: the safe fixes are applied in file order, and the result checks clean of them") {
  const auto diags = diagnostics(kPlan);
  const auto fixed = lint::apply_fixes(kPlan, encoding(kPlan), diags);
  CHECK(fixed.applied == 3);  // Marhc, '. ' and ', '
  CHECK(fixed.skipped == 0);
  CHECK(fixed.bytes.find("(Australia/March 2008)") != std::string::npos);
  CHECK(fixed.bytes.find("(Chair/March 2008)") != std::string::npos);
  CHECK(fixed.bytes.find("(Chair/31 February 2008)") != std::string::npos);
  // The date that does not exist has no fix: it is still reported, and nothing else is.
  const auto after = diagnostics(fixed.bytes);
  REQUIRE(after.size() == 1);
  CHECK(after[0].code == "invalid-date");
  CHECK(lint::apply_fixes(fixed.bytes, "utf-8", after).applied == 0);
}

TEST_CASE("fix: unsafe fixes and overlapping ones are left out") {
  Diagnostic a{Severity::error, "x", "m", Span{}};
  a.fix = Fix{"first", Span{1, 1, 1, 2, 0, 1}, "A"};
  Diagnostic b = a;
  b.fix = Fix{"overlaps", Span{1, 1, 1, 3, 0, 2}, "BB"};
  Diagnostic c = a;
  c.fix = Fix{"unsafe", Span{1, 3, 1, 4, 2, 1}, "C", false};
  const auto fixed = lint::apply_fixes("abc\n", "utf-8", {a, b, c});
  CHECK(fixed.bytes == "Abc\n");
  CHECK(fixed.applied == 1);
  CHECK(fixed.skipped == 1);
}

TEST_CASE("fix: a UTF-16 plan is refused rather than corrupted") {
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("\tA (Chile/Marhc 2008)\n")) {
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  Diagnostic d{Severity::warning, "misspelled-month", "m", Span{}};
  d.fix = Fix{"f", Span{1, 1, 1, 2, 2, 2}, "X"};
  CHECK(encoding(utf16) == "utf-16le");
  CHECK_THROWS_AS(lint::apply_fixes(utf16, encoding(utf16), {d}), InputError);
}

TEST_CASE("fix: unified diff with context, hunks joined when their contexts meet") {
  std::string before, after;
  for (int i = 1; i <= 20; ++i) {
    before += "line " + std::to_string(i) + "\n";
    after += (i == 2 || i == 5 || i == 18 ? "LINE " : "line ") + std::to_string(i) + "\n";
  }
  CHECK(lint::unified_diff(before, before, "p.txt").empty());
  CHECK(lint::unified_diff(before, after, "p.txt") ==
        "--- a/p.txt\n+++ b/p.txt\n"
        "@@ -1,8 +1,8 @@\n line 1\n-line 2\n+LINE 2\n line 3\n line 4\n-line 5\n+LINE 5\n line 6\n line 7\n line 8\n"
        "@@ -15,6 +15,6 @@\n line 15\n line 16\n line 17\n-line 18\n+LINE 18\n line 19\n line 20\n");
  CHECK(lint::unified_diff("a\nb", "a\nc", "q") ==
        "--- a/q\n+++ b/q\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n");
}
