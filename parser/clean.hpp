// Whitespace rules for text taken from cells: trim the ends, collapse runs.
// White space is ASCII white space and the no-break space (U+00A0), which Word
// exports leave between words.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mseg {

inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

// Words between runs of ASCII white space: the measure by which a line is told for a sentence rather than a
// name or a heading (front_matter.cpp's meeting line, plan_parser.cpp's header row).
inline std::size_t word_count(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = is_space(c);
    words += !space && !in_word ? 1 : 0;
    in_word = !space;
  }
  return words;
}

// Length of the white space character starting at s[i] (2 for a no-break space), or 0.
inline std::size_t space_at(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  return 0;
}

// Whether the character ending just before s[i] is white space.
inline bool space_before(std::string_view s, std::size_t i) {
  if (i == 0) return false;
  const auto c = static_cast<unsigned char>(s[i - 1]);
  if (c == ' ' || (c >= '\t' && c <= '\r')) return true;
  return c == 0xA0 && i >= 2 && static_cast<unsigned char>(s[i - 2]) == 0xC2;
}

std::string_view trim(std::string_view s);
std::string_view trim_end(std::string_view s);

// The characters text pasted from a PDF or a web page carries unseen inside words: the zero-width space (U+200B),
// non-joiner and joiner (U+200C, U+200D), the direction marks (U+200E, U+200F), the embedding and override controls
// (U+202A..U+202E) and the isolates (U+2066..U+2069) a right-to-left edit leaves, the word joiner (U+2060), a
// byte order mark (U+FEFF) and the soft hyphen (U+00AD: shown only where a line breaks, "Aus\u00ADtralia" is
// "Australia", a helper's finding: no economy, unsaid). Their length
// at s[i] (3 bytes, the soft hyphen's 2), or 0; `*breaks` says whether it is the zero-width space, which breaks
// words as a space does
// ("United\u200BStates" is "United States"), where the others join. One set for the owner's name (tag.cpp) and
// the economy lookup (economy.cpp).
inline std::size_t invisible_at(std::string_view s, std::size_t i, bool* breaks = nullptr) {
  if (i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2 && static_cast<unsigned char>(s[i + 1]) == 0xAD) {
    if (breaks) *breaks = false;
    return 2;
  }
  if (i + 2 >= s.size()) return 0;
  const auto a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(s[i + 1]),
             c = static_cast<unsigned char>(s[i + 2]);
  // U+200B..U+200D, and the direction marks U+200E, U+200F (a right-to-left edit leaves them: a helper's finding,
  // owner "Japan\u200E" was no economy).
  const bool zero_width = a == 0xE2 && b == 0x80 && (c == 0x8B || c == 0x8C || c == 0x8D || c == 0x8E || c == 0x8F);
  const bool other = (a == 0xE2 && b == 0x81 && (c == 0xA0 || (c >= 0xA6 && c <= 0xA9))) ||
                     (a == 0xE2 && b == 0x80 && c >= 0xAA && c <= 0xAE) || (a == 0xEF && b == 0xBB && c == 0xBF);
  if (!zero_width && !other) return 0;
  if (breaks) *breaks = zero_width && c == 0x8B;
  return 3;
}

// `s` as it reads, into `out`: every space character other than ASCII's (U+00A0, U+2000..U+200A, the zero-width
// space U+200B, U+202F, U+205F, U+3000) as ' ', and the other invisible marks (invisible_at) as nothing. With `at`,
// where each byte of `out` stood in `s`, and one more for its end. False, and `out` untouched, when there are none:
// the text reads as written. One rule for a citation's inside (citation.cpp) and a deadline (deadline.cpp).
bool plain_spaces(std::string_view s, std::string& out, std::vector<std::size_t>* at = nullptr);

// `s` without the white space and the unseen characters (plain_spaces' and invisible_at's, U+00A0 and ASCII's
// too) at either end: "\u2007September 2006\u200F" is "September 2006".
std::string_view trim_unseen(std::string_view s);

// Collapses every run of white space to one space and trims the ends, and drops
// soft hyphens (U+00AD); every other character stays as written (curly quotes,
// en dashes).
std::string collapse_whitespace(std::string_view s);

// Appends collapse_whitespace(s) to out.
void append_collapsed(std::string& out, std::string_view s);

// collapse_whitespace of `s` with each '/' a space: "15/September 2008" is "15 September 2008" (a deadline
// written with a '/' where a space belongs).
std::string slashes_as_spaces(std::string_view s);

}  // namespace mseg
