// Choosing the reader: each scores how well the text fits its form, the
// highest wins, and a close call is said out loud.
#include "layout.hpp"

#include <fmt/format.h>

#include <iterator>
#include <stdexcept>

#include <mseg/parse.hpp>

namespace mseg::layout {
namespace {

struct Reader {
  std::string_view name;
  double (*fit)(std::string_view);
  Laid (*read)(std::string_view);
};

constexpr Reader kReaders[] = {
    {"tab-cells", fit_tab_cells, read_tab_cells},
    {"markdown", fit_markdown, read_markdown},
    {"side-by-side", fit_side_by_side, read_side_by_side},
    {"column-blocks", fit_column_blocks, read_column_blocks},
    {"tsv", fit_tsv, read_tsv},
    {"csv", fit_csv, read_csv},
};

// Scores closer than this are a guess worth a note.
constexpr double kClose = 0.15;

}  // namespace

const std::vector<std::string_view>& reader_names() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> n;
    for (const Reader& r : kReaders) n.push_back(r.name);
    return n;
  }();
  return names;
}

// Cells in tab-cell text: lines that start with a tab.
static std::size_t cell_count(std::string_view text) {
  std::size_t n = !text.empty() && text[0] == '\t';
  for (std::size_t at = text.find("\n\t"); at != std::string_view::npos; at = text.find("\n\t", at + 1)) ++n;
  return n;
}

Laid lay_out(std::string_view text, std::string_view forced) {
  if (!forced.empty()) {
    for (const Reader& r : kReaders)
      if (r.name == forced) return r.read(text);
    throw std::invalid_argument(fmt::format("no layout reader named '{}'", forced));
  }
  double score[std::size(kReaders)];
  std::size_t best = 0;
  for (std::size_t i = 0; i < std::size(kReaders); ++i) {
    score[i] = kReaders[i].fit(text);
    if (score[i] > score[best]) best = i;
  }
  // Nothing fits: today's reader, whose no-table error says what was looked for.
  if (score[best] <= 0.0) return read_tab_cells(text);
  Laid laid = kReaders[best].read(text);
  // A detected reader that found the column names but no row under them read
  // no table: today's reader then says so (no-table), rather than a plan of
  // nothing with no error. A forced reader keeps its result.
  if (kReaders[best].read != read_tab_cells && cell_count(laid.text) <= 3) return read_tab_cells(text);
  std::size_t second = best == 0 ? 1 : 0;
  for (std::size_t i = 0; i < std::size(kReaders); ++i)
    if (i != best && score[i] > score[second]) second = i;
  if (score[second] > 0.0 && score[best] - score[second] < kClose) {
    laid.findings.insert(
        laid.findings.begin(),
        {DiagnosticCode::layout_guess,
         fmt::format("read as {} (fit {:.2f}) rather than {} (fit {:.2f}): the two forms fit about equally; "
                     "--layout {} reads it the other way",
                     kReaders[best].name, score[best], kReaders[second].name, score[second], kReaders[second].name),
         text.substr(0, 0)});
    for (auto& placed : laid.finding_places) ++placed.index;  // indexes into findings: in step with the insert
  }
  return laid;
}

}  // namespace mseg::layout

namespace mseg {
std::vector<std::string> layout_names() {
  std::vector<std::string> names;
  for (std::string_view n : layout::reader_names()) names.emplace_back(n);
  return names;
}
}  // namespace mseg
