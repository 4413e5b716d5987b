#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

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

TEST_CASE("a short set against a long one: the same similarity, to the bit, as the merge") {
  // The long set is searched word by word when it is 16 times the short one or
  // more; the shared words are met in the same order, so the sum is the same.
  std::string long_text, short_text, other;
  for (int i = 0; i < 400; ++i) long_text += " word" + std::to_string(i);
  for (int i = 0; i < 400; i += 37) short_text += " word" + std::to_string(i);
  short_text += " missing";
  Fixture f({long_text, short_text, "word5 word399 word0 absent"});
  auto merged = [&](std::size_t a, std::size_t b) {
    const auto &x = f.sets[a], &y = f.sets[b];
    double shared = 0;
    for (std::size_t i = 0, j = 0; i < x.size() && j < y.size();) {
      if (x[i] < y[j]) {
        ++i;
      } else if (y[j] < x[i]) {
        ++j;
      } else {
        shared += f.vocab.weight(x[i]) * f.vocab.weight(x[i]);
        ++i;
        ++j;
      }
    }
    return std::min(1.0, shared / std::sqrt(f.vocab.norm2(x) * f.vocab.norm2(y)));
  };
  for (std::size_t a = 0; a < 3; ++a)
    for (std::size_t b = 0; b < 3; ++b) CHECK(f.sim(a, b) == merged(a, b));
  CHECK(f.sim(0, 1) > 0.0);
  CHECK(f.sim(0, 2) > 0.0);
}

TEST_CASE("word ids: one per distinct word in first-seen order however many words there are") {
  // Past several growths of the table: each word keeps the id it was given,
  // words that share a prefix or differ only in length stay apart.
  WordIds ids;
  constexpr std::uint32_t kWords = 20000;
  for (std::uint32_t i = 0; i < kWords; ++i) {
    auto got = ids.words_of("w" + std::to_string(i) + " shared w" + std::to_string(i) + "x");
    REQUIRE(got.size() == 3);
    CHECK(got[0] == (i == 0 ? 0u : 2 * i + 1));
    CHECK(got[1] == 1u);
    CHECK(got[2] == (i == 0 ? 2u : 2 * i + 2));
  }
  CHECK(ids.size() == 2 * kWords + 1);
  for (std::uint32_t i = 0; i < kWords; i += 997) {
    auto again = ids.words_of("w" + std::to_string(i) + "x shared w" + std::to_string(i));
    CHECK(again == std::vector<std::uint32_t>{i == 0 ? 2u : 2 * i + 2, 1u, i == 0 ? 0u : 2 * i + 1});
  }
  CHECK(ids.size() == 2 * kWords + 1);
  CHECK(ids.words_of("") == std::vector<std::uint32_t>{});
}
