// Where a text's lines end ('\n'), found sixteen bytes at a time. A plan's
// text forms have short lines (a wrapped column is some 35 characters), so a
// call of memchr a line was mostly the call: the readers, the line table that
// spans are counted in and the layout writer's sizing each walked every line
// end of a 20 MB plan that way.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/bytes16.hpp"

namespace mseg::base {

// Calls f(offset) for each '\n' in `text`, in order.
template <typename F>
void for_each_line_end(std::string_view text, F&& f) {
  bytes16::for_each_block(text.data(), text.size(), [&](std::size_t at, const char* block) {
    for (std::uint32_t m = bytes16::equal(block, '\n'); m != 0; m &= m - 1) f(at + bytes16::first(m));
  });
}

// How many '\n' the text holds.
inline std::size_t count_line_ends(std::string_view text) {
  std::size_t count = 0;
  bytes16::for_each_block(text.data(), text.size(),
                          [&](std::size_t, const char* block) { count += bytes16::count(bytes16::equal(block, '\n')); });
  return count;
}

}  // namespace mseg::base
