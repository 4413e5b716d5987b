// The tab-cell text Word writes when a table is saved as plain text: the form
// the assembler reads, so reading it lays nothing out and maps nothing.
#include "layout_text.hpp"

namespace mseg::layout {

double fit_tab_cells(std::string_view text) {
  // A cell starts on a line that begins with a tab; the header row alone has three.
  std::size_t cells = 0;
  if (!text.empty() && text[0] == '\t') ++cells;
  for (std::size_t at = text.find("\n\t"); at != std::string_view::npos && cells < 3; at = text.find("\n\t", at + 1))
    ++cells;
  for (std::size_t at = text.find("\r\t"); at != std::string_view::npos && cells < 3; at = text.find("\r\t", at + 1))
    ++cells;
  return cells >= 3 ? 1.0 : cells > 0 ? 0.3 : 0.0;
}

Laid read_tab_cells(std::string_view) { return Laid{"tab-cells", {}, {}, {}, {}, {}}; }

}  // namespace mseg::layout
