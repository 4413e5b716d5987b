#include "deadline_change.hpp"

#include <doctest/doctest.h>

namespace mseg::history {
namespace {

Tag tag(const char* text, DeadlineKind kind, std::optional<Date> end) {
  Tag t;
  t.deadline.text = text;
  t.deadline.kind = kind;
  t.deadline.end = end;
  return t;
}

}  // namespace

TEST_CASE("a later end date is an extension, counted in months") {
  auto m = classify_deadline({tag("September 2006", DeadlineKind::month, Date{2006, 9, 30})},
                             {tag("March 2008", DeadlineKind::month, Date{2008, 3, 31})}, false);
  CHECK(m.change == DeadlineChange::extended);
  CHECK(m.months == 18);
}

TEST_CASE("an earlier end date is brought forward, Ongoing, none and words are named apart") {
  auto later = tag("March 2008", DeadlineKind::month, Date{2008, 3, 31});
  auto earlier = tag("October 2007", DeadlineKind::month, Date{2007, 10, 31});
  auto m = classify_deadline({later}, {earlier}, false);
  CHECK(m.change == DeadlineChange::brought_forward);
  CHECK(m.months == -5);
  CHECK(classify_deadline({later}, {tag("Ongoing", DeadlineKind::ongoing, std::nullopt)}, false).change ==
        DeadlineChange::made_ongoing);
  CHECK(classify_deadline({later}, {Tag{}}, false).change == DeadlineChange::dropped);
  CHECK(classify_deadline({Tag{}}, {later}, false).change == DeadlineChange::set);
  // TBC is none, as the report counts it (a helper's finding: "March 2008 -> TBC" read "changed").
  const auto tbc = tag("TBC", DeadlineKind::tbd, std::nullopt);
  CHECK(classify_deadline({later}, {tbc}, false).change == DeadlineChange::dropped);
  CHECK(classify_deadline({tbc}, {later}, false).change == DeadlineChange::set);
  // TBC -> Ongoing is made ongoing (a review's finding: it read "set"); none -> Ongoing is set, as before.
  const auto ongoing = tag("Ongoing", DeadlineKind::ongoing, std::nullopt);
  CHECK(classify_deadline({tbc}, {ongoing}, false).change == DeadlineChange::made_ongoing);
  CHECK(classify_deadline({Tag{}}, {ongoing}, false).change == DeadlineChange::set);
  CHECK(classify_deadline({tag("next meeting", DeadlineKind::unknown, std::nullopt)},
                          {tag("the meeting after", DeadlineKind::unknown, std::nullopt)}, false)
            .change == DeadlineChange::changed);
  CHECK(classify_deadline({later}, {later}, true).change == DeadlineChange::none);
}

}  // namespace mseg::history
