// The hyphen rule the readers that join lines share (the text forms' and the PDF's): docs/format.md,
// "Wrapped lines and hyphens". Implemented in layout_text.cpp.
#pragma once

#include <string_view>

namespace mseg::layout {

// Whether the hyphen ending `line` is only a line-end break, to be dropped when
// `next` is joined to it ("capa-" / "city"), rather than part of the word
// ("sub-" / "group", "mid-" / "2009", "MEG-" / "SEC"). False when `line`
// does not end in a word and a hyphen.
bool drops_hyphen(std::string_view line, std::string_view next);

}  // namespace mseg::layout
