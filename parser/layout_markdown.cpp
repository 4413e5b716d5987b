// A GitHub-flavoured Markdown pipe table: the three column names as its
// header, `<br>` between a cell's paragraphs, `\|` for a bar; what stands
// before the table is the front matter.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "base/ascii.hpp"
#include "base/utf8.hpp"
#include "clean.hpp"
#include "extra_column.hpp"
#include "layout_text.hpp"

namespace mseg::layout {
namespace {

// The bars in `t` that no backslash escapes.
std::size_t bars(std::string_view t) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '\\') ++i;
    else if (t[i] == '|') ++n;
  }
  return n;
}

// A row of the table: it starts with a bar, or, in a table written without its outer bars (GitHub reads
// "a | b | c" so too), it holds one.
bool table_line(std::string_view line, bool bare = false) {
  std::string_view t = trim(line);
  return !t.empty() && (t[0] == '|' || (bare && bars(t) > 0));
}

// |---|:--:|---| (or ---|:--:|--- without the outer bars): bars, dashes, colons and spaces, a dash and a bar.
bool delimiter_row(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty() || t.find('-') == std::string_view::npos || t.find('|') == std::string_view::npos) return false;
  for (char c : t)
    if (c != '|' && c != '-' && c != ':' && c != ' ' && c != '\t') return false;
  return true;
}

// The header of a table without outer bars: two bars at least (three columns), then its delimiter row.
bool bare_header(std::string_view line) {
  std::string_view t = trim(line);
  // Not a tab-cell line ("\tDirectives | ..."): those are the tab-cell form's, whatever bars they hold.
  return !t.empty() && !line.empty() && line[0] != '\t' && t[0] != '|' && bars(t) >= 2;
}

// The row's cells, between unescaped bars, trimmed.
std::vector<std::string_view> cells_of(std::string_view line) {
  std::string_view t = trim(line);
  if (!t.empty() && t[0] == '|') t.remove_prefix(1);
  std::vector<std::string_view> cells;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '\\' && i + 1 < t.size()) {
      ++i;
      continue;
    }
    if (t[i] == '|') {
      cells.push_back(trim(t.substr(begin, i - begin)));
      begin = i + 1;
    }
  }
  if (!trim(t.substr(begin)).empty()) cells.push_back(trim(t.substr(begin)));  // no closing bar
  return cells;
}

// The header line of the plan's table (a header, then a delimiter row): the first whose header names one of the
// plan's columns at least, else the first table. A new user's finding: a revision table, "| Version | Date |
// Changes |", before the plan was read as the plan; a review's: "the best-named table" let an annex after the
// plan ("| Action | Objective | Outcome |") take its place.
// A table found in the text: its first line (lines.size() when none), and whether its header names a plan's column.
struct Found {
  std::size_t at;
  bool named = false;
};

Found find_table(const std::vector<Line>& lines) {
  std::size_t first = lines.size();
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (!((table_line(lines[i].text) || bare_header(lines[i].text)) && delimiter_row(lines[i + 1].text))) continue;
    const std::vector<std::string_view> names = cells_of(lines[i].text);
    if (names.size() >= 3 && plan_column_score(names[0], names[1], names[2]) > 0) return {i, true};
    if (first == lines.size()) first = i;
  }
  return {first};
}

// Where a table that starts at `at` ends: its header, its delimiter row, and the table lines after them.
std::size_t table_end(const std::vector<Line>& lines, std::size_t at) {
  const bool bare = bare_header(lines[at].text);
  std::size_t i = at + 2;
  while (i < lines.size() && table_line(lines[i].text, bare)) ++i;
  return i;
}

// The marks pandoc's own reader takes in pandoc's Markdown (its grid, multiline and simple tables, and the front
// matter before them), which is not CommonMark: pandoc writes a star or an underscore meant as one escaped (`\*`,
// `\_`), so every other star is a mark, and every underscore not inside a word (a second review's finding: Word
// formatting that changes inside a tag, `(**Japan/**2009)`, is marks CommonMark cannot pair; pandoc reads them,
// and the owner was read `**Japan`). Their addresses, in order.
std::vector<const char*> pandoc_marks(std::span<const std::string_view> lines) {
  const auto word = [](unsigned char c) { return c >= 0x80 || std::isalnum(c); };
  std::vector<const char*> marks;
  for (std::string_view l : lines)
    for (std::size_t i = 0; i < l.size(); ++i) {
      if (l[i] == '\\') {
        ++i;  // an escaped character is no mark
      } else if (l[i] == '*') {
        marks.push_back(l.data() + i);
      } else if (l[i] == '_') {
        std::size_t j = i;
        while (j < l.size() && l[j] == '_') ++j;
        const bool inside = i > 0 && j < l.size() && word(static_cast<unsigned char>(l[i - 1])) &&
                            word(static_cast<unsigned char>(l[j]));
        for (; !inside && i < j; ++i) marks.push_back(l.data() + i);
        i = j - 1;
      }
    }
  return marks;
}

