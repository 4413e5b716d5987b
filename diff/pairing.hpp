// Pairing the elements of one kind across two plans without comparing every pair.
//
// Candidates: an inverted index from each word to the elements holding it finds,
// for every element, the elements sharing one of its `rarest_words` least
// frequent words (words in more than `common_cap` elements are skipped, so
// "the" never makes a candidate);
// each element keeps its `per_element` best by that partial score, from both
// sides. Elements with the same exact text are always candidates. Then greedy
// best-first: candidate pairs sorted by similarity, each element paired once.
#pragma once

#include <cstdint>
#include <vector>

#include "similarity.hpp"

namespace mseg::diff {

// One side's elements of one kind, in document order.
struct PairingSide {
  std::vector<WordSet> words;           // similarity words of each element
  std::vector<double> norm2;            // their squared norms
  std::vector<std::uint64_t> exact;     // hash of each element's exact words (word keys)
  std::vector<std::uint64_t> details;   // hash of each element's other fields (owners, deadlines, ...)
  std::vector<std::uint64_t> ids;       // hash of each element's id ("S3.D1"); may be empty: no id agrees
};

struct Pair {
  std::uint32_t old_index = 0;
  std::uint32_t new_index = 0;
  double similarity = 0;
};

struct PairingLimits {
  std::size_t per_element = 8;  // best candidates kept per element and side
  std::size_t rarest_words = 6;  // an element's least frequent words that look for candidates
  std::size_t common_cap = 0;   // words in more elements than this make no candidates; 0: 8*sqrt(N) kept within 64..1000, so work per element stays bounded
  // Pair unchanged elements, and copies with the same id, before the search: the same pairs, less work (off: tests
  // compare).
  bool settle_unchanged = true;
};

// Pairs elements with similarity >= threshold (and > 0), best first. Ties go to
// the pair whose other fields agree, then to the pair with the same id (of two
// identical copies, the one where the element stood: a block pasted twice has
// its copy added, not its original), then to the pair closest in relative
// position, then to the earliest old and new element. Result sorted by old_index.
std::vector<Pair> pair_elements(const Vocabulary& vocab, const PairingSide& old_side, const PairingSide& new_side,
                                double threshold, const PairingLimits& limits = {});

}  // namespace mseg::diff
