// The lines of a checked file as UTF-8, for showing the source under a
// diagnostic: plan JSON's own bytes, or the text the parser read a plan from
// (LoadedPlan::source_text), so that the plan is decoded and laid out once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mseg::lint {

class SourceLines {
 public:
  SourceLines() = default;

  // The text a plan's spans count lines in: a text plan decoded, a .docx's or
  // .pdf's laid-out text (parse_plan's source_text).
  explicit SourceLines(std::string text);
  // A file's own bytes, without a leading BOM: plan JSON, or a text plan that
  // was UTF-8 already (its LoadedPlan::source_text is left empty).
  static SourceLines from_bytes(std::string_view bytes);
  // The name from_bytes had in 0.1.0.
  [[deprecated("use from_bytes")]] static SourceLines from_json(std::string_view bytes) { return from_bytes(bytes); }

  // Line n (1-based) without its line ending; empty when out of range.
  std::string_view line(std::uint32_t n) const;
  // Number of lines; 0 for a SourceLines holding nothing.
  std::size_t size() const { return starts_.size(); }

 private:
  std::string text_;
  std::vector<std::size_t> starts_;  // offset of each line's first byte
};

}  // namespace mseg::lint
