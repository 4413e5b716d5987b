#include "decode.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <mseg/parse.hpp>

namespace {

using mseg::decode;
using mseg::InputError;

// Only as much UTF-8 reading as the test inputs need (they are well-formed).
std::u32string code_points(std::string_view utf8) {
  std::u32string out;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (std::size_t k = 1; k < len; ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3Fu);
    }
    out.push_back(cp);
    i += len;
  }
  return out;
}

std::string utf16_with_bom(std::string_view utf8, bool little_endian) {
  std::string out;
  auto put = [&](char32_t unit) {
    const auto hi = static_cast<char>(unit >> 8), lo = static_cast<char>(unit & 0xFF);
    out += little_endian ? std::string{lo, hi} : std::string{hi, lo};
  };
  put(0xFEFF);
  for (char32_t cp : code_points(utf8)) {
    if (cp >= 0x10000) {
      put(0xD800 + ((cp - 0x10000) >> 10));
      put(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      put(cp);
    }
  }
  return out;
}

// Just the cp1252 characters the tests use.
std::string cp1252(std::string_view utf8) {
  std::string out;
  for (char32_t cp : code_points(utf8)) {
    switch (cp) {
      case U'’': out += '\x92'; break;
      case U'–': out += '\x96'; break;
      case U'“': out += '\x93'; break;
      case U'”': out += '\x94'; break;
      case U'€': out += '\x80'; break;
      default:
        REQUIRE(cp < 0x80);
        out += static_cast<char>(cp);
    }
  }
  return out;
}

// Every supported encoding of `utf8`; the cp1252 one is only recognised as
// such when `utf8` has a non-ASCII character.
std::vector<std::pair<std::string, std::string>> encodings_of(std::string_view utf8) {
  return {
      {"utf-8", std::string(utf8)},
      {"utf-8-bom", "\xEF\xBB\xBF" + std::string(utf8)},
      {"utf-16le", utf16_with_bom(utf8, true)},
      {"utf-16be", utf16_with_bom(utf8, false)},
      {"windows-1252", cp1252(utf8)},
  };
}

}  // namespace

TEST_CASE("decode: every encoding yields the same text") {
  const std::string sample = "Leaders’ Statement 2005 – MSEG\r\nIt’s “done” for €5\r\n";
  for (const auto& [encoding, bytes] : encodings_of(sample)) {
    CAPTURE(encoding);
    const mseg::DecodedText d = decode(bytes);
    CHECK(d.encoding == encoding);
    CHECK(d.text() == sample);
    CHECK(d.line_ending == "crlf");
  }
}

TEST_CASE("decode: plain UTF-8 keeps the identity mapping") {
  const auto plain = decode("a’x");
  CHECK(plain.runs.empty());
  CHECK(plain.shift == 0);
  const auto bom = decode("\xEF\xBB\xBF" "a’x");
  CHECK(bom.runs.empty());
  CHECK(bom.shift == 3);
  CHECK(bom.text() == "a’x");
}

TEST_CASE("decode: line endings") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"It’s\nfine\n", "lf"},        {"It’s\r\nfine\r\n", "crlf"}, {"It’s\rfine\r", "cr"},
      {"It’s\r\nfine\n", "mixed"},   {"It’s\rfine\n", "mixed"},    {"It’s\r\r\n", "mixed"},
      {"It’s fine", "none"},         {"\n’", "lf"},                {"’\r", "cr"},
      {"’\r\n\r\n\r\n", "crlf"},     {"’\n\n\r\n", "mixed"},
  };
  for (const auto& [text, expected] : cases) {
    for (const auto& [encoding, bytes] : encodings_of(text)) {
      CAPTURE(text);
      CAPTURE(encoding);
      const auto d = decode(bytes);
      CHECK(d.encoding == encoding);
      CHECK(d.text() == text);
      CHECK(d.line_ending == expected);
    }
  }
}

TEST_CASE("decode: original offsets after a multi-byte character") {
  // "a’x": in the decoded text 'x' is at 4, after the three bytes of ’ at 1..3.
  struct Case {
    std::string encoding;
    std::uint64_t a, quote, x;
  };
  const std::vector<Case> expected = {
      {"utf-8", 0, 1, 4},    {"utf-8-bom", 3, 4, 7},    {"utf-16le", 2, 4, 6},
      {"utf-16be", 2, 4, 6}, {"windows-1252", 0, 1, 2},
  };
  const auto inputs = encodings_of("a’x");
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const auto& [encoding, bytes] = inputs[i];
    CAPTURE(encoding);
    REQUIRE(expected[i].encoding == encoding);
    const auto d = decode(bytes);
    REQUIRE(d.text() == "a’x");
    CHECK(d.original_offset(0) == expected[i].a);
    CHECK(d.original_offset(1) == expected[i].quote);
    // Inside a transcoded character every byte maps to where it starts; UTF-8
    // maps byte for byte.
    const std::uint64_t step = d.runs.empty() ? 1 : 0;
    CHECK(d.original_offset(2) == expected[i].quote + step);
    CHECK(d.original_offset(3) == expected[i].quote + 2 * step);
    CHECK(d.original_offset(4) == expected[i].x);
    CHECK(d.original_offset(5) == bytes.size());
  }
}