// The `*` and `_` of a paragraph's lines that mark emphasis, as CommonMark pairs them: their addresses, sorted.
// Bold and italic marks (`**(Japan/March 2009)**`, `*(Ministerial Statement 2009)*`: Word's bold and italics as
// pandoc writes them) are no part of the words (a new user's finding: the tag and the citation were lost); a star
// or an underscore that pairs with none is a character ("security*", "(US*/2011)", "snake_case": a review's
// finding, all were dropped). A run opens where a word follows it and closes where one stands before it
// (CommonMark's flanking rules; `_` inside a word neither opens nor closes); a closing run takes its marks from
// the nearest open runs of its character, two at a time while both have two, so that pandoc's `***` closes a `**`
// and a `*` (bold text ending in a bold-italic citation: a review's finding). CommonMark's rule of three and its
// removal of the other character's runs in between are not followed. A blank line ends a paragraph; lines are
// joined by spaces.
std::vector<const char*> emphasis_marks(std::span<const std::string_view> lines) {
  const auto space = [](unsigned char c) { return c == ' ' || c == '\t'; };
  const auto punct = [](unsigned char c) { return c < 0x80 && std::ispunct(c); };
  struct Open {
    const char* at;     // the run's first mark
    std::size_t left;   // its marks not yet paired, the last `left` of the run
  };
  std::vector<Open> open[2];  // by character: '*', '_'
  std::vector<const char*> marks;
  for (std::string_view l : lines) {
    if (trim(l).empty()) {
      open[0].clear(), open[1].clear();
      continue;
    }
    for (std::size_t i = 0; i < l.size();) {
      if (l[i] == '\\') {
        i += 2;  // an escaped character is no mark
        continue;
      }
      if (l[i] != '*' && l[i] != '_') {
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j < l.size() && l[j] == l[i]) ++j;
      const unsigned char before = i > 0 ? static_cast<unsigned char>(l[i - 1]) : ' ';
      const unsigned char after = j < l.size() ? static_cast<unsigned char>(l[j]) : ' ';
      const bool left = !space(after) && (!punct(after) || space(before) || punct(before));
      const bool right = !space(before) && (!punct(before) || space(after) || punct(after));
      const bool star = l[i] == '*';
      const bool opens = star ? left : left && (!right || punct(before));
      const bool closes = star ? right : right && (!left || punct(after));
      std::vector<Open>& runs = open[star ? 0 : 1];
      std::size_t at = i;  // the closing run's next unpaired mark
      if (closes)
        while (at < j && !runs.empty()) {
          Open& o = runs.back();
          const std::size_t n = (o.left >= 2 && j - at >= 2) ? 2 : 1;
          for (std::size_t k = 0; k < n; ++k) marks.push_back(o.at + o.left - n + k), marks.push_back(l.data() + at + k);
          o.left -= n;
          at += n;
          if (o.left == 0) runs.pop_back();
        }
      if (at < j && opens) runs.push_back({l.data() + at, j - at});
      i = j;
    }
  }
  std::sort(marks.begin(), marks.end());
  return marks;
}

// The character an HTML entity at `p` names, as UTF-8, and the entity's length in `length`; empty for none.
// The named ones a word processor's or a converter's Markdown writes (`&nbsp;` in "Viet&nbsp;Nam" was read as
// owners "Viet&nbsp" and "Nam", split at its ';': a helper's finding), and numeric ones, `&#8211;`, `&#x2013;`;
// never a control character, which could end a cell or a row.
std::string entity_at(std::string_view p, std::size_t& length) {
  const std::size_t semi = p.substr(0, 10).find(';');
  if (p.size() < 4 || p[0] != '&' || semi == std::string_view::npos) return {};
  const std::string_view name = p.substr(1, semi - 1);
  length = semi + 1;
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"nbsp", "\u00A0"}, {"ndash", "\u2013"}, {"mdash", "\u2014"}, {"lsquo", "\u2018"}, {"rsquo", "\u2019"},
      {"ldquo", "\u201C"}, {"rdquo", "\u201D"}, {"quot", "\""},    {"apos", "'"},         {"lt", "<"},
      {"gt", ">"},          {"hellip", "\u2026"}};
  for (const auto& [n, text] : kNamed)
    if (name == n) return std::string(text);
  if (name.size() < 2 || name[0] != '#') return {};
  const bool hex = name[1] == 'x' || name[1] == 'X';
  const std::string_view digits = name.substr(hex ? 2 : 1);
  char32_t cp = 0;
  if (digits.empty() || digits.size() > 6) return {};
  for (char c : digits) {
    const int v = ascii::digit(c) ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                                            : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (v < 0) return {};
    cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(v);
  }
  if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || (cp >= 0xD800 && cp < 0xE000) || cp > 0x10FFFF) return {};
  std::string out;
  utf8::append(out, cp);
  return out;
}

