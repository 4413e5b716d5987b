// Text for a person: aligned columns on a terminal, or a markdown table.
#include <algorithm>

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

// Line breaks and tabs would break the columns apart.
std::string one_line(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) out.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
  return out;
}

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

void pad(std::string& out, std::size_t n) { out.append(n, ' '); }

}  // namespace

std::string render_table(const Grid& g, int width, bool color) {
  const std::size_t cols = g.header.size();
  std::vector<std::vector<std::string>> rows;
  rows.reserve(g.rows.size());
  for (const auto& r : g.rows) {
    std::vector<std::string> line;
    for (const auto& cell : r) line.push_back(one_line(cell));
    rows.push_back(std::move(line));
  }
  std::vector<std::size_t> w(cols);
  for (std::size_t c = 0; c < cols; ++c) {
    w[c] = width_of(g.header[c]);
    for (const auto& r : rows) w[c] = std::max(w[c], width_of(r[c]));
  }
  if (g.fit_column >= 0 && width > 0) {
    const auto fit = static_cast<std::size_t>(g.fit_column);
    const auto avail = static_cast<std::size_t>(width);
    auto room_left = [&] {
      std::size_t others = 0;
      for (std::size_t c = 0; c < cols; ++c)
        if (c != fit) others += w[c] + kGap.size();
      return avail > others ? avail - others : 0;
    };
    std::size_t room = room_left();
    // Long owner lists ("Lead Economies: ...") should not squeeze the text to nothing.
    if (room < std::min(kComfortable, w[fit]) && g.squeeze_column >= 0) {
      const auto sq = static_cast<std::size_t>(g.squeeze_column);
      const std::size_t want = std::min(kComfortable, w[fit]) - room;
      const std::size_t cut_to = w[sq] > kMinSqueeze + want ? w[sq] - want : std::min(w[sq], kMinSqueeze);
      if (cut_to < w[sq]) {
        w[sq] = cut_to;
        for (auto& r : rows) r[sq] = cut(r[sq], cut_to);
        w[sq] = 0;
        for (const auto& r : rows) w[sq] = std::max(w[sq], width_of(r[sq]));
        w[sq] = std::max(w[sq], width_of(g.header[sq]));
        room = room_left();
      }
    }
    room = std::max(room, kMinFit);
    if (w[fit] > room) {
      w[fit] = room;
      for (auto& r : rows) r[fit] = cut(r[fit], room);
    }
  }

  std::string out;
  auto emit = [&](const std::vector<std::string>& cells, const std::vector<bool>* alert, bool header) {
    for (std::size_t c = 0; c < cols; ++c) {
      if (c > 0) out += kGap;
      const std::size_t fill = w[c] - width_of(cells[c]);
      const bool last = c + 1 == cols;
      if (g.numeric[c]) pad(out, fill);
      const bool red = color && alert && (*alert)[c];
      if (color && header) out += kBold;
      if (red) out += kRed;
      out += cells[c];
      if ((color && header) || red) out += kReset;
      if (!g.numeric[c] && !last) pad(out, fill);
    }
    out += '\n';
  };
  emit(g.header, nullptr, true);
  for (std::size_t r = 0; r < rows.size(); ++r) emit(rows[r], &g.alert[r], false);
  return out;
}

std::string render_markdown(const Grid& g) {
  auto cell = [](std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      if (c == '|') out += "\\|";
      else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') continue;
      else if (c == '\n' || c == '\r') out += "<br>";
      else out.push_back(c);
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
  for (const auto& r : g.rows) {
    out += "|";
    for (const auto& c : r) {
      out += ' ';
      out += cell(c);
      out += " |";
    }
    out += '\n';
  }
  return out;
}

}  // namespace mseg::query
