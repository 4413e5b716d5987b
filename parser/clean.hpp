// Whitespace rules for text taken from cells: trim the ends, collapse runs.
#pragma once

#include <string>
#include <string_view>

namespace mseg {

inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s);
std::string_view trim_end(std::string_view s);

// Collapses every run of whitespace to one space and trims the ends; every
// other character stays as written (curly quotes, en dashes).
std::string collapse_whitespace(std::string_view s);

// Appends collapse_whitespace(s) to out.
void append_collapsed(std::string& out, std::string_view s);

}  // namespace mseg