// Markdown's escapes: `\|`, `\*`, `\_`... (a backslash before ASCII punctuation) is the character alone, and
// `&amp;` is `&` ("I&amp;ITSEG" is the owner I&ITSEG), other entities (entity_at) the characters they name. Each
// written as its own character in the input. The
// emphasis marks among `p`'s characters (`marks`, from emphasis_marks or pandoc_marks) are left out.
// `pandoc_smart`: pandoc's Markdown writes an en dash as `--`, an em dash as `---` and curly quotes straight (its
// "smart" punctuation, which it reads back so): written as the characters they are, so that `(Pilot Project --
// Australia/...)` is a label and an owner and `Leaders' Statement` is the plan's `Leaders’ Statement`, as Word has
// them. A quote opens after a space, a '(' or the start, and closes (or is an apostrophe) after anything else.
void put_markdown_text(Writer& w, std::string_view p, const std::vector<const char*>& marks,
                       bool pandoc_smart = false) {
  std::size_t from = 0;
  for (std::size_t i = 0; i < p.size(); ++i) {
    std::size_t skip = 0;
    const char* smart = nullptr;
    std::size_t length = 1;
    if (pandoc_smart && p[i] == '-' && i + 1 < p.size() && p[i + 1] == '-') {
      const bool em = i + 2 < p.size() && p[i + 2] == '-';
      smart = em ? "\u2014" : "\u2013";
      length = em ? 3 : 2;
    } else if (pandoc_smart && (p[i] == '\'' || p[i] == '"')) {
      const bool opens = i == 0 || p[i - 1] == ' ' || p[i - 1] == '(' || p[i - 1] == '[';
      smart = p[i] == '\'' ? (opens ? "\u2018" : "\u2019") : (opens ? "\u201C" : "\u201D");
    }
    if (smart) {
      w.put(p.substr(from, i - from));
      w.raw(smart);
      i += length - 1;
      from = i + 1;
      continue;
    }
    if ((p[i] == '*' || p[i] == '_') && std::binary_search(marks.begin(), marks.end(), p.data() + i)) {
      w.put(p.substr(from, i - from));
      from = i + 1;
      continue;
    }
    if (p[i] == '\\' && i + 1 < p.size() && std::ispunct(static_cast<unsigned char>(p[i + 1])))
      skip = 1;  // the backslash
    else if (p[i] == '&' && p.substr(i, 5) == "&amp;")
      skip = 0;  // the '&' is kept, "amp;" dropped below
    else if (std::size_t entity_length = 0; p[i] == '&') {
      if (const std::string named = entity_at(p.substr(i), entity_length); !named.empty()) {
        w.put(p.substr(from, i - from));
        w.raw(named);
        i += entity_length - 1;
        from = i + 1;
      }
      continue;
    } else {
      continue;
    }
    if (skip == 1) {
      w.put(p.substr(from, i - from));
      from = i + 1;  // the escaped character starts the next piece
      ++i;
    } else {
      w.put(p.substr(from, i + 1 - from));
      from = i + 5;
      i += 4;
    }
  }
  w.put(p.substr(from));
}

// pandoc's grid table, its default Markdown for a table whose cells hold paragraphs (a new user's `pandoc
// plan.docx -t markdown` was read as garbage: owners "APEC | | Secretariat"):
//   +-------------+-------------+
//   | Ministerial | MEG-SEC     |     a cell's lines between bars where the border has its '+'s
//   | Directives  | Priorities  |
//   +=============+=============+     under the header row; a border of '-' between rows
// A blank line inside a cell ends a paragraph; the lines of one are joined with a space (pandoc wraps at spaces).
bool grid_border(std::string_view line) {
  const std::string_view t = trim(line);
  if (t.size() < 3 || t.front() != '+' || t.back() != '+') return false;
  for (char c : t)
    if (c != '+' && c != '-' && c != '=' && c != ':') return false;
  return t.find_first_of("-=") != std::string_view::npos;
}

bool grid_line(std::string_view line) {
  const std::string_view t = trim(line);
  return !t.empty() && (t.front() == '|' || grid_border(line));
}

// The character columns of a border's '+'s (a border is ASCII).
std::vector<std::size_t> grid_columns(std::string_view border) {
  std::vector<std::size_t> cols;
  for (std::size_t i = 0; i < border.size(); ++i)
    if (border[i] == '+') cols.push_back(i);
  return cols;
}

// A content line's cells, between the bars at `cols` (character columns); where a bar is not there (a wide
// character pandoc counted twice), between its unescaped bars.
std::vector<std::string_view> grid_cells(std::string_view line, const std::vector<std::size_t>& cols) {
  std::vector<std::string_view> cells;
  std::vector<std::size_t> at;  // byte offsets of the bars
  std::size_t col = 0, c = 0;
  for (std::size_t i = 0; i < line.size() && c < cols.size(); ++col) {
    if (col == cols[c]) {
      if (line[i] != '|') break;
      at.push_back(i);
      ++c;
    }
    ++i;
    while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) ++i;
  }
  if (at.size() != cols.size()) {
    at.clear();
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '\\') ++i;
      else if (line[i] == '|') at.push_back(i);
    }
  }
  for (std::size_t k = 0; k + 1 < at.size(); ++k) cells.push_back(trim(line.substr(at[k] + 1, at[k + 1] - at[k] - 1)));
  return cells;
}

// A grid row's cells, as lines: `rows[k]` the lines of column k, blank ones too.
using GridRow = std::vector<std::vector<std::string_view>>;

