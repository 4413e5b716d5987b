// Rows of cells that the table, markdown, csv and summary json writers share
// (internal to the engine).
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

// Matches as a table or markdown shows them: only the columns the asked-for kinds use.
Grid match_grid(const std::vector<Match>& matches, const FormatOptions& options);

// Matches with every column, as CSV writes them.
Grid full_match_grid(const std::vector<Match>& matches, Date as_of);

// The --group-by summary.
Grid summary_grid(const Summary& summary, bool show_source);

std::string render_table(const Grid& grid, int width, bool color, Fit fit = Fit::wrap);
std::string render_markdown(const Grid& grid);
std::string render_csv(const Grid& grid);

}  // namespace mseg::query
