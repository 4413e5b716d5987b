// Writing the plan model as plan JSON (docs/json.md), through the JSON writer;
// the member names are plan_json_keys.def's.
#include <mseg/plan_json.hpp>

#include <fmt/format.h>

#include <cmath>

#include "plan_json_keys.hpp"
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
    w.key(plan_key::word);
    w.numbers_object({{plan_key::table, p->table},
                      {plan_key::row, p->row},
                      {plan_key::cell, p->cell},
                      {plan_key::paragraph, p->paragraph},
                      {plan_key::offset, p->offset}});
    return;
  }
  const auto& p = std::get<PdfPlace>(place);
  w.key(plan_key::pdf);
  w.begin_object();
  w.field(plan_key::page, p.page);
  write_number(w, plan_key::x, p.x);
  write_number(w, plan_key::y, p.y);
  write_number(w, plan_key::width, p.width);
  write_number(w, plan_key::height, p.height);
  w.field(plan_key::offset, p.offset);
  w.end_object();
}

void write_json(JsonWriter& w, const Span& s) {
  if (!s.place) {
    w.numbers_object({{plan_key::line, s.line},
                      {plan_key::column, s.column},
                      {plan_key::end_line, s.end_line},
                      {plan_key::end_column, s.end_column},
                      {plan_key::offset, s.offset},
                      {plan_key::length, s.length}});
    return;
  }
  w.begin_object();
  w.field(plan_key::line, s.line);
  w.field(plan_key::column, s.column);
  w.field(plan_key::end_line, s.end_line);
  w.field(plan_key::end_column, s.end_column);
  w.field(plan_key::offset, s.offset);
  w.field(plan_key::length, s.length);
  write_place_member(w, *s.place);
  w.end_object();
}

namespace {
void span_field(JsonWriter& w, const Span& s) {
  w.key(plan_key::span);
  write_json(w, s);
}

void date_field(JsonWriter& w, std::string_view k, const std::optional<Date>& d) {
  w.key(k);
  if (d) w.value(to_string(*d)); else w.null();
}

}  // namespace

void write_json(JsonWriter& w, const CitationSource& r) {
  w.begin_object();
  w.field(plan_key::key, r.key);
  w.field(plan_key::meeting, r.meeting);
  w.field(plan_key::place, r.place);
  date_field(w, plan_key::start, r.start);
  date_field(w, plan_key::end, r.end);
  w.field(plan_key::title, r.title);
  w.field(plan_key::url, r.url);
  w.field(plan_key::verified, r.verified);
  w.end_object();
}

namespace {
void write_json(JsonWriter& w, const Citation& c) {
  w.begin_object();
  w.field(plan_key::text, c.text);
  w.field(plan_key::kind, c.kind);
  w.field(plan_key::year, c.year);
  w.field(plan_key::key, c.key);
  w.field(plan_key::pinpoint, c.pinpoint);
  w.key(plan_key::source);
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
  w.field(plan_key::name, o.name);
  w.field(plan_key::canonical, o.canonical);
  w.field(plan_key::economy, o.economy);
  w.end_object();
}

}  // namespace

void write_json(JsonWriter& w, const Diagnostic& d) {
  w.begin_object();
  w.field(plan_key::severity, to_string(d.severity));
  w.field(plan_key::code, d.code);
  w.field(plan_key::message, d.message);
  span_field(w, d.span);
  w.end_object();
}

void write_members(JsonWriter& w, const Directive& d) {
  w.field(plan_key::id, d.id);
  w.field(plan_key::number, d.number);
  w.field(plan_key::text, d.text);
  w.key(plan_key::citations);
  w.begin_array();
  for (const auto& c : d.citations) write_json(w, c);
  w.end_array();
  span_field(w, d.span);
}

void write_members(JsonWriter& w, const Priority& p) {
  w.field(plan_key::id, p.id);
  w.field(plan_key::number, p.number);
  w.field(plan_key::title, p.title);
  w.key(plan_key::items);
  w.begin_array();
  for (const auto& item : p.items) {
    w.begin_object();
    w.field(plan_key::text, item.text);
    span_field(w, item.span);
    w.end_object();
  }
  w.end_array();
  span_field(w, p.span);
}

void write_json(JsonWriter& w, const Deadline& d) {
  w.begin_object();
  w.field(plan_key::text, d.text);
  w.field(plan_key::kind, to_string(d.kind));
  date_field(w, plan_key::start, d.start);
  date_field(w, plan_key::end, d.end);
  w.end_object();
}

