#include <mseg/boxed.hpp>

#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include <mseg/plan.hpp>

using mseg::Boxed;

TEST_CASE("boxed: reads like std::optional, copies deeply, costs a pointer when unset") {
  Boxed<std::string> b;
  CHECK_FALSE(b);
  CHECK_FALSE(b.has_value());
  CHECK(b == std::nullopt);
  CHECK(b.value_or("none") == "none");
  CHECK(b.optional() == std::nullopt);
  b = std::string("Pilot Project");
  REQUIRE(b);
  CHECK(*b == "Pilot Project");
  CHECK(b->size() == 13);
  Boxed<std::string> copy = b;
  *copy += "s";  // a copy of its own, not a shared value
  CHECK(*b == "Pilot Project");
  CHECK(*copy == "Pilot Projects");
  CHECK_FALSE(copy == b);
  copy = b;
  CHECK(copy == b);
  Boxed<std::string> moved = std::move(copy);
  CHECK(*moved == "Pilot Project");
  moved = std::nullopt;
  CHECK_FALSE(moved);
  CHECK(Boxed<std::string>() == Boxed<std::string>(std::nullopt));
  CHECK(Boxed<std::string>(std::optional<std::string>("x")).optional() == std::optional<std::string>("x"));
  b.reset();
  CHECK_FALSE(b.has_value());
  // What it is for: the rarely set members cost a pointer, not their value's room.
  static_assert(sizeof(Boxed<mseg::TextDeadline>) == sizeof(void*));
}

TEST_CASE("shared name: equal names share one stored copy, reads like std::optional<std::string>") {
  mseg::SharedName a = "United States";
  const mseg::SharedName b = std::string("United States");
  const mseg::SharedName none;
  REQUIRE(a);
  CHECK(&*a == &*b);  // one copy for the program
  CHECK(a == b);
  CHECK(*a == "United States");
  CHECK(a->size() == 13);
  CHECK(none == std::nullopt);
  CHECK_FALSE(none.has_value());
  CHECK(none.value_or("US") == "US");
  CHECK(mseg::SharedName(std::optional<std::string>()) == none);
  CHECK(mseg::SharedName(std::optional<std::string>("Japan")).optional() == std::optional<std::string>("Japan"));
  CHECK_FALSE(a == mseg::SharedName("Japan"));
  a = std::nullopt;
  CHECK_FALSE(a);
  static_assert(sizeof(mseg::SharedName) == sizeof(void*));
}

TEST_CASE("shared name: threads share the stored copy, each remembering what it met") {
  // Names no other test interns, met first on other threads, in opposite orders.
  std::vector<std::string> names;
  for (int i = 0; i < 200; ++i) names.push_back("Thread economy " + std::to_string(i));
  std::vector<const std::string*> seen[2];
  auto meet = [&](int t) {
    for (int round = 0; round < 2; ++round)  // the second round answers from the thread's own memory
      for (int i = 0; i < 200; ++i) seen[t].push_back(&*mseg::SharedName(names[t == 0 ? i : 199 - i]));
  };
  std::thread a(meet, 0), b(meet, 1);
  a.join();
  b.join();
  for (int i = 0; i < 200; ++i) {
    const std::string* here = &*mseg::SharedName(names[i]);
    CHECK(*here == names[i]);
    CHECK(seen[0][i] == here);
    CHECK(seen[0][200 + i] == here);
    CHECK(seen[1][199 - i] == here);
    CHECK(seen[1][399 - i] == here);
  }
}
