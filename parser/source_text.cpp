#include "source_text.hpp"

#include <algorithm>

namespace mseg {

SourceText::SourceText(const DecodedText& decoded) : decoded_(decoded) {
  const std::string& t = decoded_.text;
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '\n') {
      line_starts_.push_back(i + 1);
    } else if (t[i] == '\r') {
      if (i + 1 < t.size() && t[i + 1] == '\n') ++i;
      line_starts_.push_back(i + 1);
    }
  }
}

SourceText::Position SourceText::position(std::size_t at) const {
  const std::string& t = decoded_.text;
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), at);
  auto line = static_cast<std::uint32_t>(it - line_starts_.begin());
  std::size_t start = line_starts_[line - 1];
  std::size_t from = start;
  std::uint32_t column = 1;
  if (cached_.line == line && cached_at_ >= start && cached_at_ <= at) {
    from = cached_at_;
    column = cached_.column;
  }
  for (std::size_t i = from; i < at; ++i)
    if ((static_cast<unsigned char>(t[i]) & 0xC0) != 0x80) ++column;
  cached_at_ = at;
  cached_ = {line, column};
  return cached_;
}

Span SourceText::span(std::size_t begin, std::size_t end) const {
  Span s;
  Position b = position(begin);
  Position e = position(end);
  s.line = b.line;
  s.column = b.column;
  s.end_line = e.line;
  s.end_column = e.column;
  s.offset = decoded_.original_offset(begin);
  s.length = decoded_.original_offset(end) - s.offset;
  return s;
}

Span SourceText::span(std::string_view part) const {
  auto begin = static_cast<std::size_t>(part.data() - decoded_.text.data());
  return span(begin, begin + part.size());
}

}  // namespace mseg
