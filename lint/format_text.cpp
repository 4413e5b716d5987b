// The text format: clang-style diagnostics with the source line and a caret.
#include <fmt/format.h>

#include <mseg/report.hpp>

#include "base/text_escape.hpp"
#include "base/text_pieces.hpp"
#include "base/utf8.hpp"

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

// Characters by the decoder's rule (a bad byte is one, shown as U+FFFD), so
// columns and carets agree with the parser's on a line with bad bytes.
std::size_t next_char(std::string_view line, std::size_t i) { return utf8::next(line, i); }

// The characters in line[from, to).
std::size_t chars_between(std::string_view line, std::size_t from, std::size_t to) {
  std::size_t n = 0;
  for (std::size_t i = from; i < to; i = next_char(line, i)) ++n;
  return n;
}

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
      at_ = next_char(line, at_);
      ++column_;
    }
    return at_;
  }

 private:
  std::uint32_t line_ = 0;
  std::uint32_t column_ = 1;
  std::size_t at_ = 0;
};

// The start of the character s[i] belongs to: back over at most three bytes,
// and only into a well-formed sequence that covers i; a stray continuation
// byte is a character of its own (next_char).
std::size_t back_to_char(std::string_view s, std::size_t i) {
  if (i == 0 || i >= s.size() || is_char_start(s[i])) return i;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  for (std::size_t k = 1; k <= 3 && k <= i; ++k) {
    if (!is_char_start(s[i - k])) continue;
    return p[i - k] >= 0x80 && utf8::sequence_length(p + i - k, s.size() - (i - k)) > k ? i - k : i;
  }
  return i;
}

// Control characters would move the cursor or colour the terminal; tabs stay.
// Bytes that are not UTF-8 (a line of a JSON file that is not, quoted in the
// JSON library's message) are shown as U+FFFD, so the report is UTF-8.
void append_shown(std::string& out, std::string_view s) {
  std::string valid;
  utf8::append_valid(valid, s);
  append_inert(out, valid, true);
}

void append_source(std::string& out, const Diagnostic& d, std::string_view line, ColumnFinder& finder, Style style) {
  std::size_t start = finder.find(d.span.line, line, d.span.column);
  std::size_t from = 0, to = line.size();
  if (line.size() > kWholeLine) {
    from = start > kBefore ? back_to_char(line, start - kBefore) : 0;
    to = start + kAfter < line.size() ? back_to_char(line, start + kAfter) : line.size();
    if (start < line.size()) to = std::max(to, next_char(line, start));  // the marked character is always shown
  }
  const std::string_view lead = from > 0 ? "..." : "";
  out += lead;
  append_shown(out, line.substr(from, to - from));
  if (to < line.size()) out += "...";
  out.push_back('\n');

  // The caret line copies tabs from the source so the caret lands under the span.
  std::string caret(lead.size(), ' ');
  for (std::size_t i = from; i < start && i < to; i = next_char(line, i)) caret.push_back(line[i] == '\t' ? '\t' : ' ');
  std::size_t width = 1;
  if (d.span.end_line == d.span.line && d.span.end_column > d.span.column) {
    width = d.span.end_column - d.span.column;
  } else if (d.span.end_line > d.span.line) {
    // Every character from the span's start to the end of the line.
    width = std::max<std::size_t>(chars_between(line, start, to), 1);
  }
  const std::size_t shown = chars_between(line, start, to);  // characters visible from the span's start
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

void format_text(const std::vector<FileReport>& reports, bool color, const ReportSink& sink, std::size_t unread) {
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
      if (d.span.line != 0 && d.span.line <= r.source.size() && !d.off_text)
        append_source(out, d, r.source.line(d.span.line), finder, style);
    }
  }
  out += summary_line(summarize(reports), unread);
  out.push_back('\n');
  sink(out);
}

}  // namespace mseg::lint
