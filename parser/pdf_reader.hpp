// The .pdf reader of the layout stage (parser/layout.hpp): the words poppler
// finds on each page, with their boxes, put back into the plan's table by
// where they stand: columns from the header row, rows from the line grid.
#pragma once

#include <cstdint>
#include <string_view>

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

}  // namespace mseg::layout
