// The validating reader of plan JSON: walks a document (nlohmann::json)
// beside the model, building the plan and recording every value that does not
// fit with its JSON Pointer. Private to schema/: plan_json_read.cpp reads a whole
// document with it, plan_json_stream.cpp one section at a time.
#pragma once

#include <mseg/diagnostics.hpp>
#include <mseg/plan_json.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <limits>
#include <string>
#include <unordered_set>
#include <vector>

#include "base/json_pointer.hpp"
#include "plan_json_keys.hpp"

namespace mseg::plan_json_detail {

// A value that does not fit the model: a json-schema error at `ptr`, placed in the JSON text later
// (load_plan), when the text is known.
inline Diagnostic json_schema_problem(const std::string& ptr, std::string message) {
  Diagnostic d = make_diagnostic(DiagnosticCode::json_schema, std::move(message));
  d.pointer = ptr;
  return d;
}

using nlohmann::json;
// The member names, from plan_json_keys.def: key::span is "span".
namespace key = plan_key;


// The float whose shortest form (write_number) reads as `d`. Rounding `d` to
// float alone rounds twice (decimal to double to float), which lands on the
// neighbour for one float of all the finite ones (7.038531e-26, and its
// negative; every float was tried); the float written is the one of the three
// nearest whose shortest form reads as `d` again.
inline float float_written_as(double d) {
  const float f = static_cast<float>(d);
  for (float g : {f, std::nextafter(f, -INFINITY), std::nextafter(f, INFINITY)}) {
    const std::string shortest = fmt::format("{}", g);
    double back = 0;
    std::from_chars(shortest.data(), shortest.data() + shortest.size(), back);
    if (back == d) return g;
  }
  return f;
}

// Walks the document beside the model, recording every mismatch with its pointer.
class Reader {
 public:
  std::vector<Diagnostic> problems;
  struct Sections {
    std::vector<Section> sections;
    std::vector<Diagnostic> problems;
  };
  // Set when the sections were read apart from the rest of the document.
  Sections* streamed_sections = nullptr;

  void problem(const std::string& ptr, std::string message) { problems.push_back(json_schema_problem(ptr, std::move(message))); }

  static std::string type_name(const json& j) {
    if (j.is_number_integer()) return "an integer";
    if (j.is_number()) return "a number";
    switch (j.type()) {
      case json::value_t::null: return "null";
      case json::value_t::object: return "an object";
      case json::value_t::array: return "an array";
      case json::value_t::string: return "a string";
      case json::value_t::boolean: return "a boolean";
      default: return "a value";
    }
  }

  static std::string shown(const json& j) {
    std::string s = j.is_structured() ? std::string(j.is_object() ? "{...}" : "[...]") : j.dump();
    if (s.size() > 60) s = s.substr(0, 57) + "...";
    return s;
  }

  // Checks that `j` is an object with exactly `keys`; returns false if not an object.
  // `optional` keys may be missing: fields added after schema_version 1 first
  // shipped, which older files lack.
  bool object(const json& j, const std::string& ptr, std::initializer_list<const char*> keys,
              std::initializer_list<const char*> optional = {}) {
    if (!j.is_object()) {
      problem(ptr.empty() ? "" : ptr, fmt::format("{} is {}, expected an object", shown(j), type_name(j)));
      return false;
    }
    for (const char* k : keys)
      if (!j.contains(k)) problem(ptr, fmt::format("required field \"{}\" is missing", k));
    for (auto it = j.begin(); it != j.end(); ++it) {
      bool known = false;
      for (const char* k : keys) known = known || it.key() == k;
      for (const char* k : optional) known = known || it.key() == k;
      if (!known) problem(ptr + "/" + json_pointer::token(it.key()), fmt::format("unknown field \"{}\"", it.key()));
    }
    return true;
  }

  // The pointer to member k of the value at ptr.
  static std::string member(const std::string& ptr, const char* k) { return ptr + '/' + k; }

  const json* at(const json& j, const char* k) {
    auto it = j.find(k);
    return it == j.end() ? nullptr : &*it;
  }

  void string(const json& j, const char* k, const std::string& ptr, std::string& out) {
    const json* v = at(j, k);
    if (!v) return;
    if (!v->is_string()) {
      problem(member(ptr, k), fmt::format("{} is {}, expected a string", shown(*v), type_name(*v)));
      return;
    }
    out = v->get<std::string>();
    no_nul(out, member(ptr, k));
  }

