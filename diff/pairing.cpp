#include "pairing.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

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

// One side's elements grouped by a 64-bit key: `order` holds the element
// indices sorted by key, ties in index order, so a group is a run and an
// element's rank among its group's copies is its place in the run. A radix
// sort (passes of 8 bits) rather than a hash map: the maps' nodes, spread
// over a heap of millions of elements, made these lookups grow faster than the
// plans (issue 20 item 11); the passes read and write in order.
struct Groups {
  std::vector<std::uint64_t> keys;    // sorted
  std::vector<std::uint32_t> order;   // element of each sorted key
  std::vector<std::uint32_t> rank;    // element -> its place among the copies of its key
};

// Sorts `keys` and `order` alike by key, stably: up to eight passes of 8 bits.
void radix_sort(std::vector<std::uint64_t>& keys, std::vector<std::uint32_t>& order) {
  const std::size_t n = keys.size();
  std::vector<std::uint64_t> k2(n);
  std::vector<std::uint32_t> o2(n);
  // Byte digits: 256 places to write to at once stay in the first-level cache, where 65,536 (16-bit digits) sent
  // each write to a page of its own once the plans outgrew the cache (diff's exponent on 640k sections, issue 20
  // item 11). One pass counts all eight digits; a digit every key shares is skipped.
  std::vector<std::array<std::uint32_t, 256>> count(8);
  for (auto k : keys)
    for (int d = 0; d < 8; ++d) ++count[d][(k >> (8 * d)) & 0xff];
  for (int d = 0; d < 8; ++d) {
    auto& c = count[d];
    if (std::find(c.begin(), c.end(), n) != c.end()) continue;
    std::uint32_t sum = 0;
    for (auto& x : c) sum += std::exchange(x, sum);
    for (std::size_t i = 0; i < n; ++i) {
      auto to = c[(keys[i] >> (8 * d)) & 0xff]++;
      k2[to] = keys[i];
      o2[to] = order[i];
    }
    keys.swap(k2);
    order.swap(o2);
  }
}

Groups group_by(const std::vector<std::uint64_t>& keys) {
  const std::size_t n = keys.size();
  Groups g;
  g.keys = keys;
  g.order.resize(n);
  for (std::uint32_t e = 0; e < n; ++e) g.order[e] = e;
  if (n < 4096) {
    // A plan's few dozen elements: up to eight radix passes and their counts would cost more than the sort, and history
    // pairs many small lists.
    std::stable_sort(g.order.begin(), g.order.end(),
                     [&](std::uint32_t x, std::uint32_t y) { return keys[x] < keys[y]; });
    for (std::size_t i = 0; i < n; ++i) g.keys[i] = keys[g.order[i]];
  } else {
    radix_sort(g.keys, g.order);
  }
  g.rank.resize(n);
  // The run so far carried along, not read back from rank: one scattered write an element, not two accesses.
  std::uint32_t run = 0;
  for (std::size_t i = 0; i < n; ++i) {
    run = i > 0 && g.keys[i] == g.keys[i - 1] ? run + 1 : 0;
    g.rank[g.order[i]] = run;
  }
  return g;
}

// Calls f(old_begin, old_end, new_begin, new_end) with the positions in each
// side's order of every key both sides hold.
template <typename F>
void for_each_shared_key(const Groups& olds, const Groups& news, F f) {
  std::size_t i = 0, j = 0;
  while (i < olds.keys.size() && j < news.keys.size()) {
    if (olds.keys[i] < news.keys[j]) { ++i; continue; }
    if (news.keys[j] < olds.keys[i]) { ++j; continue; }
    std::size_t i_end = i, j_end = j;
    while (i_end < olds.keys.size() && olds.keys[i_end] == olds.keys[i]) ++i_end;
    while (j_end < news.keys.size() && news.keys[j_end] == news.keys[j]) ++j_end;
    f(i, i_end, j, j_end);
    i = i_end;
    j = j_end;
  }
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
  auto set_hashes = [](const PairingSide& side) {
    std::vector<std::uint64_t> h;
    h.reserve(side.words.size());
    for (const auto& w : side.words) h.push_back(set_hash(w));
    return h;
  };
  const Groups olds = group_by(set_hashes(old_side)), news = group_by(set_hashes(new_side));
  for_each_shared_key(olds, news, [&](std::size_t i, std::size_t i_end, std::size_t j, std::size_t j_end) {
    if (i_end - i != 1 || j_end - j != 1) return;
    std::uint32_t a = olds.order[i], b = news.order[j];
    // Equal hashes could still be different sets; empty sets find no candidates by words.
    if (old_side.words[a].empty() || old_side.words[a] != new_side.words[b]) return;
    if (old_side.exact[a] != new_side.exact[b]) return;
    old_settled[a] = b;
    new_settled[b] = a;
  });
}