// The last word of `s` and the first of `t`, as one: the word pandoc broke, when it did.
std::size_t joined_word_length(std::string_view s, std::string_view t) {
  const std::size_t last = s.rfind(' ');
  const std::size_t first = t.find(' ');
  return char_count(last == std::string_view::npos ? s : s.substr(last + 1)) +
         char_count(first == std::string_view::npos ? t : t.substr(0, first));
}

// The grid table's rows from the border at `at`, and where the table ends. pandoc breaks a word longer than its
// column without a mark, its first part alone on a line, its rest filling the next ("Ind" / "onesia/2012"): such
// a line, when the two parts make a word too long for the column, gets a `layout-straddle` warning in `findings`
// (when given).
std::vector<GridRow> grid_rows(const std::vector<Line>& lines, std::size_t at, std::size_t& end,
                               Findings* findings = nullptr) {
  const std::vector<std::size_t> cols = grid_columns(lines[at].text);
  std::vector<GridRow> rows;
  GridRow row;
  std::size_t i = at + 1;
  for (; i < lines.size() && grid_line(lines[i].text); ++i) {
    if (grid_border(lines[i].text)) {
      if (!row.empty()) rows.push_back(std::move(row));
      row.clear();
      continue;
    }
    const std::vector<std::string_view> cells = grid_cells(lines[i].text, cols);
    if (row.size() < cells.size()) row.resize(cells.size());
    for (std::size_t k = 0; k < cells.size(); ++k) {
      const std::size_t room = k + 1 < cols.size() && cols[k + 1] > cols[k] + 3 ? cols[k + 1] - cols[k] - 3 : 0;
      // pandoc moves a word too long for its column to a line of its own and breaks it there, its last `room`
      // characters on the next line: the word's first part stands alone on the line before, of any length
      // ("Ove" / "rseer/TPTWG", "(Philippin" / "es/December": a review's finding, missed when the first part was
      // not short), and this line is one word that fills the column. A line wrapped at a space may look the same
      // ("the" / "assessments" where "assessments" fills the column), hence "may be". Not warned: a line after
      // one that ends as a word does (a stop, a comma, a closing parenthesis), or a line that starts as a word
      // does (a capital before a lower-case letter, "Declaration"; a parenthesis). A line in capitals is no
      // word's start ("(Chair/IN" / "DONESIA/2011)": a review's finding).
      const auto word_end = [](char c) { return c == '.' || c == ',' || c == ';' || c == ':' || c == ')'; };
      const std::string_view line = cells[k];
      const bool word_start =
          line[0] == '(' || (line.size() > 1 && line[0] >= 'A' && line[0] <= 'Z' && line[1] >= 'a' && line[1] <= 'z');
      if (findings && room > 0 && !row[k].empty() && !row[k].back().empty() &&
          row[k].back().find(' ') == std::string_view::npos && line.find(' ') == std::string_view::npos &&
          char_count(line) == room && joined_word_length(row[k].back(), line) > room &&
          !word_end(row[k].back().back()) && !word_start)
        findings->push_back({DiagnosticCode::layout_straddle,
                             fmt::format("this line fills its column: pandoc breaks a word longer than its column "
                                         "without a mark, so '{}' may be the rest of the line before's last word; "
                                         "pandoc --columns=200 writes it whole",
                                         line),
                             line});
      row[k].push_back(cells[k]);
    }
  }
  if (!row.empty()) rows.push_back(std::move(row));
  end = i;
  return rows;
}

// The first grid table whose first row names a plan's column, else the first; lines.size() when none.
Found find_grid(const std::vector<Line>& lines) {
  std::size_t first = lines.size();
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (!grid_border(lines[i].text) || trim(lines[i + 1].text).substr(0, 1) != "|") continue;
    std::size_t end = 0;
    const std::vector<GridRow> rows = grid_rows(lines, i, end);
    if (!rows.empty() && rows[0].size() >= 3) {
      std::string names[3];
      for (std::size_t k = 0; k < 3; ++k)
        for (std::string_view l : rows[0][k]) names[k] += std::string(l) + " ";
      if (plan_column_score(names[0], names[1], names[2]) > 0) return {i, true};
    }
    if (first == lines.size()) first = i;
    i = end > i ? end - 1 : i;
  }
  return {first};
}

// One grid cell: its paragraphs (blank lines between), each paragraph's lines joined with a space.
void write_grid_cell(Writer& w, const std::vector<std::string_view>& cell_lines) {
  const std::vector<const char*> marks = pandoc_marks(cell_lines);
  w.raw("\t");
  bool first = true, open = false;
  for (std::string_view l : cell_lines) {
    if (l.empty()) {
      open = false;
      continue;
    }
    if (!open && !first) w.raw("\n");
    else if (open) w.raw(" ");
    // A backslash ending the line is pandoc's hard line break (a soft break in Word: a paragraph's end, as the
    // .docx reader reads it).
    std::size_t slashes = 0;
    while (slashes < l.size() && l[l.size() - 1 - slashes] == '\\') ++slashes;
    const bool hard_break = slashes % 2 == 1;
    put_markdown_text(w, hard_break ? l.substr(0, l.size() - 1) : l, marks, /*pandoc_smart=*/true);
    first = false;
    open = !hard_break;
  }
  w.raw("\n");
}

