// RFC 4180 CSV: CRLF line ends, fields quoted only when they must be.
#include "grid.hpp"

namespace mseg::query {
namespace {

void field(std::string& out, std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += s;
    return;
  }
  out += '"';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void record(std::string& out, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out += ',';
    field(out, cells[i]);
  }
  out += "\r\n";
}

}  // namespace

std::string render_csv(const Grid& g) {
  std::string out;
  record(out, g.header);
  for (const auto& r : g.rows) record(out, r);
  return out;
}

}  // namespace mseg::query
