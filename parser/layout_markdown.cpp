// A GitHub-flavoured Markdown pipe table: the three column names as its
// header, `<br>` between a cell's paragraphs, `\|` for a bar; what stands
// before the table is the front matter.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "clean.hpp"
#include "extra_column.hpp"
#include "layout_text.hpp"

namespace mseg::layout {
namespace {

// The bars in `t` that no backslash escapes.
std::size_t bars(std::string_view t) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '\\') ++i;
    else if (t[i] == '|') ++n;
  }
  return n;
}

// A row of the table: it starts with a bar, or, in a table written without its outer bars (GitHub reads
// "a | b | c" so too), it holds one.
bool table_line(std::string_view line, bool bare = false) {
  std::string_view t = trim(line);
  return !t.empty() && (t[0] == '|' || (bare && bars(t) > 0));
}

// |---|:--:|---| (or ---|:--:|--- without the outer bars): bars, dashes, colons and spaces, a dash and a bar.
bool delimiter_row(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty() || t.find('-') == std::string_view::npos || t.find('|') == std::string_view::npos) return false;
  for (char c : t)
    if (c != '|' && c != '-' && c != ':' && c != ' ' && c != '\t') return false;
  return true;
}

// The header of a table without outer bars: two bars at least (three columns), then its delimiter row.
bool bare_header(std::string_view line) {
  std::string_view t = trim(line);
  // Not a tab-cell line ("\tDirectives | ..."): those are the tab-cell form's, whatever bars they hold.
  return !t.empty() && !line.empty() && line[0] != '\t' && t[0] != '|' && bars(t) >= 2;
}

// The row's cells, between unescaped bars, trimmed.
std::vector<std::string_view> cells_of(std::string_view line) {
  std::string_view t = trim(line);
  if (!t.empty() && t[0] == '|') t.remove_prefix(1);
  std::vector<std::string_view> cells;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '\\' && i + 1 < t.size()) {
      ++i;
      continue;
    }
    if (t[i] == '|') {
      cells.push_back(trim(t.substr(begin, i - begin)));
      begin = i + 1;
    }
  }
  if (!trim(t.substr(begin)).empty()) cells.push_back(trim(t.substr(begin)));  // no closing bar
  return cells;
}

// The header line of the plan's table (a header, then a delimiter row): the first whose header names one of the
// plan's columns at least, else the first table. A new user's finding: a revision table, "| Version | Date |
// Changes |", before the plan was read as the plan; a review's: "the best-named table" let an annex after the
// plan ("| Action | Objective | Outcome |") take its place.
std::size_t find_table(const std::vector<Line>& lines) {
  std::size_t first = lines.size();
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (!((table_line(lines[i].text) || bare_header(lines[i].text)) && delimiter_row(lines[i + 1].text))) continue;
    const std::vector<std::string_view> names = cells_of(lines[i].text);
    if (names.size() >= 3 && plan_column_score(names[0], names[1], names[2]) > 0) return i;
    if (first == lines.size()) first = i;
  }
  return first;
}

// Where a table that starts at `at` ends: its header, its delimiter row, and the table lines after them.
std::size_t table_end(const std::vector<Line>& lines, std::size_t at) {
  const bool bare = bare_header(lines[at].text);
  std::size_t i = at + 2;
  while (i < lines.size() && table_line(lines[i].text, bare)) ++i;
  return i;
}

// A cell's paragraphs: split at <br>, <br/>, <br />; `\|` written as the bar alone.
void write_cell(Writer& w, std::string_view cell) {
  std::vector<std::string_view> paragraphs;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < cell.size();) {
    // Only a '<' can start a break: jump to the next one rather than compare at every byte.
    i = cell.find('<', i);
    if (i == std::string_view::npos) break;
    std::size_t len = 0;
    for (std::string_view br : {"<br>", "<br/>", "<br />", "<BR>"})
      if (cell.substr(i, br.size()) == br) len = br.size();
    if (len == 0) {
      ++i;
      continue;
    }
    paragraphs.push_back(trim(cell.substr(begin, i - begin)));
    i += len;
    begin = i;
  }
  paragraphs.push_back(trim(cell.substr(begin)));
  w.raw("\t");
  bool first = true;
  for (std::string_view p : paragraphs) {
    if (p.empty()) continue;
    if (!first) w.raw("\n");
    first = false;
    // Markdown's escapes: `\|`, `\*`, `\_`... (a backslash before ASCII punctuation) is the character alone,
    // and `&amp;` is `&` ("I&amp;ITSEG" is the owner I&ITSEG). Each written as its own character in the input.
    std::size_t from = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
      std::size_t skip = 0;
      if (p[i] == '\\' && i + 1 < p.size() && std::ispunct(static_cast<unsigned char>(p[i + 1])))
        skip = 1;  // the backslash
      else if (p[i] == '&' && p.substr(i, 5) == "&amp;")
        skip = 0;  // the '&' is kept, "amp;" dropped below
      else
        continue;
      if (skip == 1) {
        w.put(p.substr(from, i - from));
        from = i + 1;  // the escaped character starts the next piece
        ++i;
      } else {
        w.put(p.substr(from, i + 1 - from));
        from = i + 5;
        i += 4;
      }
    }
    w.put(p.substr(from));
  }
  w.raw("\n");
}

}  // namespace

