#include <doctest/doctest.h>

#include <cmath>

#include "similarity.hpp"

using namespace mseg::diff;

namespace {
struct Fixture {
  Vocabulary vocab;
  std::vector<WordSet> sets;
  explicit Fixture(std::vector<std::string_view> texts) {
    for (auto t : texts) sets.push_back(vocab.add(t));
    std::vector<const WordSet*> all;
    for (const auto& s : sets) all.push_back(&s);
    vocab.finish(all);
  }
  double sim(std::size_t a, std::size_t b) {
    return cosine(vocab, sets[a], vocab.norm2(sets[a]), sets[b], vocab.norm2(sets[b]));
  }
};
}  // namespace

TEST_CASE("identical texts are 1, texts with no common word 0") {
  Fixture f({"Develop the OAS memorandum", "develop the OAS memorandum.", "Invite guest representatives"});
  CHECK(f.sim(0, 1) == doctest::Approx(1.0));
  CHECK(f.sim(0, 2) == 0.0);
  CHECK(f.sim(0, 1) == f.sim(1, 0));
}

TEST_CASE("rare words count more than common ones") {
  // "develop the" is in every text; "OAS" and "ISPS" in two each.
  Fixture f({"develop the OAS plan", "develop the OAS memorandum", "develop the ISPS plan", "develop the ISPS code",
             "develop the training plan"});
  // Sharing the rare "OAS" beats sharing the common "plan".
  CHECK(f.sim(0, 1) > f.sim(0, 2));
  CHECK(f.vocab.weight(0) < f.vocab.weight(2));  // "develop" (in all 5) weighs less than "oas" (in 2)
  CHECK(f.vocab.weight(0) == doctest::Approx(std::log(2.0)));
}

TEST_CASE("two empty texts are the same, empty and non-empty share nothing") {
  Fixture f({"", "...", "Develop"});
  CHECK(f.sim(0, 1) == 1.0);
  CHECK(f.sim(0, 2) == 0.0);
}
