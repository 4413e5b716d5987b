// `pdftotext -layout`, or a table copied from a terminal: the three columns
// side by side, separated by runs of two or more spaces, each cell's text
// wrapped inside its column. Columns come from the header line (again at each
// page's top where the table repeats it); rows end at a blank line across all
// columns, or where a column takes up text again after a gap (rows are top-aligned).
// Text of a table with paragraph spacing, whose columns' lines interleave, is
// told by gaps inside sentences and read by where every column starts a paragraph.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>

#include "base/ascii.hpp"
#include "base/bytes16.hpp"
#include "clean.hpp"
#include "extra_column.hpp"
#include "front_matter.hpp"
#include "layout_later_forms.hpp"
#include "layout_text.hpp"
#include "patterns.hpp"

namespace mseg::layout {
namespace {

struct Field {
  std::size_t column = 0;  // in characters from the line's start
  std::size_t chars = 0;
  std::string_view text;
};

// The line's runs of text between runs of two or more spaces, into `out`
// (cleared first): detection reads every line of a plan of another form this
// way, and a vector a line was most of its allocations.
void fields_of(std::string_view line, std::vector<Field>& out) {
  out.clear();
  std::size_t col = 0, i = 0, shift = 0;  // shift: the columns the tabs so far stand for, beyond one each
  // The padding and the words are scanned sixteen bytes at a time: a page of
  // this form is mostly spaces, and every line is read this way.
  const char* const p = line.data();
  const std::size_t n = line.size();
  while (i < line.size()) {
    // Skip the spaces before the next field. A tab goes on to the next multiple of eight, as a terminal and
    // `expand` show it: an editor's "tabify" (`unexpand -a`) of -layout text turns runs of spaces into tabs, and
    // counted as one column each they moved every field after them left (a new user's finding: columns garbled).
    while (n - i >= 16) {
      const std::uint32_t gap = bytes16::equal(p + i, ' ');
      const std::size_t k = gap == 0xFFFF ? 16 : bytes16::first(~gap & 0xFFFF);
      i += k, col += k;
      if (k < 16) break;
    }
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) {
      // Stops counted in bytes, as expand(1) and unexpand(1) count them: "· Facilitating" is one character more
      // to them, and a stop by characters put the next field a column right of where pdftotext had it.
      const std::size_t width = line[i] == '\t' ? 8 - (i + shift) % 8 : 1;
      shift += width - 1, col += width, ++i;
    }
    if (i >= line.size()) break;
    Field f;
    f.column = col;
    const std::size_t begin = i;
    // The field ends at a tab, or at a space before a space, a tab or the line's end.
    bool ended = false;
    while (!ended && n - i >= 17) {
      const std::uint32_t gap_next = bytes16::equal(p + i + 1, ' ') | bytes16::equal(p + i + 1, '\t');
      const std::uint32_t stop = bytes16::equal(p + i, '\t') | (bytes16::equal(p + i, ' ') & gap_next);
      ended = stop != 0;
      i += ended ? bytes16::first(stop) : 16;
    }
    while (!ended && i < line.size()) {
      if (line[i] == ' ' && (i + 1 >= line.size() || line[i + 1] == ' ' || line[i + 1] == '\t')) break;
      if (line[i] == '\t') break;
      ++i;
    }
    f.text = line.substr(begin, i - begin);
    f.chars = char_count(f.text);
    col += f.chars;
    out.push_back(f);
  }
}

std::vector<Field> fields_of(std::string_view line) {
  std::vector<Field> out;
  fields_of(line, out);
  return out;
}

// The columns a table may have: the three, and up to three further ones (issue 15).
constexpr std::size_t kMaxColumns = 6;

bool header_like(const std::vector<Field>& fs) {
  // issue 15: a wider table's header names its further columns (Lead, Timeline...) after the three.
  if (fs.size() < 3 || fs.size() > kMaxColumns) return false;
  for (std::size_t k = 3; k < fs.size(); ++k)
    if (!is_extra_column(fs[k].text)) return false;
  for (const Field& f : fs) {
    if (f.text.size() > 60) return false;
    char last = f.text.back();
    // "Action Items (Owner/Deadline)" names a column though it ends in ')' (a helper's finding: no table found).
    if (last == '.' || (last == ')' && !column_name_with_parenthesis(f.text)) || last == ',' || last == ';')
      return false;
  }
  return !starts_paragraph(fs[0].text);
}

// Where the header's names start in `line`, a page's first line that holds them with single spaces between
// (pdftotext squeezed the repeated names of a 12 pt plan's page together: "Ministerial Directives MEG-SEC
// Priorities     Action Items"); empty when it holds anything else.
std::vector<std::size_t> squeezed_header(std::string_view line, const std::vector<Field>& header) {
  std::string names;
  for (const Field& h : header) names.append(names.empty() ? "" : " ").append(collapse_whitespace(h.text));
  if (collapse_whitespace(line) != names) return {};
  std::vector<std::size_t> starts;
  std::size_t from = 0;
  for (const Field& h : header) {
    std::string first = collapse_whitespace(h.text);
    first.resize(std::min(first.size(), first.find(' ')));
    const std::size_t at = line.find(first, from);
    if (at == std::string_view::npos) return {};
    starts.push_back(char_count(line.substr(0, at)));
    from = at + first.size();
  }
  return starts;
}

bool same_header(const std::vector<Field>& fs, const std::vector<Field>& header) {
  if (fs.size() != header.size()) return false;
  for (std::size_t i = 0; i < fs.size(); ++i)
    if (collapse_whitespace(fs[i].text) != collapse_whitespace(header[i].text)) return false;
  return true;
}

// The header: the first line of three short fields followed by lines of the table: of two fields or more, or of
// one that stays within the first column or stands under another's start (a small plan's long cell, its lines
// alone: a helper's finding, a one-row plan refused for want of wide lines).
std::size_t find_header(const std::vector<Line>& lines, const std::vector<Furniture>& furniture) {
  std::vector<Field> fs;
  std::vector<std::size_t> starts;  // where the header's columns after the first start
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (furniture[i] != Furniture::none) continue;
    fields_of(lines[i].text, fs);
    if (!header_like(fs)) continue;
    starts.clear();
    // Lines alone in a column count only under a header that names a plan's column: a mangled text's line of
    // three fields, followed by short lines, is no table (the fuzz corpus's inputs were read as one).
    const bool named = std::any_of(fs.begin(), fs.end(), [](const Field& f) {
      return ascii::contains_ci(f.text, "directive") || ascii::contains_ci(f.text, "priorit") ||
             ascii::contains_ci(f.text, "action") || ascii::contains_ci(f.text, "goal");
    });
    if (named)
      for (std::size_t k = 1; k < fs.size(); ++k) starts.push_back(fs[k].column);
    std::size_t wide = 0, placed = 0, seen = 0;
    for (std::size_t j = i + 1; j < lines.size() && seen < 8; ++j) {
      if (trim(lines[j].text).empty()) continue;
      ++seen;
      fields_of(lines[j].text, fs);
      if (fs.size() >= 2) {
        ++wide, ++placed;
      } else if (fs.size() == 1 && !starts.empty() && (fs[0].column + fs[0].chars <= starts.front() ||
                                    std::any_of(starts.begin(), starts.end(), [&](std::size_t at) {
                                      return fs[0].column + 2 >= at && fs[0].column <= at + 2;
                                    }))) {
        ++placed;  // within the first column, or under another's start: prose runs across them
      }
    }
    if (wide >= 1 && placed * 3 >= seen) return i;
  }
  return lines.size();
}

