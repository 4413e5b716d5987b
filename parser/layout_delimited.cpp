// A table saved from a spreadsheet, or typed by hand a row to a line: one row a
// line, its cells separated by tabs (tsv) or commas (csv; or semicolons, as Excel
// writes CSV where the decimal mark is a comma), a cell holding a line
// break, the separator or a quote written in quotes with each quote doubled
// ("RFC 4180", as Excel, LibreOffice Calc and Google Sheets write it). A line
// break inside a quoted cell separates its paragraphs; what stands before the
// header row is the front matter.
#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#include "clean.hpp"
#include "extra_column.hpp"
#include "layout_text.hpp"
#include "table.hpp"
#include "tag.hpp"

namespace mseg::layout {
namespace {

constexpr std::size_t npos = std::string_view::npos;

// The columns a table may have: the three, and up to three further ones (issue 15).
constexpr std::size_t kMaxColumns = 6;
// A spreadsheet's header may name more (Budget, Completion Date...): those are said once and not read.
constexpr std::size_t kMaxHeaderColumns = 16;
// A column's name is one short line (as the tab-cell form's header: docs/format.md).
constexpr std::size_t kLongestName = 80;

struct Field {
  std::string_view text;  // inside the quotes for a quoted field, quotes still doubled
  bool quoted = false;
};

struct Record {
  std::vector<Field> fields;
  std::string_view line;  // from the record's first byte up to its line end (a quoted cell's breaks inside)
};

bool line_end(char c) { return c == '\n' || c == '\r'; }

// The closing quote of a quoted field that opens at `open`, or npos when none closes it before the text ends: the
// last quote of the first run of an odd number of quotes after the opening one (an even run is quotes written
// doubled). Linear over a whole text: a search runs past no field's start, which would be an odd run (closing it)
// or an even one whose own search ends within it.
std::size_t closing_quote(std::string_view text, std::size_t open) {
  for (std::size_t at = text.find('"', open + 1); at != npos; at = text.find('"', at)) {
    std::size_t end = at;
    while (end < text.size() && text[end] == '"') ++end;
    if ((end - at) % 2 == 1) return end - 1;
    at = end;
  }
  return npos;
}

// Reads the record at `at` into `out`; returns where the next one starts. A quote that opens a cell and closes none
// is read as a quote mark, the cell as unquoted, with a note in `findings` (when given).
std::size_t read_record(std::string_view text, std::size_t at, char separator, Record& out,
                        Findings* findings) {
  out.fields.clear();
  const std::size_t begin = at;
  while (true) {
    Field f;
    // Spaces before a cell's opening quote ("Directives", "Priorities": a CSV written by hand or by a program that
    // puts a space after each comma) are no part of it (a review's finding: the quotes were kept and the quoted
    // commas split the cells).
    std::size_t open = at;
    while (open < text.size() && text[open] == ' ') ++open;
    const std::size_t close = open < text.size() && text[open] == '"' ? closing_quote(text, open) : npos;
    if (close != npos) at = open;
    if (at < text.size() && text[at] == '"') {
      const bool ends_field = close != npos && (close + 1 == text.size() || text[close + 1] == separator ||
                                                line_end(text[close + 1]));
      if (ends_field) {
        f = {text.substr(at + 1, close - at - 1), true};
        at = close + 1;
      } else if (close == npos && findings) {
        findings->push_back({DiagnosticCode::layout_inferred,
                             "this quote opens a cell and no quote closes it: read as a quote mark, the cell as "
                             "written",
                             text.substr(at, 1)});
      }
      // A quote closed with more text after it ("Secure Trade" initiative) began the cell's words, not a quoted
      // cell: read as written, as below.
    }
    if (!f.quoted) {
      std::size_t end = at;
      while (end < text.size() && text[end] != separator && !line_end(text[end])) ++end;
      f = {text.substr(at, end - at), false};
      at = end;
    }
    out.fields.push_back(f);
    if (at < text.size() && text[at] == separator) {
      ++at;
      continue;
    }
    break;
  }
  out.line = text.substr(begin, at - begin);
  if (at < text.size() && text[at] == '\r') ++at;
  if (at < text.size() && text[at] == '\n') ++at;
  return at;
}

// The fields that hold anything: trailing empty ones (a spreadsheet pads every row to its widest) not counted.
std::size_t filled(const Record& r) {
  std::size_t n = r.fields.size();
  while (n > 0 && trim(r.fields[n - 1].text).empty()) --n;
  return n;
}

// The record's width as a header row from field `skip` on (the cells before it empty: a table that starts in a
// spreadsheet's column B), or 0 when it is not one: three names, then names of further columns. Columns with no
// name between named ones (a spreadsheet's spacer column, a new user's finding: "no line starts with a tab") are
// in the width and marked in `unnamed`, one bit a column from `skip`; three must have names. Between commas or
// semicolons only: between tabs, empty names are pdftotext's runs of spaces made tabs (unexpand), its columns'
// padding.
std::size_t header_width(const Record& r, std::size_t skip, char separator, std::uint32_t& unnamed) {
  unnamed = 0;
  const std::size_t n = filled(r);
  if (n < skip + 3 || n > skip + kMaxHeaderColumns) return 0;
  std::size_t named = 0;
  for (std::size_t k = skip; k < n; ++k) {
    const std::string_view name = trim(r.fields[k].text);
    if (name.empty() && k > skip && separator != '\t') {
      unnamed |= std::uint32_t{1} << (k - skip);
      continue;
    }
    ++named;
    // A name wrapped in its cell (Alt+Enter in a spreadsheet: "Ministerial\nDirectives") is one name.
    if (name.empty() || name.size() > kLongestName || (!r.fields[k].quoted && name.find_first_of("\r\n") != npos))
      return 0;
    const char last = name.back();
    // "Action Items (Owner/Deadline)", "Lead Economy(ies)", "Budget (USD)" end in ')' as a tag or a citation does,
    // but say a column, or stand past the three.
    const bool says_column = k >= skip + 3 || column_name_with_parenthesis(name);
    if (last == '.' || (last == ')' && !says_column) || last == ',' || last == ';') return 0;
    // A name is no sentence and no numbered item: "building. Capacity building", "1.2 Timeline for Reporting"
    // (pdftotext's side-by-side text with its runs of spaces made tabs; a review's finding).
    if (name.find(". ") != npos || starts_paragraph(name)) return 0;
  }
  return named >= 3 ? n - skip : 0;
}

// The empty cells a row starts with.
std::size_t leading_empty(const Record& r) {
  std::size_t k = 0;
  while (k < r.fields.size() && trim(r.fields[k].text).empty()) ++k;
  return k;
}

struct Header {
  std::size_t at = npos;  // where the header row starts in the text
  std::size_t width = 0;  // the columns from its first name to its last, unnamed ones included
  std::size_t skip = 0;   // the empty columns before them
  std::uint32_t unnamed = 0;  // the columns among them with no name, a bit each from `skip`
  // The columns that have names.
  std::size_t named() const { return width - static_cast<std::size_t>(std::popcount(unnamed)); }
  // The field of the k-th named column (k < named()): the lowest named column's bit dropped k times. 64 bits, so
  // that no shift reaches the word's width.
  std::size_t field(std::size_t k) const {
    std::uint64_t names = ~std::uint64_t{unnamed};
    for (; k > 0; --k) names &= names - 1;
    return skip + static_cast<std::size_t>(std::countr_zero(names));
  }
};

// How many of the header's first three names say what a plan's columns hold.
int plan_names(const Record& r, const Header& h) {
  return plan_column_score(trim(r.fields[h.field(0)].text), trim(r.fields[h.field(1)].text),
                           trim(r.fields[h.field(2)].text));
}

// The header row: the first that names a plan's columns ("Directives", "MSEG Priorities", "Action Items"...): one
// of them between tabs, two of the three between commas or semicolons, which separate a sentence's words as often
// as cells (a review's finding: "specific action plans to carry ..., Australia, Canada, Japan," was a header, and
// pdftotext text with its spaces made tabs a tsv). `any`: else the first row of short names (a forced reader's).
// `limit`: bytes looked through (detection reads the text's start only).
Header find_header(std::string_view text, char separator, std::size_t limit, bool any = false) {
  Record r;
  Header first;
  const int wanted = separator == '\t' ? 1 : 2;
  for (std::size_t at = 0; at < text.size() && at < limit;) {
    const std::size_t next = read_record(text, at, separator, r, nullptr);
    const std::size_t skip = leading_empty(r);
    std::uint32_t unnamed = 0;
    if (const std::size_t width = skip < r.fields.size() ? header_width(r, skip, separator, unnamed) : 0) {
      const Header h{at, width, skip, unnamed};
      if (plan_names(r, h) >= wanted) return h;
      if (any && first.at == npos) first = h;
    }
    at = next;
  }
  return first;
}

// Detection reads the text's first 64 KB only.
std::size_t detection_limit(std::string_view text) { return std::min<std::size_t>(text.size(), 1 << 16); }

// How well the text fits: a header row `h` (find_header's within detection_limit), and the rows after it as wide
// as it, or of two cells or more, the first not empty, and no more than the header's.
double fit(std::string_view text, char separator, const Header& h) {
  const std::size_t limit = detection_limit(text);
  if (h.at == npos) return 0.0;
  Record r;
  std::size_t seen = 0, rows = 0;
  for (std::size_t at = read_record(text, h.at, separator, r, nullptr); at < limit && seen < 200;) {
    at = read_record(text, at, separator, r, nullptr);
    const std::size_t n = filled(r);
    if (n == 0) continue;
    ++seen;
    // A spreadsheet writes every row as wide as the table; one typed by hand may stop short, but a line of two
    // cells the first of them empty is Word's tab-cell text ("\tDevelop..."), not a row.
    // With columns that have no name, a spreadsheet's rows alone: each as wide as the header at least, nothing
    // past it (an export's trailing empty column: a review's finding).
    const std::size_t cells = r.fields.size() > h.skip ? r.fields.size() - h.skip : 0;
    if (cells == h.width || (h.unnamed != 0 && cells >= h.width && n <= h.skip + h.width) ||
        (h.unnamed == 0 && cells >= 2 && n <= h.skip + h.width && r.fields.size() > h.skip &&
         !trim(r.fields[h.skip].text).empty()))
      ++rows;
  }
  if (seen == 0) return 0.3;
  // A spreadsheet writes every row as wide as the table: most rows agree, or this is prose that held a line of
  // three short phrases between commas ("The table sets out goals, priorities, and action items": a review's
  // finding, nearly read as csv).
  const double agree = static_cast<double>(rows) / static_cast<double>(seen);
  return agree >= 0.8 ? 1.0 : agree >= 0.5 ? 0.6 + 0.4 * agree : 0.5 * agree;
}

// A cell's text, its doubled quotes written once, its paragraphs (the lines of the cell) with `between` between
// them; whether it wrote any.
bool put_paragraphs(Writer& w, const Field& f, std::string_view between) {
  bool first = true;
  std::string_view rest = f.text;
  while (true) {
    const std::size_t br = rest.find_first_of("\r\n");
    const std::string_view paragraph = trim(rest.substr(0, br));
    if (!paragraph.empty()) {
      if (!first) w.raw(between);
      first = false;
      std::string_view p = paragraph;
      if (f.quoted) {
        // "" is one quote: the first written from the input, the second left out.
        for (std::size_t q = p.find("\"\""); q != npos; q = p.find("\"\"")) {
          w.put(p.substr(0, q + 1));
          p.remove_prefix(q + 2);
        }
      }
      w.put(p);
    }
    if (br == npos) break;
    rest.remove_prefix(br + 1);
  }
  return !first;
}

// A table cell: each paragraph a line of its own, or, for a column's name (`one_line`), joined with a space.
void write_cell(Writer& w, const Field& f, bool one_line = false) {
  w.raw("\t");
  put_paragraphs(w, f, one_line ? " " : "\n");
  w.raw("\n");
}

// `found`: the header detection found, when it found one (the first row naming a plan's columns is the same in the
// whole text as in its start); else the whole text is looked through, taking short names if no plan's.
Laid read(std::string_view text, char separator, const char* reader, const Header& found) {
  Laid laid{reader, {}, {}, {}, {}, {}};
  Writer w(text, laid);
  const Header h = found.at != npos ? found : find_header(text, separator, text.size(), /*any=*/true);
  Record r;
  std::size_t at = 0;
  // Front matter: each cell that holds anything a line (a title saved in a spreadsheet's first cell, the rest of
  // its row empty); an empty row a blank line, as between the paragraphs of a Word document's text.
  while (at < text.size() && at != h.at) {
    at = read_record(text, at, separator, r, &laid.findings);
    bool any = false;
    for (const Field& f : r.fields) {
      // Its quotes written once, as in the table's cells (a helper's finding: `""draft""` in a title).
      if (!put_paragraphs(w, f, "\n")) continue;
      any = true;
      w.raw("\n");
    }
    if (!any) w.raw("\n");
  }
  if (h.at != npos) {
    // A cell's paragraphs are pieces of their own, and a doubled quote splits one: room for a row's three once.
    laid.pieces.reserve(laid.pieces.size() + 3 * static_cast<std::size_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(at), text.end(), '\n')));
    // The columns read: the three, and the further ones the tab-cell form knows (Lead, Timeline...), up to the first
    // it does not (Budget, Completion Date): that one and those after it are said once, at their names, not read.
    at = read_record(text, at, separator, r, &laid.findings);
    const std::size_t named = h.named();
    std::size_t width = 3;
    while (width < kMaxColumns && width < named && is_extra_column(trim(r.fields[h.field(width)].text))) ++width;
    for (std::size_t k = width; k < named; ++k)
      laid.findings.push_back({DiagnosticCode::layout_unread,
                               fmt::format("the column '{}' is not one mseg reads (docs/format.md, \"Wider tables\"): "
                                           "its cells are not read",
                                           trim(r.fields[h.field(k)].text)),
                               trim(r.fields[h.field(k)].text)});
    for (std::size_t k = 0; k < width; ++k) write_cell(w, r.fields[h.field(k)], /*one_line=*/true);
    while (at < text.size()) {
      at = read_record(text, at, separator, r, &laid.findings);
      const std::size_t n = filled(r);
      if (n == 0) continue;  // an empty row holds nothing to read
      // "Page 2 of 5,,", "2007/TPTWG30/MEG-SEC/005,,": a printed page's number or the document's number pasted into a
      // row of its own is no directive (a helper's findings: a section of its own, unsaid), as in the text forms.
      const auto holds = [](const Field& f) { return !trim(f.text).empty(); };
      if (std::count_if(r.fields.begin(), r.fields.end(), holds) == 1) {
        const std::string_view alone = trim(std::find_if(r.fields.begin(), r.fields.end(), holds)->text);
        const bool page = is_page_number_line(alone);
        if (page || (alone.find_first_of(" ()") == std::string_view::npos && document_number_in(alone))) {
          laid.findings.push_back({DiagnosticCode::page_furniture,
                                   fmt::format("{} removed: '{}'", page ? "page number" : "document number", alone),
                                   alone});
          continue;
        }
      }
      for (std::size_t k = 0; k < h.skip && k < r.fields.size(); ++k)
        if (!trim(r.fields[k].text).empty())
          laid.findings.push_back({DiagnosticCode::layout_unread,
                                   "this cell stands before the table's first column: it is not read",
                                   trim(r.fields[k].text)});
      if (n > h.skip + h.width) note_cells_after(n - h.skip, h.width, r.fields[h.skip + h.width].text, laid.findings);
      for (std::size_t k = 0; k < h.width && h.skip + k < r.fields.size(); ++k)
        if ((h.unnamed >> k & 1) && !trim(r.fields[h.skip + k].text).empty())
          laid.findings.push_back({DiagnosticCode::layout_unread,
                                   "this cell stands in a column with no name in the header row: it is not read",
                                   trim(r.fields[h.skip + k].text)});
      // The named columns the row reaches.
      std::size_t cells = 0;
      while (cells < named && h.field(cells) < r.fields.size()) ++cells;
      if (cells < width)
        // A row typed by hand may leave out its last cells; which ones it left out the text does not say.
        laid.findings.push_back({DiagnosticCode::layout_inferred,
                                 fmt::format("this row has {} cell{} where the table has {}: read as the first {}, "
                                             "the rest empty",
                                             cells, cells == 1 ? "" : "s", width, cells),
                                 trim(r.line)});
      for (std::size_t k = 0; k < width; ++k) {
        if (k < cells) {
          write_cell(w, r.fields[h.field(k)]);
        } else {
          w.raw("\t\n");
        }
      }
    }
  }
  return laid;
}

