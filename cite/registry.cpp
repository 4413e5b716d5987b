// Reading registry JSON, merging a user's file over the built-in one, and the
// lookups resolution and `query --cites` make.
#include <mseg/registry.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>

#include "base/calendar.hpp"
#include "base/json_error.hpp"
#include "base/json_writer.hpp"
#include "base/ordinal.hpp"
#include "base/slug.hpp"
#include "schema/internal/plan_json_write.hpp"

namespace mseg::cite {
namespace {

using nlohmann::json;

std::optional<int> four_digit_year(std::string_view s) {
  if (s.size() != 4 || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  return (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
}

// Checks registry JSON field by field, naming the JSON Pointer of the first fault.
class Reader {
 public:
  [[noreturn]] static void fail(const std::string& ptr, std::string_view what) {
    throw RegistryError(fmt::format("{}: {}", ptr.empty() ? "/" : ptr, what));
  }
  static const json& member(const json& j, const std::string& ptr, const char* k) {
    if (!j.is_object()) fail(ptr, "expected an object");
    auto it = j.find(k);
    if (it == j.end()) fail(ptr, fmt::format("required field \"{}\" is missing", k));
    return *it;
  }
  static void only(const json& j, const std::string& ptr, std::initializer_list<std::string_view> keys) {
    for (auto it = j.begin(); it != j.end(); ++it)
      if (std::find(keys.begin(), keys.end(), it.key()) == keys.end())
        fail(ptr + "/" + it.key(), fmt::format("unknown field \"{}\"", it.key()));
  }
  static std::string text(const json& j, const std::string& ptr, const char* k, bool may_be_empty = false) {
    const json& v = member(j, ptr, k);
    if (!v.is_string()) fail(ptr + "/" + k, "expected a string");
    auto s = v.get<std::string>();
    if (s.empty() && !may_be_empty) fail(ptr + "/" + k, "is empty");
    return s;
  }
  static std::optional<int> integer(const json& j, const std::string& ptr, const char* k) {
    const json& v = member(j, ptr, k);
    if (v.is_null()) return std::nullopt;
    if (!v.is_number_integer()) fail(ptr + "/" + k, "expected an integer or null");
    return v.get<int>();
  }
  static std::optional<Date> date(const json& j, const std::string& ptr, const char* k) {
    const json& v = member(j, ptr, k);
    if (v.is_null()) return std::nullopt;
    std::optional<Date> d;
    if (v.is_string()) d = date_from_string(v.get<std::string>());
    if (!d) fail(ptr + "/" + k, "expected a date (YYYY-MM-DD) or null");
    return d;
  }
  static std::vector<std::string> strings(const json& j, const std::string& ptr, const char* k) {
    const json& v = member(j, ptr, k);
    if (!v.is_array()) fail(ptr + "/" + k, "expected an array of strings");
    std::vector<std::string> out;
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (!v[i].is_string() || v[i].get<std::string>().empty())
        fail(fmt::format("{}/{}/{}", ptr, k, i), "expected a non-empty string");
      out.push_back(v[i].get<std::string>());
    }
    return out;
  }

  static Entry entry(const json& j, const std::string& ptr) {
    member(j, ptr, "key");
    only(j, ptr, {"key", "kind", "year", "meeting", "title", "aliases", "source", "verified", "note", "same_as"});
    Entry e;
    e.key = text(j, ptr, "key");
    if (slug(e.key) != e.key) fail(ptr + "/key", "expected lowercase words joined by '-': \"ministerial-statement-2004\"");
    e.kind = text(j, ptr, "kind");
    e.year = integer(j, ptr, "year");
    const json& m = member(j, ptr, "meeting");
    const std::string mp = ptr + "/meeting";
    member(m, mp, "body");
    only(m, mp, {"body", "ordinal", "short", "city", "economy", "start", "end"});
    e.meeting.body = text(m, mp, "body");
    e.meeting.ordinal = integer(m, mp, "ordinal");
    e.meeting.short_name = text(m, mp, "short", true);
    e.meeting.city = text(m, mp, "city");
    e.meeting.economy = text(m, mp, "economy");
    e.meeting.start = date(m, mp, "start");
    e.meeting.end = date(m, mp, "end");
    if (e.meeting.start && e.meeting.end && *e.meeting.end < *e.meeting.start)
      fail(mp + "/end", "is before start");
    e.title = text(j, ptr, "title");
    e.aliases = strings(j, ptr, "aliases");
    e.source = text(j, ptr, "source");
    if (!e.source.starts_with("http://") && !e.source.starts_with("https://"))
      fail(ptr + "/source", "expected the address (http:// or https://) of a page that shows the facts");
    const json& v = member(j, ptr, "verified");
    if (!v.is_boolean()) fail(ptr + "/verified", "expected true or false");
    e.verified = v.get<bool>();
    if (j.contains("note")) e.note = text(j, ptr, "note");
    if (j.contains("same_as")) {
      e.same_as = text(j, ptr, "same_as");
      if (*e.same_as == e.key) fail(ptr + "/same_as", "names the entry itself");
    }
    return e;
  }

  static Series series(const json& j, const std::string& ptr) {
    member(j, ptr, "body");
    only(j, ptr, {"name", "body", "kinds", "first_year", "last_year"});
    Series s;
    s.name = text(j, ptr, "name");
    s.body = text(j, ptr, "body");
    s.kinds = strings(j, ptr, "kinds");
    const auto first = integer(j, ptr, "first_year");
    const auto last = integer(j, ptr, "last_year");
    if (!first || !last || *last < *first) fail(ptr, "expected first_year <= last_year");
    s.first_year = *first;
    s.last_year = *last;
    return s;
  }
};

std::shared_ptr<const CitationSource> resolution_of(const Entry& e) {
  auto r = std::make_shared<CitationSource>();
  r->key = e.key;
  r->meeting = meeting_name(e.meeting);
  r->place = meeting_place(e.meeting);
  r->start = e.meeting.start;
  r->end = e.meeting.end;
  r->title = e.title;
  r->url = e.source;
  r->verified = e.verified;
  JsonWriter w(r->compact_json, false);
  write_json(w, *r);
  return r;
}

}  // namespace

Registry Registry::from_json(std::string_view text) {
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::exception& e) {
    throw RegistryError(fmt::format("not readable JSON: {}", json_error_reason(e.what())));
  }
  Reader::member(doc, "", "entries");
  Reader::only(doc, "", {"$schema", "registry_version", "series", "entries"});
  if (Reader::text(doc, "", "registry_version") != "1") Reader::fail("/registry_version", "expected \"1\"");
  Registry r;
  const json& entries = doc["entries"];
  if (!entries.is_array()) Reader::fail("/entries", "expected an array");
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const std::string ptr = fmt::format("/entries/{}", i);
    Entry e = Reader::entry(entries[i], ptr);
    if (r.find_key(e.key)) Reader::fail(ptr + "/key", fmt::format("\"{}\" is already an entry's key", e.key));
    r.entries_.push_back(std::move(e));
    r.by_key_.emplace(r.entries_.back().key, r.entries_.size() - 1);
  }
  if (doc.contains("series")) {
    const json& series = doc["series"];
    if (!series.is_array()) Reader::fail("/series", "expected an array");
    for (std::size_t i = 0; i < series.size(); ++i)
      r.series_.push_back(Reader::series(series[i], fmt::format("/series/{}", i)));
  }
  r.index();
  return r;
}

