#include <mseg/economy.hpp>
#include <mseg/query.hpp>

#include "base/ascii.hpp"

namespace mseg::query {
namespace {

using ascii::lower;

// Letters, digits and any non-ASCII byte make up words; everything else
// (spaces, '-', ',', '.', '/') separates them, so "Chair" is a word of
// "MEG-SEC Chair" but not of "Chairperson".
bool word_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (c >= '0' && c <= '9') || (lower(c) >= 'a' && lower(c) <= 'z');
}

bool equal_at(std::string_view hay, std::size_t at, std::string_view needle) {
  for (std::size_t i = 0; i < needle.size(); ++i)
    if (lower(hay[at + i]) != lower(needle[i])) return false;
  return true;
}

// Whether `needle` occurs in `hay` ignoring ASCII case, not inside a longer word.
bool contains_words(std::string_view hay, std::string_view needle) {
  if (needle.empty() || needle.size() > hay.size()) return false;
  for (std::size_t at = 0; at + needle.size() <= hay.size(); ++at) {
    if (!equal_at(hay, at, needle)) continue;
    const bool open = at == 0 || !word_char(hay[at - 1]) || !word_char(needle.front());
    const std::size_t after = at + needle.size();
    const bool close = after == hay.size() || !word_char(hay[after]) || !word_char(needle.back());
    if (open && close) return true;
  }
  return false;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

namespace {

OwnerFilter::Wanted read_wanted(std::string_view wanted) {
  OwnerFilter::Wanted w;
  w.text = std::string(trim(wanted));
  if (w.text.empty()) return w;
  w.economy = canonical_economy(w.text);
  w.folded = fold_owner_name(w.text);
  return w;
}

bool matches(const OwnerFilter::Wanted& wanted, const Owner& owner) {
  if (wanted.text.empty()) return false;
  // An economy asked for by any of its names is that economy and no other:
  // "China" must not pick up "Hong Kong, China" by containment.
  if (wanted.economy) {
    if (owner.economy) return owner.canonical && *owner.canonical == *wanted.economy;
    return contains_words(owner.name, wanted.text) || contains_words(owner.name, *wanted.economy);
  }
  if (contains_words(owner.name, wanted.text)) return true;
  if (owner.canonical && contains_words(*owner.canonical, wanted.text)) return true;
  // Dashes and spaces as the owner table reads them: "MEG‑SEC" with a no-break hyphen, as Word writes it, is
  // MEG-SEC (diff and history already saw one owner there).
  return contains_words(fold_owner_name(owner.name), wanted.folded);
}

}  // namespace

bool owner_matches(std::string_view wanted, const Owner& owner) { return matches(read_wanted(wanted), owner); }

OwnerFilter::OwnerFilter(const std::vector<std::string>& wanted, const OwnerAliases* aliases)
    : aliases_(aliases ? aliases : &builtin_aliases()) {
  wanted_.reserve(wanted.size());
  for (const auto& w : wanted) {
    wanted_.push_back(read_wanted(w));
    if (!wanted_.back().text.empty()) wanted_.back().identity = fold_owner_name(aliases_->identity(wanted_.back().text));
  }
}

bool OwnerFilter::keeps(const Owner& owner) const {
  if (wanted_.empty()) return true;
  for (const auto& w : wanted_)
    if (matches(w, owner)) return true;
  // By who the table says the owner is: "Chairman" is the Chair ("--group-by owner" counts him so).
  const std::string who = fold_owner_name(aliases_->identity(owner));
  for (const auto& w : wanted_)
    if (!w.identity.empty() && w.identity == who) return true;
  return false;
}

}  // namespace mseg::query
