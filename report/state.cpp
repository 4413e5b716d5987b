// States reuse the query engine's overdue test, so the page and
// `mseg query --overdue` never disagree about what is overdue.
#include <mseg/calendar_days.hpp>
#include <mseg/query.hpp>
#include <mseg/plan_report.hpp>

namespace mseg::report {

const char* to_string(State s) {
  switch (s) {
    case State::overdue: return "overdue";
    case State::due_soon: return "due-soon";
    case State::later: return "later";
    case State::ongoing: return "ongoing";
    case State::none: return "none";
  }
  return "none";
}

const char* label_of(State s) {
  switch (s) {
    case State::overdue: return "overdue";
    case State::due_soon: return "due soon";
    case State::later: return "later";
    case State::ongoing: return "ongoing";
    case State::none: return "no deadline";
  }
  return "no deadline";
}

State tag_state(const Tag& tag, Date as_of) {
  if (query::is_overdue(tag, as_of)) return State::overdue;
  if (tag.deadline.end) return *tag.deadline.end < query::add_days(as_of, kDueSoonDays) ? State::due_soon : State::later;
  if (tag.deadline.kind == DeadlineKind::ongoing) return State::ongoing;
  return State::none;
}

State action_state(const Action& action, Date as_of) {
  State s = State::none;
  for (const auto& tag : action.tags) s = std::min(s, tag_state(tag, as_of));
  return s;
}

}  // namespace mseg::report
