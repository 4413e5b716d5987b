// Escaping text for the two plain-text table formats mseg writes: CSV (query,
// history) and Markdown (diff, history), so each is written one way; and
// text from a plan made inert for a terminal (query's table, diff's text,
// validate's source lines) and for Markdown (every Markdown writer).
#pragma once

#include <string>
#include <string_view>

namespace mseg {

// The length in bytes of a control character at s[i] that a terminal acts on,
// or 0: C0 (below ' '), DEL, or C1 (U+0080-U+009F: 0xC2 0x80-0x9F in UTF-8;
// U+009B is an escape sequence's start).
inline std::size_t control_at(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x20 || c == 0x7F) return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x9F &&
      static_cast<unsigned char>(s[i + 1]) >= 0x80)
    return 2;
  return 0;
}

// Whether `s` holds a control character (control_at).
inline bool has_control(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i)
    if (control_at(s, i)) return true;
  return false;
}

// Appends `s` with each control character as one space (a tab kept when
// keep_tab), so that text from a plan (an escape sequence held in plan JSON)
// cannot move a terminal's cursor or colour it. Characters count as before:
// each control character is one, and so is its space.
inline void append_inert(std::string& out, std::string_view s, bool keep_tab = false) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = control_at(s, i);
    if (n == 0 || (keep_tab && s[i] == '\t')) {
      out.push_back(s[i++]);
    } else {
      out.push_back(' ');
      i += n;
    }
  }
}

// `s` made inert (append_inert), as a string of its own.
inline std::string inert_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_inert(out, s);
  return out;
}

// `s` whole when it is at most `max_bytes`, else its first characters within
// that many bytes (never cut inside a UTF-8 sequence) and "…". For text that
// is repeated per owner of a tag (a calendar event's description, a timeline
// mark's tooltip): a tag naming thousands of owners, repeated whole for each,
// made the output grow as the square of the input.
inline std::string shortened(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  std::string out(s.substr(0, cut));
  out += "\xe2\x80\xa6";
  return out;
}

// The bounds `shortened` is given for repeated text: far above any plan's
// action (the longest known is some 600 characters) or tag (100), so only a
// hostile one is cut, the same in a calendar and in a report.
inline constexpr std::size_t kMaxRepeatedActionText = 2000;
inline constexpr std::size_t kMaxRepeatedTagText = 300;

// One RFC 4180 field: quoted only when it must be, quotes doubled.
inline void append_csv_field(std::string& out, std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += s;
    return;
  }
  out += '"';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

// Text safe inside a Markdown paragraph or table cell: one line, runs of
// whitespace and control characters (control_at) as one space, Markdown's
// characters escaped. A control character reaches no renderer or terminal
// that shows the report.
inline std::string markdown_inline(std::string_view text) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (const std::size_t n = control_at(text, i); n != 0 || c == ' ') {
      space = !out.empty();
      i += n != 0 ? n : 1;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    if (std::string_view("\\`*_[]<>|~#").find(c) != std::string_view::npos) out.push_back('\\');
    out.push_back(c);
    ++i;
  }
  return out;
}

}  // namespace mseg
