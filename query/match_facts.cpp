#include "match_facts.hpp"

#include <algorithm>

namespace mseg::query {
namespace {

void add_once(std::vector<std::string>& seen, const std::string& s) {
  if (!s.empty() && std::find(seen.begin(), seen.end(), s) == seen.end()) seen.push_back(s);
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

}  // namespace

std::optional<Date> due_of(const Match& m) {
  std::optional<Date> due;
  const Action* a = m.element.action();
  if (!a) return due;
  for (std::size_t i : m.tags) {
    const auto& end = a->tags[i].deadline.end;
    if (end && (!due || *end < *due)) due = end;
  }
  if (m.text_deadline) {  // issue 15
    const auto& end = a->deadline->deadline.end;
    if (end && (!due || *end < *due)) due = end;
  }
  return due;
}

bool any_overdue(const Match& m, Date as_of) {
  const Action* a = m.element.action();
  if (!a) return false;
  if (m.text_deadline && is_overdue(a->deadline->deadline, as_of)) return true;  // issue 15
  return std::any_of(m.tags.begin(), m.tags.end(), [&](std::size_t i) { return is_overdue(a->tags[i], as_of); });
}

std::string owners_text(const Match& m) {
  std::vector<std::string> names;
  if (const Action* a = m.element.action())
    for (const auto& t : a->tags)
      for (const auto& o : t.owners) add_once(names, o.name);
  return join(names, "; ");
}

std::string deadlines_text(const Match& m) {
  std::vector<std::string> texts;
  if (const Action* a = m.element.action()) {
    for (const auto& t : a->tags) add_once(texts, t.deadline.text);
    if (m.text_deadline) add_once(texts, a->deadline->deadline.text);  // issue 15
  }
  return join(texts, "; ");
}

std::string cites_text(const Match& m) {
  std::vector<std::string> keys;
  if (const Directive* d = m.element.directive())
    for (const auto& c : d->citations) add_once(keys, c.key);
  return join(keys, "; ");
}

std::string text_of(const Match& m) {
  const Priority* p = m.element.priority();
  if (!p) return m.element.text();
  std::string out = p->title;
  for (std::size_t i = 0; i < p->items.size(); ++i) {
    out += i == 0 ? ": " : "; ";
    out += p->items[i].text;
  }
  return out;
}

}  // namespace mseg::query
