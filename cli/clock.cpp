#include "clock.hpp"

#include <cstdlib>
#include <ctime>
#include <string>

namespace mseg::cli {

Date today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::int64_t now_seconds() {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    const long long v = std::strtoll(epoch, &end, 10);
    if (end != epoch && *end == '\0' && v >= 0) return v;
  }
  return static_cast<std::int64_t>(std::time(nullptr));
}

}  // namespace mseg::cli