std::string_view section_digits(std::string_view number) {
  std::size_t n = 0;
  while (n < number.size() && number[n] >= '0' && number[n] <= '9') ++n;
  return number.substr(0, n);
}

struct Placed {
  std::size_t line = 0;
  // Its parts, column by column, in one vector for all lines (a vector per column and line was a
  // million small allocations): count[k] of them for column k, from `first` on.
  std::size_t first = 0;
  std::array<std::uint32_t, kMaxColumns> count{};
};

// Whether a column's text before a gap ends there as a cell's last paragraph does: a sentence, a clause, a tag or
// a citation. Before a gap in a table set tight, it always does (the gap is the row's end).
bool ends_sentence(std::string_view line) {
  line = trim_end(line);
  // Past what may follow a sentence's stop: a closing quote ("... security.”") and a footnote's mark, raised
  // ("security.¹") or, as pdftotext gives it, plain ("security.1"): a review's findings.
  for (bool more = true; more && !line.empty();) {
    more = false;
    for (std::string_view mark : {"\u201D", "\u2019", "\"", "'", "\u00B9", "\u00B2", "\u00B3"})
      if (line.size() > mark.size() && line.ends_with(mark)) line.remove_suffix(mark.size()), more = true;
    // A plain mark follows a word's stop ("security.1"), not a number's ("Annex 2.1", "US$2.5": a review's finding).
    std::size_t digits = 0;
    while (digits < line.size() && digits < 2 && ascii::digit(line[line.size() - 1 - digits])) ++digits;
    if (digits > 0 && digits + 1 < line.size() && line[line.size() - 1 - digits] == '.' &&
        ascii::letter(line[line.size() - 2 - digits]))
      line.remove_suffix(digits), more = true;
  }
  if (line.empty()) return true;
  const char c = line.back();
  return c == '.' || c == ';' || c == ':' || c == '?' || c == '!' || c == ')' || ends_group(line, 0);
}

bool lower_first(std::string_view s) { return !s.empty() && ascii::is_lower(s.front()); }

// Whether `line` starts with a group that reads as a citation or a tag: a '/', a year, or a goal in it
// ("(Ministerial Statement 2004)", "(MEG-SEC/ongoing)", "(Bogor Goal)"), not "(New)" or a list's "(a)".
bool cites_or_tags(std::string_view line) {
  const std::size_t close = line.find(')');
  const std::string_view group = line.substr(0, close == std::string_view::npos ? line.size() : close);
  if (group.find('/') != std::string_view::npos || group.find("Goal") != std::string_view::npos) return true;
  std::size_t run = 0;
  for (char c : group)
    if ((run = ascii::digit(c) ? run + 1 : 0) == 4) return true;
  return false;
}

