// Checks for option values that CLI11's own conversions would let through.
#pragma once

#include <CLI/CLI.hpp>

#include <cmath>
#include <string>

namespace mseg::cli {

// A number of bytes, in decimal digits. CLI11 reads "-1" as 2^64-1 (no limit
// at all) and "010" as octal.
inline CLI::Validator byte_count() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos)
          return "expected a number of bytes (decimal digits only), got '" + value + "'";
        return {};
      },
      "");
}

// A fraction from 0 to 1; `meaning` says what it is for, since CLI11's own
// words ("Could not convert") would not. CLI::Range passes "nan": every
// comparison with NaN is false.
inline CLI::Validator fraction(std::string meaning) {
  return CLI::Validator(
      [meaning](std::string& value) -> std::string {
        double x = 0;
        if (!CLI::detail::lexical_cast(value, x) || !std::isfinite(x) || x < 0 || x > 1)
          return "'" + value + "' is not a number from 0 to 1 (" + meaning + ")";
        return {};
      },
      "");
}

}  // namespace mseg::cli
