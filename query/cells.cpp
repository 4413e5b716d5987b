// Which columns each output shows, and what goes in them.
#include <algorithm>

#include "grid.hpp"
#include "match_facts.hpp"

namespace mseg::query {
namespace {

bool has(const std::vector<ElementKind>& kinds, ElementKind k) {
  return std::find(kinds.begin(), kinds.end(), k) != kinds.end();
}

// The length of the directory the sources share, which says nothing in a
// table ("samples/a.txt", "samples/b.txt" -> "a.txt", "b.txt").
std::size_t common_directory(const std::vector<Match>& matches) {
  std::string_view common;
  bool first = true;
  for (const auto& m : matches) {
    std::string_view dir(m.source);
    const auto slash = dir.rfind('/');
    dir = slash == std::string_view::npos ? std::string_view() : dir.substr(0, slash + 1);
    if (first) {
      common = dir;
      first = false;
      continue;
    }
    std::size_t n = 0;
    while (n < common.size() && n < dir.size() && common[n] == dir[n]) ++n;
    common = common.substr(0, n);
  }
  // Cut only at a '/', so "plans-a/x" and "plans-b/y" keep their directories.
  const auto slash = common.rfind('/');
  return slash == std::string_view::npos ? 0 : slash + 1;
}

}  // namespace

MatchRows::MatchRows(const std::vector<Match>& matches, const FormatOptions& o, bool full)
    : matches_(matches), as_of_(o.as_of), full_(full), made_(matches.size()) {
  Grid& g = shape_;
  if (full) {
    g.header = {"source", "section", "kind", "id", "owners", "deadline", "due", "overdue", "cites", "text"};
    g.numeric.assign(g.header.size(), false);
    return;
  }
  source_ = o.show_source;
  kind_ = o.kinds.size() > 1;
  tags_ = has(o.kinds, ElementKind::action);
  cites_ = has(o.kinds, ElementKind::directive);
  if (source_) g.header.push_back("source");
  if (kind_) g.header.push_back("kind");
  g.header.push_back("id");
  if (tags_) {
    // The owners a query asked for are its answer: never cut them.
    g.keep_squeeze = o.owners_asked;
    g.squeeze_column = static_cast<int>(g.header.size());
    g.header.push_back("owners");
    deadline_column_ = g.header.size();
    g.header.push_back("deadline");
  }
  if (cites_) g.header.push_back("cites");
  g.fit_column = static_cast<int>(g.header.size());
  g.header.push_back("text");
  g.numeric.assign(g.header.size(), false);
  // Everything but the short kind and id may wrap when the width is tight.
  g.wraps.assign(g.header.size(), true);
  for (std::size_t c = 0; c < g.header.size(); ++c)
    if (g.header[c] == "kind" || g.header[c] == "id") g.wraps[c] = false;
  if (source_) common_dir_ = common_directory(matches);
}

const std::vector<std::string>& MatchRows::row(std::size_t r) {
  make(r);
  return cells_;
}

const std::vector<bool>& MatchRows::alert(std::size_t r) {
  make(r);
  return alert_;
}

void MatchRows::make(std::size_t r) {
  if (r == made_) return;
  made_ = r;
  const Match& m = matches_[r];
  cells_.clear();
  if (full_) {
    auto due = due_of(m);
    cells_ = {m.source, m.element.section->id, to_string(m.element.kind()), m.element.id(), owners_text(m),
              deadlines_text(m), due ? to_string(*due) : "",
              m.element.action() ? (any_overdue(m, as_of_) ? "yes" : "no") : "", cites_text(m), text_of(m)};
    alert_.assign(cells_.size(), false);
    return;
  }
  if (source_) cells_.push_back(m.source.substr(common_dir_));
  if (kind_) cells_.push_back(to_string(m.element.kind()));
  cells_.push_back(m.element.id());
  if (tags_) {
    cells_.push_back(owners_text(m));
    cells_.push_back(deadlines_text(m));
  }
  if (cites_) cells_.push_back(cites_text(m));
  cells_.push_back(text_of(m));
  alert_.assign(cells_.size(), false);
  if (tags_) alert_[deadline_column_] = any_overdue(m, as_of_);
}

Grid summary_grid(const Summary& s, bool show_source) {
  Grid g;
  const bool source_column = show_source && s.key == GroupKey::section;
  if (source_column) g.header.push_back("source");
  switch (s.key) {
    case GroupKey::owner: g.header.push_back("owner"); break;
    case GroupKey::deadline: g.header.push_back("deadline"); break;
    case GroupKey::section: g.header.push_back("section"); break;
    case GroupKey::source: g.header.push_back("source"); break;
    case GroupKey::citation:
      g.header.push_back("citation");
      g.header.push_back("meeting");
      break;
  }
  g.header.push_back(s.counts_actions_only ? "actions" : "matches");
  if (s.has_overdue) g.header.push_back("overdue");
  g.numeric.assign(g.header.size(), false);
  const int label_columns = s.key == GroupKey::citation ? 2 : 1;
  g.numeric[static_cast<std::size_t>((source_column ? 1 : 0) + label_columns)] = true;
  if (s.key == GroupKey::citation) g.fit_column = 1;
  if (s.has_overdue) g.numeric.back() = true;
  for (const auto& r : s.rows) {
    std::vector<std::string> row;
    if (source_column) row.push_back(r.source);
    row.push_back(r.label);
    if (s.key == GroupKey::citation) row.push_back(r.meeting);
    row.push_back(std::to_string(r.matches));
    if (s.has_overdue) row.push_back(std::to_string(r.overdue));
    std::vector<bool> alert(row.size(), false);
    if (s.has_overdue) alert.back() = r.overdue > 0;
    g.rows.push_back(std::move(row));
    g.alert.push_back(std::move(alert));
  }
  return g;
}

}  // namespace mseg::query
