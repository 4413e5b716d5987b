// UTF-8 one character at a time: checking a sequence (the decoder: is this
// file UTF-8? the JSON writer: is this string?) and writing a code point (the
// decoder's transcoding, JSON string escapes). Private to the library.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace mseg::utf8 {

// The length of the well-formed UTF-8 sequence at p[0] (a byte from 0x80 up),
// or 0 when there is none: Unicode Table 3-7, so no overlongs, no surrogates,
// nothing above U+10FFFF. `avail` bytes from p are readable.
inline std::size_t sequence_length(const unsigned char* p, std::size_t avail) {
  const unsigned c = p[0];
  std::size_t len = 0;
  unsigned lo = 0x80, hi = 0xBF;  // bounds for the second byte only
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;       // overlong
    else if (c == 0xED) hi = 0x9F;  // surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;       // overlong
    else if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (avail < len || p[1] < lo || p[1] > hi) return 0;
  for (std::size_t k = 2; k < len; ++k)
    if ((p[k] & 0xC0) != 0x80) return 0;
  return len;
}

// The code point of the `len`-byte sequence at p, where len is sequence_length's nonzero answer for it.
inline char32_t code_point(const unsigned char* p, std::size_t len) {
  char32_t cp = p[0] & (0x7F >> len);
  for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (p[k] & 0x3F);
  return cp;
}

// Writes code point cp (at most U+10FFFF, not a surrogate) at `out`, which has
// room for 4 bytes, and returns the bytes written.
inline std::size_t put(char* out, char32_t cp) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

inline void append(std::string& out, char32_t cp) {
  char buf[4];
  out.append(buf, put(buf, cp));
}

// Where the character at s[i] ends: a byte that begins no well-formed
// sequence is a character of its own (the decoder's U+FFFD), so columns
// counted by this agree with the parser's on text with bad bytes.
inline std::size_t next(std::string_view s, std::size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  if (p[i] < 0x80) return i + 1;
  const std::size_t len = sequence_length(p + i, s.size() - i);
  return i + (len ? len : 1);
}

// Appends `s` with each byte that begins no well-formed sequence replaced by
// U+FFFD, as the JSON writer does: text that reaches a terminal or a CI log
// (a JSON library's message quoting the bytes it choked on) stays UTF-8.
inline void append_valid(std::string& out, std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  for (std::size_t i = 0, end = 0; i < s.size(); i = end) {
    end = next(s, i);
    if (p[i] >= 0x80 && end == i + 1) append(out, 0xFFFD);
    else out.append(s.data() + i, end - i);
  }
}

// Appends UTF-16 code units (poppler's ustring) as UTF-8; an unpaired surrogate
// becomes U+FFFD. poppler's own to_utf8 opens an iconv converter per call, and
// a PDF reader calls it once per word: a fifth of its time went there.
template <class Unit>
void append_utf16(std::string& out, const Unit* units, std::size_t n) {
  out.reserve(out.size() + n);
  for (std::size_t i = 0; i < n; ++i) {
    char32_t cp = static_cast<char16_t>(units[i]);
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
      continue;
    }
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < n) {
      const char32_t lo = static_cast<char16_t>(units[i + 1]);
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        ++i;
      }
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
    append(out, cp);
  }
}

}  // namespace mseg::utf8
