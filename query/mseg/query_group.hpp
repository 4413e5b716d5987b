// `mseg query --group-by`: a summary of the matches per owner, deadline,
// section or source file, with how many are overdue.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <mseg/query.hpp>

namespace mseg::query {

// One line of the summary.
struct GroupRow {
  std::string source;         // the file; set only when grouping by section or source
  std::string label;          // the owner, deadline text or section id; the file for source; the
                              // resolved document's key for citation (the plan's key when unresolved)
  std::size_t matches = 0;    // matched elements in the group
  std::size_t overdue = 0;    // of those, actions with a matched tag overdue at --as-of
  std::string meeting;        // for citation: "4th APEC Transportation Ministerial Meeting (Bali, Indonesia)"
};

struct Summary {
  GroupKey key = GroupKey::owner;
  bool counts_actions_only = true;  // every match is an action: the count column reads "actions"
  bool has_overdue = true;          // actions were asked for, so overdue counts mean something
  std::vector<GroupRow> rows;       // in the order documented in docs/query.md
};

// Groups matches by the query's group key (which must be set). An action
// counts once in each group one of its matched tags belongs to.
Summary group_matches(const std::vector<Match>& matches, const Query& query);

}  // namespace mseg::query
