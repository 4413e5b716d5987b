// The .docx reader from raw bytes: any bytes must give a layout or an
// InputError, never a crash or a hang, and every piece must lie inside the
// laid-out text, in order, as parser/layout.hpp promises.
#include <mseg/parse.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parser/docx_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    const mseg::layout::Laid laid = mseg::layout::read_docx(bytes);
    std::size_t end = 0;
    for (const auto& piece : laid.pieces) {
      if (piece.at < end || piece.at + piece.length > laid.text.size()) __builtin_trap();
      end = piece.at + piece.length;
    }
    for (const auto& f : laid.findings)
      if (f.where.data() < laid.text.data() || f.where.data() + f.where.size() > laid.text.data() + laid.text.size())
        __builtin_trap();
  } catch (const mseg::InputError&) {
    // A damaged, truncated or hostile file is refused: an expected answer.
  }
  return 0;
}
