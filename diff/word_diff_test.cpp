#include <doctest/doctest.h>

#include <string>

#include "word_diff.hpp"

using namespace mseg;
using namespace mseg::diff;

namespace {
// The ops as "[-removed-]{+inserted+}" text.
std::string marks(const std::vector<TextOp>& ops) {
  std::string out;
  for (const auto& op : ops) {
    if (!out.empty()) out += ' ';
    if (op.op == TextOp::Op::remove) out += "[-" + op.text + "-]";
    else if (op.op == TextOp::Op::insert) out += "{+" + op.text + "+}";
    else out += op.text;
  }
  return out;
}
std::string diff_of(std::string_view a, std::string_view b) {
  WordDiffBudget budget;
  return marks(word_diff(a, b, budget));
}
}  // namespace

TEST_CASE("one word replaced") {
  CHECK(diff_of("Ministers reiterated their common understanding", "Leaders reiterated their common understanding") ==
        "[-Ministers-] {+Leaders+} reiterated their common understanding");
}

TEST_CASE("insertions and removals in the middle, removals first") {
  CHECK(diff_of("Develop a tailored phase 2 to the ISPS Code", "Continue to implement the tailored Phase 2 of the ISPS Code") ==
        "[-Develop a-] {+Continue to implement the+} tailored [-phase-] {+Phase+} 2 [-to-] {+of+} the ISPS Code");
}

TEST_CASE("same words: one equal run, and quote style or numbering is not a change") {
  auto ops = [](std::string_view a, std::string_view b) {
    WordDiffBudget budget;
    return word_diff(a, b, budget);
  };
  auto same = ops("Leaders\u2019 Statement", "Leaders' Statement");
  REQUIRE(same.size() == 1);
  CHECK(same[0].op == TextOp::Op::equal);
  CHECK(same_words("1A.  APEC economies will adopt", "APEC economies  will adopt"));
  CHECK(!same_words("capacity building.", "capacity building"));
  CHECK(ops("", "").empty());
  CHECK(diff_of("", "Invite guests") == "{+Invite guests+}");
}

TEST_CASE("past the size limit a changed stretch is one whole replacement") {
  WordDiffBudget budget;
  budget.per_text = 10;  // cells
  auto ops = word_diff("keep a b c d end", "keep c d a b end", budget);
  CHECK(marks(ops) == "keep [-a b c d-] {+c d a b+} end");
  WordDiffBudget roomy;
  CHECK(marks(word_diff("keep a b c d end", "keep c d a b end", roomy)) == "keep [-a b-] c d {+a b+} end");
  // The shared budget runs out too.
  WordDiffBudget spent;
  spent.remaining = 0;
  CHECK(marks(word_diff("x a y", "x b y", spent)) == "x [-a-] {+b+} y");
  CHECK(marks(word_diff("x a b y", "x b c y", spent)) == "x [-a b-] {+b c+} y");
}
