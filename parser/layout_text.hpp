// What every text-form reader needs: lines, writing tab-cell text with its
// pieces, joining wrapped lines back into paragraphs, and finding page furniture.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "hyphen.hpp"
#include "layout.hpp"

namespace mseg::layout {

// The input's lines without their ends (\n, \r\n, \r); a form feed (a page
// break) at a line's start is left out of the line and marked.
struct Line {
  std::string_view text;
  bool page_break = false;  // a form feed stood before it
};
std::vector<Line> split_lines(std::string_view input);

// Characters (code points) in UTF-8 text.
std::size_t char_count(std::string_view s);

// A paragraph as it was wrapped: its lines, each trimmed, each a view into the input.
using Paragraph = std::vector<std::string_view>;

// Writes Laid::text and its pieces.
class Writer {
 public:
  Writer(std::string_view input, Laid& laid);
  // Text from the input, mapped back to it.
  void put(std::string_view part);
  // Text the reader writes itself (tabs, newlines, the space that joins lines).
  void raw(std::string_view s) { laid_.text.append(s); }
  // The wrapped lines as one paragraph: a space between lines, a line-end
  // hyphen joined as docs/format.md says.
  void paragraph(const Paragraph& lines);
  // One table cell: a tab, then its paragraphs a line each.
  void cell(const std::vector<Paragraph>& paragraphs);
  // A cell of one line (a column name).
  void cell(std::string_view line);
  // One table cell of `lines`, its paragraphs `sizes` lines each: as cell() above, without making them.
  void cell(std::span<const std::string_view> lines, std::span<const std::uint32_t> sizes);
  // The lines (by where they start in the input) an extractor joined from two or more, dropping a hyphen that
  // ended a line (pdftotext without -layout): a compound in them the document writes elsewhere gets it back.
  void joined_lines(std::vector<const char*> starts);

 private:
  void paragraph_of(const std::string_view* lines, std::size_t count);
  // Writes `line` with its lost hyphens restored, when it is one of the joined lines; false otherwise.
  bool put_restoring(std::string_view line);

