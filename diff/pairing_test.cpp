#include <doctest/doctest.h>

#include <string>

#include "pairing.hpp"

using namespace mseg::diff;

namespace {
// Both sides of one kind, built from texts; details all equal unless given.
struct Sides {
  Vocabulary vocab;
  PairingSide old_side, new_side;
  Sides(std::vector<std::string_view> olds, std::vector<std::string_view> news,
        std::vector<std::uint64_t> old_details = {}, std::vector<std::uint64_t> new_details = {}) {
    for (auto t : olds) old_side.words.push_back(vocab.add(t));
    for (auto t : news) new_side.words.push_back(vocab.add(t));
    std::vector<const WordSet*> all;
    for (const auto& s : old_side.words) all.push_back(&s);
    for (const auto& s : new_side.words) all.push_back(&s);
    vocab.finish(all);
    fill(old_side, olds, old_details);
    fill(new_side, news, new_details);
  }
  void fill(PairingSide& side, const std::vector<std::string_view>& texts, const std::vector<std::uint64_t>& details) {
    for (std::size_t i = 0; i < texts.size(); ++i) {
      side.norm2.push_back(vocab.norm2(side.words[i]));
      side.exact.push_back(std::hash<std::string_view>{}(texts[i]));
      side.details.push_back(i < details.size() ? details[i] : 0);
    }
  }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs(double threshold = 0.3, PairingLimits limits = {}) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
    for (const auto& p : pair_elements(vocab, old_side, new_side, threshold, limits))
      out.emplace_back(p.old_index, p.new_index);
    return out;
  }
  // Checks that settling before the search changes no pair under `limits`; the number of pairs.
  std::size_t same_without_settling(double threshold, PairingLimits limits) {
    PairingLimits off = limits;
    off.settle_unchanged = false;
    const auto with = pairs(threshold, limits);
    CHECK(with == pairs(threshold, off));
    return with.size();
  }
};
using P = std::vector<std::pair<std::uint32_t, std::uint32_t>>;
}  // namespace

TEST_CASE("each element pairs with its reworded self, wherever it moved") {
  Sides s({"Draft the APEC-IMO memorandum", "Compile a catalogue of training", "Complete the Central-South American plan"},
          {"Compile an updated catalogue of training", "Invite guest representatives", "Draft and approve the APEC-IMO memorandum"});
  CHECK(s.pairs() == P{{0, 2}, {1, 0}});
}

TEST_CASE("greedy best first: the best pair wins, the loser takes the next best") {
  // Old 0 is close to both new elements, but new 0 is identical to old 1.
  Sides s({"ISPS phase two visits Peru", "ISPS phase two visits"}, {"ISPS phase two visits", "ISPS phase two visits Peru Chile"});
  CHECK(s.pairs() == P{{0, 1}, {1, 0}});
}

TEST_CASE("ties: other fields agreeing first, then relative position, then order") {
  SUBCASE("identical texts pair in order") {
    Sides s({"Report on drills", "Report on drills"}, {"Report on drills", "Report on drills"});
    CHECK(s.pairs() == P{{0, 0}, {1, 1}});
  }
  SUBCASE("one copy removed from the front: the survivors keep their relative places") {
    Sides s({"Report on drills", "Report on drills", "Report on drills"}, {"Report on drills", "Report on drills"});
    // Relative positions 0, 1/3, 2/3 against 0, 1/2: 0-0 and 1-1 are closest (2 left).
    CHECK(s.pairs() == P{{0, 0}, {1, 1}});
  }
  SUBCASE("the copy whose owners and deadline agree wins") {
    Sides s({"Report on drills", "Report on drills"}, {"Report on drills"}, {7, 9}, {9});
    CHECK(s.pairs() == P{{1, 0}});
  }
  SUBCASE("then the copy that stands at the old one's id: a block pasted twice has its copy added") {
    // Old: [a, b, c, d, drills, e]; new: the same with a second "drills" after the first. By relative place the
    // copy is nearer (4/6 against 4/7 and 5/7); by id the first is the old one, as validate's numbering says.
    Sides s({"Visit ports", "Train auditors", "Share lists", "Hold workshops", "Report on drills", "Fund studies"},
            {"Visit ports", "Train auditors", "Share lists", "Hold workshops", "Report on drills", "Report on drills",
             "Fund studies"});
    s.old_side.ids = {1, 2, 3, 4, 5, 6};
    s.new_side.ids = {1, 2, 3, 4, 5, 9, 6};
    CHECK(s.pairs() == P{{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 6}});
    // Without ids, the relative place decides, as before.
    s.old_side.ids.clear();
    s.new_side.ids.clear();
    CHECK(s.pairs() == P{{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 5}, {5, 6}});
  }
}

