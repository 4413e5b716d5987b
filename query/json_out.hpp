// JSON writers of the query engine (internal).
#pragma once

#include <string>
#include <vector>

#include <mseg/query.hpp>
#include <mseg/query_format.hpp>

namespace mseg::query {

struct Grid;

// Matches as a JSON array (indented unless `compact`), or with `lines` one
// compact object per line.
std::string matches_json(const std::vector<Match>& matches, bool lines, bool compact = false);
void matches_json(const std::vector<Match>& matches, bool lines, bool compact, const TextSink& sink);

// A summary grid's rows as objects keyed by the header; counts are numbers.
std::string grid_json(const Grid& grid, bool lines, bool compact = false);
void grid_json(const Grid& grid, bool lines, bool compact, const TextSink& sink);

}  // namespace mseg::query
