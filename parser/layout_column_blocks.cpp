// Text copied from a PDF viewer, `pdftotext` without -layout, a website's
// extraction: each cell's text is a block of short wrapped lines, the column
// names stand as heading lines before the first row's blocks, and extractors
// print a page column by column. A blank line ends a flow (a stretch of one
// column that the extractor printed in one go); it may hold several cells,
// for the rows of a table touch. Where a flow stands in the table is read
// from a heading just above it, or else inferred from its text and from the
// geometry the line counts keep (docs/format.md, "Column blocks"); every
// inference is a located layout-inferred note. No line is dropped.
#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <array>
#include <cstdint>
#include <span>
#include <unordered_map>
#include <utility>

#include "base/ascii.hpp"
#include "base/huge_pages.hpp"
#include "clean.hpp"
#include "extra_column.hpp"
#include "layout_later_forms.hpp"
#include "layout_text.hpp"
#include "lead_tag.hpp"
#include "patterns.hpp"

namespace mseg::layout {
namespace {

constexpr std::array<std::string_view, 3> kColumn{"directives", "priorities", "actions"};
// The columns a table may have: the three, and up to three further ones (issue 15).
constexpr std::size_t kMaxColumns = 6;

// The column a heading line names: 0 directives, 1 priorities, 2 actions; -1 for none.
int heading_column(std::string_view t) {
  if (t.empty() || t.size() > 40) return -1;
  // "Action Items (Owner/Deadline)": the name before its parenthesis (a helper's finding: read as an action).
  // Only a parenthesis that says what a cell holds, with a '/': "Coordinated Actions (ISPS)" is a priority's
  // title, a line of the table (a review's finding: such lines were dropped as repeated column names).
  if (t.back() == ')' && column_name_with_parenthesis(t)) {
    const std::size_t open = t.rfind('(');
    // What the column's cells hold, "(Owner/Deadline)": "1.1 Joint Actions (MEG/LEG)" is a priority (a second
    // review's finding).
    const std::string_view inside = t.substr(open);
    bool says = inside.find('/') != std::string_view::npos;
    if (says) {
      says = false;
      for (std::string_view w : {"owner", "deadline", "lead", "timeline", "responsib", "due"})
        says = says || ascii::contains_ci(inside, w);
    }
    if (!says) return -1;
    t = trim(t.substr(0, open));
  }
  if (t.empty()) return -1;
  const char last = t.back();
  if (last == '.' || last == ')' || last == ',' || last == ';' || last == ':') return -1;
  if (last != 's') return -1;  // every column's name ends in 's': most lines go no further
  return column_named(t, /*any_case=*/false);
}

// The digits `number` starts with, as a number ("3" of "3.1", "12" of "12B"); at most six are read.
unsigned long leading_number(std::string_view number) {
  unsigned long n = 0;
  for (std::size_t i = 0; i < number.size() && i < 6 && ascii::digit(number[i]); ++i)
    n = n * 10 + static_cast<unsigned long>(number[i] - '0');
  return n;
}

// The section a directive number belongs to ("2A" -> "2"), empty for a line without one.
std::string_view directive_section(std::string_view line) {
  std::string_view rest = line, number;
  if (!consume_directive_number(rest, number)) return {};
  std::size_t n = 0;
  while (n < number.size() && number[n] >= '0' && number[n] <= '9') ++n;
  return number.substr(0, n);
}

// What the parenthesised groups of a flow's text say about its column: 2 when
// one holds an owner/deadline tag ('/'), 0 when one is a citation (a year or a
// goal), -1 for neither. A group's text is what its outer parentheses hold, a
// nested '(' left out and a line's end read as a space; it is read as it comes,
// not copied (this runs for most flows).
int groups_column(std::span<const std::string_view> lines) {
  int depth = 0, found = -1;
  bool slash = false, cited = false;
  std::size_t digits = 0;
  std::uint32_t last4 = 0;  // the group's last four bytes, to find "Goal"
  constexpr std::uint32_t kGoal = (std::uint32_t{'G'} << 24) | (std::uint32_t{'o'} << 16) | (std::uint32_t{'a'} << 8) | 'l';
  auto take = [&](char c) {
    slash = slash || c == '/';
    digits = (c >= '0' && c <= '9') ? digits + 1 : 0;
    last4 = (last4 << 8) | static_cast<unsigned char>(c);
    cited = cited || digits == 4 || last4 == kGoal;
  };
  for (std::string_view l : lines) {
    for (std::size_t i = 0; i < l.size();) {
      if (depth == 0) {  // outside a group only its opening counts: memchr finds it
        i = l.find('(', i);
        if (i == std::string_view::npos) break;
      }
      const char c = l[i++];
      if (c == '(') {
        if (depth++ == 0) slash = cited = false, digits = 0, last4 = 0;
        continue;
      }
      if (c == ')' && --depth == 0) {
        if (slash) return 2;
        if (cited) found = 0;
        continue;
      }
      take(c);
    }
    if (depth > 0) take(' ');
  }
  return found;
}

// A lead clause needs its keyword's colon: actions without one are split nowhere after it.
bool has_colon(std::span<const std::string_view> lines) {
  return std::any_of(lines.begin(), lines.end(), [](std::string_view l) { return l.find(':') != l.npos; });
}

// The paragraphs' sizes (lines) from where they begin, in `count` lines.
void sizes_of(const std::vector<std::size_t>& begins, std::size_t count, std::vector<std::uint32_t>& sizes) {
  sizes.clear();
  for (std::size_t k = 0; k < begins.size(); ++k)
    sizes.push_back(static_cast<std::uint32_t>((k + 1 < begins.size() ? begins[k + 1] : count) - begins[k]));
}

// Whether a line ends a cell's paragraph: the next page's first line starts another.
bool ends_paragraph(std::string_view line) {
  const char end = line.empty() ? '.' : line.back();
  return end == '.' || end == ')' || end == ';';
}

// A run of lines the extractor printed together: one column, one or more cells.
struct Flow {
  std::size_t page = 0;
  int column = -1;
  bool headed = false;     // its column's name stands on the line just above: it starts at its page's top
  bool continues = false;  // its first line goes on with the column's cell from the page before
  bool ends_page = false;  // the column's next flow, on the next page, goes on with this one's last cell
  std::string_view reason;  // why the column was inferred (unheaded flows)
  int follows = -1;         // for a further column's flow: the column of the block before it, said in its note
  // Views into the reader's shared arrays, not arrays of their own: a flow is a few lines, and there are
  // hundreds of thousands of them (their allocations were a quarter of the reader's time).
  std::span<const std::string_view> lines;
  std::span<const std::uint32_t> starts;  // the lines where a paragraph starts
  // Its paragraphs as the cell pass would join them (line counts), and the notes that joining makes: a cell
  // that is one whole flow, the commonest, is not joined twice.
  std::span<const std::uint32_t> sizes;
  Findings notes;
};

// A stretch of a flow's lines that stands in one row.
struct Stretch {
  std::size_t flow = 0, begin = 0, end = 0;
  std::size_t row = 0;
  std::string why;  // the inference that placed it, for its note; empty when the text says so
  // The row was started here by the order of the text alone (a `layout-row` warning, not a note: a new user's
  // action read into the next section changed query, history and calendar answers with only a note said).
  bool row_guessed = false;
};

// A column's line lengths (characters), counted rather than kept: a column has
// hundreds of thousands of lines but few lengths. The rare line of kCounted
// characters or more is kept as it is.
class LineLengths {
 public:
  void add(std::size_t n) {
    ++lines_;
    if (n >= kCounted) {
      long_.push_back(n);
      return;
    }
    if (n >= counts_.size()) counts_.resize(n + 1);
    ++counts_[n];
  }
  // The widest line, leaving out lines an extractor made by joining two (over a
  // third longer than the column's three-quarter line).
  std::size_t width() {
    if (lines_ == 0) return 0;
    const std::size_t cap = nth(lines_ * 3 / 4) * 4 / 3;
    std::size_t widest = 0;
    for (std::size_t n : long_)
      if (n <= cap) widest = std::max(widest, n);
    for (std::size_t n = std::min(cap + 1, counts_.size()); n > widest; --n)
      if (counts_[n - 1] > 0) return n - 1;
    return widest;
  }