  // No text of a plan holds U+0000 (a text plan with one is refused as binary): in plan JSON it is an error, not
  // a raw NUL byte that query's and history's CSV would write (a hardening helper's finding).
  void no_nul(std::string_view s, const std::string& ptr) {
    if (s.find('\0') != std::string_view::npos)
      problem(ptr, "holds a NUL character (\\u0000), which no plan's text holds");
  }

  template <typename Optional>  // std::optional<std::string> or Boxed<std::string>
  void opt_string(const json& j, const char* k, const std::string& ptr, Optional& out) {
    const json* v = at(j, k);
    if (!v || v->is_null()) return;
    if (!v->is_string()) {
      problem(member(ptr, k), fmt::format("{} is {}, expected a string or null", shown(*v), type_name(*v)));
      return;
    }
    out = v->get<std::string>();
    no_nul(*out, member(ptr, k));
  }

  template <typename Int>
  void integer(const json& j, const char* k, const std::string& ptr, Int& out, bool positive = false) {
    const json* v = at(j, k);
    if (!v) return;
    if (!v->is_number_integer() || (v->is_number_integer() && !v->is_number_unsigned() && v->get<std::int64_t>() < 0)) {
      problem(member(ptr, k), fmt::format("{} is {}, expected a non-negative integer", shown(*v), type_name(*v)));
      return;
    }
    auto n = v->get<std::uint64_t>();
    if (positive && n == 0) {
      problem(member(ptr, k), "0 is not a positive integer");
      return;
    }
    out = static_cast<Int>(n);
  }

  void boolean(const json& j, const char* k, const std::string& ptr, bool& out) {
    const json* v = at(j, k);
    if (!v) return;
    if (!v->is_boolean()) {
      problem(member(ptr, k), fmt::format("{} is {}, expected a boolean", shown(*v), type_name(*v)));
      return;
    }
    out = v->get<bool>();
  }

  // Calls each(element, pointer) for every element of array field k.
  template <typename F>
  void array(const json& j, const char* k, const std::string& ptr, F each) {
    const json* v = at(j, k);
    if (!v) return;
    std::string p = member(ptr, k);
    if (!v->is_array()) {
      problem(p, fmt::format("{} is {}, expected an array", shown(*v), type_name(*v)));
      return;
    }
    for (std::size_t i = 0; i < v->size(); ++i) each((*v)[i], p + "/" + std::to_string(i));
  }

  void span(const json& j, const std::string& ptr, Span& s) {
    const json* v = at(j, key::span);
    if (!v) return;
    std::string p = member(ptr, key::span);
    if (!object(*v, p, {key::line, key::column, key::end_line, key::end_column, key::offset, key::length},
                {key::word, key::pdf}))
      return;
    integer(*v, key::line, p, s.line, true);
    integer(*v, key::column, p, s.column, true);
    integer(*v, key::end_line, p, s.end_line, true);
    integer(*v, key::end_column, p, s.end_column, true);
    integer(*v, key::offset, p, s.offset);
    integer(*v, key::length, p, s.length);
    if (s.end_line < s.line)
      problem(member(p, key::end_line), fmt::format("end_line {} is before line {}", s.end_line, s.line));
    else if (s.end_line == s.line && s.end_column < s.column)
      problem(member(p, key::end_column),
              fmt::format("end_column {} is before column {} on the same line", s.end_column, s.column));
    const json* word = at(*v, key::word);
    const json* pdf = at(*v, key::pdf);
    if (word && pdf) {
      problem(member(p, key::pdf), "a span has one place, \"word\" or \"pdf\", not both");
      return;
    }
    if (word) s.place = word_place(*word, member(p, key::word));
    if (pdf) s.place = pdf_place(*pdf, member(p, key::pdf));
  }

  // A span's place in a Word document (issue 16); null when it has problems.
  const Place* word_place(const json& j, const std::string& p) {
    const std::size_t before = problems.size();
    if (!object(j, p, {key::table, key::row, key::cell, key::paragraph, key::offset})) return nullptr;
    WordPlace w;
    count(j, key::table, p, w.table);
    count(j, key::row, p, w.row);
    count(j, key::cell, p, w.cell);
    count(j, key::paragraph, p, w.paragraph);
    count(j, key::offset, p, w.offset);
    return problems.size() == before ? intern_place(w) : nullptr;
  }

