#include "layout_text.hpp"

#include <fmt/format.h>
#include <mseg/deadline.hpp>
#include <mseg/economy.hpp>

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include "base/ascii.hpp"
#include "base/bytes16.hpp"
#include "base/fnv.hpp"
#include "base/huge_pages.hpp"
#include "base/line_ends.hpp"
#include "base/per_thread.hpp"
#include "clean.hpp"
#include "extra_column.hpp"
#include "patterns.hpp"
#include "tag.hpp"

namespace mseg::layout {
namespace {

constexpr auto lower = ascii::is_lower;
constexpr auto upper = ascii::is_upper;
using ascii::digit;
using ascii::letter;

// Calls `f(begin, end)` for each run of ASCII letters in `text`, in order.
template <class F>
void for_each_letter_run(std::string_view text, F&& f) {
  for (std::size_t i = 0; i < text.size();) {
    if (!letter(text[i])) {
      ++i;
      continue;
    }
    const std::size_t b = i;
    while (i < text.size() && letter(text[i])) ++i;
    f(b, i);
  }
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }


// The line with its digits taken out: running footers differ in their page number only.
// Whether `t` holds "Page " and a number: a footer's page, wherever in the line it stands.
bool names_its_page(std::string_view t) {
  for (std::size_t at = t.find("Page "); at != std::string_view::npos; at = t.find("Page ", at + 1))
    if (at + 5 < t.size() && digit(t[at + 5])) return true;
  return false;
}

std::string without_digits(std::string_view t) {
  std::string out;
  for (char c : t)
    if (!digit(c)) out.push_back(c);
  return out;
}

// "2015": a year, as a Timeline cell or a footer may hold one alone.
bool is_year(std::string_view s) { return s.size() == 4 && ascii::all_digits(s) && s >= "1900"; }

// Calls `f` with each of a line's runs of text, parted by two spaces or more: a footer's parts, a row's columns.
template <typename F>
void for_each_run(std::string_view line, F&& f) {
  for (std::string_view rest = trim(line); !rest.empty();) {
    const std::size_t gap = rest.find("  ");
    f(trim(rest.substr(0, gap)));
    if (gap == std::string_view::npos) break;
    rest = trim(rest.substr(gap));
  }
}

std::vector<std::string_view> runs_of(std::string_view line) {
  std::vector<std::string_view> runs;
  for_each_run(line, [&](std::string_view run) { runs.push_back(run); });
  return runs;
}

// How many runs a line has (runs_of's count, for a test over many lines that keeps none of them).
std::size_t run_count(std::string_view line) {
  std::size_t n = 0;
  for_each_run(line, [&](std::string_view) { ++n; });
  return n;
}

// "1/2": page `page` (from 1) over the page count, as a browser or a PDF viewer prints it, and a count no larger
// than the text's `pages`: a cell's "6/7" on page 2 is none.
bool page_over_count(std::string_view t, std::size_t page, std::size_t pages) {
  const std::size_t slash = t.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 >= t.size()) return false;
  const auto n = page_number_of(t.substr(0, slash)), count = page_number_of(t.substr(slash + 1));
  return n && count && *n == page && *count >= page && *count <= pages;
}

}  // namespace

std::optional<unsigned> page_number_of(std::string_view t) {
  // Up to four digits, but not a year: a plan is not 1,900 pages long, and a Timeline cell's "2015" may be a
  // page's last line (a helper's finding: removed as a page number, the cell lost).
  auto number = [](std::string_view s) -> std::optional<unsigned> {
    if (s.size() > 4 || !ascii::all_digits(s) || is_year(s)) return std::nullopt;
    unsigned n = 0;
    for (char c : s) n = n * 10 + static_cast<unsigned>(c - '0');
    return n;
  };
  if (auto n = number(t)) return n;
  if (t.size() >= 5 && (starts_with(t, "- ") || starts_with(t, "\u2013 ")) && t.back() == '-') {
    std::string_view mid = trim(t.substr(t[0] == '-' ? 1 : 3, t.size() - (t[0] == '-' ? 1 : 3) - 1));
    return number(mid);
  }
  // "... Page 3 of 7" or "Page 3".
  std::size_t at = t.rfind("Page ");
  if (at == std::string_view::npos) return std::nullopt;
  std::string_view rest = t.substr(at + 5);
  std::size_t n = 0;
  while (n < rest.size() && digit(rest[n])) ++n;
  if (n == 0) return std::nullopt;
  unsigned page = 0;  // any digits after "Page ", as printed; saturating, as no page is numbered so high
  for (char c : rest.substr(0, n)) page = std::min(page * 10 + static_cast<unsigned>(c - '0'), 100000u);
  rest = rest.substr(n);
  if (rest.empty()) return at == 0 ? std::optional<unsigned>(page) : std::nullopt;
  if (!starts_with(rest, " of ") || !number(rest.substr(4))) return std::nullopt;
  return page;
}

bool page_number(std::string_view t) { return page_number_of(t).has_value(); }

std::vector<Line> split_lines(std::string_view input) {
  std::vector<Line> lines;
  lines.reserve(base::count_line_ends(input) + 1);  // one allocation, not a copy at each doubling
  base::advise_huge_pages(lines.data(), lines.capacity() * sizeof(Line));
  std::size_t pos = 0;
  bool page_break = false;
  const bool cr = input.find('\r') != std::string_view::npos;
  if (!cr) {
    // The usual LF text: its line ends a block of sixteen bytes at a time, not a memchr call a line.
    const auto add = [&](std::size_t end) {
      std::string_view line = input.substr(pos, end - pos);
      while (!line.empty() && line[0] == '\f') {
        page_break = true;
        line.remove_prefix(1);
      }
      lines.push_back({line, page_break});
      page_break = false;
      pos = end + 1;
    };
    base::for_each_line_end(input, add);
    // The last line, unless the text ends with its line end (and no form feed stands there).
    std::string_view rest = input.substr(pos);
    if (!rest.empty()) add(input.size());
    return lines;
  }
  while (pos <= input.size()) {
    std::size_t end = input.find_first_of("\r\n", pos);
    if (end == std::string_view::npos) end = input.size();
    std::string_view line = input.substr(pos, end - pos);
    while (!line.empty() && line[0] == '\f') {
      page_break = true;
      line.remove_prefix(1);
    }
    if (!(end == input.size() && line.empty() && !page_break)) lines.push_back({line, page_break});
    page_break = false;
    if (end == input.size()) break;
    pos = end + ((input[end] == '\r' && end + 1 < input.size() && input[end + 1] == '\n') ? 2 : 1);
  }
  return lines;
}

std::size_t char_count(std::string_view s) {
  // Every byte but UTF-8's continuation bytes, sixteen at a time: readers count each line's characters.
  std::size_t n = s.size();
  bytes16::for_each_block(s.data(), s.size(),
                          [&n](std::size_t, const char* block) { n -= bytes16::count(bytes16::continuation(block)); });
  return n;
}

