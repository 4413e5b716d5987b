// JSON and JSON Lines: each match is its element's plan JSON object with
// "kind", "source" and "section" in front.
#include <variant>

#include "base/text_pieces.hpp"
#include "base/json_writer.hpp"
#include "grid.hpp"
#include "json_out.hpp"
#include "schema/internal/plan_json_write.hpp"

namespace mseg::query {
namespace {

void write_match(JsonWriter& w, const Match& m) {
  w.begin_object();
  w.field("kind", to_string(m.element.kind()));
  w.field("source", m.source);
  w.field("section", m.element.section->id);
  std::visit([&](const auto* e) { write_members(w, *e); }, m.element.element);
  w.end_object();
}

void write_row(JsonWriter& w, const Grid& g, const std::vector<std::string>& row) {
  w.begin_object();
  for (std::size_t c = 0; c < g.header.size(); ++c) {
    w.key(g.header[c]);
    if (g.numeric[c]) w.raw(row[c]);
    else w.value(row[c]);
  }
  w.end_object();
}

// A JSON array of `items` (indented unless `compact`), or with `lines` one
// compact object per line, each written by `write_item`.
template <typename Items, typename WriteItem>
void json_items(const Items& items, bool lines, bool compact, const TextSink& sink, WriteItem write_item) {
  std::string out;
  if (lines) {
    for (const auto& item : items) {
      {
        JsonWriter w(out, false);
        write_item(w, item);
      }
      out += '\n';
      pass_on(out, sink);
    }
  } else {
    {
      JsonWriter w(out, !compact);
      w.stream_to(sink);
      w.begin_array();
      for (const auto& item : items) write_item(w, item);
      w.end_array();
    }
    out += '\n';
  }
  if (!out.empty()) sink(out);
}

}  // namespace

void matches_json(const std::vector<Match>& matches, bool lines, bool compact, const TextSink& sink) {
  json_items(matches, lines, compact, sink, write_match);
}

std::string matches_json(const std::vector<Match>& matches, bool lines, bool compact) {
  return gather([&](const TextSink& sink) { matches_json(matches, lines, compact, sink); });
}

void grid_json(const Grid& grid, bool lines, bool compact, const TextSink& sink) {
  json_items(grid.rows, lines, compact, sink,
             [&grid](JsonWriter& w, const std::vector<std::string>& row) { write_row(w, grid, row); });
}

std::string grid_json(const Grid& grid, bool lines, bool compact) {
  return gather([&](const TextSink& sink) { grid_json(grid, lines, compact, sink); });
}

}  // namespace mseg::query