  // A span's place on a PDF page (issue 16); null when it has problems.
  const Place* pdf_place(const json& j, const std::string& p) {
    const std::size_t before = problems.size();
    if (!object(j, p, {key::page, key::x, key::y, key::width, key::height, key::offset})) return nullptr;
    PdfPlace d;
    count(j, key::page, p, d.page, true);
    point(j, key::x, p, d.x);
    point(j, key::y, p, d.y);
    point(j, key::width, p, d.width, true);
    point(j, key::height, p, d.height, true);
    count(j, key::offset, p, d.offset);
    return problems.size() == before ? intern_place(d) : nullptr;
  }

  // A place's count: a non-negative integer that fits the model's 32 bits.
  void count(const json& j, const char* k, const std::string& ptr, std::uint32_t& out, bool positive = false) {
    std::uint64_t n = out;
    const std::size_t before = problems.size();
    integer(j, k, ptr, n, positive);
    if (problems.size() != before) return;
    if (n > UINT32_MAX) {
      problem(member(ptr, k), fmt::format("{} is more than {}", n, UINT32_MAX));
      return;
    }
    out = static_cast<std::uint32_t>(n);
  }

  // A box's coordinate in points, as write_number wrote it.
  void point(const json& j, const char* k, const std::string& ptr, float& out, bool non_negative = false) {
    const json* v = at(j, k);
    if (!v) return;
    if (!v->is_number()) {
      problem(member(ptr, k), fmt::format("{} is {}, expected a number", shown(*v), type_name(*v)));
      return;
    }
    const double d = v->get<double>();
    if (non_negative && d < 0) {
      problem(member(ptr, k), fmt::format("{} is negative, expected a number of points from 0", shown(*v)));
      return;
    }
    if (!(std::fabs(d) <= std::numeric_limits<float>::max())) {
      problem(member(ptr, k), fmt::format("{} is out of range for a box in points", shown(*v)));
      return;
    }
    out = float_written_as(d);
  }

  // Ids name one element each (diff and query rely on it), in the schema's form: "S1" for a section, "S1.D2",
  // "S1.P2", "S1.A2" for its elements (`kind` 'D', 'P', 'A'; 0 for a section). An empty id, "s1.a1" or "S1.A1 "
  // passed (a hardening helper's finding: two actions with the id "" were both queried, exit 0).
  void unique_id(const json& j, const std::string& id, const std::string& ptr, char kind = 0) {
    const json* v = at(j, key::id);
    if (!v || !v->is_string()) return;  // missing or not a string: said where it is read
    const auto digits = [&](std::size_t from) {
      std::size_t i = from;
      while (i < id.size() && id[i] >= '0' && id[i] <= '9') ++i;
      return i > from ? i : std::string::npos;
    };
    std::size_t end = id.starts_with('S') ? digits(1) : std::string::npos;
    if (kind && end != std::string::npos)
      end = end + 2 < id.size() && id[end] == '.' && id[end + 1] == kind ? digits(end + 2) : std::string::npos;
    if (end != id.size()) {
      problem(member(ptr, key::id), fmt::format("{} is no {} id; expected one such as \"{}\"", shown(*v),
                                                kind == 0 ? "section" : kind == 'D' ? "directive"
                                                                      : kind == 'P' ? "priority" : "action",
                                                kind == 0 ? "S1" : fmt::format("S1.{}1", kind)));
      return;
    }
    if (!ids_.insert(id).second) problem(member(ptr, key::id), fmt::format("duplicate id \"{}\"", id));
  }

  void date(const json& j, const char* k, const std::string& ptr, std::optional<Date>& out) {
    const json* v = at(j, k);
    if (!v || v->is_null()) return;
    if (!v->is_string()) {
      problem(member(ptr, k), fmt::format("{} is {}, expected a date (YYYY-MM-DD) or null", shown(*v), type_name(*v)));
      return;
    }
    out = date_from_string(v->get<std::string>());
    if (!out) problem(member(ptr, k), fmt::format("{} is not a date (YYYY-MM-DD)", shown(*v)));
  }

