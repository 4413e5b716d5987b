// The pipeline: decode -> lay out (a reader per form) -> split_table -> read front matter, header and rows ->
// read directives, priorities and actions -> number ids -> locate diagnostics.
#include <mseg/deadline.hpp>
#include <mseg/parse.hpp>
#include <mseg/version.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <array>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <utility>

#include "base/permute.hpp"
#include "base/ascii.hpp"
#include "base/huge_pages.hpp"
#include "base/sha256.hpp"
#include "base/text_escape.hpp"
#include "citation.hpp"
#include "clean.hpp"
#include "decode.hpp"
#include "docx_reader.hpp"
#include "extra_column.hpp"
#include "finding.hpp"
#include <mseg/form.hpp>
#include "front_matter.hpp"
#include "layout.hpp"
#include "layout_later_forms.hpp"
#include "lead_tag.hpp"
#include "pdf_reader.hpp"
#include "lost_cell.hpp"
#include "parens.hpp"
#include "resolve_citation.hpp"
#include "patterns.hpp"
#include "source_text.hpp"
#include "table.hpp"
#include "tag.hpp"
#include "text_deadline.hpp"

namespace mseg {
namespace {

constexpr std::string_view kDefaultColumns[3] = {"Directives", "Priorities", "Action Items"};
constexpr std::size_t kMaxHeaderCell = 80;

constexpr std::size_t kMaxLeadLines = 8;  // issue 15: lines a wrapped "Lead:" clause may span
constexpr std::size_t kMaxTagLines = 3;   // lines an action's wrapped tag may span ("(Australia," / "Japan/...)")
constexpr std::size_t kMaxWrapLines = 12;  // lines an action pasted with its wrap may span (wrapped_sentence)
// The shortest line a priority's title is taken to have wrapped at before a line in lower case (title_goes_on): a
// narrow column of a PDF still holds thirty characters or so.
constexpr std::size_t kMinWrappedLine = 25;

// The depth of parentheses after `s`, from `depth` before it; -1 once a ')' closes nothing.
int depth_after(std::string_view s, int depth) {
  for (char c : s) {
    if (c == '(') ++depth;
    else if (c == ')' && --depth < 0) return -1;
  }
  return depth;
}

// The lines a layout took out of a table's text ("Page 2 of 5": Table::page_numbers), in text order: a line wrapped
// around one is still wrapped (a helper's finding: "... working group for" / "Page 2" / "the creation ..." became two
// actions, though the same lines joined without it).
using Removed = std::span<const std::string_view>;

// The first line of `removed` that starts at `at` or after it.
Removed::iterator removed_from(Removed removed, const char* at) {
  return std::lower_bound(removed.begin(), removed.end(), at,
                          [](std::string_view line, const char* p) { return line.data() < p; });
}

// Whether only white space, and lines `removed` took out, stand between the end of `a` and the start of `b` (lines
// of one cell).
bool adjacent(std::string_view a, std::string_view b, Removed removed = {}) {
  const char* end = a.data() + a.size();
  if (b.data() < end) return false;
  auto r = removed_from(removed, end);
  for (const char* c = end; c < b.data(); ++c) {
    if (r != removed.end() && c == r->data() && !r->empty()) {
      c += r->size() - 1;
      ++r;
    } else if (*c != '\n' && *c != '\r' && *c != ' ' && *c != '\t') {
      return false;
    }
  }
  return true;
}

// Whether `b` starts on the line right after the one `a` ends (one line break, only white space between, a line
// `removed` took out counting for none): a blank line ends a paragraph in every form.
bool next_line(std::string_view a, std::string_view b, Removed removed = {}) {
  std::size_t newlines = 0, taken_out = 0;
  const char* end = a.data() + a.size();
  for (const char* c = end; c < b.data(); ++c) newlines += *c == '\n' ? 1 : 0;
  for (auto r = removed_from(removed, end); r != removed.end() && r->data() < b.data(); ++r) ++taken_out;
  return newlines == taken_out + 1 && adjacent(a, b, removed);
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Word exports keep list bullets as characters: ·, •, - or –. The marker's length in bytes, 0 for none.
std::size_t is_bullet(std::string_view p) {
  for (std::string_view marker : {"-", "\u00B7", "\u2022", "\u2013"})
    if (starts_with(p, marker)) return marker.size();
  return 0;
}

// Length of a list's number `p` starts with: one to three digits, a letter or a Roman numeral to "xii", then '.'
// or ')', or any of them in parentheses ("2.", "b)", "(ii)"); 0 for none.
std::size_t list_number(std::string_view p) {
  const bool open = !p.empty() && p[0] == '(';
  std::size_t i = open ? 1 : 0, n = 0;
  while (i + n < p.size() && n < 4 && ascii::digit(p[i + n])) ++n;
  if (n == 0)
    while (i + n < p.size() && n < 5 && std::string_view("ivxIVX").find(p[i + n]) != std::string_view::npos) ++n;
  if (n == 0 && i < p.size() && ascii::letter(p[i])) n = 1;
  if (n == 0 || n > 4 || i + n >= p.size()) return 0;
  const char close = p[i + n];
  if (open ? close != ')' : close != '.' && close != ')') return 0;
  return i + n + 1;
}

// The view from the start of `a` to the end of `b`; both view the same text.
std::string_view join_views(std::string_view a, std::string_view b) {
  return {a.data(), static_cast<std::size_t>(b.data() + b.size() - a.data())};
}

// Whether a joiner (',', ';', '&' or "and"), not white space alone, stands between trailing group `gi` and the one
// after it in the text (`gi` - 1: the groups come last first).
bool joined_to_next(const TrailingGroups& tg, std::size_t gi) {
  if (gi == 0) return false;
  const char* after = tg.groups[gi].data() + tg.groups[gi].size();
  return !trim(std::string_view(after, static_cast<std::size_t>(tg.groups[gi - 1].data() - after))).empty();
}

// `s` as an alias's words are compared when it is written as the alias: ASCII case, runs of white space and
// curly apostrophes (\u2018, \u2019) aside; every other character as written.
std::string soft_folded(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s.substr(i).starts_with("\u2018") || s.substr(i).starts_with("\u2019")) {
      out += '\'';
      i += 2;
    } else if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += ascii::lower(s[i]);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Whether a citation of no known form is written as one of `entry`'s aliases is ("(Adelaide Ministerial
// Statement)", "(Washington, D.C. Ministerial Statement)"): the registry matches aliases ignoring all punctuation,
// so "(Leaders' Statement/2005)" and "(Ministerial Statement, 2004)" match too, but are not so written.
bool written_as_alias(std::string_view group, const cite::Entry& entry) {
  if (group.size() >= 2 && group.front() == '(' && group.back() == ')') group = group.substr(1, group.size() - 2);
  const std::string written = soft_folded(group);
  return std::any_of(entry.aliases.begin(), entry.aliases.end(),
                     [&](const std::string& alias) { return soft_folded(alias) == written; });
}

// "1A" -> "1": the section a directive number belongs to.
std::string section_of(std::string_view number) {
  std::size_t n = 0;
  while (n < number.size() && number[n] >= '0' && number[n] <= '9') ++n;
  return std::string(number.substr(0, n));
}

class Assembler {
 public:
  Assembler(const SourceText& source, Plan& head, PlanSink& sink, const cite::Registry& registry, bool warnings,
            bool fixes)
      : source_(source), plan_(head), sink_(sink), registry_(registry), warnings_(warnings), fixes_(fixes) {}

  // Takes the table to mend in place: a lost tab's repair copied every cell (issue 20 item 12).
  void run(Table& table) {
    read_front(table.before);
    for (std::string_view line : table.page_numbers)
      findings_.push_back({DiagnosticCode::page_furniture, fmt::format("page number removed: '{}'", line), line});
    removed_ = table.page_numbers;
    if (table.cells.empty()) {
      findings_.push_back(no_table(table.before));
      sink_.begin(plan_);
      finish();
      return;
    }
    // A tab lost at the first row's start ran that row into the header's last cell, which no longer reads as
    // a header's (a new user's finding: "no header", and every element read a section off): put back first. Of
    // three columns, where find_lost_cell confirms it; of a wider table's (Lead, Timeline...), at its last name.
    std::vector<Cell>& all = table.cells;
    if (const std::size_t w = header_ran_on(all); w == 3) {
      // The header's last cell ran on: a split of it, never an empty cell lost.
      if (auto lost = find_lost_cell(all, 0, /*empty_cells=*/false); lost && lost->cell == 2) {
        report_lost_cell(all, *lost);
        restore_cell(all, *lost);
      }
    } else if (w > 3) {
      report_header_ran_on(all[w - 1]);
      restore_cell(all, LostCell{w - 1, 1, 0, 0, {}, 0, 0});
    }
    std::size_t first_row = read_header(all);
    sink_.begin(plan_);
    // issue 15: part headings ("Part B. Directives – ...") taken out of the rows.
    std::vector<Cell> unparted;
    const bool parted = take_parts(all, first_row, unparted);
    if (parted) std::vector<Cell>().swap(all);  // read no more: the copy without the headings is
    auto& cells = parted ? unparted : all;
    const std::size_t w = width_;
    if (cells.size() % w != 0) {
      // An empty cell lost is looked for only below a header read, so never among its names (a tab lost before
      // "Action Items" read as an empty cell lost after them, its fix no repair): without a header the damage is
      // likely the header's, and an empty cell's place a confident guess at the wrong line (two reviews' findings).
      if (auto lost = w == 3 ? find_lost_cell(cells, first_row, /*empty_cells=*/first_row > 0) : std::nullopt) {
        report_lost_cell(cells, *lost);
        restore_cell(cells, *lost);
      } else {
        std::size_t partial = cells.size() % w;
        findings_.push_back({DiagnosticCode::cell_count,
                             fmt::format("the table has {} cells, not a multiple of {}: its last row has {}",
                                         cells.size(), w == 3 ? "three" : std::to_string(w),
                                         partial == 1 ? "1 cell" : fmt::format("{} cells", partial)),
                             cells[cells.size() - partial].extent()});
      }
    } else if (misplaced_part_.data()) {
      // Whole rows, but a part heading stands past a row's start: a tab lost in the rows above and one more further
      // on, or the heading's empty cells, made the count whole again (a helper's finding: a wider table's lost tab
      // read silently, its Part B heading taken as the row's Timeline).
      findings_.push_back({DiagnosticCode::cell_count,
                           part_ran_on_ ? "a part heading seems to start here without its tab: it ends the row above"
                                        : "a part heading stands past a row's start: a cell's tab was lost, or one "
                                          "added, in the rows above it",
                           misplaced_part_});
    }
    const auto& rows = cells;
    static const Cell kEmpty{};
    std::size_t next_part = 0;
    for (std::size_t i = first_row; i < rows.size(); i += w) {
      const Cell& d = rows[i];
      const Cell& p = i + 1 < rows.size() ? rows[i + 1] : kEmpty;
      const Cell& a = i + 2 < rows.size() ? rows[i + 2] : kEmpty;
      // issue 15: a part heading standing before this row starts a new part.
      while (next_part < parts_.size() && d.extent().data() && parts_[next_part].first.data() < d.extent().data()) {
        if (part_changed_) heads_no_row(parts_[next_part - 1]);  // the heading before heads nothing
        part_ = parts_[next_part++].second;
        part_changed_ = true;
      }
      for (std::size_t k = 3; k < w; ++k) extras_[k - 3] = i + k < rows.size() ? &rows[i + k] : &kEmpty;
      read_row(d, p, a);
    }
    if (part_changed_) heads_no_row(parts_[next_part - 1]);
    for (; next_part < parts_.size(); ++next_part) heads_no_row(parts_[next_part]);
    finish();
  }

 private:
  void read_front(const std::vector<std::string_view>& before) {
    front_lines_ = read_front_matter(before, plan_, findings_);  // issue 15: parser/front_matter.cpp
  }

  // issue 15: what was looked for, and where: just past the front matter,
  // where the table should have begun.
  Finding no_table(const std::vector<std::string_view>& before) {
    const std::string_view text = source_.text();
    // A layout reader (--layout, or chosen by detection) that laid out no table: named, since the tab-cell
    // wording would send the reader looking for tabs the text may well have.
    if (const std::string_view reader = source_.reader(); reader != "tab-cells") {
      const std::string_view where = before.empty() ? text.substr(0, 0) : before.front().substr(0, 0);
      if (reader == "docx" || reader == "pdf")
        return {DiagnosticCode::no_table,
                fmt::format("no table found: the .{} holds no table whose first row names the columns", reader),
                where};
      return {DiagnosticCode::no_table,
              fmt::format("no table found: the {} reader (docs/format.md) found no table in this text; --layout "
                          "names another form",
                          reader),
              where};
    }
    if (before.empty())
      return {DiagnosticCode::no_table,
              "no table found: looked for a tab-cell table (cells on lines that start with a tab), but the text "
              "has no line that is not blank",
              text.substr(0, 0)};
    // An HTML table (`pandoc -t gfm` writes one for a table whose cells hold paragraphs): named, with the forms
    // that are read (a new user's finding: the message named neither).
    for (std::string_view line : before) {
      const std::size_t at = line.find("<table");
      if (at == std::string_view::npos) continue;
      return {DiagnosticCode::no_table,
              "no table found: this is an HTML table, which mseg does not read; give it the .docx itself, or "
              "Markdown with a pipe or grid table (pandoc -t markdown), or the tab-cell text Word saves",
              line.substr(at, 6)};
    }
    const std::size_t n = std::min(front_lines_, before.size());
    const std::string_view last = before[n == 0 ? 0 : n - 1];
    const std::uint32_t end_line = source_.span(last).end_line;
    // The next line's start, where the table was looked for; else the text's end.
    const std::string_view where =
        n < before.size() ? before[n].substr(0, 0)
                          : text.substr(static_cast<std::size_t>(last.data() + last.size() - text.data()), 0);
    return {DiagnosticCode::no_table,
            fmt::format("no table found: looked for a tab-cell table (cells on lines that start with a tab) after "
                        "the front matter, which ends at line {}; no line starts with a tab",
                        end_line),
            where};
  }

  // One error where the tab was lost, and a note on how the table is read
  // from there, instead of an error at the table's end and a warning for
  // every cell misread on the way.
  void report_lost_cell(const std::vector<Cell>& cells, const LostCell& lost) {
    static constexpr std::string_view kColumn[3] = {"directives", "priorities", "actions"};
    static constexpr std::string_view kLooks[3] = {"a directive", "a priority", "an action"};
    const Cell& cell = cells[lost.cell];
    // An empty cell's line (its tab alone) lost: said where the next cell starts, as nothing of its own is left.
    const bool empty = lost.empty(cells);
    const std::string_view paragraph = empty ? std::string_view() : cell.paragraphs()[lost.paragraph];
    const std::string_view at =
        empty ? lost_empty_cell_at(cells, lost) : line_start_of(paragraph, cell.extent()).substr(0, 0);
    const std::uint32_t line = source_.span(at).line;
    Finding error{DiagnosticCode::cell_count,
                  fmt::format("{}: the table has {} cells, not a multiple of three, and line {}, {}, would stand in "
                              "the {} column",
                              empty ? "an empty table cell seems lost before here (a line holding only its tab)"
                                    : "a table cell seems to start here without its tab",
                              cells.size(), source_.span(lost.misfit).line, kLooks[lost.misfit_looks],
                              kColumn[lost.misfit_column]),
                  at};
    // A guess: the plan's author must confirm it.
    error.fix = std::make_unique<FindingFix>(
        FindingFix{at, empty ? "\t\n" : "\t",
                   empty ? fmt::format("insert a line holding a tab before line {}", line)
                         : fmt::format("insert a tab at the start of line {}", line),
                   false});
    findings_.push_back(std::move(error));
    findings_.push_back({DiagnosticCode::cell_boundary_assumed,
                         empty ? fmt::format("read as if an empty {} cell stood before this line; the rows after it "
                                             "are read from there",
                                             kColumn[lost.column])
                               : fmt::format("read as the start of the row's {} cell, as if the tab were there; the "
                                             "rows after it are read from this boundary",
                                             kColumn[lost.column]),
                         empty ? at : paragraph});
  }

  // The header's width (3, or a wider table's: the three names, then further columns' names) when its last name's
  // cell holds more lines after the name and the table is short of whole rows: the first row's tab lost, not a
  // header missing (a new user's finding; a review's, for a table of five columns read as four). 0 otherwise.
  static std::size_t header_ran_on(const std::vector<Cell>& cells) {
    if (cells.size() < 3) return 0;
    for (std::size_t k = 0; k < 2; ++k)
      if (cells[k].paragraphs().size() != 1) return 0;
    const auto c = cells[2].paragraphs();
    if (c.empty() || c[0].size() > kMaxHeaderCell ||
        plan_column_score(cells[0].paragraphs()[0], cells[1].paragraphs()[0], c[0]) < 2)
      return 0;
    if (c.size() > 1) return cells.size() % 3 != 0 ? 3 : 0;
    std::size_t w = 3;
    while (w < 6 && w < cells.size() && !cells[w].paragraphs().empty() && is_extra_column(cells[w].paragraphs()[0])) {
      ++w;
      if (cells[w - 1].paragraphs().size() > 1) break;  // the last name, running on
    }
    if (w == 3 || cells[w - 1].paragraphs().size() < 2 || (cells.size() + 1) % w != 0) return 0;
    return w;
  }

  // One error where the tab was lost, and a note on how the table is read from there, as report_lost_cell's.
  void report_header_ran_on(const Cell& cell) {
    const std::string_view paragraph = cell.paragraphs()[1];
    const std::string_view line = line_start_of(paragraph, cell.extent());
    const std::uint32_t at = source_.span(line).line;
    Finding error{DiagnosticCode::cell_count,
                  fmt::format("a table cell seems to start here without its tab: the header's last cell, '{}', runs "
                              "on into line {}, and the table is one cell short of whole rows",
                              cell.paragraphs()[0], at),
                  line.substr(0, 0)};
    error.fix = std::make_unique<FindingFix>(
        FindingFix{line.substr(0, 0), "\t", fmt::format("insert a tab at the start of line {}", at), false});
    findings_.push_back(std::move(error));
    findings_.push_back({DiagnosticCode::cell_boundary_assumed,
                         "read as the start of the first row, as if the tab were there; the rows after it are read "
                         "from this boundary",
                         paragraph});
  }

  // Returns the index of the first data cell.
  std::size_t read_header(const std::vector<Cell>& cells) {
    bool header = cells.size() >= 3;
    for (std::size_t i = 0; header && i < 3; ++i) {
      const auto ps = cells[i].paragraphs();
      if (ps.size() > 1) header = false;
      // A cell ending in ')' is a tag's or a citation's, unless it names a column: "Action Items (Owner/Deadline)"
      // (a new user's spreadsheet; docs/format.md).
      if (ps.size() == 1 && (ps[0].size() > kMaxHeaderCell || (ps[0].back() == ')' && !column_name_with_parenthesis(ps[0]))))
        header = false;
    }
    if (header && cells[0].paragraphs().empty() && cells[1].paragraphs().empty() && cells[2].paragraphs().empty())
      header = false;
    if (header && !cells[0].paragraphs().empty()) {
      std::string_view first = cells[0].paragraphs()[0], number;
      if (patterns::consume_directive_number(first, number)) header = false;  // a numbered directive, not a header
    }
    if (header) {
      // Sentences are a row's, not names, where none names a plan's column: a reader that took a row's first lines
      // for the names (a browser's PDF whose names, centred both ways, wrapped: "APEC economies will adopt ...
      // building. Capacity") lost them without a word (helper 75's finding, exit 0). Unusual names are short:
      // "Leaders' Instructions", "Focus Areas", "Tasks", "No.". A sentence: nine words or more, or four or more
      // ending in a full stop.
      std::array<std::string_view, 3> names;
      for (std::size_t i = 0; i < 3; ++i)
        names[i] = cells[i].paragraphs().empty() ? std::string_view() : cells[i].paragraphs()[0];
      if (plan_column_score(names[0], names[1], names[2]) == 0)
        for (std::string_view n : names) {
          const std::size_t words = word_count(n);
          header = header && words < 9 && !(words >= 4 && n.ends_with('.'));
        }
    }
    if (header) {
      for (std::size_t i = 0; i < 3; ++i)
        plan_.columns[i] =
            cells[i].paragraphs().empty() ? std::string() : collapse_whitespace(cells[i].paragraphs()[0]);
      // issue 15: a wider table names its further columns (Lead, Timeline, Status...) after the three.
      while (width_ < 6 && width_ < cells.size() && cells[width_].paragraphs().size() == 1 &&
             is_extra_column(cells[width_].paragraphs()[0])) {
        plan_.extra_columns.push_back(collapse_whitespace(cells[width_].paragraphs()[0]));
        ++width_;
      }
      return width_;
    }
    for (std::size_t i = 0; i < 3; ++i) plan_.columns[i] = std::string(kDefaultColumns[i]);
    findings_.push_back({DiagnosticCode::no_header,
                         "the table has no header row: its first row should name the three columns",
                         cells[0].extent()});
    return 0;
  }

  void read_row(const Cell& d, const Cell& p, const Cell& a) {
    // A row of three list items, each a paragraph alone, the directive's citing nothing and the action's untagged:
    // a cell's bullets typed each after a tab (a helper's finding: they made a section of their own, the action
    // below them moved into it, and only a missing citation and a missing tag were said).
    const auto bullet = [](const Cell& c) {  // a marker, a space and words: not a rule of dashes ("---")
      if (c.paragraphs().empty()) return false;
      const std::string_view q = c.paragraphs().front();
      const std::size_t marker = is_bullet(q);
      return marker != 0 && marker + 1 < q.size() && q[marker] == ' ' && q[marker + 1] != ' ';
    };
    if (bullet(d) && bullet(p) && bullet(a) && d.paragraphs().size() == 1 && p.paragraphs().size() == 1 &&
        !ends_in_citation(d.paragraphs().front()) && !reads_as_tag_at_end(a.paragraphs().front()))
      findings_.push_back({DiagnosticCode::cell_count,
                           fmt::format("a row of three list items ('{}', '{}', '{}'): a cell's bullets typed each "
                                       "after a tab read as a row's cells, and the cells after them may stand a row "
                                       "off",
                                       shortened(d.paragraphs().front(), 40), shortened(p.paragraphs().front(), 40),
                                       shortened(a.paragraphs().front(), 40)),
                           d.paragraphs().front()});
    std::vector<Directive> directives = read_directives(d);
    bool new_section = !open_ || part_changed_;
    if (!directives.empty()) {
      std::optional<std::string> number;
      if (directives.front().number) number = section_of(*directives.front().number);
      // "2E." after "2A.".."2D." carries on section 2 rather than starting another.
      bool continues = open_ && !part_changed_ && number && section_.number && *section_.number == *number;
      new_section = !continues;
    }
    if (new_section) {
      if (open_) emit();
      open_ = true;
      if (!directives.empty() && directives.front().number) section_.number = section_of(*directives.front().number);
      section_.part = part_;  // issue 15
      part_changed_ = false;
      section_begin_ = d.extent().data();
      section_end_ = d.extent().data() + d.extent().size();
    }
    Section& s = section_;
    make_room(s.directives, directives.size());
    for (auto& dir : directives) s.directives.push_back(std::move(dir));
    make_room(s.actions, action_lines(a.paragraphs()));
    read_priorities(p, s);
    const std::size_t actions_before = s.actions.size();
    const std::size_t tags_before = tags_read_;
    read_actions(a, s);
    settle_misplaced(tags_read_ > tags_before);
    if (width_ > 3) read_extras(s, actions_before);  // issue 15
    settle_findings();
    for (const Cell* c : {&d, &p, &a})
      if (c->extent().data()) section_end_ = std::max(section_end_, c->extent().data() + c->extent().size());
    for (std::size_t k = 0; k + 3 < width_; ++k)  // issue 15: a wider row's further cells are the row's too
      if (extras_[k]->extent().data())
        section_end_ = std::max(section_end_, extras_[k]->extent().data() + extras_[k]->extent().size());
  }

  // Why an action's ending that looks like a tag is none: full-width parentheses, or square or curly brackets
  // around a '/' ("[Japan/2008]"). Empty when nothing looks like one.
  static std::string tag_lookalike(std::string_view text) {
    const std::string_view end = trim_end(text);
    if (end.ends_with("\uFF09") && end.find("\uFF08") != std::string_view::npos)
      return ": it ends in full-width parentheses '\uFF08 \uFF09', which are no tag's; write '(' and ')'";
    // A slash that only looks like one (a new user's finding: no hint): full-width, division, fraction.
    if (!end.empty() && end.back() == ')')
      if (const std::size_t open = end.rfind('('); open != std::string_view::npos)
        for (std::string_view slash : {"\uFF0F", "\u2215", "\u2044"})
          if (end.find(slash, open) != std::string_view::npos && end.find('/', open) == std::string_view::npos)
            return fmt::format(": its last parenthesis has '{}', which looks like a '/' but is no tag's; write '/'",
                               slash);
    for (const auto& [open, close] : {std::pair{'[', ']'}, std::pair{'{', '}'}})
      if (!end.empty() && end.back() == close) {
        const std::size_t at = end.rfind(open);
        if (at != std::string_view::npos && end.find('/', at) != std::string_view::npos)
          return fmt::format(": it ends in '{}...{}' around a '/', and a tag is written in round parentheses", open,
                             close);
      }
    // A new user's findings: a tag that lost its ')' or its '/' was said to be missing, as if none were written.
    const std::size_t open = end.rfind('(');
    if (open == std::string_view::npos || end.size() - open > 120) return {};
    const std::string_view last = end.substr(open);
    if (last.find(')') == std::string_view::npos && last.find('/') != std::string_view::npos)
      return fmt::format(": '{}' at its end is not closed; a tag ends in ')'", shortened(last, 60));
    if (end.back() == ')' && last.find('/') == std::string_view::npos && last.find(',') == std::string_view::npos) {
      // "(Chair March 2008)": a name, then a time, with nothing between ("(Bangkok, March 2008)" is a place).
      const std::string_view inside = trim(last.substr(1, last.size() - 2));
      // "(Ministerial Statement 2004)": a source, cited.
      if (patterns::names_cited_document(inside) || ascii::contains_ci(inside, "agenda")) return {};
      // "(Japan|March 2008)": a bar typed for the '/' is where the '/' goes (a helper's finding: the hint was
      // "(Japan|March/2008)", owner "Japan|March").
      if (const std::size_t bar = inside.find('|');
          bar != std::string_view::npos && inside.find('|', bar + 1) == std::string_view::npos) {
        const std::string_view owner = trim(inside.substr(0, bar)), time = trim(inside.substr(bar + 1));
        if (!owner.empty() && read_deadline(time).kind != DeadlineKind::unknown)
          return fmt::format(": if '{}' names its owner and deadline, write '/' between them: '({}/{})'", last, owner,
                             time);
      }
      for (std::size_t space = inside.find(' '); space != std::string_view::npos; space = inside.find(' ', space + 1)) {
        // Not after a dash: "(Singapore May 2009 - ongoing)" is no owner "Singapore May 2009 -" (a review's finding).
        std::string_view owner = trim(inside.substr(0, space));
        if (owner.empty() || owner.back() == '-' || owner.ends_with("\u2013") || owner.back() == ',') continue;
        // A bar typed for the '/' is replaced, not kept before it (a helper's finding: the hint for "(Japan | March
        // 2008)" was "(Japan |/March 2008)"); so is a colon ("(Australia: March 2008)" was told "(Australia:/March
        // 2008)", a review's finding).
        const bool colon = owner.back() == ':';
        if (owner.back() == '|' || colon) owner = trim(owner.substr(0, owner.size() - 1));
        // Not a field's or a role's colon: "(Deadline: March 2008)" names no owner Deadline (a review's finding: the
        // hint wrote one, which mseg then read in silence).
        if (colon && field_or_role_label(owner)) return {};
        if (owner.empty()) continue;
        if (read_deadline(inside.substr(space + 1)).kind != DeadlineKind::unknown)
          return fmt::format(": if '{}' names its owner and deadline, write '/' between them: '({}/{})'", last,
                             owner, trim(inside.substr(space + 1)));
      }
    }
    return {};
  }

  // The paragraphs that may each start an action: a line that starts with '(' is most often a tag on its own
  // line, which joins the action above (room for an action per line made a plan of tag lines take 160 bytes of
  // address space per 13-byte line for nothing, issue 20 item 12).
  static std::size_t action_lines(std::span<const std::string_view> paragraphs) {
    std::size_t n = 0;
    for (std::string_view p : paragraphs) n += p.empty() || p.front() != '(';
    return n;
  }

  // The lines after paragraph `k` that are each a tag and nothing else, up to the next that is not: the tags
  // on lines of their own that action `k` gains, so that its tags are given their room once (grown a line at a
  // time, they were a third of the peak of a plan of tag lines). Only lines that read as a tag beyond doubt are
  // counted: those all join action `k`, so no two actions reserve for one line (a review's finding: counting
  // every '(' line, a run of "(a) Develop ..." actions reserved for the rest of the run each, quadratic).
  std::size_t tag_lines_after(std::span<const std::string_view> paragraphs, std::size_t k) {
    std::size_t end = k + 1;
    while (end < paragraphs.size() && whole_tag_line(paragraphs[end])) ++end;
    return end - k - 1;
  }

  // Whether the cell's next line with text after paragraph `k` is a tag on its own line, which the action at `k`
  // takes (blank lines between, as in the Ha Noi plan).
  static bool tag_line_follows(std::span<const std::string_view> paragraphs, std::size_t k) {
    for (std::size_t j = k + 1; j < paragraphs.size(); ++j)
      if (!trim(paragraphs[j]).empty()) return whole_tag_line(paragraphs[j]);
    return false;
  }

  // Whether a line is one parenthesis, and it reads as a tag: "(Japan/2006)", not "(a) Develop ... (Japan/2006)".
  static bool whole_tag_line(std::string_view line) {
    const std::string_view t = trim(line);
    if (t.size() < 3 || t.front() != '(' || t.back() != ')') return false;
    int depth = 0;
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
      depth += t[i] == '(' ? 1 : t[i] == ')' ? -1 : 0;
      if (depth == 0) return false;  // the first parenthesis closes before the line's end
    }
    return reads_as_tag(t);
  }

  // Room for `more` elements: exactly, for a section's first row (most have
  // one), and by half again for later rows, so long sections stay linear.
  // push_back's doubling left a fifth of a large plan's actions unused.
  template <typename T>
  static void make_room(std::vector<T>& v, std::size_t more) {
    const std::size_t need = v.size() + more;
    if (need > v.capacity()) v.reserve(v.empty() ? need : std::max(need, v.capacity() + v.capacity() / 2));
  }

  // "a) develop ...", "iii) share ...", "2) report ...": a list item's marker, which closes no parenthesis (a new
  // user's finding: each drew an unbalanced-parentheses warning, and --strict failed on a plan as written). At a
  // line's start, or after a space where a text form joined the items into one line ("... as follows: a) develop
  // guidelines; b) share ...", a review's finding). The positions of their ')'.
  // Only a ')' that would close nothing is one: "(Annex A) and" closes its parenthesis.
  static void list_markers(std::string_view p, std::vector<std::size_t>& at) {
    at.clear();
    int depth = 0;
    for (std::size_t close = 0; close < p.size(); ++close) {
      if (p[close] == '(') ++depth;
      if (p[close] != ')') continue;
      if (depth > 0) {
        --depth;
        continue;
      }
      if (close + 1 >= p.size() || p[close + 1] != ' ') continue;  // an item's words follow its marker
      std::size_t i = close;
      while (i > 0 && close - i < 4 && ascii::alnum(p[i - 1])) --i;
      if (i == close || (i > 0 && p[i - 1] != ' ')) continue;
      // Mid-line, after what lists items: ':', ';', ',', "and", "or" ("... as follows: a) ...; b) ... and c) ...").
      // A tag that lost its '(' ("AEG/TPTWG 37)") is warned of still (a check of the fuzz corpus).
      if (i > 0) {
        const std::string_view before = trim_end(p.substr(0, i));
        const bool lists = !before.empty() && (before.back() == ':' || before.back() == ';' || before.back() == ',' ||
                                               before.ends_with(" and") || before.ends_with(" or"));
        if (!lists) continue;
      }
      const std::string_view marker = p.substr(i, close - i);
      const bool letter = marker.size() == 1;
      const bool number = marker.size() <= 2 && ascii::all_digits(marker);
      const bool roman = marker.find_first_not_of("ivxIVX") == std::string_view::npos;
      // "1a)", "2b)": a sub-item (a directive's number is written "1A)").
      const bool sub = marker.size() >= 2 && marker.size() <= 3 && ascii::is_lower(marker.back()) &&
                       ascii::all_digits(marker.substr(0, marker.size() - 1));
      if (letter || number || roman || sub) at.push_back(close);
    }
  }

  void check_parens(std::string_view paragraph) {
    // A marker is a ')' that closes nothing: balanced text has none, and is not scanned for them (the fast path
    // of nearly every paragraph).
    std::optional<std::size_t> at = unbalanced_paren(paragraph);
    if (!at) return;
    std::vector<std::size_t> markers;
    list_markers(paragraph, markers);
    if (!markers.empty()) {
      std::string unmarked(paragraph);
      for (std::size_t m : markers) unmarked[m] = ' ';
      at = unbalanced_paren(unmarked);
    }
    if (at) {
      findings_.push_back({DiagnosticCode::unbalanced_parentheses,
                           fmt::format("'{}' has no matching '{}'", paragraph[*at], paragraph[*at] == '(' ? ')' : '('),
                           paragraph.substr(*at, 1)});
    }
  }

  // Whether paragraph `p` ends in a group that reads as a tag beyond doubt.
  bool reads_as_tag_at_end(std::string_view p) {
    trailing_groups(p, ".;", scratch_groups_);
    return !scratch_groups_.groups.empty() && reads_as_tag(scratch_groups_.groups.front());
  }

  // "(Australia/March 2008)" closing a directive or a priority: an action's tag, so the row's cells are not
  // where their columns say (a lost or an extra tab, a column not known). The plan is read on as before, but
  // as an error: one whose actions are read as directives must not validate, nor answer queries as if whole.
  // Held until the row's actions are read: the error needs the row to agree (its action cell has no tag,
  // the tags having moved); a row whose actions have tags keeps the finding the parenthesis drew before.
  struct Misplaced {
    std::string_view group;
    const char* element;
    Findings held;  // what the parenthesis drew as a citation (unknown-citation), given back if no error
  };
  void hold_tag_in_wrong_column(const char* element, std::string_view group, Findings held = {}) {
    misplaced_.push_back({group, element, std::move(held)});
  }
  void settle_misplaced(bool row_has_tags) {
    for (Misplaced& m : misplaced_) {
      if (row_has_tags) {
        for (Finding& f : m.held) findings_.push_back(std::move(f));
        continue;
      }
      findings_.push_back({DiagnosticCode::tag_in_wrong_column,
                           fmt::format("a {} ends in an action's tag '{}' and the row's action cell has none: the "
                                       "table's columns seem shifted here (a lost or an extra tab, or a column mseg "
                                       "does not know)",
                                       m.element, shortened(m.group, 80)),
                           m.group});
    }
    misplaced_.clear();
  }

  // A priority's paragraph that ends in a tag, and has no number ("1.2 Meetings (SOM III/2006)" is a priority).
  void check_priority_paragraph(std::string_view p) {
    if (p.empty() || (p.back() != ')' && p.back() != '.' && p.back() != ';')) return;
    if (std::string_view rest = p, number; patterns::consume_priority_number(rest, number)) return;
    trailing_groups(p, ".;", groups_);
    if (!groups_.groups.empty() && reads_as_tag(groups_.groups.front()))
      hold_tag_in_wrong_column("priority", groups_.groups.front());
  }

  // A dash between a number and its text ("1.3 - Training", "1A \u2013 Support") is the number's: taken off
  // `rest`, so that it does not start the title or the text (a new user's finding: the title "- Training").
  static void take_number_separator(std::string_view& rest) {
    std::size_t n = 0;
    for (const std::string_view dash : {"-", "\u2013", "\u2014"})
      if (rest.starts_with(dash)) n = dash.size();
    if (n == 0 || n >= rest.size() || !is_space(rest[n])) return;
    rest.remove_prefix(n);
    while (!rest.empty() && is_space(rest.front())) rest.remove_prefix(1);
  }

  // "4 – Implement ...", "4: Implement ...": a number of digits alone, then a dash or a colon, a space and a
  // capital, taken off `p` (a helper's finding: no number, and so a section with none, unsaid, where "4." and "1B –"
  // were read). Not "4)", which starts a list's item as often.
  static bool digits_then_mark(std::string_view& p, std::string_view& number) {
    std::size_t n = 0;
    while (n < p.size() && n < 4 && ascii::digit(p[n])) ++n;
    if (n == 0 || n > 3) return false;
    std::size_t i = n;
    while (i < p.size() && is_space(p[i])) ++i;
    std::size_t mark = 0;
    if (i < p.size() && p[i] == ':') mark = 1;  // "4: Implement", "4 : Implement"
    for (const std::string_view dash : {"-", "\u2013", "\u2014"})
      if (mark == 0 && p.substr(i).starts_with(dash)) mark = dash.size();
    std::size_t j = i + mark;
    if (mark == 0 || j >= p.size() || !is_space(p[j])) return false;
    while (j < p.size() && is_space(p[j])) ++j;
    if (j >= p.size() || !ascii::is_upper(p[j])) return false;
    number = p.substr(0, n);
    p.remove_prefix(j);
    return true;
  }

  // A directive's number taken off `p` ("1A.", "4."), but not a priority's: "4.1 Japan's proposal" in the
  // directives column is no directive 4 whose text is "1 Japan's proposal".
  // letter_paren: "1a) ..." is a directive's number too, in a cell whose first paragraph is numbered so (a helper's
  // finding: no number, no section, unsaid); in another cell it is a list's item in the directive above ("1A.
  // Ministers:" / "1a) share drills").
  static bool directive_number(std::string_view& p, std::string_view& number, bool letter_paren = false) {
    // "· 1A. Ministers ...": a typed number in a paragraph Word's list also bullets (a helper's finding: a cell's
    // directives were one, numberless, their citations but the last left in its text, unsaid). The bullet goes
    // with the number; a bullet before anything else stays the text's.
    // Only a number with its capital and its stop ("1A."): a list's "· 1. strengthen ..." or "• 3D printing", "• 5G
    // ..." are the directive's items (a review's finding: they were made directives "1", "3D", "5G").
    // "- 1D. Ministers", "– 1D.": a dash typed as the bullet likewise (a helper's finding: the directive read as the
    // rest of the one above, whose citation it took, unsaid).
    // An em dash too, which is_bullet leaves to the text elsewhere; a space after the bullet either way.
    if (std::size_t bullet = p.starts_with("\u2014") ? 3 : is_bullet(p); bullet != 0 && p.substr(bullet, 1) == " ") {
      std::string_view after = trim(p.substr(bullet));
      std::size_t digits = 0;
      while (digits < after.size() && digits < 4 && ascii::digit(after[digits])) ++digits;
      // "- 1D) Ministers" as well (a review's finding: 1D the rest of 1C still).
      if (digits != 0 && digits <= 3 && digits + 2 < after.size() && ascii::is_upper(after[digits]) &&
          (after[digits + 1] == '.' || after[digits + 1] == ')')) {
        if (!directive_number(after, number, letter_paren)) return false;
        p = after;
        return true;
      }
    }
    std::string_view probe = p, priority;
    if (patterns::consume_priority_number(probe, priority)) return false;
    // "1 B. Leaders": a directive's words start with a capital; "5 I. conventions ..." is a wrapped line's (a
    // review's finding).
    if (probe = p; patterns::consume_directive_number(probe, number))
      return number.find_first_of(" -") == std::string_view::npos || (!probe.empty() && ascii::is_upper(probe.front()))
                 ? (p = probe, true)
                 : false;
    if (!letter_paren) return false;
    std::size_t n = 0;
    while (n < p.size() && n < 4 && ascii::digit(p[n])) ++n;
    if (n == 0 || n > 3 || n + 2 >= p.size() || !ascii::is_lower(p[n]) || p[n + 1] != ')' || !is_space(p[n + 2]))
      return false;
    number = p.substr(0, n + 1);
    p.remove_prefix(n + 2);
    while (!p.empty() && is_space(p.front())) p.remove_prefix(1);
    return true;
  }

  // Whether a paragraph ends in what reads as a citation, of a known form or not ("(SOM Report 2006)" ends a
  // directive as surely): scratch findings, only the answer is wanted.
  // known_form: only a citation of a known form counts ("(Ministerial Statement 2007)", not "(Japan 2008)").
  bool ends_in_citation(std::string_view p, bool known_form = false) {
    take_footnote_mark(p);
    trailing_groups(p, ".;", citation_groups_);
    if (citation_groups_.groups.empty()) return false;
    Findings scratch;
    const auto found = read_citations(citation_groups_.groups.front(), scratch);
    return !found.empty() && (!known_form || found.front().citation.kind != "unknown");
  }

  // Whether paragraph `p` holds citations of a known form and nothing else, perhaps joined by ',', ';' or "and".
  bool only_citations(std::string_view p) {
    p = trim(p);
    if (p.empty() || p.front() != '(' || (p.back() != ')' && p.back() != '.' && p.back() != ';')) return false;
    trailing_groups(p, ".;", citation_groups_, /*joined=*/true);
    if (citation_groups_.groups.empty() || !trim(citation_groups_.rest).empty()) return false;
    Findings scratch;
    for (const std::string_view g : citation_groups_.groups) {
      const auto found = read_citations(g, scratch);
      if (found.empty() || std::any_of(found.begin(), found.end(),
                                       [](const auto& c) { return c.citation.kind == "unknown"; }))
        return false;
    }
    return true;
  }

  // Where a second directive starts inside paragraph `p`, or npos: after a citation of a known form mid-line, then
  // '.' or ';' or nothing, a space and a directive's number with its letter ("1B."), the rest ending in a citation
  // of a known form too ("1A. ... (Ministerial Statement 2007) 1B. ... (Leaders' Statement 2005)": a helper's
  // finding, directive 1B and the first citation lost in 1A's text, unsaid).
  // In a paragraph with no number of its own, an unnumbered plan's, the second starts with a capital instead ("...
  // measures (Ministerial Statement 2007) Ministers supported ... (Ministerial Statement 2007)": a helper's finding,
  // two directives of the 2007 plan whose line break was lost read as one, the first citation in its text, unsaid).
  std::size_t second_directive_at(std::string_view p) {
    if (!ends_in_citation(p, true)) return std::string_view::npos;  // every rest ends where `p` does: asked once
    std::string_view own = p, own_number;
    const bool unnumbered = !directive_number(own, own_number);
    return next_after_group(p, [&](std::string_view group, std::size_t at) {
      std::string_view rest = p.substr(at), number;
      const bool starts = unnumbered && ascii::is_upper(p[at])
                              ? true
                              : ascii::digit(p[at]) && directive_number(rest, number) && ascii::letter(number.back());
      return starts &&
             ends_in_citation(p.substr(0, static_cast<std::size_t>(group.data() + group.size() - p.data())), true);
    });
  }

  // Where an element may start after a group at the top level of `p`: past the group, a '.' or ';' or none, and one
  // space or more, at a character; the first such place `starts(group, at)` takes, or npos.
  template <typename Starts>
  static std::size_t next_after_group(std::string_view p, Starts starts) {
    std::size_t depth = 0, open = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
      if (p[i] == '(') {
        if (depth++ == 0) open = i;
        continue;
      }
      if (p[i] != ')' || depth == 0 || --depth > 0) continue;
      std::size_t j = i + 1;
      if (j < p.size() && (p[j] == '.' || p[j] == ';')) ++j;
      const std::size_t spaces = j;
      while (j < p.size() && is_space(p[j])) ++j;
      if (j > spaces && j < p.size() && starts(p.substr(open, i + 1 - open), j)) return j;
    }
    return std::string_view::npos;
  }

