// The two RFC 5545 text rules of --format ics, apart for their tests (internal).
#pragma once

#include <string>
#include <string_view>

namespace mseg::query {

// A TEXT value: backslash, ';' and ',' escaped, line breaks as "\n".
std::string escape_ics_text(std::string_view s);

// One content line, folded at 75 octets without splitting a UTF-8 character, ending in CRLF.
std::string fold_ics_line(std::string_view line);

}  // namespace mseg::query
