#include "label.hpp"

#include <doctest/doctest.h>

namespace mseg {
namespace {

Plan plan(const char* path, std::optional<std::string> meeting = std::nullopt) {
  Plan p;
  p.source.path = path;
  p.meeting = std::move(meeting);
  return p;
}

Plan dated(const char* path, Date start, std::optional<std::string> meeting = std::nullopt) {
  Plan p = plan(path, std::move(meeting));
  p.meeting_dates = MeetingDates{"", start, start};
  return p;
}

}  // namespace

TEST_CASE("a plan's year: meeting first, then title, then file name, never part of a longer number") {
  CHECK(plan_year(plan("samples/mseg-workplan-2006-hanoi.txt")) == 2006);
  CHECK(plan_year(plan("x-2007.txt", std::string("TPTWG 30, Lima 2008"))) == 2008);
  CHECK(plan_year(plan("plan-12006.txt")) == std::nullopt);
  CHECK(plan_year(plan("dir-2009/plan.txt")) == std::nullopt);
}

TEST_CASE("labels: years, P<n> without one, a shared year numbered") {
  Plan a = plan("a-2007.txt"), b = plan("b.txt"), c = plan("c-2007.txt");
  CHECK(history::plan_labels({&a, &b, &c}) == std::vector<std::string>{"2007", "P2", "2007-2"});
}

TEST_CASE("meeting order: by year, plans without one last, then by file name") {
  Plan a = plan("z-2009.txt"), b = plan("nodate.txt"), c = plan("b-2007.txt"), d = plan("a-2007.txt");
  CHECK(meeting_order({&a, &b, &c, &d}) == std::vector<std::size_t>{3, 2, 0, 1});
}

TEST_CASE("the cover sheet's meeting dates come first: year, order and the order's warning") {
  // A helper's finding: a title's "2010-2011" and the file names put a 2012 meeting's plan before a 2010 one.
  Plan late = dated("tptwg-a.txt", Date{2012, 7, 30}, std::string("Work Plan 2010-2011"));
  Plan early = dated("tptwg-b.txt", Date{2010, 9, 23}, std::string("Work Plan 2010-2011"));
  CHECK(plan_year(late) == 2012);
  CHECK(meeting_order({&late, &early}) == std::vector<std::size_t>{1, 0});
  CHECK(out_of_meeting_order({&late, &early}) == "tptwg-a.txt (2012-07-30) is given before tptwg-b.txt (2010-09-23)");
  CHECK(out_of_meeting_order({&early, &late}) == std::nullopt);
  // One year, two meetings: their first days order them, and warn when given the other way.
  Plan march = dated("z.txt", Date{2008, 3, 10}), sept = dated("a.txt", Date{2008, 9, 1});
  CHECK(meeting_order({&sept, &march}) == std::vector<std::size_t>{1, 0});
  CHECK(out_of_meeting_order({&sept, &march}) == "a.txt (2008-09-01) is given before z.txt (2008-03-10)");
  // A plan of that year without dates is not known to be earlier or later: no warning either way.
  Plan undated = plan("b-2008.txt");
  CHECK(out_of_meeting_order({&sept, &undated, &march}) == "a.txt (2008-09-01) is given before z.txt (2008-03-10)");
  CHECK(out_of_meeting_order({&sept, &undated}) == std::nullopt);
  CHECK(out_of_meeting_order({&undated, &march}) == std::nullopt);
  // Given first, the undated plan hides nothing (a review's finding: no warning).
  CHECK(out_of_meeting_order({&undated, &sept, &march}) == "a.txt (2008-09-01) is given before z.txt (2008-03-10)");
  CHECK(out_of_meeting_order({&undated, &march, &sept}) == std::nullopt);
}

}  // namespace mseg