struct Separated {
  char separator;
  Header header;  // find_header's in the detection limit
};

// A tab-separated file's header.
Separated tsv_header(std::string_view text) { return {'\t', find_header(text, '\t', detection_limit(text))}; }

// A comma-separated file's separator: ',' or ';', which Excel writes where the decimal mark is a comma (much of
// Europe, Latin America, Indonesia, Viet Nam), whichever gives a header row first; with that header.
Separated csv_header(std::string_view text) {
  const std::size_t limit = detection_limit(text);
  const Header comma = find_header(text, ',', limit), semicolon = find_header(text, ';', limit);
  return semicolon.at < comma.at ? Separated{';', semicolon} : Separated{',', comma};
}

double fit(std::string_view text, const Separated& s) { return fit(text, s.separator, s.header); }
Laid read(std::string_view text, const Separated& s, const char* reader) {
  return read(text, s.separator, reader, s.header);
}

}  // namespace

double fit_tsv(std::string_view text) { return fit(text, tsv_header(text)); }
double fit_csv(std::string_view text) { return fit(text, csv_header(text)); }
Laid read_tsv(std::string_view text) { return read(text, tsv_header(text), "tsv"); }
Laid read_csv(std::string_view text) { return read(text, csv_header(text), "csv"); }

}  // namespace mseg::layout