double fit_markdown(std::string_view text) {
  const std::vector<Line> lines = split_lines(text.substr(0, std::min<std::size_t>(text.size(), 1 << 16)));
  const std::size_t at = find_table(lines);
  if (at == lines.size()) return 0.0;
  return cells_of(lines[at].text).size() >= 3 ? 1.0 : 0.5;
}

Laid read_markdown(std::string_view text) {
  Laid laid{"markdown", {}, {}, {}, {}, {}};
  Writer w(text, laid);
  const std::vector<Line> lines = split_lines(text);
  // A row's cells, and each paragraph a <br> starts, are pieces of their own: room for them once.
  laid.pieces.reserve(3 * lines.size() + static_cast<std::size_t>(std::count(text.begin(), text.end(), '<')));
  const std::size_t at = find_table(lines);
  for (std::size_t i = 0; i < at && i < lines.size(); ++i) {
    std::string_view t = trim(lines[i].text);
    if (t.empty()) continue;
    // Another table before the plan's: its lines are not the front matter, nor the plan (said, not read).
    if (i + 1 < lines.size() && (table_line(lines[i].text) || bare_header(lines[i].text)) &&
        delimiter_row(lines[i + 1].text)) {
      const std::size_t end = std::min(table_end(lines, i), at);
      laid.findings.push_back({DiagnosticCode::layout_unread,
                               fmt::format("this table ({} lines) is not the plan's: its header names none of the "
                                           "plan's columns, as the table at line {} does; it was not read",
                                           end - i, at + 1),
                               t});
      i = end - 1;
      continue;
    }
    w.put(t);
    w.raw("\n");
  }
  if (at == lines.size()) return laid;  // no table: the assembler says no-table
  // issue 15: a wider table's header names its further columns (Lead, Timeline...) after the three, and
  // every row has that many cells, as the tab-cell parser reads them.
  std::size_t width = 3;
  {
    const std::vector<std::string_view> header = cells_of(lines[at].text);
    while (width < 6 && width < header.size() && is_extra_column(header[width])) ++width;
  }
  const bool bare = bare_header(lines[at].text);
  std::size_t i = at;
  for (; i < lines.size(); ++i) {
    if (i == at + 1) continue;  // the delimiter row
    if (!table_line(lines[i].text, bare)) break;
    std::vector<std::string_view> cells = cells_of(lines[i].text);
    if (cells.size() > width) {
      laid.findings.push_back({DiagnosticCode::layout_unread,
                               fmt::format("this row has {} cells; the cells after the {} are not read", cells.size(),
                                           width == 3 ? std::string("third") : fmt::format("{}th", width)),
                               cells[width]});
      cells.resize(width);
    }
    if (cells.size() < width && !trim(lines[i].text).empty())
      // Markdown pads a short row at its end; which cell was left out the text does not say. Said, not guessed at.
      laid.findings.push_back({DiagnosticCode::layout_inferred,
                               fmt::format("this row has {} cell{} where the table has {}: read as the first {}, the "
                                           "rest empty",
                                           cells.size(), cells.size() == 1 ? "" : "s", width, cells.size()),
                               trim(lines[i].text)});
    while (cells.size() < width) cells.push_back(lines[i].text.substr(lines[i].text.size()));
    for (std::string_view c : cells) write_cell(w, c);
  }
  for (; i < lines.size(); ++i) {
    std::string_view t = trim(lines[i].text);
    if (t.empty()) continue;
    laid.findings.push_back({DiagnosticCode::layout_unread,
                             "this line follows the Markdown table and is not part of the plan", t});
  }
  return laid;
}

}  // namespace mseg::layout