TEST_CASE("decode: UTF-16 surrogate pairs") {
  const std::string text = "a\xF0\x9F\x98\x80x";  // U+1F600 between a and x
  for (bool le : {true, false}) {
    const auto d = decode(utf16_with_bom(text, le));
    CHECK(d.text() == text);
    CHECK(d.original_offset(1) == 4);
    CHECK(d.original_offset(4) == 4);
    CHECK(d.original_offset(5) == 8);
    CHECK(d.original_offset(6) == 10);
  }
}

TEST_CASE("decode: a BOM alone is empty text, not an error") {
  const auto utf8 = decode("\xEF\xBB\xBF");
  CHECK(utf8.text().empty());
  CHECK(utf8.encoding == "utf-8-bom");
  CHECK(utf8.line_ending == "none");
  CHECK(utf8.original_offset(0) == 3);
  const auto utf16 = decode(std::string_view("\xFF\xFE", 2));
  CHECK(utf16.text().empty());
  CHECK(utf16.encoding == "utf-16le");
  CHECK(utf16.original_offset(0) == 2);
}

TEST_CASE("decode: unreadable input throws InputError with the reason") {
  using namespace std::string_literals;
  CHECK_THROWS_WITH_AS(decode(""), "empty file", InputError);
  CHECK_THROWS_WITH_AS(decode("ab\0c"s), "contains NUL bytes at byte 2 (binary file?)", InputError);
  // UTF-16 without its byte order mark (iconv -t UTF-16LE writes none): said so, with how to save it.
  CHECK_THROWS_WITH_AS(decode("P\0l\0a\0n\0\n\0\t\0D\0i\0"s),
                       doctest::Contains("contains NUL bytes at byte 1: it looks like UTF-16 (little-endian) without a "
                                         "byte order mark"),
                       InputError);
  // An accent here and there has a byte of its own beside its NUL (a second review's finding: "binary file?").
  CHECK_THROWS_WITH_AS(decode("W\0o\0r\0k\0 \0\xe9\0P\0l\0a\0n\0\n\0\t\0D\0i\0r\0e\0"s),
                       doctest::Contains("it looks like UTF-16 (little-endian)"), InputError);
  CHECK_THROWS_WITH_AS(decode("\0P\0l\0a\0n\0\n\0\t\0D\0i"s),
                       doctest::Contains("at byte 0: it looks like UTF-16 (big-endian) without a byte order mark"),
                       InputError);
  CHECK_THROWS_WITH_AS(decode("\xEF\xBB\xBF" "ab\0c"s), "contains NUL bytes at byte 5 (binary file?)",
                       InputError);
  // A PDF with bytes before its header (an adversarial helper's finding: "binary file?" for a PDF).
  CHECK_THROWS_WITH_AS(decode("\0\0%PDF-1.6\n"s), "contains NUL bytes at byte 0: a PDF whose header (%PDF-) stands "
                       "after other bytes; remove what stands before it, or save the PDF again", InputError);
  // Invalid UTF-8 first, so the NUL is found by the cp1252 decoder.
  CHECK_THROWS_WITH_AS(decode("\x92" "a\0\0"s), "contains NUL bytes at byte 2 (binary file?)", InputError);
  CHECK_THROWS_WITH_AS(decode("\xFF\xFE" "a\0\0\0"s), "contains NUL bytes at byte 4 (binary file?)",
                       InputError);
  CHECK_THROWS_WITH_AS(decode("\xFE\xFF\0a\0\0"s), "contains NUL bytes at byte 4 (binary file?)",
                       InputError);
  CHECK_THROWS_WITH_AS(decode("\xFF\xFE" "a\0b"s), "malformed UTF-16 at byte 4 (odd byte count)",
                       InputError);
  // High surrogate followed by a non-surrogate, at the end, and a lone low one.
  CHECK_THROWS_WITH_AS(decode("\xFF\xFE" "a\0\x3D\xD8" "b\0"s), "malformed UTF-16 at byte 4 (unpaired surrogate)",
                       InputError);
  CHECK_THROWS_WITH_AS(decode("\xFE\xFF\0a\xD8\x3D"s), "malformed UTF-16 at byte 4 (unpaired surrogate)",
                       InputError);
  CHECK_THROWS_WITH_AS(decode("\xFF\xFE\x00\xDE" "a\0"s), "malformed UTF-16 at byte 2 (unpaired surrogate)",
                       InputError);
}

