// The text format: clang-style diagnostics with the source line and a caret.
#include <fmt/format.h>

#include <mseg/report.hpp>

#include "base/text_pieces.hpp"

namespace mseg::lint {
namespace {

// Long lines (a whole paragraph is one line) are shown as a window around the span.
constexpr std::size_t kWholeLine = 240;  // bytes shown without cutting
constexpr std::size_t kBefore = 60;      // bytes kept before the span when cutting
constexpr std::size_t kAfter = 160;      // bytes kept from the span's start when cutting

struct Style {
  bool on;
  std::string_view operator()(std::string_view code) const { return on ? code : std::string_view(); }
};
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kRed = "\x1b[1;31m";
constexpr std::string_view kMagenta = "\x1b[1;35m";
constexpr std::string_view kCyan = "\x1b[1;36m";
constexpr std::string_view kGreen = "\x1b[1;32m";

bool is_char_start(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// Byte index of character `column` (1-based) in `line`. Diagnostics come in
// file order, so walking on from the previous answer keeps many diagnostics
// on one long line linear.
class ColumnFinder {
 public:
  std::size_t find(std::uint32_t line_no, std::string_view line, std::uint32_t column) {
    if (line_no != line_ || column < column_) {
      line_ = line_no;
      column_ = 1;
      at_ = 0;
    }
    while (column_ < column && at_ < line.size()) {
      ++at_;
      while (at_ < line.size() && !is_char_start(line[at_])) ++at_;
      ++column_;
    }
    return at_;
  }

 private:
  std::uint32_t line_ = 0;
  std::uint32_t column_ = 1;
  std::size_t at_ = 0;
};

std::size_t back_to_char(std::string_view s, std::size_t i) {
  while (i > 0 && i < s.size() && !is_char_start(s[i])) --i;
  return i;
}

// Control characters would move the cursor or colour the terminal; tabs stay.
void append_shown(std::string& out, std::string_view s) {
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    out.push_back((u < 0x20 && c != '\t') || u == 0x7F ? ' ' : c);
  }
}

void append_source(std::string& out, const Diagnostic& d, std::string_view line, ColumnFinder& finder, Style style) {
  std::size_t start = finder.find(d.span.line, line, d.span.column);
  std::size_t from = 0, to = line.size();
  if (line.size() > kWholeLine) {
    from = start > kBefore ? back_to_char(line, start - kBefore) : 0;
    to = start + kAfter < line.size() ? back_to_char(line, start + kAfter) : line.size();
  }
  const std::string_view lead = from > 0 ? "..." : "";
  out += lead;
  append_shown(out, line.substr(from, to - from));
  if (to < line.size()) out += "...";
  out.push_back('\n');

  // The caret line copies tabs from the source so the caret lands under the span.
  std::string caret(lead.size(), ' ');
  for (std::size_t i = from; i < start && i < to; ++i) {
    if (!is_char_start(line[i])) continue;
    caret.push_back(line[i] == '\t' ? '\t' : ' ');
  }
  std::size_t width = 1;
  if (d.span.end_line == d.span.line && d.span.end_column > d.span.column) {
    width = d.span.end_column - d.span.column;
  } else if (d.span.end_line > d.span.line) {
    std::size_t rest = 0;  // characters from the span's start to the end of the line
    for (std::size_t i = start; i < to; ++i) rest += is_char_start(line[i]) ? 1 : 0;
    width = std::max<std::size_t>(rest, 1);
  }
  std::size_t shown = 0;  // characters visible from the span's start
  for (std::size_t i = start; i < to; ++i) shown += is_char_start(line[i]) ? 1 : 0;
  width = std::min(width, std::max<std::size_t>(shown, 1));
  // A span that starts with the cell's tab (a table row) is marked from its first visible character.
  while (width > 1 && start < to && (line[start] == '\t' || line[start] == ' ')) {
    caret.push_back(line[start] == '\t' ? '\t' : ' ');
    ++start;
    --width;
  }
  out += caret;
  out += style(kGreen);
  out.push_back('^');
  out.append(width - 1, '~');
  out += style(kReset);
  out.push_back('\n');
}

}  // namespace

void format_text(const std::vector<FileReport>& reports, bool color, const ReportSink& sink) {
  const Style style{color};
  std::string out;
  for (const auto& r : reports) {
    ColumnFinder finder;
    for (const auto& d : r.diagnostics) {
      pass_on(out, sink);
      out += style(kBold);
      out += r.path;
      if (d.span.place)
        out += ":" + describe(*d.span.place);
      else if (d.span.line != 0)
        out += fmt::format(":{}:{}", d.span.line, d.span.column);
      out += ": ";
      out += style(kReset);
      switch (d.severity) {
        case Severity::error:
          out += style(kRed);
          break;
        case Severity::warning:
          out += style(kMagenta);
          break;
        case Severity::note:
          out += style(kCyan);
          break;
      }
      out += to_string(d.severity);
      out += ':';
      out += style(kReset);
      out += ' ';
      out += style(kBold);
      append_shown(out, d.message);
      out += style(kReset);
      out += fmt::format(" [{}]\n", d.code);
      if (d.span.line != 0 && d.span.line <= r.source.size())
        append_source(out, d, r.source.line(d.span.line), finder, style);
    }
  }
  out += summary_line(summarize(reports));
  out.push_back('\n');
  sink(out);
}

}  // namespace mseg::lint
