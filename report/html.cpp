#include "html.hpp"

#include <cmath>

#include <fmt/format.h>

#include "base/text_pieces.hpp"

namespace mseg::report {

Html& Html::text(std::string_view s) {
  std::size_t plain = 0;  // start of the run not yet copied
  auto flush = [&](std::size_t i) { out_.append(s.data() + plain, i - plain); };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const char* entity = nullptr;
    switch (c) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = "&#39;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') entity = "";
        else if (c == 0x7f) entity = "";
    }
    if (entity) {
      flush(i);
      out_ += entity;
      plain = i + 1;
    }
  }
  flush(s.size());
  if (sink_) pass_on(out_, *sink_);
  return *this;
}

Html& Html::num(std::int64_t n) {
  out_ += fmt::format_int(n).str();
  return *this;
}

Html& Html::coord(double x) {
  const auto tenths = static_cast<std::int64_t>(std::lround(x * 10));
  const std::int64_t whole = tenths / 10;
  const std::int64_t frac = tenths % 10;
  if (tenths < 0 && whole == 0) out_ += '-';
  out_ += fmt::format_int(whole).str();
  if (frac != 0) {
    out_ += '.';
    out_ += static_cast<char>('0' + (frac < 0 ? -frac : frac));
  }
  return *this;
}

}  // namespace mseg::report
