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

State deadline_state(const Deadline& deadline, Date as_of) {
  if (query::is_overdue(deadline, as_of)) return State::overdue;
  if (deadline.end) return *deadline.end < query::add_days(as_of, kDueSoonDays) ? State::due_soon : State::later;
  if (deadline.kind == DeadlineKind::ongoing) return State::ongoing;
  return State::none;
}

State tag_state(const Action& action, const Tag& tag, Date as_of) {
  return deadline_state(deadline_for(action, tag), as_of);
}

State action_state(const Action& action, Date as_of) {
  State s = State::none;
  for (const auto& tag : action.tags) s = std::min(s, tag_state(action, tag, as_of));
  if (action.tags.empty() && action.deadline) s = deadline_state(action.deadline->deadline, as_of);
  return s;
}

}  // namespace mseg::report
