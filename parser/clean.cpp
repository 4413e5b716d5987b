#include "clean.hpp"

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

void append_collapsed(std::string& out, std::string_view s) {
  s = trim(s);
  // Words are copied whole; only the gaps between them are looked at byte by byte.
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t word = i;
    while (word < s.size() && space_at(s, word) == 0) ++word;
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
