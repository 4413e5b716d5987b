#include "summary.hpp"

#include <doctest/doctest.h>

namespace mseg::history {
namespace {

Thread thread(ThreadStatus status, std::vector<std::string> owners, std::vector<int> slips) {
  Thread t;
  t.status = status;
  t.owners = std::move(owners);
  t.steps.resize(slips.size() + 1);
  for (auto& st : t.steps) {
    st.present = true;
    st.owners = t.owners;
  }
  for (std::size_t i = 0; i < slips.size(); ++i) {
    t.steps[i + 1].deadline_change = slips[i] > 0 ? DeadlineChange::extended : DeadlineChange::none;
    t.steps[i + 1].months = slips[i];
    if (slips[i] > 0)
      for (const auto& o : t.owners) t.steps[i + 1].slipped_by.emplace_back(o, slips[i]);
  }
  return t;
}

}  // namespace

TEST_CASE("per owner: held, how the threads ended, slips with total and median months") {
  // Slips go to the owners who held the deadline that moved: here the same owners throughout.
  std::vector<Thread> threads = {thread(ThreadStatus::carried_through, {"Chair", "Australia"}, {6, 12}),
                                 thread(ThreadStatus::ended, {"Chair"}, {3}),
                                 thread(ThreadStatus::new_in_last, {"Peru"}, {})};
  Thread directive = thread(ThreadStatus::ended, {"Chair"}, {});
  directive.kind = ElementKind::directive;
  threads.push_back(directive);
  auto s = owner_summaries(threads);
  REQUIRE(s.size() == 3);
  CHECK(s[0].owner == "Chair");
  CHECK(s[0].held == 2);
  CHECK(s[0].carried == 1);
  CHECK(s[0].ended == 1);
  CHECK(s[0].slips == 3);
  CHECK(s[0].months_total == 21);
  CHECK(s[0].months_median == 6);
  CHECK(s[1].owner == "Australia");
  CHECK(s[1].months_median == doctest::Approx(9));
  CHECK(s[2].owner == "Peru");
  CHECK(s[2].new_in_last == 1);
  CHECK(s[2].slips == 0);
}

TEST_CASE("a slip is charged to whoever held the deadline that slipped, not to who took it over") {
  Thread t;
  t.owners = {"Australia", "Lead Economies"};
  t.steps.resize(2);
  t.steps[0].present = t.steps[1].present = true;
  t.steps[0].owners = {"Australia"};
  t.steps[1].owners = {"Lead Economies"};
  t.steps[1].deadline_change = DeadlineChange::extended;
  t.steps[1].months = 18;
  t.steps[1].slipped_by = {{"Australia", 18}};  // as build_history finds it (thread_test has the plans)
  auto s = owner_summaries({t});
  REQUIRE(s.size() == 2);
  CHECK(s[0].owner == "Australia");
  CHECK(s[0].slips == 1);
  CHECK(s[0].months_total == 18);
  CHECK(s[1].owner == "Lead Economies");
  CHECK(s[1].held == 1);
  CHECK(s[1].slips == 0);
}

}  // namespace mseg::history
