// The layout stage, between decoding and assembling (docs/architecture.md). A plan
// reaches people in many forms: the tab-cell text Word writes when a table is saved
// as text, `pdftotext -layout` with the columns side by side, a PDF viewer's copy
// with each cell as a block of lines, a Markdown pipe table, a spreadsheet's
// tab- or comma-separated rows, the .docx itself, the
// PDF itself. A reader per form lays the plan out again as tab-cell text, the one
// form the assembler reads, with a map from every stretch of that text back to
// where it stands in the input. The assembler, the grammars, query, diff and
// validate never learn which form they read, and a new form is one more reader.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <mseg/plan.hpp>

#include "finding.hpp"

namespace mseg::layout {

// A stretch of the laid-out text and where the same characters stand in the
// input. Pieces are sorted by `at` and do not overlap. A laid-out byte outside
// every piece (a tab or newline the reader wrote between cells or joined lines)
// is placed where the piece before it ends. A piece of a text form may hold the
// space that joins two wrapped lines where the input has the '\n' between them
// (one piece a paragraph, not a line): a span's end just after that space is
// placed where the line ends, as if the space stood outside (SourceText).
struct Piece {
  std::size_t at = 0;      // byte offset in Laid::text
  std::size_t length = 0;  // bytes, the same in the input for text forms
  std::size_t source = 0;  // byte offset of the same characters in the decoded input (text forms)
};

// What a reader makes of its input.
struct Laid {
  std::string reader;  // "tab-cells", "side-by-side", "column-blocks", "markdown", "tsv", "csv", "docx", "pdf"
  // The plan as tab-cell text (parser/table.hpp's grammar). Empty when the input
  // is tab-cell text already: the commonest form costs no copy and no map.
  std::string text;
  std::vector<Piece> pieces;
  // For a .docx or .pdf, where each piece stands in the document: places[k] is
  // pieces[k]'s. Empty for text forms, whose pieces (a paragraph each, hundreds
  // of thousands) are read back for every span: kept apart, a piece is 24 bytes, not 56.
  std::vector<mseg::Place> places;
  // What the reader inferred or removed (layout-guess, layout-inferred, page
  // furniture, unplanned text): `where` views into the decoded input for text
  // forms, into `text` for .docx and .pdf.
  Findings findings;
  // findings[i]'s own place, where the laid text's would name the wrong one (a note about an empty or a
  // merged .docx cell, or a table that was not read, has no text of its own to point at). In the order of
  // their indexes; whatever inserts into findings moves these with it.
  struct FindingPlace {
    std::size_t index;  // into findings
    mseg::Place place;
    // The finding is about text the laid text does not hold (a PDF's running footer, a .docx table not read):
    // its diagnostic shows no source line, for the laid text's line there would be another's.
    bool off_text = false;
  };
  std::vector<FindingPlace> finding_places;
};

// How well a text fits a reader's form, from 0 (not at all) to 1 (certainly).
// Each reader looks for what only its form has; the highest score wins.
double fit_tab_cells(std::string_view text);
double fit_side_by_side(std::string_view text);
double fit_column_blocks(std::string_view text);
double fit_markdown(std::string_view text);
double fit_tsv(std::string_view text);
double fit_csv(std::string_view text);

// The readers; each views into `text` (the decoded input) for its pieces and findings.
Laid read_tab_cells(std::string_view text);
Laid read_side_by_side(std::string_view text);
Laid read_column_blocks(std::string_view text);
Laid read_markdown(std::string_view text);
Laid read_tsv(std::string_view text);  // parser/layout_delimited.cpp
Laid read_csv(std::string_view text);

// The readers' names, in the order detection prefers them on a tie.
const std::vector<std::string_view>& reader_names();

// Lays the decoded input out with the reader named `forced`, or with the one
// whose form it fits best when `forced` is empty; a close call is a
// layout-guess note. Throws std::invalid_argument for a name not in reader_names().
Laid lay_out(std::string_view text, std::string_view forced = {});

}  // namespace mseg::layout
