// The synthetic plan generator (bench/plan_generator.hpp) reads as a real plan,
// and diff_plans recovers the edits it made.
#include <doctest/doctest.h>

#include <map>

#include <mseg/diff.hpp>
#include <mseg/parse.hpp>

#include "bench/plan_generator.hpp"

using namespace mseg;
using namespace mseg::bench;

TEST_CASE("generated plans parse without errors, with every element") {
  auto plan = generate_plan({.seed = 3, .actions = 300});
  CHECK(plan.action_count() == 300);
  CHECK(render_plan(plan) == render_plan(generate_plan({.seed = 3, .actions = 300})));  // seeded
  CHECK(render_plan(plan) != render_plan(generate_plan({.seed = 4, .actions = 300})));
  Plan parsed = parse_plan(render_plan(plan), {"gen.txt"});
  CHECK(!has_errors(parsed));
  REQUIRE(parsed.sections.size() == plan.sections.size());
  std::size_t actions = 0, tags = 0, generated_tags = 0;
  for (std::size_t s = 0; s < plan.sections.size(); ++s) {
    CHECK(parsed.sections[s].directives.size() == plan.sections[s].directives.size());
    CHECK(parsed.sections[s].priorities.size() == plan.sections[s].priorities.size());
    REQUIRE(parsed.sections[s].actions.size() == plan.sections[s].actions.size());
    for (std::size_t a = 0; a < plan.sections[s].actions.size(); ++a) {
      CHECK(parsed.sections[s].actions[a].text == plan.sections[s].actions[a].text);
      tags += parsed.sections[s].actions[a].tags.size();
      generated_tags += plan.sections[s].actions[a].tags.size();
    }
    actions += parsed.sections[s].actions.size();
  }
  CHECK(actions == 300);
  CHECK(tags == generated_tags);
  for (const auto& d : parsed.diagnostics) CHECK_MESSAGE(d.severity == Severity::note, d.code << ": " << d.message);
}

TEST_CASE("diff recovers the generator's edits") {
  auto old_plan = generate_plan({.seed = 11, .actions = 2000});
  EditLog log;
  auto new_plan = edit_plan(old_plan, {.seed = 12}, &log);
  CHECK(log.dropped > 0);
  CHECK(log.added > 0);
  CHECK(log.moved > 0);
  Plan a = parse_plan(render_plan(old_plan), {"old.txt"});
  Plan b = parse_plan(render_plan(new_plan), {"new.txt"});
  auto d = diff_plans(a, b);

  // The truth: each action's id in both plans, by origin.
  std::map<std::string, std::int64_t> old_origin, new_origin;
  for (std::size_t s = 0; s < old_plan.sections.size(); ++s)
    for (std::size_t i = 0; i < old_plan.sections[s].actions.size(); ++i)
      old_origin[a.sections[s].actions[i].id] = old_plan.sections[s].actions[i].origin;
  for (std::size_t s = 0; s < new_plan.sections.size(); ++s)
    for (std::size_t i = 0; i < new_plan.sections[s].actions.size(); ++i)
      new_origin[b.sections[s].actions[i].id] = new_plan.sections[s].actions[i].origin;

  // right: a surviving action paired with itself; wrong: with another survivor; spurious: a
  // dropped action paired with an added one (random texts can share a topic, a port and a purpose).
  std::size_t right = 0, wrong = 0, spurious = 0, removed = 0, added = 0;
  for (const auto& c : d.changes) {
    if (c.kind != ElementKind::action) continue;
    if (c.old_element && c.new_element) {
      auto x = old_origin.at(c.old_element->id()), y = new_origin.at(c.new_element->id());
      (x == y ? right : y < 0 ? spurious : wrong) += 1;
    } else if (c.old_element) {
      ++removed;
    } else {
      ++added;
    }
  }
  std::size_t survivors = 2000 - log.dropped;
  CHECK(right >= survivors * 995 / 1000);
  CHECK(wrong <= 2);
  CHECK(spurious <= log.dropped / 3);
  CHECK(removed + spurious + right + wrong == 2000);
  CHECK(removed >= log.dropped - spurious);
  CHECK(added >= log.added - spurious);
  CHECK(d.summary.moved > 0);
}

TEST_CASE("a series pairing pairs as pair_plan_elements, plan by plan and for chosen elements") {
  auto synthetic = generate_plan({.seed = 11, .actions = 400});
  std::vector<Plan> plans;
  for (std::uint64_t i = 0; i < 4; ++i) {
    if (i > 0) synthetic = edit_plan(synthetic, {.seed = 20 + i});
    plans.push_back(parse_plan(render_plan(synthetic), {"plan" + std::to_string(i) + ".txt"}));
  }
  SeriesPairing series;
  for (const auto& p : plans) series.add(p);
  auto same = [](const std::vector<ElementPair>& a, const std::vector<ElementPair>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (a[i].old_index != b[i].old_index || a[i].new_index != b[i].new_index || a[i].similarity != b[i].similarity)
        return false;
    return true;
  };
  std::size_t paired = 0;
  for (std::uint32_t i = 0; i + 1 < plans.size(); ++i) {
    // The next plan, and one plan further (a thread skipping one).
    for (std::uint32_t j = i + 1; j < plans.size() && j <= i + 2; ++j) {
      auto expected = pair_plan_elements(plans[i], plans[j]);
      auto got = series.pair(i, j);
      for (std::size_t k = 0; k < 3; ++k) {
        CHECK(same(got[k], expected[k]));
        paired += got[k].size();
      }
    }
  }
  CHECK(paired > 1000);
  // Chosen elements: the actions of plan 0's first section against plan 3's, as one-section plans.
  Plan olds, news;
  olds.sections.push_back(plans[0].sections[0]);
  news.sections.push_back(plans[3].sections[0]);
  std::vector<SeriesElement> old_at, new_at;
  for (std::uint32_t a = 0; a < olds.sections[0].actions.size(); ++a) old_at.push_back({0, a});
  for (std::uint32_t a = 0; a < news.sections[0].actions.size(); ++a) new_at.push_back({3, a});
  auto expected = pair_plan_elements(olds, news)[static_cast<std::size_t>(ElementKind::action)];
  CHECK(!expected.empty());
  CHECK(same(series.pair(ElementKind::action, old_at, new_at), expected));
}
