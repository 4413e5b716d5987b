// The day and time commands count from, in one place.
#pragma once

#include <cstdint>

#include <mseg/plan.hpp>

namespace mseg::cli {

// The local calendar day: the default for --as-of.
Date today();

// Seconds since 1970 (UTC); SOURCE_DATE_EPOCH stands in when set, for reproducible output. Throws CliError when
// it is set and malformed.
std::int64_t now_seconds();

}  // namespace mseg::cli
