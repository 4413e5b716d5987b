// issue 15: a deadline written inside an action's sentence ("in 2013", "by
// March 2008", "before the next meeting"), for actions whose tags give none.
#pragma once

#include <optional>
#include <string_view>

#include <mseg/plan.hpp>

namespace mseg {

struct DeadlineInText {
  std::string_view phrase;  // "by March 2008": the preposition and the deadline, viewing `text`
  Deadline deadline;        // read from the words after the preposition; text set to the phrase
};

// The last phrase in `text` made of "in", "by", "before", "until", "no later
// than" or "during" and a deadline of a dated or meeting kind (not "ongoing",
// not "TBD": they say no time). Nullopt when there is none.
std::optional<DeadlineInText> find_deadline_in_text(std::string_view text);

}  // namespace mseg
