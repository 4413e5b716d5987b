#include <mseg/history.hpp>

#include <doctest/doctest.h>

namespace mseg {
namespace {

History sample() {
  History h;
  h.plans.resize(2);
  Thread a;
  a.id = "2006:S1.A1";
  a.owners = {"Chair"};
  a.steps.resize(2);
  a.steps[0].present = true;
  a.steps[0].text = "Draft the guide";
  a.slips = 1;
  Thread b = a;
  b.id = "2006:S1.A2";
  b.owners = {"Peru"};
  b.status = ThreadStatus::ended;
  b.steps[0].text = "Hold the workshop";
  b.slips = 0;
  Thread d;
  d.id = "2006:1A";
  d.kind = ElementKind::directive;
  d.steps.resize(2);
  h.threads = {a, b, d};
  return h;
}

}  // namespace

TEST_CASE("filters: owner by who it is, kind, status, grep, slipped") {
  const auto& aliases = builtin_aliases();
  HistoryFilter f;
  f.owners = {"MSEG Chair"};
  auto h = filter_history(sample(), f, aliases);
  REQUIRE(h.threads.size() == 1);
  CHECK(h.threads[0].id == "2006:S1.A1");
  CHECK(h.owners.size() == 1);

  f = {};
  f.kinds = {ElementKind::directive};
  CHECK(filter_history(sample(), f, aliases).threads.size() == 1);
  f = {};
  f.statuses = {ThreadStatus::ended};
  CHECK(filter_history(sample(), f, aliases).threads.at(0).id == "2006:S1.A2");
  f = {};
  f.greps = {"work(shop)?"};
  CHECK(filter_history(sample(), f, aliases).threads.at(0).id == "2006:S1.A2");
  // Repeated, any of the patterns (as query's --grep).
  f.greps = {"workshop", "guide"};
  CHECK(filter_history(sample(), f, aliases).threads.size() == 2);
  f.greps = {"workshop", "nothing"};
  CHECK(filter_history(sample(), f, aliases).threads.size() == 1);
  f = {};
  f.slipped = true;
  CHECK(filter_history(sample(), f, aliases).threads.at(0).id == "2006:S1.A1");
  f = {};
  f.greps = {"("};
  CHECK_THROWS_AS(filter_history(sample(), f, aliases), std::invalid_argument);
}

}  // namespace mseg
