// Word-level diff of two texts: the longest common subsequence of their words
// (compared by word_key), grouped into runs. Bounded: past a size limit a
// changed stretch is reported as one whole replacement, so hostile input stays
// near-linear.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include <mseg/diff.hpp>

namespace mseg::diff {

// Work allowed for the quadratic part of word diffs, in table cells.
struct WordDiffBudget {
  std::uint64_t per_text = 1u << 20;    // cells for one pair of texts (e.g. 1,000 x 1,000 words)
  std::uint64_t remaining = 1u << 26;   // cells for the whole plan diff, shared by every pair
};

// The runs of equal, removed and inserted words taking old_text to new_text;
// in a changed stretch removals come before insertions. Equal runs show the new
// text's words. Empty when both texts are empty.
std::vector<TextOp> word_diff(std::string_view old_text, std::string_view new_text, WordDiffBudget& budget);

// True when the two texts have the same words (by word_key): no text change.
bool same_words(std::string_view a, std::string_view b);

}  // namespace mseg::diff