// The length of the line break that starts at s[i] ("<br>", "<br/>", "<br />", "<BR >", "<br/ >": any case, spaces
// around the '/'; a helper's finding: "<br >" was no break, two actions were one and the tag swallowed the
// second), or 0.
std::size_t break_at(std::string_view s, std::size_t i) {
  if (s.size() < i + 4 || s[i] != '<' || ascii::lower(s[i + 1]) != 'b' || ascii::lower(s[i + 2]) != 'r') return 0;
  std::size_t k = i + 3;
  while (k < s.size() && s[k] == ' ') ++k;
  if (k < s.size() && s[k] == '/') ++k;
  while (k < s.size() && s[k] == ' ') ++k;
  return k < s.size() && s[k] == '>' ? k + 1 - i : 0;
}

// A cell's paragraphs: split at <br>, <br/>, <br /> (any case and spacing); `\|` written as the bar alone.
void write_cell(Writer& w, std::string_view cell) {
  std::vector<std::string_view> paragraphs;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < cell.size();) {
    // Only a '<' can start a break: jump to the next one rather than compare at every byte.
    i = cell.find('<', i);
    if (i == std::string_view::npos) break;
    const std::size_t len = break_at(cell, i);
    if (len == 0) {
      ++i;
      continue;
    }
    paragraphs.push_back(trim(cell.substr(begin, i - begin)));
    i += len;
    begin = i;
  }
  paragraphs.push_back(trim(cell.substr(begin)));
  // Emphasis pairs across a <br>, which CommonMark reads as inline (a review's finding: `**a<br>b**` kept its marks).
  const std::vector<const char*> marks = emphasis_marks({&cell, 1});
  w.raw("\t");
  bool first = true;
  for (std::string_view p : paragraphs) {
    if (p.empty()) continue;
    if (!first) w.raw("\n");
    first = false;
    put_markdown_text(w, p, marks);
  }
  w.raw("\n");
}

// pandoc's multiline table (its Markdown for a table whose cells hold one paragraph each) and simple table:
//   -----------------------------------------------------         a rule (the multiline table's)
//   Directives              Priorities       Action Items         the header, a line or more
//   ----------------------- ---------------- ---------------      a run of dashes a column
//   1\. Port security        1.1 Guide        Draft guide          a row's lines; a blank line between rows
//   (Bogor Goal)                              (Japan/2009)         (a simple table: a row a line)
//   -----------------------------------------------------
// A new user's `pandoc plan.docx -t markdown` of a plan of one paragraph a cell was read as side-by-side text.
bool dash_rule(std::string_view line) {
  const std::string_view t = trim(line);
  return t.size() >= 10 && t.find_first_not_of('-') == std::string_view::npos;
}

// The character columns where a line of dash runs ("----- ------ -----") starts each run; empty when it is none.
std::vector<std::size_t> dash_columns(std::string_view line) {
  std::vector<std::size_t> starts;
  const std::string_view t = trim_end(line);
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '-' && (i == 0 || t[i - 1] == ' ')) starts.push_back(i);
    else if (t[i] != '-' && t[i] != ' ') return {};
  }
  return starts.size() >= 3 ? starts : std::vector<std::size_t>{};
}

// The line's cells, cut where the columns start (character columns; the line is ASCII up to where it is cut, or
// its characters count one each), trimmed. A line shorter than a column's start has that cell empty.
std::vector<std::string_view> cut_at(std::string_view line, const std::vector<std::size_t>& starts) {
  std::vector<std::size_t> at;  // byte offsets of the column starts
  std::size_t i = 0, col = 0;
  for (std::size_t c = 0; c < starts.size(); ++c) {
    for (; col < starts[c] && i < line.size(); ++col) i = utf8::next(line, i);
    at.push_back(i);
  }
  std::vector<std::string_view> cells;
  for (std::size_t k = 0; k < at.size(); ++k) {
    const std::size_t end = k + 1 < at.size() ? at[k + 1] : line.size();
    cells.push_back(trim(line.substr(at[k], end - at[k])));
  }
  return cells;
}

// Whether every run of dashes in `line` has three or more.
bool long_runs(std::string_view line) {
  for (std::size_t i = 0; i < line.size();) {
    if (line[i] != '-') {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < line.size() && line[j] == '-') ++j;
    if (j - i < 3) return false;
    i = j;
  }
  return true;
}

// Whether every character of `line` stands under a dash of the line of dash runs `dashes` (character columns).
bool under_runs(std::string_view line, std::string_view dashes) {
  std::size_t col = 0;
  for (std::size_t i = 0; i < line.size(); ++col, i = utf8::next(line, i))
    if (line[i] != ' ' && (col >= dashes.size() || dashes[col] != '-')) return false;
  return true;
}

struct Dashed {
  std::size_t header = 0;  // the header's first line
  std::size_t dashes = 0;  // the line of dash runs under it (or, headerless, above the first row)
  bool multiline = false;  // a rule stands above the header
  // No header: the table opens and closes with a line of dash runs, and its first row names the columns (pandoc's
  // Markdown of a Word table whose first row is not marked as the header: a review's finding, read as side-by-side
  // text with a dash directive). `header` is then the first row's first line, `dashes` the opening line.
  bool headerless = false;
  bool found() const { return dashes != 0 || headerless; }
  std::size_t first_line() const { return headerless ? dashes : multiline ? header - 1 : header; }
};