Writer::Writer(std::string_view input, Laid& laid) : input_(input), laid_(laid) {
  // The laid-out text is about the input's size (less the padding, markup and
  // headings a form adds) and a piece stands for about a line: reserved once,
  // they are not copied over and over as they grow (a fifth of a 20 MB read).
  // Pages reserved and never written cost nothing.
  const std::size_t lines = base::count_line_ends(input) + 1;
  laid.text.reserve(laid.text.size() + input.size() + 64);
  laid.pieces.reserve(laid.pieces.size() + lines + lines / 2);
  base::advise_huge_pages(laid.text.data(), laid.text.capacity());
  base::advise_huge_pages(laid.pieces.data(), laid.pieces.capacity() * sizeof(Piece));
}

void Writer::put(std::string_view part) {
  if (part.empty()) return;
  const auto source = static_cast<std::size_t>(part.data() - input_.data());
  auto& pieces = laid_.pieces;
  // Text that follows on in both the input and the laid-out text extends the piece before.
  if (!pieces.empty() && pieces.back().at + pieces.back().length == laid_.text.size() &&
      pieces.back().source + pieces.back().length == source) {
    pieces.back().length += part.size();
  } else {
    pieces.push_back({laid_.text.size(), part.size(), source});
  }
  laid_.text.append(part);
}

void Writer::paragraph(const Paragraph& lines) { paragraph_of(lines.data(), lines.size()); }

void Writer::joined_lines(std::vector<const char*> starts) {
  joined_ = std::move(starts);
  std::sort(joined_.begin(), joined_.end());
}

bool Writer::put_restoring(std::string_view line) {
  if (joined_.empty() || !std::binary_search(joined_.begin(), joined_.end(), line.data())) return false;
  // A line the extractor joined from two lost the hyphen that ended the first: a run of letters that splits in
  // exactly one place into a compound the document writes ("roll" "off": "roll-off") or two words it writes apart
  // ("Counter" "Terrorism": "Counter- Terrorism", as a wrapped hyphen reads) gets the hyphen back, with a note.
  // Where the lines were joined the text does not say (a line may end well short of the column, and three lines
  // may make one): every run that qualifies, each a guess with its note. A word the plan writes whole here and
  // hyphenated elsewhere is read as the hyphenated (its spellings differ, or this one was broken: the text cannot
  // tell them apart; the vocabulary keeps each word once, so how often it is written whole is not known).
  std::size_t done = 0;
  for_each_letter_run(line, [&](std::size_t b, std::size_t e) {
    const std::string_view run = line.substr(b, e - b);
    // A run after an apostrophe is a word's end ("economies'"); a short one has no two words in it. One beside a
    // hyphen may be a compound's part ("ship-toship": "ship-to-ship").
    if (run.size() < 5 || (b > 0 && line[b - 1] == '\'')) return;
    std::size_t split = 0;
    bool spaced = false, ambiguous = false;
    for (std::size_t k = 2; k + 2 <= run.size() && !ambiguous; ++k) {
      const std::string_view head = run.substr(0, k), tail = run.substr(k);
      const bool compound = vocabulary_.has_compound(head, tail);
      const bool pair = !compound && upper(tail[0]) && vocabulary_.has_pair(head, tail);
      if (!compound && !pair) continue;
      ambiguous = split != 0;
      split = k, spaced = pair;
    }
    if (split == 0 || ambiguous) return;
    put(line.substr(done, b + split - done));
    raw(spaced ? "- " : "-");
    done = b + split;
    laid_.findings.push_back(
        {DiagnosticCode::layout_hyphen,
         fmt::format("the extractor joined two lines here and dropped the hyphen: read as '{}{}{}', {}",
                     run.substr(0, split), spaced ? "- " : "-", run.substr(split),
                     spaced ? "as a hyphen at a line's end reads where the document writes the two words apart"
                            : "the compound as the document writes it elsewhere"),
         run});
  });
  put(line.substr(done));
  return true;
}

void Writer::paragraph_of(const std::string_view* lines, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) {
    std::string_view line = lines[i];
    if (i == 0 && line.starts_with(kSymbolBullet)) {
      // pdftotext writes Word's Symbol-font bullet as the private-use character it is in the font: the middle
      // dot Word's own text export writes, a bullet to the assembler (placed where the line starts).
      raw("\u00B7");
      line.remove_prefix(kSymbolBullet.size());
    }
    if (i + 1 == count) {
      if (!put_restoring(line)) put(line);
      break;
    }
    if (put_restoring(line)) {  // a joined line: no hyphen at its end to read (the extractor took it)
      raw(" ");
      continue;
    }
    const std::string_view next = lines[i + 1];
    if (line.size() >= 2 && line.back() == '-' && !is_space(line[line.size() - 2])) {
      const bool drop = drops_hyphen(line, next, &vocabulary_);
      // What the line break hid (a space after the hyphen, or none) is gone: say how it was read.
      std::size_t word = line.size() - 1;
      while (word > 0 && !is_space(line[word - 1])) --word;
      std::size_t next_end = next.find(' ');
      if (next_end == std::string_view::npos) next_end = next.size();
      // A kept hyphen: whole ("Asia-Pacific"), or with a space where the document writes the two words apart
      // ("Counter- Terrorism"), by the rule the PDF reader reads it by (a new user's finding: the .pdf and the
      // pdftotext text of one plan differed by it, and diff and history called it a change).
      const bool spaced = !drop && spaced_after_hyphen(line, next, vocabulary_);
      laid_.findings.push_back(
          {DiagnosticCode::layout_hyphen,
           fmt::format("a hyphen ends the line: read as '{}{}{}'{}", line.substr(word, line.size() - 1 - word),
                       drop ? "" : spaced ? "- " : "-", next.substr(0, next_end),
                       spaced ? " (whether a space stood after it, the text does not say)" : ""),
           line.substr(line.size() - 1)});
      if (drop) line.remove_suffix(1);
      put(line);  // the hyphen kept or dropped, the word goes on without a space, or after one
      if (spaced) raw(" ");
    } else if (joins_range(line, next)) {
      put(line);
    } else if (const std::string_view url = ends_in_web_address(line); !url.empty()) {
      std::size_t next_end = next.find(' ');
      if (next_end == std::string_view::npos) next_end = next.size();
      laid_.findings.push_back({DiagnosticCode::layout_inferred,
                                fmt::format("a web address ends the line: read as '{} {}', with a space; if the "
                                            "address goes on in the next line, it was cut by the wrap",
                                            url, next.substr(0, next_end)),
                                url});
      put(line);
      raw(" ");
    } else if (const char* end = line.data() + line.size();
               next.data() == end + 1 && end < input_.data() + input_.size() && *end == '\n') {
      // The '\n' between the lines becomes the joining space in the same piece: a piece a paragraph,
      // not a line (writing pieces was a fifth of the column-blocks reader).
      put(std::string_view(line.data(), line.size() + 1));
      laid_.text.back() = ' ';
    } else {
      put(line);
      raw(" ");
    }
  }
}

void Writer::cell(const std::vector<Paragraph>& paragraphs) {
  raw("\t");
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    if (i > 0) raw("\n");
    paragraph(paragraphs[i]);
  }
  raw("\n");
}

void Writer::cell(std::span<const std::string_view> lines, std::span<const std::uint32_t> sizes) {
  raw("\t");
  std::size_t at = 0;
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    if (i > 0) raw("\n");
    paragraph_of(lines.data() + at, sizes[i]);
    at += sizes[i];
  }
  raw("\n");
}

