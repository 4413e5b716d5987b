// ASCII character tests and case-insensitive comparisons: plans' keywords
// ("ongoing", "TBC", month names) are all ASCII, and owners, sort keys and
// diff words are folded in ASCII only (accented letters stay as they are).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace mseg::ascii {

inline bool digit(char c) { return c >= '0' && c <= '9'; }
// Digits alone, at least one: "15", "2008".
inline bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!digit(c)) return false;
  return true;
}
// Nothing but digits and spaces ("15", "2008 09", and "" too): no letter that could make a name.
inline bool only_digits_and_spaces(std::string_view s) {
  for (char c : s)
    if (!digit(c) && c != ' ') return false;
  return true;
}
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool letter(char c) { return is_lower(c) || is_upper(c); }
inline bool alnum(char c) { return digit(c) || letter(c); }
inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// s with its ASCII letters in lower case.
inline std::string lower(std::string s) {
  for (char& c : s) c = lower(c);
  return s;
}
inline std::string lower(std::string_view s) { return lower(std::string(s)); }
inline std::string lower(const char* s) { return lower(std::string(s)); }

// Whether a and b are equal but for the case of ASCII letters.
inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

// Whether s starts with `lower_prefix`, which is written in lower case, in any case.
inline bool starts_with_ci(std::string_view s, std::string_view lower_prefix) {
  if (s.size() < lower_prefix.size()) return false;
  for (std::size_t i = 0; i < lower_prefix.size(); ++i)
    if (lower(s[i]) != lower_prefix[i]) return false;
  return true;
}

// Whether s is `lower_word` (written in lower case), in any case.
inline bool equals_ci(std::string_view s, std::string_view lower_word) {
  return s.size() == lower_word.size() && starts_with_ci(s, lower_word);
}

// Whether s holds `lower_word` (written in lower case), in any case.
inline bool contains_ci(std::string_view s, std::string_view lower_word) {
  for (std::size_t i = 0; i + lower_word.size() <= s.size(); ++i)
    if (starts_with_ci(s.substr(i), lower_word)) return true;
  return false;
}

}  // namespace mseg::ascii
