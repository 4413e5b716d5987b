// RFC 4180 CSV: CRLF line ends, fields quoted only when they must be.
#include "base/text_pieces.hpp"
#include "base/text_escape.hpp"
#include "grid.hpp"

namespace mseg::query {
namespace {

void record(std::string& out, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out += ',';
    append_csv_field(out, cells[i]);
  }
  out += "\r\n";
}

}  // namespace

void render_csv(const Grid& g, GridRows& rows, const TextSink& sink) {
  std::string out;
  record(out, g.header);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    record(out, rows.row(r));
    pass_on(out, sink);
  }
  if (!out.empty()) sink(out);
}

void render_csv(const Grid& g, const TextSink& sink) {
  HeldRows rows(g);
  render_csv(g, rows, sink);
}

std::string render_csv(const Grid& g) {
  return gather([&](const TextSink& sink) { render_csv(g, sink); });
}

}  // namespace mseg::query
