#include "summary.hpp"

#include <algorithm>
#include <map>

namespace mseg::history {

std::vector<OwnerHistory> owner_summaries(const std::vector<Thread>& threads) {
  std::map<std::string, OwnerHistory> by_owner;
  std::map<std::string, std::vector<int>> slips;
  for (const auto& t : threads) {
    if (t.kind != ElementKind::action) continue;
    for (const auto& o : t.owners) {
      auto key = fold_owner_name(o);
      auto& s = by_owner[key];
      if (s.owner.empty()) s.owner = o;
      ++s.held;
      if (t.status == ThreadStatus::carried_through) ++s.carried;
      else if (t.status == ThreadStatus::ended) ++s.ended;
      else ++s.new_in_last;
    }
    // A slip is charged to those whose deadline slipped, by their own months (ThreadStep::slipped_by), not to
    // every owner of the action before: an owner whose own, earlier deadline was dropped did not slip.
    for (const auto& st : t.steps) {
      if (!st.present) continue;
      // On an extension, or where an owner's own deadline moved later while the action's latest did not.
      for (const auto& [o, months] : st.slipped_by) {
        auto key = fold_owner_name(o);
        auto& s = by_owner[key];
        if (s.owner.empty()) s.owner = o;
        ++s.slips;
        s.months_total += months;
        slips[key].push_back(months);
      }
    }
  }
  std::vector<OwnerHistory> out;
  for (auto& [key, s] : by_owner) {
    auto& m = slips[key];
    if (!m.empty()) {
      std::sort(m.begin(), m.end());
      std::size_t mid = m.size() / 2;
      s.months_median = m.size() % 2 ? m[mid] : (m[mid - 1] + m[mid]) / 2.0;
    }
    out.push_back(s);
  }
  std::stable_sort(out.begin(), out.end(), [](const OwnerHistory& a, const OwnerHistory& b) {
    if (a.held != b.held) return a.held > b.held;
    return fold_owner_name(a.owner) < fold_owner_name(b.owner);
  });
  return out;
}

}  // namespace mseg::history
