#include "word_diff.hpp"

#include <algorithm>
#include <string>

#include "normalize.hpp"

namespace mseg::diff {
namespace {

struct Words {
  std::vector<std::string_view> text;
  std::vector<std::string> key;
};

Words words_of(std::string_view s) {
  Words w;
  w.text = text_words(s);
  w.key.reserve(w.text.size());
  for (auto t : w.text) w.key.push_back(word_key(t));
  return w;
}

// Appends one word to the runs, merging it into the last run when the op matches.
void append(std::vector<TextOp>& ops, TextOp::Op op, std::string_view word) {
  if (!ops.empty() && ops.back().op == op) {
    ops.back().text.push_back(' ');
    ops.back().text.append(word);
  } else {
    ops.push_back({op, std::string(word)});
  }
}

}  // namespace

bool same_words(std::string_view a, std::string_view b) {
  auto x = text_words(a), y = text_words(b);
  if (x.size() != y.size()) return false;
  for (std::size_t i = 0; i < x.size(); ++i)
    if (x[i] != y[i] && word_key(x[i]) != word_key(y[i])) return false;
  return true;
}

std::vector<TextOp> word_diff(std::string_view old_text, std::string_view new_text, WordDiffBudget& budget) {
  Words a = words_of(old_text), b = words_of(new_text);
  std::size_t n = a.key.size(), m = b.key.size();
  std::size_t prefix = 0;
  while (prefix < n && prefix < m && a.key[prefix] == b.key[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < n - prefix && suffix < m - prefix && a.key[n - 1 - suffix] == b.key[m - 1 - suffix]) ++suffix;

  std::vector<TextOp> ops;
  for (std::size_t i = 0; i < prefix; ++i) append(ops, TextOp::Op::equal, b.text[i]);

  std::size_t a0 = prefix, a1 = n - suffix, b0 = prefix, b1 = m - suffix;
  std::size_t rows = a1 - a0, cols = b1 - b0;
  std::uint64_t cells = std::uint64_t(rows + 1) * (cols + 1);
  if (rows > 0 && cols > 0 && cells <= budget.per_text && cells <= budget.remaining) {
    budget.remaining -= cells;
    // lcs[i][j]: longest common subsequence of a[a0+i..a1) and b[b0+j..b1).
    std::vector<std::uint32_t> lcs(cells, 0);
    auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return lcs[i * (cols + 1) + j]; };
    for (std::size_t i = rows; i-- > 0;)
      for (std::size_t j = cols; j-- > 0;)
        at(i, j) = a.key[a0 + i] == b.key[b0 + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    // Walk forward; within each changed stretch, removals first, then insertions.
    std::vector<std::string_view> removed, inserted;
    auto flush = [&] {
      for (auto w : removed) append(ops, TextOp::Op::remove, w);
      for (auto w : inserted) append(ops, TextOp::Op::insert, w);
      removed.clear();
      inserted.clear();
    };
    std::size_t i = 0, j = 0;
    while (i < rows || j < cols) {
      if (i < rows && j < cols && a.key[a0 + i] == b.key[b0 + j]) {
        flush();
        append(ops, TextOp::Op::equal, b.text[b0 + j]);
        ++i;
        ++j;
      } else if (j == cols || (i < rows && at(i + 1, j) >= at(i, j + 1))) {
        removed.push_back(a.text[a0 + i++]);
      } else {
        inserted.push_back(b.text[b0 + j++]);
      }
    }
    flush();
  } else {
    // One side empty, or too large to align word by word: a whole replacement.
    for (std::size_t i = a0; i < a1; ++i) append(ops, TextOp::Op::remove, a.text[i]);
    for (std::size_t j = b0; j < b1; ++j) append(ops, TextOp::Op::insert, b.text[j]);
  }
  for (std::size_t j = m - suffix; j < m; ++j) append(ops, TextOp::Op::equal, b.text[j]);
  return ops;
}

}  // namespace mseg::diff
