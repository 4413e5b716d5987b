// The .pdf reader of the layout stage (parser/layout.hpp): the words poppler
// finds on each page, with their boxes, put back into the plan's table by
// where they stand: columns from the header row, rows from the line grid.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "layout.hpp"

namespace mseg::layout {

struct PdfLimits {
  std::uint32_t max_pages = 5000;
  std::size_t max_words = 2'000'000;  // over the whole document
  // From this many pages on, the second half of the pages is read on a second thread (when the machine
  // has two cores): below it a thread costs more than it saves. Tests set 1 to read a short PDF that way.
  std::uint32_t two_threads_from_pages = 8;
};

// Lays the plan out; each Piece is one word and carries its PdfPlace. `pages`
// receives the page count. Throws InputError (mseg/parse.hpp) for a file
// poppler cannot open, an encrypted one, or one with no text layer (a scan),
// with poppler's own complaint, if any, as one line.
Laid read_pdf(std::string_view bytes, std::uint32_t* pages = nullptr, const PdfLimits& limits = {});

namespace detail {

// A word as a PDF's text layer gives it: its text (UTF-8) and its box in points, y down from the page's top.
struct PdfWord {
  std::string_view text;
  double x0, y0, x1, y1;
  bool space_after = true;  // poppler's has_space_after: false where the word goes on in the next box
};

// Lays out pages of words exactly as read_pdf lays out the words poppler finds on a PDF's pages, with the same
// limits and errors. With no PDF to parse, the word-level fuzz target (fuzz/pdf_words_fuzz.cpp) drives the
// layout's rules a hundred times faster than one that feeds poppler whole files. `browser`: the PDF's producer
// is Chromium's print to PDF, as read_pdf finds it, whose lines stand on whole CSS pixels.
Laid lay_out_words(std::span<const std::vector<PdfWord>> pages, const PdfLimits& limits = {}, bool browser = false);

}  // namespace detail

}  // namespace mseg::layout
