// Lines and columns of the decoded text, for turning views into Spans.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include <mseg/plan.hpp>

#include "decode.hpp"

namespace mseg {

class SourceText {
 public:
  explicit SourceText(const DecodedText& decoded);

  std::string_view text() const { return text_; }

  // The span of `part`, which must view into text(). An empty view gives a
  // zero-length span at its position.
  Span span(std::string_view part) const;
  // The span of decoded bytes [begin, end).
  Span span(std::size_t begin, std::size_t end) const;

 private:
  struct Position {
    std::uint32_t line;
    std::uint32_t column;
  };
  Position position(std::size_t at) const;
  void find_line_starts();
  void find_wide_lines();

  const DecodedText& decoded_;
  std::string_view text_;  // decoded_.text(), asked for once
  std::vector<std::size_t> line_starts_;
  // Per line (0-based), whether it holds a byte from 0x80 up. On the others a
  // column is the byte distance from the line start, with nothing to count:
  // most lines of a plan are ASCII, and counting was a twentieth of a parse.
  std::vector<bool> wide_line_;
  // Spans are mostly asked for in increasing order on the same line; counting
  // characters from the last answer keeps 300,000 tags on one line linear.
  mutable std::size_t cached_at_ = 0;
  mutable Position cached_{1, 1};
};

}  // namespace mseg
