// Words shared by the text and markdown formats for a summary and a field change.
#pragma once

#include <string>
#include <string_view>

#include <mseg/diff.hpp>

namespace mseg::diff {

// "3 modified, 1 moved, 2 removed, 4 added, 10 unchanged"
std::string summary_line(const DiffSummary& s);

// What changed in a field other than text, after "deadline: ":
// "September 2006 -> March 2008 (extended)", "removed US; added Chair".
// `arrow` separates old and new values ("->", "→").
std::string describe_field(const FieldChange& f, std::string_view arrow);

// The similarity as shown: two decimals.
std::string similarity_text(double s);

}  // namespace mseg::diff