  // The cell's paragraphs with each run-on one read apart at a point `at` finds, with a note where each further
  // element starts; the cell's own paragraphs when none has one, as most cells. `out` holds the pieces.
  template <typename At>
  std::span<const std::string_view> split_paragraphs(const Cell& cell, At at, const char* message,
                                                     std::vector<std::string_view>& out) {
    const auto has_second = [&](std::string_view p) { return at(p) != std::string_view::npos; };
    const std::span<const std::string_view> paragraphs = cell.paragraphs();
    if (std::none_of(paragraphs.begin(), paragraphs.end(), has_second)) return paragraphs;
    out.clear();
    for (std::string_view p : paragraphs) {
      for (std::size_t from; (from = at(p)) != std::string_view::npos; p.remove_prefix(from)) {
        out.push_back(trim_end(p.substr(0, from)));
        findings_.push_back({DiagnosticCode::paragraph_break_assumed, message, p.substr(from, 0)});
      }
      out.push_back(p);
    }
    return out;
  }

  std::vector<Directive> read_directives(const Cell& cell) {
    const std::span<const std::string_view> paragraphs = split_paragraphs(
        cell, [this](std::string_view p) { return second_directive_at(p); },
        "a citation mid-line, then a directive's number (or, in a directive with none, a capital) and a sentence that "
        "ends in a citation of its own: read as two directives, the second starting here (a line break lost?)",
        split_directives_);
    std::vector<std::vector<std::string_view>> units;
    // Paragraphs read as the wrapped rest of the directive before them: joined with a space, not a line break.
    std::vector<const char*> wrapped;
    // Of those, the lines of citations alone: read with the line before, whose citations they go on.
    std::vector<const char*> cited_lines;
    bool numbered_open = false;  // the last unit is a numbered directive with no citation yet
    bool letter_paren = false;
    if (std::string_view first, number; !paragraphs.empty()) {
      first = paragraphs.front();
      std::string_view probe = first;
      letter_paren = !directive_number(probe, number) && directive_number(first, number, true);
    }
    // The paragraphs numbered "4 – Implement", where a directive may start: the cell's first, or after one that
    // ended in a citation; a list's "1 – Enhance ..." after "... the following measures:" goes on (a review's
    // finding: its items were made directives 1 and 2, the second taking the citation).
    std::vector<const char*> marked_numbers;
    // Whether the directive `first` starts is numbered so, and `number` is the one after its ("1 – Enhance ..." /
    // "2 – Implement ...": a review's finding, the second read as the rest of the first, which cited nothing).
    const auto follows_marked = [&](std::string_view first, std::string_view number) {
      std::string_view probe = first, before;
      if (marked_numbers.empty() || marked_numbers.back() != first.data() || !digits_then_mark(probe, before))
        return false;
      int a = 0, b = 0;
      std::from_chars(before.data(), before.data() + before.size(), a);
      std::from_chars(number.data(), number.data() + number.size(), b);
      return b == a + 1;
    };
    const auto number_of = [&](std::string_view& q, std::string_view& number) {
      return directive_number(q, number, letter_paren) ||
             (std::binary_search(marked_numbers.begin(), marked_numbers.end(), q.data()) &&
              digits_then_mark(q, number));
    };
    for (std::string_view p : paragraphs) {
      std::string_view rest = p, number;
      const std::string_view above = units.empty() ? std::string_view() : units.back().back();
      bool numbered = directive_number(rest, number, letter_paren);
      if (std::string_view probe = p; !numbered && digits_then_mark(probe, number) &&
                                      (units.empty() || (!numbered_open && ends_in_citation(above)) ||
                                       follows_marked(units.back().front(), number))) {
        numbered = true;
        rest = probe;
        marked_numbers.push_back(p.data());
      }
      if (!numbered && !units.empty() && closes_wrapped_group(above, p)) {
        // "... (Ministerial" / "Statement 2007)": a citation wrapped inside its parentheses, after a numbered
        // directive or an unnumbered one, a bullet's item or not (a helper's finding: the citation was lost, and in
        // an unnumbered plan "Statement 2007)" became a directive of its own).
        units.back().push_back(p);
        wrapped.push_back(p.data());
        findings_.push_back({DiagnosticCode::directive_wrapped,
                             "this line closes a parenthesis the line above left open: read as the rest of that "
                             "directive (a wrapped line)",
                             p});
      } else if (is_bullet(p) && !numbered && !units.empty()) {
        units.back().push_back(p);
      } else if (!numbered && !numbered_open && !units.empty() && directive_goes_on(above, p)) {
        // "Ministers encouraged member economies to ensure" / "total supply chain security ...": an unnumbered
        // directive pasted with its wrap (a helper's finding: two directives, the first citing nothing, unsaid).
        units.back().push_back(p);
        wrapped.push_back(p.data());
        findings_.push_back({DiagnosticCode::directive_wrapped,
                             "the line above ends mid-phrase or this one goes on in lower case, on the next line: "
                             "read as the rest of that directive (a wrapped line)",
                             p});
      } else if (!numbered && numbered_open && !trim(p).empty()) {
        // "1B. Share drill results among member economies and the" / "secretariat (Leaders' Statement 2005)":
        // a line pasted with its wrap. A directive with a number of its own, or one that cited its source, ends
        // before it; this one had neither. A guess, so a note says where.
        units.back().push_back(p);
        wrapped.push_back(p.data());
        // "(Ministerial Statement 2004)," / "(Leaders' Statement 2005)": the comma kept the first from ending it.
        if (only_citations(p)) cited_lines.push_back(p.data());
        findings_.push_back({DiagnosticCode::directive_wrapped,
                             "this line has no directive number and the directive above it no citation yet: read as "
                             "the rest of that directive (a wrapped line)",
                             p});
      } else if (!numbered && !units.empty() && only_citations(p)) {
        // "(ISPS Code) (Ministerial Statement 2004)" / "(Leaders' Statement 2005)": a directive's citations wrapped
        // onto a line of their own (a helper's finding: an empty directive citing the second, unsaid).
        units.back().push_back(p);
        wrapped.push_back(p.data());
        cited_lines.push_back(p.data());
        findings_.push_back({DiagnosticCode::directive_wrapped,
                             "this line holds only citations: read as the end of the directive above (a wrapped "
                             "line), its citations that directive's",
                             p});
      } else {
        units.push_back({p});
        numbered_open = numbered;
      }
      if (numbered_open && ends_in_citation(p)) numbered_open = false;
    }
    std::vector<Directive> out;
    out.reserve(units.size());
    std::size_t next_wrapped = 0;
    // In text order, as the paragraphs are.
    const auto cited = [&](std::string_view q) {
      return std::binary_search(cited_lines.begin(), cited_lines.end(), q.data());
    };
    for (auto& unit : units) {
      // The lines of citations that end it, and the line before them, one view: read as one line's.
      for (bool more = unit.size() > 1 && cited(unit.back()); more && unit.size() > 1;) {
        std::string_view& before = unit[unit.size() - 2];
        more = cited(before);
        before = join_views(before, unit.back());
        unit.pop_back();
      }
      // The lines a wrapped citation spans, one view, so that it is read as one: "(Ministerial" / "Statement 2004)".
      if (const std::size_t n = unit.size();
          n > 1 && depth_after(unit.back(), 0) < 0 && closes_wrapped_group(unit[n - 2], unit.back())) {
        unit[n - 2] = join_views(unit[n - 2], unit.back());
        unit.pop_back();
      }
      for (std::string_view p : unit) {
        // After its number: "1A)" closes nothing and is no unbalanced parenthesis.
        if (std::string_view number; p.data() == unit.front().data()) number_of(p, number);
        check_parens(p);
      }
      Directive dir;
      // From its number where a bullet stands before it ("- 1D."): the numbering check's caret is on the number.
      std::string_view spanned = unit.front();
      if (std::string_view probe = spanned, number; is_bullet(spanned) && number_of(probe, number))
        spanned.remove_prefix(static_cast<std::size_t>(number.data() - spanned.data()));
      dir.span = source_.span(join_views(spanned, unit.back()));
      if (std::string_view number; number_of(unit.front(), number)) {
        dir.number = std::string(number);
        // "1 B." is directive 1B: the space a PDF's letter spacing left is no part of the number, nor is a hyphen.
        if (const std::size_t space = dir.number->find_first_of(" -"); space != std::string::npos)
          dir.number->erase(space, 1);
        take_number_separator(unit.front());
      }
      std::string_view& last = unit.back();
      // A footnote mark after the citation ("(Ministerial Statement 2004)\u00B2", a Word superscript "2"): read
      // the citation, keep the mark at the text's end (a new user's finding: the citation was lost, unsaid).
      std::string_view mark = take_footnote_mark(last);
      TrailingGroups& tg = groups_;
      // "(Ministerial Statement 2007), (Leaders' Statement 2005)": groups joined by ',', ';', '&' or "and" (a
      // helper's finding: the first was left in the text, unsaid).
      trailing_groups(last, ".;", tg, /*joined=*/true);
      const char* cut = last.data() + last.size();
      for (std::size_t gi = 0; gi < tg.groups.size(); ++gi) {
        const std::string_view g = tg.groups[gi];
        const std::size_t before = findings_.size();
        auto citations = read_citations(g, findings_);
        // Across a joiner, only citations of a known form: "(the IMO), (Ministerial Statement 2007)" keeps its
        // first group in the text, as before, and what reading it found is let go.
        if (joined_to_next(tg, gi) &&
            (citations.empty() || std::any_of(citations.begin(), citations.end(),
                                              [](const auto& c) { return c.citation.kind == "unknown"; }))) {
          findings_.resize(before);
          break;
        }
        if (citations.empty()) break;
        // An action's tag: reported as such rather than as a citation of no known form.
        // An action has no directive number: "2A. Work with the IMO (IMO/2004)" is a directive citing oddly.
        if (!dir.number && citations.size() == 1 && citations.front().citation.kind == "unknown" && reads_as_tag(g)) {
          Findings held;
          for (std::size_t k = before; k < findings_.size(); ++k) held.push_back(std::move(findings_[k]));
          findings_.resize(before);
          hold_tag_in_wrong_column("directive", g, std::move(held));
        }
        // Reversed below with the groups: a group's own documents go in backwards here.
        for (auto it = citations.rbegin(); it != citations.rend(); ++it) {
          cite::resolve_citation(registry_, it->citation, it->where, findings_);
          // A citation of no known form that the registry knows by its words: written as an alias is
          // ("(Adelaide Ministerial Statement)"), it is known and not warned of (a helper's finding: "no known
          // form" of a citation the same run resolved); written with a '/', ',' or '.' the alias has not
          // ("(Leaders' Statement/2005)"), the warning stays and says what the words were read as.
          if (it->citation.kind == "unknown" && it->citation.source) {
            const std::string_view w = it->where;
            const auto about_it = [w](const Finding& f) {
              return f.code == DiagnosticCode::unknown_citation && f.where.data() < w.data() + w.size() &&
                     w.data() < f.where.data() + f.where.size();
            };
            const auto from = findings_.begin() + static_cast<std::ptrdiff_t>(before);
            const cite::Entry* entry = registry_.find_key(it->citation.source->key);
            if (entry && written_as_alias(w, *entry)) {
              findings_.erase(std::remove_if(from, findings_.end(), about_it), findings_.end());
            } else {
              for (auto f = from; f != findings_.end(); ++f)
                if (about_it(*f))
                  f->message = fmt::format("{}; its words were read as {}, an alias in the citation registry",
                                           f->message, it->citation.source->key);
            }
          }
          it->citation.span = source_.span(it->where);
          // A citation wrapped across lines is written as on one, as a wrapped tag is.
          if (it->where.find('\n') != std::string_view::npos)
            it->citation.text = collapse_whitespace(it->citation.text);
          dir.citations.push_back(std::move(it->citation));
        }
        cut = g.data();
      }
      std::reverse(dir.citations.begin(), dir.citations.end());
      if (!dir.citations.empty()) last = last.substr(0, static_cast<std::size_t>(cut - last.data()));
      else if (!mark.empty())  // no citation before the mark: the text's, kept where it stands
        last = std::string_view(last.data(), static_cast<std::size_t>(mark.data() + mark.size() - last.data())),
        mark = {};
      if (!mark.empty())
        findings_.push_back({DiagnosticCode::text_after_tag,
                             fmt::format("a footnote mark '{}' after the directive's citation: the citation is read, "
                                         "the mark kept at the end of the directive's text",
                                         trim(mark)),
                             trim(mark)});
      for (std::string_view p : unit) {
        // `wrapped` is in text order, as the units' paragraphs are: one cursor over it keeps this linear.
        while (next_wrapped < wrapped.size() && wrapped[next_wrapped] < p.data()) ++next_wrapped;
        const bool joins = next_wrapped < wrapped.size() && wrapped[next_wrapped] == p.data();
        if (trim(p).empty()) continue;
        if (!dir.text.empty()) dir.text.push_back(joins ? ' ' : '\n');
        append_collapsed(dir.text, p);
      }
      dir.text += mark;
      if (dir.text.capacity() > dir.text.size() + 64) dir.text.shrink_to_fit();  // appends doubled it
      out.push_back(std::move(dir));
    }
    return out;
  }