void Writer::cell(std::string_view line) {
  raw("\t");
  put(line);
  raw("\n");
}

namespace {

char lower_ascii(char c) { return upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// FNV-1a of the word's letters, without case.
std::uint64_t word_hash(std::string_view w) {
  std::uint64_t h = fnv::kOffset;
  for (char c : w) h = fnv::add(h, static_cast<unsigned char>(lower_ascii(c)));
  return h;
}

}  // namespace

void Vocabulary::add_words(std::string_view text) const {
  sorted_ = false;
  std::size_t last = std::string_view::npos;  // where the letter run before this one starts
  for_each_letter_run(text, [&](std::size_t b, std::size_t i) {
    // Two words a space apart, the second capitalised: "Counter Terrorism".
    if (last != std::string_view::npos && b >= 2 && text[b - 1] == ' ' && letter(text[b - 2]) && upper(text[b]))
      pairs_.push_back(word_hash(text.substr(last, i - last)));
    last = b;
    // A compound written on one line: the letters on both sides of a hyphen.
    if (i + 1 < text.size() && text[i] == '-' && letter(text[i + 1])) {
      std::size_t j = i + 1;
      while (j < text.size() && letter(text[j])) ++j;
      compounds_.push_back(word_hash(text.substr(b, j - b)));
    }
    // "sub-group" writes no "subgroup": a word beside a hyphen is part of a compound.
    if ((b > 0 && text[b - 1] == '-') || (i < text.size() && text[i] == '-')) return;
    if (i - b >= 4) hashes_.push_back(word_hash(text.substr(b, i - b)));  // a prefix and a tail: four letters at least
  });
}

void Vocabulary::sort() const {
  if (sorted_) return;
  add_words(text_);
  text_ = {};
  for (auto* v : {&hashes_, &compounds_, &pairs_}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
  sorted_ = true;
}

bool Vocabulary::has(std::string_view word) const {
  sort();
  return std::binary_search(hashes_.begin(), hashes_.end(), word_hash(word));
}

bool Vocabulary::has_compound(std::string_view head, std::string_view tail) const {
  sort();
  return std::binary_search(compounds_.begin(), compounds_.end(), word_hash(std::string(head) + "-" + std::string(tail)));
}

bool Vocabulary::has_pair(std::string_view head, std::string_view tail) const {
  sort();
  return std::binary_search(pairs_.begin(), pairs_.end(), word_hash(std::string(head) + " " + std::string(tail)));
}

std::string_view ends_in_web_address(std::string_view line) {
  const std::size_t space = line.find_last_of(" \t");
  std::string_view word = space == std::string_view::npos ? line : line.substr(space + 1);
  // From the address's own start: "(Canada/http://www..." quotes the address alone (a second review's finding).
  if (const std::size_t scheme = word.find("://"); scheme != std::string_view::npos) {
    std::size_t start = scheme;
    while (start > 0 && letter(word[start - 1])) --start;
    word.remove_prefix(start);
  } else if (const std::size_t www = word.find("www."); www != std::string_view::npos &&
                                                       (www == 0 || !letter(word[www - 1]))) {
    word.remove_prefix(www);
  } else {
    return {};
  }
  // A sentence's end after it is no cut ("... at www.apec.org." / "Next").
  const char last = word.back();
  if (last == '.' || last == ',' || last == ';' || last == ')') return {};
  return word;
}

bool joins_range(std::string_view line, std::string_view next) {
  constexpr std::string_view kEnDash = "\u2013";
  if (line.size() <= kEnDash.size() || !line.ends_with(kEnDash) || next.empty()) return false;
  const char before = line[line.size() - kEnDash.size() - 1];
  // "2010–" / "2011", "March–" / "June 2010" (a review's finding): a dash written against a word or number on
  // both sides; a spaced one ("training –" / "phase two") is a sentence's.
  return (digit(before) || letter(before)) && (digit(next[0]) || letter(next[0]));
}

bool spaced_after_hyphen(std::string_view line, std::string_view next, const Vocabulary& document) {
  if (line.size() < 2 || line.back() != '-' || next.empty() || !upper(next[0])) return false;
  std::size_t head = line.size() - 1, tail = 0;
  while (head > 0 && letter(line[head - 1])) --head;
  while (tail < next.size() && letter(next[tail])) ++tail;
  const std::string_view before = line.substr(head, line.size() - 1 - head), after = next.substr(0, tail);
  return !before.empty() && !document.has_compound(before, after) && document.has_pair(before, after);
}

bool drops_hyphen(std::string_view line, std::string_view next, const Vocabulary* whole) {
  if (line.size() < 2 || line.back() != '-') return false;
  std::string_view head = line.substr(0, line.size() - 1);
  std::size_t start = head.size();
  while (start > 0 && !is_space(head[start - 1]) && head[start - 1] != '(' && head[start - 1] != '/') --start;
  head = head.substr(start);
  // The word before: letters only, ending lower-case ("capa").
  if (head.empty() || !lower(head.back())) return false;
  for (char c : head)
    if (!lower(c) && !upper(c)) return false;
  // The word after: lower-case letters up to a space or punctuation ("city", "city.").
  std::size_t n = 0;
  while (n < next.size() && lower(next[n])) ++n;
  if (n == 0) return false;
  // ... or an apostrophe, or an owner's '/': "Lead-" / "ers’ Statement", "Aus-" / "tralia/December 2009)" (a
  // helper's finding, with hyphenation on: citation key "lead-ers-statement-2005", owners "Aus-tralia"). Not
  // before a '/' that the same compound's other half follows: "roll-" / "on/roll-off" (a review's finding).
  const std::string_view tail = next.substr(0, n);
  if (n < next.size() && next[n] == '/') {
    if (ascii::starts_with_ci(next.substr(n + 1), std::string(head) + "-")) return false;
  } else if (n < next.size() && !is_space(next[n]) &&
             std::string_view(".,;:)'").find(next[n]) == std::string_view::npos && !next.substr(n).starts_with("\u2019")) {
    return false;
  }
  // A prefix that keeps its hyphen ("sub-" / "group"), and a compound's common second word ("follow-" / "up",
  // "long-" / "term"): kept, unless the document writes the joined word whole elsewhere ("subject").
  std::string low;
  for (char c : head) low.push_back(lower_ascii(c));
  // anti, counter, semi: a new user's "anti-" / "piracy" read "antipiracy".
  static constexpr std::string_view kKeeps[] = {"co",    "sub",  "non",  "self",    "cross", "mid",
                                                 "ex",    "multi", "well", "anti",   "counter", "semi"};
  static constexpr std::string_view kCompoundTails[] = {"up", "term", "level", "based", "making", "wide", "scale",
                                                        "going", "related", "led", "owned", "run", "specific"};
  const bool keeps = std::find(std::begin(kKeeps), std::end(kKeeps), low) != std::end(kKeeps) ||
                     std::find(std::begin(kCompoundTails), std::end(kCompoundTails), tail) != std::end(kCompoundTails);
  if (!whole) return !keeps;
  const std::string joined = low + std::string(tail);
  // The document's own evidence before the lists: a compound it writes hyphenated on one line and never whole
  // keeps its hyphen where a line breaks it too (a helper's finding: "roll-" / "on" read "rollon" in a plan
  // that writes "roll-on" sixteen times and "rollon" never).
  if (!keeps) return !(whole->has_compound(head, tail) && !whole->has(joined));
  return whole->has(joined);
}

bool consume_directive_number(std::string_view& line, std::string_view& number) {
  std::string_view rest = line;
  if (!patterns::consume_directive_number(rest, number)) return false;
  if (number.size() + 1 < line.size() && line[number.size()] == '.' && digit(line[number.size() + 1])) return false;
  line = rest;
  return true;
}

bool starts_paragraph(std::string_view line) {
  // Numbers start with a digit, bullets with '-' or the lead byte of U+00B7, U+2022, U+2013 or U+F0B7: most lines
  // go no further.
  const unsigned char lead = line.empty() ? 0 : static_cast<unsigned char>(line[0]);
  if (!digit(line.empty() ? ' ' : line[0]) && lead != '-' && lead != 0xC2 && lead != 0xE2 && lead != 0xEF) return false;
  std::string_view rest = line, number;
  // Up to three digits and a capital with its stop ("144B.", a helper's generated plan of 150 sections): a year
  // ("2007.") is no number, nor "001r" in mangled text. "12.A" is none of those either, its stop inside.
  if (consume_directive_number(rest, number) &&
      (number.size() <= 3 || number.find('.') != std::string_view::npos ||
       (number.size() == 4 && upper(number.back()) && line.size() > 4 && line[4] == '.')))
    return true;
  rest = line;
  // Not before a word that makes it an amount: "2.5 million" is what a wrapped line may start with, where a
  // priority's number comes before its title (a helper's finding: "... US$" / "2.5 million ..." split a directive
  // in two). A title may start in lower case ("1.2 e-Navigation", a review's finding): only these words.
  if (patterns::consume_priority_number(rest, number) && number.size() <= 5) {
    // Lower case only, but "Million" too; and the words a sentence goes on with ("4.1 of the Code", "3.2 and
    // annex B": a second review's finding).
    static constexpr std::string_view kAmounts[] = {
        "million", "billion", "trillion", "thousand", "hundred", "per cent", "percent", "per ", "km", "kg",
        "kilometres", "kilometers", "nautical", "metric", "tonnes", "tons", "metres", "meters", "miles", "hours",
        "hrs", "days", "weeks", "months", "years", "times", "%", "of", "and", "or", "to", "in", "on", "at", "by",
        "from", "with"};
    const std::string_view after = trim(rest);
    const bool capital = !after.empty() && upper(after[0]);
    for (std::string_view w : kAmounts) {
      if (after.size() < w.size() || !ascii::iequals(after.substr(0, w.size()), w)) continue;
      if (capital && w != "million" && w != "billion" && w != "trillion") continue;  // "1.2 Days of action": a title
      if (w.back() == ' ' || after.size() == w.size() || !letter(after[w.size()])) return false;
    }
    return true;
  }
  // A priority's number alone on its line, its title on the next ("2.5").
  const std::size_t stop = line.find('.');
  if (stop != std::string_view::npos && stop > 0 && stop <= 3 && ascii::all_digits(line.substr(0, stop))) {
    std::string_view minor = line.substr(stop + 1);
    if (!minor.empty() && minor.back() == '.') minor.remove_suffix(1);
    if (minor.size() <= 2 && ascii::all_digits(minor)) return true;
  }
  return starts_bullet(line);
}

bool starts_bullet(std::string_view line) {
  return starts_with(line, "\u00B7") || starts_with(line, "\u2022") || starts_with(line, "- ") ||
         starts_with(line, "\u2013 ") || starts_with(line, kSymbolBullet);
}

bool dash_goes_on(std::string_view first, std::string_view before, std::string_view line,
                  std::span<const std::string_view> after) {
  if (!starts_with(line, "\u2013 ") && !starts_with(line, "- ")) return false;
  before = trim(before);
  // Nor after a line that ends mid-phrase: "... Program from" / "– the APEC Support Fund" opens a list (a review's
  // finding); a sentence's dash stands after a word that can end a phrase.
  if (before.empty() || std::string_view(".;:").find(before.back()) != std::string_view::npos ||
      starts_bullet(trim(first)) || ends_mid_phrase(before))
    return false;
  for (std::string_view l : after)
    if (starts_bullet(trim(l))) return false;
  return true;
}

int paren_depth(std::string_view s, int depth) {
  // Sixteen bytes at a time, and in a block only its parentheses, in order: most lines hold none, and the
  // readers ask this of every line.
  bytes16::for_each_block(s.data(), s.size(), [&depth](std::size_t, const char* block) {
    const std::uint32_t open = bytes16::equal(block, '('), close = bytes16::equal(block, ')');
    for (std::uint32_t m = open | close; m != 0; m &= m - 1) {
      if (open & m & (~m + 1)) {
        ++depth;
      } else if (depth > 0) {
        --depth;
      }
    }
  });
  return depth;
}

bool ends_group(std::string_view line, int depth_after) {
  if (depth_after != 0 || line.empty()) return false;
  // Only white space and '.', ';', ',' may follow the ')': look no further at a line that ends in anything else.
  const unsigned char last = static_cast<unsigned char>(line.back());
  if (last != ')' && last != '.' && last != ';' && last != ',' && last != 0xA0 && !is_space(line.back())) return false;
  std::string_view t = trim_end(line);
  while (!t.empty() && (t.back() == '.' || t.back() == ';' || t.back() == ',')) t.remove_suffix(1);
  if (t.empty() || t.back() != ')' || depth_after != 0) return false;
  // A tag or citation, not any parenthesis ("(STAR)" mid-sentence): an owner's
  // '/', a year, or a goal, in the group's part on this line.
  std::size_t open = t.rfind('(');
  std::string_view group = open == std::string_view::npos ? t : t.substr(open);
  if (group.find('/') != std::string_view::npos || group.find("Goal") != std::string_view::npos) return true;
  std::size_t digits = 0;
  for (char c : group) {
    digits = digit(c) ? digits + 1 : 0;
    if (digits == 4) return true;
  }
  return false;
}

std::string join_wrapped(const Paragraph& lines) {
  std::string name;
  for (std::string_view l : lines) {
    if (!name.empty() && name.back() == '-') name.pop_back();
    else if (!name.empty()) name.push_back(' ');
    name.append(l);
  }
  return name;
}

bool ends_mid_phrase(std::string_view line) {
  line = trim_end(line);
  std::size_t start = line.size();
  while (start > 0 && letter(line[start - 1])) --start;
  // A word of letters alone, the whole line's last: "at" in "... terminals at", not "(at" or "Nang".
  if (start == line.size() || (start > 0 && !is_space(line[start - 1]))) return false;
  static constexpr std::string_view kWords[] = {"a",   "an",   "the",  "of",   "at",    "in",    "on",  "to",
                                                "for", "and",  "or",   "with", "by",    "from",  "into", "under",
                                                "between", "through", "within", "across", "among", "nor"};
  // Not a word in capitals: "Annex A", "Part A" and "IN" end a title (a review's finding: "Drills under Annex
  // A" took the next item as its title's end); "Framework For" does not (a second review's).
  const std::string_view word = line.substr(start);
  if (word.size() > 7 || std::all_of(word.begin(), word.end(), [](char c) { return upper(c); })) return false;
  std::string low;
  for (char c : word) low.push_back(lower_ascii(c));
  return std::find(std::begin(kWords), std::end(kWords), low) != std::end(kWords);
}

bool economies_alone(std::string_view owners) {
  bool any = false;
  while (!owners.empty()) {
    std::size_t cut = owners.find(',');
    const std::size_t and_at = owners.find(" and ");
    std::size_t skip = 1;
    if (and_at < cut) cut = and_at, skip = 5;
    const std::string_view name = trim(owners.substr(0, cut));
    if (!name.empty()) {
      if (!canonical_economy(name)) return false;
      any = true;
    }
    owners = cut == std::string_view::npos ? std::string_view() : owners.substr(cut + skip);
  }
  return any;
}

namespace {

// Whether `text` starts as deadlines do: a preposition of time, a number, a month, "next", "TBC", "ongoing".
bool starts_like_deadline(std::string_view text) {
  if (text.empty()) return false;
  if (digit(text[0])) return true;
  std::size_t end = 0;
  while (end < text.size() && letter(text[end])) ++end;
  std::string word;
  for (char c : text.substr(0, end)) word.push_back(lower_ascii(c));
  static constexpr std::string_view kWords[] = {
      "by", "before", "until", "till", "at", "during", "end", "mid", "early", "late", "next", "the", "within",
      "after", "in", "no", "first", "second", "third", "fourth", "following", "upcoming", "q", "h", "tbc", "tbd",
      "tba", "to", "ongoing", "continuous", "continuing", "annual", "annually", "each", "every", "jan", "january",
      "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august",
      "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}
}  // namespace

bool economy_line(std::string_view line, std::string_view next) {
  line = trim(line);
  next = trim(next);
  // Ends in a letter: "Hong Kong," goes on into "China" (the economy table reads it whole, comma and all).
  const auto whole = [](std::string_view name) {
    return !name.empty() && name.size() <= 40 && upper(name[0]) && letter(name.back()) &&
           canonical_economy(name).has_value();
  };
  if (whole(line)) return true;
  if (next.empty() || line.size() + next.size() >= 40) return false;
  return whole(std::string(line) + ' ' + std::string(next));
}

bool ends_full_stop(std::string_view line) {
  line = trim_end(line);
  for (std::string_view quote : {"\u201D", "\"", "'"})
    if (line.ends_with(quote)) line.remove_suffix(quote.size());
  return !line.empty() && (line.back() == '.' || line.back() == '!' || line.back() == '?');
}

bool sentence_starts_paragraph(std::string_view before, std::string_view line, std::size_t width, Findings* notes) {
  const std::string_view word = line.substr(0, std::min(line.find(' '), line.size()));
  const std::size_t needs = char_count(before) + 1 + char_count(word);
  if (needs + 5 <= width) {
    if (notes)
      notes->push_back({DiagnosticCode::layout_inferred,
                        fmt::format("read as a new paragraph: '{}' would have fitted after '{}' in a column {} "
                                    "characters wide; the line before wrapped on if it did not end there",
                                    word, before, width),
                        line});
    return true;
  }
  if (needs <= width && notes)
    notes->push_back({DiagnosticCode::layout_inferred,
                      fmt::format("read as the same paragraph's next sentence: '{}' would have fitted after '{}' in "
                                  "a column {} characters wide, with fewer than five to spare; a new action if it is "
                                  "one",
                                  word, before, width),
                      line});
  return false;
}

void paragraph_starts(std::span<const std::string_view> lines, std::size_t width, Findings* notes,
                      std::vector<std::size_t>& begins, std::size_t sentence_width) {
  begins.clear();
  int depth = 0;
  // The line where the parenthesis open at the paragraph's depth 0 opened: a tag wrapped inside ("(Chair/next" /
  // "meeting)") shows its '/' on that line, not on the line that closes it (a helper's finding: the next action
  // joined the tag's, which lost its own).
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  constexpr std::size_t kMaxGroupLines = 6;
  std::size_t group_line = kNone;
  std::string group;
  const auto wrapped_group_ends = [&](std::size_t last) {
    const std::string_view closing = lines[last];
    if (group_line == kNone || group_line >= last || last - group_line >= kMaxGroupLines ||
        closing.find('(') != std::string_view::npos)
      return false;
    group.clear();
    for (std::size_t k = group_line; k <= last; ++k) {
      if (k > group_line) group.push_back(' ');
      group.append(lines[k]);
    }
    // A tag's, beyond doubt: after its last '/', a deadline mseg reads. A parenthesis of the sentence's own that
    // holds a '/' or a year ("(for the ship/port" / "interface and related facilities)") ends nothing (a review's
    // finding: the action was cut there).
    const std::size_t open = group.rfind('(');
    const std::size_t slash = group.rfind('/');
    if (open == std::string::npos || slash == std::string::npos || slash < open || !ends_group(group, 0)) return false;
    std::string_view deadline = std::string_view(group).substr(slash + 1);
    deadline = trim(deadline.substr(0, deadline.rfind(')')));
    if (read_deadline(deadline).kind != DeadlineKind::unknown) return true;
    // Or economies alone before its first '/', and after its last a word deadlines start with: "(Chinese
    // Taipei/by the" / "next Leaders' Meeting)" is a tag whatever its deadline's further words (a helper's finding:
    // the next action joined it). Not "(Japan/Korea" / "pilot team)", a sentence's own (a review's finding).
    return starts_like_deadline(deadline) &&
           economies_alone(std::string_view(group).substr(open + 1, group.find('/', open) - open - 1));
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    bool fresh = begins.empty() || starts_paragraph(line);
    // A dash a wrap put first goes on with the line before (dash_goes_on): where the dash would not have fitted
    // by the characters, so only where the width is known (a review's finding: with none, every dash after a
    // line that ended no sentence was joined, a short one's too), and where the guess can be said.
    const bool dash = fresh && notes && width > 0 && !begins.empty() &&
                      dash_goes_on(lines[begins.back()], lines[i - 1], line, lines.subspan(i + 1)) &&
                      char_count(lines[i - 1]) + 2 > width;
    if (dash) fresh = false;
    if (!fresh) {
      std::string_view prev = lines[i - 1];  // the paragraph's last line so far
      if (ends_group(prev, depth) || (depth == 0 && wrapped_group_ends(i - 1))) {
        fresh = true;
      } else if (depth == 0 &&
                 economy_line(line, i + 1 < lines.size() ? lines[i + 1] : std::string_view()) &&
                 (economy_line(prev) ||
                  (i >= 2 && economy_line(std::string(lines[i - 2]) + ' ' + std::string(prev))))) {
        // (The name before may be wrapped too: "Brunei" / "Darussalam" / "Chinese Taipei": a review's finding.)
        // A Lead column's names, one a line ("Japan" / "Korea" / "Singapore"): each line an economy whole is a
        // paragraph of its own, however short (a helper's finding: the names were joined). "Hong Kong," / "China"
        // ends in a comma, and "United" / "States" is no economy a line.
        fresh = true;
      } else if (sentence_width > 0 && depth == 0 && !line.empty() && upper(line[0]) && ends_full_stop(prev)) {
        // An actions column: a sentence's end, then a capital whose word would have fitted after it.
        fresh = sentence_starts_paragraph(prev, line, sentence_width, notes);
      } else if (width > 0 && !line.empty() && (upper(line[0]) || digit(line[0])) && !prev.empty() &&
                 prev.back() != '-' && !ends_mid_phrase(prev)) {
        std::size_t word = line.find(' ');
        word = word == std::string_view::npos ? line.size() : word;
        fresh = char_count(prev) + 1 + char_count(line.substr(0, word)) <= width;
        // Characters only approximate a proportional font's widths: a numbered priority's title line that ends
        // in no mark, read as the whole title by that measure alone, is a guess too (a helper's finding: "8.2 ILO
        // conventions" / "Cooperation for Seattle", one title in the PDF, read as a title and an invented item in
        // silence). Items under an unnumbered title (the Ha Noi plan's) are the plans' own shape: no note.
        std::string_view number, rest = prev;
        const char last = prev.back();
        if (fresh && notes && begins.back() == i - 1 && last != '.' && last != ';' && last != ':' && last != ')' &&
            patterns::consume_priority_number(rest, number))
          notes->push_back({DiagnosticCode::layout_inferred,
                            fmt::format("read as a new paragraph: '{}' would have fitted after '{}' in a column {} "
                                        "characters wide; the line before wrapped on if it did not end there",
                                        line.substr(0, word), prev, width),
                            line});
        if (!fresh && notes)
          notes->push_back({DiagnosticCode::layout_inferred,
                            fmt::format("read as the line before wrapped on: '{}' would not have fitted after '{}' "
                                        "in a column {} characters wide; a new priority or item if it is one",
                                        line.substr(0, word), prev, width),
                            line});
      }
    }
    if (dash && !fresh)
      notes->push_back({DiagnosticCode::layout_inferred,
                        fmt::format("read as the line before wrapped on: '{}' starts with a dash after '{}', which ends "
                                    "no sentence; a bullet if it starts an item",
                                    line, lines[i - 1]),
                        line});
    if (fresh) {
      begins.push_back(i);
      depth = 0;
    }
    const int before = depth;
    depth = paren_depth(line, depth);
    if (before == 0) group_line = depth > 0 ? i : kNone;
  }
}

std::vector<Paragraph> paragraphs_of(std::span<const std::string_view> lines, std::size_t width,
                                     Findings* notes) {
  // Where each paragraph starts first, then each paragraph made at its size: one allocation a paragraph,
  // not one at each doubling as its lines come (readers join every cell's lines, some twice).
  struct Site;
  auto& begins = mseg::detail::per_thread<std::vector<std::size_t>, Site>();
  paragraph_starts(lines, width, notes, begins);
  std::vector<Paragraph> out;
  out.reserve(begins.size());
  for (std::size_t k = 0; k < begins.size(); ++k)
    out.emplace_back(lines.begin() + static_cast<std::ptrdiff_t>(begins[k]),
                     lines.begin() + static_cast<std::ptrdiff_t>(k + 1 < begins.size() ? begins[k + 1] : lines.size()));
  return out;
}

std::vector<Paragraph> blank_separated(const std::vector<std::string_view>& lines) {
  std::vector<Paragraph> out;
  bool fresh = true;
  for (std::string_view line : lines) {
    if (line.empty()) {
      fresh = true;
      continue;
    }
    if (fresh) out.push_back({});
    fresh = false;
    out.back().push_back(line);
  }
  return out;
}

void note_cells_after(std::size_t cells, std::size_t width, std::string_view first_unread, Findings& findings) {
  static constexpr const char* kNames[] = {"", "first", "second", "third"};
  findings.push_back({DiagnosticCode::layout_unread,
                      fmt::format("this row has {} cells; the cells after the {} are not read", cells,
                                  width < std::size(kNames) ? std::string(kNames[width]) : fmt::format("{}th", width)),
                      first_unread});
}

void note_furniture(std::string_view line, std::string_view what, Findings& findings) {
  findings.push_back({DiagnosticCode::page_furniture, fmt::format("{} removed: '{}'", what, line), line});
}

namespace {

// The line after page p's last: the next page's first, or the text's end (`starts` holds each page's first line).
std::size_t page_end(const std::vector<std::size_t>& starts, std::size_t p, std::size_t lines) {
  return p + 1 < starts.size() ? starts[p + 1] : lines;
}

// Footers that an extractor reading a page block by block (pdftotext without -layout, a viewer's copy) put where
// their block fell: mid-page, between two columns' text (a new user's finding: "Page 1" and
// "2006/TPTWG27/MSEG/003" read as priorities, actions moved into the next section, exit 0). Such a line is
// furniture wherever it stands when it repeats as a footer does:
// - a page number that is its page's place ("Page 2", "- 2 -", a bare "2" on the second page), one on each of
//   most pages with text; a bare number only on a page where no other line is one (a No. column's numbers);
// - an APEC document number alone on its line ("2006/TPTWG27/MSEG/003"), the same on most pages and once on
//   each (a running title such as "MSEG Work Plan 2006" is found only at a page's edge: mid-page it cannot be
//   told from a cell's line).
// Text without page breaks (copied from a viewer) has no page to count by: there "Page N" lines alone,
// numbered one after another, are.
void mark_mid_page_footers(const std::vector<Line>& lines, const std::vector<std::size_t>& starts,
                           std::vector<Furniture>& marks) {
  if (starts.size() < 2) {
    std::vector<std::size_t> found;
    std::optional<unsigned> last;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const std::string_view t = trim(lines[i].text);
      if (!starts_with(t, "Page ") || !digit(t.back())) continue;
      const auto n = page_number_of(t);
      if (!n) continue;
      if (last && *n != *last + 1) return;  // not a page count: a cell's "Page 2" among them
      found.push_back(i), last = n;
    }
    if (found.size() >= 2)
      for (std::size_t i : found)
        if (marks[i] == Furniture::none) marks[i] = Furniture::page_number;
    return;
  }
  // A document number alone on its line ("2006/TPTWG27/MSEG/003"): never a cell's line, where a Timeline's
  // "2011-2012" or a wrapped tag's "Indonesia/2012" may stand once on each page (a review's finding: both removed
  // as footers, the Lead and Timeline cells shifted between rows, exit 0).
  const auto document_line = [](std::string_view t) {
    return t.find_first_of(" ()") == std::string_view::npos && document_number_in(t);
  };
  std::size_t with_text = 0;
  std::vector<std::size_t> numbered;  // each page's own page number, where it has one
  struct Seen {
    std::size_t pages = 0, last = 0;  // pages it stands on; the last of them, counted from 1
    bool twice = false;               // twice on one page: a cell's line, not a footer
  };
  std::unordered_map<std::string_view, Seen> seen;
  for (std::size_t p = 0; p < starts.size(); ++p) {
    const std::size_t b = starts[p], e = page_end(starts, p, lines.size());
    std::size_t own = lines.size(), owns = 0;
    bool own_bare = false, other_bare = false, any = false;
    for (std::size_t i = b; i < e; ++i) {
      const std::string_view t = trim(lines[i].text);
      if (t.empty()) continue;
      any = true;
      if (const auto n = page_number_of(t)) {
        const bool bare = ascii::all_digits(t);
        if (*n == p + 1) {
          own = i;
          ++owns;
          own_bare = bare;
        } else {
          other_bare = other_bare || bare;
        }
      } else if (page_over_count(t, p + 1, starts.size())) {
        own = i, ++owns;  // "1/2" mid-page, where a viewer's copy puts it (a helper's finding)
      }
      if (document_line(t)) {
        Seen& s = seen[t];
        if (s.last == p + 1) s.twice = true;
        else ++s.pages, s.last = p + 1;
      }
    }
    with_text += any ? 1 : 0;
    if (owns == 1 && !(own_bare && other_bare)) numbered.push_back(own);
  }
  const std::size_t most = std::max<std::size_t>(2, with_text / 2 + 1);
  if (numbered.size() >= most)
    for (std::size_t i : numbered)
      if (marks[i] == Furniture::none) marks[i] = Furniture::page_number;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (marks[i] != Furniture::none) continue;
    const std::string_view t = trim(lines[i].text);
    if (!document_line(t)) continue;
    const auto it = seen.find(t);
    if (it != seen.end() && it->second.pages >= most && !it->second.twice) marks[i] = Furniture::running;
  }
}

}  // namespace

std::vector<Furniture> find_furniture(const std::vector<Line>& lines, Findings& findings) {
  std::vector<Furniture> marks(lines.size(), Furniture::none);
  // Pages: a page starts at line 0 and at every page break.
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 1; i < lines.size(); ++i)
    if (lines[i].page_break) starts.push_back(i);
  // The first and last two non-blank lines of each page are where furniture stands.
  std::vector<std::size_t> edges;
  for (std::size_t p = 0; p < starts.size(); ++p) {
    const std::size_t b = starts[p], e = page_end(starts, p, lines.size());
    std::size_t found = 0;
    for (std::size_t i = b; i < e && found < 2; ++i)
      if (!trim(lines[i].text).empty()) edges.push_back(i), ++found;
    found = 0;
    for (std::size_t i = e; i > b && found < 2; --i)
      if (!trim(lines[i - 1].text).empty()) edges.push_back(i - 1), ++found;
  }
  // "... Page 3 of 7" is a page's footer wherever an extractor put it (column by column: mid-page).
  for (std::size_t i = 0; i < lines.size(); ++i) {
    // Such a line ends in its page count: most lines need no search, nor trimming at their start.
    const std::string_view e = trim_end(lines[i].text);
    if (!e.empty() && digit(e.back()) && e.find("Page ") != std::string_view::npos &&
        e.find(" of ") != std::string_view::npos && page_number(trim(e)))
      marks[i] = Furniture::page_number;
  }
  // And a footer that names its page mid-line ("... Page 1 of 2 - DRAFT"), wherever it stands, where its words but
  // for their digits stand on most pages, once each (a helper's finding, in a viewer's copy: read as a priority, and
  // actions moved into the next section).
  if (starts.size() >= 2) {
    std::unordered_map<std::string, std::pair<std::size_t, std::size_t>> pages_of;  // key -> pages, the last
    std::vector<std::pair<std::size_t, std::string>> named;
    for (std::size_t p = 0; p < starts.size(); ++p)
      for (std::size_t i = starts[p]; i < page_end(starts, p, lines.size()); ++i) {
        const std::string_view t = trim(lines[i].text);
        if (marks[i] != Furniture::none || t.find(" of ") == std::string_view::npos || !names_its_page(t)) continue;
        std::string key = without_digits(t);
        auto& [count, last] = pages_of[key];
        if (last != p + 1) {
          ++count;
          last = p + 1;
        }
        named.emplace_back(i, std::move(key));
      }
    const std::size_t most = std::max<std::size_t>(2, starts.size() / 2 + 1);
    // One run, or two: a footer in two parts ("Work Plan – Page 1 of 2   12 March 2007", a helper's finding), not a
    // row of columns.
    for (const auto& [i, key] : named)
      if (pages_of[key].first >= most && run_count(lines[i].text) <= 2) marks[i] = Furniture::page_number;
  }
  // Beside such a footer stands the rest of the page's furniture ("2006/TPTWG27/MSEG/003" over "... Page 1 of
  // 2"): the lines next to it are edges too, where an extractor put the footer mid-page; for lines with digits
  // only (those without are found at the edges, or are the column names the readers take out themselves).
  const std::size_t page_edges = edges.size();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (marks[i] != Furniture::page_number) continue;
    for (std::size_t k = i; k > 0;)
      if (!trim(lines[--k].text).empty()) {
        edges.push_back(k);
        break;
      }
    for (std::size_t k = i + 1; k < lines.size(); ++k)
      if (!trim(lines[k].text).empty()) {
        edges.push_back(k);
        break;
      }
  }
  if (starts.size() < 2) {
    // One page: only a page number at its very end is furniture.
    for (std::size_t i = lines.size(); i > 0; --i) {
      std::string_view t = trim(lines[i - 1].text);
      if (t.empty()) continue;
      if (page_number(t) && lines.size() > 1) marks[i - 1] = Furniture::page_number;
      break;
    }
  } else {
    // Text without digits -> the pages it stands on at an edge (each page counted once).
    std::unordered_map<std::string, std::size_t> seen;
    std::unordered_map<std::string, std::size_t> last_page;
    // The parity of the pages it stands on (1 or 2 once set, 3 mixed): Word's different odd and even footers
    // each stand on every other page, half of them (a review's finding).
    std::unordered_map<std::string, int> parity;
    // Text with its digits -> the pages it stands on at an edge: a header that carries a year or a document
    // number ("MSEG Work Plan 2006", "2006/TPTWG27/MSEG/003") is the same on every page.
    std::unordered_map<std::string_view, std::size_t> seen_exact;
    std::unordered_map<std::string_view, std::size_t> last_page_exact;
    std::vector<std::size_t> page_of(lines.size(), 0);
    for (std::size_t p = 0; p < starts.size(); ++p)
      for (std::size_t i = starts[p]; i < (p + 1 < starts.size() ? starts[p + 1] : lines.size()); ++i) page_of[i] = p + 1;
    for (std::size_t e = 0; e < edges.size(); ++e) {
      const std::size_t i = edges[e];
      // Lines beside a mid-page footer count for lines with digits only (as they are marked below).
      if (e < page_edges) {
        std::string key = without_digits(trim(lines[i].text));
        auto& last = last_page[key];
        if (last != page_of[i]) {
          ++seen[key];
          int& p = parity[key];
          const int now = page_of[i] % 2 == 1 ? 1 : 2;
          p = p == 0 || p == now ? now : 3;
        }
        last = page_of[i];
      }
      const std::string_view exact = trim(lines[i].text);
      auto& last_exact = last_page_exact[exact];
      if (last_exact != page_of[i]) ++seen_exact[exact];
      last_exact = page_of[i];
    }
    // A line is taken for a header only when it stands at an edge of more than half the pages (and two): a
    // cell's line such as "(Australia/September 2006)" or "(Chinese Taipei/TBD)" may end two pages by chance,
    // not most (a new user's finding: a tag alone on its line, just above the footer on two pages of six, was
    // removed from both actions).
    const std::size_t pages = starts.size();
    const std::size_t most = std::max<std::size_t>(2, pages / 2 + 1);
    // Pages with any text: pdftotext ends its last page with a form feed too.
    std::size_t text_pages = 0;
    for (std::size_t p = 0; p < pages; ++p)
      for (std::size_t i = starts[p]; i < page_end(starts, p, lines.size()); ++i)
        if (!trim(lines[i].text).empty()) {
          ++text_pages;
          break;
        }
    text_pages = std::max<std::size_t>(text_pages, 2);
    // A word or two that may mark every page, shorter than a running line must be: a capital first, no
    // parenthesis, slash or stop a tag's or a sentence's last line would have ("2008)", "ports.", "ongoing").
    // In capitals ("DRAFT") on two pages; on three or more, a capital first will do ("Annex B"). Never an economy
    // or a deadline, a Lead or Timeline cell's whole line, whose last line may end both pages of two ("Chair",
    // "Ongoing", "Japan": a review's finding, each removed from both actions).
    const auto short_mark = [&](std::string_view t) {
      if (t.size() < 4 || t.size() >= 8 || t.find("  ") != std::string_view::npos || !ascii::is_upper(t.front()) ||
          t.find_first_of("()[]/.,;:") != std::string_view::npos)
        return false;
      const bool capitals = std::none_of(t.begin(), t.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      return (capitals || text_pages >= 3) && !canonical_economy(t) &&
             read_deadline(t).kind == DeadlineKind::unknown;
    };
    for (std::size_t e = 0; e < edges.size(); ++e) {
      const std::size_t i = edges[e];
      std::string_view t = trim(lines[i].text);
      if (marks[i] != Furniture::none) continue;
      const bool one_run = t.find("  ") == std::string_view::npos && t.size() >= 8;
      const bool digits = without_digits(t).size() != t.size();
      if (e >= page_edges && !digits) continue;
      // A parenthesis alone on its line is a cell's tag or citation ("(US/September 2006)" may end both pages
      // of a two-page plan), never a page's header; nor one without digits unless it stands on every page.
      if (t.front() == '(' && t.back() == ')' && (digits || seen[without_digits(t)] < std::max<std::size_t>(3, pages)))
        continue;
      const std::string key = digits ? std::string() : without_digits(t);
      const bool every_other = !digits && seen[key] >= 2 && seen[key] * 2 == pages && parity[key] != 3;
      // A year alone at an edge of most pages is a footer ("2008" where "Page N of 3" stood: a second review's
      // finding), though a year at the end of one page is a cell's (page_number refuses years).
      // A footer that names its page mid-line ("... Page 1 of 2 - DRAFT", "Page 1 of 2 - MSEG Work Plan"), the same
      // on most pages but for its digits (a helper's finding: one edited so that the number no longer ended it
      // was read as the table's text, a directive cut and a section made of it).
      const bool names_page = digits && one_run && names_its_page(t) && seen[without_digits(t)] >= most;
      // "1/2" (a helper's finding: read as a cell's line).
      if (page_number(t) || (is_year(t) && seen_exact[t] >= most) || names_page ||
          page_over_count(t, page_of[i], pages)) {
        marks[i] = Furniture::page_number;
      } else if (one_run && ((!digits && (seen[key] >= most || every_other)) || (digits && seen_exact[t] >= most))) {
        // A running header or footer: one run of text (a row of columns is the table's), long enough not to
        // be a cell's short last line.
        marks[i] = Furniture::running;
      } else if (short_mark(t) && (digits ? seen_exact[t] : seen[key]) >= text_pages) {
        // "DRAFT", "Annex B": shorter, but at an edge of every page (a helper's finding: a "DRAFT" footer read as
        // a priority and cut the action it stood in; as a header, the plan's title).
        marks[i] = Furniture::running;
      }
    }
    // A running header set in two parts, left and right ("MEG-SEC Work Plan 2007 – DRAFT" ... "12 March 2007":
    // several runs, so not taken above, where a row of columns is the table's): the first line of every page
    // with text, the same but for its spacing, naming none of the plan's columns (the column-name row, repeated
    // at each page's top, is the readers' to take out). A new user's finding: it was read into the plan's cells.
    // Likewise a footer in two parts, the last line of every page with text, the same but for its spacing and
    // its digits, whose right part counts the pages: a browser prints the page's address at the left and "1/3" at
    // the right (helper 75's finding: "file:///.../plan.html" read as a directive, "1/3" into an action). Only a
    // page count's digits may differ: two pages' last lines "(Ministerial Statement 2004) ... 2006)" and "...
    // 2005) ... 2007)" are cells' (a review's finding: both citations removed).
    const auto page_count = [](std::string_view run) {
      const std::size_t slash = run.find('/');
      return page_number(run) || (slash != std::string_view::npos && slash > 0 && slash + 1 < run.size() &&
                                  ascii::all_digits(run.substr(0, slash)) && ascii::all_digits(run.substr(slash + 1)));
    };
    const auto two_parts_on_every_page = [&](bool last, bool any_digits, std::size_t least_runs) {
      std::vector<std::size_t> ends;
      for (std::size_t p = 0; p < starts.size(); ++p) {
        const std::size_t b = starts[p], e = page_end(starts, p, lines.size());
        for (std::size_t k = 0; k < e - b; ++k)
          if (const std::size_t i = last ? e - 1 - k : b + k; !trim(lines[i].text).empty()) {
            ends.push_back(i);
            break;
          }
      }
      if (ends.size() < 2) return;  // pages with text: a form feed at the end starts a page of none
      const auto key_of = [&](std::size_t i) {
        const std::string collapsed = collapse_whitespace(lines[i].text);
        return any_digits ? without_digits(collapsed) : collapsed;
      };
      const std::string key = key_of(ends.front());
      bool same = key.size() >= 8;
      for (std::size_t i : ends) same = same && marks[i] == Furniture::none && key_of(i) == key;
      if (!same) return;
      std::vector<std::string_view> runs = runs_of(lines[ends.front()].text);
      // Two parts at most: a column-name row has a run per column, three or more (a review's finding: a table
      // that starts page 1 and repeats its header row on every page lost it, its names scoring nothing).
      // The page count in either part: "Work Plan – Page 1 of 2   12 March 2007" dates its right part (a helper's
      // finding: read into the table, a directive cut).
      if (runs.size() <= 2 && runs.size() >= least_runs &&
          (!any_digits || page_count(runs.back()) || page_count(runs.front()))) {
        runs.resize(3);
        if (plan_column_score(runs[0], runs[1], runs[2]) == 0)
          for (std::size_t i : ends) marks[i] = Furniture::running;
      }
    };
    two_parts_on_every_page(false, false, 1);
    // Two parts: a line of one run at every page's foot is the one-run rule's above, which a tag alone on its line
    // ending both pages of a two-page plan does not meet (a review's finding).
    two_parts_on_every_page(true, true, 2);
  }
  mark_mid_page_footers(lines, starts, marks);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (marks[i] == Furniture::page_number) note_furniture(trim(lines[i].text), "page number", findings);
    if (marks[i] == Furniture::running) note_furniture(trim(lines[i].text), "running header or footer", findings);
  }
  return marks;
}

}  // namespace mseg::layout
