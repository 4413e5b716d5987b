// JSON and JSON Lines: each match is its element's plan JSON object with
// "kind", "source" and "section" in front.
#include <variant>

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

}  // namespace

std::string matches_json(const std::vector<Match>& matches, bool lines, bool compact) {
  std::string out;
  if (lines) {
    for (const auto& m : matches) {
      JsonWriter w(out, false);
      write_match(w, m);
      out += '\n';
    }
    return out;
  }
  JsonWriter w(out, !compact);
  w.begin_array();
  for (const auto& m : matches) write_match(w, m);
  w.end_array();
  out += '\n';
  return out;
}

std::string grid_json(const Grid& grid, bool lines, bool compact) {
  std::string out;
  if (lines) {
    for (const auto& r : grid.rows) {
      JsonWriter w(out, false);
      write_row(w, grid, r);
      out += '\n';
    }
    return out;
  }
  JsonWriter w(out, !compact);
  w.begin_array();
  for (const auto& r : grid.rows) write_row(w, grid, r);
  w.end_array();
  out += '\n';
  return out;
}

}  // namespace mseg::query
