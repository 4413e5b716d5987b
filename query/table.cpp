// Text for a person: aligned columns on a terminal, or a markdown table.
#include <algorithm>

#include "base/text_escape.hpp"
#include "base/text_pieces.hpp"
#include "grid.hpp"

namespace mseg::query {
namespace {

constexpr std::string_view kGap = "  ";
constexpr std::size_t kMinFit = 12;      // narrowest the cut column gets, however narrow the terminal
constexpr std::size_t kComfortable = 40;  // below this the text gives way to a shorter owners column
constexpr std::size_t kMinSqueeze = 16;   // narrowest the owners column gets
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kRed = "\x1b[31m";
constexpr std::string_view kReset = "\x1b[0m";

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Width in terminal columns, counting each code point as one.
std::size_t width_of(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return !continuation(c); }));
}

// width_of(s), or `limit` when it is at least that: counts no further.
std::size_t width_upto(std::string_view s, std::size_t limit) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size() && n < limit; ++i) n += continuation(s[i]) ? 0 : 1;
  return n;
}

// Line breaks and tabs would break the columns apart; other control
// characters (an escape from plan JSON) would move the cursor or colour the
// terminal. Each becomes a space, which keeps the cell's width.
std::string one_line(std::string_view s) { return inert_text(s); }

// The first `width` columns of s, ending in "…" when something was cut.
std::string cut(const std::string& s, std::size_t width) {
  if (width_of(s) <= width) return s;
  std::size_t keep = width == 0 ? 0 : width - 1, seen = 0, i = 0;
  for (; i < s.size(); ++i) {
    if (!continuation(s[i])) {
      if (seen == keep) break;
      ++seen;
    }
  }
  std::string out = s.substr(0, i);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  out += "…";
  return out;
}

// s broken at spaces into lines of at most `width` columns; a word longer
// than that is broken where the line is full.
std::vector<std::string> wrap(const std::string& s, std::size_t width) {
  std::vector<std::string> out;
  if (width == 0 || width_of(s) <= width) return {s};
  std::string line;
  std::size_t line_width = 0;
  auto flush = [&] {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out.push_back(std::move(line));
    line.clear();
    line_width = 0;
  };
  // A word far longer than a line is cut a line at a time: its end is found
  // once, and its width counted only as far as a line (width_upto), or each
  // cut would walk the rest of the word again (quadratic in its length).
  std::size_t i = 0, end = 0;
  while (i < s.size()) {
    if (s[i] == ' ') {
      ++i;
      continue;
    }
    if (end <= i) {
      end = s.find(' ', i);
      if (end == std::string::npos) end = s.size();
    }
    std::string_view word(s.data() + i, end - i);
    const std::size_t ww = width_upto(word, width + 1);
    if (line_width > 0 && line_width + 1 + ww > width) flush();
    if (ww > width) {
      // Longer than a whole line: as much as fits, the rest on the next lines.
      std::size_t seen = 0, k = 0;
      for (; k < word.size(); ++k) {
        if (!continuation(word[k])) {
          if (line_width + seen == width) break;
          ++seen;
        }
      }
      // Rather after a '-' or '/' (file names, "MEG-SEC") than mid-word.
      if (const auto soft = word.substr(0, k).find_last_of("-/"); soft != std::string_view::npos && soft > 0) {
        seen = width_of(word.substr(0, soft + 1));
        k = soft + 1;
      }
      line.append(word.substr(0, k));
      line_width += seen;
      flush();
      i += k;
      continue;
    }
    if (line_width > 0) {
      line += ' ';
      ++line_width;
    }
    line.append(word);
    line_width += ww;
    i = end;
  }
  if (!line.empty()) flush();
  return out;
}

void pad(std::string& out, std::size_t n) { out.append(n, ' '); }