// Whether a line ends where no cell does: after a comma, or mid-phrase ("... and", "... of the").
bool goes_on(std::string_view line) {
  line = trim_end(line);
  return !line.empty() && (line.back() == ',' || ends_mid_phrase(line));
}

// Whether the text shows twice or more a column that takes text up again after a gap (or a blank line), on one
// page, while a sentence goes on: its own (the line before the gap ends none, the line after starts in lower case), or another
// column's across that line. pdftotext set the columns' lines where they stand, between each other's: in a table
// set tight a column takes text up again only at a row's top, where every column starts a cell.
template <class PartsOf>
bool interleaved(const std::vector<Placed>& placed, std::size_t columns, const PartsOf& parts_of,
                 const std::vector<bool>& blank_before, const std::vector<std::size_t>& segment_of) {
  std::array<std::size_t, kMaxColumns> after{};  // per column: one past the placed line its text was last on
  std::array<std::string_view, kMaxColumns> before{};
  int gaps = 0;
  for (std::size_t n = 0; n < placed.size() && gaps < 2; ++n) {
    // The columns whose sentence runs on from the line before into this one.
    std::uint32_t running = 0;
    if (n > 0 && !blank_before[n] && segment_of[n - 1] == segment_of[n])
      for (std::size_t k = 0; k < columns; ++k) {
        const auto a = parts_of(placed[n - 1], k), b = parts_of(placed[n], k);
        if (!a.empty() && !b.empty() && !ends_sentence(a.back()) && lower_first(b.front())) running |= 1u << k;
      }
    // A blank line is counted once however many columns' sentences it breaks: one stray blank line is not the two
    // gaps that say the text is spaced (a review's finding: the later-forms plan so read, 22 elements misread). A
    // column that took text up again after lines of others' is a gap of its own.
    bool blank_counted = false;
    for (std::size_t k = 0; k < columns; ++k) {
      const auto parts = parts_of(placed[n], k);
      if (parts.empty()) continue;
      // After a gap, or a blank line across all columns: a sentence broken by either is broken by spacing.
      const bool resumed =
          after[k] != 0 && (after[k] < n || blank_before[n]) && segment_of[after[k] - 1] == segment_of[n];
      // (An open parenthesis goes on too: "economies. (Ministerial" / "Statement 2011)".)
      if (resumed && ((!ends_sentence(before[k]) &&
                       (lower_first(parts.front()) || goes_on(before[k]) || paren_depth(before[k], 0) > 0)) ||
                      (running & ~(1u << k)) != 0))
      {
        const bool interleaving = after[k] < n;
        gaps += interleaving || !blank_counted ? 1 : 0;
        blank_counted = blank_counted || !interleaving;
      }
      after[k] = n + 1;
      before[k] = parts.back();
    }
  }
  return gaps >= 2;
}

// In text so set, whether a line starts a row that no directive number starts: each of the three columns has
// text on it and starts a paragraph there (after a sentence's end, or with a number or bullet), none in lower
// case. A wider table's further columns are not asked: a Lead cell ends in no mark, and may be empty.
template <class PartsOf>
bool starts_row_spaced(const Placed& p, std::size_t columns, const PartsOf& parts_of,
                       const std::array<std::vector<std::string_view>, kMaxColumns>& row) {
  std::string_view rest = parts_of(p, 0).front(), number;
  if (consume_directive_number(rest, number)) return false;  // a numbered directive: judged by its section
  for (std::size_t k = 0; k < std::min<std::size_t>(columns, 3); ++k) {
    const auto parts = parts_of(p, k);
    if (parts.empty()) return false;
    // A citation or a tag on a line of its own ("(Bogor Goal)") goes with the paragraph before it.
    const char c = parts.front().front();
    if (!ascii::is_upper(c) && !ascii::digit(c) && !starts_paragraph(parts.front())) return false;
    // The priorities' short titles and items end in no mark: a capital starts one there.
    if (k != 1 && !row[k].empty() && !starts_paragraph(parts.front()) && !ends_sentence(row[k].back())) return false;
  }
  return true;
}

}  // namespace

double fit_side_by_side(std::string_view text) {
  const std::vector<Line> lines = split_lines(text.substr(0, std::min<std::size_t>(text.size(), 1 << 16)));
  std::vector<Furniture> none(lines.size(), Furniture::none);
  const std::size_t at = find_header(lines, none);
  if (at == lines.size()) return 0.0;
  // How many of the lines after the header stand in two or more columns.
  std::size_t wide = 0, seen = 0;
  std::vector<Field> fs;
  for (std::size_t j = at + 1; j < lines.size() && seen < 200; ++j) {
    if (trim(lines[j].text).empty()) continue;
    ++seen;
    fields_of(lines[j].text, fs);
    if (fs.size() >= 2) ++wide;
  }
  const double score =
      seen == 0 ? 0.2 : 0.5 + 0.45 * std::min(1.0, 3.0 * static_cast<double>(wide) / static_cast<double>(seen));
  // pdftotext and a terminal's copy pad with spaces: names a tab separates are a spreadsheet's row (the tsv
  // form), whose cells are not where the header's names stand (a new user's plan read by position, cut mid-cell).
  // Nor are names between bars ("| Ministerial | MEG-SEC Priorities |"): a Markdown table's, pandoc's grid table's.
  const bool tabs = lines[at].text.find('\t') != std::string_view::npos;
  const bool bars = trim(lines[at].text).starts_with('|');
  return tabs || bars ? score / 2 : score;
}

