// The Gregorian calendar as plans write it: month names, leap years, days in a month.
#pragma once

#include <string_view>
#include <vector>

namespace mseg::calendar {

inline constexpr std::string_view kMonthNames[12] = {"January", "February", "March",     "April",   "May",      "June",
                                                     "July",    "August",   "September", "October", "November", "December"};

// month is 1..12.
inline constexpr std::string_view month_name(int month) { return kMonthNames[month - 1]; }
// "Jan", "Feb", ...: the first three letters, as plans and the report's axis abbreviate.
inline constexpr std::string_view month_abbreviation(int month) { return month_name(month).substr(0, 3); }

inline constexpr bool leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// month is 1..12.
inline constexpr int days_in_month(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && leap_year(year) ? 29 : kDays[month - 1];
}

// The years a deadline may name (the parser's, the slashed dates', the date options'), and their months and days.
inline constexpr bool valid_year(int y) { return y >= 1900 && y <= 2199; }
inline constexpr bool valid_month(int y, int m) { return valid_year(y) && m >= 1 && m <= 12; }
inline constexpr bool valid_day(int y, int m, int d) { return valid_month(y, m) && d >= 1 && d <= days_in_month(y, m); }

// The years 1900-2199 written as words of four digits in `text` ("2007" in
// "Ministerial Statement 2007", not in "12007" or "2007a"), in text order: what
// RE2's \b((?:19|20|21)\d\d)\b would find. The one definition of a year in
// text: the parser's unknown citations and lint's year checks both read it.
inline std::vector<int> years_in(std::string_view text) {
  auto word = [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::vector<int> years;
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    if (i > 0 && word(text[i - 1])) continue;
    if (!(digit(text[i]) && digit(text[i + 1]) && digit(text[i + 2]) && digit(text[i + 3]))) continue;
    if (i + 4 < text.size() && word(text[i + 4])) continue;
    const int year = (text[i] - '0') * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
    if (year >= 1900 && year <= 2199) years.push_back(year);
    i += 3;
  }
  return years;
}

}  // namespace mseg::calendar
