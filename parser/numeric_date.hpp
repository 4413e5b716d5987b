// Deadlines written as numbers and '/': "15/09/2008", "09/2008", "2008/2009"; or and '.': "30.06.2009". Most of
// APEC writes the day first and the US the month first; a date is read only as far as the numbers tell.
#pragma once

#include <optional>
#include <string_view>

#include <mseg/plan.hpp>

namespace mseg {

struct NumericDate {
  DeadlineKind kind = DeadlineKind::unknown;  // date, month or range
  Date start, end;
  // Both readings are days ("05/09/2008": 5 September or 9 May): the range runs from the earlier to the later.
  bool ambiguous = false;
};

// "D/M/YYYY" or "M/D/YYYY": the day the numbers can only be ("15/09/2008" is 15 September: 15 is no month), or
// the range from the one reading to the other when both are days; "M/YYYY": the month; "YYYY/YYYY": the years.
// nullopt for anything else, and for numbers that make no day either way ("31/02/2008"). With `separator` '.', a
// day alone, day first ("30.06.2009", "1.7.2009" is 1 July, as the economies that write dates so write them; a
// new user's finding: read as an owner "30.06" and the year 2009): "06.2009" may be a number, "2008.2009" is none.
std::optional<NumericDate> read_numeric_date(std::string_view text, char separator);

}  // namespace mseg
