#include <mseg/query_group.hpp>

#include <algorithm>
#include <map>
#include <tuple>

#include <mseg/registry.hpp>

#include <fmt/format.h>

#include "base/ascii.hpp"
#include "match_facts.hpp"

namespace mseg::query {
namespace {

// Collects rows by key, counting each match once per group even when several
// of its tags fall in the same group.
class Tally {
 public:
  // Returns the row's index.
  std::size_t add(const std::string& key, const GroupRow& proto, std::size_t match, bool overdue) {
    auto [it, fresh] = index_.try_emplace(key, rows_.size());
    if (fresh) {
      rows_.push_back(proto);
      last_match_.push_back(static_cast<std::size_t>(-1));
      overdue_seen_.push_back(static_cast<std::size_t>(-1));
    }
    const std::size_t r = it->second;
    if (last_match_[r] != match) {
      last_match_[r] = match;
      ++rows_[r].matches;
    }
    if (overdue && overdue_seen_[r] != match) {
      overdue_seen_[r] = match;
      ++rows_[r].overdue;
    }
    return r;
  }
  std::vector<GroupRow>& rows() { return rows_; }

 private:
  std::map<std::string, std::size_t> index_;
  std::vector<GroupRow> rows_;
  std::vector<std::size_t> last_match_;    // the match last counted in each row
  std::vector<std::size_t> overdue_seen_;  // the match last counted overdue in each row
};

}  // namespace

Summary group_matches(const std::vector<Match>& matches, const Query& q) {
  Summary s;
  s.key = q.group_by.value_or(GroupKey::owner);
  s.counts_actions_only = q.kinds.size() == 1 && q.kinds.front() == ElementKind::action;
  s.has_overdue = q.wants(ElementKind::action);
  Tally tally;
  // Documents known under two keys (the plans' Leaders' Statement 2005 is the Busan Declaration): one row, as
  // --cites finds both.
  const auto same = s.key == GroupKey::citation ? q.registry->same_documents()
                                                : std::map<std::string, std::string, std::less<>>{};
  // Deadline rows sort by date afterwards, undated ones by kind after them.
  using When = std::tuple<bool, Date, Date, int>;
  std::vector<When> when;
  const OwnerFilter owners(q.owners, q.aliases);

  for (std::size_t n = 0; n < matches.size(); ++n) {
    const Match& m = matches[n];
    switch (s.key) {
      case GroupKey::owner:
        for (std::size_t i : m.tags) {
          const Action& a = *m.element.action();
          const Tag& t = a.tags[i];
          // A tag with no time of its own answers for the deadline in the action's sentence ("... by March 2011.
          // Lead: Canada"), as --overdue, the CSV and the report count it.
          const bool overdue = is_overdue(deadline_for(a, t), q.as_of);
          for (const auto& o : t.owners) {
            // Only the owners asked for: "--owner Chair --group-by owner" is about the Chair.
            if (!owners.keeps(o)) continue;
            // By who it is: "MSEG Chair" and "Chair" are one row, and so are "Comité 1" and "COMITÉ 1", as --owner
            // and diff compare them (fold_owner_name).
            std::string label = q.aliases ? q.aliases->identity(o) : o.canonical ? *o.canonical : o.name;
            tally.add(fold_owner_name(label), GroupRow{"", label, 0, 0, {}}, n, overdue);
          }
        }
        break;
      case GroupKey::deadline: {
        auto add = [&](const Deadline& d) {
          std::string key = d.start && d.end ? to_string(*d.start) + ".." + to_string(*d.end)
                                             : std::string(to_string(d.kind)) + ":" + ascii::lower(d.text);
          const std::size_t r = tally.add(key, GroupRow{"", d.text, 0, 0, {}}, n, is_overdue(d, q.as_of));
          if (r == when.size())
            when.push_back(d.start && d.end ? When{false, *d.start, *d.end, 0}
                                            : When{true, Date{}, Date{}, static_cast<int>(d.kind)});
        };
        const Action* a = m.element.action();
        if (!a) break;  // a directive or priority asked for beside the actions: no deadline
        for (std::size_t i : m.tags) add(deadline_for(*a, a->tags[i]));  // a tag with no time: the sentence's
        if (m.tags.empty() && m.text_deadline) add(a->deadline->deadline);  // an action with no tag at all
        break;
      }
      case GroupKey::section:
        tally.add(m.source + '\n' + m.element.section->id, GroupRow{m.source, m.element.section->id, 0, 0, {}}, n,
                  any_overdue(m, q.as_of));
        break;
      case GroupKey::source:
        tally.add(m.source, GroupRow{m.source, m.source, 0, 0, {}}, n, any_overdue(m, q.as_of));
        break;
      case GroupKey::citation:
        // Only directives cite; the other kinds asked for beside them add no row.
        if (!m.element.directive()) break;
        for (const Citation& c : m.element.directive()->citations) {
          const std::shared_ptr<const CitationSource> r = q.registry->source_of(c);
          const GroupRow row{"", r ? r->key : c.key, 0, 0,
                             r ? fmt::format("{} ({})", r->meeting, r->place) : std::string("unresolved")};
          const auto doc = same.find(row.label);
          tally.add(doc == same.end() ? row.label : doc->second, row, n, false);
        }
        break;
    }
  }

  s.rows = std::move(tally.rows());
  if (s.key == GroupKey::owner) {
    // Who owes most first; then by name.
    std::stable_sort(s.rows.begin(), s.rows.end(), [](const GroupRow& a, const GroupRow& b) {
      if (a.matches != b.matches) return a.matches > b.matches;
      return ascii::lower(a.label) < ascii::lower(b.label);
    });
  } else if (s.key == GroupKey::deadline) {
    std::vector<std::size_t> order(s.rows.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return when[a] < when[b]; });
    std::vector<GroupRow> sorted;
    sorted.reserve(order.size());
    for (std::size_t i : order) sorted.push_back(std::move(s.rows[i]));
    s.rows = std::move(sorted);
  }
  return s;
}

}  // namespace mseg::query
