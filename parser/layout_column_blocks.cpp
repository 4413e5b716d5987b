// Text copied from a PDF viewer, `pdftotext` without -layout, a website's
// extraction: each cell's text is a block of short wrapped lines, the column
// names stand as heading lines before the first row's blocks, and extractors
// print a page column by column. Where a block stands in the table is read
// from a heading just above it, or else inferred from the order, and every
// inference is a located layout-inferred note. No line is dropped.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "clean.hpp"
#include "layout_text.hpp"
#include "patterns.hpp"

namespace mseg::layout {
namespace {

bool ends_with(std::string_view s, std::string_view e) {
  return s.size() >= e.size() && s.substr(s.size() - e.size()) == e;
}

// The column a heading line names: 0 directives, 1 priorities, 2 actions; -1 for none.
int heading_column(std::string_view t) {
  if (t.empty() || t.size() > 40) return -1;
  const char last = t.back();
  if (last == '.' || last == ')' || last == ',' || last == ';' || last == ':') return -1;
  for (std::string_view e : {"Directives", "Objectives", "Goals"})
    if (ends_with(t, e)) return 0;
  for (std::string_view e : {"Priorities", "Deliverables", "Outcomes"})
    if (ends_with(t, e)) return 1;
  for (std::string_view e : {"Action Items", "Actions", "Action items"})
    if (ends_with(t, e)) return 2;
  return -1;
}

struct Block {
  int column = -1;
  bool seen = false;       // a heading stood just above it
  bool page_top = false;   // under a column name repeated at a page's top
  std::vector<std::string_view> lines;
};

}  // namespace

double fit_column_blocks(std::string_view text) {
  const std::vector<Line> lines = split_lines(text.substr(0, std::min<std::size_t>(text.size(), 1 << 16)));
  // Column names on lines of their own, in order.
  bool seen[3] = {false, false, false};
  for (const Line& l : lines) {
    int c = heading_column(trim(l.text));
    if (c >= 0 && trim(l.text) == trim_end(l.text)) seen[c] = true;
  }
  const int found = seen[0] + seen[1] + seen[2];
  return found == 3 ? 0.8 : found == 2 ? 0.4 : 0.0;
}

Laid read_column_blocks(std::string_view text) {
  Laid laid{"column-blocks", {}, {}, {}};
  Writer w(text, laid);
  const std::vector<Line> lines = split_lines(text);
  const std::vector<Furniture> furniture = find_furniture(lines, laid.findings);
  std::size_t first = lines.size();
  for (std::size_t i = 0; i < lines.size() && first == lines.size(); ++i)
    if (furniture[i] == Furniture::none && heading_column(trim(lines[i].text)) == 0) first = i;

  // Front matter: paragraphs by the wrapping rules, at the widest line's width.
  std::vector<std::string_view> front;
  std::size_t width = 0;
  for (std::size_t i = 0; i < first; ++i) {
    std::string_view t = trim(lines[i].text);
    if (furniture[i] != Furniture::none || t.empty()) continue;
    front.push_back(t);
    width = std::max(width, char_count(t));
  }
  for (const Paragraph& p : paragraphs_of(front, width)) {
    w.paragraph(p);
    w.raw("\n");
  }
  if (first == lines.size()) {
    laid.findings.push_back({DiagnosticCode::layout_columns,
                             "column-blocks: no heading line naming the directives column (such as 'Ministerial "
                             "Directives' or 'Goals and Objectives') was found",
                             text.substr(0, 0)});
    return laid;
  }

  // Blocks: runs of lines between blank lines, headings and page breaks.
  std::array<std::string_view, 3> names{};
  std::vector<Block> blocks;
  int heading = -1;  // the heading just above, if any
  bool page_top = false;
  bool open = false;
  for (std::size_t i = first; i < lines.size(); ++i) {
    std::string_view t = trim(lines[i].text);
    if (furniture[i] != Furniture::none) continue;
    if (t.empty()) {
      open = false;
      continue;
    }
    if (int c = heading_column(t); c >= 0) {
      if (names[c].empty()) {
        names[c] = t;
      } else {
        note_furniture(t, "column name repeated", laid.findings);
      }
      heading = c;
      page_top = lines[i].page_break;
      open = false;
      continue;
    }
    // A page break inside a cell goes on with the same block.
    if (!open || (lines[i].page_break && heading >= 0)) {
      blocks.push_back({});
      blocks.back().column = heading;
      blocks.back().seen = heading >= 0;
      blocks.back().page_top = heading >= 0 && page_top;
      heading = -1;
      page_top = false;
      open = true;
    }
    blocks.back().lines.push_back(t);
  }
  for (std::size_t c = 0; c < 3; ++c) w.cell(names[c]);

  // Each column's blocks fill that column's rows in order; a block without a
  // heading above it goes on in the column after the one before it.
  std::vector<std::array<std::vector<std::string_view>, 3>> rows;
  std::array<std::size_t, 3> next{0, 0, 0};
  int column = 0;
  for (const Block& b : blocks) {
    std::string_view first_line = b.lines.front();
    if (b.seen) {
      column = b.column;
      // At a page's top, a cell cut by the page goes on: its last line ended no paragraph.
      auto* cell = next[column] > 0 ? &rows[next[column] - 1][static_cast<std::size_t>(column)] : nullptr;
      if (b.page_top && cell && !cell->empty()) {
        std::string_view last = cell->back();
        const char end = last.back();
        if (end != '.' && end != ')' && !starts_paragraph(first_line)) {
          laid.findings.push_back({DiagnosticCode::layout_inferred,
                                   "read as the cell on the page before going on: its last line ends no paragraph",
                                   first_line});
          for (std::string_view l : b.lines) cell->push_back(l);
          continue;
        }
      }
    } else {
      std::string_view rest = first_line, number;
      // An extractor prints a column's blocks one after another.
      int inferred = column;
      // A numbered directive or priority says its column itself.
      if (patterns::consume_priority_number(rest, number)) {
        inferred = 1;
      } else if (rest = first_line; patterns::consume_directive_number(rest, number)) {
        inferred = 0;
      }
      column = inferred;
    }
    const std::size_t row = next[column]++;
    if (rows.size() <= row) rows.resize(row + 1);
    if (!b.seen) {
      laid.findings.push_back(
          {DiagnosticCode::layout_inferred,
           fmt::format("no column name stands above this block: read as the {} cell of row {}",
                       column == 0 ? "directives" : column == 1 ? "priorities" : "actions", row + 1),
           first_line});
    }
    for (std::string_view l : b.lines) rows[row][column].push_back(l);
  }
  // The priorities column's width, for telling short titles from wrapped lines.
  std::size_t widest = 0;
  for (const auto& row : rows)
    for (std::string_view l : row[1]) widest = std::max(widest, char_count(l));
  for (auto& row : rows)
    for (std::size_t c = 0; c < 3; ++c) w.cell(paragraphs_of(row[c], c == 1 ? widest : 0, &laid.findings));
  return laid;
}

}  // namespace mseg::layout