namespace {

// Whether `name` names one of a plan's columns as a header does: ends in the three's words ("Goals and" does
// not), or is a further column's name.
bool names_a_column(std::string_view name) {
  return column_named(name, /*any_case=*/true) >= 0 || is_extra_column(name);
}

// How many of the lines after the header at `at` finish its names, wrapped in their narrow cells ("Goals and" /
// "Objectives", "MSEG Priori-" / "ties"), at most two: each field stands under a name's start, none is numbered,
// bulleted or bracketed, and afterwards every name names a column where one did not before (a helper's finding:
// "Objectives" read as a directive of a row of its own). `parts` gets each name's lines.
std::size_t wrapped_names(const std::vector<Line>& lines, std::size_t at, const std::vector<Field>& header,
                          std::vector<Paragraph>& parts) {
  const auto one_line_each = [&] {
    parts.assign(header.size(), Paragraph{});
    for (std::size_t k = 0; k < header.size(); ++k) parts[k].push_back(header[k].text);
  };
  one_line_each();
  const auto all_named = [&] {
    return std::all_of(parts.begin(), parts.end(), [](const Paragraph& p) { return names_a_column(join_wrapped(p)); });
  };
  if (all_named()) return 0;
  std::vector<Field> fs;
  for (std::size_t n = 1; n <= 2 && at + n < lines.size(); ++n) {
    fields_of(lines[at + n].text, fs);
    bool fits = !fs.empty();
    for (const Field& f : fs) {
      std::size_t k = header.size();
      for (std::size_t c = 0; c < header.size(); ++c)
        if (f.column + 2 >= header[c].column && f.column <= header[c].column + 2) k = c;
      if (k == header.size() || f.text.size() > 30 || starts_paragraph(f.text) ||
          f.text.find_first_of("()") != std::string_view::npos) {
        fits = false;
        break;
      }
      parts[k].push_back(f.text);
    }
    if (!fits) break;
    if (all_named()) return n;
  }
  one_line_each();
  return 0;
}

}  // namespace

