// Escaping text for the two plain-text table formats mseg writes: CSV (query,
// history) and Markdown (diff, history), so each is written one way.
#pragma once

#include <string>
#include <string_view>

namespace mseg {

// One RFC 4180 field: quoted only when it must be, quotes doubled.
inline void append_csv_field(std::string& out, std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += s;
    return;
  }
  out += '"';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

// Text safe inside a Markdown paragraph or table cell: one line, runs of
// whitespace as one space, Markdown's characters escaped.
inline std::string markdown_inline(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    if (std::string_view("\\`*_[]<>|~#").find(c) != std::string_view::npos) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

}  // namespace mseg
