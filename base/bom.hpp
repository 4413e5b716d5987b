// The UTF-8 byte order mark, which Windows editors put at the start of text
// files (plans and plan JSON alike) and which counts as no character.
#pragma once

#include <string_view>

namespace mseg::bom {

inline constexpr std::string_view kUtf8 = "\xEF\xBB\xBF";

inline bool starts_utf8(std::string_view bytes) { return bytes.substr(0, kUtf8.size()) == kUtf8; }

// The bytes after a leading UTF-8 BOM, or all of them when there is none.
inline std::string_view skip_utf8(std::string_view bytes) {
  return starts_utf8(bytes) ? bytes.substr(kUtf8.size()) : bytes;
}

}  // namespace mseg::bom
