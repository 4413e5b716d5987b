// `mseg report`: a plan as one self-contained HTML page for people: a header
// with counts, a deadline timeline per owner, the plan as a filterable table
// and what changed since older plans (docs/report.md).
#pragma once

#include <string>
#include <vector>

#include <mseg/diff.hpp>
#include <mseg/owners.hpp>
#include <mseg/plan.hpp>
#include <mseg/text_sink.hpp>

namespace mseg::report {

// Where an action stands on the as-of date, most urgent first.
enum class State { overdue, due_soon, later, ongoing, none };

// A dated deadline ending within this many days of the as-of date is due soon.
inline constexpr int kDueSoonDays = 90;

const char* to_string(State s);  // "overdue", "due-soon", "later", "ongoing", "none": CSS classes, filter values
const char* label_of(State s);   // "overdue", "due soon", "later", "ongoing", "no deadline": what the page says

// A tag's state: overdue as `mseg query --overdue` counts it, due soon when it
// ends in the next kDueSoonDays days, later after that; ongoing; none for TBC,
// meeting-relative and unread deadlines.
State deadline_state(const Deadline& deadline, Date as_of);
// The state of the deadline a tag of `action` answers for (deadline_for: its
// own, else the one in the action's text).
State tag_state(const Action& action, const Tag& tag, Date as_of);

// The most urgent state of the action's tags; an action without tags: its
// text's deadline, else none.
State action_state(const Action& action, Date as_of);

// An older plan to compare with.
struct Since {
  std::string source;  // as given on the command line
  const Plan* plan = nullptr;
};

struct ReportOptions {
  Date as_of;                 // the day states are counted from
  std::string source;         // the plan's file as given on the command line
  std::vector<Since> since;   // the timeline marks changes since the first of these
  const OwnerAliases* aliases = nullptr;  // who is who, for the owners' lanes; null: the built-in table
  const SameDocuments* documents = nullptr;  // citations that name one document, for --since's diff (as diff's)
};

// The whole page. Every string of the plans is escaped; the page loads nothing.
std::string render_report(const Plan& plan, const ReportOptions& options);
// The same page handed to `sink` as it is made (<mseg/text_sink.hpp>): a page is
// five times its plan.
void render_report(const Plan& plan, const ReportOptions& options, const TextSink& sink);

}  // namespace mseg::report
