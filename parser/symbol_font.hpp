// The Symbol font's characters as Unicode: what a symbol Word inserts from it (Insert > Symbol, w:sym with
// w:font="Symbol", its code in the private use area at U+F020 to U+F0FF) is meant to be.
#pragma once

#include <cstdint>

namespace mseg::layout {

// The Unicode character the Symbol font draws at `code` (0x20 to 0xFF, or its private-use form U+F020 to
// U+F0FF); 0 where it has none outside the private use area (the pieces of large brackets and integrals).
char32_t symbol_font_char(std::uint32_t code);

}  // namespace mseg::layout
