#include <doctest/doctest.h>

#include "query_test_util.hpp"

using namespace mseg;
using namespace mseg::query;
using namespace mseg::query::test;

TEST_CASE("sort: natural order of ids") {
  CHECK(natural_less("S2", "S10"));
  CHECK_FALSE(natural_less("S10", "S2"));
  CHECK(natural_less("S1.A2", "S1.A10"));
  CHECK(natural_less("S1.A10", "S2.A1"));
  CHECK(natural_less("S2.A1", "S10.A1"));
  CHECK(natural_less("S1", "S1.A1"));
  CHECK(natural_less("S1.A01", "S1.A2"));
  CHECK(natural_less("S1.D1", "S1.P1"));
  CHECK_FALSE(natural_less("S3", "S3"));
  CHECK_FALSE(natural_less("S03", "S3"));
}

TEST_CASE("sort: --sort id is natural and stable across files") {
  // Sort the actions of both samples by id; equal ids keep their file order.
  QueryOptions o;
  o.sort = "id";
  o.sections = {"S1"};
  auto q = compile_query(o, Date{2008, 1, 1});
  auto m = run_query(q, {Input{"hanoi", &hanoi()}, Input{"2007", &y2007()}});
  REQUIRE(m.size() == 14);
  CHECK(ids(m) == "S1.A1 S1.A1 S1.A2 S1.A2 S1.A3 S1.A3 S1.A4 S1.A4 S1.A5 S1.A5 S1.A6 S1.A7 S1.A8 S1.A9");
  CHECK(m[0].source == "hanoi");
  CHECK(m[1].source == "2007");
}

TEST_CASE("sort: S2 sorts before S10 in a plan with ten sections") {
  Plan plan;
  for (int i = 10; i >= 1; --i) {
    Section s;
    s.id = "S" + std::to_string(i);
    Action a;
    a.id = s.id + ".A1";
    s.actions.push_back(a);
    plan.sections.push_back(s);
  }
  QueryOptions o;
  o.sort = "id";
  auto m = run(o, plan);
  CHECK(ids(m) == "S1.A1 S2.A1 S3.A1 S4.A1 S5.A1 S6.A1 S7.A1 S8.A1 S9.A1 S10.A1");
}

TEST_CASE("sort: --sort deadline puts the earliest due first, undated last, ties in plan order") {
  QueryOptions o;
  o.sort = "deadline";
  o.sections = {"S1"};
  // S1.A2 and S1.A3 are due in October 2007 (their first tags); S1.A5 is ongoing.
  CHECK(ids(run(o, y2007())) == "S1.A2 S1.A3 S1.A1 S1.A4 S1.A5");
  // With an owner filter only the matched tags count: the Chair's S1.A2 tag is March 2008.
  o.owners = {"Chair"};
  CHECK(ids(run(o, y2007())) == "S1.A2 S1.A4");
  o.owners = {"Singapore", "Chair"};
  CHECK(ids(run(o, y2007())) == "S1.A3 S1.A2 S1.A4");
}

TEST_CASE("sort: --sort owner by the first owner, economies by their APEC name") {
  QueryOptions o;
  o.sort = "owner";
  o.sections = {"S3", "S4"};
  // australia, mseg, mseg chair, united states ("US"); stable within each.
  CHECK(ids(run(o, hanoi())) == "S3.A3 S4.A1 S3.A1 S3.A2 S4.A2");
  CHECK(ids(run(o, y2007())) == "S3.A3 S4.A1 S3.A1 S3.A2 S3.A5 S3.A4 S4.A3 S4.A2");
}