  // The number after priority `number` ("3.1" -> "3.2"), written into `buffer`: on the stack, as this runs on every
  // numbered priority paragraph, and a number is at most "999.1000". Empty for a number without a '.'.
  static std::string_view next_priority_number(std::string_view number, std::span<char, 16> buffer) {
    const std::size_t dot = number.find('.');
    if (dot == std::string_view::npos) return {};
    unsigned minor = 0;
    for (const char c : number.substr(dot + 1)) minor = minor * 10 + static_cast<unsigned>(c - '0');
    const auto written = fmt::format_to_n(buffer.data(), buffer.size(), "{}.{}", number.substr(0, dot), minor + 1);
    return written.size > buffer.size() ? std::string_view() : std::string_view(buffer.data(), written.size);
  }

  // Where the next priority starts inside paragraph `p`, numbered, or npos: its number, the one after `p`'s own
  // ("1.1 Drills 1.2 Training": a helper's finding, one priority titled "Drills 1.2 Training", unsaid), after a
  // space and before a capital.
  static std::size_t second_priority_at(std::string_view p) {
    std::string_view rest = p, number;
    if (!patterns::consume_priority_number(rest, number)) return std::string_view::npos;
    char buffer[16];
    const std::string_view next = next_priority_number(number, buffer);
    if (next.empty()) return std::string_view::npos;
    for (std::size_t at = p.find(next, number.size()); at != std::string_view::npos; at = p.find(next, at + 1)) {
      if (!is_space(p[at - 1])) continue;
      std::string_view after = p.substr(at), found;
      if (patterns::consume_priority_number(after, found) && found == next && !after.empty() &&
          ascii::is_upper(after.front()))
        return at;
    }
    return std::string_view::npos;
  }

