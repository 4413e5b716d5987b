#include <mseg/source_lines.hpp>

#include "base/bom.hpp"

namespace mseg::lint {

SourceLines::SourceLines(std::string text) : text_(std::move(text)) {
  // Line breaks as SourceText counts them: \n, \r\n and a lone \r.
  starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') {
      starts_.push_back(i + 1);
    } else if (text_[i] == '\r') {
      if (i + 1 < text_.size() && text_[i + 1] == '\n') ++i;
      starts_.push_back(i + 1);
    }
  }
}

SourceLines SourceLines::from_bytes(std::string_view bytes) {
  bytes = bom::skip_utf8(bytes);
  return SourceLines(std::string(bytes));
}

std::string_view SourceLines::line(std::uint32_t n) const {
  if (n == 0 || n > starts_.size()) return {};
  std::size_t begin = starts_[n - 1];
  std::size_t end = n < starts_.size() ? starts_[n] : text_.size();
  std::string_view s(text_.data() + begin, end - begin);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace mseg::lint
