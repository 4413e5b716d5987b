#include "numeric_date.hpp"

#include <mseg/deadline.hpp>

#include <algorithm>
#include <array>
#include <cstddef>

#include "base/calendar.hpp"
#include "clean.hpp"

namespace mseg {
namespace {

using calendar::valid_day;

// The number of 1 to 4 digits a part is, with its digit count; nullopt for anything else.
std::optional<std::pair<int, std::size_t>> number_of(std::string_view part) {
  part = trim(part);
  if (part.empty() || part.size() > 4) return std::nullopt;
  int n = 0;
  for (char c : part) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return std::pair{n, part.size()};
}

}  // namespace

std::optional<NumericDate> read_numeric_date(std::string_view text, char separator) {
  std::array<std::pair<int, std::size_t>, 3> n{};
  std::size_t parts = 0;
  for (std::size_t from = 0;;) {
    const std::size_t slash = text.find(separator, from);
    if (parts == n.size()) return std::nullopt;
    const auto number = number_of(text.substr(from, slash == std::string_view::npos ? std::string_view::npos : slash - from));
    if (!number) return std::nullopt;
    n[parts++] = *number;
    if (slash == std::string_view::npos) break;
    from = slash + 1;
  }
  NumericDate out;
  if (parts == 2 && n[1].second == 4 && separator == '/') {
    const int y = n[1].first;
    if (n[0].second <= 2 && valid_day(y, n[0].first, 1)) {  // "09/2008"
      out.kind = DeadlineKind::month;
      out.start = Date::make(y, n[0].first, 1);
      out.end = Date::make(y, n[0].first, calendar::days_in_month(y, n[0].first));
      return out;
    }
    if (n[0].second == 4 && valid_day(n[0].first, 1, 1) && valid_day(y, 12, 31) && n[0].first <= y) {  // "2008/2009"
      out.kind = DeadlineKind::range;
      out.start = Date::make(n[0].first, 1, 1);
      out.end = Date::make(y, 12, 31);
      return out;
    }
    return std::nullopt;
  }
  if (parts != 3 || n[2].second != 4 || n[0].second > 2 || n[1].second > 2) return std::nullopt;
  const int y = n[2].first, a = n[0].first, b = n[1].first;
  // Dots are written day first wherever dates are written with them (a review's finding: "1.13.2008" read as
  // 13 January, "1.7.2009" as half a year): only '/' is written both ways.
  const bool day_first = valid_day(y, b, a), month_first = separator == '/' && valid_day(y, a, b);
  if (!day_first && !month_first) return std::nullopt;
  const Date one = day_first ? Date::make(y, b, a) : Date::make(y, a, b);
  const Date other = month_first ? Date::make(y, a, b) : one;
  out.kind = one == other ? DeadlineKind::date : DeadlineKind::range;
  out.start = std::min(one, other);
  out.end = std::max(one, other);
  out.ambiguous = one != other;
  return out;
}

bool is_ambiguous_date(std::string_view text) {
  text = trim(text);
  const auto d = read_numeric_date(text, text.find('/') == std::string_view::npos ? '.' : '/');
  return d && d->ambiguous;
}

}  // namespace mseg