// The first dashed table whose header names a plan's column: a line of dash runs under the header, which a rule
// stands above (multiline) or which is one line (simple). Not found() when there is none.
Dashed find_dashed(const std::vector<Line>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::vector<std::size_t> starts = dash_columns(lines[i].text);
    if (starts.empty()) continue;
    if (i == 0 || trim(lines[i - 1].text).empty()) {
      // Headerless: as pandoc writes one, indented two spaces, runs of three dashes or more, and closed by the same
      // runs (a review's finding: CommonMark's `- - -` rule, and a side-by-side text typed with dashed rules, were
      // taken for one); its first row names the columns. Rows with a blank line between are a multiline table's,
      // else a row a line (pandoc's simple table: a review's finding, read as one row).
      if (!lines[i].text.starts_with("  -") || !long_runs(lines[i].text)) continue;
      std::size_t close = i + 1;
      bool blank = false;
      for (; close < lines.size() && dash_columns(lines[close].text).empty() && !dash_rule(lines[close].text); ++close)
        blank = blank || trim(lines[close].text).empty();
      if (close == lines.size() || close == i + 1 || trim_end(lines[close].text) != trim_end(lines[i].text)) continue;
      std::string names[3];
      for (std::size_t l = i + 1; l < close && !trim(lines[l].text).empty() && (blank || l == i + 1); ++l) {
        const auto cells = cut_at(lines[l].text, starts);
        for (std::size_t k = 0; k < 3 && k < cells.size(); ++k) names[k] += std::string(cells[k]) + " ";
      }
      if (plan_column_score(names[0], names[1], names[2]) > 0) return Dashed{i + 1, i, blank, true};
      continue;
    }
    // The header's lines: one in a simple table; in a multiline table, as many as its names wrap to (eight a
    // review's `--columns=40` made of a Word header, more than the four looked through before).
    std::size_t h = i;
    while (h > 0 && !trim(lines[h - 1].text).empty() && !dash_rule(lines[h - 1].text) && i - h < 12) --h;
    const bool multiline = h > 0 && dash_rule(lines[h - 1].text);
    if (h == i || (!multiline && i - h != 1)) continue;
    std::string names[3];
    for (std::size_t l = h; l < i; ++l) {
      const auto cells = cut_at(lines[l].text, starts);
      for (std::size_t k = 0; k < 3 && k < cells.size(); ++k) names[k] += std::string(cells[k]) + " ";
    }
    // A simple table: pandoc makes each run as wide as its column's widest cell, so no character stands between
    // runs; a side-by-side text with its header underlined by hand has its wrapped words there (a review's finding:
    // read as a simple table, every wrapped line became a row).
    if (!multiline) {
      bool under = under_runs(lines[h].text, lines[i].text);
      for (std::size_t l = i + 1; under && l < lines.size() && !trim(lines[l].text).empty(); ++l)
        under = under_runs(lines[l].text, lines[i].text);
      if (!under) continue;
    }
    if (plan_column_score(names[0], names[1], names[2]) > 0) return Dashed{h, i, multiline};
  }
  return {};
}

// pandoc wraps Markdown paragraphs at 72 columns.
constexpr std::size_t kMarkdownWrap = 72;

// The table's width: the three columns, and the further ones its header row names (Lead, Timeline...: issue 15),
// each name the lines of its cell.
std::size_t width_of(const GridRow& header) {
  std::size_t width = 3;
  const auto name = [&](std::size_t k) {
    std::string n;
    for (std::string_view l : header[k]) n += (n.empty() ? "" : " ") + std::string(l);
    return n;
  };
  while (width < 6 && width < header.size() && is_extra_column(name(width))) ++width;
  return width;
}

// A `layout-unread` warning for each line after the table, from `from` on: said, not dropped.
void note_lines_after(Laid& laid, const std::vector<Line>& lines, std::size_t from) {
  for (std::size_t i = from; i < lines.size(); ++i) {
    const std::string_view t = trim(lines[i].text);
    if (t.empty()) continue;
    laid.findings.push_back({DiagnosticCode::layout_unread,
                             "this line follows the Markdown table and is not part of the plan", t});
  }
}

// The grid table at `at` laid out as tab cells, the lines after it said unread.
void read_grid(Laid& laid, Writer& w, const std::vector<Line>& lines, std::size_t at) {
  std::size_t end = 0;
  const std::vector<GridRow> rows = grid_rows(lines, at, end, &laid.findings);
  const std::size_t width = rows.empty() ? 3 : width_of(rows[0]);
  for (const GridRow& row : rows) {
    for (std::size_t k = width; k < row.size(); ++k)
      for (std::string_view l : row[k])
        if (!l.empty()) {
          laid.findings.push_back({DiagnosticCode::layout_unread,
                                   fmt::format("this cell is column {} of a table of {}: it is not read", k + 1, width),
                                   l});
          break;
        }
    for (std::size_t k = 0; k < width; ++k) {
      if (k < row.size()) write_grid_cell(w, row[k]);
      else w.raw("\t\n");
    }
  }
  note_lines_after(laid, lines, end);
}