  // Whether `number` is the priority that comes next in section `s`, `current` the last read in this row, or the
  // section's first: "· 1.2 Training" after 1.1.
  static bool next_priority(const Section& s, const Priority* current, std::string_view number) {
    const Priority* last = current ? current : s.priorities.empty() ? nullptr : &s.priorities.back();
    char buffer[16];
    if (last && last->number) return next_priority_number(*last->number, buffer) == number;
    const std::size_t dot = number.find('.');
    return number.substr(dot + 1) == "1" && (!s.number || number.substr(0, dot) == *s.number);
  }

  void read_priorities(const Cell& cell, Section& s) {
    Priority* current = nullptr;
    std::string_view current_first;
    const std::span<const std::string_view> paragraphs = split_paragraphs(
        cell, second_priority_at,
        "the next priority's number mid-line, before a capital: read as two priorities, the second starting here "
        "(a line break lost?)",
        split_priorities_);
    std::string_view title;  // the current priority's title as written, while it may go on
    bool wrapped = false;    // and it went on: its words are collapsed once, when it ends (a long chain stays linear)
    std::string_view item;   // the current priority's last item as written, while it may go on
    bool item_wrapped = false;  // and it went on: collapsed once, when it ends, as a title is
    // Paragraph `p` is the rest of the title or item `text` as written: said, joined, the priority's span grown.
    const auto goes_on = [&](std::string_view& text, bool& joined, std::string_view p, const char* message) {
      findings_.push_back({DiagnosticCode::priority_wrapped, message, p});
      text = join_views(text, p);
      joined = true;
      current->span = source_.span(join_views(current_first, p));
    };
    const auto end_title = [&] {
      if (wrapped) current->title = collapse_kept(title);
      title = {}, wrapped = false;
      if (item_wrapped) current->items.back() = {collapse_kept(item), source_.span(item)};
      item = {}, item_wrapped = false;
    };
    for (std::string_view p : paragraphs) {
      check_priority_paragraph(p);
      std::string_view rest = p;
      std::string_view number;
      bool numbered = patterns::consume_priority_number(rest, number);
      // "· 4.1 Japan's proposal": a bullet before the number, as Word's list puts one (a helper's finding: the title
      // "· 4.1 ...", no number; or an item of the priority above). Before a capital only: "- 1.5 million" is an item.
      // Only the number that comes next: "- 1.5 Million USD" after 1.1 is an item's quantity (a review's finding).
      std::string_view spanned = p;  // from the number, where a bullet stands before it: a caret on it
      if (const std::size_t bullet = numbered ? 0 : is_bullet(p);
          bullet != 0 && bullet < p.size() && p[bullet] == ' ') {
        std::string_view after = trim(p.substr(bullet)), bullet_number;
        if (patterns::consume_priority_number(after, bullet_number) && !after.empty() &&
            ascii::is_upper(after.front()) && next_priority(s, current, bullet_number)) {
          rest = after, number = bullet_number, numbered = true;
          spanned = p.substr(static_cast<std::size_t>(bullet_number.data() - p.data()));
        }
      }
      std::string damaged;  // the number a damaged one was read as, "3.2"
      if (!numbered) damaged = damaged_priority_number(s, current, rest);
      if (numbered || !damaged.empty() || !current) {
        end_title();
        Priority pr;
        if (numbered) pr.number = std::string(number), take_number_separator(rest);
        if (!damaged.empty()) pr.number = damaged;
        pr.title = collapse_whitespace(rest);
        pr.span = source_.span(spanned);
        s.priorities.push_back(std::move(pr));
        current = &s.priorities.back();
        current_first = spanned;
        title = rest;
      } else if (!title.empty() && title_goes_on(title, p)) {
        goes_on(title, wrapped, p,
                ends_in_dash(title) ? "the priority's title above this line ends in a dash: read as the rest of that "
                                      "title (a wrapped line), not an item"
                                    : "the priority's title above this line ends mid-phrase or this line goes on in "
                                      "lower case: read as the rest of that title (a wrapped line), not an item");
      } else if (!item.empty() && item_goes_on(item, p)) {
        // "Model Visit Program for" / "APEC Region": an item wrapped mid-phrase (a helper's finding: two items,
        // unsaid).
        goes_on(item, item_wrapped, p,
                "the priority's item above this line ends mid-phrase: read as the rest of that item (a wrapped line)");
      } else {
        end_title();
        current->items.push_back({collapse_whitespace(p), source_.span(p)});
        current->span = source_.span(join_views(current_first, p));
        item = p;
      }
    }
    end_title();
  }

