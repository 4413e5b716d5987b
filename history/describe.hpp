// Words the history formats share.
#pragma once

#include <string>
#include <vector>

#include <mseg/history.hpp>

namespace mseg::history {

// "2 carried through, 1 ended, 3 new"
std::string status_counts(const History& h);

// What changed at this step, in words: "reworded; owners +Chair -MSEG Chair;
// deadline September 2006 -> March 2008 (extended, 18 months)"; empty when nothing did.
std::string step_changes(const ThreadStep& st);

// "a, b, c"
std::string joined(const std::vector<std::string>& v, const char* separator = ", ");

// The months as shown: "18", "1.5".
std::string months_text(double months);

}  // namespace mseg::history
