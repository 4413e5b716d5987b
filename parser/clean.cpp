#include "clean.hpp"

namespace mseg {

std::string_view trim(std::string_view s) {
  std::size_t b = 0;
  while (b < s.size() && is_space(s[b])) ++b;
  return trim_end(s.substr(b));
}

std::string_view trim_end(std::string_view s) {
  std::size_t e = s.size();
  while (e > 0 && is_space(s[e - 1])) --e;
  return s.substr(0, e);
}

void append_collapsed(std::string& out, std::string_view s) {
  s = trim(s);
  bool in_space = false;
  for (char c : s) {
    if (is_space(c)) {
      in_space = true;
      continue;
    }
    if (in_space) out.push_back(' ');
    in_space = false;
    out.push_back(c);
  }
}

std::string collapse_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_collapsed(out, s);
  return out;
}

}  // namespace mseg
