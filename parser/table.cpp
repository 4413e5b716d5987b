#include "table.hpp"

#include <algorithm>
#include <cstring>
#include <limits>

#include <mseg/parse.hpp>

#include "base/ascii.hpp"
#include "clean.hpp"

namespace mseg {

namespace {

// A cell starts on a line that begins with a tab. Once the table has begun, so does a line of spaces, a tab and
// text: a space typed before a cell's tab is invisible in the word processor (it was read as a lost tab, a
// cell-count error). Spaces and a tab with nothing after are a blank line, as they were.
// Likewise a no-break space or a form feed (a page break pasted at a row's start): a helper's finding, a cell-count
// error though every element came out right.
bool starts_cell(std::string_view line, bool in_table) {
  if (!line.empty() && line[0] == '\t') return true;
  if (!in_table) return false;
  std::size_t i = 0;
  const auto unseen = [&](std::size_t at) {
    return line[at] == ' ' || line[at] == '\f' || (line[at] == '\xC2' && line.substr(at + 1, 1) == "\xA0");
  };
  while (i < line.size() && unseen(i)) i += line[i] == '\xC2' ? 2 : 1;
  if (i == 0 || i >= line.size() || line[i] != '\t') return false;
  for (++i; i < line.size(); ++i)
    if (line[i] != ' ' && line[i] != '\t') return true;
  return false;
}

// Lines that start a cell (starts_cell; at most that many: a count for the array's room), counted before the cells are stored so that the
// cell array is allocated once at its size: growing it by doubling held up to
// three times the cells at the moment of a copy.
std::size_t count_cell_starts(std::string_view text) {
  std::size_t n = 0;
  const char* p = text.data();
  const char* const end = p + text.size();
  while ((p = static_cast<const char*>(std::memchr(p, '\t', static_cast<std::size_t>(end - p))))) {
    // Back over the spaces before it, no-break spaces and form feeds too (each visited once: the walk stops at the
    // byte after the previous tab).
    const char* q = p;
    const auto unseen_before = [&](const char* at) {
      return at[-1] == ' ' || at[-1] == '\f' || (at[-1] == '\xA0' && at - 1 > text.data() && at[-2] == '\xC2');
    };
    while (q > text.data() && unseen_before(q)) q -= q[-1] == '\xA0' ? 2 : 1;
    if (q == text.data() || q[-1] == '\n' || q[-1] == '\r') ++n;
    ++p;
  }
  return n;
}

}  // namespace

bool is_page_number_line(std::string_view t) {
  const auto digits = [](std::string_view s) { return s.size() <= 4 && ascii::all_digits(s); };
  // "- 3 -", as Word's page number fields are often set.
  if (t.size() >= 5 && t.starts_with("- ") && t.ends_with(" -")) return digits(t.substr(2, t.size() - 4));
  if (t.size() < 6 || (t.substr(0, 5) != "Page " && t.substr(0, 5) != "PAGE " && t.substr(0, 5) != "page ")) return false;
  t.remove_prefix(5);
  const std::size_t of = t.find(" of ");
  if (of == std::string_view::npos) return digits(t);
  return digits(t.substr(0, of)) && digits(t.substr(of + 4));
}

std::uint32_t Cell::narrow(std::size_t n) {
  if (n > std::numeric_limits<std::uint32_t>::max()) throw InputError("a table cell of 4 GiB or more");
  return static_cast<std::uint32_t>(n);
}

Table split_table(std::string_view text) {
  Table table;
  // Two more: room for the cells a lost tab's repair puts back (restore_cell), so that no repair moves the array.
  table.cells.reserve(count_cell_starts(text) + 2);
  // find_first_of tests each byte against the set; without any '\r' in the
  // text, memchr for '\n' alone finds the same line ends many times faster.
  const bool has_cr = text.find('\r') != std::string_view::npos;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = has_cr ? text.find_first_of("\r\n", pos) : text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    if (starts_cell(line, !table.cells.empty())) {
      Cell cell;
      cell.set_extent(line);
      table.cells.push_back(cell);
    }
    std::string_view content = trim(line);
    // Before the table too: a page number pasted above the title became the title, unsaid (a helper's finding).
    if ((table.cells.empty() || !starts_cell(line, true)) && is_page_number_line(content)) {
      table.page_numbers.push_back(content);
      content = {};
    }
    if (!content.empty()) {
      if (table.cells.empty()) {
        table.before.push_back(content);
      } else {
        Cell& cell = table.cells.back();
        table.paragraphs.push_back(content);
        cell.set_extent(text.substr(static_cast<std::size_t>(cell.extent().data() - text.data()),
                                    static_cast<std::size_t>(content.data() + content.size() - cell.extent().data())));
      }
    }
    pos = end;
    if (pos < text.size()) {
      if (text[pos] == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') ++pos;
      ++pos;
    }
  }
  // The spans, once the array has stopped growing: a cell's paragraphs are
  // those that stand before the next cell's tab (both are in text order).
  const std::span<const std::string_view> all(table.paragraphs);
  std::size_t k = 0;
  for (std::size_t i = 0; i < table.cells.size(); ++i) {
    const std::size_t from = k;
    if (i + 1 < table.cells.size()) {
      const char* next = table.cells[i + 1].extent().data();
      while (k < all.size() && all[k].data() < next) ++k;
    } else {
      k = all.size();
    }
    table.cells[i].set_paragraphs(all.subspan(from, k - from));
  }
  return table;
}

}  // namespace mseg