// Narrows the wrapping columns until the table fits `avail`: first the text,
// down to a comfortable width; then the widest of the others, down to their
// own width or kMinSqueeze, whichever is less (so short cells such as
// "September 2006" stay whole), or header; then the text again, down to
// kMinFit. What still does not fit overflows.
void fit_by_wrapping(const Grid& g, std::size_t avail,
                     std::vector<std::size_t>& w, std::vector<bool>& narrowed) {
  const std::size_t cols = w.size();
  const auto text = static_cast<std::size_t>(g.fit_column);
  std::size_t total = 0;
  for (std::size_t c = 0; c < cols; ++c) total += w[c] + (c > 0 ? kGap.size() : 0);
  if (total <= avail) return;
  std::vector<std::size_t> least(cols);
  for (std::size_t c = 0; c < cols; ++c)
    least[c] = std::max(width_of(g.header[c]), std::min(w[c], kMinSqueeze));
  auto shrink = [&](std::size_t c, std::size_t floor) {
    const std::size_t by = std::min(total - avail, w[c] > floor ? w[c] - floor : 0);
    if (by == 0) return;
    w[c] -= by;
    total -= by;
    narrowed[c] = true;
  };
  shrink(text, std::max(kComfortable, least[text]));
  while (total > avail) {
    std::size_t widest = cols;
    for (std::size_t c = 0; c < cols; ++c)
      if (c != text && g.wraps[c] && w[c] > least[c] && (widest == cols || w[c] > w[widest])) widest = c;
    if (widest == cols) break;
    // One column at a time, never below the next widest, so they end up even.
    std::size_t next = least[widest];
    for (std::size_t c = 0; c < cols; ++c)
      if (c != text && c != widest && g.wraps[c] && w[c] < w[widest]) next = std::max(next, w[c]);
    shrink(widest, std::max(next, w[widest] > 0 ? std::min(next, w[widest] - 1) : 0));
  }
  shrink(text, kMinFit);
}

}  // namespace

void render_table(const Grid& g, GridRows& rows, int width, bool color, Fit fit, const TextSink& sink) {
  const std::size_t cols = g.header.size();
  // one_line maps a byte to a byte, so a cell's width is its raw text's; the
  // grid is not copied into one-line rows, nor into wrapped lines, for the
  // whole table (issue 20 item 12): each row is made as it is written.
  std::vector<std::size_t> w(cols);
  for (std::size_t c = 0; c < cols; ++c) w[c] = width_of(g.header[c]);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const auto& row = rows.row(r);
    for (std::size_t c = 0; c < cols; ++c) w[c] = std::max(w[c], width_of(row[c]));
  }
  // The columns whose cells are wrapped (or cut) to w[c].
  std::vector<bool> narrowed(cols, false);
  if (g.fit_column >= 0 && width > 0 && fit == Fit::wrap && !g.wraps.empty())
    fit_by_wrapping(g, static_cast<std::size_t>(width), w, narrowed);
  else if (g.fit_column >= 0 && width > 0 && fit != Fit::wide) {
    const auto fitc = static_cast<std::size_t>(g.fit_column);
    const auto avail = static_cast<std::size_t>(width);
    auto others_width = [&] {
      std::size_t others = 0;
      for (std::size_t c = 0; c < cols; ++c)
        if (c != fitc) others += w[c] + kGap.size();
      return others;
    };
    auto room_left = [&] {
      const std::size_t others = others_width();
      return avail > others ? avail - others : 0;
    };
    std::size_t room = room_left();
    const std::size_t comfortable = std::min(kComfortable, w[fitc]);
    // Long owner lists ("Lead Economies: ...") should not squeeze the text to nothing.
    if (room < comfortable && g.squeeze_column >= 0 && !g.keep_squeeze) {
      const auto sq = static_cast<std::size_t>(g.squeeze_column);
      // What the text lacks, and what the other columns overflow the width by
      // when they alone are wider than it (twenty owners in one tag).
      const std::size_t want = comfortable + others_width() - avail;
      const std::size_t narrow_to =
          w[sq] > kMinSqueeze + want ? w[sq] - want : std::max(std::min(w[sq], kMinSqueeze), width_of(g.header[sq]));
      if (narrow_to < w[sq]) {
        w[sq] = narrow_to;
        narrowed[sq] = true;
        room = room_left();
      }
    }
    room = std::max(room, kMinFit);
    if (w[fitc] > room) {
      w[fitc] = room;
      narrowed[fitc] = true;
    }
  }

  // A row's cells as shown: each as one line, cut or wrapped in a narrowed column.
  std::vector<std::string> flat(cols);
  std::vector<bool> flattened(cols, false);  // flat[c] holds this row's cell (it had a break or tab)
  std::vector<std::vector<std::string>> pieces(cols);
  auto shape_row = [&](const std::vector<std::string>& row) {
    for (std::size_t c = 0; c < cols; ++c) {
      const bool plain = !has_control(row[c]);
      if (!narrowed[c]) {
        flattened[c] = !plain;
        if (!plain) flat[c] = one_line(row[c]);
        continue;
      }
      const std::string line = plain ? row[c] : one_line(row[c]);
      if (fit == Fit::truncate) pieces[c] = {cut(line, w[c])};
      else pieces[c] = wrap(line, w[c]);
    }
  };
  auto cell_line = [&](const std::vector<std::string>& row, std::size_t c, std::size_t k) -> std::string_view {
    if (narrowed[c]) return k < pieces[c].size() ? std::string_view(pieces[c][k]) : std::string_view();
    if (k > 0) return {};
    return flattened[c] ? std::string_view(flat[c]) : std::string_view(row[c]);
  };
  const bool any_narrowed = std::find(narrowed.begin(), narrowed.end(), true) != narrowed.end();
  // Cut cells may have come out narrower than the column: a first pass measures them.
  if (any_narrowed) {
    std::vector<std::size_t> widest(cols);
    for (std::size_t c = 0; c < cols; ++c) widest[c] = width_of(g.header[c]);
    for (std::size_t r = 0; r < rows.size(); ++r) {
      shape_row(rows.row(r));
      for (std::size_t c = 0; c < cols; ++c)
        if (narrowed[c])
          for (const auto& piece : pieces[c]) widest[c] = std::max(widest[c], width_of(piece));
    }
    for (std::size_t c = 0; c < cols; ++c)
      if (narrowed[c]) w[c] = widest[c];
  }

  std::string out;
  std::vector<std::string_view> cells(cols);
  auto emit = [&](const std::vector<bool>* alert, bool header) {
    // The last column is not padded, so no line ends in spaces; nor are empty
    // cells at the end, numeric ones too (a wrapped cell's later lines leave the
    // count column empty): there is nothing after them to align.
    std::size_t last = cols;
    while (last > 0 && cells[last - 1].empty()) --last;
    for (std::size_t c = 0; c < last; ++c) {
      if (c > 0) out += kGap;
      const std::size_t fill = w[c] - std::min(w[c], width_of(cells[c]));
      if (g.numeric[c]) pad(out, fill);
      const bool red = color && alert && (*alert)[c] && !cells[c].empty();
      if (color && header) out += kBold;
      if (red) out += kRed;
      out += cells[c];
      if ((color && header) || red) out += kReset;
      if (!g.numeric[c] && c + 1 != last) pad(out, fill);
    }
    out += '\n';
  };
  for (std::size_t c = 0; c < cols; ++c) cells[c] = g.header[c];
  emit(nullptr, true);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const auto& row = rows.row(r);
    shape_row(row);
    // Each row becomes as many lines as its tallest wrapped cell.
    std::size_t height = 1;
    for (std::size_t c = 0; c < cols; ++c)
      if (narrowed[c]) height = std::max(height, pieces[c].size());
    for (std::size_t k = 0; k < height; ++k) {
      for (std::size_t c = 0; c < cols; ++c) cells[c] = cell_line(row, c, k);
      emit(&rows.alert(r), false);
    }
    pass_on(out, sink);
  }
  if (!out.empty()) sink(out);
}

