// The plan's JSON mapping (schema_version "1", described by
// schema/plan.schema.json and docs/json.md), both ways.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <mseg/plan.hpp>

namespace mseg {

// The whole plan as JSON text; pretty output ends without a newline.
std::string to_json(const Plan& plan, bool pretty = true);

// A PlanSink (give it to parse_plan) that appends the plan's JSON to `out` as
// the pieces arrive, holding none of them: once end() has run, what it appended
// is exactly to_json(plan, pretty).
class JsonTextSink : public PlanSink {
 public:
  explicit JsonTextSink(std::string& out, bool pretty = true);
  ~JsonTextSink() override;
  JsonTextSink(const JsonTextSink&) = delete;
  JsonTextSink& operator=(const JsonTextSink&) = delete;
  void begin(const Plan& head) override;
  void section(Section&& s) override;
  void end(std::vector<Diagnostic>&& diagnostics) override;

 private:
  struct Impl;  // the writer: not part of the API
  std::unique_ptr<Impl> impl_;
};

struct PlanReading {
  std::optional<Plan> plan;  // set when there were no problems
  // Every value that does not fit the plan model, in document order: json-schema
  // errors, each with `pointer` (RFC 6901: "/sections/0/id") and a message saying
  // what is wrong there ("\"not-a-date\" is not a date"); the span is not set.
  std::vector<Diagnostic> problems;
};

// Text that is not JSON plan_from_json_text can read: malformed, truncated, or a
// number no double holds. what() is the JSON library's own message.
struct JsonSyntaxError : std::runtime_error {
  JsonSyntaxError(const std::string& message, std::uint64_t at_byte, bool at_known)
      : std::runtime_error(message), byte(at_byte), known(at_known) {}
  std::uint64_t byte;  // 1-based: the byte the reader stopped at, when `known`
  bool known;          // false: no byte is known (a number out of range: its text is in what())
};

// Reads plan JSON as `mseg parse` writes it, checking it against the model:
// required fields, types, enumerations, dates, and no unknown fields. It reads
// one section at a time, never the whole document at once (a tenth of the
// memory on a large plan). Throws JsonSyntaxError for text that is not JSON.
PlanReading plan_from_json_text(std::string_view text);

}  // namespace mseg
