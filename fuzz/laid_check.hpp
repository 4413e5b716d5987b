// The promise parser/layout.hpp makes of every reader's output, checked by the
// fuzz targets of the readers: pieces inside the laid-out text and in order,
// findings viewing into it. A broken promise traps, so the fuzzer keeps the input.
#pragma once

#include <cstddef>

#include "parser/layout.hpp"

namespace mseg::fuzz {

inline void check_laid(const layout::Laid& laid) {
  std::size_t end = 0;
  for (const auto& piece : laid.pieces) {
    if (piece.at < end || piece.at + piece.length > laid.text.size()) __builtin_trap();
    end = piece.at + piece.length;
  }
  for (const auto& f : laid.findings)
    if (f.where.data() < laid.text.data() || f.where.data() + f.where.size() > laid.text.data() + laid.text.size())
      __builtin_trap();
}

}  // namespace mseg::fuzz
