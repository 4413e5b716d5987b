// "Did you mean ...?" for misspelt commands and options.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mseg::cli {

// The one candidate that `word` (three characters or more) begins; else the
// candidate closest to `word` by edit distance, if close enough to be a
// likely typo (a third of the word's length, at least 1 and at most 3), or
// one that `word` is a prefix of.
std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates);

// " (did you mean 'X'?)" for the closest candidate, or "".
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace mseg::cli
