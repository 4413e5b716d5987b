// Text normalisation for the diff: what counts as the same word.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mseg::diff {

// Curly quotes and apostrophes become ' and ", dashes and minus signs '-', no-break
// and other Unicode spaces ' ', bullets and ellipses ' '. Everything else as is.
std::string fold_punctuation(std::string_view text);

// True for leading numbering such as "1A.", "1.1", "4.", "(2)", "b)": a plan's
// numbers change between editions without the wording changing.
bool is_numbering(std::string_view word);

// True for a bullet typed as a word of its own before a list's item ("·", "•", "-", "–", "—", "*"): a column is
// bulleted in one edition and not in the next without its wording changing (a helper's finding: every action
// "modified").
bool is_bullet_word(std::string_view word);

// The text split on whitespace, a leading bullet and numbering dropped: the units of the word diff.
std::vector<std::string_view> text_words(std::string_view text);

// What two words must share to be equal in the word diff: punctuation folded,
// case and other punctuation kept (a comma added is a real, if small, change).
std::string word_key(std::string_view word);

// The words similarity is computed from: punctuation folded, ASCII case folded,
// split at anything but letters and digits, "'s" dropped, leading numbering
// dropped. Appends to `out`.
void similarity_words(std::string_view text, std::vector<std::string>& out);

}  // namespace mseg::diff
