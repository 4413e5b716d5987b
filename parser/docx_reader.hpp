// The .docx reader of the layout stage (parser/layout.hpp): Word's own table,
// read from word/document.xml, laid out as tab-cell text. Word knows its rows,
// cells and paragraphs, so nothing here is guessed but which table is the plan.
#pragma once

#include <cstdint>
#include <string_view>

#include "layout.hpp"

namespace mseg::layout {

// True when the bytes are a zip package holding word/document.xml (checked by
// the local file header's magic and the name in the central directory).
bool looks_like_docx(std::string_view bytes);

// Refuses document.xml when it would inflate past max_inflated bytes or past
// 100 times its packed size (a zip bomb), before inflating it all.
struct DocxLimits {
  std::uint64_t max_inflated = 256u << 20;
  std::uint64_t max_ratio = 100;
  // The ratio is not applied below this size: a small, repetitive part packs well.
  std::uint64_t ratio_floor = 1u << 20;
};

// Lays the plan out; each Piece carries a WordPlace. Throws InputError (mseg/parse.hpp)
// when the package or its XML cannot be read.
Laid read_docx(std::string_view bytes, const DocxLimits& limits = {});

}  // namespace mseg::layout
