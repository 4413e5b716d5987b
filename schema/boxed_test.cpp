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

TEST_CASE("rare vector: reads like std::vector, copies deeply, costs a pointer when empty") {
  mseg::RareVector<std::string> v;
  CHECK(v.empty());
  CHECK(v.size() == 0);
  CHECK(v.begin() == v.end());
  int seen = 0;
  for (const auto& s : v) seen += static_cast<int>(s.size());
  CHECK(seen == 0);
  v.push_back("IMO");
  v.emplace_back("APEC Secretariat");
  REQUIRE(v.size() == 2);
  CHECK(v[0] == "IMO");
  CHECK(v.front() == "IMO");
  CHECK(v.back() == "APEC Secretariat");
  for (const auto& s : v) seen += static_cast<int>(s.size());
  CHECK(seen == 19);
  mseg::RareVector<std::string> copy = v;
  copy[0] += " (London)";  // a copy of its own
  CHECK(v[0] == "IMO");
  CHECK_FALSE(copy == v);
  copy = v;
  CHECK(copy == v);
  const mseg::RareVector<std::string> moved = std::move(copy);
  CHECK(moved == v);
  v.clear();
  CHECK(v.empty());
  CHECK(v == mseg::RareVector<std::string>());
  CHECK(mseg::RareVector<std::string>{} == mseg::RareVector<std::string>({}));
  CHECK(mseg::RareVector<std::string>{"a", "b"}.size() == 2);
  // What it is for: an empty list costs a pointer, not std::vector's three.
  static_assert(sizeof(mseg::RareVector<mseg::Note>) == sizeof(void*));
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
