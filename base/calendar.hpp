// The Gregorian calendar as plans write it: month names, leap years, days in a month.
#pragma once

#include <string_view>

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

}  // namespace mseg::calendar
