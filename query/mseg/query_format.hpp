// `mseg query` output: the matches, their count or a summary, as text for a
// person (table, markdown) or for a script (json, jsonl, csv).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <mseg/query.hpp>
#include <mseg/query_group.hpp>

namespace mseg::query {

enum class Format { table, json, jsonl, csv, markdown };

// "table", "json", "jsonl", "csv", "markdown"; nullopt for anything else.
std::optional<Format> format_from_string(std::string_view name);

// How a table fits long cells into the width: wrapped onto more lines (nothing
// is hidden), cut with "…", or left whole on one line however wide.
enum class Fit { wrap, truncate, wide };

struct FormatOptions {
  Format format = Format::json;
  int width = 100;           // table: columns available; the text column is wrapped or cut to fit
  Fit fit = Fit::wrap;       // table: what to do with cells wider than their column
  bool compact = false;      // json: the array on one line instead of indented
  bool owners_asked = false;  // table: the query filtered on owners, so their column is never cut
  bool color = false;        // table: bold header, overdue deadlines in red
  bool show_source = false;  // table, markdown: a source column (several files were given)
  Date as_of;                // which deadlines the table shows as overdue
  std::vector<ElementKind> kinds{ElementKind::action};  // the kinds asked for: which columns apply
};

// The matched elements in the chosen format; empty json is "[]".
std::string format_matches(const std::vector<Match>& matches, const FormatOptions& options);

// The number of matches on one line.
std::string format_count(std::size_t count);

// The summary of --group-by in the chosen format.
std::string format_summary(const Summary& summary, const FormatOptions& options);

}  // namespace mseg::query