  Citation citation(const json& j, const std::string& ptr) {
    Citation c;
    if (!object(j, ptr, {key::text, key::kind, key::year, key::key, key::pinpoint, key::span}, {key::source})) return c;
    string(j, key::text, ptr, c.text);
    string(j, key::kind, ptr, c.kind);
    if (const json* y = at(j, key::year); y && !y->is_null()) {
      if (y->is_number_integer())
        c.year = y->get<int>();
      else
        problem(member(ptr, key::year), fmt::format("{} is {}, expected an integer or null", shown(*y), type_name(*y)));
    }
    string(j, key::key, ptr, c.key);
    opt_string(j, key::pinpoint, ptr, c.pinpoint);
    if (const json* v = at(j, key::source); v && !v->is_null()) {
      const std::string p = member(ptr, key::source);
      auto r = std::make_shared<CitationSource>();
      if (object(*v, p,
                 {key::key, key::meeting, key::place, key::start, key::end, key::title, key::url, key::verified})) {
        string(*v, key::key, p, r->key);
        string(*v, key::meeting, p, r->meeting);
        string(*v, key::place, p, r->place);
        date(*v, key::start, p, r->start);
        date(*v, key::end, p, r->end);
        ends_after_start(r->start, r->end, p, "meeting cited");
        string(*v, key::title, p, r->title);
        string(*v, key::url, p, r->url);
        boolean(*v, key::verified, p, r->verified);
        c.source = std::move(r);
      }
    }
    span(j, ptr, c.span);
    return c;
  }

  Tag tag(const json& j, const std::string& ptr) {
    Tag t;
    if (!object(j, ptr, {key::text, key::label, key::role, key::owners, key::tentative, key::deadline, key::span},
                {key::collaborators}))
      return t;
    string(j, key::text, ptr, t.text);
    opt_string(j, key::label, ptr, t.label);
    opt_string(j, key::role, ptr, t.role);
    array(j, key::owners, ptr, [&](const json& o, const std::string& p) {
      Owner owner;
      if (!object(o, p, {key::name, key::canonical, key::economy})) return;
      string(o, key::name, p, owner.name);
      opt_string(o, key::canonical, p, owner.canonical);
      boolean(o, key::economy, p, owner.economy);
      t.owners.push_back(std::move(owner));
    });
    if (j.contains(key::collaborators))  // issue 15
      array(j, key::collaborators, ptr, [&](const json& c, const std::string& p) {
        if (c.is_string()) {
          t.collaborators.push_back(c.get<std::string>());
          no_nul(t.collaborators.back(), p);
        } else {
          problem(p, fmt::format("{} is {}, expected a string", shown(c), type_name(c)));
        }
      });
    boolean(j, key::tentative, ptr, t.tentative);
    if (const json* d = at(j, key::deadline))
      deadline(*d, member(ptr, key::deadline), {key::text, key::kind, key::start, key::end}, t.deadline);
    span(j, ptr, t.span);
    return t;
  }

  // A tag's deadline, or (issue 15) an action's read from its text.
  bool deadline(const json& d, const std::string& p, std::initializer_list<const char*> keys, Deadline& out) {
    if (!object(d, p, keys)) return false;
    string(d, key::text, p, out.text);
    std::string kind;
    string(d, key::kind, p, kind);
    if (auto k = deadline_kind_from_string(kind)) out.kind = *k;
    else if (d.contains(key::kind) && d[key::kind].is_string())
      problem(member(p, key::kind), fmt::format("\"{}\" is not a deadline kind", kind));
    date(d, key::start, p, out.start);
    date(d, key::end, p, out.end);
    ends_after_start(out.start, out.end, p, "deadline");
    return true;
  }

  // A range of days ends on or after its start: a deadline's, a meeting's, a cited meeting's (a hardening helper's
  // finding: a meeting's or a citation's dates ending before they start passed).
  void ends_after_start(const std::optional<Date>& start, const std::optional<Date>& end, const std::string& ptr,
                        std::string_view what) {
    if (start && end && *end < *start)
      problem(member(ptr, key::end),
              fmt::format("the {} ends ({}) before it starts ({})", what, to_string(*end), to_string(*start)));
  }

