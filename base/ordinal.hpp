// English ordinals, as messages and meeting names write them: "1st", "2nd", "11th", "23rd".
#pragma once

#include <string>

namespace mseg {

// n with its suffix; 11, 12 and 13 (and 111...) take "th".
inline std::string ordinal(int n) {
  const int tens = n % 100;
  const char* suffix = (tens >= 11 && tens <= 13) ? "th"
                       : n % 10 == 1              ? "st"
                       : n % 10 == 2              ? "nd"
                       : n % 10 == 3              ? "rd"
                                                  : "th";
  return std::to_string(n) + suffix;
}

}  // namespace mseg
