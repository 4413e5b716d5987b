#include "clean.hpp"

#include "bytes8.hpp"

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

// Whether s, trimmed, needs collapsing: it holds white space other than single
// spaces. Most cell text does not, and is then copied whole. May say yes
// wrongly (a rare "borrow" in the word tests), which only costs the slow path.
bool needs_collapsing(std::string_view s) {
  using namespace bytes8;
  const char* p = s.data();
  const std::size_t n = s.size();
  std::size_t i = 0;
  bool space_before = false;  // the last byte of the previous word is a space
  for (; n - i >= 8; i += 8) {
    const std::uint64_t w = load(p + i);
    // Tabs, line ends and other controls below ' ', or 0xC2 (a no-break space's first byte).
    if (any_below(w, 0x20) | any_equal(w, 0xC2)) return true;
    const std::uint64_t spaces = which_equal(w, ' ');
    if ((spaces & (spaces >> 8)) != 0 || (space_before && (spaces & 0x80) != 0)) return true;
    space_before = (spaces >> 63) != 0;
  }
  for (; i < n; ++i) {
    const auto c = static_cast<unsigned char>(p[i]);
    if (c < 0x20 || c == 0xC2 || (c == ' ' && space_before)) return true;
    space_before = c == ' ';
  }
  return false;
}

}  // namespace

void append_collapsed(std::string& out, std::string_view s) {
  s = trim(s);
  if (!needs_collapsing(s)) {
    out.append(s);
    return;
  }
  // Collapsing only shortens: write into room for all of s through a raw
  // pointer, then cut to what was written.
  const std::size_t at = out.size();
  out.resize(at + s.size());
  char* d = out.data() + at;
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    std::size_t k = space_at(s, i);
    if (k == 0) {
      *d++ = s[i++];
      continue;
    }
    // Trimmed, so a run of white space always has a word after it.
    do i += k; while (i < n && (k = space_at(s, i)) != 0);
    *d++ = ' ';
  }
  out.resize(static_cast<std::size_t>(d - out.data()));
}

std::string collapse_whitespace(std::string_view s) {
  std::string out;
  append_collapsed(out, s);
  return out;
}

}  // namespace mseg
