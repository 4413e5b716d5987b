// Writing the plan model as plan JSON (docs/json.md), through the JSON writer.
#include <mseg/plan_json.hpp>

#include <fmt/format.h>

#include <cmath>

#include "schema/internal/plan_json_write.hpp"

namespace mseg {

// ---- Writing ---------------------------------------------------------------

namespace {

// A float as a JSON number in its shortest form; JSON has no NaN or infinity.
void write_number(JsonWriter& w, std::string_view k, float v) {
  w.key(k);
  w.raw(std::isfinite(v) ? fmt::format("{}", v) : std::string("0"));
}

}  // namespace

void write_place_member(JsonWriter& w, const Place& place) {
  if (const auto* p = std::get_if<WordPlace>(&place)) {
    w.key("word");
    w.numbers_object({{"table", p->table},
                      {"row", p->row},
                      {"cell", p->cell},
                      {"paragraph", p->paragraph},
                      {"offset", p->offset}});
    return;
  }
  const auto& p = std::get<PdfPlace>(place);
  w.key("pdf");
  w.begin_object();
  w.field("page", p.page);
  write_number(w, "x", p.x);
  write_number(w, "y", p.y);
  write_number(w, "width", p.width);
  write_number(w, "height", p.height);
  w.field("offset", p.offset);
  w.end_object();
}

void write_json(JsonWriter& w, const Span& s) {
  if (!s.place) {
    w.numbers_object({{"line", s.line},
                      {"column", s.column},
                      {"end_line", s.end_line},
                      {"end_column", s.end_column},
                      {"offset", s.offset},
                      {"length", s.length}});
    return;
  }
  w.begin_object();
  w.field("line", s.line);
  w.field("column", s.column);
  w.field("end_line", s.end_line);
  w.field("end_column", s.end_column);
  w.field("offset", s.offset);
  w.field("length", s.length);
  write_place_member(w, *s.place);
  w.end_object();
}

namespace {
void span_field(JsonWriter& w, const Span& s) {
  w.key("span");
  write_json(w, s);
}

void date_field(JsonWriter& w, std::string_view k, const std::optional<Date>& d) {
  w.key(k);
  if (d) w.value(to_string(*d)); else w.null();
}

}  // namespace

void write_json(JsonWriter& w, const CitationSource& r) {
  w.begin_object();
  w.field("key", r.key);
  w.field("meeting", r.meeting);
  w.field("place", r.place);
  date_field(w, "start", r.start);
  date_field(w, "end", r.end);
  w.field("title", r.title);
  w.field("url", r.url);
  w.field("verified", r.verified);
  w.end_object();
}

namespace {
void write_json(JsonWriter& w, const Citation& c) {
  w.begin_object();
  w.field("text", c.text);
  w.field("kind", c.kind);
  w.field("year", c.year);
  w.field("key", c.key);
  w.field("pinpoint", c.pinpoint);
  w.key("source");
  if (const CitationSource* r = c.source.get()) {
    if (!w.pretty() && !r->compact_json.empty()) w.raw(r->compact_json);
    else write_json(w, *r);
  } else {
    w.null();
  }
  span_field(w, c.span);
  w.end_object();
}

void write_json(JsonWriter& w, const Owner& o) {
  w.begin_object();
  w.field("name", o.name);
  w.field("canonical", o.canonical);
  w.field("economy", o.economy);
  w.end_object();
}

}  // namespace

void write_json(JsonWriter& w, const Diagnostic& d) {
  w.begin_object();
  w.field("severity", to_string(d.severity));
  w.field("code", d.code);
  w.field("message", d.message);
  span_field(w, d.span);
  w.end_object();
}

void write_members(JsonWriter& w, const Directive& d) {
  w.field("id", d.id);
  w.field("number", d.number);
  w.field("text", d.text);
  w.key("citations");
  w.begin_array();
  for (const auto& c : d.citations) write_json(w, c);
  w.end_array();
  span_field(w, d.span);
}

void write_members(JsonWriter& w, const Priority& p) {
  w.field("id", p.id);
  w.field("number", p.number);
  w.field("title", p.title);
  w.key("items");
  w.begin_array();
  for (const auto& item : p.items) {
    w.begin_object();
    w.field("text", item.text);
    span_field(w, item.span);
    w.end_object();
  }
  w.end_array();
  span_field(w, p.span);
}

void write_json(JsonWriter& w, const Deadline& d) {
  w.begin_object();
  w.field("text", d.text);
  w.field("kind", to_string(d.kind));
  date_field(w, "start", d.start);
  date_field(w, "end", d.end);
  w.end_object();
}

void write_json(JsonWriter& w, const Tag& t) {
  w.begin_object();
  w.field("text", t.text);
  w.field("label", t.label);
  w.field("role", t.role);
  w.key("owners");
  w.begin_array();
  for (const auto& o : t.owners) write_json(w, o);
  w.end_array();
  if (!t.collaborators.empty()) {  // issue 15: only when any, so older plans' JSON stays as it was
    w.key("collaborators");
    w.begin_array();
    for (const auto& c : t.collaborators) w.value(c);
    w.end_array();
  }
  w.field("tentative", t.tentative);
  w.key("deadline");
  write_json(w, t.deadline);
  span_field(w, t.span);
  w.end_object();
}

void write_members(JsonWriter& w, const Action& a) {
  w.field("id", a.id);
  w.field("text", a.text);
  w.key("tags");
  w.begin_array();
  for (const auto& t : a.tags) write_json(w, t);
  w.end_array();
  // issue 15: each only when present, so older plans' JSON stays as it was.
  if (a.deadline) {
    w.key("deadline");
    w.begin_object();
    w.field("text", a.deadline->deadline.text);
    w.field("kind", to_string(a.deadline->deadline.kind));
    date_field(w, "start", a.deadline->deadline.start);
    date_field(w, "end", a.deadline->deadline.end);
    w.field("from", "text");
    span_field(w, a.deadline->span);
    w.end_object();
  }
  if (!a.extra.empty()) {
    w.key("extra");
    w.begin_object();
    for (const auto& e : a.extra) w.field(e.column, e.text);
    w.end_object();
  }
  span_field(w, a.span);
}

void write_json(JsonWriter& w, const Directive& d) {
  w.begin_object();
  write_members(w, d);
  w.end_object();
}

void write_json(JsonWriter& w, const Priority& p) {
  w.begin_object();
  write_members(w, p);
  w.end_object();
}

void write_json(JsonWriter& w, const Action& a) {
  w.begin_object();
  write_members(w, a);
  w.end_object();
}

void write_json(JsonWriter& w, const Section& s) {
  w.begin_object();
  w.field("id", s.id);
  w.field("number", s.number);
  if (s.part) w.field("part", *s.part);  // issue 15: only under a part heading
  span_field(w, s.span);
  w.key("directives");
  w.begin_array();
  for (const auto& d : s.directives) write_json(w, d);
  w.end_array();
  w.key("priorities");
  w.begin_array();
  for (const auto& p : s.priorities) write_json(w, p);
  w.end_array();
  w.key("actions");
  w.begin_array();
  for (const auto& a : s.actions) write_json(w, a);
  w.end_array();
  w.end_object();
}

void write_json(JsonWriter& w, const Source& s) {
  w.begin_object();
  w.field("path", s.path);
  w.field("sha256", s.sha256);
  w.field("bytes", s.bytes);
  w.field("encoding", s.encoding);
  w.field("line_ending", s.line_ending);
  if (!s.layout.empty()) w.field("layout", s.layout);
  w.field("mseg_version", s.mseg_version);
  if (s.format != "text" && !s.format.empty()) {
    w.field("format", s.format);
    if (s.format == "pdf") w.field("pages", std::uint64_t{s.pages});
  }
  w.end_object();
}

void write_plan_head(JsonWriter& w, const Plan& head) {
  w.begin_object();
  w.field("schema_version", head.schema_version);
  w.key("source");
  write_json(w, head.source);
  w.field("title", head.title);
  w.field("meeting", head.meeting);
  // issue 15: the cover sheet's facts, each only when written there.
  if (head.meeting_place) w.field("meeting_place", *head.meeting_place);
  if (head.meeting_dates) {
    w.key("meeting_dates");
    w.begin_object();
    w.field("text", head.meeting_dates->text);
    date_field(w, "start", head.meeting_dates->start);
    date_field(w, "end", head.meeting_dates->end);
    w.end_object();
  }
  if (head.document) {
    w.key("document");
    w.begin_object();
    w.field("number", head.document->number);
    w.field("agenda_item", head.document->agenda_item);
    w.field("purpose", head.document->purpose);
    w.field("submitted_by", head.document->submitted_by);
    w.end_object();
  }
  w.key("group");
  if (head.group) {
    w.begin_object();
    w.field("name", head.group->name);
    w.field("acronym", head.group->acronym);
    w.end_object();
  } else {
    w.null();
  }
  w.field("preamble", head.preamble);
  w.key("columns");
  w.begin_array();
  for (const auto& c : head.columns) w.value(c);
  for (const auto& c : head.extra_columns) w.value(c);  // issue 15: a wider table's further columns
  w.end_array();
  w.key("sections");
  w.begin_array();
}

void write_plan_tail(JsonWriter& w, const std::vector<Diagnostic>& diagnostics) {
  w.end_array();
  w.key("diagnostics");
  w.begin_array();
  for (const auto& d : diagnostics) write_json(w, d);
  w.end_array();
  w.end_object();
}

void JsonPlanSink::end(std::vector<Diagnostic>&& diagnostics) {
  has_errors_ = mseg::has_errors(diagnostics);
  write_plan_tail(w_, diagnostics);
}

void write_json(JsonWriter& w, const Plan& plan) {
  write_plan_head(w, plan);
  for (const auto& s : plan.sections) write_json(w, s);
  write_plan_tail(w, plan.diagnostics);
}

std::string to_json(const Plan& plan, bool pretty) {
  std::string out;
  JsonWriter w(out, pretty);
  write_json(w, plan);
  return out;
}

struct JsonTextSink::Impl {
  Impl(std::string& out, bool pretty) : writer(out, pretty), sink(writer) {}
  JsonWriter writer;
  JsonPlanSink sink;
};

JsonTextSink::JsonTextSink(std::string& out, bool pretty) : impl_(std::make_unique<Impl>(out, pretty)) {}
JsonTextSink::~JsonTextSink() = default;
void JsonTextSink::begin(const Plan& head) { impl_->sink.begin(head); }
void JsonTextSink::section(Section&& s) { impl_->sink.section(std::move(s)); }
// The writer holds the last bytes in its buffer until it is gone: end() lets it go, so `out` is whole.
void JsonTextSink::end(std::vector<Diagnostic>&& diagnostics) {
  impl_->sink.end(std::move(diagnostics));
  impl_.reset();
}

}  // namespace mseg
