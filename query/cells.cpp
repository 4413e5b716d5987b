// Which columns each output shows, and what goes in them.
#include <algorithm>

#include "grid.hpp"
#include "match_facts.hpp"

namespace mseg::query {
namespace {

bool has(const std::vector<ElementKind>& kinds, ElementKind k) {
  return std::find(kinds.begin(), kinds.end(), k) != kinds.end();
}

// The sources as a table shows them: without the directory they all share
// ("samples/a.txt", "samples/b.txt" -> "a.txt", "b.txt"), which says nothing.
std::vector<std::string> short_sources(const std::vector<Match>& matches) {
  std::vector<std::string> out;
  out.reserve(matches.size());
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
  if (const auto slash = common.rfind('/'); slash != std::string_view::npos)
    common = common.substr(0, slash + 1);
  else
    common = {};
  for (const auto& m : matches) out.push_back(m.source.substr(common.size()));
  return out;
}

}  // namespace

Grid match_grid(const std::vector<Match>& matches, const FormatOptions& o) {
  const bool source = o.show_source;
  const bool kind = o.kinds.size() > 1;
  const bool tags = has(o.kinds, ElementKind::action);
  const bool cites = has(o.kinds, ElementKind::directive);
  Grid g;
  if (source) g.header.push_back("source");
  if (kind) g.header.push_back("kind");
  g.header.push_back("id");
  std::size_t deadline_column = 0;
  if (tags) {
    // The owners a query asked for are its answer: never cut them.
    g.keep_squeeze = o.owners_asked;
    g.squeeze_column = static_cast<int>(g.header.size());
    g.header.push_back("owners");
    deadline_column = g.header.size();
    g.header.push_back("deadline");
  }
  if (cites) g.header.push_back("cites");
  g.fit_column = static_cast<int>(g.header.size());
  g.header.push_back("text");
  g.numeric.assign(g.header.size(), false);
  // Everything but the short kind and id may wrap when the width is tight.
  g.wraps.assign(g.header.size(), true);
  for (std::size_t c = 0; c < g.header.size(); ++c)
    if (g.header[c] == "kind" || g.header[c] == "id") g.wraps[c] = false;

  const std::vector<std::string> sources = source ? short_sources(matches) : std::vector<std::string>();
  for (std::size_t i = 0; i < matches.size(); ++i) {
    const Match& m = matches[i];
    std::vector<std::string> row;
    if (source) row.push_back(sources[i]);
    if (kind) row.push_back(to_string(m.element.kind()));
    row.push_back(m.element.id());
    if (tags) {
      row.push_back(owners_text(m));
      row.push_back(deadlines_text(m));
    }
    if (cites) row.push_back(cites_text(m));
    row.push_back(text_of(m));
    std::vector<bool> alert(row.size(), false);
    if (tags) alert[deadline_column] = any_overdue(m, o.as_of);
    g.rows.push_back(std::move(row));
    g.alert.push_back(std::move(alert));
  }
  return g;
}

Grid full_match_grid(const std::vector<Match>& matches, Date as_of) {
  Grid g;
  g.header = {"source", "section", "kind", "id", "owners", "deadline", "due", "overdue", "cites", "text"};
  g.numeric.assign(g.header.size(), false);
  for (const auto& m : matches) {
    auto due = due_of(m);
    g.rows.push_back({m.source, m.element.section->id, to_string(m.element.kind()), m.element.id(), owners_text(m), deadlines_text(m),
                      due ? to_string(*due) : "", m.element.action() ? (any_overdue(m, as_of) ? "yes" : "no") : "",
                      cites_text(m), text_of(m)});
    g.alert.emplace_back(g.header.size(), false);
  }
  return g;
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