  // The number a priority paragraph `rest` starts with when it is written damaged, and `rest` past it; "" and `rest`
  // untouched when it is not. Only the number expected there: the one after the section's last priority (3.2 after
  // 3.1), or the section's first (2.1 in section 2), written "3.2Identification" (no space), "3,2 Identification" (a
  // comma) or "3. 2 Identification" (a space after the dot). A helper's finding: each became an item of 3.1, unsaid.
  std::string damaged_priority_number(const Section& s, const Priority* current, std::string_view& rest) {
    std::string expected;
    if (current && current->number) {
      char buffer[16];
      expected = next_priority_number(*current->number, buffer);
      if (expected.empty()) return {};
    } else if (!current && section_.number && !section_.number->empty() && s.priorities.empty()) {
      expected = *section_.number + ".1";
    }
    if (expected.empty() || rest.empty() || !ascii::digit(rest.front())) return {};
    const std::size_t dot = expected.find('.');
    const std::string_view major = std::string_view(expected).substr(0, dot),
                           minor = std::string_view(expected).substr(dot + 1);
    if (!rest.starts_with(major)) return {};
    std::string_view after = rest.substr(major.size());
    const char* how = nullptr;
    bool spaced = true;  // a space is to stand between the number and the title
    std::size_t i = 0;   // where the title starts in `after`, past the number
    if (after.starts_with(",") && after.substr(1).starts_with(minor)) {
      after.remove_prefix(1 + minor.size());
      how = "a ',' where '.' belongs";
    } else if (after.starts_with(". ") && after.substr(2).starts_with(minor)) {
      after.remove_prefix(2 + minor.size());
      how = "a space after the '.'";
    } else if (after.starts_with(".") && after.substr(1).starts_with(minor) && after.size() > 1 + minor.size() &&
               ascii::is_upper(after[1 + minor.size()])) {
      after.remove_prefix(1 + minor.size());  // "3.2Identification"; "3.21 ..." is no 3.2
      how = "no space before the title";
      spaced = false;
    } else {
      return {};
    }
    if (spaced) {
      // After the number: a space, or '.', ')' or ':' and a space, then a capital: "3,2 Identification".
      if (i < after.size() && (after[i] == '.' || after[i] == ')' || after[i] == ':')) ++i;
      if (i >= after.size() || !is_space(after[i])) return {};
      while (i < after.size() && is_space(after[i])) ++i;
      if (i >= after.size() || !ascii::is_upper(after[i])) return {};
    }
    const std::string_view written = trim_end(rest.substr(0, static_cast<std::size_t>(after.data() - rest.data())));
    findings_.push_back({DiagnosticCode::priority_number,
                         fmt::format("'{}' read as priority {} ({}), {}", written, expected, how,
                                     current ? fmt::format("the number after {}", *current->number)
                                             : fmt::format("the first of section {}", *section_.number)),
                         written});
    rest = after.substr(i);
    return expected;
  }

  // Whether `end` ends in a word that cannot end a title or a sentence ("for", "of", "the"...).
  static bool ends_mid_phrase(std::string_view end) {
    std::size_t from = end.size();
    while (from > 0 && ascii::letter(end[from - 1])) --from;
    if (from == end.size() || (from > 0 && end[from - 1] != ' ')) return false;
    static constexpr std::string_view kGoesOn[] = {"and", "at", "by",   "for", "from", "in", "into",
                                                   "of",  "on", "or",   "the", "to",   "with"};
    // In lower case only: "a" and "an" ("Implementation of Annex A" has ended: a review's finding); the modals,
    // "that", "which", "its" and "their" ("points of contact that can" / "identify ...": a helper's finding), for
    // "May" is a month ("Hold the workshop in May" has ended: a review's finding).
    static constexpr std::string_view kLowerGoesOn[] = {"a",      "an",  "can",  "could", "will", "would", "shall",
                                                        "should", "may", "must", "that",  "which", "its",  "their"};
    const std::string_view last = end.substr(from);
    for (std::string_view w : kLowerGoesOn)
      if (last == w) return true;
    for (std::string_view w : kGoesOn)
      if (ascii::equals_ci(last, w)) return true;
    return false;
  }

  // `s`'s words with white space collapsed, as collapse_whitespace gives them, less any line the layout took out
  // between them: a wrapped line read across a page number keeps none of it. (A group in parentheses is not joined
  // across one, so tags and citations, read from the views themselves, never hold one.)
  std::string collapse_kept(std::string_view s) const {
    auto r = removed_from(removed_, s.data());
    if (r == removed_.end() || r->data() >= s.data() + s.size()) return collapse_whitespace(s);
    std::string out;
    for (const char* from = s.data(); from < s.data() + s.size();) {
      const char* to = r != removed_.end() && r->data() < s.data() + s.size() ? r->data() : s.data() + s.size();
      if (!out.empty()) out += ' ';
      append_collapsed(out, std::string_view(from, static_cast<std::size_t>(to - from)));
      if (to == s.data() + s.size()) break;
      from = r->data() + r->size();
      ++r;
    }
    return collapse_whitespace(out);
  }

  // Whether `next`, on the line after `above`, closes a parenthesis `above` left open, and none before it: the two
  // are one group wrapped ("(Ministerial" / "Statement 2004)"), not two elements.
  bool closes_wrapped_group(std::string_view above, std::string_view next) const {
    // After its number: "1A)" closes nothing (a review's finding: such a directive's wrapped citation was lost).
    if (std::string_view rest = above, number; directive_number(rest, number, true)) above = rest;
    const int open = depth_after(above, 0);
    if (open <= 0 || !next_line(trim_end(above), next)) return false;
    int depth = open;
    for (const char c : next) {
      if (c == '(') ++depth;
      else if (c == ')' && --depth == 0) return true;
    }
    return false;
  }

  // Whether unnumbered directive paragraph `next` goes on from `above` on the line after it, as title_goes_on reads
  // a priority's title: `above` ends no sentence, citation or clause ('.', ';', ':', '!', '?', ')') and either
  // mid-phrase ("to", "the") before anything but a bullet or a number, or before a line that starts with a word in
  // lower case ("ensure" / "total supply chain ...").
  bool directive_goes_on(std::string_view above, std::string_view next) const {
    const std::string_view end = trim_end(above);
    next = trim_end(next);
    if (end.empty() || next.empty() || std::string_view(".;:!?)").find(end.back()) != std::string_view::npos)
      return false;
    return may_go_on(end, next) && (ends_mid_phrase(end) || starts_lower_word(next));
  }

  // Whether paragraph `next` is the rest of a priority's item that ends in `item`: stricter than a title's, for
  // items are lists (a review's findings: lines in lower case, "; and", "Portland, OR" joined items that were
  // several). Only on the next line, after an item that ends in a word written in lower case that no item ends in
  // ("for", "of", "the": ends_mid_phrase), not after a ',' or ';' before it ("... exercises; and" ends a list's
  // item); never before a bullet, a directive's number or a list's "(c)".
  bool item_goes_on(std::string_view item, std::string_view next) const {
    const std::string_view end = trim_end(item);
    next = trim_end(next);
    if (end.empty() || next.empty() || !ascii::is_lower(end.back()) || !ends_mid_phrase(end)) return false;
    std::size_t word = end.size();
    while (word > 0 && ascii::letter(end[word - 1])) --word;
    const std::string_view before = trim_end(end.substr(0, word));
    if (!before.empty() && (before.back() == ',' || before.back() == ';')) return false;
    for (std::size_t i = word; i < end.size(); ++i)
      if (!ascii::is_lower(end[i])) return false;  // "OR", "On": a state's abbreviation, a capitalised word
    return next.front() != '(' && may_go_on(end, next);
  }

  // Whether paragraph `next` is the rest of a priority's title that ends in `title`, wrapped when pasted ("1.1 Port
  // security capacity building for" / "developing economies": a helper's finding, read as the title "... for" and
  // an item "developing economies", unsaid). The next line only, after a title that ends without '.', ';', ':',
  // '!', '?' or ')', and either in a word that cannot end one ("for", "of", "and"...) or a comma, or before a
  // line in lower case (its first word alone, or followed by a space: "i)" and "e.g." start items); never a line
  // that starts with a bullet or a directive's number.
  bool title_goes_on(std::string_view title, std::string_view next) const {
    const std::string_view end = trim_end(title);
    next = trim_end(next);
    if (end.empty() || next.empty() || std::string_view(".;:!?)").find(end.back()) != std::string_view::npos)
      return false;
    if (!may_go_on(end, next)) return false;
    if (end.back() == ',' || ends_mid_phrase(end) || ends_in_dash(end)) return true;
    // Before a line in lower case, only after a line long enough to have wrapped: "Port security" / "capacity
    // building" / "information sharing" are a title and its items, written in lower case (a review's finding).
    const std::size_t line_start = end.rfind('\n') + 1;  // npos + 1 is 0
    return end.size() - line_start >= kMinWrappedLine && starts_lower_word(next);
  }

  // Whether `end` ends in a dash, a hyphen after a space ("1.3 Model Visit Program –" / "Global Standard": a helper's
  // finding, the title cut at its dash and the rest an item, unsaid; "Program—" likewise): no title ends so.
  static bool ends_in_dash(std::string_view end) {
    end = trim_end(end);
    return end.ends_with(" -") || end.ends_with("\u2013") || end.ends_with("\u2014");
  }

  // Whether `next` stands on the line after `end` (a removed page number between counting for nothing) and starts
  // nothing of its own: a bullet or a directive's number does ("... and" / "1C. Develop ...").
  bool may_go_on(std::string_view end, std::string_view next) const {
    std::string_view rest = next, number;
    return next_line(end, next, removed_) && !is_bullet(next) && !patterns::consume_directive_number(rest, number);
  }

  // Whether `next` starts with a word of lower-case letters a-z, alone or before a space ("i)" and "e.g." start
  // items).
  static bool starts_lower_word(std::string_view next) {
    std::size_t word = 0;
    while (word < next.size() && next[word] >= 'a' && next[word] <= 'z') ++word;
    return word > 0 && (word == next.size() || next[word] == ' ');
  }

  // "Exchange results (Australia," / "Japan/March 2008)": a line that ends inside a parenthesis the next line or
  // two close, ending the action, is one action with its tag wrapped. The lines joined, or `paragraphs[k]` alone.
  std::string_view wrapped_action(std::span<const std::string_view> paragraphs, std::size_t& k) {
    const std::string_view p = paragraphs[k];
    int depth = depth_after(p, 0);
    if (depth == 0) return wrapped_sentence(paragraphs, k);
    if (depth < 0) return p;
    for (std::size_t j = k + 1; j < paragraphs.size() && j <= k + kMaxTagLines - 1; ++j) {
      if (!adjacent(paragraphs[j - 1], paragraphs[j])) return p;
      depth = depth_after(paragraphs[j], depth);
      if (depth < 0) return p;
      // A line between that ends in a parenthesis is an action of its own ("Second (Japan/2008)"): no join.
      if (depth > 0 && trim_end(paragraphs[j]).ends_with(')')) return p;
      if (depth > 0) continue;
      const std::string_view joined = join_views(p, paragraphs[j]);
      const std::string_view end = trim_end(joined);
      if (end.empty() || (end.back() != ')' && !(end.size() >= 2 && end[end.size() - 2] == ')' &&
                                                 (end.back() == '.' || end.back() == ';'))))
        return p;
      findings_.push_back({DiagnosticCode::action_wrapped,
                           fmt::format("this line ends inside a parenthesis that line {} closes: the lines were read "
                                       "as one action",
                                       source_.span(paragraphs[j]).line),
                           p.substr(p.size() - 1)});
      k = j;
      return joined;
    }
    return p;
  }