 private:
  static constexpr std::size_t kCounted = 4096;
  // The k-th shortest (0-based) of the lengths.
  std::size_t nth(std::size_t k) {
    for (std::size_t n = 0; n < counts_.size(); ++n) {
      if (k < counts_[n]) return n;
      k -= counts_[n];
    }
    std::nth_element(long_.begin(), long_.begin() + static_cast<std::ptrdiff_t>(k), long_.end());
    return long_[k];
  }
  std::vector<std::size_t> counts_;  // counts_[n]: lines of n characters
  std::vector<std::size_t> long_;
  std::size_t lines_ = 0;
};

}  // namespace

double fit_column_blocks(std::string_view text) {
  const std::vector<Line> lines = split_lines(text.substr(0, std::min<std::size_t>(text.size(), 1 << 16)));
  // Column names on lines of their own, in order.
  bool seen[3] = {false, false, false};
  for (const Line& l : lines) {
    int c = heading_column(trim(l.text));
    if (c >= 0 && trim(l.text) == trim_end(l.text)) seen[c] = true;
  }
  const int found = seen[0] + seen[1] + seen[2];
  return found == 3 ? 0.8 : found == 2 ? 0.4 : 0.0;
}

Laid read_column_blocks(std::string_view text) {
  Laid laid{"column-blocks", {}, {}, {}, {}, {}};
  Writer w(text, laid);
  std::vector<Line> lines = split_lines(text);
  std::vector<Furniture> furniture = find_furniture(lines, laid.findings);
  std::size_t first = lines.size();
  for (std::size_t i = 0; i < lines.size() && first == lines.size(); ++i)
    if (heading_column(trim(lines[i].text)) == 0) first = i;  // a page's top line, perhaps taken for a running header
  // A column name wrapped in its narrow cell ("Goals and" / "Objectives", "MSEG Priori-" / "ties") is one name:
  // a helper's finding, "Goals and" glued to the preamble.
  const auto wraps_name = [&](std::size_t i) {  // lines i and i + 1 are one column's name, line i none alone
    if (i + 1 >= lines.size() || furniture[i] != Furniture::none || furniture[i + 1] != Furniture::none ||
        lines[i + 1].page_break)
      return -1;
    const std::string_view a = trim(lines[i].text), b = trim(lines[i + 1].text);
    if (a.empty() || b.empty() || a.size() > 24 || heading_column(a) >= 0) return -1;
    // A name's second part is one word ("Objectives", "ties"): a whole name under a line ("Goals and Objectives"
    // under "Ha Noi, Viet Nam" or "MARITIME SECURITY") is a name alone (a review's finding). Its first part ends
    // in no sentence mark ("... the APEC region.") and asks for more (a hyphen, "and", "&") or is one word in
    // capitals ("Ministerial" / "Directives").
    if (b.find(' ') != std::string_view::npos) return -1;
    if (std::string_view(".;:),").find(a.back()) != std::string_view::npos) return -1;
    const bool one_word = a.find(' ') == std::string_view::npos && a[0] >= 'A' && a[0] <= 'Z';
    if (!one_word && a.back() != '-' && !a.ends_with(" and") && !a.ends_with(" &")) return -1;
    return heading_column(join_wrapped({a, b}));
  };
  if (first < lines.size() && first > 0 && wraps_name(first - 1) == 0) --first;
  std::array<Paragraph, 3> name_lines;  // each column's name as its lines

  // Front matter: paragraphs by the wrapping rules, at the widest line's width.
  std::vector<std::string_view> front;
  std::size_t width = 0;
  for (std::size_t i = 0; i < first; ++i) {
    std::string_view t = trim(lines[i].text);
    if (furniture[i] != Furniture::none || t.empty()) continue;
    front.push_back(t);
    width = std::max(width, char_count(t));
  }
  for (const Paragraph& p : paragraphs_of(front, width)) {
    w.paragraph(p);
    w.raw("\n");
  }
  if (first == lines.size()) {
    laid.findings.push_back({DiagnosticCode::layout_columns,
                             "column-blocks: no heading line naming the directives column (such as 'Ministerial "
                             "Directives' or 'Goals and Objectives') was found",
                             text.substr(0, 0)});
    return laid;
  }

  // Flows: runs of lines between blank lines, headings, page furniture and page breaks.
  std::array<std::string_view, 3> names{};
  // issue 15: a wider table's further columns (Lead, Timeline...), named by heading lines after the three.
  std::vector<std::string_view> extras;
  std::vector<Flow> flows;
  flows.reserve(lines.size() / 4 + 1);  // blocks of a few lines each: room once, not a move of every flow at each doubling
  // Every flow's lines, one after another; reserved for all of them at once, so that a flow's view stays valid.
  std::vector<std::string_view> flow_lines;
  flow_lines.reserve(lines.size() - first);
  base::advise_huge_pages(flow_lines.data(), flow_lines.capacity() * sizeof(std::string_view));
  std::size_t page = 0;
  int heading = -1;  // a heading on the line just above
  bool open = false;
  bool after_blank = false;  // the line before was blank (not furniture, a heading or a page's end)
  bool after_gap = false;    // blank lines or page furniture alone stand between the last flow's line and this
  int open_kind = 0;  // the open flow's numbers: 1 priorities', 2 directives', 0 none yet
  unsigned long open_major = 0;  // a flow of priorities: its first number's section ("3" of "3.1")
  std::size_t table_blanks = 0;  // blank lines after the directives' heading
  for (std::size_t i = first; i < lines.size(); ++i) {
    std::string_view t = trim(lines[i].text);
    if (lines[i].page_break && i > first) {
      ++page;
      open = false;
      heading = -1;
    }
    // A column name repeated at each page's top may have been found a running header already.
    if (int c = wraps_name(i); c >= 0) {
      if (names[c].empty()) {
        names[c] = t;
        name_lines[c] = {t, trim(lines[i + 1].text)};
      } else {
        note_furniture(t, "column name repeated", laid.findings);
        note_furniture(trim(lines[i + 1].text), "column name repeated", laid.findings);
      }
      heading = c, after_gap = false, after_blank = false;
      open = false;
      ++i;
      continue;
    }
    if (int c = heading_column(t); c >= 0) {
      if (names[c].empty()) {
        names[c] = t;
        name_lines[c] = {t};
      } else if (furniture[i] == Furniture::none) {
        note_furniture(t, "column name repeated", laid.findings);
      }
      heading = c, after_gap = false, after_blank = false;
      open = false;
      continue;
    }
    // t is trimmed, and most lines are longer than any further column's name: they go no further.
    if (!names[2].empty() && t.size() <= kLongestExtraColumn && is_extra_column(t)) {
      auto known = std::find_if(extras.begin(), extras.end(), [&](std::string_view e) { return ascii::iequals(e, t); });
      if (known == extras.end() && extras.size() + 3 < kMaxColumns && page == 0) {
        extras.push_back(t);
        known = extras.end() - 1;
      }
      if (known != extras.end()) {
        if (known->data() != t.data() && furniture[i] == Furniture::none)
          note_furniture(t, "column name repeated", laid.findings);
        heading = static_cast<int>(3 + (known - extras.begin())), after_gap = false,
        after_blank = false;
        open = false;
        continue;
      }
    }
    if (furniture[i] != Furniture::none || t.empty()) {
      open = false;
      heading = -1;  // a heading alone heads nothing: the extractor printed it as a flow of its own
      after_blank = furniture[i] == Furniture::none;
      after_gap = true;
      continue;
    }
    // A blank line where a sentence goes on in lower case ("APEC needed to continue" / (blank) / "building
    // capacities") is a stray one inside a cell: no cell, of this column or another, starts mid-sentence. Read as
    // a flow of its own, the rest of the cell became a row, and every element after it moved (a helper's finding,
    // 48 elements, with only a note about the row).
    // Not in a wider table: a Lead or Timeline cell ends in no mark and may start in lower case ("Canada" /
    // (blank) / "by March 2011" are two cells: a review's finding).
    // Or a page number pasted among a cell's lines (the extractor's footer, mid-page; a sweep's finding).
    // Nor after a block of priorities, whose titles end in no mark and whose next may start in lower case
    // ("e-Seals and containers": a review's finding).
    if (!open && after_gap && heading < 0 && extras.empty() && !flows.empty() && flows.back().page == page &&
        flows.back().column != 1 && open_kind != 1 &&
        !ends_paragraph(flow_lines.back()) && flow_lines.back().back() != ':' && ascii::is_lower(t.front())) {
      laid.findings.push_back({DiagnosticCode::layout_inferred,
                               fmt::format("the blank line or page furniture above read as inside a cell: '{}' goes "
                                           "on from '{}'",
                                           t, flow_lines.back()),
                               t});
      open = true;
    }
    if (after_blank && !names[0].empty()) ++table_blanks;  // not one at the text's end (pdftotext's last form feed)
    after_blank = false;
    after_gap = false;
    // A priority's number in a flow of directives, or a directive's in a flow of priorities, starts a flow: the
    // blank line between two columns' blocks is missing (a removed-line sweep: "... Global Standard" / "2A.
    // Implementing ..." read the directive into the priorities' block, every element after it moved, unsaid).
    // Only a number that starts a paragraph ("2.1 of the Code" or "2.5 million" in a wrapped line is none), and a
    // bare "4." in a block of priorities only past their section ("1." may number a priority's items): a review's
    // findings.
    {
      std::string_view rest = t, number;
      int kind = 0;
      if (starts_paragraph(t)) {
        if (patterns::consume_priority_number(rest, number)) kind = 1;
        else if (rest = t; consume_directive_number(rest, number)) kind = 2;
      }
      if (kind == 2 && open && open_kind == 1 && number.find_first_not_of("0123456789") == std::string_view::npos &&
          leading_number(number) <= open_major)
        kind = 0;
      if (open && kind != 0 && open_kind != 0 && kind != open_kind) {
        laid.findings.push_back({DiagnosticCode::layout_inferred,
                                 fmt::format("read as the start of a block of its own: '{}' starts with a {}'s number "
                                             "in a block of {}; the blank line between them is missing",
                                             t, kind == 1 ? "priority" : "directive",
                                             open_kind == 1 ? "priorities" : "directives"),
                                 t});
        open = false;
      }
      if (!open || open_kind == 0) {
        open_kind = kind;
        if (kind == 1) open_major = leading_number(number);
      }
    }
    if (!open) {
      flows.push_back({});
      flows.back().page = page;
      flows.back().column = heading;
      flows.back().headed = heading >= 0;
      heading = -1;
      open = true;
    }
    assert(flow_lines.size() < flow_lines.capacity());  // the flows view it: no growth past the reserve
    flow_lines.push_back(t);
    flows.back().lines = {flow_lines.data() + flow_lines.size() - flows.back().lines.size() - 1,
                          flows.back().lines.size() + 1};
  }
  // The flows hold all that is read of the lines from here on. Their memory goes back now, for what is
  // written next to take: on a virtual machine a page touched for the first time costs more than its use.
  std::vector<Line>().swap(lines);
  std::vector<Furniture>().swap(furniture);
  for (std::size_t c = 0; c < 3; ++c) {
    if (name_lines[c].size() > 1) w.cell(std::vector<Paragraph>{name_lines[c]});
    else w.cell(names[c]);
  }
  for (std::string_view e : extras) w.cell(e);
  const std::size_t columns = 3 + extras.size();
  auto column_name = [&](std::size_t c) { return c < 3 ? kColumn[c] : extras[c - 3]; };
  // The header row's names are the columns', not furniture, whatever their place on the page.
  std::erase_if(laid.findings, [&](const Finding& fd) {
    return fd.code == DiagnosticCode::page_furniture &&
           (std::any_of(names.begin(), names.end(), [&](std::string_view n) { return fd.where.data() == n.data(); }) ||
            std::any_of(extras.begin(), extras.end(), [&](std::string_view n) { return fd.where.data() == n.data(); }));
  });

  // Notes to come: about one a flow for its column and one for its row, more where rows are inferred.
  laid.findings.reserve(laid.findings.size() + 3 * flows.size() + 16);
  base::advise_huge_pages(laid.findings.data(), laid.findings.capacity() * sizeof(Finding));
  // Each flow's column: its heading's, or what its text says. A flow that goes on
  // with a column's cell from the page before is in that column.
  std::array<LineLengths, 3> lengths;  // issue 15: further columns not measured
  std::array<long, kMaxColumns> last_flow{-1, -1, -1, -1, -1, -1};
  bool tag_in_directives = false;  // said once
  for (std::size_t f = 0; f < flows.size(); ++f) {
    Flow& fl = flows[f];
    const std::string_view head = fl.lines.front();
    if (fl.column < 0) {
      // A first line in lower case goes on with a cell the page before left unfinished (and not a
      // citation in the actions column, nor a tag in another).
      const bool lower_start = head[0] >= 'a' && head[0] <= 'z';
      for (std::size_t c = 0; c < 3 && fl.column < 0 && lower_start; ++c) {
        const long g = last_flow[c];
        if (g >= 0 && flows[static_cast<std::size_t>(g)].page < fl.page &&
            !ends_paragraph(flows[static_cast<std::size_t>(g)].lines.back()) &&
            groups_column(fl.lines) != (c == 2 ? 0 : 2)) {
          fl.column = static_cast<int>(c);
          fl.reason = "it goes on with that column's unfinished cell from the page before";
        }
      }
    }
    if (fl.column < 0) {
      std::string_view rest = head, number;
      const int groups = groups_column(fl.lines);
      if (patterns::consume_priority_number(rest, number)) {
        fl.column = 1, fl.reason = "it starts with a priority number";
      } else if (rest = head; consume_directive_number(rest, number)) {
        fl.column = 0, fl.reason = "it starts with a directive number";
      } else if (groups == 2) {
        fl.column = 2, fl.reason = "it holds an owner/deadline tag";
      } else if (groups == 0) {
        fl.column = 0, fl.reason = "it holds a citation";
      } else if (const int before = f > 0 && flows[f - 1].page == fl.page ? flows[f - 1].column : -1;
                 columns > 3 && before >= 1) {
        // issue 15: pdftotext prints a row's further cells after its priorities or actions, left to right.
        const auto next = static_cast<std::size_t>(before) >= 3 && static_cast<std::size_t>(before) + 1 < columns
                              ? static_cast<std::size_t>(before) + 1
                              : 3;
        fl.column = static_cast<int>(next);
        fl.follows = before;
      } else {
        fl.column = 1, fl.reason = "it holds no number, tag or citation";
      }
    }
    // A directives block that holds a tag holds an action's lines too: the text has lost the blank lines between
    // the columns' blocks (a helper's finding: with none, the 2007 plan was one section of 12 directives, 1 priority
    // and 15 actions, each priority joined to an action, with notes only). Which cell each line is in is a guess.
    // Only in a text with no blank line in its table, and once: a citation may hold a '/' ("(Leaders' Statement
    // 2005; APEC/IMO)": a review's finding, a false warning on a plan read right).
    if (fl.column == 0 && table_blanks == 0 && !tag_in_directives && groups_column(fl.lines) == 2) {
      tag_in_directives = true;
      laid.findings.push_back({DiagnosticCode::layout_row,
                               "this block of the directives column holds an owner/deadline tag: no blank line "
                               "parts it from the actions' lines, so the cells and rows from here are guessed",
                               head});
    }
    const auto c = static_cast<std::size_t>(fl.column);
    const long g = last_flow[c];
    // Priorities carry no end marks, and an unheaded flow may stand anywhere on
    // its page: those go on with the page before only when they start in lower case.
    const bool lower = head[0] >= 'a' && head[0] <= 'z';
    fl.continues = g >= 0 && flows[static_cast<std::size_t>(g)].page < fl.page && !starts_paragraph(head) &&
                   !ends_paragraph(flows[static_cast<std::size_t>(g)].lines.back()) &&
                   (lower || (fl.headed && c != 1));
    if (fl.continues) flows[static_cast<std::size_t>(g)].ends_page = true;
    last_flow[c] = static_cast<long>(f);
    if (c < 3)
      for (std::string_view l : fl.lines) lengths[c].add(char_count(l));
  }
  // The priorities column's width tells short titles from wrapped lines; a line
  // much wider than its column is two lines an extractor joined.
  std::array<std::size_t, 3> widths{};
  for (std::size_t c = 0; c < 3; ++c) widths[c] = lengths[c].width();
  std::vector<const char*> joined;
  for (const Flow& fl : flows) {
    const std::size_t c = static_cast<std::size_t>(fl.column);
    for (std::string_view l : fl.lines)
      // issue 15: further columns not measured. A line has no more characters than bytes: most need no count.
      if (c < 3 && widths[c] > 0 && l.size() > widths[c] * 3 / 2 && char_count(l) > widths[c] * 3 / 2) {
        laid.findings.push_back(
            {DiagnosticCode::layout_inferred,
             fmt::format("a line of {} characters in a column of about {}: the extractor joined two lines here, "
                         "and a hyphen that ended the first may be gone",
                         char_count(l), widths[c]),
             l});
        joined.push_back(l.data());
      }
  }
  w.joined_lines(std::move(joined));
  // A word fits on the line before only if that line stays shorter than the
  // column's widest: character counts only approximate a proportional font.
  const std::size_t priorities_width = widths[1] > 1 ? widths[1] - 1 : widths[1];
  const std::size_t actions_width = widths[2] > 1 ? widths[2] - 1 : widths[2];  // issue 15: after lead clauses
  std::vector<std::size_t> begins;
  std::vector<std::uint32_t> sizes;
  // Every flow's paragraph sizes and starts, one after another: a flow has no more of either than lines.
  std::vector<std::uint32_t> flow_sizes, flow_starts;
  flow_sizes.reserve(flow_lines.size());
  flow_starts.reserve(flow_lines.size());
  for (Flow& fl : flows) {
    const std::size_t sizes_from = flow_sizes.size(), starts_from = flow_starts.size();
    // Only where the paragraphs start and how long they are: no paragraph is made.
    paragraph_starts(fl.lines, fl.column == 1 ? priorities_width : 0, fl.column == 1 || fl.column == 2 ? &fl.notes : nullptr,
                     begins, fl.column == 2 ? widths[2] : 0);
    sizes_of(begins, fl.lines.size(), sizes);
    if (fl.column == 2 && has_colon(fl.lines)) split_after_lead_clauses(fl.lines, sizes, actions_width, &fl.notes);
    // The flows view these arrays: they must never grow past what was reserved (a paragraph has a line at least).
    assert(flow_sizes.size() + sizes.size() <= flow_sizes.capacity());
    flow_sizes.insert(flow_sizes.end(), sizes.begin(), sizes.end());
    fl.sizes = {flow_sizes.data() + sizes_from, flow_sizes.size() - sizes_from};
    std::size_t at = 0;
    for (std::size_t k = 0; k < fl.sizes.size(); ++k) {
      // issue 15: "Co-leads: Korea," / "Peru and Chile": the assembler joins the clause's owners to it.
      const bool owners = fl.column == 2 && k > 0 && lead_clause_continues(fl.lines[at - 1]);
      if ((at > 0 || !fl.continues) && !owners) {
        assert(flow_starts.size() < flow_starts.capacity());  // the flows view it: no growth past the reserve
        flow_starts.push_back(static_cast<std::uint32_t>(at));
      }
      at += fl.sizes[k];
    }
    fl.starts = {flow_starts.data() + starts_from, flow_starts.size() - starts_from};
  }
  // With no blank line in the table, each page's flows are its columns whole: only directive numbers tell its rows.
  // An unnumbered directive after another in one flow starts a row that nothing marks (a helper's finding: the 2007
  // plan with its blank lines gone was one section, its priorities joined to actions, with notes only).
  for (std::size_t f = 0; f < flows.size() && table_blanks == 0; ++f) {
    const Flow& fl = flows[f];
    if (fl.column != 0) continue;
    const auto unnumbered = std::find_if(fl.starts.begin(), fl.starts.end(), [&](std::uint32_t at) {
      std::string_view rest = fl.lines[at], number;
      return at > 0 && !consume_directive_number(rest, number);
    });
    if (unnumbered == fl.starts.end()) continue;
    laid.findings.push_back({DiagnosticCode::layout_row,
                             "no blank line parts the table's blocks, and this directive has no number: where its "
                             "row starts, and which priorities and actions are its, is guessed",
                             fl.lines[*unnumbered]});
    break;
  }

  // Rows. Cells of a row start on one line across the columns, and a row is as
  // tall as its tallest cell; the text keeps no positions, but a flow's line
  // count is its height. Page by page: each flow's first stretch is placed by
  // the order (rule O) and directive numbers (rule N); then what the heights
  // say moves row boundaries inside flows (rules B and G, below).
  std::vector<std::size_t> row_page;          // the page each row starts on
  std::vector<std::string_view> row_section;  // the section number of a row's directives
  std::vector<bool> row_part;                 // issue 15: a row that holds a part heading alone
  std::vector<bool> row_used;                 // issue 15: a row given a stretch while its page is placed
  std::vector<Stretch> pieces;                // appended; sorted by place in the input at the end
  pieces.reserve(flows.size() + flows.size() / 4 + 16);  // a stretch a flow, more where rows are cut
  std::array<long, kMaxColumns> last_piece{-1, -1, -1, -1, -1, -1};
  auto new_row = [&](std::size_t p) {
    row_page.push_back(p);
    row_section.emplace_back();
    row_part.push_back(false);
    row_used.push_back(false);
    return row_page.size() - 1;
  };
  auto column_of = [&](std::size_t i) { return static_cast<std::size_t>(flows[pieces[i].flow].column); };
  auto before = [&](std::size_t a, std::size_t b) {
    return pieces[a].flow != pieces[b].flow ? pieces[a].flow < pieces[b].flow : pieces[a].begin < pieces[b].begin;
  };
  auto first_start_from = [](const Flow& fl, std::size_t from, std::size_t end) -> std::size_t {
    auto it = std::lower_bound(fl.starts.begin(), fl.starts.end(), from);
    return it != fl.starts.end() && *it < end ? *it : end;
  };
  auto distance = [](std::size_t a, std::size_t b) { return a > b ? a - b : b - a; };
  // Whether row `r` has a cell of column `c` among the stretches placed since `from`.
  auto has_cell = [&](std::size_t r, std::size_t c, std::size_t from) {
    for (std::size_t i = from; i < pieces.size(); ++i)
      if (pieces[i].row == r && column_of(i) == c) return true;
    return false;
  };
  // Rule P's last placing: the row a priorities flow went to by its number, and that flow.
  std::size_t numbered_row = SIZE_MAX, numbered_flow = SIZE_MAX;
  std::size_t f = 0;
  while (f < flows.size()) {
    const std::size_t p = flows[f].page;
    const std::size_t page_begin = pieces.size();
    const std::size_t first_row = row_page.size();                    // the first row that starts on this page
    const long top_row = static_cast<long>(row_page.size()) - 1;  // the row standing at the page's top
    std::vector<std::size_t> further;  // issue 15: the page's flows of further columns, placed after its rows
    for (; f < flows.size() && flows[f].page == p; ++f) {
      const Flow& fl = flows[f];
      const auto c = static_cast<std::size_t>(fl.column);
      std::size_t row = 0;
      std::string why;
      if (c >= 3 && !(fl.continues && last_piece[c] >= 0)) {
        further.push_back(f);
        continue;
      }
      if (fl.continues && last_piece[c] >= 0) {
        row = pieces[static_cast<std::size_t>(last_piece[c])].row;
        why = "read as the cell on the page before going on: its last line ends no paragraph";
      } else if (fl.headed || fl.continues) {
        row = top_row >= 0 ? static_cast<std::size_t>(top_row) : row_page.empty() ? new_row(p) : 0;
      } else {
        // A flow that starts where nothing of its column stood above starts at a row's top:
        // the newest row if it started on this page without a cell in this column, else a new one.
        const std::size_t newest = row_page.size() - 1;
        const bool free = !row_page.empty() && row_page[newest] == p &&
                          (last_piece[c] < 0 || pieces[static_cast<std::size_t>(last_piece[c])].row < newest);
        row = free ? newest : new_row(p);
        why = fmt::format("read as the {} cell of row {}, the {} row that starts on this page", kColumn[c], row + 1,
                          free ? "newest" : "next");
        // Rule P: a priorities flow whose first number names the section of a row on this page with no priorities
        // cell goes to that row, and the actions flow printed right after it to the same row (a helper's finding:
        // one directives flow of several sections made the page's rows first, and rows 2 and 3's priorities and
        // actions went to the newest, row 4). Only by the number: placing each later cell in the row after its
        // column's last one carried one misplaced cell's error on to every cell after it (a review's finding).
        std::string_view rest = fl.lines.front(), number;
        if (c == 1 && patterns::consume_priority_number(rest, number)) {
          const std::string_view major = number.substr(0, number.find('.'));
          for (std::size_t r = first_row; r < row_page.size(); ++r)
            if (row_section[r] == major && !has_cell(r, 1, page_begin)) {
              row = r;
              why = fmt::format("read as the priorities cell of row {}: its number {} is of section {}, row {}'s",
                                r + 1, number, major, r + 1);
              numbered_row = r;
              break;
            }
        } else if (c == 2 && numbered_flow != SIZE_MAX && numbered_flow + 1 == f && row_page[numbered_row] == p &&
                   !has_cell(numbered_row, 2, page_begin)) {
          row = numbered_row;
          why = fmt::format("read as the actions cell of row {}: it follows that row's priorities, placed by their "
                            "number",
                            row + 1);
        }
        if (c == 1 && numbered_row == row) numbered_flow = f;
      }
      // Rule N: a directive of another section than the row's starts a row.
      std::size_t begin = 0;
      for (std::size_t k = 0; k < fl.starts.size() && c == 0; ++k) {
        const std::size_t s = fl.starts[k];
        const std::string_view section = directive_section(fl.lines[s]);
        // issue 15: a part heading is a row of its own, and a directive under it starts the next row.
        const bool part = starts_part_heading(fl.lines[s]);
        if (part || (!section.empty() && row_part[row])) {
          if (s > begin) {
            pieces.push_back({f, begin, s, row, why});
            row_used[row] = true;
            why.clear();
          }
          if (s > begin || row_used[row] || !row_section[row].empty() || row_part[row]) row = new_row(p);
          begin = s;
          row_part[row] = part;
          why = fmt::format("read as the start of row {}: {}", row + 1,
                            part ? "a part heading is a row of its own" : "a directive under a part heading");
          if (part) continue;
        }
        if (section.empty()) continue;
        if (!row_section[row].empty() && row_section[row] != section) {
          if (s > begin) {
            pieces.push_back({f, begin, s, row, why});
            why.clear();
          }
          begin = s;
          const std::string_view was = row_section[row];
          row = new_row(p);
          why = fmt::format("read as the start of row {}: a directive of section {} after those of section {}",
                            row + 1, section, was);
        }
        row_section[row] = section;
      }
      pieces.push_back({f, begin, fl.lines.size(), row, why});
      row_used[row] = true;
      last_piece[c] = static_cast<long>(pieces.size() - 1);
    }
    const std::size_t page_end = pieces.size();

    // Rule B: cells that run on to the next page end together at this page's foot.
    // The one that starts latest (at a row's top) says where that row starts in the others.
    std::vector<std::size_t> running;  // stretches ending a flow that the next page goes on with
    for (std::size_t i = page_begin; i < page_end; ++i)
      if (flows[pieces[i].flow].ends_page && pieces[i].end == flows[pieces[i].flow].lines.size() && column_of(i) < 3)
        running.push_back(i);
    if (running.size() >= 2) {
      std::size_t x = running.front();
      for (std::size_t i : running) {
        const Stretch& a = pieces[i];
        const Stretch& b = pieces[x];
        if (a.row > b.row || (a.row == b.row && a.end - a.begin < b.end - b.begin)) x = i;
      }
      const Flow& xf = flows[pieces[x].flow];
      const bool starts_row = pieces[x].begin > 0 || !(xf.headed || xf.continues);
      const std::size_t xrow = pieces[x].row, tail = pieces[x].end - pieces[x].begin;
      for (std::size_t i : running) {
        if (i == x || !starts_row || pieces[i].row > xrow || pieces[i].end - pieces[i].begin <= tail) continue;
        const Flow& yf = flows[pieces[i].flow];
        const std::size_t target = pieces[i].end - tail;
        std::size_t best = pieces[i].end;
        for (auto it = std::lower_bound(yf.starts.begin(), yf.starts.end(), target > 2 ? target - 2 : 0);
             it != yf.starts.end() && *it <= target + 2; ++it)
          if (*it > pieces[i].begin && *it < pieces[i].end &&
              (best == pieces[i].end || distance(*it, target) < distance(best, target)))
            best = *it;
        // Rows' borders add a little height: a line or two of slack, no more.
        if (best == pieces[i].end || distance(best, target) > 2) continue;
        Stretch cut{pieces[i].flow, best, pieces[i].end, xrow,
                    fmt::format("read as the start of row {}: this cell and the {} cell of row {} both run on to the "
                                "next page, so they end together, and that cell is {} lines here",
                                xrow + 1, kColumn[static_cast<std::size_t>(xf.column)], xrow + 1, tail)};
        pieces[i].end = best;
        if (pieces[i].row == xrow && xrow > 0) {
          pieces[i].row = xrow - 1;
          pieces[i].why = fmt::format("read as the {} cell of row {}: it stands above the start of row {}",
                                      kColumn[static_cast<std::size_t>(yf.column)], xrow, xrow + 1);
        }
        pieces.push_back(std::move(cut));
      }
    }

    // Rule G: a row that starts on this page ends the row above it. Where a
    // column's cell of the next row stands in a flow of its own (a gap above
    // it), the row above was taller than that column's cell: its tallest cell
    // is in a column that runs on without a gap. Where the text does not say
    // where that cell ends, the row above is read as ending at the first
    // paragraph past every other cell of it.
    std::unordered_map<std::size_t, std::vector<std::size_t>> cells;  // row * 3 + column -> stretches on this page
    auto add = [&](std::size_t i) {
      if (column_of(i) >= 3) return;  // issue 15: further cells are placed by their runs, not by height
      auto& v = cells[pieces[i].row * 3 + column_of(i)];
      v.insert(std::upper_bound(v.begin(), v.end(), i, before), i);
    };
    for (std::size_t i = page_begin; i < pieces.size(); ++i) add(i);
    auto height = [&](std::size_t row, std::size_t c) -> std::size_t {
      auto it = cells.find(row * 3 + c);
      std::size_t h = 0;
      if (it != cells.end())
        for (std::size_t i : it->second) h += pieces[i].end - pieces[i].begin;
      return h;
    };
    auto has = [&](std::size_t row, std::size_t c) {
      auto it = cells.find(row * 3 + c);
      return it != cells.end() && !it->second.empty();
    };
    for (std::size_t s = std::max<std::size_t>(first_row, 1); s < row_page.size(); ++s) {
      const std::size_t r = s - 1;
      for (std::size_t c = 0; c < 3; ++c) {
        const bool in_s = has(s, c), in_r = has(r, c);
        std::size_t others = 0;
        bool apart = true;  // each other column's cell of row r ends with a gap below it
        long exact = -1;    // row r's height, where a column runs on into row s without a gap
        for (std::size_t o = 0; o < 3; ++o) {
          if (o == c || !has(r, o)) continue;
          others = std::max(others, height(r, o));
          if (!has(s, o)) {
            apart = false;
          } else if (pieces[cells[r * 3 + o].back()].flow == pieces[cells[s * 3 + o].front()].flow) {
            apart = false;
            exact = static_cast<long>(height(r, o));
          }
        }
        if (in_s && !in_r && row_page[r] == p && others > 0 && apart) {
          // G1: row s's cell here starts a flow, at row r's top.
          const std::size_t i = cells[s * 3 + c].front();
          const Flow& fl = flows[pieces[i].flow];
          if (pieces[i].begin != 0 || fl.headed || fl.continues) continue;
          const std::size_t cut = first_start_from(fl, others + 1, pieces[i].end);
          auto& v = cells[s * 3 + c];
          v.erase(v.begin());
          pieces[i].row = r;
          pieces[i].why = fmt::format("read as the {} cell of row {}: row {}'s other cells end {} lines down with a "
                                      "gap below, so this column's cell is the row's tallest",
                                      kColumn[c], r + 1, r + 1, others);
          if (cut < pieces[i].end) {
            pieces.push_back({pieces[i].flow, cut, pieces[i].end, s,
                              fmt::format("read as the start of row {}: the first paragraph past row {}'s other "
                                          "cells; where the row starts is not in the text",
                                          s + 1, r + 1),
                              /*row_guessed=*/true});
            pieces[i].end = cut;
            add(pieces.size() - 1);
          }
          add(i);
        } else if (!in_s && in_r) {
          // G2: row s has no cell here, and row r's runs on.
          const std::size_t i = cells[r * 3 + c].back();
          const Flow& fl = flows[pieces[i].flow];
          const std::size_t above = height(r, c) - (pieces[i].end - pieces[i].begin);  // row r's lines above it
          const std::size_t top = pieces[i].begin > above ? pieces[i].begin - above : 0;  // row r's top in the flow
          std::size_t cut = pieces[i].end;
          std::string why;
          bool guessed = false;
          if (exact >= 0) {
            // Another column's cell runs on into row s without a gap: row r is that cell's height.
            const std::size_t target = top + static_cast<std::size_t>(exact);
            for (auto it = std::lower_bound(fl.starts.begin(), fl.starts.end(), target > 2 ? target - 2 : 0);
                 it != fl.starts.end() && *it <= target + 2; ++it)
              if (*it > pieces[i].begin && *it < pieces[i].end &&
                  (cut == pieces[i].end || distance(*it, target) < distance(cut, target)))
                cut = *it;
            why = fmt::format("read as the start of row {}: row {} is {} lines tall here, as a cell that runs on into "
                              "row {} without a gap says",
                              s + 1, r + 1, exact, s + 1);
          } else {
            cut = first_start_from(fl, std::max(top + others + 1, pieces[i].begin + 1), pieces[i].end);
            why = fmt::format("read as the start of row {}: the first paragraph past row {}'s other cells ({} lines); "
                              "where the row starts is not in the text",
                              s + 1, r + 1, others);
            guessed = true;
          }
          if (cut >= pieces[i].end) continue;
          pieces.push_back({pieces[i].flow, cut, pieces[i].end, s, why, guessed});
          pieces[i].end = cut;
          add(pieces.size() - 1);
        }
      }
    }
    // issue 15: a row's further cells, one line each as a rule, are printed together after its other cells, and
    // the rows' in turn: a run of them left to right is one row's, and the runs go to this page's rows in order,
    // but a part heading's row (after rules B and G, which read the three columns' heights only).
    {
      std::vector<std::size_t> rows_here;
      for (std::size_t r = first_row; r < row_page.size(); ++r)
        if (!row_part[r]) rows_here.push_back(r);
      std::size_t run = 0;
      for (std::size_t k = 0; k < further.size(); ++k) {
        const std::size_t g = further[k];
        if (k > 0 && flows[g].column <= flows[further[k - 1]].column) ++run;
        const std::size_t c = static_cast<std::size_t>(flows[g].column);
        if (rows_here.empty()) rows_here.push_back(row_page.empty() ? new_row(p) : row_page.size() - 1);
        // More runs than rows: the surplus goes with the last row, said so, never dropped.
        const std::size_t row = rows_here[std::min(run, rows_here.size() - 1)];
        pieces.push_back({g, 0, flows[g].lines.size(), row,
                          run < rows_here.size()
                              ? fmt::format("read as the {} cell of row {}: the further cells are read row by row, "
                                            "their runs in the order of the rows that start on this page",
                                            column_name(c), row + 1)
                              : fmt::format("read with the {} cell of row {}: this page has more runs of further "
                                            "cells than rows that start on it",
                                            column_name(c), row + 1)});
        last_piece[c] = static_cast<long>(pieces.size() - 1);
      }
    }
    for (std::size_t i = page_begin; i < pieces.size(); ++i) {
      const long& l = last_piece[column_of(i)];
      if (l < static_cast<long>(page_begin) || before(static_cast<std::size_t>(l), i))
        last_piece[column_of(i)] = static_cast<long>(i);
    }
  }
  std::sort(pieces.begin(), pieces.end(), [](const Stretch& a, const Stretch& b) {
    return a.flow != b.flow ? a.flow < b.flow : a.begin < b.begin;
  });
  // Notes: each column read from the text, each row read from the order or the heights.
  for (const Flow& fl : flows)
    if (!fl.headed && !fl.reason.empty())
      laid.findings.push_back({DiagnosticCode::layout_inferred,
                               fmt::format("no column name stands above this block: read in the {} column: {}",
                                           column_name(static_cast<std::size_t>(fl.column)), fl.reason),
                               fl.lines.front()});
    else if (!fl.headed && fl.follows >= 0)
      laid.findings.push_back(
          {DiagnosticCode::layout_inferred,
           fmt::format("no column name stands above this block: read in the {} column: it holds no number, tag or "
                       "citation and follows a block of the {} column",
                       column_name(static_cast<std::size_t>(fl.column)),
                       column_name(static_cast<std::size_t>(fl.follows))),
           fl.lines.front()});
  for (Stretch& pc : pieces)
    if (!pc.why.empty())
      laid.findings.push_back({pc.row_guessed ? DiagnosticCode::layout_row : DiagnosticCode::layout_inferred,
                               std::move(pc.why), flows[pc.flow].lines[pc.begin]});

  // Row by row, each cell's stretches in the order of the input (as sorted above): one set of cells for all
  // rows, not a set a row (some 7,000 rows on the 20 MB bench plan, each line's view copied into them).
  std::vector<std::size_t> by_row(pieces.size());
  for (std::size_t i = 0; i < pieces.size(); ++i) by_row[i] = i;
  std::stable_sort(by_row.begin(), by_row.end(), [&](std::size_t a, std::size_t b) {
    return pieces[a].row != pieces[b].row ? pieces[a].row < pieces[b].row : column_of(a) < column_of(b);
  });
  std::vector<std::string_view> cell;  // a cell's lines, gathered from its stretches
  std::array<std::size_t, kMaxColumns> stretches{}, last{};  // a cell's stretches: how many, the last
  std::array<std::size_t, kMaxColumns> from{};                // where the cell's stretches start in by_row
  for (std::size_t r = 0, k = 0; r < row_page.size(); ++r) {
    stretches.fill(0);
    for (; k < by_row.size() && pieces[by_row[k]].row == r; ++k) {
      const auto c = column_of(by_row[k]);
      if (stretches[c]++ == 0) from[c] = k;
      last[c] = by_row[k];
    }
    for (std::size_t c = 0; c < columns; ++c)
      if (stretches[c] == 1 && pieces[last[c]].begin == 0 &&
          pieces[last[c]].end == flows[pieces[last[c]].flow].lines.size()) {
        // One whole flow, the commonest cell: its paragraphs and notes as the flow pass joined them, with
        // the same widths, and its lines not copied.
        Flow& fl = flows[pieces[last[c]].flow];
        for (Finding& note : fl.notes) laid.findings.push_back(std::move(note));
        w.cell(fl.lines, fl.sizes);
      } else {
        // A column's stretches stand together in by_row (sorted by row, then column).
        cell.clear();
        for (std::size_t i = 0; i < stretches[c]; ++i) {
          const Stretch& pc = pieces[by_row[from[c] + i]];
          const std::span<const std::string_view> stretch = flows[pc.flow].lines.subspan(pc.begin, pc.end - pc.begin);
          cell.insert(cell.end(), stretch.begin(), stretch.end());
        }
        // Where the paragraphs start is all the writer needs: no paragraph is made.
        paragraph_starts(cell, c == 1 ? priorities_width : 0, c == 1 || c == 2 ? &laid.findings : nullptr, begins,
                         c == 2 ? widths[2] : 0);
        sizes_of(begins, cell.size(), sizes);
        // issue 15: an action ends after its lead clause.
        if (c == 2 && has_colon(cell)) split_after_lead_clauses(cell, sizes, actions_width, &laid.findings);
        w.cell(cell, sizes);
      }
  }
  return laid;
}

}  // namespace mseg::layout
