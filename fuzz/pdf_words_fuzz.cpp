// The .pdf reader's layout from words at places, with no PDF around them: the rules that put a PDF's words
// back into the plan's table (columns, rows, paragraphs, page furniture, wrapped names) at thousands of inputs
// a second, where fuzz_pdf spends nearly all its time in poppler parsing a mutated file. Any words must give a
// layout or an InputError, never a crash or a hang, and keep parser/layout.hpp's promise (fuzz/laid_check.hpp).
#include <mseg/parse.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/laid_check.hpp"
#include "fuzz/pdf_words.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto words = mseg::fuzz::decode_pdf_words(std::string_view(reinterpret_cast<const char*>(data), size));
  try {
    mseg::fuzz::check_laid(mseg::layout::detail::lay_out_words(words.pages, {}, words.browser));
  } catch (const mseg::InputError&) {
    // No words, or more pages than a plan: an expected answer.
  }
  return 0;
}
