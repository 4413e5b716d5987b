#include "table.hpp"

#include "clean.hpp"

namespace mseg {

Table split_table(std::string_view text) {
  Table table;
  // find_first_of tests each byte against the set; without any '\r' in the
  // text, memchr for '\n' alone finds the same line ends many times faster.
  const bool has_cr = text.find('\r') != std::string_view::npos;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = has_cr ? text.find_first_of("\r\n", pos) : text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line[0] == '\t') {
      Cell cell;
      cell.start = line.substr(1);
      cell.extent = line;
      table.cells.push_back(cell);
    }
    std::string_view content = trim(line);
    if (!content.empty()) {
      if (table.cells.empty()) {
        table.before.push_back(content);
      } else {
        Cell& cell = table.cells.back();
        cell.paragraphs.push_back(content);
        cell.extent = text.substr(static_cast<std::size_t>(cell.extent.data() - text.data()),
                                  static_cast<std::size_t>(content.data() + content.size() - cell.extent.data()));
      }
    }
    pos = end;
    if (pos < text.size()) {
      if (text[pos] == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') ++pos;
      ++pos;
    }
  }
  return table;
}

}  // namespace mseg
