// Words as a key: citation kinds ("leaders-statement") and the registry's
// loose matching of written forms share one folding, so a kind read from a plan
// and a key in the registry cannot drift apart.
#pragma once

#include <string>
#include <string_view>

namespace mseg {

// Lowercase ASCII words joined by '-': apostrophes (straight or curly)
// dropped, every run of spaces, dashes and punctuation one '-', no '-' at
// either end. "Leaders’ Statement 2005" and "leaders statement 2005" give
// "leaders-statement-2005". Bytes from 0x80 up are kept as they are.
std::string slug(std::string_view words);

}  // namespace mseg
