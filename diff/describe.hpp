// Words shared by the text and markdown formats (internal to the engine); the summary line and a
// field change's words are public (mseg/diff_format.hpp): report and history use them too.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <mseg/diff.hpp>
#include <mseg/diff_format.hpp>

namespace mseg::diff {


// "3 modified, 4 removed" for one kind; "none" when it has no elements.
std::string counts_line(const DiffCounts& c);


// The similarity as shown: two decimals.
std::string similarity_text(double s);

// An id with the plan's own number beside it: "S1.D4 (1D)", or "S1.A3"; empty when there is no element.
std::string numbered_id(const std::optional<ElementRef>& e);

// Both sides' ids: "S1.D4 (1D) -> S1.D2", or one when they agree.
std::string change_ids(const Change& c, std::string_view arrow);

// One line about the element, for delegates, each a field's name and value:
// owners ("Australia, US"), deadline (each tag's, "; " between), citations.
// Empty when the element has none of that field.
struct ElementFacts {
  std::string owners;
  std::string deadline;
  std::string citations;
};
ElementFacts facts_of(const ElementRef& e);

// The lines under a change's text: for an action owners and deadline always
// (changed: old and new), for a directive its citations; then every other
// changed field. Each is {field, value}.
std::vector<std::pair<std::string, std::string>> detail_lines(const Change& c, std::string_view arrow);

}  // namespace mseg::diff
