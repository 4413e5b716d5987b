// The .docx reader from raw bytes: any bytes must give a layout or an
// InputError, never a crash or a hang, and keep parser/layout.hpp's promise
// (fuzz/laid_check.hpp).
#include <mseg/parse.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/laid_check.hpp"
#include "parser/docx_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    mseg::fuzz::check_laid(mseg::layout::read_docx(bytes));
  } catch (const mseg::InputError&) {
    // A damaged, truncated or hostile file is refused: an expected answer.
  }
  return 0;
}