void Registry::merge(const Registry& other) {
  for (const Entry& e : other.entries_) {
    auto it = std::find_if(entries_.begin(), entries_.end(), [&](const Entry& mine) { return mine.key == e.key; });
    if (it != entries_.end()) *it = e;
    else entries_.push_back(e);
  }
  for (const Series& s : other.series_) {
    auto it = std::find_if(series_.begin(), series_.end(), [&](const Series& mine) { return mine.body == s.body; });
    if (it != series_.end()) *it = s;
    else series_.push_back(s);
  }
  index();
  check_same_as();
}

// The entry `e`'s `same_as` leads to, followed as far as it goes (a user may give a built-in declaration a
// `same_as` of their own, and the built-in statement's then leads on: a review's finding, refused at first).
// Throws RegistryError for a key that names no entry, and for a cycle.
const Entry& Registry::document_of(const Entry& e) const {
  const Entry* at = &e;
  for (std::size_t steps = 0; at->same_as; ++steps) {
    const Entry* next = find_key(*at->same_as);
    if (!next)
      throw RegistryError(fmt::format("entry \"{}\": same_as \"{}\" is no entry's key", at->key, *at->same_as));
    if (steps == entries_.size()) {
      // Past as many steps as there are entries, `at` is in the cycle: name its entries, not `e`, which may only
      // lead into it (a helper's finding: the message blamed an entry outside the cycle).
      std::string cycle = at->key;
      for (const Entry* c = next; c != at; c = find_key(*c->same_as)) cycle += " -> " + c->key;
      throw RegistryError(fmt::format("same_as entries name each other in a cycle: {} -> {}", cycle, at->key));
    }
    at = next;
  }
  return *at;
}

// Checked on the whole registry (a user's entry may name a built-in one), so after a merge.
void Registry::check_same_as() const {
  for (const Entry& e : entries_) document_of(e);
}

std::map<std::string, std::string, std::less<>> Registry::same_documents() const {
  std::map<std::string, std::string, std::less<>> out;
  for (const Entry& e : entries_)
    if (e.same_as) out.emplace(e.key, document_of(e).key);
  return out;
}

