// A table that lost one tab: one cell's paragraphs ran into the cell before
// it, and every later cell slid into the next column. Finding where, so the
// parser reports the damage where it is and reads the rest of the table as
// the plan's author wrote it, instead of misreading every row after it.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "table.hpp"

namespace mseg {

struct LostCell {
  std::size_t cell;       // the cell that holds the lost cell's paragraphs at its end
  std::size_t paragraph;  // the first of them (never 0: the cell keeps some of its own); the cell's paragraph
                          // count when the lost cell was empty (a line holding only its tab)
  std::size_t column;     // the lost cell's column: 0 directives, 1 priorities, 2 actions
  std::size_t misread;    // the first cell whose content does not fit where it stands now
  std::string_view misfit;  // the paragraph in it that shows it
  std::size_t misfit_looks;   // the column it reads as: 0 a directive, 1 a priority, 2 an action
  std::size_t misfit_column;  // the column it stands in without the restored boundary

  // Whether the lost cell was empty (a line holding only its tab), not a split of `cells[cell]`.
  bool empty(const std::vector<Cell>& cells) const { return paragraph == cells[cell].paragraphs().size(); }
};

// For a table whose data cells (from `first_row`) are one short of whole rows:
// the boundary whose restoring makes the cells around the first misread one
// fit their columns (actions end in tags, directives in citations or start
// with "1A.", priorities with "1.1"). nullopt when no boundary explains the damage. `empty_cells`: an empty cell
// lost whole (a lone tab's line) is a candidate too; not where the damage is known to be a split cell, nor with a
// `first_row` before the header's three names' end (the header names every column: none of its cells is empty).
std::optional<LostCell> find_lost_cell(const std::vector<Cell>& cells, std::size_t first_row, bool empty_cells);

// Splits the cell at the lost boundary in two, as if its tab were there; or, where the lost cell was empty, puts
// an empty cell after it.
void restore_cell(std::vector<Cell>& cells, const LostCell& lost);

// Where a lost empty cell's line stood: the start of the next cell's (its tab), or the table's end (an empty view).
std::string_view lost_empty_cell_at(const std::vector<Cell>& cells, const LostCell& lost);

// The line that holds `paragraph`, from its first character (a view into the same text).
std::string_view line_start_of(std::string_view paragraph, std::string_view cell_extent);

}  // namespace mseg
