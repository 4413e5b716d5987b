#include "base/utf8.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {
std::string from16(std::vector<unsigned short> units) {
  std::string out = "x";
  mseg::utf8::append_utf16(out, units.data(), units.size());
  return out.substr(1);
}
}  // namespace

TEST_CASE("append_utf16 writes ASCII, BMP and astral characters as UTF-8 after what is there") {
  CHECK(from16({'P', 'o', 'r', 't'}) == "Port");
  CHECK(from16({0x2013}) == "\xE2\x80\x93");           // en dash, as in "Manual – Russia"
  CHECK(from16({0x201C, 'a', 0x201D}) == "\xE2\x80\x9C" "a" "\xE2\x80\x9D");
  CHECK(from16({0x00E9}) == "\xC3\xA9");
  CHECK(from16({0xD83D, 0xDEA2}) == "\xF0\x9F\x9A\xA2");  // U+1F6A2 ship, a surrogate pair
}

TEST_CASE("append_utf16 replaces an unpaired surrogate with U+FFFD and keeps going") {
  CHECK(from16({0xD83D}) == "\xEF\xBF\xBD");
  CHECK(from16({0xD83D, 'a'}) == "\xEF\xBF\xBD" "a");
  CHECK(from16({0xDEA2, 'a'}) == "\xEF\xBF\xBD" "a");
  CHECK(from16({}) == "");
}

TEST_CASE("code_point reads back every length put writes") {
  for (char32_t cp : {char32_t{0x80}, char32_t{0xE9}, char32_t{0x7FF}, char32_t{0x800}, char32_t{0x2019},
                      char32_t{0xFFFD}, char32_t{0x10000}, char32_t{0x1F6A2}, char32_t{0x10FFFF}}) {
    char buf[4];
    const std::size_t n = mseg::utf8::put(buf, cp);
    const auto* p = reinterpret_cast<const unsigned char*>(buf);
    REQUIRE(mseg::utf8::sequence_length(p, n) == n);
    CHECK(mseg::utf8::code_point(p, n) == cp);
  }
}