// Keys first, so an alias that reads as another entry's key never takes it over.
void Registry::index() {
  by_key_.clear();
  by_form_.clear();
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    entries_[i].resolution = resolution_of(entries_[i]);
    by_key_.emplace(entries_[i].key, i);
    by_form_.emplace(entries_[i].key, i);
  }
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    for (const std::string& alias : entries_[i].aliases) {
      if (auto key = citation_key(alias)) by_key_.emplace(*key, i);
      by_form_.emplace(slug(alias), i);
    }
  }
}

const Entry* Registry::find_key(std::string_view key) const {
  auto it = by_key_.find(std::string(key));
  return it != by_key_.end() && entries_[it->second].key == key ? &entries_[it->second] : nullptr;
}

std::shared_ptr<const CitationSource> Registry::source_of(const Citation& c) const {
  if (c.source) return c.source;
  const Entry* e = resolve(c).entry;
  return e ? e->resolution : nullptr;
}

void resolve_unresolved(Plan& plan, const Registry& registry) {
  for (auto& section : plan.sections)
    for (auto& directive : section.directives)
      for (auto& citation : directive.citations)
        if (!citation.source) citation.source = registry.source_of(citation);
}

Resolution Registry::resolve(const Citation& c) const {
  Resolution out;
  if (c.kind == "unknown") {
    // No key to go by: the words inside the parentheses, as an alias.
    std::string_view inner = c.text;
    if (inner.size() >= 2 && inner.front() == '(' && inner.back() == ')') inner = inner.substr(1, inner.size() - 2);
    if (auto it = by_form_.find(slug(inner)); it != by_form_.end()) out.entry = &entries_[it->second];
    return out;
  }
  if (auto it = by_key_.find(c.key); it != by_key_.end()) {
    out.entry = &entries_[it->second];
    return out;
  }
  if (!c.year) return out;
  for (const Series& s : series_) {
    if (*c.year < s.first_year || *c.year > s.last_year) continue;
    if (std::find(s.kinds.begin(), s.kinds.end(), c.kind) == s.kinds.end()) continue;
    bool held = false;
    for (const Entry& e : entries_) {
      if (e.meeting.body != s.body || e.year != c.year) continue;
      held = true;
      if (std::find(s.kinds.begin(), s.kinds.end(), e.kind) != s.kinds.end()) {
        out.entry = &e;
        return out;
      }
    }
    if (!held) out.missing_meeting = &s;
    return out;
  }
  return out;
}

std::vector<const Entry*> Registry::find(std::string_view wanted) const {
  std::vector<const Entry*> out;
  const auto add = [&](const Entry* e) {
    if (e && std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
  };
  const std::string folded = slug(wanted);
  if (folded.empty()) return out;
  const auto year = four_digit_year(folded);
  add(resolve_text(wanted).entry);
  if (auto it = by_form_.find(folded); it != by_form_.end()) add(&entries_[it->second]);
  for (const Entry& e : entries_) {
    // Or its title, as `mseg cites` prints it: "Busan Declaration" is also what the plans' "Leaders' Statement
    // 2005" is read as (a new user's finding: the title cites printed found nothing).
    if ((year && e.year == year) || (!e.meeting.short_name.empty() && slug(e.meeting.short_name) == folded) ||
        slug(e.meeting.city) == folded || (!e.title.empty() && slug(e.title) == folded))
      add(&e);
  }
  // And the entries that read a found document under another name (`same_as`): --cites leaders-declaration-2005
  // finds the plans' "Leaders' Statement 2005" too, as diff takes the two as one (a review's note).
  for (const Entry& e : entries_) {
    if (!e.same_as) continue;
    const std::string& document = document_of(e).key;
    if (std::any_of(out.begin(), out.end(), [&](const Entry* f) { return f->key == document; })) add(&e);
  }
  return out;
}

std::string meeting_name(const Meeting& m) {
  return m.ordinal ? fmt::format("{} {}", ordinal(*m.ordinal), m.body) : m.body;
}

std::string meeting_place(const Meeting& m) {
  return m.city == m.economy ? m.city : fmt::format("{}, {}", m.city, m.economy);
}

std::string meeting_dates(const Meeting& m) {
  if (!m.start) return "";
  const Date& s = *m.start;
  const Date e = m.end.value_or(s);
  const std::string_view sm = calendar::month_name(s.month);
  const std::string_view em = calendar::month_name(e.month);
  if (s == e) return fmt::format("{} {} {}", s.day, sm, s.year);
  if (s.year != e.year) return fmt::format("{} {} {} – {} {} {}", s.day, sm, s.year, e.day, em, e.year);
  if (s.month != e.month) return fmt::format("{} {} – {} {} {}", s.day, sm, e.day, em, e.year);
  return fmt::format("{}–{} {} {}", s.day, e.day, sm, s.year);
}

}  // namespace mseg::cite
