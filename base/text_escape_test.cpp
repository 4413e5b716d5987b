#include <doctest/doctest.h>

#include "base/text_escape.hpp"

using namespace mseg;

TEST_CASE("text_escape: control characters from a plan are spaces, one a character") {
  std::string out;
  append_inert(out, "a\x1b[31mb\x07" "c\x7f\td\ne\xc2\x9b" "1m\xc2\xa0" "f\xe2\x80\x99");
  // ESC, BEL, DEL, tab, line break and the C1 CSI (U+009B) each a space; a no-break space and a quote stay.
  CHECK(out == "a [31mb c  d e 1m\xc2\xa0" "f\xe2\x80\x99");
  out.clear();
  append_inert(out, "a\tb\x1b", true);
  CHECK(out == "a\tb ");
  CHECK(has_control("x\xc2\x85"));  // NEL
  CHECK_FALSE(has_control("x\xc2\xa0 \xc3\xa9"));
  CHECK_FALSE(has_control("x\xc2"));  // a cut sequence is not a control character
  CHECK(control_at("\xc2\x80", 0) == 2);
}

TEST_CASE("text_escape: markdown_inline is one line, without control characters, Markdown's characters escaped") {
  CHECK(markdown_inline("  a | b\n\tc_d  ") == "a \\| b c\\_d");
  // ESC, BEL, DEL and the C1 CSI are whitespace, as line breaks are; a no-break space stays.
  CHECK(markdown_inline("Report\x1b[2J on\x07\x7f drills\xc2\x9b" "1m\xc2\xa0x") == "Report \\[2J on drills 1m\xc2\xa0x");
}