TEST_CASE("decode: NUL and invalid bytes are found at any position of the word scan") {
  for (std::size_t at = 0; at < 48; ++at) {
    CAPTURE(at);
    std::string bytes(48, 'a');
    bytes[at] = '\0';
    const std::string reason = "contains NUL bytes at byte " + std::to_string(at) + " (binary file?)";
    CHECK_THROWS_WITH_AS(decode(bytes), reason.c_str(), InputError);
    bytes[at] = '\x96';
    const auto d = decode(bytes);
    CHECK(d.encoding == "windows-1252");
    CHECK(d.text() == std::string(at, 'a') + "–" + std::string(47 - at, 'a'));
    CHECK(d.original_offset(at + 3) == at + 1);
  }
}

TEST_CASE("decode: UTF-8 with a cut end or a few stray bytes stays UTF-8, each bad byte U+FFFD") {
  const std::string fffd = "\xEF\xBF\xBD";
  // Cut short at the very end, with no other evidence at all.
  auto cut = decode("abc\xE2\x80");
  CHECK(cut.encoding == "utf-8");
  CHECK(cut.text() == "abc" + fffd + fffd);
  REQUIRE(cut.replaced.size() == 1);
  CHECK(cut.replaced[0].at == 3);
  CHECK(cut.replaced[0].bytes == 2);
  CHECK(cut.original_offset(3) == 3);
  CHECK(cut.original_offset(6) == 4);
  CHECK(cut.original_offset(9) == 5);
  CHECK(decode("x\xF0\x9F\x98").encoding == "utf-8");
  CHECK(decode("\xEF\xBB\xBFx\xE2\x80").encoding == "utf-8-bom");
  // Four curly quotes for one stray byte: UTF-8; three: not enough.
  const std::string quotes = "\u2019\u2019\u2019\u2019";
  auto stray = decode("a" + quotes + "\x92" "b");
  CHECK(stray.encoding == "utf-8");
  CHECK(stray.text() == "a" + quotes + fffd + "b");
  REQUIRE(stray.replaced.size() == 1);
  CHECK(stray.replaced[0].at == 13);
  CHECK(stray.original_offset(13) == 13);
  CHECK(stray.original_offset(16) == 14);
  CHECK(decode("a\u2019\u2019\u2019\x92" "b").encoding == "windows-1252");
  // Two runs, and a cut sequence in the middle is a bad byte like any other.
  const std::string sixteen = quotes + quotes + quotes + quotes;
  auto runs = decode(sixteen + "\xC0\x80-\xE2\x80-");
  CHECK(runs.encoding == "utf-8");
  REQUIRE(runs.replaced.size() == 2);
  CHECK(runs.replaced[0].bytes == 2);
  CHECK(runs.replaced[1].bytes == 2);
  CHECK(runs.text() == sixteen + fffd + fffd + "-" + fffd + fffd + "-");
  // A NUL is refused whichever way the text is read.
  CHECK_THROWS_AS(decode(quotes + std::string("\x92\0", 2)), InputError);
}

TEST_CASE("decode: invalid UTF-8 falls back to Windows-1252") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"\xC0\xAF", "À¯"},                  // overlong '/'
      {"\xC1\xBF", "Á¿"},                  // overlong
      {"\xE0\x80\xAF", "à€¯"},             // overlong, three bytes
      {"\xF0\x80\x80\xAF", "ð€€¯"},        // overlong, four bytes
      {"\xED\xA0\x80", "í\xC2\xA0€"},        // encoded surrogate U+D800
      {"\xF4\x90\x80\x80", "ô\xC2\x90€€"},   // U+110000
      {"\xF5\x80\x80\x80", "õ€€€"},        // lead byte beyond F4
      {"\x80", "€"},                       // stray continuation
      {"\xE2\x80" "abc", "â€abc"},         // truncated before ASCII
      {"\xEF\xBB\xBF\x92", "’"},           // BOM, then a cp1252 byte
  };
  for (const auto& [bytes, text] : cases) {
    CAPTURE(bytes);
    const auto d = decode(bytes);
    CHECK(d.encoding == "windows-1252");
    CHECK(d.text() == text);
    CHECK(d.original_offset(d.text().size()) == bytes.size());
  }
  // The BOM is dropped, yet offsets still count it.
  const auto bom = decode("\xEF\xBB\xBF\x92x");
  CHECK(bom.original_offset(0) == 3);
  CHECK(bom.original_offset(3) == 4);
  CHECK(bom.original_offset(4) == 5);
}