  Section section(const json& j, const std::string& ptr) {
    Section s;
    if (!object(j, ptr, {key::id, key::number, key::span, key::directives, key::priorities, key::actions},
                {key::part}))
      return s;
    string(j, key::id, ptr, s.id);
    unique_id(j, s.id, ptr);
    opt_string(j, key::number, ptr, s.number);
    opt_string(j, key::part, ptr, s.part);  // issue 15
    span(j, ptr, s.span);
    array(j, key::directives, ptr, [&](const json& e, const std::string& p) {
      Directive d;
      if (!object(e, p, {key::id, key::number, key::text, key::citations, key::span})) return;
      string(e, key::id, p, d.id);
      unique_id(e, d.id, p, 'D');
      opt_string(e, key::number, p, d.number);
      string(e, key::text, p, d.text);
      array(e, key::citations, p,
            [&](const json& c, const std::string& cp) { d.citations.push_back(citation(c, cp)); });
      span(e, p, d.span);
      s.directives.push_back(std::move(d));
    });
    array(j, key::priorities, ptr, [&](const json& e, const std::string& p) {
      Priority pr;
      if (!object(e, p, {key::id, key::number, key::title, key::items, key::span})) return;
      string(e, key::id, p, pr.id);
      unique_id(e, pr.id, p, 'P');
      opt_string(e, key::number, p, pr.number);
      string(e, key::title, p, pr.title);
      array(e, key::items, p, [&](const json& i, const std::string& ip) {
        PriorityItem item;
        if (!object(i, ip, {key::text, key::span})) return;
        string(i, key::text, ip, item.text);
        span(i, ip, item.span);
        pr.items.push_back(std::move(item));
      });
      span(e, p, pr.span);
      s.priorities.push_back(std::move(pr));
    });
    array(j, key::actions, ptr, [&](const json& e, const std::string& p) {
      Action a;
      if (!object(e, p, {key::id, key::text, key::tags, key::span}, {key::deadline, key::extra})) return;
      string(e, key::id, p, a.id);
      unique_id(e, a.id, p, 'A');
      string(e, key::text, p, a.text);
      array(e, key::tags, p, [&](const json& t, const std::string& tp) { a.tags.push_back(tag(t, tp)); });
      // issue 15: a deadline read from the text, and a wider table's cells.
      if (const json* d = at(e, key::deadline)) {
        TextDeadline td;
        const std::string dp = member(p, key::deadline);
        if (deadline(*d, dp, {key::text, key::kind, key::start, key::end, key::from, key::span}, td.deadline)) {
          if (!d->contains(key::from) || (*d)[key::from] != "text")
            problem(member(dp, key::from), "expected \"text\": an action's own deadline is read from its text");
          span(*d, dp, td.span);
          a.deadline = std::move(td);
        }
      }
      if (const json* x = at(e, key::extra)) {
        if (!x->is_object())
          problem(member(p, key::extra), fmt::format("{} is {}, expected an object", shown(*x), type_name(*x)));
        else
          for (const auto& [column, text] : x->items()) {
            if (text.is_string()) {
              a.extra.push_back({column, text.get<std::string>()});
              no_nul(column, member(p, key::extra));
              no_nul(a.extra.back().text, member(p, key::extra) + "/" + column);
            } else
              problem(member(p, key::extra) + "/" + column,
                      fmt::format("{} is {}, expected a string", shown(text), type_name(text)));
          }
      }
      span(e, p, a.span);
      s.actions.push_back(std::move(a));
    });
    return s;
  }

