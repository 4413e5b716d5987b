#include "clean.hpp"

#include <cstdint>
#include <cstring>

namespace mseg {

std::string_view trim(std::string_view s) {
  std::size_t b = 0;
  while (b < s.size()) {
    const std::size_t n = space_at(s, b);
    if (n == 0) break;
    b += n;
  }
  return trim_end(s.substr(b));
}

std::string_view trim_end(std::string_view s) {
  while (!s.empty() && space_before(s, s.size())) s.remove_suffix(space_at(s, s.size() - 1) ? 1 : 2);
  return s;
}

namespace {

// Whether any of the 8 bytes in w may start white space: a byte up to ' ', or
// 0xC2 (the first byte of a no-break space). Never misses one; may say yes for
// a word that has none (a borrow), which only costs a byte-by-byte look.
bool may_hold_space(std::uint64_t w) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  const std::uint64_t low = (w - kOnes * 0x21) & ~w & kHigh;  // a byte < 0x21
  const std::uint64_t x = w ^ (kOnes * 0xC2);
  const std::uint64_t c2 = (x - kOnes) & ~x & kHigh;  // a byte == 0xC2
  return (low | c2) != 0;
}

// The end of the word starting at s[i]: the next white space, or s.size().
std::size_t word_end(std::string_view s, std::size_t i) {
  while (s.size() - i >= 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, sizeof w);
    if (may_hold_space(w)) break;
    i += 8;
  }
  while (i < s.size() && space_at(s, i) == 0) ++i;
  return i;
}

}  // namespace

void append_collapsed(std::string& out, std::string_view s) {
  s = trim(s);
  // Words are copied whole; only the gaps between them are looked at byte by byte.
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t word = word_end(s, i);
    out.append(s.data() + i, word - i);
    if (word == s.size()) break;
    i = word;
    while (i < s.size()) {
      const std::size_t n = space_at(s, i);
      if (n == 0) break;
      i += n;
    }
    out.push_back(' ');  // trimmed: a gap always has a word after it
  }
}

std::string collapse_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_collapsed(out, s);
  return out;
}

}  // namespace mseg
