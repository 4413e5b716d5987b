#include "text_deadline.hpp"

#include <mseg/deadline.hpp>

#include "base/ascii.hpp"
#include "clean.hpp"

namespace mseg {
namespace {

// A deadline form is at most this many words ("the third quarter of 2009").
constexpr std::size_t kMaxWords = 6;

constexpr std::string_view kPrepositions[] = {"no later than ", "before ", "until ", "during ", "by ", "in "};

// The ends of the first kMaxWords words of s, each without trailing punctuation.
std::size_t word_ends(std::string_view s, std::size_t (&ends)[kMaxWords]) {
  std::size_t n = 0, i = 0;
  while (n < kMaxWords && i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    if (i >= s.size()) break;
    std::size_t end = i;
    while (end < s.size() && s[end] != ' ') ++end;
    std::size_t word_end = end;
    bool stop = false;  // a sentence or clause ends after this word
    while (word_end > i && (s[word_end - 1] == '.' || s[word_end - 1] == ',' || s[word_end - 1] == ';' ||
                            s[word_end - 1] == ':' || s[word_end - 1] == ')')) {
      --word_end;
      stop = true;
    }
    if (word_end > i) ends[n++] = word_end;
    if (stop) break;
    i = end;
  }
  return n;
}

}  // namespace

std::optional<DeadlineInText> find_deadline_in_text(std::string_view text) {
  std::optional<DeadlineInText> last;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && !space_before(text, i)) continue;  // a word's start only
    const char c = ascii::lower(text[i]);
    if (c != 'i' && c != 'b' && c != 'u' && c != 'd' && c != 'n') continue;
    for (std::string_view prep : kPrepositions) {
      if (!ascii::starts_with_ci(text.substr(i), prep)) continue;
      std::size_t from = i + prep.size();
      std::string_view rest = text.substr(from);
      if (ascii::starts_with_ci(rest, "the next ")) {  // "before the next meeting"
        from += 4;
        rest = text.substr(from);
      }
      std::size_t ends[kMaxWords];
      const std::size_t n = word_ends(rest, ends);
      // Every form that says when holds a digit or "next": most phrases ("in
      // accordance with") need not be read at all.
      const std::string_view words = n > 0 ? rest.substr(0, ends[n - 1]) : std::string_view();
      bool digit = false;
      for (char ch : words) digit = digit || ascii::digit(ch);
      if (!digit && !ascii::contains_ci(words, "next")) break;
      for (std::size_t k = n; k-- > 0;) {  // the longest deadline: "March 2008", not "March"
        Deadline d = read_deadline(rest.substr(0, ends[k]));
        if (!says_when(d.kind)) continue;
        const std::string_view phrase = text.substr(i, from - i + ends[k]);
        d.text = collapse_whitespace(phrase);
        last = DeadlineInText{phrase, std::move(d)};
        i = from + ends[k] - 1;
        break;
      }
      break;
    }
  }
  return last;
}

std::optional<Deadline> read_deadline_phrase(std::string_view phrase) {
  const std::string_view whole = trim(phrase);
  auto found = find_deadline_in_text(whole);
  // The phrase alone, not a deadline within a longer text.
  if (!found || found->phrase.data() != whole.data() || found->phrase.size() != whole.size()) return std::nullopt;
  return std::move(found->deadline);
}

}  // namespace mseg
