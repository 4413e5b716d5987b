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

const std::string& id_of(const Match& m) {
  if (m.directive) return m.directive->id;
  if (m.priority) return m.priority->id;
  return m.action->id;
}

std::optional<Date> due_of(const Match& m) {
  std::optional<Date> due;
  if (!m.action) return due;
  for (std::size_t i : m.tags) {
    const auto& end = m.action->tags[i].deadline.end;
    if (end && (!due || *end < *due)) due = end;
  }
  if (m.text_deadline) {  // issue 15
    const auto& end = m.action->deadline->deadline.end;
    if (end && (!due || *end < *due)) due = end;
  }
  return due;
}

bool any_overdue(const Match& m, Date as_of) {
  if (!m.action) return false;
  if (m.text_deadline && is_overdue(m.action->deadline->deadline, as_of)) return true;  // issue 15
  return std::any_of(m.tags.begin(), m.tags.end(), [&](std::size_t i) { return is_overdue(m.action->tags[i], as_of); });
}

std::string owners_text(const Match& m) {
  std::vector<std::string> names;
  if (m.action)
    for (const auto& t : m.action->tags)
      for (const auto& o : t.owners) add_once(names, o.name);
  return join(names, "; ");
}

std::string deadlines_text(const Match& m) {
  std::vector<std::string> texts;
  if (m.action)
    for (const auto& t : m.action->tags) add_once(texts, t.deadline.text);
  if (m.text_deadline) add_once(texts, m.action->deadline->deadline.text);  // issue 15
  return join(texts, "; ");
}

std::string cites_text(const Match& m) {
  std::vector<std::string> keys;
  if (m.directive)
    for (const auto& c : m.directive->citations) add_once(keys, c.key);
  return join(keys, "; ");
}

std::string text_of(const Match& m) {
  if (m.directive) return m.directive->text;
  if (m.action) return m.action->text;
  std::string out = m.priority->title;
  for (std::size_t i = 0; i < m.priority->items.size(); ++i) {
    out += i == 0 ? ": " : "; ";
    out += m.priority->items[i].text;
  }
  return out;
}

}  // namespace mseg::query
