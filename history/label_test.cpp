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

}  // namespace mseg
