// The grids of matches and summaries (internal to the engine); the Grid itself
// and its renderers are public (mseg/query_grid.hpp).
#pragma once

#include <string>
#include <vector>

#include <mseg/query_format.hpp>
#include <mseg/query_grid.hpp>

namespace mseg::query {

// Matches as a table or markdown shows them: only the columns the asked-for kinds use.
Grid match_grid(const std::vector<Match>& matches, const FormatOptions& options);

// Matches with every column, as CSV writes them.
Grid full_match_grid(const std::vector<Match>& matches, Date as_of);

// The --group-by summary.
Grid summary_grid(const Summary& summary, bool show_source);

}  // namespace mseg::query
