#include "deadline_change.hpp"

#include <algorithm>
#include <optional>

#include <mseg/deadline.hpp>

namespace mseg::history {
namespace {

// "TBC" is no deadline, as the report counts it: "March 2008" -> "TBC" drops the deadline (a helper's finding: it
// read "changed", which docs/history.md keeps for words with no dates to compare).
bool any_deadline(const std::vector<Tag>& tags) {
  for (const auto& t : tags)
    if (!t.deadline.text.empty() && t.deadline.kind != DeadlineKind::tbd) return true;
  return false;
}

// Any deadline written at all, TBC included.
bool any_written(const std::vector<Tag>& tags) {
  return std::any_of(tags.begin(), tags.end(), [](const Tag& t) { return !t.deadline.text.empty(); });
}

bool any_ongoing(const std::vector<Tag>& tags) {
  for (const auto& t : tags)
    if (t.deadline.kind == DeadlineKind::ongoing) return true;
  return false;
}

}  // namespace

DeadlineMove classify_deadline(const std::vector<Tag>& old_tags, const std::vector<Tag>& new_tags, bool same) {
  if (same) return {};
  const bool had = any_deadline(old_tags), has = any_deadline(new_tags);
  // "TBC" -> "Ongoing" is made ongoing, as the docs' table says, not set (a review's finding, once TBC counted as
  // no deadline); "none" -> "Ongoing" stays set, as before.
  if (!had && has && !(any_written(old_tags) && any_ongoing(new_tags))) return {DeadlineChange::set, 0};
  if (had && !has) return {DeadlineChange::dropped, 0};
  if (any_ongoing(new_tags) && !any_ongoing(old_tags)) return {DeadlineChange::made_ongoing, 0};
  auto a = latest_deadline_end(old_tags), b = latest_deadline_end(new_tags);
  if (a && b && *a != *b) {
    const int months = months_between(*a, *b);
    if (*b > *a) return {DeadlineChange::extended, months};
    return {DeadlineChange::brought_forward, months};
  }
  return {DeadlineChange::changed, 0};
}

}  // namespace mseg::history