TEST_CASE("pairs below the threshold stay unpaired") {
  Sides s({"Complete Central-South American Regional Action Plan"},
          {"Consider ASEAN-Japan Regional Action Plan on Port Security"});
  CHECK(s.pairs(0.3).empty());
  CHECK(s.pairs(0.05) == P{{0, 0}});
  CHECK(s.pairs(0.0) == P{{0, 0}});
}

TEST_CASE("words in too many elements make no candidates, exact copies still do") {
  Sides s({"report drills peru", "report drills"}, {"report drills", "report drills chile peru"});
  PairingLimits limits;
  // With a cap of 1 every shared word is skipped ("peru" is in 2 elements): only the exact copies pair.
  limits.common_cap = 1;
  CHECK(s.pairs(0.3, limits) == P{{1, 0}});
  limits.common_cap = 2;
  CHECK(s.pairs(0.3, limits) == P{{0, 1}, {1, 0}});
}

namespace {
// Issue 20 item 11's shape: `n` short actions and one that holds all their words,
// on both sides. Returns the steps cosine() took to pair them.
std::uint64_t steps_pairing_one_big_element(std::size_t n) {
  std::vector<std::string> texts;
  std::string big = "Big";
  for (std::size_t i = 0; i < n; ++i) {
    auto words = "w" + std::to_string(i) + "a w" + std::to_string(i) + "b w" + std::to_string(i) + "c";
    texts.push_back("Review " + words);
    big += " " + words;
  }
  texts.push_back(big);
  std::vector<std::string_view> views(texts.begin(), texts.end());
  Sides s(views, views);
  auto before = cosine_steps();
  auto pairs = s.pairs();
  auto steps = cosine_steps() - before;
  CHECK(pairs.size() == n + 1);
  for (auto [o, n2] : pairs) CHECK(o == n2);
  return steps;
}
}  // namespace

TEST_CASE("a short element against one holding every word costs what the short one holds") {
  // Each short action is a candidate of the big one; a merge over the big one's
  // words made that n * n. Doubling n must about double the work, not quadruple it.
  auto small = steps_pairing_one_big_element(2000);
  auto large = steps_pairing_one_big_element(4000);
  CHECK(large < small * 5 / 2);
  CHECK(large > small);
}

TEST_CASE("settling unchanged elements first pairs exactly as the full search does") {
  // Random editions over a small vocabulary, so that there are ties, repeated
  // texts, texts with the same words in another order or with other
  // punctuation (same word set, other exact text), empty texts and words common
  // enough to pass the cap: every case the shortcut must leave as it was.
  const char* vocabulary[] = {"report", "drills", "peru", "chile", "isps", "phase", "two", "visits",
                              "port",   "security", "apec", "training", "plan", "the", "of", "OAS"};
  std::uint64_t state = 12345;
  auto next = [&](std::uint64_t n) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (state >> 33) % n;
  };
  auto text = [&] {
    std::string t;
    for (auto n = next(6); n > 0; --n) t += std::string(vocabulary[next(16)]) + (next(4) == 0 ? ", " : " ");
    return t;
  };
  int settled_cases = 0;
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> olds, news;
    for (auto n = 1 + next(40); n > 0; --n) olds.push_back(text());
    for (const auto& o : olds) {
      auto roll = next(10);
      if (roll < 6) news.push_back(o);                       // unchanged
      else if (roll < 7) news.push_back(o + " " + text());   // reworded
      else if (roll < 8) news.push_back(text());             // replaced
      else if (roll < 9) news.push_back(", " + o);           // same words, other exact text
    }                                                        // else removed
    for (std::size_t i = 0; i + 1 < news.size(); ++i)
      if (next(5) == 0) std::swap(news[i], news[i + 1]);    // moved
    std::vector<std::uint64_t> old_details, new_details;
    for (std::size_t i = 0; i < olds.size(); ++i) old_details.push_back(next(3));
    for (std::size_t i = 0; i < news.size(); ++i) new_details.push_back(next(3));
    std::vector<std::string_view> o(olds.begin(), olds.end()), n(news.begin(), news.end());
    Sides s(o, n, old_details, new_details);
    for (double threshold : {0.0, 0.3, 0.9, 1.0}) {
      for (std::size_t cap : {0, 2}) {
        PairingLimits on;
        on.common_cap = cap;
        settled_cases += s.same_without_settling(threshold, on) > 0;
      }
    }
  }
  CHECK(settled_cases > 1000);  // the rounds pair something, so the comparison means something
}

