// Counting days between calendar dates, for deadlines drawn on a time axis or
// written as calendar events.
#pragma once

#include <cstdint>

#include <mseg/plan.hpp>

namespace mseg::query {

// Days since 1970-01-01 in the proleptic Gregorian calendar (negative before).
std::int64_t days_from_civil(Date d);

// The date `days` days after 1970-01-01.
Date civil_from_days(std::int64_t days);

inline Date add_days(Date d, std::int64_t n) { return civil_from_days(days_from_civil(d) + n); }

}  // namespace mseg::query
