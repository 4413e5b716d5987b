// nlohmann/json's error text as a user reads it. Private to the library.
#pragma once

#include <string_view>

namespace mseg {

// `what` without nlohmann's "[json.exception.parse_error.101] ": what is left names the place and the reason
// ("parse error at line 2, column 19: syntax error while parsing object key - ...").
inline std::string_view json_error_reason(std::string_view what) {
  if (const auto bracket = what.find("] "); what.starts_with("[json.exception.") && bracket != what.npos)
    what.remove_prefix(bracket + 2);
  return what;
}

}  // namespace mseg
