// The lines of a checked file as UTF-8, for showing the source under a
// diagnostic. The CLI reads bytes; this decodes them once, as the parser does.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mseg::lint {

class SourceLines {
 public:
  SourceLines() = default;

  // A text plan: decoded like the parser decodes it, so line numbers and
  // columns match its spans. Throws InputError where the parser would.
  static SourceLines from_text_plan(std::string_view bytes);
  // Plan JSON: the bytes as they are, without a leading BOM.
  static SourceLines from_json(std::string_view bytes);

  // Line n (1-based) without its line ending; empty when out of range.
  std::string_view line(std::uint32_t n) const;
  // Number of lines; 0 for a SourceLines holding nothing.
  std::size_t size() const { return starts_.size(); }

 private:
  explicit SourceLines(std::string text);

  std::string text_;
  std::vector<std::size_t> starts_;  // offset of each line's first byte
};

}  // namespace mseg::lint
