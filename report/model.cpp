#include "model.hpp"

#include <algorithm>
#include <unordered_set>

#include "base/ascii.hpp"

namespace mseg::report {
namespace {

using ascii::lower;

bool less_nocase(const std::string& a, const std::string& b) {
  return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                      [](char x, char y) { return lower(x) < lower(y); });
}

// The timeline marks an action by its change since the first older plan;
// a deadline moved later ("extended") is a slip, the thing a meeting asks about.
std::map<std::string, Mark> marks_of(const PlanDiff& diff) {
  std::map<std::string, Mark> out;
  for (const auto& c : diff.changes) {
    if (c.kind != ElementKind::action || !c.new_element) continue;
    Mark m = Mark::none;
    if (c.change == ChangeKind::added) m = Mark::added;
    if (c.change == ChangeKind::modified || c.change == ChangeKind::moved) m = Mark::changed;
    for (const auto& f : c.fields)
      if (f.field == "deadline" && f.direction == "extended") m = Mark::slipped;
    if (m != Mark::none) out[c.new_element->id()] = m;
  }
  return out;
}

}  // namespace

std::string lane_key(const Owner& owner, const OwnerAliases& aliases) {
  return fold_owner_name(aliases.identity(owner));
}

const char* mark_name(Mark m) {
  switch (m) {
    case Mark::added: return "new";
    case Mark::changed: return "changed";
    case Mark::slipped: return "slipped";
    case Mark::none: return "";
  }
  return "";
}

Model build_model(const Plan& plan, const ReportOptions& options) {
  Model m;
  m.plan = &plan;
  m.options = options;
  // Compared as `mseg diff` compares them: owners by the user's aliases, citations by their documents (a review's
  // finding: the Busan Declaration for the plans' Leaders' Statement 2005 was 3 directives modified here alone).
  for (const auto& since : options.since)
    m.diffs.push_back(
        diff_plans(*since.plan, plan, DiffOptions{kDefaultDiffThreshold, options.aliases, options.documents}));
  const auto marks = m.diffs.empty() ? std::map<std::string, Mark>{} : marks_of(m.diffs.front());

  // A lane per owner by who it is, as query --group-by owner counts them: "MSEG Secretariat" and "Secretariat" are
  // one lane (a helper's finding: two lanes, and one owner more in the header than query counted). An economy is
  // named by its APEC name, any other owner as first written.
  const OwnerAliases& aliases = options.aliases ? *options.aliases : builtin_aliases();
  struct Named {
    std::string name;
    bool economy;
    std::vector<std::string> written;
  };
  std::map<std::string, Named> owners;  // lane_key -> its name
  for (const auto& s : plan.sections)
    for (const auto& a : s.actions)
      for (const auto& t : a.tags)
        for (const auto& o : t.owners) {
          const bool economy = o.economy && o.canonical;
          auto& named = owners.try_emplace(lane_key(o, aliases), Named{economy ? *o.canonical : o.name, economy, {}})
                            .first->second;
          if (std::find(named.written.begin(), named.written.end(), o.name) == named.written.end())
            named.written.push_back(o.name);
        }
  std::vector<std::pair<std::string, Named>> sorted(owners.begin(), owners.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    if (a.second.economy != b.second.economy) return a.second.economy;  // economies first
    return less_nocase(a.second.name, b.second.name);
  });
  std::map<std::string, std::size_t> index;
  for (const auto& [key, named] : sorted) {
    index[key] = m.lanes.size();
    m.lanes.push_back(Lane{named.name, named.economy, "o" + std::to_string(m.lanes.size()), named.written});
  }

  for (const auto& s : plan.sections)
    for (const auto& a : s.actions) {
      ActionView v;
      v.section = &s;
      v.action = &a;
      v.state = action_state(a, options.as_of);
      if (auto it = marks.find(a.id); it != marks.end()) v.mark = it->second;
      for (const auto& t : a.tags) {
        std::vector<std::size_t> lanes;
        std::unordered_set<std::size_t> seen;  // a tag may name thousands of owners: no search of the list per owner
        for (const auto& o : t.owners) {
          std::size_t lane = index.at(lane_key(o, aliases));
          if (seen.insert(lane).second) lanes.push_back(lane);
        }
        v.lanes.push_back(std::move(lanes));
      }
      m.actions.push_back(std::move(v));
    }
  return m;
}

}  // namespace mseg::report
