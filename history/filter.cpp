// filter_history: the threads a user asked for, owner figures recounted over them.
#include <mseg/history.hpp>

#include <algorithm>
#include <memory>
#include <stdexcept>

#include <fmt/format.h>
#include <re2/re2.h>

#include "summary.hpp"

namespace mseg {

History filter_history(const History& h, const HistoryFilter& f, const OwnerAliases& aliases) {
  std::vector<std::unique_ptr<re2::RE2>> greps;
  for (const auto& pattern : f.greps) {
    re2::RE2::Options options;
    options.set_log_errors(false);
    auto re = std::make_unique<re2::RE2>(pattern, options);
    if (!re->ok()) throw std::invalid_argument(fmt::format("--grep: invalid pattern '{}': {}", pattern, re->error()));
    greps.push_back(std::move(re));
  }
  std::vector<std::string> owners;
  for (const auto& o : f.owners) owners.push_back(fold_owner_name(aliases.identity(o)));

  History out;
  out.plans = h.plans;
  for (const auto& t : h.threads) {
    if (!f.kinds.empty() && std::find(f.kinds.begin(), f.kinds.end(), t.kind) == f.kinds.end()) continue;
    if (!f.statuses.empty() && std::find(f.statuses.begin(), f.statuses.end(), t.status) == f.statuses.end()) continue;
    if (f.slipped && t.slips == 0) continue;
    if (!owners.empty() && std::none_of(t.owners.begin(), t.owners.end(), [&](const std::string& o) {
          return std::find(owners.begin(), owners.end(), fold_owner_name(o)) != owners.end();
        }))
      continue;
    // A repeated --grep matches any of its patterns, as query's and as the other repeated filters here do (a new
    // user's finding: it took all, against docs/history.md).
    const bool any = greps.empty() || std::any_of(greps.begin(), greps.end(), [&](const std::unique_ptr<re2::RE2>& re) {
      return std::any_of(t.steps.begin(), t.steps.end(),
                         [&](const ThreadStep& st) { return st.present && re2::RE2::PartialMatch(st.text, *re); });
    });
    if (!any) continue;
    out.threads.push_back(t);
  }
  out.owners = history::owner_summaries(out.threads);
  return out;
}

}  // namespace mseg