TEST_CASE("decode: boundary code points are valid UTF-8") {
  for (std::string s : {"\xC2\x80", "\xDF\xBF", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xEE\x80\x80",
                        "\xEF\xBF\xBF", "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF"}) {
    CAPTURE(s);
    CHECK(decode(s).encoding == "utf-8");
    CHECK(decode(std::string(20, 'x') + s + std::string(20, 'y')).encoding == "utf-8");
  }
}

TEST_CASE("decode: the full Windows-1252 upper half") {
  const std::vector<char32_t> high = {
      0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  };
  std::string bytes;
  for (int b = 0x80; b <= 0xFF; ++b) bytes += static_cast<char>(b);
  const auto d = decode(bytes);
  REQUIRE(d.encoding == "windows-1252");
  const std::u32string got = code_points(d.text());
  REQUIRE(got.size() == 128);
  for (std::size_t i = 0; i < 128; ++i) {
    CAPTURE(i);
    CHECK(got[i] == (i < 32 ? high[i] : static_cast<char32_t>(0x80 + i)));
  }
}

TEST_CASE("decode: original offsets by runs agree with the byte-by-byte definition") {
  // The definition: every decoded byte of a character that decoding changed
  // comes from the character's first original byte, a copied byte from
  // itself, and the end from the original's end. Runs must answer the same at
  // every offset, on texts of long ASCII stretches and of many short ones.
  const std::vector<std::string> pieces = {"a", "bc", " ", "\n", "’", "–", "“", "€"};
  std::mt19937 next(11);
  for (int round = 0; round < 400; ++round) {
    std::string text;
    const auto n = next() % 60;
    const auto spread = 1 + next() % 8;
    for (std::size_t k = 0; k < n; ++k) text += pieces[next() % spread == 0 ? 4 + next() % 4 : next() % 4];
    if (round % 2 == 0) text += "’";  // a widened character last
    CAPTURE(text);
    for (const auto& [encoding, bytes] : encodings_of(text)) {
      if (encoding == "utf-8" || encoding == "utf-8-bom") continue;  // the identity: no runs
      if (encoding == "windows-1252" && text.find('\xE2') == std::string::npos) continue;  // plain ASCII
      CAPTURE(encoding);
      const auto d = decode(bytes);
      REQUIRE(d.encoding == encoding);
      REQUIRE(d.text() == text);
      std::vector<std::uint64_t> expected;
      std::uint64_t original = encoding == "windows-1252" ? 0 : 2;  // past a UTF-16 BOM
      for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        expected.insert(expected.end(), len, original);
        original += encoding == "windows-1252" ? 1 : 2;
        i += len;
      }
      expected.push_back(bytes.size());
      for (std::size_t at = 0; at < expected.size(); ++at) {
        CAPTURE(at);
        CHECK(d.original_offset(at) == expected[at]);
      }
      CHECK(d.original_offset(expected.size() + 5) == bytes.size());  // past the end: the end
      CHECK(d.runs.size() <= expected.size());
    }
  }
  // UTF-8 with stray bytes: each becomes U+FFFD from the stray byte, the rest
  // maps byte for byte.
  for (int round = 0; round < 200; ++round) {
    std::string bytes, text;
    std::vector<std::uint64_t> expected;
    const auto n = 10 + next() % 40;
    for (std::size_t k = 0; k < n; ++k) {
      const std::string_view piece = k % 9 == 4 ? std::string_view("\xFF") : std::string_view(pieces[next() % 8]);
      if (piece == "\xFF") {
        expected.insert(expected.end(), 3, bytes.size());
        text += "\xEF\xBF\xBD";
      } else {
        for (std::size_t b = 0; b < piece.size(); ++b) expected.push_back(bytes.size() + b);
        text += piece;
      }
      bytes += piece;
    }
    for (int k = 0; k < 40; ++k) {  // well-formed sequences that outnumber the stray bytes
      for (std::size_t b = 0; b < 3; ++b) expected.push_back(bytes.size() + b);
      bytes += "’";
      text += "’";
    }
    expected.push_back(bytes.size());
    CAPTURE(bytes);
    const auto d = decode(bytes);
    REQUIRE(d.encoding == "utf-8");
    REQUIRE(d.text() == text);
    for (std::size_t at = 0; at < expected.size(); ++at) {
      CAPTURE(at);
      CHECK(d.original_offset(at) == expected[at]);
    }
  }
}
