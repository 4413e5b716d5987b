// The tab-cell text Word writes when a table is saved as plain text: the form
// the assembler reads, so reading it lays nothing out and maps nothing.
#include "layout_text.hpp"

namespace mseg::layout {

double fit_tab_cells(std::string_view text) {
  // A cell starts on a line that begins with a tab; the header row alone has three. A line that holds a tab
  // after its first (a spreadsheet's row whose first cell is empty: "\t\tDevelop...") is the tsv form's.
  const auto starts_cell = [&](std::size_t at) {
    const std::size_t end = text.find_first_of("\r\n", at + 1);
    return text.substr(at + 1, end == std::string_view::npos ? std::string_view::npos : end - at - 1).find('\t') ==
           std::string_view::npos;
  };
  std::size_t cells = 0, others = 0;
  if (!text.empty() && text[0] == '\t') ++(starts_cell(0) ? cells : others);
  for (std::string_view end : {"\n\t", "\r\t"})
    for (std::size_t at = text.find(end); at != std::string_view::npos && cells < 3; at = text.find(end, at + 1))
      ++(starts_cell(at + 1) ? cells : others);
  return cells >= 3 ? 1.0 : cells + others > 0 ? 0.3 : 0.0;
}

Laid read_tab_cells(std::string_view) { return Laid{"tab-cells", {}, {}, {}, {}, {}}; }

}  // namespace mseg::layout
