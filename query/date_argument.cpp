#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <charconv>

#include <mseg/deadline.hpp>
#include <mseg/query.hpp>

namespace mseg::query {
namespace {

// "today", "today+90d", "today-2w", "today+3m", "today+1y"; nullopt for
// anything else. A month or year step keeps the day, or the month's last day
// when the month is shorter (2008-01-31 + 1m is 2008-02-29).
// Letters in either case, as months are read ("Today", "TODAY+3M": a helper's finding, refused while "MARCH 2008"
// was taken).
std::optional<Date> relative_day(std::string_view text, Date today) {
  const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  const auto alike = [&](char a, char b) { return lower(a) == b; };
  if (text.size() < 5 || !std::equal(text.begin(), text.begin() + 5, "today", alike)) return std::nullopt;
  std::string_view rest = text.substr(5);
  if (rest.empty()) return today;
  if (rest.size() < 3 || (rest[0] != '+' && rest[0] != '-')) return std::nullopt;
  const char unit = lower(rest.back());
  int n = 0;
  const std::string_view digits = rest.substr(1, rest.size() - 2);
  if (digits.empty() || digits[0] < '0' || digits[0] > '9') return std::nullopt;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (ec != std::errc() || end != digits.data() + digits.size() || n > 100000) return std::nullopt;
  // Far past 1900-2199 whatever the day: said so before the calendar's year (16 bits) wraps around (a second
  // review's finding: today+65536y was today).
  const int years = unit == 'y' ? n : unit == 'm' ? n / 12 : unit == 'w' ? n / 52 : n / 365;
  if (years > 400) return Date::make(rest[0] == '-' ? 1000 : 9999, 1, 1);
  if (rest[0] == '-') n = -n;
  using namespace std::chrono;
  const year_month_day ymd{year{today.year}, month{static_cast<unsigned>(today.month)},
                           day{static_cast<unsigned>(today.day)}};
  year_month_day out;
  if (unit == 'd' || unit == 'w') {
    out = year_month_day{sys_days{ymd} + days{unit == 'w' ? 7 * n : n}};
  } else if (unit == 'm' || unit == 'y') {
    year_month ym = year_month{ymd.year(), ymd.month()} + months{unit == 'y' ? 12 * n : n};
    const auto last = year_month_day_last{ym.year(), month_day_last{ym.month()}}.day();
    out = year_month_day{ym.year(), ym.month(), std::min(ymd.day(), last)};
  } else {
    return std::nullopt;
  }
  return Date::make(static_cast<int>(out.year()), static_cast<int>(static_cast<unsigned>(out.month())),
                    static_cast<int>(static_cast<unsigned>(out.day())));
}

}  // namespace

// The ISO forms (2008, 2008-01, 2008-01-01) are deadline forms read_deadline
// already knows, so one reader serves both the plans and the command line.
DateRange read_date_argument(std::string_view option, std::string_view text, Date today) {
  if (today.year > 0)
    if (auto day = relative_day(text, today)) {
      // The years a written date may name (a new user's finding: "3026" was refused, "today+1000y" taken).
      if (day->year < 1900 || day->year > 2199)
        throw QueryError(day->year == 9999 || day->year == 1000
                             ? fmt::format("{}: '{}' is outside 1900-2199", option, text)
                             : fmt::format("{}: '{}' is {}, outside 1900-2199", option, text, to_string(*day)));
      return {*day, *day};
    }
  // A plan's "05/09/2008" is read as both days; an option's must say which.
  if (is_ambiguous_date(text))
    throw QueryError(fmt::format("{}: '{}' reads as two days (day-first or month-first): write it YYYY-MM-DD",
                                 option, text));
  Deadline d = read_deadline(text);
  if (!d.start || !d.end) {
    // Why, when it looks like a damaged date ("2008-02-30", "9999-12-31" for
    // no limit, "Marhc 2008"): the reasons the parser gives for a tag's deadline.
    if (std::string why = why_not_a_deadline(text); !why.empty())
      throw QueryError(fmt::format("{}: '{}' is not a date: {}", option, text, why));
    throw QueryError(fmt::format("{}: '{}' is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD, a deadline "
                                 "such as 'March 2008' or 'Q3 2009', or today, today+90d, today-2w, today+6m)",
                                 option, text));
  }
  return {*d.start, *d.end};
}

}  // namespace mseg::query