  // "... that can identify maritime" / "security subject matter experts ... efforts.": an action pasted with its
  // line wrap, or broken by Shift+Enter in Word (a new user's finding: read as two actions, the first untagged,
  // every later id moved). Joined where nothing else can be meant, as a review's cases showed:
  // - each line joined from has no parenthesis and no ':' (a lead clause, "Lead: Chair", a list's "as follows:",
  //   a tag, a footnote after one: each ends an action or opens a list) and ends in no '.', ';', '!' or '?';
  // - the next line stands right after it (no blank line) and starts with a word of lower-case letters a-z alone
  //   and a space ("security ...", not "e-Navigation:", "iPhone", "ii.", "a)"), which is no verb an action starts
  //   with ("develop", "review": layout::starts_with_action_verb);
  // - the last line joined ends the action, in '.' or a tag's ')': a list of untagged actions without full stops
  //   ("hold a workshop" / "review the results") stays as it was.
  // The lines joined, or `paragraphs[k]` alone.
  std::string_view wrapped_sentence(std::span<const std::string_view> paragraphs, std::size_t& k) {
    const std::string_view p = paragraphs[k];
    std::size_t j = k;
    // Bounded: a chain that ends no action is looked at again from each of its lines, and a cell of a hundred
    // thousand such lines must stay linear; a wrapped action of more lines is read as before.
    for (; j + 1 < paragraphs.size() && j < k + kMaxWrapLines; ++j) {
      const std::string_view end = trim_end(paragraphs[j]), next = trim(paragraphs[j + 1]);
      if (end.empty() || next.empty() || end.find_first_of("():") != std::string_view::npos ||
          std::string_view(".;!?").find(end.back()) != std::string_view::npos)
        break;
      if (!next_line(end, next, removed_)) break;  // the next line, not one after a blank line
      // "Formalize the process for managing the" / "ISPS Code ...": a line that ends mid-phrase goes on whatever
      // the next starts with, but a bullet or a directive's number (a helper's finding: a Shift+Enter in a Word
      // cell made two actions, the first untagged).
      if (std::string_view rest = next, number; ends_mid_phrase(end)) {
        if (is_bullet(next) || patterns::consume_directive_number(rest, number)) break;
        continue;
      }
      std::size_t word = 0;
      while (word < next.size() && next[word] >= 'a' && next[word] <= 'z') ++word;
      if (word == 0 || word >= next.size() || next[word] != ' ') break;
      // Nor a verb an action starts with: "conduct a survey of training needs" / "develop a training matrix
      // (Australia/2008)" are two actions written in lower case (a review's finding).
      if (char verb[16]; word < sizeof verb) {  // the verbs are short; a longer word is none
        next.copy(verb, word);
        verb[0] = static_cast<char>(verb[0] - 'a' + 'A');
        if (layout::starts_with_action_verb(std::string_view(verb, word))) break;
      }
    }
    if (j == k) return p;
    const std::string_view last = trim_end(paragraphs[j]);
    if (last.back() != '.' && last.back() != ')' && footnote_mark_after_group(last) == 0) return p;
    for (std::size_t i = k; i < j; ++i) {
      const std::string_view end = trim_end(paragraphs[i]);
      findings_.push_back({DiagnosticCode::action_wrapped,
                           ends_mid_phrase(end) ? "this line ends mid-phrase: the lines were read as one action"
                                                : "this line ends mid-sentence and the next goes on in lower case: "
                                                  "the lines were read as one action",
                           end.substr(end.size() - 1)});
    }
    k = j;
    return join_views(p, paragraphs[j]);
  }

  // Where a second action starts inside paragraph `p`, or npos: after a tag beyond doubt that stands mid-line, then
  // '.' or ';' or nothing, a space and a capital, the rest ending in a tag beyond doubt too ("Hold X. (Japan/2008).
  // Review Y. (US/2009)": a paragraph break lost in a paste, a helper's finding: one action, the first tag in its
  // text, unsaid). Not a group mid-sentence ("... to SOLAS (IMO/2004) for officers"), nor a status after the tag
  // ("(Chile/2010) Completed.": no tag ends it).
  std::size_t second_action_at(std::string_view p) {
    // Every rest ends where `p` does: whether it ends in a tag is asked once (a long last group read again for
    // each candidate was quadratic).
    const std::string_view e = trim_end(p);
    if (e.empty() || (e.back() != ')' && e.back() != '.') || !reads_as_tag_at_end(e)) return std::string_view::npos;
    // "• Hold X. (Japan/2008) • Review Y. (Korea/2009)", "... (Peru/2008) - Publish Z (Chile/2009)": a list's
    // items run together start with their bullet (a helper's finding: one action, the first tag in its text).
    const auto starts_anew = [&](std::size_t at) {
      if (ascii::is_upper(p[at])) return true;
      // "... (MSEG members/September 2006) 2. Provide ...", "(ii) Provide": a list's number (a helper's finding:
      // one action, its first tag lost in its text, unsaid).
      if (const std::size_t number = list_number(p.substr(at)))
        return at + number + 1 < p.size() && p[at + number] == ' ' && ascii::is_upper(p[at + number + 1]);
      const std::size_t marker = is_bullet(p.substr(at));
      return marker != 0 && at + marker + 1 < p.size() && p[at + marker] == ' ' && ascii::is_upper(p[at + marker + 1]);
    };
    return next_after_group(
        p, [&](std::string_view group, std::size_t at) { return starts_anew(at) && reads_as_tag(group); });
  }

  void read_actions(const Cell& cell, Section& s) {
    lead_open_ = {};
    const std::span<const std::string_view> paragraphs = split_paragraphs(
        cell, [this](std::string_view p) { return second_action_at(p); },
        "a tag mid-line, then a sentence that ends in a tag of its own: read as two actions, the second starting "
        "here (a line break lost?)",
        split_actions_);
    for (std::size_t k = 0; k < paragraphs.size(); ++k) {
      settle_findings();  // a row may be the whole plan: its paragraphs' findings are not held to its end
      std::string_view p = wrapped_action(paragraphs, k);
      check_parens(p);
      if (continue_lead(p, s)) continue;  // issue 15
      // issue 15: "Lead: Canada, United States and Thailand" ends the action without parentheses.
      std::optional<LeadClause> lead;
      const std::string_view whole = p;
      if (p.find(':') != std::string_view::npos) {
        lead = read_lead_clause(p, findings_);
        if (lead) p = p.substr(0, static_cast<std::size_t>(lead->clause.data() - p.data()));
      }
      // A footnote mark after the tag ("(US/March 2008)\u00B9", a Word superscript "1"): read the tag, keep the mark
      // at the text's end (a new user's finding: the tag was lost, and the warning said the action had none).
      const std::string_view full = p;
      std::string_view mark = lead ? std::string_view() : take_footnote_mark(p);
      TrailingGroups& tg = groups_;
      // "(Australia/March 2008)." and "...);": a full stop after the tag is the sentence's, as after a citation.
      trailing_groups(p, ".;", tg, /*joined=*/true);
      std::vector<Tag> tags;
      // At its size at once: a Tag is 280 bytes, and an action of twenty tags
      // grown by doubling held room for thirty-two (issue 20 item 12).
      tags.reserve(tg.groups.size() + (lead ? 1 : 0));
      const char* cut = p.data() + p.size();
      // After a '.' or ';' ("...(Bangkok, March 2008)."), only a group with a '/' is a tag: a place and a date
      // in parentheses ending a sentence is the sentence's.
      const bool punctuated = !tg.groups.empty() && trim_end(p).back() != ')';
      for (std::size_t gi = 0; gi < tg.groups.size(); ++gi) {
        const std::string_view g = tg.groups[gi];
        if (punctuated && g.find('/') == std::string_view::npos) break;
        // Across a ',', ';', '&' or "and" from the tag after it, a group is a tag only beyond doubt: "(Bangkok,
        // March 2008) and (Japan/2009)", "(SOLAS XI-2/ISPS) and (Japan/2008)" are the action's words.
        if (joined_to_next(tg, gi) && !reads_as_tag(g)) break;
        if (!read_group_tags(g, tags)) break;
        cut = g.data();
      }
      std::reverse(tags.begin(), tags.end());
      // Text after the tag ("Act. (US/March 2008) Completed.", "... (Chile/2010) (completed)"): the last group is
      // the tag where nothing else can be meant (a new user's finding: the tag was lost): it reads as a tag, the
      // action's sentence ended before it ('.' or ';'), at most six words follow, and no tag stands on a line of
      // its own after it (a review's findings: "... amendments to SOLAS (IMO/2004) for port facility security
      // officers." whose tag is the next line's was given IMO for an owner). The words after it stay the action's,
      // with a warning.
      std::string_view after_tag;
      if (tags.empty() && !lead) {
        if (!mark.empty()) p = full, mark = {}, cut = p.data() + p.size();  // no tag before the mark: the text's
        auto gt = last_group_then_text(p);
        // "Act. (US/March 2008) (completed)": a group that is no tag after one that is.
        if (!gt && tg.groups.size() >= 2) {
          const std::string_view g = tg.groups[1];
          gt = GroupThenText{g, p.substr(static_cast<std::size_t>(g.data() + g.size() - p.data()))};
        }
        const std::string_view before =
            gt ? trim(p.substr(0, static_cast<std::size_t>(gt->group.data() - p.data()))) : std::string_view();
        if (gt && !before.empty() && (before.back() == '.' || before.back() == ';') &&
            word_count(gt->after) <= 6 && !tag_line_follows(paragraphs, k) && reads_as_tag(gt->group) &&
            read_group_tags(gt->group, tags)) {
          std::reverse(tags.begin(), tags.end());
          cut = gt->group.data();
          after_tag = trim(gt->after);
          findings_.push_back({DiagnosticCode::text_after_tag,
                               fmt::format("text after the action's tag '{}': '{}' is read as the action's text; "
                                           "a tag ends its action",
                                           shortened(gt->group, 60), shortened(after_tag, 60)),
                               after_tag});
        }
      } else if (!mark.empty()) {
        findings_.push_back({DiagnosticCode::text_after_tag,
                             fmt::format("a footnote mark '{}' after the action's tag: the tag is read, the mark kept "
                                         "at the end of the action's text",
                                         trim(mark)),
                             trim(mark)});
      }
      tags_read_ += tags.size() + (lead ? 1 : 0);
      if (lead) {
        lead->tag.span = source_.span(lead->clause);
        tags.push_back(std::move(lead->tag));
        lead_open_ = lead_clause_continues(lead->clause) && lead->rest.empty() ? lead->clause : std::string_view();
        if (!lead->rest.empty()) after_tag = lead->rest, text_after_lead(*lead);
        lead_lines_ = 1;
        p = whole;
      }
      std::string_view text = trim(p.substr(0, static_cast<std::size_t>(cut - p.data())));
      // "· (MSEG Secretariat/September 2006)": a tag on a line of its own in a cell bulleted throughout, Word's
      // list bullet given to every paragraph (a helper's finding: an action "·" took the tag from the one above).
      if (!tags.empty() && !text.empty() && is_bullet(text) == text.size()) text = {};
      if (text.empty() && !s.actions.empty()) {
        // A tag on its own line belongs to the action before it.
        Action& prev = s.actions.back();
        append_after_tag(prev.text, after_tag);  // "Lead: Japan; Status: ongoing" on a line of its own
        prev.text += mark;
        const std::size_t first_new = prev.tags.size();
        make_room(prev.tags, tags.size());
        for (auto& t : tags) prev.tags.push_back(std::move(t));
        std::size_t begin = last_action_begin_;
        prev.span = source_.span(begin, static_cast<std::size_t>(full.data() + full.size() - source_.text().data()));
        drop_text_deadline_if_tagged(prev, first_new);
        continue;
      }
      Action act;
      if (tags.empty() || lead || !take_mid_tags(text, act)) act.text = collapse_kept(text);
      append_after_tag(act.text, after_tag);
      act.text += mark;
      if (act.tags.empty()) {
        act.tags = std::move(tags);
      } else {
        tags_read_ += act.tags.size();
        make_room(act.tags, tags.size());
        for (auto& t : tags) act.tags.push_back(std::move(t));
      }
      if (const std::size_t more = tag_lines_after(paragraphs, k)) act.tags.reserve(act.tags.size() + more);
      act.span = source_.span(lead ? p : full);
      action_text_ = text;
      deadline_from_text(act);
      if (act.text.empty()) {
        findings_.push_back({DiagnosticCode::tag_without_action,
                             "this tag follows no action: a tag on its own line belongs to the action above it", p});
      }
      make_room(s.actions, 1);
      s.actions.push_back(std::move(act));
      last_action_begin_ = static_cast<std::size_t>(p.data() - source_.text().data());
    }
  }

  // "Conduct a survey (Japan/March 2011); report the results (Korea/2012)": a tag beyond doubt mid-action, then
  // ';', in an action a tag ends (a helper's finding: Japan's tag was the action's words, query --owner Japan
  // missed it, unsaid). Its tags onto `act`, first, and the action's text without them into act.text; false, and
  // `act` untouched, when there is none. Found in one pass: each ';' looks back only to the last group closed.
  // Only a group at the top level, after a word, whose owners are all economies (a review's finding: "amendments
  // to SOLAS (IMO/2004); report ...", "(see Annex/2008);", "(ISPS Code/2004);" were made owners).
  bool take_mid_tags(std::string_view text, Action& act) {
    std::vector<std::string_view> groups;
    std::size_t open = std::string_view::npos, group_open = std::string_view::npos, close = std::string_view::npos;
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (c == '(' && depth++ == 0) open = i;
      if (c == ')' && depth > 0 && --depth == 0) close = i, group_open = open;
      if (c != ';' || depth != 0 || close == std::string_view::npos) continue;
      std::size_t b = i;
      while (b > 0 && is_space(text[b - 1])) --b;
      if (b != close + 1) continue;
      const std::string_view g = text.substr(group_open, close + 1 - group_open);
      const std::string_view before = trim_end(text.substr(0, group_open));
      // After a word ("Survey (Japan/2011);"), not a bullet, a colon or another group.
      if (before.empty() || !(ascii::alnum(before.back()) || static_cast<unsigned char>(before.back()) >= 0x80) ||
          is_bullet(before) == before.size() || trim(text.substr(i + 1)).empty() || !reads_as_tag(g))
        continue;
      Findings scratch;
      const std::optional<Tag> tag = read_tag(g, scratch);
      if (!tag || !std::all_of(tag->owners.begin(), tag->owners.end(), [](const Owner& o) { return o.economy; }))
        continue;
      groups.push_back(g);
    }
    if (groups.empty()) return false;
    std::vector<Tag> tags;
    for (const std::string_view g : groups) {
      const std::size_t had = tags.size();
      if (!read_group_tags(g, tags)) return false;
      std::reverse(tags.begin() + static_cast<std::ptrdiff_t>(had), tags.end());  // as written, not last first
    }
    std::string out;
    const char* from = text.data();
    for (const std::string_view g : groups) {
      out += collapse_kept(trim_end(std::string_view(from, static_cast<std::size_t>(g.data() - from))));
      from = g.data() + g.size();
      findings_.push_back({DiagnosticCode::text_after_tag,
                           fmt::format("a tag mid-action, '{}', then ';' and more of the action: read as one of "
                                       "the action's tags, the words round it as its text",
                                       shortened(collapse_whitespace(g), 60)),
                           g});
    }
    out += collapse_kept(std::string_view(from, static_cast<std::size_t>(text.data() + text.size() - from)));
    act.text = std::move(out);
    act.tags = std::move(tags);
    return true;
  }

