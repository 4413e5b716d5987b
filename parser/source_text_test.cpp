#include "source_text.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "decode.hpp"
#include "layout_text.hpp"

using namespace mseg;

namespace {

// Line and column of byte `at`, the slow way: walk from the start, counting
// characters (bytes that are not 10xxxxxx) and line ends (LF, CRLF, CR).
std::pair<std::uint32_t, std::uint32_t> naive(const std::string& t, std::size_t at) {
  std::uint32_t line = 1, column = 1;
  for (std::size_t i = 0; i < at; ++i) {
    const auto c = static_cast<unsigned char>(t[i]);
    if (c == '\n' || (c == '\r' && !(i + 1 < t.size() && t[i + 1] == '\n'))) {
      ++line;
      column = 1;
    } else if (c != '\r' && (c & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {line, column};
}

}  // namespace

TEST_CASE("source text: every position's line and column agree with a character count from the start") {
  std::mt19937 next(7);
  // ASCII lines, lines with curly quotes and dashes (two- and three-byte
  // characters, some across a sixteen-byte block), and every line ending.
  const std::vector<std::string> pieces = {"Japan", " ", "(Chair/2008)", "\u2019", "\u2013", "\u00e9", "\t",
                                           "a longer run of plain ASCII text", "\n", "\r\n", "\r"};
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const auto n = next() % 60;
    for (std::size_t k = 0; k < n; ++k) text += pieces[next() % pieces.size()];
    if (text.empty()) text = "x";
    const DecodedText decoded = decode(text);
    REQUIRE(decoded.text() == text);
    const SourceText source(decoded);
    // Forward, backward and scattered, as spans are asked for.
    std::vector<std::size_t> order;
    for (std::size_t at = 0; at <= text.size(); ++at) order.push_back(at);
    for (std::size_t at = text.size() + 1; at-- > 0;) order.push_back(at);
    for (int k = 0; k < 50; ++k) order.push_back(next() % (text.size() + 1));
    for (const std::size_t at : order) {
      // Positions inside a line ending or a character are not asked for.
      if (at < text.size() && ((static_cast<unsigned char>(text[at]) & 0xC0) == 0x80 ||
                               (text[at] == '\n' && at > 0 && text[at - 1] == '\r')))
        continue;
      CAPTURE(text);
      CAPTURE(at);
      const Span s = source.span(at, at);
      const auto [line, column] = naive(text, at);
      CHECK(s.line == line);
      CHECK(s.column == column);
    }
  }
}

TEST_CASE("source text: lines found from the last answer's line by any distance, up or down") {
  // Thousands of lines, asked for in jumps of every size: the search from the last answer's line doubles its
  // steps, and must land on the same line as a count from the start.
  std::mt19937 next(11);
  std::string text;
  std::vector<std::size_t> starts{0};
  for (int k = 0; k < 5000; ++k) {
    text += std::string(next() % 40, 'x') + "\n";
    starts.push_back(text.size());
  }
  const DecodedText decoded = decode(text);
  const SourceText source(decoded);
  for (int k = 0; k < 4000; ++k) {
    const std::size_t at = k % 3 == 0 ? next() % text.size() : starts[next() % starts.size()] % text.size();
    const Span s = source.span(at, at);
    const auto line = static_cast<std::uint32_t>(std::upper_bound(starts.begin(), starts.end(), at) - starts.begin());
    CAPTURE(at);
    CHECK(s.line == line);
    CHECK(s.column == 1 + at - starts[line - 1]);
  }
  // The very end, after the last line end: the line after it, column 1 (from far above, then again).
  for (int again = 0; again < 2; ++again) {
    source.span(0, 0);
    const Span end = source.span(text.size(), text.size());
    CHECK(end.line == starts.size());
    CHECK(end.column == 1);
  }
}

TEST_CASE("source text: a joining space inside a piece places a span's end where the wrapped line ends") {
  // The writer keeps "to build\ncapacity" as one piece, the '\n' laid out as a space (layout.hpp, Piece).
  const DecodedText decoded = decode("to build\ncapacity now");
  layout::Laid laid{"column-blocks", {}, {}, {}, {}, {}};
  layout::Writer w(decoded.text(), laid);
  w.paragraph({decoded.text().substr(0, 8), decoded.text().substr(9)});
  REQUIRE(laid.text == "to build capacity now");
  REQUIRE(laid.pieces.size() == 1);
  SourceText source(decoded);
  source.lay(laid);
  // "build " ends after the space: on line 1 where "build" ends, as when the space stood outside every piece.
  Span s = source.span(3, 9);
  CHECK(s.line == 1);
  CHECK(s.end_line == 1);
  CHECK(s.end_column == 9);
  CHECK(s.length == 5);
  // "capacity" starts on line 2; a span ending at the space itself, or inside the next line, maps straight.
  s = source.span(9, 17);
  CHECK(s.line == 2);
  CHECK(s.column == 1);
  CHECK(s.end_column == 9);
  s = source.span(0, 8);
  CHECK(s.end_column == 9);
  CHECK(s.length == 8);
}
