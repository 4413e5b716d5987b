#include "parens.hpp"

#include "bytes16.hpp"
#include "bytes8.hpp"
#include "clean.hpp"

namespace mseg {

TrailingGroups trailing_groups(std::string_view s, std::string_view skip) {
  TrailingGroups out;
  trailing_groups(s, skip, out);
  return out;
}

void trailing_groups(std::string_view s, std::string_view skip, TrailingGroups& out) {
  out.groups.clear();
  std::size_t end = s.size();
  bool first = true;
  for (;;) {
    std::size_t e = end;
    while (e > 0 && (is_space(s[e - 1]) || (first && skip.find(s[e - 1]) != std::string_view::npos))) --e;
    if (e == 0 || s[e - 1] != ')') break;
    int depth = 0;
    std::size_t open = std::string_view::npos;
    for (std::size_t i = e; i-- > 0;) {
      if (s[i] == ')') {
        ++depth;
      } else if (s[i] == '(') {
        if (--depth == 0) {
          open = i;
          break;
        }
      }
    }
    if (open == std::string_view::npos) break;  // unbalanced: reported by unbalanced_paren
    out.groups.push_back(s.substr(open, e - open));
    end = open;
    first = false;
  }
  out.rest = s.substr(0, end);
}

std::optional<std::size_t> unbalanced_paren(std::string_view s) {
  // The earliest unclosed '(' is the one where the depth last rose from zero.
  std::size_t depth = 0;
  std::size_t outermost = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    // Skip blocks and words without '(' or ')' (in a word, clearing bit 0
    // makes both read 0x28).
    while (s.size() - i >= 16 && (bytes16::equal(s.data() + i, '(') | bytes16::equal(s.data() + i, ')')) == 0) i += 16;
    while (s.size() - i >= 8 && bytes8::any_equal(bytes8::load(s.data() + i) & ~bytes8::kOnes, '(') == 0) i += 8;
    if (i == s.size()) break;
    if (s[i] == '(') {
      if (depth++ == 0) outermost = i;
    } else if (s[i] == ')') {
      if (depth == 0) return i;
      --depth;
    }
  }
  if (depth > 0) return outermost;
  return std::nullopt;
}

}  // namespace mseg
