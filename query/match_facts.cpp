#include "match_facts.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace mseg::query {
namespace {

// Each distinct non-empty string once, in the order first seen, joined: a set
// beside the list, since one tag may name tens of thousands of owners. The
// views are into the plan, which outlives this.
class Distinct {
 public:
  void add(std::string_view s) {
    if (!s.empty() && seen_.insert(s).second) order_.push_back(s);
  }
  std::string join(std::string_view sep) const {
    std::string out;
    for (std::string_view p : order_) {
      if (!out.empty()) out += sep;
      out += p;
    }
    return out;
  }

 private:
  std::vector<std::string_view> order_;
  std::unordered_set<std::string_view> seen_;
};

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
  Distinct names;
  if (const Action* a = m.element.action())
    for (const auto& t : a->tags)
      for (const auto& o : t.owners) names.add(o.name);
  return names.join("; ");
}

std::string deadlines_text(const Match& m) {
  Distinct texts;
  if (const Action* a = m.element.action()) {
    for (const auto& t : a->tags) texts.add(t.deadline.text);
    if (m.text_deadline) texts.add(a->deadline->deadline.text);  // issue 15
  }
  return texts.join("; ");
}

std::string cites_text(const Match& m) {
  Distinct keys;
  if (const Directive* d = m.element.directive())
    for (const auto& c : d->citations) keys.add(c.key);
  return keys.join("; ");
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