  // The tags of group `g`, last first (as the groups come), onto `tags`: one, or one a piece when the group
  // holds several ("(Australia/September 2008, Japan/December 2008)"). False when it is no tag.
  bool read_group_tags(std::string_view g, std::vector<Tag>& tags) {
    const auto whole = [&] {
      auto tag = read_tag(g, findings_);
      if (!tag) return false;
      tag->span = source_.span(g);
      if (g.find('\n') != std::string_view::npos) tag->text = collapse_whitespace(tag->text);  // wrapped_action's
      tags.push_back(std::move(*tag));
      return true;
    };
    if (!split_tag_group(g, pieces_)) return whole();
    // A deadline alone copies the owners before it: bounded, or a tag of many owners and many deadlines would
    // be quadratic (a review's finding: 133 KB made 2 GB).
    constexpr std::size_t kMaxCopiedOwners = 256;
    const std::size_t before = findings_.size();
    std::size_t copied = 0;
    std::vector<Tag> read;
    for (const TagPiece& piece : pieces_) {
      std::optional<Tag> tag;
      if (!piece.deadline_only || read.empty()) tag = read_tag(piece.text, findings_);
      // "(Korea/March 2008, June 2008)", "(Korea/2008, Sept/2009)": the same owners, another deadline.
      const bool deadline_alone = !read.empty() && (piece.deadline_only || (tag && tag->owners.empty()));
      if (deadline_alone) {
        if (piece.deadline_only) {
          tag = read.back();
          tag->deadline = read_deadline(piece.text);
          tag->tentative = false;
          tag->text = std::string(piece.text);
          if (tag->deadline.kind == DeadlineKind::unknown)
            findings_.push_back({DiagnosticCode::unknown_deadline,
                                 "unknown deadline form '" + std::string(shortened(trim(piece.text), 60)) + "'",
                                 trim(piece.text)});
        } else {
          tag->owners = read.back().owners;
        }
        copied += tag->owners.size();
      }
      if (!tag || copied > kMaxCopiedOwners) {
        // A piece that is no tag (or too many copies): the group is read whole, as one tag or none, and
        // what its pieces found is let go.
        findings_.resize(before);
        return whole();
      }
      tag->span = source_.span(piece.text);
      read.push_back(std::move(*tag));
    }
    for (auto it = read.rbegin(); it != read.rend(); ++it) tags.push_back(std::move(*it));
    return true;
  }

  // ---- issue 15 ---------------------------------------------------------------
  // A lead clause wrapped over lines ("Lead: Canada, United States" / "and
  // Thailand"): the next line goes on naming owners when the clause ended in
  // ',' or "and". Reads the clause again over both lines.
  bool continue_lead(std::string_view p, Section& s) {
    // At most kMaxLeadLines lines: each is read again with the clause, so no
    // bound would make a hostile cell of a thousand "Lead: a," lines quadratic.
    if (!lead_open_.data() || s.actions.empty() || s.actions.back().tags.empty()) return false;
    if (++lead_lines_ > kMaxLeadLines) return false;
    const std::string_view both = join_views(lead_open_, p);
    Findings scratch;
    auto lead = read_lead_clause(both, scratch);
    if (!lead || lead->clause.data() != lead_open_.data()) return false;
    for (auto& f : scratch) findings_.push_back(std::move(f));
    Action& prev = s.actions.back();
    lead->tag.span = source_.span(lead->clause);
    if (!lead->rest.empty()) {
      text_after_lead(*lead);
      append_after_tag(prev.text, lead->rest);
    }
    prev.tags.back() = std::move(lead->tag);
    prev.span = source_.span(last_action_begin_, static_cast<std::size_t>(p.data() + p.size() - source_.text().data()));
    lead_open_ = lead_clause_continues(lead->clause) && lead->rest.empty() ? lead->clause : std::string_view();
    return true;
  }

  // The words after an action's tag, kept at the end of its text: "Act. (US/2008) (completed)" is "Act.
  // (completed)"; no space before punctuation that goes on from the tag.
  static void append_after_tag(std::string& text, std::string_view words) {
    if (words.empty()) return;
    if (!text.empty() && std::string_view(",.;:)").find(words.front()) == std::string_view::npos) text.push_back(' ');
    text += collapse_whitespace(words);
  }

  // "Lead: Japan; Status: ongoing", "Lead: Japan. Completed.": words after the lead's owners (and its deadline's
  // field) are the action's, kept in its text, with a warning as after a tag in parentheses.
  void text_after_lead(const LeadClause& lead) {
    findings_.push_back({DiagnosticCode::text_after_tag,
                         fmt::format("text after the lead clause '{}': '{}' is read as the action's text; the "
                                     "lead's owners end before it",
                                     shortened(lead.clause, 60), shortened(lead.rest, 60)),
                         lead.rest});
  }

  // "by March 2008" in an action's sentence is its deadline when no tag gives
  // one; a note says where it was read, as every guess does.
  void deadline_from_text(Action& act) {
    for (const auto& t : act.tags)
      if (gives_time(t)) return;
    if (!action_text_.data() || action_text_.empty()) return;
    auto found = find_deadline_in_text(action_text_);
    if (!found) return;
    const Span span = source_.span(found->phrase);
    findings_.push_back({DiagnosticCode::deadline_from_text,
                         fmt::format("the action's tags give no deadline: '{}' in its text is read as its deadline",
                                     found->deadline.text),
                         found->phrase});
    text_deadline_at_ = found->phrase.data();
    text_deadline_settled_ = kNotSettled;
    act.deadline = TextDeadline{std::move(found->deadline), span};
  }

  // "TBD" and an unreadable deadline say no time; "ongoing" does (always).
  static bool gives_time(const Tag& t) {
    return t.deadline.kind != DeadlineKind::unknown && t.deadline.kind != DeadlineKind::tbd;
  }

  // A tag on a later line may give the deadline after all: the guess and its
  // note go. Only the new tags are looked at (and the action's sentence is not
  // read again): nothing else changed, and a cell of a hundred thousand tag
  // lines must stay linear.
  void drop_text_deadline_if_tagged(Action& act, std::size_t first_new) {
    if (!act.deadline) return;
    for (std::size_t i = first_new; i < act.tags.size(); ++i) {
      if (!gives_time(act.tags[i])) continue;
      // The note was read on an earlier line than this tag's, so it is a diagnostic already: each action
      // paragraph settles the findings before it (settle_findings).
      auto& diags = plan_.diagnostics;
      if (text_deadline_settled_ < diags.size())
        diags.erase(diags.begin() + static_cast<std::ptrdiff_t>(text_deadline_settled_));
      text_deadline_settled_ = kNotSettled;
      act.deadline.reset();
      return;
    }
  }
  // ---- end issue 15 -----------------------------------------------------------

  // ---- issue 15: wider tables and part headings ----------------------------------
  // The row's cells beyond the third, kept on each action the row gives; with
  // no action to keep them, a warning holds their text.
  void read_extras(Section& s, std::size_t first_action) {
    for (std::size_t k = 0; k + 3 < width_; ++k) {
      const Cell& c = *extras_[k];
      if (c.paragraphs().empty()) continue;
      std::string text;
      for (std::string_view p : c.paragraphs()) {
        if (!text.empty()) text.push_back('\n');
        append_collapsed(text, p);
      }
      if (first_action == s.actions.size()) {
        findings_.push_back({DiagnosticCode::extra_without_action,
                             fmt::format("the {} column holds '{}' in a row with no action to keep it",
                                         plan_.extra_columns[k], text),
                             join_views(c.paragraphs().front(), c.paragraphs().back())});
        continue;
      }
      for (std::size_t i = first_action; i < s.actions.size(); ++i)
        s.actions[i].extra.push_back({plan_.extra_columns[k], text});
    }
  }

  // "Part B. Directives – Specific Tasks..." as a cell of its own at a row's
  // start (a merged row exports as one cell, or as one cell and empty ones).
  // A heading wrapped in two paragraphs may be, but not one whose second paragraph is a numbered directive.
  bool is_part_heading(const Cell& c) {
    return !c.paragraphs().empty() && c.paragraphs().size() <= 2 && starts_part(c.paragraphs()[0]) &&
           !ends_in_known_citation(c.paragraphs().back()) && !heads_directive(c);
  }
  // A heading and a numbered directive in one cell ("Part A: Ports" / "1A. Implement ... (Bogor Goal)"): the tab
  // before the directive lost, or Word's heading written in the directive's cell. Read whole as a heading, the
  // directive was lost (a helper's finding); the directive's number goes to `number`. A directive's number (not a
  // priority's) and its citation: "Part A" / "1. Port Security" is a heading written on two lines (a review's
  // finding: it became a directive).
  bool heads_directive(const Cell& c, std::string_view* number = nullptr) {
    if (c.paragraphs().size() < 2 || !starts_part(c.paragraphs()[0])) return false;
    std::string_view second = c.paragraphs()[1], found;
    if (!directive_number(second, found) || !ends_in_known_citation(c.paragraphs().back())) return false;
    if (number) *number = found;
    return true;
  }
  // Whether `p` ends in a citation of a known form ("(Ministerial Statement 2004)"): no heading does, so "Part A
  // ISPS Code requirements should be met (Ministerial Statement 2004)" is a directive (a review's finding).
  bool ends_in_known_citation(std::string_view p) { return ends_in_citation(p, /*known_form=*/true); }
  // "Part B. ...", "Part II: ...", "Part 2 ...", "Part One: ...". Not "Part A of the ISPS Code shall be ...": a
  // label and a space then a word in lower case is a directive's sentence (a helper's finding: the ISPS Code's
  // Parts A and B are common wording in directives).
  static bool starts_part(std::string_view p) {
    const std::string_view label = part_label(p);
    return !label.empty() && layout::heading_after_label(p, 5 + label.size());
  }
  // The label after "Part ": a letter, digits (and a letter: "1A"), a Roman numeral or a number's word; not any
  // word ("Part of the work: ..." is a directive, a review's finding). Empty for none.
  static std::string_view part_label(std::string_view p) {
    if (!ascii::starts_with_ci(p, "part ")) return {};
    std::size_t n = 0;
    while (5 + n < p.size() && ascii::alnum(p[5 + n]) && n < 7) ++n;
    const std::string_view label = p.substr(5, n);
    if (n == 0 || (5 + n < p.size() && ascii::alnum(p[5 + n]))) return {};
    std::size_t digits = 0;
    while (digits < n && ascii::digit(label[digits])) ++digits;
    const bool numbered = digits > 0 && (digits == n || (digits + 1 == n && ascii::letter(label[digits])));
    if (n == 1 || numbered || label.find_first_not_of("IVXivx") == std::string_view::npos || part_word(label))
      return label;
    return {};
  }
  // "One" to "Twelve" as 1 to 12; 0 for another word.
  static int part_word(std::string_view w) {
    static constexpr std::string_view kWords[] = {"one", "two",   "three",  "four",   "five",     "six",
                                                  "seven", "eight", "nine", "ten", "eleven", "twelve"};
    for (std::size_t k = 0; k < std::size(kWords); ++k)
      if (ascii::iequals(w, kWords[k])) return static_cast<int>(k) + 1;
    return 0;
  }
  // The place a label gives its part: A and 1 and I and One are 1; 0 where it tells none ("1A").
  static int part_place(std::string_view label) {
    if (label.empty()) return 0;
    if (ascii::all_digits(label)) return label.size() <= 3 ? std::stoi(std::string(label)) : 0;
    if (label.size() == 1 && ascii::letter(label[0]) && label.find_first_not_of("IVXivx") == 0)
      return ascii::lower(label[0]) - 'a' + 1;
    if (label.find_first_not_of("IVXivx") == std::string_view::npos) {
      int value = 0, last = 0;
      for (std::size_t k = label.size(); k-- > 0;) {
        const char c = ascii::lower(label[k]);
        const int v = c == 'i' ? 1 : c == 'v' ? 5 : 10;
        value += v < last ? -v : v;
        last = std::max(last, v);
      }
      return value;
    }
    return part_word(label);
  }

  // A part heading no row follows before the next heading or the table's end: no section carries it, so it would
  // be in no element of the plan, unsaid (a helper's finding: a last "Part C: Reporting" vanished).
  // Said by its name as a section would carry it (one line: a heading's lines joined, a review's finding).
  void heads_no_row(const std::pair<std::string_view, std::string>& heading) {
    findings_.push_back({DiagnosticCode::layout_unread,
                         fmt::format("part heading '{}' has no rows under it: no section carries it, so it is in no "
                                     "element of the plan",
                                     shortened(heading.second, 80)),
                         trim(heading.first)});
  }

  // Copies the cells without part headings into `out` and notes each heading
  // where it stood; false (and `out` untouched) when there is none.
  bool take_parts(const std::vector<Cell>& cells, std::size_t first_row, std::vector<Cell>& out) {
    bool any = false;
    for (std::size_t i = first_row; i < cells.size() && !any; ++i)
      any = is_part_heading(cells[i]) || heads_directive(cells[i]);
    if (!any) return false;
    // Room for every cell and a lost tab's repair (restore_cell): grown by doubling, it held twice the cells.
    out.reserve(cells.size() + 2);
    out.assign(cells.begin(), cells.begin() + static_cast<std::ptrdiff_t>(first_row));
    std::size_t column = 0;
    // The place the next part's label would have ("B" after "Part A"); 0 before any heading.
    const auto place_after = [&] { return parts_.empty() ? 0 : part_place(part_label(parts_.back().second)) + 1; };
    int next = place_after();
    for (std::size_t i = first_row; i < cells.size(); ++i) {
      std::string_view number;
      if (column == 0 && heads_directive(cells[i], &number)) {
        // The heading as a row of its own, the directive's cell from its paragraph on, and a note there.
        const Cell& c = cells[i];
        std::string name;
        append_collapsed(name, c.paragraphs()[0]);
        parts_.emplace_back(c.paragraphs()[0], std::move(name));
        next = place_after();
        const char* from = c.paragraphs()[1].data();
        Cell rest = c;
        rest.set_paragraphs(c.paragraphs().subspan(1));
        rest.set_extent(std::string_view(from, static_cast<std::size_t>(c.extent().data() + c.extent().size() - from)));
        findings_.push_back({DiagnosticCode::cell_boundary_assumed,
                             fmt::format("a part heading and directive {} share a cell: read as the heading's row, "
                                         "then the directive's cell starting here",
                                         number),
                             c.paragraphs()[1].substr(0, 0)});
        out.push_back(rest);
        column = 1 % width_;
        continue;
      }
      if (column == 0 && is_part_heading(cells[i])) {
        std::string name;
        for (std::string_view p : cells[i].paragraphs()) {
          if (!name.empty()) name.push_back(' ');
          append_collapsed(name, p);
        }
        parts_.emplace_back(cells[i].extent(), std::move(name));
        next = place_after();
        bool empties = i + width_ <= cells.size();
        for (std::size_t k = 1; empties && k < width_; ++k) empties = cells[i + k].paragraphs().empty();
        if (empties) i += width_ - 1;  // the merged row's empty cells go with it
        continue;
      }
      // A heading past a row's start, or run on at the end of a row's last cell (its tab lost): the next part's
      // ("Part B." after "Part A. ..."), its label stopped by '.' or ':', ending in no tag or citation, as an
      // action may start "Part 2 of ..." or "Part A: share ..." (a review's findings). In a wider table alone:
      // there the last columns are a Lead's and a Timeline's, and no lost cell is looked for; of three, the
      // lost-cell search sees a tab lost.
      if (width_ > 3 && column != 0 && !misplaced_part_.data() && !parts_.empty()) {
        const auto ps = cells[i].paragraphs();
        const auto next_heading = [&](std::string_view p) {
          const std::string_view label = part_label(p);
          const std::size_t stop = 5 + label.size();
          return next > 1 && part_place(label) == next && stop < p.size() && (p[stop] == '.' || p[stop] == ':') &&
                 !p.ends_with(')');
        };
        if (is_part_heading(cells[i]) && next_heading(ps[0])) {
          misplaced_part_ = cells[i].extent();
        } else if (column + 1 == width_ && ps.size() > 1 && next_heading(ps.back()) &&
                   std::none_of(ps.begin(), ps.end() - 1, [](std::string_view q) { return !part_label(q).empty(); })) {
          // ... not a list of parts the cell holds ("Part 1: 2014" / "Part 2: 2015")
          misplaced_part_ = ps.back();
          part_ran_on_ = true;
        }
      }
      out.push_back(cells[i]);
      column = (column + 1) % width_;
    }
    return true;
  }
  // ---- end issue 15 -------------------------------------------------------------

