// A table of text cells, rendered as a terminal table, Markdown or CSV: what
// query's table, markdown, csv and summary writers share, and what other
// engines' reports (mseg cites) lay out the same way.
#pragma once

#include <string>
#include <vector>

#include <mseg/query_format.hpp>

namespace mseg::query {

struct Grid {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;  // cells as they are: may hold line breaks
  std::vector<std::vector<bool>> alert;        // cells a coloured table shows in red (overdue)
  std::vector<bool> numeric;                   // per column: a count, right-aligned, a JSON number
  int fit_column = -1;                         // the column a table cuts to the width; -1 none
  int squeeze_column = -1;                     // cut too when the fit column would get too narrow
  bool keep_squeeze = false;                   // never cut the squeeze column (the query asked for its values)
  std::vector<bool> wraps;                     // per column: may be wrapped onto more lines to fit (none: only fit)
};

// A table `width` columns wide at most (0: as wide as the cells), fitting the fit column as `fit` says;
// `color`: the alert cells in red.
std::string render_table(const Grid& grid, int width, bool color, Fit fit = Fit::wrap);
void render_table(const Grid& grid, int width, bool color, Fit fit, const TextSink& sink);
// A GitHub-flavoured Markdown table; a bar in a cell is escaped, a line break becomes <br>.
std::string render_markdown(const Grid& grid);
void render_markdown(const Grid& grid, const TextSink& sink);
// RFC 4180 CSV with a header row.
std::string render_csv(const Grid& grid);
void render_csv(const Grid& grid, const TextSink& sink);

}  // namespace mseg::query