void write_json(JsonWriter& w, const Tag& t) {
  w.begin_object();
  w.field(plan_key::text, t.text);
  w.field(plan_key::label, t.label);
  w.field(plan_key::role, t.role);
  w.key(plan_key::owners);
  w.begin_array();
  for (const auto& o : t.owners) write_json(w, o);
  w.end_array();
  if (!t.collaborators.empty()) {  // issue 15: only when any, so older plans' JSON stays as it was
    w.key(plan_key::collaborators);
    w.begin_array();
    for (const auto& c : t.collaborators) w.value(c);
    w.end_array();
  }
  w.field(plan_key::tentative, t.tentative);
  w.key(plan_key::deadline);
  write_json(w, t.deadline);
  span_field(w, t.span);
  w.end_object();
}

void write_members(JsonWriter& w, const Action& a) {
  w.field(plan_key::id, a.id);
  w.field(plan_key::text, a.text);
  w.key(plan_key::tags);
  w.begin_array();
  for (const auto& t : a.tags) write_json(w, t);
  w.end_array();
  // issue 15: each only when present, so older plans' JSON stays as it was.
  if (a.deadline) {
    w.key(plan_key::deadline);
    w.begin_object();
    w.field(plan_key::text, a.deadline->deadline.text);
    w.field(plan_key::kind, to_string(a.deadline->deadline.kind));
    date_field(w, plan_key::start, a.deadline->deadline.start);
    date_field(w, plan_key::end, a.deadline->deadline.end);
    w.field(plan_key::from, "text");
    span_field(w, a.deadline->span);
    w.end_object();
  }
  if (!a.extra.empty()) {
    w.key(plan_key::extra);
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
  w.field(plan_key::id, s.id);
  w.field(plan_key::number, s.number);
  if (s.part) w.field(plan_key::part, *s.part);  // issue 15: only under a part heading
  span_field(w, s.span);
  w.key(plan_key::directives);
  w.begin_array();
  for (const auto& d : s.directives) write_json(w, d);
  w.end_array();
  w.key(plan_key::priorities);
  w.begin_array();
  for (const auto& p : s.priorities) write_json(w, p);
  w.end_array();
  w.key(plan_key::actions);
  w.begin_array();
  for (const auto& a : s.actions) write_json(w, a);
  w.end_array();
  w.end_object();
}

void write_json(JsonWriter& w, const Source& s) {
  w.begin_object();
  w.field(plan_key::path, s.path);
  w.field(plan_key::sha256, s.sha256);
  w.field(plan_key::bytes, s.bytes);
  w.field(plan_key::encoding, s.encoding);
  w.field(plan_key::line_ending, s.line_ending);
  if (!s.layout.empty()) w.field(plan_key::layout, s.layout);
  w.field(plan_key::mseg_version, s.mseg_version);
  if (s.format != "text" && !s.format.empty()) {
    w.field(plan_key::format, s.format);
    if (s.format == "pdf") w.field(plan_key::pages, std::uint64_t{s.pages});
  }
  w.end_object();
}

void write_plan_head(JsonWriter& w, const Plan& head) {
  w.begin_object();
  w.field(plan_key::schema_version, head.schema_version);
  w.key(plan_key::source);
  write_json(w, head.source);
  w.field(plan_key::title, head.title);
  w.field(plan_key::meeting, head.meeting);
  // issue 15: the cover sheet's facts, each only when written there.
  if (head.meeting_place) w.field(plan_key::meeting_place, *head.meeting_place);
  if (head.meeting_dates) {
    w.key(plan_key::meeting_dates);
    w.begin_object();
    w.field(plan_key::text, head.meeting_dates->text);
    date_field(w, plan_key::start, head.meeting_dates->start);
    date_field(w, plan_key::end, head.meeting_dates->end);
    w.end_object();
  }
  if (head.document) {
    w.key(plan_key::document);
    w.begin_object();
    w.field(plan_key::number, head.document->number);
    w.field(plan_key::agenda_item, head.document->agenda_item);
    w.field(plan_key::purpose, head.document->purpose);
    w.field(plan_key::submitted_by, head.document->submitted_by);
    w.end_object();
  }
  w.key(plan_key::group);
  if (head.group) {
    w.begin_object();
    w.field(plan_key::name, head.group->name);
    w.field(plan_key::acronym, head.group->acronym);
    w.end_object();
  } else {
    w.null();
  }
  w.field(plan_key::preamble, head.preamble);
  w.key(plan_key::columns);
  w.begin_array();
  for (const auto& c : head.columns) w.value(c);
  for (const auto& c : head.extra_columns) w.value(c);  // issue 15: a wider table's further columns
  w.end_array();
  w.key(plan_key::sections);
  w.begin_array();
}

void write_plan_tail(JsonWriter& w, const std::vector<Diagnostic>& diagnostics) {
  w.end_array();
  w.key(plan_key::diagnostics);
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
