// The plan's JSON mapping (schema_version "1", described by
// schema/plan.schema.json and docs/json.md), both ways.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <mseg/json_writer.hpp>
#include <mseg/plan.hpp>

namespace mseg {

// Each writes the element as one JSON object, keys in documented order.
void write_json(JsonWriter& w, const Span& span);  // a Word or PDF place as its "word" or "pdf" member
// Inside an object: the place as its member "word": {...} or "pdf": {...}.
void write_place_member(JsonWriter& w, const Place& place);
void write_json(JsonWriter& w, const Diagnostic& d);
void write_json(JsonWriter& w, const Directive& d);
void write_json(JsonWriter& w, const Priority& p);
void write_json(JsonWriter& w, const Action& a);
void write_json(JsonWriter& w, const Tag& t);
void write_json(JsonWriter& w, const Deadline& d);
void write_json(JsonWriter& w, const Section& s);
void write_json(JsonWriter& w, const Source& s);  // the plan's "source" object
void write_json(JsonWriter& w, const CitationSource& s);  // a citation's "source" object
void write_json(JsonWriter& w, const Plan& plan);
// A plan written in pieces as it is read (parse's section sink): head opens the
// plan object and its "sections" array, each section follows as write_json,
// and tail closes the array, writes the diagnostics and closes the object.
// head + sections + tail is exactly write_json(Plan).
void write_plan_head(JsonWriter& w, const Plan& head);  // head.sections and head.diagnostics are not written
void write_plan_tail(JsonWriter& w, const std::vector<Diagnostic>& diagnostics);

// A PlanSink that writes the plan JSON to `w` as the pieces arrive, holding
// none of them: what reaches `w` is exactly write_json(w, plan).
class JsonPlanSink : public PlanSink {
 public:
  explicit JsonPlanSink(JsonWriter& w) : w_(w) {}
  void begin(const Plan& head) override { write_plan_head(w_, head); }
  void section(Section&& s) override { write_json(w_, s); }
  void end(std::vector<Diagnostic>&& diagnostics) override;
  bool has_errors() const { return has_errors_; }  // after end(): a diagnostic of severity error came

 private:
  JsonWriter& w_;
  bool has_errors_ = false;
};

// The element's keys and values without the enclosing braces, so callers can
// add fields of their own to the same object (query's "kind", "source").
void write_members(JsonWriter& w, const Directive& d);
void write_members(JsonWriter& w, const Priority& p);
void write_members(JsonWriter& w, const Action& a);

// The whole plan as JSON text; pretty output ends without a newline.
std::string to_json(const Plan& plan, bool pretty = true);

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
