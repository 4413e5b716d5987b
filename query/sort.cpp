#include <algorithm>
#include <tuple>

#include <mseg/query.hpp>

#include "base/ascii.hpp"
#include "match_facts.hpp"

namespace mseg::query {
namespace {


// The first owner of the matched tags, economies by their APEC name so that
// "US" and "United States" sort together; lower-cased.
std::optional<std::string> owner_of(const Match& m) {
  const Action* a = m.element.action();
  if (!a) return std::nullopt;
  for (std::size_t i : m.tags)
    for (const auto& o : a->tags[i].owners) {
      return ascii::lower(o.canonical ? *o.canonical : o.name);
    }
  return std::nullopt;
}

// Stable sort on a key computed once per match rather than per comparison.
template <typename KeyFn>
void sort_by(std::vector<Match>& matches, KeyFn key_of) {
  using Key = decltype(key_of(matches.front()));
  std::vector<std::pair<Key, std::size_t>> keys;
  keys.reserve(matches.size());
  for (std::size_t i = 0; i < matches.size(); ++i) keys.emplace_back(key_of(matches[i]), i);
  std::stable_sort(keys.begin(), keys.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<Match> sorted;
  sorted.reserve(matches.size());
  for (auto& k : keys) sorted.push_back(std::move(matches[k.second]));
  matches = std::move(sorted);
}

}  // namespace

bool natural_less(std::string_view a, std::string_view b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (ascii::digit(a[i]) && ascii::digit(b[j])) {
      // Compare digit runs by value: skip leading zeros, then longer is larger.
      std::size_t si = i, sj = j;
      while (si < a.size() && a[si] == '0') ++si;
      while (sj < b.size() && b[sj] == '0') ++sj;
      std::size_t ei = si, ej = sj;
      while (ei < a.size() && ascii::digit(a[ei])) ++ei;
      while (ej < b.size() && ascii::digit(b[ej])) ++ej;
      if (ei - si != ej - sj) return ei - si < ej - sj;
      if (int c = a.substr(si, ei - si).compare(b.substr(sj, ej - sj)); c != 0) return c < 0;
      i = ei;
      j = ej;
      continue;
    }
    if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
    ++i;
    ++j;
  }
  return a.size() - i < b.size() - j;
}

void sort_matches(std::vector<Match>& matches, SortKey key) {
  switch (key) {
    case SortKey::none:
      return;
    case SortKey::id:
      std::stable_sort(matches.begin(), matches.end(),
                       [](const Match& x, const Match& y) { return natural_less(x.element.id(), y.element.id()); });
      return;
    case SortKey::deadline:
      // Undated (ongoing, tbd, ...) after every dated one.
      sort_by(matches, [](const Match& m) {
        auto d = due_of(m);
        return std::make_tuple(!d.has_value(), d.value_or(Date{}));
      });
      return;
    case SortKey::owner:
      sort_by(matches, [](const Match& m) {
        auto o = owner_of(m);
        return std::make_tuple(!o.has_value(), o.value_or(std::string()));
      });
      return;
  }
}

}  // namespace mseg::query