TEST_CASE("settling copies by their id gives the pairs the search gives") {
  // Plans of few distinct texts (boilerplate repeated in every section), each
  // element with a positional id as the parser gives ("S3.A1"), edited: copies
  // removed, inserted, reworded, swapped, their fields changed. Settling must
  // not change a single pair, with or without ids, at every threshold.
  const char* texts[] = {"Report progress", "Report progress", "Report progress at MSEG", "Share best practices",
                         "Share best practices, share", "Report progress on drills"};
  std::uint64_t state = 777;
  auto next = [&](std::uint64_t n) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (state >> 33) % n;
  };
  int settled_rounds = 0;
  for (int round = 0; round < 400; ++round) {
    std::vector<std::string> olds, news;
    std::vector<std::uint64_t> old_ids, new_ids, old_details, new_details;
    const auto sections = 1 + next(30);
    for (std::uint64_t i = 0; i < sections; ++i) {
      olds.push_back(texts[next(6)]);
      old_ids.push_back(i);
      old_details.push_back(next(8) == 0 ? 1 : 0);
    }
    std::uint64_t id = 0;
    for (std::size_t i = 0; i < olds.size(); ++i) {
      auto roll = next(12);
      if (roll == 0) continue;  // removed: later ids shift, as positional ids do
      if (roll == 1) {          // inserted before
        news.push_back(texts[next(6)]);
        new_ids.push_back(id++);
        new_details.push_back(0);
      }
      news.push_back(roll == 2 ? olds[i] + " again" : olds[i]);
      new_ids.push_back(roll == 3 ? old_ids[i] : id);  // 3: the id kept though others shifted
      ++id;
      new_details.push_back(roll == 4 ? 2 : old_details[i]);
    }
    for (std::size_t i = 0; i + 1 < news.size(); ++i)
      if (next(9) == 0) std::swap(news[i], news[i + 1]);
    std::vector<std::string_view> o(olds.begin(), olds.end()), n(news.begin(), news.end());
    Sides s(o, n, old_details, new_details);
    for (int with_ids = 0; with_ids < 2; ++with_ids) {
      if (with_ids) {
        s.old_side.ids = old_ids;
        s.new_side.ids = new_ids;
      }
      for (double threshold : {0.0, 0.3, 1.0}) {
        for (std::size_t keep : {1, 8}) {
          PairingLimits on;
          on.per_element = keep;
          settled_rounds += with_ids && s.same_without_settling(threshold, on) > 3;
        }
      }
    }
  }
  CHECK(settled_rounds > 1000);
}

TEST_CASE("thousands of copies pair in order and keep their order when one is removed") {
  // Past 4096 elements a side the groups come from a radix sort, not a comparison sort: the same pairs.
  std::vector<std::string> texts;
  for (int i = 0; i < 6000; ++i) texts.push_back("Report progress on item " + std::to_string(i % 40));
  std::vector<std::string_view> olds(texts.begin(), texts.end());
  std::vector<std::string_view> news(texts.begin() + 1, texts.end());  // the first removed
  for (bool with_ids : {false, true}) {
    Sides same(olds, olds), shifted(olds, news);
    if (with_ids) {
      for (std::uint64_t i = 0; i < olds.size(); ++i) {
        same.old_side.ids.push_back(i), same.new_side.ids.push_back(i), shifted.old_side.ids.push_back(i);
        if (i + 1 < olds.size()) shifted.new_side.ids.push_back(i);  // positional: every id shifts
      }
    }
    auto pairs = same.pairs();
    REQUIRE(pairs.size() == olds.size());
    for (std::uint32_t i = 0; i < pairs.size(); ++i) CHECK(pairs[i] == std::pair<std::uint32_t, std::uint32_t>{i, i});
    pairs = shifted.pairs();
    REQUIRE(pairs.size() == news.size());
    for (std::uint32_t i = 0; i < pairs.size(); ++i)
      CHECK(pairs[i] == std::pair<std::uint32_t, std::uint32_t>{i + 1, i});
    shifted.same_without_settling(0.3, {});
  }
}
