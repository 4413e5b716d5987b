#include "patterns.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tests/test_util.hpp"

using namespace mseg;
namespace pt = mseg::patterns;

namespace {
std::string_view view(const re2::StringPiece& p) { return {p.data(), p.size()}; }
}  // namespace

TEST_CASE("patterns: a no-break space after a directive's number is a space") {
  // A helper's finding: "2E\u00A0Ministers ..." read no number, and "1.A\u00A0APEC ..." read directive 1 of text
  // "A APEC ...", with no warning.
  for (const char* text : {"2E\u00a0Ministers", "1.A\u00a0APEC", "1.A.\u00a0APEC", "3A.\u00a0 Ministers"}) {
    CAPTURE(text);
    std::string_view rest = text, number;
    REQUIRE(pt::consume_directive_number(rest, number));
    CHECK((number == "2E" || number == "1.A" || number == "3A"));
    CHECK((rest == "Ministers" || rest == "APEC"));
  }
}

TEST_CASE("patterns: '1 A.', '1-D.', '1C:' and '(1B)' are directive numbers, '2 U.S.' none") {
  // A helper's finding: "1 B. Leaders ..." read no number, and its section none, unsaid.
  std::string_view rest = "1 B. Leaders", number;
  REQUIRE(pt::consume_directive_number(rest, number));
  CHECK(number == "1 B");
  CHECK(rest == "Leaders");
  rest = "1C: Train", number = {};
  REQUIRE(pt::consume_directive_number(rest, number));
  CHECK(number == "1C");
  CHECK(rest == "Train");
  rest = "(1B) Share";
  REQUIRE(pt::consume_directive_number(rest, number));
  CHECK(number == "1B");
  CHECK(rest == "Share");
  rest = "1-D. Ministers";  // a hyphen typed inside the number (read as none, unsaid)
  REQUIRE(pt::consume_directive_number(rest, number));
  CHECK(number == "1-D");
  CHECK(rest == "Ministers");
  for (const char* text : {"2 U.S. ports", "1 a. x", "1  B. x", "1 B.x", "1 BC. x", "(1b) x", "1C:x", "(1B)x",
                           "3-D printing", "1-d. x", "1--D. x", "1-DA. x"}) {
    CAPTURE(text);
    rest = text;
    CHECK_FALSE(pt::consume_directive_number(rest, number));
  }
}

TEST_CASE("patterns: the numbering hand matchers give the patterns' answers, on any text") {
  // Near misses of every kind: too many digits, letters, dots, white space RE2's
  // \s does not know (\v), non-ASCII letters, and text after the number.
  const char* const words[] = {"1", "12", "123", "1234", "A", "e", "AB", ".", "..", " ", "  ", "\t", "\v",
                               "\n", "text", "\u00e9", "\u00a0", "2E", "1.1", "x", ")", "1A)", "(", ":"};
  const char* const joins[] = {"", "", "", " ", "."};
  std::vector<std::string> texts{"1A.  text", "4. text", "2E text", "1.1  text", "3.2. text", "1.", "1A", "1A.",
                                 "12.5 text", "1.1.2 text", "1.1234 x", "1234A. x", "1AB. x", "",
                                 "1A) text", "1A)text", "1a) text", "1) text", "1.2) text", "1.2)text", "1.2.) x", "1A.) x",
                                 "1.A text", "1.A. text", "1.A) x", "1.A.x", "1.APEC x", "1.a x", "1.A", "1.A.", "12.B  x",
                                 "1.A\u00a0x", "2E\u00a0x", "3A.\u00a0 x", "1A)\u00a0x", "2E\xc2", "1.A\xc2",
                                 "1 A. text", "12 B)  x", "1 A.x", "1 a. x", "1  A. x", "1 A.", "1 AB. x", "1 A. \u00a0x",
                                 "2 U.S. x", "1234 A. x", "1 A.\xc2", "1C: x", "1C:x", "1c: x", "1C:\u00a0x", "(1B) x",
                                 "(1B)x", "(1b) x", "(1234B) x", "(B) x", "(1B x", "(1B)", "1C:", "( 1B) x",
                                 "1-D. x", "1-D) x", "1-D.x", "1-d. x", "1--D. x", "3-D x", "1-D.", "1234-D. x"};
  test::append_random_texts(texts, words, joins, 30000, 5, 11);
  for (const std::string& text : texts) {
    CAPTURE(text);
    {
      re2::StringPiece rest = text, dotted, number, bare, closed, spaced, colon, bracketed;
      const bool re2 =
          RE2::Consume(&rest, pt::directive_number(), &dotted, &number, &bare, &closed, &spaced, &colon, &bracketed);
      std::string_view hand_rest = text, hand_number;
      REQUIRE(pt::consume_directive_number(hand_rest, hand_number) == re2);
      if (re2) {
        CHECK(hand_number == view(!dotted.empty()   ? dotted
                                  : !number.empty() ? number
                                  : !bare.empty()   ? bare
                                  : !closed.empty() ? closed
                                  : !spaced.empty() ? spaced
                                  : !colon.empty()  ? colon
                                                    : bracketed));
        CHECK(hand_rest == view(rest));
      }
    }
    {
      re2::StringPiece rest = text, number;
      const bool re2 = RE2::Consume(&rest, pt::priority_number(), &number);
      std::string_view hand_rest = text, hand_number;
      REQUIRE(pt::consume_priority_number(hand_rest, hand_number) == re2);
      if (re2) {
        CHECK(hand_number == view(number));
        CHECK(hand_rest == view(rest));
      }
    }
  }
}
