// Plans over time (docs/history.md): every directive, priority and action
// followed from plan to plan as a thread, by the diff's pairing applied to
// each plan and the next, an element that skipped plans rejoining its thread.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <mseg/diff.hpp>
#include <mseg/owners.hpp>
#include <mseg/plan.hpp>

namespace mseg {

struct HistoryOptions {
  double threshold = kDefaultDiffThreshold;  // as diff's --threshold
  const OwnerAliases* aliases = nullptr;     // null: the built-in table
  const SameDocuments* documents = nullptr;  // citations that name one document, as diff's (null: each key its own)
};

// How a deadline changed from one plan to the next the thread is in.
enum class DeadlineChange {
  none,             // the same
  extended,         // the latest end date is later: a slip
  brought_forward,  // earlier
  made_ongoing,     // a dated deadline became "Ongoing"
  dropped,          // had a deadline, has none
  set,              // had none, has one
  changed,          // different words, no dates to compare
};

// A thread in one plan.
struct ThreadStep {
  bool present = false;
  // What the element is in this plan (present only).
  std::string id;                     // "S1.A3"
  std::optional<std::string> number;  // "1D"
  std::string section;                // "S1"
  std::string text;
  std::vector<std::string> owners;     // by who they are (aliases), in tag order, once each
  std::string deadline;                // every tag's, each once, "; " between
  std::vector<std::string> citations;  // as written
  std::uint32_t line = 0;               // its span's line: for a .docx or .pdf, of the text mseg laid it out as
  const Place* place = nullptr;        // where it is in a .docx or .pdf (its span's); null in a text plan
  // What changed since the thread's previous plan (present, not first).
  bool rejoined = false;             // absent from the plan just before
  bool text_changed = false;
  std::vector<TextOp> text_diff;     // when the text changed
  std::vector<std::string> owners_added, owners_removed;
  DeadlineChange deadline_change = DeadlineChange::none;
  std::string deadline_before;       // the deadline in the thread's previous plan, when it changed
  int months = 0;                    // latest end date moved by this many months (+ later, - earlier)
  // On an extension, whom it is charged to, each by how many months: an owner in both plans whose own latest
  // deadline moved later, by its own move; an owner the new plan no longer names who held the deadline that
  // moved (the latest), by the action's move. On a change that left the latest end where it was or brought it
  // forward, an owner in both plans whose own latest deadline moved later, by its own move. Owners by who they are.
  std::vector<std::pair<std::string, int>> slipped_by;
  bool citations_changed = false;
};

enum class ThreadStatus {
  carried_through,  // in the last plan, and in an earlier one
  ended,            // not in the last plan: done or dropped (the plans do not say which)
  new_in_last,      // first seen in the last plan
};

struct Thread {
  std::string id;  // where it first appeared: "2006:1D", "2006:S1.A3"
  ElementKind kind = ElementKind::action;
  std::size_t first = 0;  // index of the plan it first appears in
  std::size_t last = 0;   // ... and last
  ThreadStatus status = ThreadStatus::carried_through;
  std::vector<ThreadStep> steps;  // one per plan, in plan order
  std::vector<std::string> owners;  // everyone who ever owned it, by who they are, first seen first
  std::size_t slips = 0;            // deadline extensions
  int months_slipped = 0;           // months over all extensions
};

struct HistoryPlan {
  std::string label;  // "2006": the plan's year (meeting, title or file name), else "P1"
  Source source;
  // The file the plan was read from, as the user gave it, when that is not
  // source.path (plan JSON names the text it was parsed from): the text and
  // markdown formats show both, so two edited copies of one plan are told apart.
  std::string file = {};
};

// How the text formats name a plan's file: "hand1.json, from plan.txt", or source.path.
std::string plan_file_label(const HistoryPlan& p);

// Per owner, over action threads it owned in any plan.
struct OwnerHistory {
  std::string owner;
  std::size_t held = 0;     // threads
  std::size_t carried = 0;  // ... carried through
  std::size_t ended = 0;
  std::size_t new_in_last = 0;
  std::size_t slips = 0;      // extensions of deadlines it held (the owners before the extension)
  int months_total = 0;       // months slipped in all
  double months_median = 0;   // the median slip, in months (0 without slips)
};

struct History {
  std::vector<HistoryPlan> plans;
  std::vector<Thread> threads;       // by first appearance, then document order
  std::vector<OwnerHistory> owners;  // most held first, then by name
};

// Follows every element through `plans` (in this order).
History build_history(const std::vector<const Plan*>& plans, const HistoryOptions& options = {});

// The plan's year as its front matter or file name says it: the cover sheet's
// meeting dates, then the first 19xx or 20xx standing alone in the meeting line,
// the title, the file name.
std::optional<int> plan_year(const Plan& plan);

// Indexes of `plans` ordered by plan_year (plans without one last), in one year
// by the meeting's first day where the cover sheet gives it, then by file name;
// stable.
std::vector<std::size_t> meeting_order(const std::vector<const Plan*>& plans);

// When the plans' years (plan_year) go backwards in the order given: the first
// pair, "meg-sec-workplan-2007.txt (2007) before mseg-workplan-2006-hanoi.txt
// (2006)". A history reads them as given, so its slips and new elements would be
// read backwards: the CLI warns. nullopt when the order agrees with the years.
std::optional<std::string> out_of_meeting_order(const std::vector<const Plan*>& plans);

// What the user can ask of a history (as query's options).
struct HistoryFilter {
  std::vector<std::string> owners;          // any of them owned the thread in some plan (by who they are)
  std::vector<ElementKind> kinds;           // empty: all
  std::vector<ThreadStatus> statuses;       // empty: all
  std::vector<std::string> greps;           // RE2 patterns: each matches some plan's text of the thread
  bool slipped = false;                     // only threads with a deadline extension
};

// The history with only the threads the filter keeps; owner summaries recounted.
// Throws std::invalid_argument for a --grep pattern RE2 refuses.
History filter_history(const History& h, const HistoryFilter& f, const OwnerAliases& aliases);

// Names used in output.
const char* to_string(DeadlineChange c);  // "extended", "brought forward", ...
const char* to_string(ThreadStatus s);    // "carried through", "ended", "new"
std::optional<ThreadStatus> thread_status_from_string(std::string_view s);  // "carried", "ended", "new"

}  // namespace mseg
