// Lines and columns of the decoded text, for turning views into Spans.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include <mseg/plan.hpp>

#include "decode.hpp"
#include "layout.hpp"

namespace mseg {

class SourceText {
 public:
  explicit SourceText(const DecodedText& decoded);

  // The text the assembler reads: the decoded input, or what a layout reader
  // laid out from it (set by lay()).
  std::string_view text() const { return laid_ ? std::string_view(laid_->text) : text_; }
  std::string_view input() const { return text_; }

  // From now on text() is the reader's text, and spans in it are mapped back
  // through its pieces to the input. `laid` must outlive this; the tab-cell
  // reader's (which lays nothing out) changes nothing.
  void lay(const layout::Laid& laid) { laid_ = laid.reader == "tab-cells" ? nullptr : &laid; }
  // The reader whose text text() is: "tab-cells" until lay() names another,
  // or the document's ("docx", "pdf") once place_in() gave one.
  std::string_view reader() const {
    return laid_ ? std::string_view(laid_->reader) : form_ ? std::string_view(form_->reader) : "tab-cells";
  }

  // The decoded input is a .docx's or .pdf's laid-out text (`form`, which must
  // outlive this): from now on every span also carries where its first
  // character stands in the document (a Word cell or paragraph, a PDF page).
  void place_in(const layout::Laid& form) { form_ = &form; }

  // The span of `part`, which must view into text() or into the decoded input.
  // An empty view gives a zero-length span at its position.
  Span span(std::string_view part) const;
  // The span of bytes [begin, end) of text().
  Span span(std::size_t begin, std::size_t end) const;

 private:
  struct Position {
    std::uint32_t line;
    std::uint32_t column;
  };
  Position position(std::size_t at) const;
  Span input_span(std::size_t begin, std::size_t end) const;
  // Where byte `at` of the laid-out text stands in the input; `end`: as the end of a range.
  std::size_t to_input(std::size_t at, bool end) const;
  void find_line_starts();
  void find_wide_lines();

  const DecodedText& decoded_;
  std::string_view text_;  // decoded_.text(), asked for once
  const layout::Laid* laid_ = nullptr;
  const layout::Laid* form_ = nullptr;
  // Where each line starts: 4 bytes a line, 8 only in a text of 4 GiB or more (a form's text is a line per
  // row of a lone tab: 2 bytes a line, and 8-byte starts were four times the text; issue 20 item 12).
  std::vector<std::uint32_t> starts32_;
  std::vector<std::size_t> starts64_;
  bool big_ = false;  // text_ is 4 GiB or more: starts64_ holds the starts
  std::size_t line_start(std::size_t i) const { return big_ ? starts64_[i] : starts32_[i]; }
  std::size_t line_count() const { return big_ ? starts64_.size() : starts32_.size(); }
  void add_line_start(std::size_t at) {
    if (big_) starts64_.push_back(at);
    else starts32_.push_back(static_cast<std::uint32_t>(at));
  }
  // Per line (0-based), whether it holds a byte from 0x80 up. On the others a
  // column is the byte distance from the line start, with nothing to count:
  // most lines of a plan are ASCII, and counting was a twentieth of a parse.
  std::vector<bool> wide_line_;
  // Spans are mostly asked for in increasing order on the same line; counting
  // characters from the last answer keeps 300,000 tags on one line linear.
  mutable std::size_t cached_at_ = 0;
  mutable Position cached_{1, 1};
  // The piece to_input() answered with last, for a start and for an end: most spans fall in it or the next.
  mutable std::size_t cached_piece_[2] = {0, 0};
};

}  // namespace mseg
