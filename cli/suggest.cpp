#include "suggest.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "base/ascii.hpp"

namespace mseg::cli {
namespace {

// Letters alike in either case: "CSV", "--OWNER" and "OLD.txt" are no slip at all from "csv", "--owner" and
// "old.txt" (a helper's finding: "Csv" was suggested "csv", "CSV" nothing).
bool same(char x, char y) { return ascii::lower(x) == ascii::lower(y); }

// Whether `s` begins with `prefix`, letters in either case alike ("--OVER" begins "--overdue").
bool begins(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), s.begin(), same);
}

// Edits between `a` and `b`, two letters swapped counting as one (the optimal string alignment distance): "prase",
// "qeury" and "tabel" are one slip from "parse", "query" and "table", as people type (a new user's finding: none
// was suggested, while "vaildate" was). A letter in the other case is no edit.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> before(b.size() + 1), row(b.size() + 1), next(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    next[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      next[j] = std::min({row[j] + 1, next[j - 1] + 1, row[j - 1] + (same(a[i - 1], b[j - 1]) ? 0 : 1)});
      if (i > 1 && j > 1 && same(a[i - 1], b[j - 2]) && same(a[i - 2], b[j - 1]))
        next[j] = std::min(next[j], before[j - 2] + 1);
    }
    std::swap(before, row);
    std::swap(row, next);
  }
  return row[b.size()];
}

}  // namespace

std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates) {
  // The one candidate the word begins: "--over" is "--overdue", though "--owner" is nearer by edits (a reviewer's
  // finding).
  if (word.size() >= 3) {
    std::optional<std::string> only;
    std::size_t begun = 0;
    for (const auto& c : candidates)
      if (c.size() > word.size() && begins(c, word) && (!only || *only != c)) only = c, ++begun;
    if (begun == 1) return only;
  }
  // The one candidate the word starts with, as a word: "carried through" is "carried" (a helper's finding: the
  // words history's output says, given no suggestion).
  {
    std::optional<std::string> only;
    std::size_t starts = 0;
    for (const auto& c : candidates)
      if (word.size() > c.size() && begins(word, c) && !ascii::alnum(word[c.size()]) && (!only || *only != c))
        only = c, ++starts;
    if (starts == 1) return only;
  }
  std::optional<std::string> best;
  std::size_t best_distance = std::min<std::size_t>(3, std::max<std::size_t>(1, word.size() / 3)) + 1;
  for (const auto& c : candidates) {
    const std::size_t d = edit_distance(word, c);
    if (d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  if (!best && word.size() >= 2)
    for (const auto& c : candidates)
      if (begins(c, word)) return c;
  return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  auto c = closest(word, candidates);
  return c ? fmt::format(" (did you mean '{}'?)", *c) : std::string();
}

}  // namespace mseg::cli