  std::string_view input_;
  Laid& laid_;
  Vocabulary vocabulary_{input_};  // built only when a line ends in a prefix's hyphen, or a joined line is written
  std::vector<const char*> joined_;  // sorted
};


// Word's bullet in its Symbol font (U+F0B7, private use), as a PDF holds it: pdftotext and poppler give it as
// is; the readers write it as the middle dot Word's text export writes.
inline constexpr std::string_view kSymbolBullet = "\uF0B7";

// Whether a paragraph starts with `line` whatever came before: a directive
// number (1A., 2., 1a.), a priority number (1.1) or a bullet (·, •, -, Word's Symbol bullet).
bool starts_paragraph(std::string_view line);
// patterns::consume_directive_number for a line of a text form, but not for an amount ("2.5 million", which reads
// as "2." before "5 million"): a wrapped line may start with one (a helper's finding: a directive cut in two).
bool consume_directive_number(std::string_view& line, std::string_view& number);
// Whether `line` starts with a bullet: ·, •, "- ", "– " or Word's Symbol bullet.
bool starts_bullet(std::string_view line);
// Whether a line that starts with a dash ("– Global Standard") is the line before going on, the dash a sentence's
// own that a wrap put first: the line before ends no sentence, clause or list (. ; :) and not mid-phrase
// (ends_mid_phrase: "... from"), and neither the paragraph's
// first line (`first`) nor any line after it in the cell (`after`) starts with a bullet (a list whose first item
// wraps: a review's finding). A reader asks it only where the dash would not have fitted on the line before.
bool dash_goes_on(std::string_view first, std::string_view before, std::string_view line,
                  std::span<const std::string_view> after);
// Whether `owners` names APEC economies and nothing else: "Japan", "Chinese Taipei, Korea", "US and Japan".
bool economies_alone(std::string_view owners);
// The depth of parentheses after `s`, from `depth` before it.
int paren_depth(std::string_view s, int depth);
// Whether `line` ends a tag or a citation: a closing parenthesis, perhaps with
// '.' or ';' after it, that leaves no parenthesis open (`depth_after`).
bool ends_group(std::string_view line, int depth_after);
// Whether `line` ends in a word no sentence ends in (an article, a preposition, a conjunction, in lower case:
// "at", "the", "and"; not "Annex A"): the paragraph wraps on, whatever the next line's first word would have fitted.
bool ends_mid_phrase(std::string_view line);
// A line that is an APEC economy's name and nothing else ("Korea", "Hong Kong, China"), or starts one that `next`
// ends ("Hong Kong," / "China"): a Lead column's names, one a line, are paragraphs of their own when the line
// before is one too, however short.
bool economy_line(std::string_view line, std::string_view next = {});
// A wrapped name's lines as one ("Goals and" / "Objectives", "MSEG Priori-" / "ties"): a space between lines, or
// none where a line ends in a hyphen, which goes (a header cell's name, not a paragraph with its notes).
std::string join_wrapped(const Paragraph& lines);
// A paragraph's lines joined with its wrapped lines read back: what starts a
// new paragraph (starts_paragraph, a line after a tag or citation), and
// otherwise, where `width` is given (characters), a line that starts with a
// capital whose first word would have fitted on the line before (unless that
// line ends mid-phrase). Each line joined to the one before by width alone is a layout-inferred note in `notes`, when given.
std::vector<Paragraph> paragraphs_of(std::span<const std::string_view> lines, std::size_t width,
                                     Findings* notes = nullptr);
// The same as the lines where paragraphs_of's paragraphs start (into `begins`), without making them. Where
// `sentence_width` is given (an actions column's, in characters), a line that starts with a capital after a line
// that ended a sentence also starts one when its first word would have fitted there with five characters to
// spare, with a layout-inferred note: "... on port security." / "Compile the results ..." are two actions.
void paragraph_starts(std::span<const std::string_view> lines, std::size_t width, Findings* notes,
                      std::vector<std::size_t>& begins, std::size_t sentence_width = 0);
// Whether a line ends a sentence: '.', '!' or '?', perhaps inside a closing quote.
bool ends_full_stop(std::string_view line);
// In an actions column `width` characters wide, whether `line`, a capital's line after `before` that ended a
// sentence, starts a new paragraph by the fit alone: its first word would have fitted after `before` with five
// characters to spare (characters only approximate a proportional font's widths). Either guess is a
// layout-inferred note into `notes`, when given: a new paragraph, or, where it would have fitted with fewer to
// spare, the same paragraph's next sentence (a helper's finding each: an untagged action lost in the next, unsaid).
bool sentence_starts_paragraph(std::string_view before, std::string_view line, std::size_t width, Findings* notes);
// Front matter: paragraphs separated by blank lines (empty views).
std::vector<Paragraph> blank_separated(const std::vector<std::string_view>& lines);

// Page numbers as printed: "3", "- 3 -", "Page 3", "Page 3 of 7", or a line ending in "Page 3 of 7" (`t` trimmed).
bool page_number(std::string_view t);
// The same, and the number it gives the page (3), for lines that stand where an extractor put the footer mid-page.
std::optional<unsigned> page_number_of(std::string_view t);

// Page furniture: what a printed page adds around the plan.
enum class Furniture : std::uint8_t { none, page_number, running };  // a byte a line: one mark for every line of the input
// Marks each line that is page furniture: page numbers (Page 3 of 7, 3, - 3 -)
// next to a page's top or bottom, and lines repeated at the top or bottom of
// two or more pages (running headers and footers). Adds a page-furniture note
// for each line marked.
std::vector<Furniture> find_furniture(const std::vector<Line>& lines, Findings& findings);

// A note for a line removed as page furniture (a column-name row repeated at a page's top).
void note_furniture(std::string_view line, std::string_view what, Findings& findings);

// The finding for a table row of `cells` cells where the table has `width` columns, the rest not read: "this row has
// 5 cells; the cells after the third are not read", at `first_unread`, the first cell not read.
void note_cells_after(std::size_t cells, std::size_t width, std::string_view first_unread, Findings& findings);

}  // namespace mseg::layout