  Plan plan(const json& j) {
    ids_.clear();
    Plan plan;
    if (!object(j, "",
                {key::schema_version, key::source, key::title, key::meeting, key::group, key::preamble, key::columns,
                 key::sections, key::diagnostics},
                {key::meeting_place, key::meeting_dates, key::document}))  // issue 15
      return plan;
    string(j, key::schema_version, "", plan.schema_version);
    if (j.contains(key::schema_version) && j[key::schema_version].is_string() && plan.schema_version != "1")
      problem(member("", key::schema_version),
              fmt::format("schema version \"{}\" is not supported (expected \"1\")", plan.schema_version));
    if (const json* s = at(j, key::source)) {
      const std::string sp = member("", key::source);
      if (object(*s, sp, {key::path, key::sha256, key::bytes, key::encoding, key::line_ending, key::mseg_version},
                 {key::format, key::layout, key::pages})) {
        if (at(*s, key::format)) string(*s, key::format, sp, plan.source.format);
        if (at(*s, key::layout)) string(*s, key::layout, sp, plan.source.layout);
        if (at(*s, key::pages)) {
          std::uint64_t pages = 0;
          integer(*s, key::pages, sp, pages);
          plan.source.pages = static_cast<std::uint32_t>(std::min<std::uint64_t>(pages, UINT32_MAX));
        }
        string(*s, key::path, sp, plan.source.path);
        string(*s, key::sha256, sp, plan.source.sha256);
        integer(*s, key::bytes, sp, plan.source.bytes);
        string(*s, key::encoding, sp, plan.source.encoding);
        string(*s, key::line_ending, sp, plan.source.line_ending);
        string(*s, key::mseg_version, sp, plan.source.mseg_version);
      }
    }
    opt_string(j, key::title, "", plan.title);
    opt_string(j, key::meeting, "", plan.meeting);
    // issue 15: the cover sheet's facts.
    opt_string(j, key::meeting_place, "", plan.meeting_place);
    const std::string mp = member("", key::meeting_dates);
    if (const json* m = at(j, key::meeting_dates); m && object(*m, mp, {key::text, key::start, key::end})) {
      MeetingDates dates;
      string(*m, key::text, mp, dates.text);
      date(*m, key::start, mp, dates.start);
      date(*m, key::end, mp, dates.end);
      ends_after_start(dates.start, dates.end, mp, "meeting");
      plan.meeting_dates = std::move(dates);
    }
    const std::string dp = member("", key::document);
    if (const json* d = at(j, key::document);
        d && object(*d, dp, {key::number, key::agenda_item, key::purpose, key::submitted_by})) {
      Document doc;
      opt_string(*d, key::number, dp, doc.number);
      opt_string(*d, key::agenda_item, dp, doc.agenda_item);
      opt_string(*d, key::purpose, dp, doc.purpose);
      opt_string(*d, key::submitted_by, dp, doc.submitted_by);
      plan.document = std::move(doc);
    }
    if (const json* g = at(j, key::group); g && !g->is_null()) {
      Group group;
      const std::string gp = member("", key::group);
      if (object(*g, gp, {key::name, key::acronym})) {
        string(*g, key::name, gp, group.name);
        string(*g, key::acronym, gp, group.acronym);
      }
      plan.group = group;
    }
    opt_string(j, key::preamble, "", plan.preamble);
    if (const json* c = at(j, key::columns)) {
      // issue 15: a wider table names up to three further columns after the three.
      if (!c->is_array() || c->size() < 3 || c->size() > 6) {
        problem(member("", key::columns),
                fmt::format("{} is {}, expected an array of three to six strings", shown(*c), type_name(*c)));
      } else {
        for (std::size_t i = 0; i < c->size(); ++i) {
          if (!(*c)[i].is_string())
            problem(fmt::format("/{}/{}", key::columns, i),
                    fmt::format("{} is {}, expected a string", shown((*c)[i]), type_name((*c)[i])));
          else if (i < 3) plan.columns[i] = (*c)[i].get<std::string>();
          else plan.extra_columns.push_back((*c)[i].get<std::string>());
          if ((*c)[i].is_string())
            no_nul((*c)[i].get_ref<const std::string&>(), fmt::format("/{}/{}", key::columns, i));
        }
      }
    }
    if (streamed_sections) {
      // Read one at a time while the text was parsed (plan_from_json_text).
      plan.sections = std::move(streamed_sections->sections);
      for (auto& p : streamed_sections->problems) problems.push_back(std::move(p));
    } else {
      array(j, key::sections, "", [&](const json& e, const std::string& p) { plan.sections.push_back(section(e, p)); });
    }
    array(j, key::diagnostics, "", [&](const json& e, const std::string& p) {
      Diagnostic d;
      if (!object(e, p, {key::severity, key::code, key::message, key::span})) return;
      std::string sev;
      string(e, key::severity, p, sev);
      if (auto s = severity_from_string(sev)) d.severity = *s;
      else if (e.contains(key::severity) && e[key::severity].is_string())
        problem(member(p, key::severity), fmt::format("\"{}\" is not a severity (error, warning, note)", sev));
      string(e, key::code, p, d.code);
      string(e, key::message, p, d.message);
      span(e, p, d.span);
      plan.diagnostics.push_back(std::move(d));
    });
    return plan;
  }

 private:
  std::unordered_set<std::string> ids_;
};

// A whole document already parsed (tests compare it with the streamed reading).
PlanReading plan_from_json(const nlohmann::json& document);

// The reader's plan, or its problems.
inline PlanReading read_plan(Reader& r, const nlohmann::json& document) {
  Plan plan = r.plan(document);
  PlanReading out;
  out.problems = std::move(r.problems);
  if (out.problems.empty()) out.plan = std::move(plan);
  return out;
}

}  // namespace mseg::plan_json_detail
