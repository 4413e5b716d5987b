// Picks the writer for each output format.
#include <fmt/format.h>

#include <mseg/query_format.hpp>

#include "grid.hpp"
#include "json_out.hpp"

namespace mseg::query {

std::optional<Format> format_from_string(std::string_view name) {
  if (name == "table") return Format::table;
  if (name == "json") return Format::json;
  if (name == "jsonl") return Format::jsonl;
  if (name == "csv") return Format::csv;
  if (name == "markdown") return Format::markdown;
  if (name == "ics") return Format::ics;
  return std::nullopt;
}

std::string format_matches(const std::vector<Match>& matches, const FormatOptions& o) {
  switch (o.format) {
    case Format::json: return matches_json(matches, false, o.compact);
    case Format::jsonl: return matches_json(matches, true);
    case Format::csv: return render_csv(full_match_grid(matches, o.as_of));
    // Like grep, a person's table of nothing is no output at all.
    case Format::table: return matches.empty() ? "" : render_table(match_grid(matches, o), o.width, o.color, o.fit);
    case Format::markdown: return matches.empty() ? "" : render_markdown(match_grid(matches, o));
    case Format::ics: return format_ics(matches, o);
  }
  return {};
}

std::string format_count(std::size_t count) { return fmt::format("{}\n", count); }

std::string format_summary(const Summary& s, const FormatOptions& o) {
  const Grid g = summary_grid(s, o.show_source);
  switch (o.format) {
    case Format::json: return grid_json(g, false, o.compact);
    case Format::jsonl: return grid_json(g, true);
    case Format::csv: return render_csv(g);
    case Format::table: return g.rows.empty() ? "" : render_table(g, o.width, o.color, o.fit);
    case Format::markdown: return g.rows.empty() ? "" : render_markdown(g);
    case Format::ics: return {};  // the CLI refuses --group-by with ics
  }
  return {};
}

}  // namespace mseg::query