// The dashed table `d` laid out as tab cells; the lines after it said unread.
void read_dashed(Laid& laid, Writer& w, const std::vector<Line>& lines, const Dashed& d) {
  const std::vector<std::size_t> starts = dash_columns(lines[d.dashes].text);
  std::vector<GridRow> rows(d.headerless ? 0 : 1);  // headerless: the first row read below names the columns
  for (std::size_t l = d.header; l < d.dashes; ++l) {
    const auto cells = cut_at(lines[l].text, starts);
    if (rows[0].size() < cells.size()) rows[0].resize(cells.size());
    for (std::size_t k = 0; k < cells.size(); ++k) rows[0][k].push_back(cells[k]);
  }
  std::size_t i = d.dashes + 1;
  GridRow row;
  const auto end_row = [&] {
    if (!row.empty()) rows.push_back(std::move(row));
    row.clear();
  };
  for (; i < lines.size(); ++i) {
    const std::string_view t = trim(lines[i].text);
    // The table's end: a headerless table's closing dash runs; a multiline table's rule; a simple table's blank line.
    if (d.headerless ? !dash_columns(lines[i].text).empty() : d.multiline ? dash_rule(lines[i].text) : t.empty()) break;
    if (t.empty()) {
      end_row();
      continue;
    }
    const auto cells = cut_at(lines[i].text, starts);
    if (row.size() < cells.size()) row.resize(cells.size());
    for (std::size_t k = 0; k < cells.size(); ++k) row[k].push_back(cells[k]);
    if (!d.multiline) end_row();  // a simple table: a row a line
  }
  end_row();
  if (rows.empty()) rows.emplace_back();
  const std::size_t width = width_of(rows[0]);
  for (const GridRow& r : rows)
    for (std::size_t k = 0; k < width; ++k) {
      // A multiline cell is one paragraph: its lines joined with a space.
      if (k < r.size()) {
        std::vector<std::string_view> joined;
        for (std::string_view l : r[k])
          if (!l.empty()) joined.push_back(l);
        write_grid_cell(w, joined);
      } else {
        w.raw("\t\n");
      }
    }
  note_lines_after(laid, lines, i + 1);
}

// The plan's table among a document's tables of every kind Markdown writes: the first whose header names a plan's
// column (a review's finding: a revision table pandoc wrote as a grid, or an acronyms table as pipes, was read
// for the plan while the plan's own multiline table was not looked at); else the first pipe table, else the first
// grid table.
struct Choice {
  enum Kind { none, pipe, grid, dashed } kind = none;
  std::size_t at = 0;  // its first line
  bool named = false;  // its header names a plan's column (else it is the first table, for want of one)
  Dashed dashed_table;  // the dashed table found (multiline or simple)
};

Choice choose_table(const std::vector<Line>& lines) {
  const Found pipe = find_table(lines), grid = find_grid(lines);
  const Dashed dashed = find_dashed(lines);
  Choice c{Choice::none, lines.size(), false, dashed};
  const auto take = [&](Choice::Kind kind, std::size_t at) {
    if (at < c.at) c.kind = kind, c.at = at;
  };
  if (pipe.named) take(Choice::pipe, pipe.at);
  if (grid.named) take(Choice::grid, grid.at);
  if (dashed.found()) take(Choice::dashed, dashed.first_line());
  c.named = c.kind != Choice::none;
  if (c.kind == Choice::none) take(Choice::pipe, pipe.at);
  if (c.kind == Choice::none) take(Choice::grid, grid.at);
  return c;
}

}  // namespace

double fit_markdown(std::string_view text) {
  const std::vector<Line> lines = split_lines(text.substr(0, std::min<std::size_t>(text.size(), 1 << 16)));
  const Choice c = choose_table(lines);
  switch (c.kind) {
    case Choice::pipe: return cells_of(lines[c.at].text).size() >= 3 ? 1.0 : 0.5;
    case Choice::grid: return grid_columns(lines[c.at].text).size() >= 4 ? 1.0 : 0.5;
    case Choice::dashed: return 1.0;
    case Choice::none: break;
  }
  return 0.0;
}

