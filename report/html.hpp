// The one writer every part of the page goes through (internal). Markup can
// only be a string literal; anything read from a plan goes through text(),
// which escapes it, so a plan cannot add markup to the page however it is
// worded (docs/report.md, "Safety").
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <mseg/text_sink.hpp>

namespace mseg::report {

class Html {
 public:
  // With a sink, `out` is handed to it whenever it holds a piece's worth
  // (base/text_pieces.hpp), after a text() from the plans: the page is not held whole.
  explicit Html(std::string& out, const TextSink* sink = nullptr) : out_(out), sink_(sink) {}

  // Markup written by this program: a string literal, never a runtime string.
  template <std::size_t N>
  Html& raw(const char (&markup)[N]) {
    out_.append(markup, N - 1);
    return *this;
  }

  // Text or an attribute value from a plan (or any runtime string): & < > " '
  // escaped; control characters other than tab and line feed dropped.
  Html& text(std::string_view s);

  Html& num(std::int64_t n);
  Html& num(std::size_t n) { return num(static_cast<std::int64_t>(n)); }
  Html& num(int n) { return num(static_cast<std::int64_t>(n)); }

  // An SVG coordinate, to a tenth.
  Html& coord(double x);

 private:
  std::string& out_;
  const TextSink* sink_;
};

}  // namespace mseg::report
