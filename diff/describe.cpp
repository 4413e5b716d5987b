#include "describe.hpp"

#include <fmt/format.h>

#include <string_view>
#include <unordered_set>

namespace mseg::diff {
namespace {

std::string list(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) {
    if (!out.empty()) out += ", ";
    out += s;
  }
  return out;
}

std::string one(const std::vector<std::string>& v) { return v.empty() ? "(none)" : v.front(); }

const FieldChange* field(const Change& c, std::string_view name) {
  for (const auto& f : c.fields)
    if (f.field == name) return &f;
  return nullptr;
}

}  // namespace

std::string counts_line(const DiffCounts& c) {
  std::string out;
  auto add = [&](std::size_t n, const char* what) {
    if (n == 0) return;
    if (!out.empty()) out += ", ";
    out += fmt::format("{} {}", n, what);
  };
  add(c.modified, "modified");
  add(c.moved, "moved");
  add(c.removed, "removed");
  add(c.added, "added");
  add(c.unchanged, "unchanged");
  return out.empty() ? "none" : out;
}

std::string summary_line(const DiffSummary& s) {
  return fmt::format("actions: {}; directives: {}; priorities: {}",
                     counts_line(s.by_kind[static_cast<std::size_t>(ElementKind::action)]),
                     counts_line(s.by_kind[static_cast<std::size_t>(ElementKind::directive)]),
                     counts_line(s.by_kind[static_cast<std::size_t>(ElementKind::priority)]));
}

std::string describe_field(const FieldChange& f, std::string_view arrow) {
  if (f.list) {
    std::string out;
    if (!f.removed.empty()) out += "removed " + list(f.removed);
    if (!f.added.empty()) out += (out.empty() ? "" : "; ") + std::string("added ") + list(f.added);
    // Same values, different identity (e.g. a pinpoint changed): show both lists.
    if (out.empty()) out = fmt::format("{} {} {}", list(f.old_values), arrow, list(f.new_values));
    return out;
  }
  std::string out = fmt::format("{} {} {}", one(f.old_values), arrow, one(f.new_values));
  if (!f.direction.empty()) out += fmt::format(" ({})", f.direction);
  return out;
}

std::string similarity_text(double s) { return fmt::format("{:.2f}", s); }

std::string numbered_id(const std::optional<ElementRef>& e) {
  if (!e) return {};
  return e->number() ? fmt::format("{} ({})", e->id(), *e->number()) : e->id();
}

std::string change_ids(const Change& c, std::string_view arrow) {
  std::string a = numbered_id(c.old_element), b = numbered_id(c.new_element);
  if (c.old_element && c.new_element) return a == b ? a : fmt::format("{} {} {}", a, arrow, b);
  return c.old_element ? a : b;
}

const ElementRef& shown_element(const Change& c) { return c.new_element ? *c.new_element : *c.old_element; }

ElementFacts facts_of(const ElementRef& e) {
  ElementFacts f;
  if (const Action* a = e.action()) {
    std::vector<std::string> owners, deadlines;
    // Each owner once, as written first: two tags of one owner listed it twice (a helper's finding: "owners:
    // Singapore, Singapore" in the minutes).
    std::unordered_set<std::string_view> named;
    for (const auto& t : a->tags) {
      for (const auto& o : t.owners)
        if (named.insert(o.name).second) owners.push_back(o.name);
      if (!t.deadline.text.empty()) deadlines.push_back(t.deadline.text);
    }
    // No tag gives one: the deadline read from the action's sentence ("by March 2011"), as the diff compares it
    // (a helper's finding: "(none)" beside an unchanged text deadline).
    if (deadlines.empty() && a->deadline) deadlines.push_back(a->deadline->deadline.text);
    f.owners = list(owners);
    for (const auto& d : deadlines) f.deadline += (f.deadline.empty() ? "" : "; ") + d;
  } else if (const Directive* d = e.directive()) {
    std::vector<std::string> cites;
    for (const auto& c : d->citations) cites.push_back(c.text);
    f.citations = list(cites);
  }
  return f;
}

std::vector<std::pair<std::string, std::string>> detail_lines(const Change& c, std::string_view arrow) {
  std::vector<std::pair<std::string, std::string>> out;
  if (c.old_element || c.new_element) {
    ElementFacts now = facts_of(shown_element(c));
    if (c.kind == ElementKind::action) {
      const FieldChange* o = field(c, "owners");
      out.emplace_back("owners", o ? describe_field(*o, arrow) : now.owners.empty() ? "(none)" : now.owners);
      const FieldChange* d = field(c, "deadline");
      out.emplace_back("deadline", d ? describe_field(*d, arrow) : now.deadline.empty() ? "(none)" : now.deadline);
    } else if (c.kind == ElementKind::directive) {
      if (const FieldChange* f = field(c, "citations")) out.emplace_back("citations", describe_field(*f, arrow));
      else if (!now.citations.empty()) out.emplace_back("citations", now.citations);
    }
  }
  for (const auto& f : c.fields) {
    if (f.field == "text" || f.field == "owners" || f.field == "deadline" || f.field == "citations") continue;
    out.emplace_back(f.field, describe_field(f, arrow));
  }
  return out;
}

}  // namespace mseg::diff