Laid read_markdown(std::string_view text) {
  Laid laid{"markdown", {}, {}, {}, {}, {}};
  Writer w(text, laid);
  const std::vector<Line> lines = split_lines(text);
  // A row's cells, and each paragraph a <br> starts, are pieces of their own: room for them once.
  laid.pieces.reserve(3 * lines.size() + static_cast<std::size_t>(std::count(text.begin(), text.end(), '<')));
  // A pipe table, pandoc's grid table (its default Markdown) or its multiline or simple table.
  const Choice choice = choose_table(lines);
  const std::size_t at = choice.at;
  std::vector<std::string_view> paragraph;  // the front matter's wrapped lines, joined when the paragraph ends
  // The front matter's words as the table's are read: escapes (pandoc writes a cover sheet's rule `\_\_\_`, which
  // became the title: a new user's finding), emphasis marks, and pandoc's dashes and quotes before its tables.
  const bool pandoc = choice.kind == Choice::grid || choice.kind == Choice::dashed;
  const auto end_paragraph = [&] {
    if (paragraph.empty()) return;
    const std::vector<const char*> marks = pandoc ? pandoc_marks(paragraph) : emphasis_marks(paragraph);
    for (std::size_t k = 0; k < paragraph.size(); ++k) {
      if (k > 0) w.raw(" ");
      put_markdown_text(w, paragraph[k], marks, pandoc);
    }
    w.raw("\n");
    paragraph.clear();
  };
  for (std::size_t i = 0; i < at && i < lines.size(); ++i) {
    std::string_view t = trim(lines[i].text);
    // A heading's marks are not its words ("# Work Plan 2009"); a setext heading's underline is none.
    if (t.starts_with('#')) {
      end_paragraph();
      // A line of marks alone ("#", "###") is an empty heading (a fuzz finding: read past its end).
      t = trim(t.substr(std::min(t.find_first_not_of('#'), t.size())));
      while (!t.empty() && t.back() == '#') t = trim(t.substr(0, t.size() - 1));
    } else if ((t.size() >= 3 && t.find_first_not_of(t[0] == '=' ? '=' : '-') == std::string_view::npos) ||
               !dash_columns(lines[i].text).empty()) {
      // A setext heading's underline, a rule, or a dashed table's runs (a review's finding: written into the front
      // matter as em dashes): no words.
      end_paragraph();
      continue;
    }
    if (t.empty()) {
      end_paragraph();
      continue;
    }
    // Another table before the plan's: its lines are not the front matter, nor the plan (said, not read).
    // A grid table likewise (a revision table pandoc wrote as one was glued into the preamble: a review's finding).
    const bool pipe_table = i + 1 < lines.size() && (table_line(lines[i].text) || bare_header(lines[i].text)) &&
                            delimiter_row(lines[i + 1].text);
    const bool grid_table = !pipe_table && i + 1 < lines.size() && grid_border(lines[i].text) &&
                            trim(lines[i + 1].text).starts_with('|');
    if (pipe_table || grid_table) {
      std::size_t end = 0;
      if (pipe_table) end = table_end(lines, i);
      else grid_rows(lines, i, end);
      end = std::min(std::max(end, i + 1), at);
      laid.findings.push_back(
          {DiagnosticCode::layout_unread,
           choice.named ? fmt::format("this table ({} lines) is not the plan's: its header names none of the plan's "
                                      "columns, as the table at line {} does; it was not read",
                                      end - i, at + 1)
                        : fmt::format("this table ({} lines) is not read: no table names a plan's column, and the "
                                      "one at line {} is read as the plan's",
                                      end - i, at + 1),
           t});
      i = end - 1;
      continue;
    }
    // A paragraph wrapped by pandoc (at 72 columns) is one line of the plan's: a line goes on the one before when
    // that one is within 72 columns and its first word would not have fitted there; a title and a meeting typed a
    // line each stay apart (a line longer than 72 was not wrapped).
    if (!paragraph.empty()) {
      const std::size_t word = std::min(t.find(' '), t.size());
      const std::size_t before = char_count(paragraph.back());
      if (before > kMarkdownWrap || before + 1 + char_count(t.substr(0, word)) <= kMarkdownWrap) end_paragraph();
    }
    paragraph.push_back(t);
  }
  end_paragraph();
  if (choice.kind == Choice::none) return laid;  // no table: the assembler says no-table
  if (choice.kind == Choice::grid) {
    read_grid(laid, w, lines, at);
    return laid;
  }
  if (choice.kind == Choice::dashed) {
    read_dashed(laid, w, lines, choice.dashed_table);
    return laid;
  }
  // issue 15: a wider table's header names its further columns (Lead, Timeline...) after the three, and
  // every row has that many cells, as the tab-cell parser reads them.
  std::size_t width = 3;
  {
    const std::vector<std::string_view> header = cells_of(lines[at].text);
    while (width < 6 && width < header.size() && is_extra_column(header[width])) ++width;
  }
  const bool bare = bare_header(lines[at].text);
  std::size_t i = at;
  for (; i < lines.size(); ++i) {
    if (i == at + 1) continue;  // the delimiter row
    if (!table_line(lines[i].text, bare)) break;
    std::vector<std::string_view> cells = cells_of(lines[i].text);
    if (cells.size() > width) {
      note_cells_after(cells.size(), width, cells[width], laid.findings);
      cells.resize(width);
    }
    if (cells.size() < width && !trim(lines[i].text).empty())
      // Markdown pads a short row at its end; which cell was left out the text does not say. Said, not guessed at.
      laid.findings.push_back({DiagnosticCode::layout_inferred,
                               fmt::format("this row has {} cell{} where the table has {}: read as the first {}, the "
                                           "rest empty",
                                           cells.size(), cells.size() == 1 ? "" : "s", width, cells.size()),
                               trim(lines[i].text)});
    while (cells.size() < width) cells.push_back(lines[i].text.substr(lines[i].text.size()));
    for (std::string_view c : cells) write_cell(w, c);
  }
  note_lines_after(laid, lines, i);
  return laid;
}

}  // namespace mseg::layout
