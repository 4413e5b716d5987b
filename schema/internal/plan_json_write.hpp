// Writing the plan model through the JSON writer, piece by piece: for mseg's
// own folders (engines that add keys beside an element's, `mseg parse`'s
// streamed and batched output). In-tree only, never installed: the public
// <mseg/plan_json.hpp> gives the same JSON as text.
#pragma once

#include <vector>

#include <mseg/plan.hpp>

#include "base/json_writer.hpp"

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

}  // namespace mseg