  // Numbers the finished section, notes its untagged actions and hands it on.
  void emit() {
    Section& s = section_;
    const char* base = source_.text().data();
    s.id = "S" + std::to_string(++sections_);
    s.span = source_.span(static_cast<std::size_t>(section_begin_ - base),
                          static_cast<std::size_t>(section_end_ - base));
    // Built by hand: three ids per action made fmt::format a twentieth of parsing.
    auto number = [&s](std::string& id, char kind, std::size_t k) {
      id.reserve(s.id.size() + 8);
      id = s.id;
      id.push_back('.');
      id.push_back(kind);
      id += std::to_string(k + 1);
    };
    for (std::size_t k = 0; k < s.directives.size(); ++k) number(s.directives[k].id, 'D', k);
    for (std::size_t k = 0; k < s.priorities.size(); ++k) number(s.priorities[k].id, 'P', k);
    for (std::size_t k = 0; k < s.actions.size(); ++k) number(s.actions[k].id, 'A', k);
    for (const auto& a : s.actions) {
      if (!a.tags.empty() || a.text.empty()) continue;
      // The mirror of a tag ending a directive: an untagged action that is a directive as written, its number
      // first and its citation (of a known form: "(Japan 2008)" may be a tag mistyped) last ("1A. Build capacity
      // ... (Ministerial Statement 2007)"), is a row's cells
      // out of their columns. A plan whose every tab was lost, read as column blocks, put its directives among
      // the actions with warnings alone, and validate passed (a docs check's finding).
      // A number with a letter ("1A", "1.A", "2E"), as directives are numbered: an action list's "1." is an
      // action's own (a review's finding: a numbered action citing the statement it answers was this error).
      std::string_view rest = a.text, as_directive;
      if (directive_number(rest, as_directive) && ascii::letter(as_directive.back()) &&
          ends_in_citation(a.text, true)) {
        untagged_.push_back(make_diagnostic(
            DiagnosticCode::tag_in_wrong_column,
            fmt::format("an action reads as directive {} (its number, a citation and no tag): the table's columns "
                        "seem shifted here (a lost or an extra tab, or a column mseg does not know)",
                        as_directive),
            a.span));
        continue;
      }
      if (warnings_)
        untagged_.push_back(make_diagnostic(DiagnosticCode::action_without_tag,
                                            "action has no (Owner/Deadline) tag" + tag_lookalike(a.text), a.span));
    }
    sink_.section(std::move(s));
    section_ = Section{};
    open_ = false;
  }

  // The findings so far become diagnostics, after the head's and those settled before, in the order found.
  // Settled as each action paragraph and each row is read, not all at the plan's end: the two were held
  // together, a finding and a diagnostic for every tag (issue 20 item 12).
  void settle_findings() {
    if (findings_.empty()) return;
    auto& diags = plan_.diagnostics;
    for (auto& f : findings_) {
      if (!warnings_ && info(f.code).severity != Severity::error) continue;
      if (f.code == DiagnosticCode::deadline_from_text && f.where.data() == text_deadline_at_)
        text_deadline_settled_ = diags.size();
      diags.push_back(make_diagnostic(f.code, std::move(f.message), source_.span(f.where)));
      if (!f.fix || !fixes_) continue;
      FindingFix& fix = *f.fix;
      if (fix.description.empty()) fix.description = fmt::format("replace '{}' with '{}'", fix.where, fix.text);
      diags.back().fix =
          Fix{std::move(fix.description), source_.span(fix.where), std::move(fix.text), fix.safe};
    }
    findings_.clear();
  }

  void finish() {
    if (open_) emit();
    settle_findings();
    // The head's diagnostics (a column-blocks plan's reader brings some 50,000 notes) and the findings are
    // added to, not copied.
    std::vector<Diagnostic> diags = std::move(plan_.diagnostics);
    plan_.diagnostics.clear();
    diags.reserve(diags.size() + untagged_.size());
    for (auto& d : untagged_) diags.push_back(std::move(d));
    // The head's notes (the layout's, the decoder's) too, when only errors are wanted.
    if (!warnings_) std::erase_if(diags, [](const Diagnostic& d) { return d.severity != Severity::error; });
    // In reading order (a PDF's by page: a helper's finding, pages 1, 2, 1, 1, 3, 2), ties as they came. Sorting
    // (key, index) pairs and moving each diagnostic into its place once is far cheaper than a stable sort that
    // moves them all at every merge.
    std::vector<std::pair<std::uint64_t, std::size_t>> order(diags.size());
    for (std::size_t i = 0; i < diags.size(); ++i) order[i] = {reading_order(diags[i].span), i};
    std::sort(order.begin(), order.end());
    permute_in_place(diags, [&order](std::size_t i) { return order[i].second; });
    sink_.end(std::move(diags));
  }

  const SourceText& source_;
  Removed removed_;  // the page numbers the table's text held, taken out (`run`'s table outlives every read)
  Plan& plan_;  // the head: everything but sections; its diagnostics come first
  PlanSink& sink_;
  Findings findings_;
  std::vector<Diagnostic> untagged_;  // action-without-tag, found as sections finish
  Section section_;                   // the section being read, while open_
  bool open_ = false;
  std::size_t sections_ = 0;  // sections handed on so far
  const char* section_begin_ = nullptr;
  const char* section_end_ = nullptr;
  std::size_t last_action_begin_ = 0;
  std::size_t front_lines_ = 0;   // issue 15
  std::size_t width_ = 3;         // issue 15: cells a row, 4-6 when the header names further columns
  std::array<const Cell*, 3> extras_{};                           // issue 15: this row's further cells
  std::vector<std::pair<std::string_view, std::string>> parts_;  // issue 15: each part heading, where it stood
  std::string_view misplaced_part_;  // the first part heading found past a row's start: a tab lost or added above
  bool part_ran_on_ = false;         // ... found as the last paragraph of a row's last cell: its own tab lost
  std::optional<std::string> part_;                               // issue 15: the part rows are under
  bool part_changed_ = false;   // issue 15: lines of `before` that make the front matter proper
  std::string_view lead_open_;    // issue 15: a lead clause that may go on on the next line
  std::size_t lead_lines_ = 0;    // issue 15: the lines lead_open_ spans
  std::string_view action_text_;  // issue 15: the last action's sentence, without its tags
  const char* text_deadline_at_ = nullptr;  // issue 15: where the last deadline-from-text note points
  static constexpr std::size_t kNotSettled = static_cast<std::size_t>(-1);
  std::size_t text_deadline_settled_ = kNotSettled;  // that note's index in plan_.diagnostics, once settled
  TrailingGroups groups_;  // one paragraph's trailing groups at a time, its room reused
  TrailingGroups citation_groups_;  // ends_in_citation's, apart: it is asked while groups_ may be in use
  TrailingGroups scratch_groups_;   // second_action_at's, apart likewise
  // split_paragraphs' pieces of a directives' and of an actions' cell, when it reads a paragraph apart.
  std::vector<std::string_view> split_directives_, split_priorities_, split_actions_;
  std::vector<TagPiece> pieces_;    // a group's tags, when it holds several (read_group_tags), its room reused
  std::vector<Misplaced> misplaced_;  // this row's directives' and priorities' tag-like parentheses
  std::size_t tags_read_ = 0;         // tags read from action cells so far
  const cite::Registry& registry_;
  bool warnings_;  // ParseOptions::warnings: false keeps errors alone
  bool fixes_;     // ParseOptions::fixes: false makes no Diagnostic::fix
};

// A .docx or .pdf read by its layout reader: the original bytes for `source`,
// the laid-out text for the rest.
struct LaidForm {
  std::string_view original;
  Form form;
  const layout::Laid* laid;
  std::uint32_t pages;
};

// Reads tab-cell text; `form`, when given, is what the text was laid out from.
// `source_text`, when not null, receives the text the spans count lines in (a text plan's, decoded).
void parse_text(std::string_view bytes, const ParseOptions& options, PlanSink& sink, const LaidForm* form,
                std::string* source_text) {
  DecodedText decoded = decode(bytes);
  Plan head;
  const std::string_view original = !options.converted_from.empty() && options.original.data() ? options.original
                                    : form                                                      ? form->original
                                                                                                : bytes;
  head.source.path = options.path;
  head.source.sha256 = sha256_hex(original);
  head.source.bytes = original.size();
  head.source.encoding = decoded.encoding;
  head.source.line_ending = decoded.line_ending;
  head.source.mseg_version = kVersion;
  if (form) {
    head.source.format = options.converted_from.empty() ? to_string(form->form) : options.converted_from;
    head.source.layout = form->laid->reader;
    head.source.pages = form->pages;
  }
  if (decoded.encoding == "windows-1252") {
    head.diagnostics.push_back(make_diagnostic(DiagnosticCode::decoded_windows_1252,
                                               "the file is not valid UTF-8; it was read as Windows-1252",
                                               Span{1, 1, 1, 1, 0, 0}));
  }
  // The layout stage: a reader per form lays the plan out as tab-cell text.
  layout::Laid laid;
  try {
    // A .docx or .pdf was laid out as tab-cell text by its own reader already.
    laid = layout::lay_out(decoded.text(), form ? std::string("tab-cells") : options.layout);
  } catch (const std::invalid_argument& e) {
    throw InputError(e.what());
  }
  if (!form) head.source.layout = laid.reader;
  SourceText source(decoded);
  if (form) source.place_in(*form->laid);
  for (const auto& r : decoded.replaced) {
    // The bytes as they were, in hex: the reader looks for them in the file.
    const std::uint64_t from = decoded.original_offset(r.at);
    std::string hex;
    for (std::uint64_t k = from; k < from + r.bytes && k < bytes.size(); ++k)
      hex += fmt::format("{}0x{:02X}", hex.empty() ? "" : " ", static_cast<unsigned char>(bytes[k]));
    head.diagnostics.push_back(make_diagnostic(
        DiagnosticCode::invalid_utf8,
        fmt::format("{} not UTF-8 ({}), read as U+FFFD", r.bytes == 1 ? "a byte" : fmt::format("{} bytes", r.bytes), hex),
        source.span(r.at, r.at + 3 * std::size_t{r.bytes})));
  }
  if (form) {
    // The reader's findings view into the laid text, which decode viewed, not copied, when it was UTF-8.
    const std::string_view text = decoded.text();
    auto placed = form->laid->finding_places.begin();
    for (std::size_t i = 0; i < form->laid->findings.size(); ++i) {
      auto& f = form->laid->findings[i];
      bool inside = f.where.data() >= text.data() && f.where.data() + f.where.size() <= text.data() + text.size();
      head.diagnostics.push_back(
          make_diagnostic(f.code, std::move(f.message), inside ? source.span(f.where) : Span{1, 1, 1, 1, 0, 0}));
      if (placed != form->laid->finding_places.end() && placed->index == i) {
        head.diagnostics.back().span.place = intern_place(placed->place);
        head.diagnostics.back().off_text = placed->off_text;
        ++placed;
      }
    }
  }
  // From here on the assembler reads the laid-out text; spans map back through its pieces.
  source.lay(laid);
  head.diagnostics.reserve(head.diagnostics.size() + laid.findings.size());
  base::advise_huge_pages(head.diagnostics.data(), head.diagnostics.capacity() * sizeof(Diagnostic));
  for (auto& f : laid.findings)
    if (options.warnings || info(f.code).severity == Severity::error)
      head.diagnostics.push_back(make_diagnostic(f.code, std::move(f.message), source.span(f.where)));
  Findings().swap(laid.findings);  // its memory back for the assembler to take (50,000 notes from column blocks)
  Table table = split_table(source.text());
  Assembler(source, head, sink, options.registry ? *options.registry : cite::builtin_registry(), options.warnings,
            options.fixes)
      .run(table);
  // A form's laid text is its reader's, handed on whole by parse_plan. Text
  // that was UTF-8 already is the caller's own bytes: not copied (issue 20 item 12).
  if (source_text && !form) {
    if (decoded.is_transcoded) source_text->assign(decoded.text());
    else source_text->clear();
  }
}

// Hands the reader's laid text on to the caller that asked for it: the spans'
// lines are its lines.
void keep_laid_text(std::string* source_text, layout::Laid& laid) {
  if (source_text) *source_text = std::move(laid.text);
}

}  // namespace

// The layout stage's seam for .docx and .pdf: the reader lays the plan out as
// tab-cell text and the text is parsed as any other; spans give the laid text's
// lines and columns, and the place in the document (layout::place_at).
namespace {

void parse_into(std::string_view bytes, const ParseOptions& options, PlanSink& sink, std::string* source_text) {
  const Form form = detect_form(bytes);
  if (form == Form::doc && encrypted_office_file(bytes))
    throw InputError("a password-protected Word file (an encrypted .docx): remove its password in Word (File, Info, "
                     "Protect Document) and save it again");
  if (form == Form::text && zip_not_docx(bytes))
    throw InputError("a zip package without word/document.xml: not a .docx (an .xlsx, a .pptx or an archive?)");
  if (form == Form::doc)
    throw InputError("a Word 97 .doc file: install libreoffice-writer-nogui, or save it as .docx");
  if (form == Form::odt)
    throw InputError("an OpenDocument .odt file: install libreoffice-writer-nogui, or save it as .docx");
  if (form == Form::docx) {
    layout::DocxLimits limits;
    if (options.max_inflated) limits.max_inflated = options.max_inflated;
    layout::Laid laid = layout::read_docx(bytes, limits);
    const LaidForm laid_form{bytes, form, &laid, 0};
    parse_text(laid.text, options, sink, &laid_form, source_text);
    keep_laid_text(source_text, laid);
    return;
  }
  if (form == Form::pdf) {
    std::uint32_t pages = 0;
    layout::PdfLimits limits;
    if (options.threads == 1) limits.two_threads_from_pages = UINT32_MAX;  // never
    layout::Laid laid = layout::read_pdf(bytes, &pages, limits);
    const LaidForm laid_form{bytes, form, &laid, pages};
    parse_text(laid.text, options, sink, &laid_form, source_text);
    keep_laid_text(source_text, laid);
    return;
  }
  parse_text(bytes, options, sink, nullptr, source_text);
}

Plan collect_plan(std::string_view bytes, const ParseOptions& options, std::string* source_text) {
  struct Collect : PlanSink {
    Plan plan;
    void begin(const Plan& head) override { plan = head; }
    void section(Section&& s) override { plan.sections.push_back(std::move(s)); }
    void end(std::vector<Diagnostic>&& diagnostics) override { plan.diagnostics = std::move(diagnostics); }
  } collect;
  parse_into(bytes, options, collect, source_text);
  return std::move(collect.plan);
}

}  // namespace

void parse_plan(std::string_view bytes, const ParseOptions& options, PlanSink& sink) {
  parse_into(bytes, options, sink, nullptr);
}

void parse_plan(std::string_view bytes, const ParseOptions& options, PlanSink& sink, std::string& source_text) {
  parse_into(bytes, options, sink, &source_text);
}

Plan parse_plan(std::string_view bytes, const ParseOptions& options) { return collect_plan(bytes, options, nullptr); }

Plan parse_plan(std::string_view bytes, const ParseOptions& options, std::string& source_text) {
  return collect_plan(bytes, options, &source_text);
}

}  // namespace mseg