void render_table(const Grid& g, int width, bool color, Fit fit, const TextSink& sink) {
  HeldRows rows(g);
  render_table(g, rows, width, color, fit, sink);
}

std::string render_table(const Grid& g, int width, bool color, Fit fit) {
  return gather([&](const TextSink& sink) { render_table(g, width, color, fit, sink); });
}

void render_markdown(const Grid& g, GridRows& rows, const TextSink& sink) {
  auto cell = [](std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      if (c == '|') out += "\\|";
      else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') continue;
      else if (c == '\n' || c == '\r') out += "<br>";
      else if (const std::size_t n = control_at(s, i)) {
        out.push_back(' ');  // as in the terminal's table: no control character reaches a renderer
        i += n - 1;
      } else out.push_back(c);
    }
    return out;
  };
  std::string out = "|";
  for (const auto& h : g.header) {
    out += ' ';
    out += h;
    out += " |";
  }
  out += "\n|";
  for (std::size_t c = 0; c < g.header.size(); ++c) out += g.numeric[c] ? " ---: |" : " --- |";
  out += '\n';
  for (std::size_t r = 0; r < rows.size(); ++r) {
    out += "|";
    for (const auto& c : rows.row(r)) {
      out += ' ';
      out += cell(c);
      out += " |";
    }
    out += '\n';
    pass_on(out, sink);
  }
  if (!out.empty()) sink(out);
}

void render_markdown(const Grid& g, const TextSink& sink) {
  HeldRows rows(g);
  render_markdown(g, rows, sink);
}

std::string render_markdown(const Grid& g) {
  return gather([&](const TextSink& sink) { render_markdown(g, sink); });
}

}  // namespace mseg::query
