#include "normalize.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include "base/ascii.hpp"

namespace mseg::diff {
namespace {

// A UTF-8 sequence folded to an ASCII replacement.
struct Fold {
  std::string_view from;
  char to;
};

constexpr std::array<Fold, 22> kFolds{{
    {"\u2018", '\''}, {"\u2019", '\''}, {"\u201A", '\''}, {"\u201B", '\''}, {"\u2032", '\''},
    {"\u201C", '"'},  {"\u201D", '"'},  {"\u201E", '"'},  {"\u2033", '"'},
    {"\u2010", '-'},  {"\u2011", '-'},  {"\u2012", '-'},  {"\u2013", '-'},  {"\u2014", '-'},
    {"\u2015", '-'},  {"\u2212", '-'},
    {"\u00A0", ' '},  {"\u202F", ' '},  {"\u2009", ' '},
    {"\u00B7", ' '},  {"\u2022", ' '},  {"\u2026", ' '},
}};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
using ascii::lower;

// A word character for similarity: ASCII letters and digits, and any non-ASCII
// byte left after folding (letters such as é).
bool is_word_byte(char c) { return is_digit(c) || is_alpha(c) || static_cast<unsigned char>(c) >= 0x80; }

}  // namespace

std::string fold_punctuation(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) >= 0x80) {
      bool folded = false;
      for (const auto& f : kFolds) {
        if (text.substr(i, f.from.size()) == f.from) {
          out.push_back(f.to);
          i += f.from.size();
          folded = true;
          break;
        }
      }
      if (folded) continue;
    }
    out.push_back(text[i]);
    ++i;
  }
  return out;
}

bool is_numbering(std::string_view w) {
  // Forms: "1A." "1A" "1.1" "1.1." "4." "(2)" "2)" "b)" "(b)" "iv."; one or two digits per level so
  // that a year ("2006 saw ...") is never taken for a number.
  bool open = !w.empty() && w.front() == '(';
  if (open) w.remove_prefix(1);
  if (w.empty()) return false;
  char close = 0;
  if (w.back() == '.' || w.back() == ')') {
    close = w.back();
    w.remove_suffix(1);
  }
  if (open && close != ')') return false;
  if (w.empty()) return false;
  if (!is_digit(w.front())) {
    // A lone letter list marker needs ")" ("b)"): "a." could be an abbreviation.
    return w.size() == 1 && is_alpha(w.front()) && close == ')';
  }
  bool dotted = false;
  std::size_t i = 0;
  for (;;) {
    std::size_t start = i;
    while (i < w.size() && is_digit(w[i])) ++i;
    if (i == start || i - start > 2) return false;
    if (i < w.size() && w[i] == '.') {
      dotted = true;
      ++i;
      continue;
    }
    break;
  }
  bool letter = false;
  if (i < w.size() && is_alpha(w[i])) {
    letter = true;
    ++i;
  }
  if (i != w.size()) return false;
  // A bare "4" could be a quantity; numbering shows itself by a dot, a letter or a parenthesis.
  return dotted || letter || close != 0;
}

bool is_bullet_word(std::string_view w) {
  for (std::string_view bullet : {"\u00B7", "\u2022", "-", "\u2013", "\u2014", "*", "\u25AA", "\u25E6"})
    if (w == bullet) return true;
  return false;
}

std::vector<std::string_view> text_words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (is_space(text[i]) || text.substr(i, 2) == "\u00A0")) i += is_space(text[i]) ? 1 : 2;
    std::size_t start = i;
    while (i < text.size() && !is_space(text[i]) && text.substr(i, 2) != "\u00A0") ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  if (!words.empty() && is_bullet_word(words.front())) words.erase(words.begin());
  if (!words.empty() && is_numbering(words.front())) words.erase(words.begin());
  return words;
}

std::string word_key(std::string_view word) { return fold_punctuation(word); }

void similarity_words(std::string_view text, std::vector<std::string>& out) {
  // Only non-ASCII punctuation folds: an ASCII text (most are) is read as it is, uncopied.
  std::string folded;
  std::string_view rest = text;
  if (std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
    folded = fold_punctuation(text);
    rest = folded;
  }
  // Leading numbering goes first, while its punctuation still marks it.
  std::size_t i = 0;
  while (i < rest.size() && is_space(rest[i])) ++i;
  std::size_t end = i;
  while (end < rest.size() && !is_space(rest[end])) ++end;
  if (end > i && is_numbering(rest.substr(i, end - i))) rest.remove_prefix(end);

  std::string word;
  auto flush = [&] {
    if (!word.empty()) out.push_back(std::move(word));
    word.clear();
  };
  for (std::size_t k = 0; k < rest.size(); ++k) {
    char c = rest[k];
    if (is_word_byte(c)) {
      word.push_back(lower(c));
    } else if (c == '\'' && !word.empty() && k + 1 < rest.size() && is_word_byte(rest[k + 1])) {
      // "Singapore's" -> "singapore"; "don't" -> "dont".
      bool possessive = (rest[k + 1] == 's' || rest[k + 1] == 'S') &&
                        (k + 2 >= rest.size() || !is_word_byte(rest[k + 2]));
      if (possessive) ++k;
    } else if (c == '\'' && !word.empty()) {
      // A trailing apostrophe ("Leaders'") is dropped.
    } else {
      flush();
    }
  }
  flush();
}

}  // namespace mseg::diff
