#include "base/slug.hpp"

namespace mseg {

std::string slug(std::string_view s) {
  std::string out;
  bool pending = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\'' || c == '`') continue;
    // The acute accent and the modifier letter apostrophe, typed for an apostrophe on some keyboards ("Leaders´
    // Statement" was kind leaders´-statement and resolved to nothing: a review's finding).
    if (i + 1 < s.size() && ((c == 0xC2 && static_cast<unsigned char>(s[i + 1]) == 0xB4) ||
                             (c == 0xCA && static_cast<unsigned char>(s[i + 1]) == 0xBC))) {
      ++i;
      continue;
    }
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      const auto third = static_cast<unsigned char>(s[i + 2]);
      if (third == 0x98 || third == 0x99 || third == 0xB2) {  // ‘ ’ ′
        i += 2;
        continue;
      }
      if (third == 0x93 || third == 0x94) {  // – —
        i += 2;
        pending = !out.empty();
        continue;
      }
    }
    const bool word = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!word) {
      pending = !out.empty();
      continue;
    }
    if (pending) out.push_back('-');
    pending = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : static_cast<char>(c));
  }
  return out;
}

}  // namespace mseg
