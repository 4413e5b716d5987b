#include <mseg/economy.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstddef>
#include <cstring>

#include "base/utf8.hpp"
#include "clean.hpp"
#include "deadline_damage.hpp"

namespace mseg {
namespace {

struct Alias {
  std::string_view key;        // already in normalised form (see normalise)
  std::string_view canonical;  // APEC's own name for the member
};

// Keys are written the way normalise() leaves them, so the table needs no
// start-up work beyond hashing; a test checks every canonical name reaches itself.
constexpr Alias kAliases[] = {
    {"australia", "Australia"},
    {"brunei darussalam", "Brunei Darussalam"},
    {"brunei", "Brunei Darussalam"},
    {"canada", "Canada"},
    {"chile", "Chile"},
    {"china", "China"},
    {"peoples republic of china", "China"},
    {"prc", "China"},
    {"pr china", "China"},  // "PR China"; "P.R. China" is written "prchina" (an initial's dot joins what follows)
    {"prchina", "China"},
    {"hong kong china", "Hong Kong, China"},
    {"hong kong", "Hong Kong, China"},
    {"hong kong sar", "Hong Kong, China"},
    {"hong kong sar china", "Hong Kong, China"},
    {"indonesia", "Indonesia"},
    {"japan", "Japan"},
    {"republic of korea", "Republic of Korea"},
    {"korea", "Republic of Korea"},
    {"korea republic of", "Republic of Korea"},
    {"south korea", "Republic of Korea"},
    {"rok", "Republic of Korea"},
    {"rep of korea", "Republic of Korea"},  // abbreviated (a helper's finding: no economy)
    {"korea rep", "Republic of Korea"},
    {"malaysia", "Malaysia"},
    {"mexico", "Mexico"},
    {"new zealand", "New Zealand"},
    {"nz", "New Zealand"},
    {"papua new guinea", "Papua New Guinea"},
    {"png", "Papua New Guinea"},
    {"peru", "Peru"},
    {"philippines", "Philippines"},
    {"republic of the philippines", "Philippines"},
    {"russia", "Russia"},
    {"russian federation", "Russia"},
    {"russian fed", "Russia"},
    {"singapore", "Singapore"},
    {"chinese taipei", "Chinese Taipei"},
    {"thailand", "Thailand"},
    {"united states", "United States"},
    {"united states of america", "United States"},
    {"us", "United States"},
    {"usa", "United States"},
    {"viet nam", "Viet Nam"},
    {"vietnam", "Viet Nam"},
};

// Longer than any alias even with generous spacing; anything longer is not an
// economy, which also keeps the cost per call bounded on hostile input.
constexpr std::size_t kMaxName = 96;

bool is_ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// The letter an accented letter is written on, lower case; 0 where there is none. Latin-1's ("Perú", "México" in a
// Spanish-speaking delegate's hand: a new user's finding, no economy; none for ×, ÷, ß, Æ, Ð, Þ), Latin Extended-A's
// (U+0100 to U+017F: "Đà Nẵng"'s Đ, Polish, Czech, Turkish letters), Vietnamese's horned O and U (U+01A0, U+01A1,
// U+01AF, U+01B0) and the Vietnamese letters of Latin Extended Additional (U+1EA0 to U+1EF9: "Việt Nam" in its own
// spelling was no economy, a new user's finding, where "Viêt Nam" was). Made from Unicode's decompositions (the
// base letter, lower case; Đ, Ħ, Ł, Ŧ and ı by their look); 0 for Ĳ, Ŋ and Œ.
char unaccented(char32_t cp) {
  static constexpr char kLatin1[64 + 1] = "aaaaaa\0ceeeeiiii\0nooooo\0ouuuuy\0\0aaaaaa\0ceeeeiiii\0nooooo\0ouuuuy\0y";
  static constexpr char kExtendedA[128 + 1] =
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii\0\0jjkk\0llllll\0\0llnnnnnn\0\0\0oooooo\0\0rrrrrrss"
      "ssssssttttttuuuuuuuuuuuuwwyyyzzzzzz\0";
  static constexpr char kVietnamese[90 + 1] =
      "aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy";
  if (cp >= 0xC0 && cp <= 0xFF) return kLatin1[cp - 0xC0];
  if (cp >= 0x100 && cp < 0x180) return kExtendedA[cp - 0x100];
  if (cp == 0x1A0 || cp == 0x1A1) return 'o';
  if (cp == 0x1AF || cp == 0x1B0) return 'u';
  if (cp >= 0x1EA0 && cp <= 0x1EF9) return kVietnamese[cp - 0x1EA0];
  return '\0';
}

// The base letter of the accented letter at in[i] (a byte from 0x80 up) and its length in bytes; {0, 0} for none.
std::pair<char, std::size_t> accented_at(std::string_view in, std::size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(in.data()) + i;
  const std::size_t length = utf8::sequence_length(p, in.size() - i);
  if (length == 0) return {'\0', 0};
  const char base = unaccented(utf8::code_point(p, length));
  return base ? std::pair{base, length} : std::pair{'\0', std::size_t{0}};
}

// Lower-cases ASCII, drops dots and apostrophes (straight and curly), turns
// commas and runs of white space (no-break space included) into one space, and
// drops a leading "the ". Returns the length written, or npos when too long.
std::size_t normalise(std::string_view in, std::array<char, kMaxName>& buf) {
  if (in.size() > kMaxName) return std::string_view::npos;
  std::size_t n = 0;
  bool pending_space = false;
  // "U. S. A." is "U.S.A." spaced out: a space after an initial's dot is no word break.
  bool after_initial = false;
  std::size_t run = 0;  // characters written since the last space or dot
  for (std::size_t i = 0; i < in.size(); ++i) {
    const auto c = static_cast<unsigned char>(in[i]);
    if (is_ascii_space(c) || c == ',') {
      if (!after_initial) pending_space = n > 0;
      continue;
    }
    if (c == 0xC2 && i + 1 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0xA0) {
      ++i;
      if (!after_initial) pending_space = n > 0;
      continue;
    }
    // The invisible characters text pasted from a PDF or a web page carries (a new user's finding: "Japan\u200B"
    // was no economy, silently): the zero-width space a word break, the others nothing.
    if (bool breaks = false; const std::size_t invisible = invisible_at(in, i, &breaks)) {
      i += invisible - 1;
      if (breaks && !after_initial) pending_space = n > 0;
      continue;
    }
    // Combining accents (U+0300 to U+036F), as decomposed text and some keyboards write them ("Vie\u0302\u0323t
    // Nam"): nothing, the letter before them standing alone (a review's finding: no economy).
    if ((c == 0xCC || (c == 0xCD && i + 1 < in.size() && static_cast<unsigned char>(in[i + 1]) <= 0xAF)) &&
        i + 1 < in.size() && (static_cast<unsigned char>(in[i + 1]) & 0xC0) == 0x80) {
      ++i;
      continue;
    }
    // ‘ ’ “ ” around or in a name.
    if (c == 0xE2 && i + 2 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0x80) {
      const auto c2 = static_cast<unsigned char>(in[i + 2]);
      if (c2 == 0x98 || c2 == 0x99 || c2 == 0x9C || c2 == 0x9D) {
        i += 2;
        continue;
      }
    }
    if (c == '\'' || c == '`' || c == '"') continue;
    if (c == '.') {
      after_initial = run == 1;
      run = 0;
      continue;
    }
    char letter = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
    if (c >= 0xC3)
      if (const auto [base, length] = accented_at(in, i); base) letter = base, i += length - 1;
    after_initial = false;
    if (pending_space) {
      buf[n++] = ' ';
      pending_space = false;
      run = 0;
    }
    ++run;
    buf[n++] = letter;
  }
  std::string_view out(buf.data(), n);
  if (out.starts_with("the ")) {
    std::copy(buf.begin() + 4, buf.begin() + static_cast<std::ptrdiff_t>(n), buf.begin());
    n -= 4;
  }
  return n;
}

// The aliases grouped by key length: a name is compared only with the few
// keys of its own length. (A hash map spent more on hashing and on the
// bucket division than this spends comparing; owners are looked up once or
// twice per tag.)
class AliasTable {
 public:
  AliasTable() {
    std::array<std::size_t, kMaxKey + 2> count{};
    for (const auto& a : kAliases) ++count[a.key.size() + 1];
    for (std::size_t len = 1; len < count.size(); ++len) count[len] += count[len - 1];
    first_ = count;
    for (const auto& a : kAliases) sorted_[count[a.key.size()]++] = a;
  }
  const Alias* find(std::string_view key) const {
    if (key.size() > kMaxKey) return nullptr;
    for (std::size_t k = first_[key.size()]; k < first_[key.size() + 1]; ++k)
      if (std::memcmp(sorted_[k].key.data(), key.data(), key.size()) == 0) return &sorted_[k];
    return nullptr;
  }