Laid read_side_by_side(std::string_view text) {
  Laid laid{"side-by-side", {}, {}, {}, {}, {}};
  Writer w(text, laid);
  const std::vector<Line> lines = split_lines(text);
  std::vector<Furniture> furniture = find_furniture(lines, laid.findings);
  const std::size_t header_at = find_header(lines, furniture);

  // Front matter: paragraphs between blank lines; with none, by the wrapping rules at the widest line's width, as a
  // viewer's copy is read (a helper's finding: with the blank lines gone, the title, the meeting and the preamble
  // were one paragraph, read as the preamble). Not both: a title centred over two lines is shorter than the
  // preamble's lines, and was cut in two where blank lines stood (a review's finding).
  // A blank line counts between two lines of text: one before the header alone parts nothing.
  std::vector<std::string_view> front;
  std::size_t front_width = 0;
  bool front_blank = false, blank_pending = false;
  for (std::size_t i = 0; i < header_at && i < lines.size(); ++i)
    if (furniture[i] == Furniture::none) {
      front.push_back(trim(lines[i].text));
      front_width = std::max(front_width, char_count(front.back()));
      if (front.back().empty()) {
        blank_pending = front.size() > 1;
      } else {
        front_blank = front_blank || blank_pending;
        blank_pending = false;
      }
    }
  if (!front_blank) std::erase(front, std::string_view());  // blank lines at its ends: no paragraph of their own
  std::vector<Paragraph> front_paragraphs;
  if (!front_blank) {
    front_paragraphs = paragraphs_of(front, front_width);
  } else {
    // A cover sheet's field stays a paragraph of its own where one blank line of many is lost ("Agenda Item: 3.5"
    // joined to the title below it: a sweep's finding, the agenda item and the title lost, unsaid); so does a
    // meeting's place in a short paragraph, first or after a line that ends no sentence ("... Work Plan" / "TPTWG 27
    // Ha Noi, Viet Nam" / "The Maritime ...", "Third Senior Officials' Meeting" / "Sendai, Japan"), not a
    // preamble's wrapped line.
    for (Paragraph& group : blank_separated(front)) {
      Paragraph run;
      for (std::string_view line : group) {
        const bool place = group.size() <= 4 &&
                           (run.empty() || (!ends_full_stop(run.back()) && !ends_mid_phrase(run.back()))) &&
                           place_line(line);
        if (!cover_sheet_line(line) && !place) {
          run.push_back(line);
          continue;
        }
        if (!run.empty()) {
          front_paragraphs.push_back(std::move(run));
          run = {};
        }
        front_paragraphs.push_back({line});
      }
      if (!run.empty()) front_paragraphs.push_back(std::move(run));
    }
  }
  for (const Paragraph& p : front_paragraphs) {
    w.paragraph(p);
    w.raw("\n");
  }
  if (header_at == lines.size()) {
    laid.findings.push_back({DiagnosticCode::layout_columns,
                             "side-by-side: no header line naming three columns (such as 'Directives  Priorities  "
                             "Action Items', separated by two or more spaces) was found",
                             text.substr(0, 0)});
    return laid;
  }
  std::vector<Field> header = fields_of(lines[header_at].text);
  std::vector<Paragraph> names;
  const std::size_t name_lines = wrapped_names(lines, header_at, header, names);
  for (const Paragraph& name : names) w.cell(std::vector<Paragraph>{name});
  const std::size_t columns = header.size();  // 3, or more in a wider table (issue 15)

  // Each line's fields placed in columns; the columns' starts from the last header seen.
  std::array<std::size_t, kMaxColumns> starts{};
  for (std::size_t k = 0; k < columns; ++k) starts[k] = header[k].column;
  std::vector<Placed> placed;
  std::vector<std::string_view> placed_parts;
  // Column k's parts of a placed line.
  auto parts_of = [&placed_parts](const Placed& p, std::size_t k) {
    std::size_t b = p.first;
    for (std::size_t c = 0; c < k; ++c) b += p.count[c];
    return std::span<const std::string_view>(placed_parts.data() + b, p.count[k]);
  };
  std::vector<std::size_t> segment_of;  // per placed line: which header's columns
  std::vector<std::array<std::size_t, kMaxColumns>> widths{{0, 0, 0}};
  std::vector<bool> blank_before;  // per placed line: a blank line across all columns came first (not at a page break)
  bool pending_blank = false;
  // Room for every line once: moving a million placed lines at each doubling cost more than placing them.
  placed.reserve(lines.size() - header_at);
  placed_parts.reserve(2 * (lines.size() - header_at));
  segment_of.reserve(lines.size() - header_at);
  blank_before.reserve(lines.size() - header_at);
  for (std::size_t i = header_at + 1 + name_lines; i < lines.size(); ++i) {
    if (lines[i].page_break) pending_blank = false;
    if (furniture[i] != Furniture::none) {
      pending_blank = false;
      continue;
    }
    std::string_view t = trim(lines[i].text);
    if (t.empty()) {
      pending_blank = true;
      continue;
    }
    std::vector<Field> fs = fields_of(lines[i].text);
    if (lines[i].page_break && !same_header(fs, header) && !header_like(fs)) {
      if (const auto squeezed = squeezed_header(t, header); !squeezed.empty()) {
        note_furniture(t, "column-name row repeated at a page's top", laid.findings);
        for (std::size_t k = 0; k < columns; ++k) starts[k] = squeezed[k];
        widths.push_back({0, 0, 0});
        pending_blank = false;
        continue;
      }
    }
    if (same_header(fs, header) || (header_like(fs) && lines[i].page_break)) {
      note_furniture(t, "column-name row repeated at a page's top", laid.findings);
      for (std::size_t k = 0; k < columns && k < fs.size(); ++k) starts[k] = fs[k].column;
      widths.push_back({0, 0, 0});
      pending_blank = false;
      // Its names wrapped as the first header's were: the same lines again, not a row.
      std::vector<Paragraph> again;
      if (const std::size_t more = wrapped_names(lines, i, fs, again); more > 0 && again == names) {
        for (std::size_t k = 1; k <= more; ++k) note_furniture(trim(lines[i + k].text), "column-name row repeated at a page's top", laid.findings);
        i += more;
      }
      continue;
    }
    // A blank line just before a page's end is the page's, not the table's.
    bool at_break = false;
    for (std::size_t j = i; j > header_at; --j) {
      if (lines[j].page_break || furniture[j - 1] != Furniture::none) {
        at_break = true;
        break;
      }
      if (!trim(lines[j - 1].text).empty()) break;
    }
    Placed p;
    p.line = i;
    p.first = placed_parts.size();
    for (const Field& f : fs) {
      std::size_t k = 0;
      while (k + 1 < columns && f.column + 2 >= starts[k + 1]) ++k;
      std::string_view part = f.text;
      // A field running into the next column: its last words belong there when a space stands at the gutter.
      if (k + 1 < columns && f.column + f.chars > starts[k + 1] + 1) {
        std::size_t col = f.column, split = std::string_view::npos;
        for (std::size_t b = 0; b < part.size(); ++b) {
          if ((static_cast<unsigned char>(part[b]) & 0xC0) == 0x80) continue;
          if (part[b] == ' ' && col + 3 >= starts[k + 1] && col <= starts[k + 1] + 1) split = b;
          ++col;
        }
        if (split != std::string_view::npos) {
          placed_parts.push_back(part.substr(0, split)), ++p.count[k];  // columns come left to right
          widths.back()[k] = std::max(widths.back()[k], char_count(part.substr(0, split)));
          part = part.substr(split + 1);
          ++k;
        } else {
          laid.findings.push_back({DiagnosticCode::layout_straddle,
                                   fmt::format("'{}' runs across the gutter before column {} ('{}'); read in column {}",
                                               part, k + 2, header[k + 1].text, k + 1),
                                   part});
        }
      }
      placed_parts.push_back(part), ++p.count[k];
      widths.back()[k] = std::max(widths.back()[k], char_count(part));
    }
    placed.push_back(std::move(p));
    segment_of.push_back(widths.size() - 1);
    blank_before.push_back(pending_blank && !at_break);
    pending_blank = false;
  }

  // Rows: cut at a blank line, or where a column that has text in the row takes up text again after a gap.
  std::array<std::vector<std::string_view>, kMaxColumns> row;
  std::array<std::size_t, kMaxColumns> row_width{0, 0, 0};
  std::array<bool, kMaxColumns> on_previous{false, false, false};
  // Paragraph spacing (Word's Normal style, 6 to 8 pt after each paragraph): pdftotext sets each column's lines
  // where they stand on the page, so one column's wrapped sentence is broken by blank lines wherever another
  // column's line fell between its lines (`port facility security through` / (blank) / `sustained, needs-based`),
  // and a column taking text up again after a gap starts no row (helper 66's spaced plans: every such gap cut a
  // row, 40 elements wrong a plan). Two gaps inside a sentence say the text is so set.
  const bool spaced = interleaved(placed, columns, parts_of, blank_before, segment_of);
  // Per column, where in the row's lines a paragraph starts after a spaced text's gap.
  std::array<std::vector<std::size_t>, kMaxColumns> breaks;
  auto flush = [&] {
    bool any = false;
    for (const auto& c : row) any = any || !c.empty();
    if (!any) return;
    for (std::size_t k = 0; k < columns; ++k) {
      // Only the priorities column, short titles without end marks, is cut by width, and the actions
      // column after a lead clause (issue 15). Where a spaced text's gap starts a paragraph, the lines on
      // either side are joined apart.
      // (A cell with no such gap, every cell of a tight table, is joined in one call, as before.)
      const std::span<const std::string_view> cell(row[k]);
      const std::size_t width = k == 1 ? row_width[k] : 0;
      const auto upto = [&](std::size_t b) { return b < breaks[k].size() ? breaks[k][b] : cell.size(); };
      std::vector<Paragraph> paragraphs = paragraphs_of(cell.first(upto(0)), width, &laid.findings);
      for (std::size_t b = 0; b < breaks[k].size(); ++b) {
        auto more = paragraphs_of(cell.subspan(breaks[k][b], upto(b + 1) - breaks[k][b]), width, &laid.findings);
        paragraphs.insert(paragraphs.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
      }
      if (k == 2)
        w.cell(split_after_lead_clauses(std::move(paragraphs), row_width[k], &laid.findings));
      else
        w.cell(paragraphs);
      row[k].clear();
      breaks[k].clear();
    }
    row_width = {0, 0, 0};
  };
  for (std::size_t n = 0; n < placed.size(); ++n) {
    const Placed& p = placed[n];
    bool cut = blank_before[n] && !spaced;
    // A blank line where a column's text goes on is inside a cell: no row starts mid-sentence, nor with a citation
    // or a tag. Cut there, the rest of the row became a section of its own and every element after it moved (a
    // helper's finding, 46 elements). Text goes on inside a parenthesis left open ("(Australia/March" / "2008)");
    // with a citation or tag on its own line ("building needs." / "(MEG-SEC/ongoing)": a year, a goal or a '/'
    // in it, not "(New) Survey" nor a list's "(a)"; in the directives column any group after no stop, "the World
    // Customs Organization" / "(WCO) Framework"); after a line that ends mid-phrase; in lower case after no
    // stop in the actions column, and in the directives column after anything but a full stop ("APEC needed to
    // continue" / "building capacities", "(STAR)" / "and other"; not after an action's tag: "(Japan/2011)" / "eSeal
    // trials ..." is the next row's, and not in the priorities column, whose titles end in no mark); and in a
    // numbered directive's cell, beside which the row has priorities or actions, after a line that ends in no stop
    // or citation ("symposium on Total Supply" / "Chain Security in 2006": a numbered plan's next row starts with a
    // number).
    // Not where a directive's number or a part heading starts, nor after a part heading's row: a row starts there.
    // The three columns only: a Lead or Timeline cell ends in no mark and may start in lower case ("2011" /
    // (blank) / "ongoing" is two rows). Said only where no rule below starts a row here after all.
    // The row above has text beside its directive: a heading's row ("1. Capacity Building") has none, and the
    // directive under it starts a row (a review's finding: the heading and the directive were read as one).
    // Asked only at a blank line, as all that follows: most lines stand after none.
    bool main = false;  // text in the three columns on the line: only these start a row
    for (std::size_t k = 0; k < std::min<std::size_t>(columns, 3); ++k) main = main || !parts_of(p, k).empty();
    bool beside = false;
    std::string inside;  // the note, where the blank line is read as inside the row
    std::string_view inside_at;
    if (cut) {
      for (std::size_t k = 1; k < columns; ++k) beside = beside || !row[k].empty();
      std::string_view first_part = parts_of(p, 0).empty() ? std::string_view() : parts_of(p, 0).front();
      std::string_view row_first = row[0].empty() ? std::string_view() : row[0].front(), number;
      const bool row_numbered = consume_directive_number(row_first, number);
      // Nor where the directives column starts anew on the line, after a directive that ended (a capital after a
      // stop or a citation): another column going on does not hold two rows together (a review's finding: "...
      // protection of ships" / (blank) / "Ministers asked ... | Supply chain | eSeal trials" was one row). A new
      // action beside a directive going on is the row's next action.
      const bool anew = !first_part.empty() && !row[0].empty() && ends_sentence(row[0].back()) &&
                        ascii::is_upper(first_part.front());
      std::string_view rest = first_part;
      const bool held = anew || consume_directive_number(rest, number) || starts_part_heading(first_part) ||
                        (!row[0].empty() && starts_part_heading(row[0].front()));
      for (std::size_t k = 0; k < std::min<std::size_t>(columns, 3) && !held; ++k) {
        const auto parts = parts_of(p, k);
        if (parts.empty() || row[k].empty() || parts.front().empty()) continue;
        const std::string_view before = trim_end(row[k].back()), next = parts.front();
        bool goes = false;
        if (paren_depth(before, 0) > 0) goes = true;
        else if (next.front() == '(') goes = cites_or_tags(next) || (k == 0 && !ends_sentence(before));
        else if (!ends_sentence(before) && goes_on(before)) goes = true;
        else if (lower_first(next) && k != 1) goes = !ends_sentence(before) || (k == 0 && !ends_full_stop(before));
        else if (!ends_sentence(before)) goes = k == 0 && row_numbered && beside && ascii::is_upper(next.front());
        if (!goes) continue;
        cut = false;
        inside = fmt::format("blank line read as inside a row: '{}' goes on from '{}' in column {}", parts.front(),
                             trim(row[k].back()), k + 1);
        inside_at = parts.front();
        break;
      }
      // A line with text in further columns alone (a Lead's next name, set apart by Word's paragraph spacing)
      // starts no row: cells are top-aligned, so a row starts with its directive, priority or action, and a Lead
      // alone would be kept by no action (a helper's finding: "Japan" / (blank) / "Korea", each name a row).
      for (std::size_t k = 3; k < columns && cut && !held && !main; ++k) {
        if (parts_of(p, k).empty() || row[k].empty()) continue;
        cut = false;
        inside = fmt::format("blank line read as inside a row: '{}' goes on from '{}' in column {}",
                             parts_of(p, k).front(), trim(row[k].back()), k + 1);
        inside_at = parts_of(p, k).front();
      }
    }
    if (spaced) {
      // Every column has text on the line and starts a paragraph there, the directive unnumbered (a numbered one
      // is judged by its section below): the row's top line, as cells are top-aligned. Blank lines are spacing.
      cut = cut || (!parts_of(p, 0).empty() && !row[0].empty() && starts_row_spaced(p, columns, parts_of, row));
    } else {
      // Not a column whose line before the gap left a parenthesis open: its citation or tag goes on. Nor on a line
      // where another column goes on inside a parenthesis its line before left open: no row starts inside a tag
      // or a citation (a helper's finding: a Lead column's names, set apart by Word's paragraph spacing, cut a row
      // at "(Japan/March" / "2011)", the tag lost and "(Bogor Goal)" read as a directive of a section of its own).
      // Nor, as at a blank line, on a line with text in further columns alone ("Hong Kong, China" / "Viet Nam",
      // the actions column's line between them).
      bool inside_group = false;
      for (std::size_t k = 0; k < columns && !inside_group; ++k)
        inside_group = !parts_of(p, k).empty() && !row[k].empty() && on_previous[k] && paren_depth(row[k].back(), 0) > 0;
      for (std::size_t k = 0; k < columns && !cut && !inside_group; ++k)
        if (!parts_of(p, k).empty() && !row[k].empty() && !on_previous[k] && paren_depth(row[k].back(), 0) <= 0) {
          if (main) {
            cut = true;
          } else if (inside.empty()) {
            inside = fmt::format("read as inside a row: '{}' goes on from '{}' in column {}, with nothing in the "
                                 "first three columns to start a row",
                                 parts_of(p, k).front(), trim(row[k].back()), k + 1);
            inside_at = parts_of(p, k).front();
          }
        }
      // Cells are top-aligned: in a row with no directive yet (actions alone), a directive below its top starts the
      // next row, numbered
      // or not (the 2007 plan's "Share best practices ..." was read into a row of actions a blank line had
      // started, and those actions into its section, unsaid).
      if (!cut && !parts_of(p, 0).empty() && row[0].empty() && !lower_first(parts_of(p, 0).front()))
        for (std::size_t k = 1; k < columns && !cut; ++k) cut = !row[k].empty();
    }
    // A directive of another section, or one after a row of actions alone, starts a row.
    if (!cut && !parts_of(p, 0).empty()) {
      std::string_view rest = parts_of(p, 0).front(), number;
      if (consume_directive_number(rest, number)) {
        bool others = false;
        for (std::size_t k = 1; k < columns; ++k) others = others || !row[k].empty();
        if (row[0].empty()) {
          cut = others;
        } else {
          std::string_view first = row[0].front(), row_number;
          cut = consume_directive_number(first, row_number) &&
                section_digits(row_number) != section_digits(number);
        }
      }
    }
    // issue 15's further columns: a row with no directive (the section's next) where the priorities column starts a
    // numbered priority, the actions column a paragraph after a tag or a sentence's end, and every further column
    // with text in the row takes text up on this line, starts a row, as Word's table has it: its Lead and Timeline
    // are its own (a helper's finding: two rows' Leads read as one, "Japan ... Viet Nam", and "2011 2011").
    if (!cut && columns > 3 && parts_of(p, 0).empty() && !parts_of(p, 1).empty() && !row[1].empty() &&
        !parts_of(p, 2).empty() && !row[2].empty() &&
        (ends_group(row[2].back(), 0) || ends_full_stop(row[2].back()))) {
      std::string_view rest = parts_of(p, 1).front(), number;
      bool extras = false, all = patterns::consume_priority_number(rest, number);
      for (std::size_t k = 3; k < columns && all; ++k)
        if (!row[k].empty()) extras = true, all = !parts_of(p, k).empty();
      cut = all && extras;
    }
    // A part heading right under the row before (no blank line between: the directive cell was the row's
    // tallest) starts a row of its own (a helper's finding: read as that row's directive). Only a heading's
    // form ("Part B." or "Part B:"): "ISPS Code" / "Part B guidance" is a wrapped line (a review's finding).
    if (!cut && !parts_of(p, 0).empty() && !row[0].empty()) {
      const std::string_view line = parts_of(p, 0).front();
      const std::string_view before = trim(row[0].back());
      std::size_t i = 5;
      while (i < line.size() && i < 9 && (ascii::digit(line[i]) || (line[i] >= 'A' && line[i] <= 'Z'))) ++i;
      const bool punctuated = i > 5 && i < line.size() && (line[i] == '.' || line[i] == ':');
      // After a directive that ended in its citation, as directives do: "... port facilities." / "Part B: guidance
      // on drills ..." is the directive's own sentence (a second review's finding).
      cut = punctuated && starts_part_heading(line) && !before.empty() && ends_group(before, 0);
    }
    // issue 15: a part heading's row holds the heading alone: a directive under it starts the next row.
    if (!cut && !parts_of(p, 0).empty() && !row[0].empty() && starts_part_heading(row[0].front())) {
      std::string_view rest = parts_of(p, 0).front(), number;
      cut = consume_directive_number(rest, number);
    }
    // A row of directives alone after a blank line, below a row with priorities or actions: in a tight table a
    // directive cell's second paragraph stands so too, after a stray blank line (the 2007 plan's "... (Ministerial
    // Statement 2007)" / (blank) / "Ministers requested ..."). Read as a row, as a plan may have one, and said.
    if (cut && blank_before[n] && !spaced && !row[0].empty() && !parts_of(p, 0).empty()) {
      bool others_here = false;
      for (std::size_t k = 1; k < columns; ++k) others_here = others_here || !parts_of(p, k).empty();
      std::string_view rest = parts_of(p, 0).front(), number;
      if (!others_here && beside && !consume_directive_number(rest, number) &&
          !starts_part_heading(parts_of(p, 0).front()))
        laid.findings.push_back({DiagnosticCode::layout_inferred,
                                 fmt::format("read as a row of directives alone, at a blank line: '{}' has no "
                                             "priority or action beside it; if it is the row above's directive, its "
                                             "section is that row's",
                                             parts_of(p, 0).front()),
                                 parts_of(p, 0).front()});
    }
    if (!cut && !inside.empty())
      laid.findings.push_back({DiagnosticCode::layout_inferred, std::move(inside), inside_at});
    if (cut) flush();
    for (std::size_t k = 0; k < columns; ++k) {
      // In spaced text a sentence's end before a gap, a capital after it: the gap is the paragraph's spacing
      // ("report the results." / "A draft questionnaire ...": two actions, the first with no tag).
      // Or with no gap shown (pdftotext kept the spacing off the text's lines) where the capital's word would have
      // fitted after the sentence's end with five characters to spare: characters only approximate a proportional
      // font's widths, and at less a second sentence of one action was read as an action of its own.
      // In text with no spacing likewise, by the fit alone (a helper's finding: "... on port security." / "Compile
      // the results ... (Korea/2011)" was one action, the first untagged one lost in it, unsaid).
      const auto parts = parts_of(p, k);
      if (k == 2 && !row[k].empty() && !parts.empty() && ends_full_stop(row[k].back()) &&
          ascii::is_upper(parts.front().front())) {
        const bool gap = spaced && (!on_previous[k] || blank_before[n]);
        if (gap || sentence_starts_paragraph(row[k].back(), parts.front(), widths[segment_of[n]][k],
                                             &laid.findings))
          breaks[k].push_back(row[k].size());
      }
      on_previous[k] = !parts.empty();
      for (std::string_view part : parts) row[k].push_back(part);
      row_width[k] = std::max(row_width[k], widths[segment_of[n]][k]);
    }
  }
  flush();
  return laid;
}

}  // namespace mseg::layout
