// Weighted word similarity between the elements of two plans.
//
// Each element is the set of its similarity words. A word weighs
// idf = ln(1 + N / df), N the number of elements of that kind in both plans
// and df those containing the word, so "the", "develop" and "APEC" weigh little
// and "OAS" or "ISPS" much. Similarity is the weighted cosine of the two sets:
//   sum of w^2 over shared words / sqrt(sum of w^2 over A * sum of w^2 over B).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mseg::diff {

// The words of one element as sorted, distinct word ids.
using WordSet = std::vector<std::uint32_t>;

// Similarity words interned once for many plans: history reads each plan's
// words once, however often the plan is paired (with the plan before, the plan
// after, and dormant threads).
class WordIds {
 public:
  // The text's similarity words as ids, in text order, repeats kept.
  std::vector<std::uint32_t> words_of(std::string_view text);
  std::size_t size() const { return starts_.size() - 1; }

 private:
  // An open-addressing table over one buffer of words rather than a map of
  // nodes: a plan whose every element holds a word of its own ("1000A.") made
  // each lookup a few cache misses more as the plans grew (issue 20 item 11).
  std::uint32_t id_of(std::string_view word);
  std::string words_;                              // every word, end to end
  std::vector<std::size_t> starts_{0};             // word id -> where it starts in words_ (one more: the end)
  std::vector<std::uint64_t> slots_;               // 0: empty; else hash's top 32 bits << 32 | (id + 1)
  std::vector<std::string> scratch_;
};

// The words of all elements of one kind in both plans, with their weights.
// Its own ids follow the order words are first added in, whatever WordIds
// numbered them, so that ties between equally frequent words fall the same
// way however the words were read.
class Vocabulary {
 public:
  // Interns the text's similarity words and returns them as a WordSet.
  WordSet add(std::string_view text);
  // The same for words already read (ids of `WordIds`, in text order).
  WordSet add(const std::vector<std::uint32_t>& word_ids);
  // Counts document frequencies over `elements` (every set of this kind) and fixes the weights.
  void finish(const std::vector<const WordSet*>& elements);

  double weight(std::uint32_t word) const { return weights_[word]; }
  std::uint32_t document_frequency(std::uint32_t word) const { return df_[word]; }
  std::size_t size() const { return weights_.size(); }
  // The sum of squared weights of a set (the square of its norm).
  double norm2(const WordSet& set) const;

 private:
  WordIds own_;                       // for add(text)
  std::vector<std::uint32_t> local_;  // WordIds id -> own id + 1 (0: not seen)
  std::uint32_t count_ = 0;
  std::vector<double> weights_;
  std::vector<std::uint32_t> df_;
};

// Weighted cosine of two sets given their squared norms; two empty sets are
// identical (1), an empty and a non-empty one share nothing (0).
double cosine(const Vocabulary& vocab, const WordSet& a, double a_norm2, const WordSet& b, double b_norm2);

// Steps cosine() has taken on this thread so far (words compared or searched):
// lets tests check that its cost follows the shorter set, without timing it.
std::uint64_t cosine_steps();

}  // namespace mseg::diff