 private:
  static constexpr std::size_t kMaxKey = [] {
    std::size_t m = 0;
    for (const auto& a : kAliases) m = std::max(m, a.key.size());
    return m;
  }();
  std::array<Alias, std::size(kAliases)> sorted_{};
  std::array<std::size_t, kMaxKey + 2> first_{};  // keys of length L are sorted_[first_[L], first_[L + 1])
};

const AliasTable& alias_table() {
  static const AliasTable table;
  return table;
}

}  // namespace

std::optional<std::string> canonical_economy(std::string_view name) {
  std::array<char, kMaxName> buf;
  const std::size_t n = normalise(name, buf);
  if (n == std::string_view::npos || n == 0) return std::nullopt;
  const Alias* alias = alias_table().find(std::string_view(buf.data(), n));
  if (alias == nullptr) return std::nullopt;
  return std::string(alias->canonical);
}

std::optional<std::string> economy_misspelt(std::string_view name) {
  constexpr std::size_t kShortest = 5;  // "Chile" and "China" are one edit apart from "Chine": shorter is no guess
  std::array<char, kMaxName> buf;
  const std::size_t n = normalise(name, buf);
  if (n == std::string_view::npos || n < kShortest) return std::nullopt;
  const std::string_view key(buf.data(), n);
  if (alias_table().find(key)) return std::nullopt;
  const std::size_t limit = n >= 8 ? 2 : 1;
  // Which characters a name holds, a bit each: every character one holds and the other does not costs an edit, so
  // a name and a key that differ in more than `limit` of them are passed over without aligning them (most names of
  // owners that are no economy, at a few operations each, where an alignment is a hundred).
  const auto characters = [](std::string_view t) {
    std::uint32_t mask = 0;
    for (const char c : t) mask |= c >= 'a' && c <= 'z' ? 1u << (c - 'a') : c == ' ' ? 1u << 26 : 1u << 27;
    return mask;
  };
  static const auto key_characters = [&] {
    std::array<std::uint32_t, std::size(kAliases)> masks{};
    for (std::size_t k = 0; k < masks.size(); ++k) masks[k] = characters(kAliases[k].key);
    return masks;
  }();
  const std::uint32_t mine = characters(key);
  std::string_view found;
  for (std::size_t k = 0; k < std::size(kAliases); ++k) {
    const Alias& a = kAliases[k];
    if (a.key.size() < kShortest || a.key.size() + limit < n || n + limit < a.key.size()) continue;
    if (static_cast<std::size_t>(std::popcount(mine & ~key_characters[k])) > limit ||
        static_cast<std::size_t>(std::popcount(key_characters[k] & ~mine)) > limit)
      continue;
    // Not a word made of the name ("Korean", "Australian", "Japanese"): the people, not a misspelling (a review's
    // finding: "did you mean Republic of Korea").
    if ((key.ends_with("an") && !a.key.ends_with("an")) || (key.ends_with("ese") && !a.key.ends_with("ese"))) continue;
    if (edit_distance(key, a.key, limit) > limit) continue;
    if (!found.empty() && found != a.canonical) return std::nullopt;  // near two economies: no guess
    found = a.canonical;
  }
  if (found.empty()) return std::nullopt;
  // Nor an economy's name with a word more ("North Korea", two edits from "South Korea"): somebody else.
  for (const auto& a : kAliases)
    if (const std::size_t at = key.find(a.key); a.key.size() >= kShortest && at != std::string_view::npos &&
                                                (at == 0 || key[at - 1] == ' ') &&
                                                (at + a.key.size() == n || key[at + a.key.size()] == ' '))
      return std::nullopt;
  return std::string(found);
}

const std::vector<std::string>& economy_names() {
  static const auto* names = [] {
    auto* v = new std::vector<std::string>();
    for (const auto& a : kAliases)
      if (std::find(v->begin(), v->end(), a.canonical) == v->end()) v->emplace_back(a.canonical);
    std::sort(v->begin(), v->end());
    return v;
  }();
  return *names;
}

}  // namespace mseg
