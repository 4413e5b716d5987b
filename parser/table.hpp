// Tokenizing a plan's text into what stands before the table and the table's
// cells. A cell starts on a line that begins with a tab; its further lines do not.
#pragma once

#include <string_view>
#include <vector>

namespace mseg {

struct Cell {
  std::string_view start;                   // the cell's first line, after its tab (may be empty)
  std::vector<std::string_view> paragraphs;  // trimmed non-empty lines
  std::string_view extent;                  // from its tab to the end of its last paragraph
};

struct Table {
  std::vector<std::string_view> before;  // trimmed non-empty lines before the first cell
  std::vector<Cell> cells;
};

// Splits decoded text; every view points into `text`. Lines end at \n, \r\n or \r.
Table split_table(std::string_view text);

}  // namespace mseg
