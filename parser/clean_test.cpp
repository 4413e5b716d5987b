#include "clean.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>

using namespace mseg;

namespace {

// The rule, byte by byte: the reference the word-at-a-time code must match.
std::string collapse_slowly(std::string_view s) {
  s = trim(s);
  std::string out;
  bool in_space = false;
  for (std::size_t i = 0; i < s.size();) {
    if (const std::size_t k = space_at(s, i)) {
      in_space = true;
      i += k;
      continue;
    }
    if (s.substr(i, 2) == "\u00AD") {  // a soft hyphen: nothing
      i += 2;
      continue;
    }
    if (in_space && !out.empty()) out.push_back(' ');
    in_space = false;
    out.push_back(s[i++]);
  }
  return out;
}

}  // namespace

TEST_CASE("clean: white space collapses to single spaces, ends trimmed") {
  CHECK(collapse_whitespace("  a \t b\n\nc  ") == "a b c");
  CHECK(collapse_whitespace("a\u00A0\u00A0b") == "a b");              // no-break spaces
  CHECK(collapse_whitespace("caf\u00E9 \u00A9 x") == "caf\u00E9 \u00A9 x");  // 0xC2/0xC3 lead bytes that are not spaces
  CHECK(collapse_whitespace("1234567 89") == "1234567 89");           // a space ending an 8-byte word
  CHECK(collapse_whitespace("1234567  89") == "1234567 89");          // ... and another starting the next
  CHECK(collapse_whitespace("Implemen\u00ADtation") == "Implementation");  // a soft hyphen is nothing
  CHECK(collapse_whitespace("\u00AD a \u00AD b \u00AD") == "a b");
  CHECK(collapse_whitespace("") == "");
  CHECK(collapse_whitespace(" \t ") == "");
  std::string out = "x";
  append_collapsed(out, "  y  z ");
  CHECK(out == "xy z");
}

TEST_CASE("clean: collapsing matches the byte-by-byte rule on random text") {
  // Pieces chosen to land on every position of the eight- and sixteen-byte
  // blocks; every other text is mostly plain (words and single spaces), so
  // whole blocks are copied and the odd piece falls anywhere in one.
  const std::string pieces[] = {"a",      "bc",     "defghij", " ",      "  ",   "\t",   "\n",
                                "\r\n",   "\u00A0", "\u00E9",  "\u00A9", "\x01", "\u00AD"};
  std::mt19937 rng(7);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const bool plain = round % 2 == 1;
    const int n = static_cast<int>(rng() % (plain ? 40 : 24));
    for (int k = 0; k < n; ++k)
      s += plain && rng() % 10 != 0 ? pieces[rng() % 4] : pieces[rng() % std::size(pieces)];
    CAPTURE(s);
    REQUIRE(collapse_whitespace(s) == collapse_slowly(s));
  }
}

TEST_CASE("clean: trim_unseen takes white space and unseen marks off both ends, not from inside") {
  CHECK(trim_unseen("\u2007September 2006\u200F") == "September 2006");
  CHECK(trim_unseen(" \u00A0\u200E\u3000March\u2009 2009 \u202F\u00A0 ") == "March\u2009 2009");
  CHECK(trim_unseen("\u200B") == "");
  CHECK(trim_unseen("2006") == "2006");
  // A character that merely ends in a byte like a space's is kept: 'é' (C3 A9), '…' (E2 80 A6).
  CHECK(trim_unseen("caf\u00E9") == "caf\u00E9");
  CHECK(trim_unseen("wait\u2026") == "wait\u2026");
}
