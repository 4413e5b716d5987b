// build_history: threads over N plans from the diff's pairing of each plan
// with the next, dormant threads given a second chance against what is new.
#include <mseg/history.hpp>

#include <mseg/deadline.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_set>

#include <fmt/format.h>

#include "deadline_change.hpp"
#include "label.hpp"
#include "summary.hpp"

namespace mseg {
namespace {

// The plan's elements of each kind in document order: the indexes pairing uses.
std::array<std::vector<ElementRef>, 3> elements_of(const Plan& plan) {
  std::array<std::vector<ElementRef>, 3> out;
  for (const auto& s : plan.sections) {
    for (const auto& d : s.directives) out[0].push_back({&s, &d});
    for (const auto& p : s.priorities) out[1].push_back({&s, &p});
    for (const auto& a : s.actions) out[2].push_back({&s, &a});
  }
  return out;
}

bool same_deadline(const Deadline& a, const Deadline& b) {
  return a.text == b.text && a.kind == b.kind && a.start == b.start && a.end == b.end;
}

bool same_tag(const Tag& a, const Tag& b) {
  if (a.text != b.text || a.label != b.label || a.role != b.role || a.tentative != b.tentative ||
      a.collaborators != b.collaborators || !same_deadline(a.deadline, b.deadline) || a.owners.size() != b.owners.size())
    return false;
  for (std::size_t i = 0; i < a.owners.size(); ++i)
    if (a.owners[i].name != b.owners[i].name || a.owners[i].canonical != b.owners[i].canonical ||
        a.owners[i].economy != b.owners[i].economy)
      return false;
  return true;
}

// Whether two elements of one kind say the same in every field a step shows or
// compares (ids, numbers and places aside): most of a series is carried over
// unchanged, and then there is nothing to compare and the owners are the step
// before's.
bool same_content(const ElementRef& a, const ElementRef& b) {
  if (const Directive* d = a.directive()) {
    const Directive& e = *b.directive();
    if (d->text != e.text || d->citations.size() != e.citations.size()) return false;
    for (std::size_t i = 0; i < d->citations.size(); ++i) {
      const auto &x = d->citations[i], &y = e.citations[i];
      if (x.text != y.text || x.key != y.key || x.pinpoint != y.pinpoint) return false;
    }
    return true;
  }
  if (const Priority* p = a.priority()) {
    const Priority& q = *b.priority();
    if (p->title != q.title || p->items.size() != q.items.size()) return false;
    for (std::size_t i = 0; i < p->items.size(); ++i)
      if (p->items[i].text != q.items[i].text) return false;
    return true;
  }
  const Action &x = *a.action(), &y = *b.action();
  if (x.text != y.text || x.tags.size() != y.tags.size() || x.deadline.has_value() != y.deadline.has_value()) return false;
  if (x.deadline && !same_deadline(x.deadline->deadline, y.deadline->deadline)) return false;
  for (std::size_t i = 0; i < x.tags.size(); ++i)
    if (!same_tag(x.tags[i], y.tags[i])) return false;
  return true;
}

// `before`: the thread's previous step when the element is the same as there
// (same_content), whose owners and deadline are then this one's.
ThreadStep step_of(const ElementRef& f, const OwnerAliases& aliases, const ThreadStep* before = nullptr) {
  ThreadStep st;
  st.present = true;
  st.section = f.section->id;
  st.id = f.id();
  st.number = f.number();
  st.text = f.text();
  st.line = f.span().line;
  st.place = f.span().place;
  if (const Directive* directive = f.directive()) {
    for (const auto& c : directive->citations) st.citations.push_back(c.text);
  } else if (const Action* a = f.action()) {
    if (before) {
      st.owners = before->owners;
      st.deadline = before->deadline;
      return st;
    }
    std::set<std::string> seen, deadlines;
    for (const auto& t : a->tags) {
      for (const auto& o : t.owners) {
        auto who = aliases.identity(o);
        if (seen.insert(fold_owner_name(who)).second) st.owners.push_back(who);
      }
      // Each once, as query's columns list them (a helper's finding: "March 2008; March 2008" for two tags).
      const Deadline& d = deadline_for(*a, t);
      if (!d.text.empty() && deadlines.insert(d.text).second) st.deadline += (st.deadline.empty() ? "" : "; ") + d.text;
    }
    if (a->tags.empty() && a->deadline) st.deadline = a->deadline->deadline.text;
  }
  return st;
}

// Each owner's latest dated deadline among `tags`, by who they are, in the order first named; an owner of no
// dated tag has none.
std::vector<std::pair<std::string, std::optional<Date>>> latest_by_owner(const std::vector<Tag>& tags,
                                                                        const OwnerAliases& aliases) {
  std::vector<std::pair<std::string, std::optional<Date>>> out;
  std::map<std::string, std::size_t> at;
  for (const auto& t : tags)
    for (const auto& o : t.owners) {
      auto who = aliases.identity(o);
      auto [it, fresh] = at.try_emplace(fold_owner_name(who), out.size());
      if (fresh) out.emplace_back(std::move(who), std::nullopt);
      auto& end = out[it->second].second;
      if (t.deadline.end && (!end || *t.deadline.end > *end)) end = t.deadline.end;
    }
  return out;
}

// latest_by_owner keyed by the folded name, for looking an old owner up in the new plan.
std::map<std::string, std::optional<Date>> latest_by_folded_owner(const std::vector<Tag>& tags,
                                                                   const OwnerAliases& aliases) {
  std::map<std::string, std::optional<Date>> now;
  for (auto& [who, end] : latest_by_owner(tags, aliases)) now.emplace(fold_owner_name(who), end);
  return now;
}

// Whom an extension of the action's latest deadline is charged to (ThreadStep::slipped_by). "(Pilot –
// Australia/October 2007) (Chair/March 2008)" -> "(Chair/September 2008)": the Chair's deadline slipped 6
// months; Australia's pilot was dropped, not late (a helper's finding: Australia was charged too).
void charge_slip(const std::vector<Tag>& old_tags, const std::vector<Tag>& new_tags, int months,
                 const OwnerAliases& aliases, ThreadStep& st) {
  const auto latest = latest_deadline_end(old_tags), new_latest = latest_deadline_end(new_tags);
  const auto now = latest_by_folded_owner(new_tags, aliases);
  const auto old_owners = latest_by_owner(old_tags, aliases);
  // The new latest deadline is held by an owner named in both plans: the move is theirs, and an owner no longer
  // named did not hand it on (a review's finding: a dropped later pilot was charged the Chair's slip).
  bool kept_by_one_still_named = false;
  // Only an owner whose own old deadline had dates counts: it is charged its own move (a review's finding: one
  // whose old deadline was "ongoing" took the slip from the vanished owner, and nobody was charged).
  for (const auto& [who, end] : old_owners)
    if (const auto it = now.find(fold_owner_name(who)); end && it != now.end() && it->second && new_latest)
      kept_by_one_still_named = kept_by_one_still_named || *it->second == *new_latest;
  for (auto [who, end] : old_owners) {
    if (!end) continue;
    const auto still = now.find(fold_owner_name(who));
    if (still == now.end()) {
      // Handed on with the deadline that moved (it was theirs, and only owners new to the plan hold the new one).
      if (latest && *end == *latest && !kept_by_one_still_named) st.slipped_by.emplace_back(std::move(who), months);
    } else if (still->second && *still->second > *end) {
      st.slipped_by.emplace_back(std::move(who), history::months_between(*end, *still->second));
    }
  }
}

// The owners named in both plans whose own latest dated deadline moved a month or more later, each by its own
// months.
void charge_own_slips(const std::vector<Tag>& old_tags, const std::vector<Tag>& new_tags, const OwnerAliases& aliases,
                      ThreadStep& st) {
  const auto now = latest_by_folded_owner(new_tags, aliases);
  for (auto& [who, end] : latest_by_owner(old_tags, aliases))
    if (const auto still = now.find(fold_owner_name(who)); end && still != now.end() && still->second &&
                                                           *still->second > *end)
      if (const int months = history::months_between(*end, *still->second); months > 0)
        st.slipped_by.emplace_back(std::move(who), months);  // a whole month at least: days within one are no slip
}

// What changed from the thread's previous element `a` (its step `before`) to `b`.
void compare(const ElementRef& a, const ThreadStep& before, const ElementRef& b, ThreadStep& st,
             const OwnerAliases& aliases, const SameDocuments* documents) {
  auto fields = element_changes(a, b, aliases, documents);
  bool deadline_same = true;
  for (const auto& f : fields) {
    if (f.field == "text") {
      st.text_changed = true;
      st.text_diff = text_changes(f.old_values.front(), f.new_values.front());
    } else if (f.field == "deadline") {
      deadline_same = false;
    } else if (f.field == "citations") {
      st.citations_changed = true;
    }
  }
  if (a.action() && b.action()) {
    // Sets, not a search of the other list per owner: one tag may name tens of thousands.
    const std::unordered_set<std::string_view> had(before.owners.begin(), before.owners.end());
    const std::unordered_set<std::string_view> has(st.owners.begin(), st.owners.end());
    for (const auto& o : st.owners)
      if (!had.contains(o)) st.owners_added.push_back(o);
    for (const auto& o : before.owners)
      if (!has.contains(o)) st.owners_removed.push_back(o);
    std::vector<Tag> old_scratch, new_scratch;
    const std::vector<Tag>& old_tags = deadline_tags(*a.action(), old_scratch);
    const std::vector<Tag>& new_tags = deadline_tags(*b.action(), new_scratch);
    auto move = history::classify_deadline(old_tags, new_tags, deadline_same);
    st.deadline_change = move.change;
    st.months = move.months;
    if (move.change != DeadlineChange::none) st.deadline_before = before.deadline;
    if (move.change == DeadlineChange::extended) charge_slip(old_tags, new_tags, move.months, aliases, st);
    // The latest end unmoved (or earlier), one owner's own deadline later: "(Pilot – Australia/October 2007)
    // (Chair/March 2008)" -> "... December 2007) (Chair/March 2008)" is Australia's slip of 2 months (a helper's
    // finding: charged to no one, so --fail-on slipped passed).
    if (move.change == DeadlineChange::changed || move.change == DeadlineChange::brought_forward)
      charge_own_slips(old_tags, new_tags, aliases, st);
  }
}

// "2006:1D" when the plan numbers the element and no other thread took it, else "2006:S1.A3".
std::string thread_id(const std::string& label, const ThreadStep& st, std::unordered_set<std::string>& taken) {
  if (st.number) {
    auto id = fmt::format("{}:{}", label, *st.number);
    if (taken.insert(id).second) return id;
  }
  auto id = fmt::format("{}:{}", label, st.id);
  taken.insert(id);
  return id;
}

}  // namespace

History build_history(const std::vector<const Plan*>& plans, const HistoryOptions& options) {
  const OwnerAliases& aliases = options.aliases ? *options.aliases : builtin_aliases();
  History h;
  auto labels = history::plan_labels(plans);
  for (std::size_t i = 0; i < plans.size(); ++i) h.plans.push_back({labels[i], plans[i]->source});
  const std::size_t n = plans.size();

  std::vector<std::array<std::vector<ElementRef>, 3>> found;
  found.reserve(n);
  for (const Plan* p : plans) found.push_back(elements_of(*p));

  // The thread of each element of the plan before, and each thread's last element.
  std::array<std::vector<std::size_t>, 3> previous;
  std::vector<const ElementRef*> last_found;
  std::vector<SeriesElement> last_at;  // the same, as the pairing names it
  std::unordered_set<std::string> taken;
  SeriesPairing pairing(DiffOptions{options.threshold, &aliases, options.documents});
  for (const Plan* p : plans) pairing.add(*p);

  auto start = [&](std::size_t plan, std::size_t kind, std::size_t index) {
    const ElementRef& f = found[plan][kind][index];
    Thread t;
    t.kind = static_cast<ElementKind>(kind);
    t.first = t.last = plan;
    t.steps.resize(n);
    t.steps[plan] = step_of(f, aliases);
    t.id = thread_id(labels[plan], t.steps[plan], taken);
    h.threads.push_back(std::move(t));
    last_found.push_back(&f);
    last_at.push_back({static_cast<std::uint32_t>(plan), static_cast<std::uint32_t>(index)});
    return h.threads.size() - 1;
  };
  auto extend = [&](std::size_t thread, std::size_t plan, std::size_t kind, std::size_t index, bool rejoined) {
    const ElementRef& f = found[plan][kind][index];
    Thread& t = h.threads[thread];
    if (same_content(*last_found[thread], f)) {
      t.steps[plan] = step_of(f, aliases, &t.steps[t.last]);  // nothing changed: nothing to compare
    } else {
      ThreadStep st = step_of(f, aliases);
      compare(*last_found[thread], t.steps[t.last], f, st, aliases, options.documents);
      t.steps[plan] = std::move(st);
    }
    t.steps[plan].rejoined = rejoined;
    t.last = plan;
    last_found[thread] = &f;
    last_at[thread] = {static_cast<std::uint32_t>(plan), static_cast<std::uint32_t>(index)};
  };

  for (std::size_t k = 0; k < 3 && n > 0; ++k)
    for (std::size_t e = 0; e < found[0][k].size(); ++e) previous[k].push_back(start(0, k, e));

  for (std::size_t i = 1; i < n; ++i) {
    auto pairs = pairing.pair(static_cast<std::uint32_t>(i - 1), static_cast<std::uint32_t>(i));
    for (std::size_t k = 0; k < 3; ++k) {
      const auto& now = found[i][k];
      std::vector<std::size_t> current(now.size(), static_cast<std::size_t>(-1));
      for (const auto& p : pairs[k]) {
        current[p.new_index] = previous[k][p.old_index];
        extend(current[p.new_index], i, k, p.new_index, false);
      }
      // What is new may be a thread that skipped a plan or more: pair the
      // unpaired elements with the dormant threads' last elements.
      std::vector<std::size_t> dormant, fresh;
      for (std::size_t t = 0; t < h.threads.size(); ++t)
        if (static_cast<std::size_t>(h.threads[t].kind) == k && h.threads[t].last + 1 < i) dormant.push_back(t);
      for (std::size_t b = 0; b < now.size(); ++b)
        if (current[b] == static_cast<std::size_t>(-1)) fresh.push_back(b);
      if (!dormant.empty() && !fresh.empty()) {
        std::vector<SeriesElement> old_side, new_side;
        for (auto t : dormant) old_side.push_back(last_at[t]);
        for (auto b : fresh) new_side.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(b)});
        for (const auto& p : pairing.pair(static_cast<ElementKind>(k), old_side, new_side)) {
          current[fresh[p.new_index]] = dormant[p.old_index];
          extend(dormant[p.old_index], i, k, fresh[p.new_index], true);
        }
      }
      for (std::size_t b = 0; b < now.size(); ++b)
        if (current[b] == static_cast<std::size_t>(-1)) current[b] = start(i, k, b);
      previous[k] = std::move(current);
    }
  }

  for (auto& t : h.threads) {
    if (n > 1 && t.first == n - 1) t.status = ThreadStatus::new_in_last;
    else if (t.last == n - 1) t.status = ThreadStatus::carried_through;
    else t.status = ThreadStatus::ended;
    std::set<std::string> seen;
    for (const auto& st : t.steps) {
      for (const auto& o : st.owners)
        if (seen.insert(fold_owner_name(o)).second) t.owners.push_back(o);
      if (st.deadline_change == DeadlineChange::extended) {
        ++t.slips;
        t.months_slipped += st.months;
      } else if (!st.slipped_by.empty()) {
        // One owner's own deadline later, the action's latest not: a slip of the longest own move.
        ++t.slips;
        int most = 0;
        for (const auto& [who, months] : st.slipped_by) most = std::max(most, months);
        t.months_slipped += most;
      }
    }
  }
  // By first appearance, then document order (kind, then position) in that plan.
  std::stable_sort(h.threads.begin(), h.threads.end(), [](const Thread& a, const Thread& b) {
    if (a.first != b.first) return a.first < b.first;
    return a.steps[a.first].line < b.steps[b.first].line;
  });
  h.owners = history::owner_summaries(h.threads);
  return h;
}

const char* to_string(DeadlineChange c) {
  switch (c) {
    case DeadlineChange::none: return "none";
    case DeadlineChange::extended: return "extended";
    case DeadlineChange::brought_forward: return "brought forward";
    case DeadlineChange::made_ongoing: return "made ongoing";
    case DeadlineChange::dropped: return "dropped";
    case DeadlineChange::set: return "set";
    case DeadlineChange::changed: return "changed";
  }
  return "none";
}

const char* to_string(ThreadStatus s) {
  switch (s) {
    case ThreadStatus::carried_through: return "carried through";
    case ThreadStatus::ended: return "ended";
    case ThreadStatus::new_in_last: return "new";
  }
  return "ended";
}

std::optional<ThreadStatus> thread_status_from_string(std::string_view s) {
  if (s == "carried" || s == "carried through" || s == "carried-through") return ThreadStatus::carried_through;
  if (s == "ended") return ThreadStatus::ended;
  if (s == "new") return ThreadStatus::new_in_last;
  return std::nullopt;
}

}  // namespace mseg
