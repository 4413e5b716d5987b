// Where a laid-out offset stands in a .docx or .pdf: the seam between the
// readers' Pieces and a Span that carries a WordPlace or PdfPlace.
#pragma once

#include <cstddef>
#include <variant>

#include "layout.hpp"

namespace mseg::layout {

using Place = std::variant<std::monostate, WordPlace, PdfPlace>;

// The place of laid-out byte `at` (an offset into laid.text): the piece holding
// it, its offset advanced by the characters from the piece's start; a byte
// between pieces takes the place where the piece before it ends. Monostate for
// text forms, or before the first piece.
Place place_at(const Laid& laid, std::size_t at);

// The place of laid-out bytes [begin, end): place_at(begin), and for a PDF the
// box grown to cover every piece of the range on that page, so that an
// element's box drawn over its first page covers its words there.
Place place_of(const Laid& laid, std::size_t begin, std::size_t end);

}  // namespace mseg::layout
