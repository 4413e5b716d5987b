// Tokenizing a plan's text into what stands before the table and the table's
// cells. A cell starts on a line that begins with a tab; its further lines do not.
#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace mseg {

// One table cell. Its paragraphs view into its Table's `paragraphs`, so a cell
// costs no allocation of its own: a plan of many empty rows (a lone tab per
// line) is one array of cells, not one small vector per cell (issue 20, item 12).
struct Cell {
  std::span<const std::string_view> paragraphs;  // trimmed non-empty lines
  std::string_view extent;                       // from its tab to the end of its last paragraph
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
