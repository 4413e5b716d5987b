#include "clock.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <ctime>
#include <string>
#include <string_view>

#include "io.hpp"

namespace mseg::cli {

Date today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date::make(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

std::int64_t now_seconds() {
  // The last second a DTSTAMP's four-digit year can hold: 9999-12-31T23:59:59Z.
  constexpr std::int64_t kLast = 253402300799;
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (!epoch || !*epoch) return static_cast<std::int64_t>(std::time(nullptr));
  // Malformed is refused, as the reproducible-builds specification asks, not replaced by the time of the run: a
  // file meant to be the same from run to run would silently not be (a new user's finding; and a value past
  // year 9999 wrote a DTSTAMP of a five-digit year, which RFC 5545 does not allow).
  const std::string_view text(epoch);
  std::int64_t v = 0;
  const bool ok = text.size() <= 12 && text.find_first_not_of("0123456789") == std::string_view::npos;
  if (ok)
    for (char c : text) v = v * 10 + (c - '0');
  if (!ok || v > kLast)
    throw CliError(fmt::format("SOURCE_DATE_EPOCH is '{}': it must be whole seconds since 1970, from 0 to {} "
                               "(9999-12-31 23:59:59 UTC)",
                               text, kLast));
  return v;
}

}  // namespace mseg::cli
