#include "similarity.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <functional>

#include "normalize.hpp"

namespace mseg::diff {

std::uint32_t WordIds::id_of(std::string_view word) {
  const std::uint64_t h = std::hash<std::string_view>{}(word);
  const std::uint64_t top = h >> 32;
  auto word_at = [this](std::uint32_t id) {
    return std::string_view(words_).substr(starts_[id], starts_[id + 1] - starts_[id]);
  };
  // Kept at most half full, so a probe ends soon at an empty slot.
  if (2 * (size() + 1) > slots_.size()) {
    std::vector<std::uint64_t> grown(std::max<std::size_t>(64, 2 * slots_.size()), 0);
    const std::size_t mask = grown.size() - 1;
    for (auto slot : slots_) {
      if (slot == 0) continue;
      auto id = static_cast<std::uint32_t>(slot) - 1;
      std::size_t i = std::hash<std::string_view>{}(word_at(id)) & mask;
      while (grown[i] != 0) i = (i + 1) & mask;
      grown[i] = slot;
    }
    slots_ = std::move(grown);
  }
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const std::uint64_t slot = slots_[i];
    if (slot == 0) {
      auto id = static_cast<std::uint32_t>(size());
      words_ += word;
      starts_.push_back(words_.size());
      slots_[i] = (top << 32) | (std::uint64_t{id} + 1);
      return id;
    }
    auto id = static_cast<std::uint32_t>(slot) - 1;
    if ((slot >> 32) == top && word_at(id) == word) return id;
  }
}

std::vector<std::uint32_t> WordIds::words_of(std::string_view text) {
  scratch_.clear();
  similarity_words(text, scratch_);
  std::vector<std::uint32_t> ids;
  ids.reserve(scratch_.size());
  for (const auto& w : scratch_) ids.push_back(id_of(w));
  return ids;
}

WordSet Vocabulary::add(std::string_view text) { return add(own_.words_of(text)); }

WordSet Vocabulary::add(const std::vector<std::uint32_t>& word_ids) {
  WordSet set;
  set.reserve(word_ids.size());
  for (auto w : word_ids) {
    if (w >= local_.size()) local_.resize(std::max<std::size_t>(w + 1, local_.size() * 2), 0);
    if (local_[w] == 0) local_[w] = ++count_;
    set.push_back(local_[w] - 1);
  }
  std::sort(set.begin(), set.end());
  set.erase(std::unique(set.begin(), set.end()), set.end());
  return set;
}

void Vocabulary::finish(const std::vector<const WordSet*>& elements) {
  df_.assign(count_, 0);
  for (const auto* set : elements)
    for (auto w : *set) ++df_[w];
  double n = static_cast<double>(elements.size());
  weights_.resize(df_.size());
  for (std::size_t w = 0; w < df_.size(); ++w)
    weights_[w] = df_[w] == 0 ? 0.0 : std::log(1.0 + n / static_cast<double>(df_[w]));
  // Words are no longer needed: only ids and weights are.
  own_ = {};
  local_ = {};
}

double Vocabulary::norm2(const WordSet& set) const {
  double sum = 0;
  for (auto w : set) sum += weights_[w] * weights_[w];
  return sum;
}

namespace {
thread_local std::uint64_t g_cosine_steps = 0;
}  // namespace

std::uint64_t cosine_steps() { return g_cosine_steps; }

double cosine(const Vocabulary& vocab, const WordSet& a, double a_norm2, const WordSet& b, double b_norm2) {
  if (a.empty() && b.empty()) return 1.0;
  if (a.empty() || b.empty() || a_norm2 <= 0 || b_norm2 <= 0) return 0.0;
  double shared = 0;
  const WordSet& small = a.size() <= b.size() ? a : b;
  const WordSet& large = a.size() <= b.size() ? b : a;
  if (small.size() * 16 < large.size()) {
    // A short element against a long one (one action holding every other's
    // words): search the long set for each short word, narrowing as it goes,
    // so the cost follows the short set. Shared words are still met in
    // increasing id, so the sum, and the similarity, are the merge's to the bit.
    auto from = large.begin();
    for (auto w : small) {
      // Galloping: a step doubling from where the last word was found, then a
      // binary search within it; costs log(gap), not log(|large|).
      std::size_t step = 1;
      auto hi = from;
      while (hi != large.end() && *hi < w) {
        from = hi;
        hi = static_cast<std::size_t>(large.end() - hi) > step ? hi + static_cast<std::ptrdiff_t>(step) : large.end();
        step *= 2;
        ++g_cosine_steps;
      }
      g_cosine_steps += std::bit_width(static_cast<std::size_t>(hi - from));  // the binary search's steps
      from = std::lower_bound(from, hi, w);
      if (from == large.end()) break;
      if (*from == w) {
        double weight = vocab.weight(w);
        shared += weight * weight;
      }
    }
  } else {
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
      ++g_cosine_steps;
      if (a[i] < b[j]) {
        ++i;
      } else if (b[j] < a[i]) {
        ++j;
      } else {
        double w = vocab.weight(a[i]);
        shared += w * w;
        ++i;
        ++j;
      }
    }
  }
  double s = shared / std::sqrt(a_norm2 * b_norm2);
  return std::min(1.0, s);
}

}  // namespace mseg::diff
