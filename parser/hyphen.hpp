// The hyphen rule the readers that join lines share (the text forms' and the PDF's): docs/format.md,
// "Wrapped lines and hyphens". Implemented in layout_text.cpp.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace mseg::layout {

// The words a document writes whole: the evidence that "sub-" / "ject" at a line
// end is "subject", and "ex-" / "ercise" "exercise", where a prefix would
// otherwise keep its hyphen. Built from `text` on the first question (most
// documents never ask), or from add()'s words; a word is a run of ASCII letters
// with no hyphen at either side, compared without case. Held as 8-byte hashes,
// sorted: a distinct word costs 8 bytes whatever its length.
class Vocabulary {
 public:
  explicit Vocabulary(std::string_view text = {}) : text_(text) {}
  // Adds the whole words of `text` (a PDF's, word by word).
  void add(std::string_view text) { add_words(text); }
  // Whether the document writes `word` (letters only) whole somewhere.
  bool has(std::string_view word) const;
  // Whether the document writes the compound `head`-`tail` (letters only each) on one line somewhere: "MEG-SEC".
  bool has_compound(std::string_view head, std::string_view tail) const;
  // Whether it writes `head` and `tail` as two words, a space between, the second capitalised: "Counter Terrorism".
  bool has_pair(std::string_view head, std::string_view tail) const;

 private:
  void add_words(std::string_view text) const;  // into hashes_, compounds_ and pairs_, unsorted
  void sort() const;

  mutable std::string_view text_;  // not yet read
  mutable std::vector<std::uint64_t> hashes_;
  mutable std::vector<std::uint64_t> compounds_;  // "meg-sec"'s hash
  mutable std::vector<std::uint64_t> pairs_;      // "counter terrorism"'s hash
  mutable bool sorted_ = false;
};

// Whether the hyphen ending `line` is only a line-end break, to be dropped when
// `next` is joined to it ("capa-" / "city"), rather than part of the word
// ("sub-" / "group", "mid-" / "2009", "MEG-" / "SEC"). A prefix or a compound's
// second word that would keep it gives way when `whole` has the joined word
// ("sub-" / "ject"); any other word keeps it when `whole` writes the compound
// hyphenated on one line and never whole ("roll-" / "on"). False when `line`
// does not end in a word and a hyphen.
bool drops_hyphen(std::string_view line, std::string_view next, const Vocabulary* whole = nullptr);

// Whether a hyphen that ends `line` and is kept (drops_hyphen false) is read with a space before `next`, the next
// line (their letters nearest the break are the two words compared). Only before a capital, where the document writes
// the two as words apart ("Counter Terrorism": the Ha Noi plan's "Counter- Terrorism") and never as one compound;
// otherwise a compound ("Asia-Pacific", "Co-Chairs", "APEC-IMO"), whole. The text forms and the PDF reader share it,
// so that one plan reads alike in every form.
bool spaced_after_hyphen(std::string_view line, std::string_view next, const Vocabulary& document);

// The web address `line` ends in ("http://www.apec.org/meg-sec/cr"), or empty: a wrapped line may have cut it
// anywhere, and whether it goes on in the next line the text does not say (a helper's finding: read with a space
// inside, in silence).
std::string_view ends_in_web_address(std::string_view line);

// Whether `line` ends in a range's en dash right after a letter or digit and `next` starts with one ("2010–" /
// "2011)", "March–" / "June 2010"): the range goes on without a space, as written on one line (a helper's finding:
// "2010– 2011" in a deadline's text).
bool joins_range(std::string_view line, std::string_view next);

}  // namespace mseg::layout
