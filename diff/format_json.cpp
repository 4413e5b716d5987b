// The diff as JSON, described by schema/diff.schema.json.
#include <cmath>

#include <fmt/format.h>

#include <mseg/diff_format.hpp>

#include "base/json_writer.hpp"
#include "diff/internal/text_diff_json.hpp"
#include "schema/internal/plan_json_write.hpp"

namespace mseg {
namespace {

// Single-valued: the value or null.
void write_one(JsonWriter& w, const std::vector<std::string>& v) {
  if (v.empty()) w.null(); else w.value(v.front());
}

void write_field(JsonWriter& w, const FieldChange& f) {
  w.begin_object();
  w.field("field", f.field);
  if (f.list) {
    w.field("old", f.old_values);
    w.field("new", f.new_values);
    w.field("removed", f.removed);
    w.field("added", f.added);
  } else {
    w.key("old");
    write_one(w, f.old_values);
    w.key("new");
    write_one(w, f.new_values);
  }
  if (f.field == "deadline") {
    w.key("direction");
    if (f.direction.empty()) w.null(); else w.value(f.direction);
  }
  w.end_object();
}

// The whole element as plan JSON has it (id, number, text, owners, deadline, span...), or null.
void write_element(JsonWriter& w, const std::optional<ElementRef>& e) {
  if (!e) {
    w.null();
    return;
  }
  std::visit([&](const auto* x) { write_json(w, *x); }, e->element);
}

// One side's id, number or text: null when that side has no element.
template <std::size_t N, typename Get>
void write_side(JsonWriter& w, const char (&key)[N], const std::optional<ElementRef>& e, Get get) {
  w.key(key);
  if (e) w.value(get(*e)); else w.null();
}

void write_counts(JsonWriter& w, const DiffCounts& c) {
  w.begin_object();
  w.field("added", std::uint64_t{c.added});
  w.field("removed", std::uint64_t{c.removed});
  w.field("modified", std::uint64_t{c.modified});
  w.field("moved", std::uint64_t{c.moved});
  w.field("unchanged", std::uint64_t{c.unchanged});
}

void write_change(JsonWriter& w, const Change& c) {
  w.begin_object();
  w.field("kind", to_string(c.kind));
  w.field("change", to_string(c.change));
  auto id = [](const ElementRef& e) -> const std::string& { return e.id(); };
  auto number = [](const ElementRef& e) -> const std::optional<std::string>& { return e.number(); };
  auto text = [](const ElementRef& e) -> const std::string& { return e.text(); };
  write_side(w, "old_id", c.old_element, id);
  write_side(w, "new_id", c.new_element, id);
  write_side(w, "old_number", c.old_element, number);
  write_side(w, "new_number", c.new_element, number);
  write_side(w, "old_text", c.old_element, text);
  write_side(w, "new_text", c.new_element, text);
  w.key("similarity");
  if (c.similarity) w.raw(fmt::format("{}", std::round(*c.similarity * 1000.0) / 1000.0)); else w.null();
  w.key("fields");
  w.begin_array();
  for (const auto& f : c.fields) write_field(w, f);
  w.end_array();
  w.key("text_diff");
  write_json(w, c.text_diff);
  w.key("old_element");
  write_element(w, c.old_element);
  w.key("new_element");
  write_element(w, c.new_element);
  w.end_object();
}

}  // namespace

void write_json(JsonWriter& w, const std::vector<TextOp>& text_diff) {
  w.begin_array();
  for (const auto& op : text_diff) {
    w.begin_object();
    w.field("op", to_string(op.op));
    w.field("text", op.text);
    w.end_object();
  }
  w.end_array();
}

void format_diff_json(const PlanDiff& d, bool pretty, const TextSink& sink) {
  std::string out;
  JsonWriter w(out, pretty);
  w.stream_to(sink);
  w.begin_object();
  w.key("old");
  write_json(w, d.old_source);
  w.key("new");
  write_json(w, d.new_source);
  w.key("threshold");
  w.raw(fmt::format("{}", d.threshold));
  w.key("summary");
  write_counts(w, d.summary);
  w.key("by_kind");
  w.begin_object();
  for (auto kind : {ElementKind::action, ElementKind::directive, ElementKind::priority}) {
    w.key(to_string(kind));
    write_counts(w, d.summary.by_kind[static_cast<std::size_t>(kind)]);
    w.end_object();
  }
  w.end_object();
  w.end_object();
  w.key("changes");
  w.begin_array();
  for (const auto& c : d.changes) write_change(w, c);
  w.end_array();
  w.end_object();
  out.push_back('\n');
  sink(out);
}

std::string format_diff_json(const PlanDiff& d, bool pretty) {
  return gather([&](const TextSink& sink) { format_diff_json(d, pretty, sink); });
}

}  // namespace mseg
