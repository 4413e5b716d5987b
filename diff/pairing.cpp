#include "pairing.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "base/fnv.hpp"

namespace mseg::diff {
namespace {

constexpr std::uint32_t kNone = static_cast<std::uint32_t>(-1);  // not settled

// Each word's elements on one side, as one flat array (CSR): elements of word w
// are items[offsets[w] .. offsets[w+1]).
struct Postings {
  std::vector<std::uint32_t> offsets;
  std::vector<std::uint32_t> items;
};

Postings index_words(const std::vector<WordSet>& sets, std::size_t vocabulary) {
  Postings p;
  p.offsets.assign(vocabulary + 1, 0);
  for (const auto& s : sets)
    for (auto w : s) ++p.offsets[w + 1];
  for (std::size_t w = 0; w < vocabulary; ++w) p.offsets[w + 1] += p.offsets[w];
  p.items.resize(p.offsets[vocabulary]);
  std::vector<std::uint32_t> fill(p.offsets.begin(), p.offsets.end() - 1);
  for (std::uint32_t e = 0; e < sets.size(); ++e)
    for (auto w : sets[e]) p.items[fill[w]++] = e;
  return p;
}

struct Candidate {
  std::uint32_t old_index;
  std::uint32_t new_index;
  double similarity = 0;
  bool details_agree = false;
  bool id_agrees = false;
  std::uint64_t distance = 0;  // |old_index * new_count - new_index * old_count|: relative positions apart
};

// For every element of `from`, its best `keep` elements of `to` by the cosine
// over uncommon shared words; calls emit(from_index, to_index).
template <typename Emit>
void best_by_shared_words(const Vocabulary& vocab, const PairingSide& from, const PairingSide& to,
                          const Postings& to_postings, std::size_t cap, std::size_t rarest, std::size_t keep,
                          const std::vector<std::uint32_t>& settled, Emit emit) {
  std::vector<double> score(to.words.size(), 0.0);
  std::vector<std::uint32_t> touched;
  std::vector<std::pair<double, std::uint32_t>> ranks;  // (-rank, element): ties to the earlier element
  std::vector<std::pair<std::uint32_t, std::uint32_t>> rare;  // (document frequency, word)
  for (std::uint32_t a = 0; a < from.words.size(); ++a) {
    if (settled[a] != kNone) continue;
    touched.clear();
    // Only the element's `rarest` least frequent words look for candidates: they
    // discriminate most, and they bound the work per element to rarest * cap.
    rare.clear();
    for (auto w : from.words[a])
      if (vocab.document_frequency(w) <= cap) rare.emplace_back(vocab.document_frequency(w), w);
    if (rare.size() > rarest) {
      std::nth_element(rare.begin(), rare.begin() + static_cast<std::ptrdiff_t>(rarest), rare.end());
      rare.resize(rarest);
    }
    for (auto [df, w] : rare) {
      double w2 = vocab.weight(w) * vocab.weight(w);
      for (auto k = to_postings.offsets[w]; k < to_postings.offsets[w + 1]; ++k) {
        auto b = to_postings.items[k];
        if (score[b] == 0.0) touched.push_back(b);
        score[b] += w2;
      }
    }
    auto ranked = [&](std::uint32_t b) {
      double denominator = std::sqrt(from.norm2[a] * to.norm2[b]);
      return denominator > 0 ? score[b] / denominator : 0.0;
    };
    std::size_t n = std::min(keep, touched.size());
    // Rank once, then select the best n (nth_element: linear in the touched elements).
    ranks.clear();
    for (auto b : touched) ranks.emplace_back(-ranked(b), b);
    std::nth_element(ranks.begin(), ranks.begin() + static_cast<std::ptrdiff_t>(n), ranks.end());
    for (auto b : touched) score[b] = 0.0;
    for (std::size_t i = 0; i < n; ++i) emit(a, ranks[i].second);
  }
}

std::uint64_t set_hash(const WordSet& set) {
  // FNV-1a's steps over word ids rather than bytes.
  std::uint64_t h = fnv::kOffset;
  for (auto w : set) h = (h ^ w) * fnv::kPrime;
  return h;
}

// Unchanged elements, settled before the search: old a and new b settle when
// they have the same exact text (so the exact-text rule makes them candidates)
// and no other element on either side has their word set. Their similarity is
// then the most there is, and any other pair as similar would need that same
// set, so best-first pairs them whatever else is found. Their own search is
// skipped, as are the other candidates naming them (they would lose anyway);
// they stay in the index and the weights, so every other element's candidates
// are what they would be without this. In a series of editions most elements
// are unchanged, and this is most of the pairing's work saved.
void settle_unchanged(const PairingSide& old_side, const PairingSide& new_side, std::vector<std::uint32_t>& old_settled,
                      std::vector<std::uint32_t>& new_settled) {
  struct Seen {
    std::uint32_t count = 0;
    std::uint32_t first = 0;
  };
  std::unordered_map<std::uint64_t, Seen> olds, news;
  auto count = [](const PairingSide& side, std::unordered_map<std::uint64_t, Seen>& seen) {
    seen.reserve(side.words.size());
    for (std::uint32_t e = 0; e < side.words.size(); ++e) {
      auto& s = seen[set_hash(side.words[e])];
      if (s.count++ == 0) s.first = e;
    }
  };
  count(old_side, olds);
  count(new_side, news);
  for (const auto& [hash, o] : olds) {
    if (o.count != 1) continue;
    auto it = news.find(hash);
    if (it == news.end() || it->second.count != 1) continue;
    std::uint32_t a = o.first, b = it->second.first;
    // Equal hashes could still be different sets; empty sets find no candidates by words.
    if (old_side.words[a].empty() || old_side.words[a] != new_side.words[b]) continue;
    if (old_side.exact[a] != new_side.exact[b]) continue;
    old_settled[a] = b;
    new_settled[b] = a;
  }
}

}  // namespace

std::vector<Pair> pair_elements(const Vocabulary& vocab, const PairingSide& old_side, const PairingSide& new_side,
                                double threshold, const PairingLimits& limits) {
  const std::size_t old_count = old_side.words.size();
  const std::size_t new_count = new_side.words.size();
  if (old_count == 0 || new_count == 0) return {};
  std::size_t cap = limits.common_cap;
  if (cap == 0)
    cap = std::clamp<std::size_t>(static_cast<std::size_t>(8.0 * std::sqrt(static_cast<double>(old_count + new_count))),
                                  64, 1000);
  std::size_t keep = std::max<std::size_t>(1, limits.per_element);

  std::vector<std::pair<std::uint32_t, std::uint32_t>> raw;
  raw.reserve((old_count + new_count) * keep);
  std::vector<std::uint32_t> old_settled(old_count, kNone), new_settled(new_count, kNone);
  if (limits.settle_unchanged) settle_unchanged(old_side, new_side, old_settled, new_settled);
  // A candidate naming a settled element loses to its settled pair: not kept.
  auto keep_candidate = [&](std::uint32_t a, std::uint32_t b) {
    if (old_settled[a] == kNone && new_settled[b] == kNone) raw.emplace_back(a, b);
  };
  Postings old_postings = index_words(old_side.words, vocab.size());
  Postings new_postings = index_words(new_side.words, vocab.size());
  best_by_shared_words(vocab, old_side, new_side, new_postings, cap, limits.rarest_words, keep, old_settled,
                       [&](std::uint32_t a, std::uint32_t b) { keep_candidate(a, b); });
  best_by_shared_words(vocab, new_side, old_side, old_postings, cap, limits.rarest_words, keep, new_settled,
                       [&](std::uint32_t b, std::uint32_t a) { keep_candidate(a, b); });
  for (std::uint32_t a = 0; a < old_count; ++a)
    if (old_settled[a] != kNone) raw.emplace_back(a, old_settled[a]);
  old_postings = {};
  new_postings = {};

  // Same exact text: pair the i-th old copy with the new copies near rank i, so
  // that many identical elements stay linear.
  {
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> new_by_text;
    for (std::uint32_t b = 0; b < new_count; ++b) new_by_text[new_side.exact[b]].push_back(b);
    std::unordered_map<std::uint64_t, std::uint32_t> old_rank;
    for (std::uint32_t a = 0; a < old_count; ++a) {
      auto it = new_by_text.find(old_side.exact[a]);
      if (it == new_by_text.end()) continue;
      std::size_t rank = old_rank[old_side.exact[a]]++;
      const auto& copies = it->second;
      std::size_t lo = rank > keep ? rank - keep : 0;
      std::size_t hi = std::min(copies.size(), rank + keep + 1);
      for (std::size_t k = lo; k < hi; ++k) keep_candidate(a, copies[k]);
    }
  }

  std::sort(raw.begin(), raw.end());
  raw.erase(std::unique(raw.begin(), raw.end()), raw.end());

  std::vector<Candidate> candidates;
  candidates.reserve(raw.size());
  for (auto [a, b] : raw) {
    double s = cosine(vocab, old_side.words[a], old_side.norm2[a], new_side.words[b], new_side.norm2[b]);
    if (s < threshold || s <= 0.0) continue;
    std::uint64_t x = std::uint64_t{a} * new_count, y = std::uint64_t{b} * old_count;
    const bool same_id = !old_side.ids.empty() && !new_side.ids.empty() && old_side.ids[a] == new_side.ids[b];
    candidates.push_back({a, b, s, old_side.details[a] == new_side.details[b], same_id, x > y ? x - y : y - x});
  }
  raw = {};
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
    if (x.similarity != y.similarity) return x.similarity > y.similarity;
    if (x.details_agree != y.details_agree) return x.details_agree;
    if (x.id_agrees != y.id_agrees) return x.id_agrees;
    if (x.distance != y.distance) return x.distance < y.distance;
    if (x.old_index != y.old_index) return x.old_index < y.old_index;
    return x.new_index < y.new_index;
  });

  std::vector<bool> old_taken(old_count), new_taken(new_count);
  std::vector<Pair> pairs;
  for (const auto& c : candidates) {
    if (old_taken[c.old_index] || new_taken[c.new_index]) continue;
    old_taken[c.old_index] = new_taken[c.new_index] = true;
    pairs.push_back({c.old_index, c.new_index, c.similarity});
  }
  std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) { return x.old_index < y.old_index; });
  return pairs;
}

}  // namespace mseg::diff
