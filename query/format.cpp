// Picks the writer for each output format.
#include <fmt/format.h>

#include <mseg/query_format.hpp>

#include "base/text_pieces.hpp"
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

void format_matches(const std::vector<Match>& matches, const FormatOptions& o, const TextSink& sink) {
  switch (o.format) {
    case Format::json: return matches_json(matches, false, o.compact, sink);
    case Format::jsonl: return matches_json(matches, true, false, sink);
    case Format::csv: {
      MatchRows rows(matches, o, true);
      return render_csv(rows.shape(), rows, sink);
    }
    // Like grep, a person's table of nothing is no output at all.
    case Format::table:
      if (!matches.empty()) {
        MatchRows rows(matches, o, false);
        render_table(rows.shape(), rows, o.width, o.color, o.fit, sink);
      }
      return;
    case Format::markdown:
      if (!matches.empty()) {
        MatchRows rows(matches, o, false);
        render_markdown(rows.shape(), rows, sink);
      }
      return;
    case Format::ics: return format_ics(matches, o, sink);
  }
}

std::string format_matches(const std::vector<Match>& matches, const FormatOptions& o) {
  return gather([&](const TextSink& sink) { format_matches(matches, o, sink); });
}

std::string format_count(std::size_t count) { return fmt::format("{}\n", count); }

void format_summary(const Summary& s, const FormatOptions& o, const TextSink& sink) {
  const Grid g = summary_grid(s, o.show_source);
  switch (o.format) {
    case Format::json: return grid_json(g, false, o.compact, sink);
    case Format::jsonl: return grid_json(g, true, false, sink);
    case Format::csv: return render_csv(g, sink);
    case Format::table:
      if (!g.rows.empty()) render_table(g, o.width, o.color, o.fit, sink);
      return;
    case Format::markdown:
      if (!g.rows.empty()) render_markdown(g, sink);
      return;
    case Format::ics: return;  // the CLI refuses --group-by with ics
  }
}

std::string format_summary(const Summary& s, const FormatOptions& o) {
  return gather([&](const TextSink& sink) { format_summary(s, o, sink); });
}

}  // namespace mseg::query
