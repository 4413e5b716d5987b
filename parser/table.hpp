// Tokenizing a plan's text into what stands before the table and the table's
// cells. A cell starts on a line that begins with a tab; its further lines do not.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace mseg {

// One table cell. Its paragraphs view into its Table's `paragraphs`, so a cell
// costs no allocation of its own: a plan of many empty rows (a lone tab per
// line) is one array of cells, not one small vector per cell (issue 20, item 12).
//
// 24 bytes, not the 32 of a span and a view: a plan of lone-tab rows is a cell for every 2 bytes of text
// (issue 20 item 12). Read through paragraphs() and extent(); set through set_paragraphs() and set_extent().
class Cell {
 public:
  // Trimmed non-empty lines. Both views are returned const, so that `cell.extent() = x`, which would change a
  // copy and not the cell, does not compile.
  const std::span<const std::string_view> paragraphs() const { return {paragraphs_, paragraph_count_}; }
  // From its tab to the end of its last paragraph.
  const std::string_view extent() const { return {extent_, extent_size_}; }
  void set_paragraphs(std::span<const std::string_view> p) {
    paragraphs_ = p.data();
    paragraph_count_ = narrow(p.size());
  }
  void set_extent(std::string_view e) {
    extent_ = e.data();
    extent_size_ = narrow(e.size());
  }

 private:
  // A cell of 4 GiB of text or 4 billion paragraphs is refused (InputError) rather than cut short.
  static std::uint32_t narrow(std::size_t n);

  const std::string_view* paragraphs_ = nullptr;
  const char* extent_ = nullptr;
  std::uint32_t paragraph_count_ = 0;
  std::uint32_t extent_size_ = 0;
};

// Move-only: the cells' paragraph spans point into this table's own array.
struct Table {
  Table() = default;
  Table(Table&&) = default;
  Table& operator=(Table&&) = default;
  Table(const Table&) = delete;
  Table& operator=(const Table&) = delete;

  std::vector<std::string_view> before;      // trimmed non-empty lines before the first cell
  std::vector<std::string_view> paragraphs;  // every cell's paragraphs, in order
  std::vector<Cell> cells;
  // Lines inside the table, or before it, that are a printed page's number ("Page 3 of 7", "Page 3", "- 3 -"),
  // pasted with the text: not any cell's nor the front matter's, and each said (a page-furniture note) by the
  // assembler.
  std::vector<std::string_view> page_numbers;
};

// "Page 3", "Page 3 of 7" or "- 3 -", the whole line: what a printed page adds at its foot.
bool is_page_number_line(std::string_view line);

// Splits decoded text; every view points into `text`. Lines end at \n, \r\n or \r.
Table split_table(std::string_view text);

}  // namespace mseg
