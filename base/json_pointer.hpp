// JSON Pointer (RFC 6901) tokens: where a problem in a plan JSON file is.
#pragma once

#include <string>
#include <string_view>

namespace mseg::json_pointer {

// Appends key as one reference token: '~' becomes "~0" and '/' becomes "~1".
inline void append_token(std::string& out, std::string_view key) {
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out.push_back(c);
  }
}

inline std::string token(std::string_view key) {
  std::string out;
  append_token(out, key);
  return out;
}

}  // namespace mseg::json_pointer
