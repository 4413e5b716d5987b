// How a deadline changed between two plans, in the words delegates use.
#pragma once

#include <vector>

#include <mseg/history.hpp>

namespace mseg::history {

struct DeadlineMove {
  DeadlineChange change = DeadlineChange::none;
  int months = 0;  // latest end date moved by this many months
};

// Months from `a`'s month to `b`'s: September 2006 -> March 2008 is 18 (negative when `b` is earlier).
inline int months_between(const Date& a, const Date& b) { return (b.year * 12 + b.month) - (a.year * 12 + a.month); }

// `same` says the diff found no deadline change (same kinds and dates, or words).
DeadlineMove classify_deadline(const std::vector<Tag>& old_tags, const std::vector<Tag>& new_tags, bool same);

}  // namespace mseg::history
