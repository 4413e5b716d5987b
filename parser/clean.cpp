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
  bool in_space = false;
  for (std::size_t i = 0; i < s.size();) {
    if (const std::size_t n = space_at(s, i)) {
      in_space = true;
      i += n;
      continue;
    }
    if (in_space) out.push_back(' ');
    in_space = false;
    out.push_back(s[i++]);
  }
}

std::string collapse_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_collapsed(out, s);
  return out;
}

}  // namespace mseg