// Copies settled by their id: old a and new b settle when they have the same
// exact text, word set, other fields and id, and the exact-text rule makes them
// candidates (their ranks among the copies of that text on each side are at
// most `keep` apart). Their similarity is the most there is (an identical set's
// cosine is exactly 1), their fields agree and so does their id; ids are
// distinct on each side, so no other candidate of a or b can rank with them,
// and best-first pairs them. This is the rule for the copies settle_unchanged
// leaves: boilerplate repeated in every section ("Report progress") and a plan
// of identical sections, whose copies would otherwise each bring 2 * keep + 1
// candidates to sort (issue 20 item 11). Sets of more than kMostWords words are
// left to the search: the exactness of "no other pair is as similar" rests on
// rounding staying far below the gap between sets that differ by one word.
void settle_same_id(const PairingSide& old_side, const PairingSide& new_side, const Groups& old_texts,
                    const Groups& new_texts, std::size_t keep, std::vector<std::uint32_t>& old_settled,
                    std::vector<std::uint32_t>& new_settled) {
  constexpr std::size_t kMostWords = 4096;
  if (old_side.ids.empty() || new_side.ids.empty()) return;
  const Groups olds = group_by(old_side.ids), news = group_by(new_side.ids);
  // An id hash met twice on a side (a collision, or ids not distinct) settles nothing.
  for_each_shared_key(olds, news, [&](std::size_t i, std::size_t i_end, std::size_t j, std::size_t j_end) {
    if (i_end - i != 1 || j_end - j != 1) return;
    std::uint32_t a = olds.order[i], b = news.order[j];
    if (old_settled[a] != kNone || new_settled[b] != kNone) return;
    if (old_side.exact[a] != new_side.exact[b] || old_side.details[a] != new_side.details[b]) return;
    const auto& words = old_side.words[a];
    if (words.empty() || words.size() > kMostWords || words != new_side.words[b]) return;
    std::uint32_t ra = old_texts.rank[a], rb = new_texts.rank[b];
    if ((ra > rb ? ra - rb : rb - ra) > keep) return;
    old_settled[a] = b;
    new_settled[b] = a;
  });
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
  const Groups old_texts = group_by(old_side.exact), new_texts = group_by(new_side.exact);
  if (limits.settle_unchanged) {
    settle_unchanged(old_side, new_side, old_settled, new_settled);
    settle_same_id(old_side, new_side, old_texts, new_texts, keep, old_settled, new_settled);
  }
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
  old_postings = {};
  new_postings = {};

  // Same exact text: pair the i-th old copy with the new copies near rank i, so
  // that many identical elements stay linear.
  for_each_shared_key(old_texts, new_texts, [&](std::size_t i, std::size_t i_end, std::size_t j, std::size_t j_end) {
    const std::size_t copies = j_end - j;
    for (std::size_t rank = 0; rank < i_end - i; ++rank) {
      std::size_t lo = rank > keep ? rank - keep : 0;
      std::size_t hi = std::min(copies, rank + keep + 1);
      for (std::size_t k = lo; k < hi; ++k) keep_candidate(old_texts.order[i + rank], new_texts.order[j + k]);
    }
  });

  // Distinct candidates, in (old, new) order: bucketed by old element first
  // (linear), so only each element's few candidates are sorted.
  {
    std::vector<std::uint32_t> start(old_count + 1, 0);
    for (auto [a, b] : raw) ++start[a + 1];
    for (std::size_t a = 0; a < old_count; ++a) start[a + 1] += start[a];
    std::vector<std::pair<std::uint32_t, std::uint32_t>> bucketed(raw.size());
    std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
    for (auto c : raw) bucketed[fill[c.first]++] = c;
    raw = std::move(bucketed);
    for (std::size_t a = 0; a < old_count; ++a)
      std::sort(raw.begin() + start[a], raw.begin() + start[a + 1]);
    raw.erase(std::unique(raw.begin(), raw.end()), raw.end());
  }

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

  // Settled pairs win whatever the candidates hold (no candidate names them), so
  // they take their places before the greedy pass, which settles the rest.
  std::vector<double> similarity(old_count, -1.0);  // of old a's pair; -1: unpaired
  std::vector<bool> new_taken(new_count);
  for (std::uint32_t a = 0; a < old_count; ++a) {
    std::uint32_t b = old_settled[a];
    if (b == kNone) continue;
    double s = cosine(vocab, old_side.words[a], old_side.norm2[a], new_side.words[b], new_side.norm2[b]);
    if (s < threshold || s <= 0.0) {
      old_settled[a] = kNone;
      continue;
    }
    similarity[a] = s;
    new_taken[b] = true;
  }
  std::vector<std::uint32_t>& partner = old_settled;  // from here on: each old element's pair, settled or found
  for (const auto& c : candidates) {
    if (similarity[c.old_index] >= 0 || new_taken[c.new_index]) continue;
    similarity[c.old_index] = c.similarity;
    partner[c.old_index] = c.new_index;
    new_taken[c.new_index] = true;
  }
  std::vector<Pair> pairs;
  for (std::uint32_t a = 0; a < old_count; ++a)
    if (similarity[a] >= 0) pairs.push_back({a, partner[a], similarity[a]});
  return pairs;
}

}  // namespace mseg::diff
