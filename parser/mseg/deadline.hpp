// Reading deadlines as written in tags: "September 2006", "Q3 2009", "ongoing".
#pragma once

#include <string_view>

#include <mseg/plan.hpp>

namespace mseg {

// Reads a deadline. Never fails: a form it does not know has kind unknown and
// no dates. Leading/trailing spaces and a trailing '.' are ignored.
Deadline read_deadline(std::string_view text);

}  // namespace mseg
