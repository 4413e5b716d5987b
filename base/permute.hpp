// Putting a vector's items into a sorted order without a second vector of them.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace mseg {

// Moves `items` into the order `from` gives (from(i): the index of the item
// that belongs at i; a permutation), a cycle at a time, each item moved once.
// For items too large to sort themselves: sort small keys, then call this.
template <typename T, typename From>
void permute_in_place(std::vector<T>& items, From from) {
  std::vector<bool> placed(items.size(), false);
  for (std::size_t k = 0; k < items.size(); ++k) {
    if (placed[k] || from(k) == k) continue;
    T first = std::move(items[k]);
    for (std::size_t at = k;;) {
      placed[at] = true;
      const std::size_t source = from(at);
      if (source == k) {
        items[at] = std::move(first);
        break;
      }
      items[at] = std::move(items[source]);
      at = source;
    }
  }
}

}  // namespace mseg
