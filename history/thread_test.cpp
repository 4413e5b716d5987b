// build_history on the real plans and on small made-up ones, checked by hand.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include <mseg/history.hpp>
#include <mseg/parse.hpp>

#include "tests/test_util.hpp"

using namespace mseg;

namespace {
const Plan& hanoi() {
  static Plan p = parse_plan(test::read_file("samples/mseg-workplan-2006-hanoi.txt"),
                             {"samples/mseg-workplan-2006-hanoi.txt"});
  return p;
}
const Plan& y2007() {
  static Plan p = parse_plan(test::read_file("samples/meg-sec-workplan-2007.txt"), {"samples/meg-sec-workplan-2007.txt"});
  return p;
}
const Thread* find(const History& h, std::string_view prefix) {
  for (const auto& t : h.threads)
    for (const auto& st : t.steps)
      if (st.present && st.text.starts_with(prefix)) return &t;
  return nullptr;
}
// A plan of one section with these actions, each "(OWNER/DEADLINE)" tagged.
Plan plan_of(const char* path, const std::vector<std::string>& actions) {
  std::string text = "\tGoals\n\tPriorities\n\tAction Items\n\n\tA directive. (Bogor Goal)\n\n\tA priority\n\t";
  for (std::size_t i = 0; i < actions.size(); ++i) text += (i ? "\n\n" : "") + actions[i];
  text += "\n";
  return parse_plan(text, {path});
}
}  // namespace

TEST_CASE("Ha Noi -> 2007: the ISPS phase 2 action is one thread, its deadline extended by 18 months") {
  auto h = build_history({&hanoi(), &y2007()});
  REQUIRE(h.plans.size() == 2);
  CHECK(h.plans[0].label == "2006");
  CHECK(h.plans[1].label == "2007");
  const Thread* t = find(h, "Develop a tailored phase 2");
  REQUIRE(t);
  CHECK(t->id == "2006:S1.A3");
  CHECK(t->status == ThreadStatus::carried_through);
  CHECK(t->steps[1].id == "S1.A1");
  CHECK(t->steps[0].owners == std::vector<std::string>{"Australia", "Canada", "Japan", "United States"});
  CHECK(t->steps[1].owners == std::vector<std::string>{"Lead Economies"});
  CHECK(t->steps[1].deadline_change == DeadlineChange::extended);
  CHECK(t->steps[1].deadline_before == "September 2006");
  CHECK(t->steps[1].deadline == "March 2008");
  CHECK(t->steps[1].months == 18);
  CHECK(t->slips == 1);
  CHECK(t->steps[1].text_changed);
}

TEST_CASE("Ha Noi -> 2007: MSEG Chair and Chair are one owner, numbered directives keep their number in the id") {
  auto h = build_history({&hanoi(), &y2007()});
  const Thread* d = find(h, "Ministers reiterated their common understanding");
  REQUIRE(d);
  CHECK(d->id == "2006:1D");
  CHECK(d->steps[1].present);
  bool chair = false, mseg_chair = false;
  for (const auto& o : h.owners) {
    chair = chair || o.owner == "Chair";
    mseg_chair = mseg_chair || o.owner == "MSEG Chair";
  }
  CHECK(chair);
  CHECK(!mseg_chair);
  // Every element of both plans is in exactly one thread.
  std::size_t present[2] = {0, 0};
  for (const auto& t : h.threads)
    for (std::size_t i = 0; i < 2; ++i) present[i] += t.steps[i].present;
  CHECK(present[0] == 34);
  CHECK(present[1] == 32);
  const Thread* gone = find(h, "Complete Central-South American");
  REQUIRE(gone);
  CHECK(gone->status == ThreadStatus::ended);
  const Thread* fresh = find(h, "Invite guest representatives");
  REQUIRE(fresh);
  CHECK(fresh->status == ThreadStatus::new_in_last);
  CHECK(fresh->id == "2007:S3.A5");
}

TEST_CASE("an action that skipped a plan rejoins its thread") {
  Plan a = plan_of("p-2008.txt", {"Draft the port security guide for the region. (Peru/March 2009)",
                                  "Hold the drills workshop in Lima. (Chile/June 2009)"});
  Plan b = plan_of("p-2009.txt", {"Hold the drills workshop in Lima. (Chile/June 2010)"});
  Plan c = plan_of("p-2010.txt", {"Draft the port security guide for the region. (Peru/March 2011)",
                                  "Hold the drills workshop in Lima. (Chile/June 2010)"});
  auto h = build_history({&a, &b, &c});
  const Thread* guide = find(h, "Draft the port security guide");
  REQUIRE(guide);
  CHECK(guide->id == "2008:S1.A1");
  CHECK(guide->steps[0].present);
  CHECK(!guide->steps[1].present);
  CHECK(guide->steps[2].present);
  CHECK(guide->steps[2].rejoined);
  CHECK(guide->steps[2].deadline_change == DeadlineChange::extended);
  CHECK(guide->steps[2].months == 24);
  CHECK(guide->status == ThreadStatus::carried_through);
  CHECK(h.threads.size() == 4);  // directive, priority, two actions
  const Thread* drills = find(h, "Hold the drills workshop");
  REQUIRE(drills);
  CHECK(drills->slips == 1);
  CHECK(drills->steps[2].deadline_change == DeadlineChange::none);
}

TEST_CASE("reversing the plans mirrors the history") {
  auto forward = build_history({&hanoi(), &y2007()});
  auto backward = build_history({&y2007(), &hanoi()});
  CHECK(forward.threads.size() == backward.threads.size());
  const Thread* f = find(forward, "Develop a tailored phase 2");
  const Thread* b = find(backward, "Develop a tailored phase 2");
  REQUIRE(f);
  REQUIRE(b);
  CHECK(b->steps[0].id == f->steps[1].id);
  CHECK(b->steps[1].id == f->steps[0].id);
  CHECK(b->steps[1].deadline_change == DeadlineChange::brought_forward);
  CHECK(b->steps[1].months == -18);
  CHECK(b->steps[1].owners_added == f->steps[1].owners_removed);
  CHECK(b->steps[1].owners_removed == f->steps[1].owners_added);
  auto count = [](const History& h, ThreadStatus s) {
    return std::count_if(h.threads.begin(), h.threads.end(), [&](const Thread& t) { return t.status == s; });
  };
  CHECK(count(forward, ThreadStatus::ended) == count(backward, ThreadStatus::new_in_last));
  CHECK(count(forward, ThreadStatus::new_in_last) == count(backward, ThreadStatus::ended));
  CHECK(count(forward, ThreadStatus::carried_through) == count(backward, ThreadStatus::carried_through));
}

TEST_CASE("a slip is charged to the owners of the deadline that moved, not to an owner whose tag was dropped") {
  // A helper's finding: Australia's October 2007 pilot tag was dropped (done, most likely) and the Chair's March
  // 2008 moved to September 2008; Australia was charged a 6-month slip too.
  const Plan a = plan_of("a.txt", {"Develop a Phase 3 framework including a pilot in Papua New Guinea. "
                                   "(Pilot Project \u2013 Australia/October 2007) (Phase 3 - Chair/March 2008)"});
  const Plan b = plan_of("b.txt", {"Develop a Phase 3 framework including a pilot in Papua New Guinea. "
                                   "(Phase 3 - Chair/September 2008)"});
  auto h = build_history({&a, &b});
  const Thread* t = find(h, "Develop a Phase 3");
  REQUIRE(t);
  CHECK(t->slips == 1);
  CHECK(t->steps[1].slipped_by == std::vector<std::pair<std::string, int>>{{"Chair", 6}});
  for (const auto& o : h.owners) {
    CAPTURE(o.owner);
    CHECK(o.slips == (o.owner == "Chair" ? 1u : 0u));
    CHECK(o.months_total == (o.owner == "Chair" ? 6 : 0));
  }
  // Two owners of the one deadline that moved share the slip; an owner whose own deadline moved less is charged
  // its own months; one handed over with the deadline that moved is charged the action's.
  const Plan c = plan_of("c.txt", {"Exchange results (Japan, Korea/March 2008) (Chile/January 2008)",
                                   "Hold a seminar (Peru/June 2008)"});
  const Plan d = plan_of("d.txt", {"Exchange results (Japan, Korea/June 2008) (Chile/February 2008)",
                                   "Hold a seminar (Mexico/December 2008)"});
  h = build_history({&c, &d});
  std::map<std::string, std::pair<std::size_t, int>> got;
  // A dropped tag whose deadline was the latest, while an owner still named holds the new latest: not charged.
  const Plan e = plan_of("e.txt", {"Develop a Phase 3 framework including a pilot in Papua New Guinea. "
                                   "(Phase 3 - Chair/March 2008) (Pilot Project - Australia/October 2008)"});
  const Plan f = plan_of("f.txt", {"Develop a Phase 3 framework including a pilot in Papua New Guinea. "
                                   "(Phase 3 - Chair/December 2008)"});
  for (const auto& o : build_history({&e, &f}).owners) got[o.owner] = {o.slips, o.months_total};
  CHECK(got == std::map<std::string, std::pair<std::size_t, int>>{{"Chair", {1, 9}}, {"Australia", {0, 0}}});
  got.clear();
  // The owner still named had no dated deadline before ("ongoing"): the dated one moved from Australia to it, a
  // hand-over, charged to Australia (a review's finding: nobody was).
  const Plan g = plan_of("g.txt", {"Develop a pilot (Chair/ongoing) (Pilot Project - Australia/March 2008)"});
  const Plan k = plan_of("k.txt", {"Develop a pilot (Chair/December 2008)"});
  for (const auto& o : build_history({&g, &k}).owners) got[o.owner] = {o.slips, o.months_total};
  CHECK(got == std::map<std::string, std::pair<std::size_t, int>>{{"Chair", {0, 0}}, {"Australia", {1, 9}}});
  got.clear();
  for (const auto& o : h.owners) got[o.owner] = {o.slips, o.months_total};
  CHECK(got == std::map<std::string, std::pair<std::size_t, int>>{
                   {"Japan", {1, 3}}, {"Republic of Korea", {1, 3}}, {"Chile", {1, 1}}, {"Peru", {1, 6}}, {"Mexico", {0, 0}}});
}

TEST_CASE("an owner's own deadline later, the action's latest unmoved, is that owner's slip") {
  // A helper's finding: Australia's pilot moved from October to December 2007 behind the Chair's March 2008; the
  // step was "changed", charged to no one, and --fail-on slipped passed.
  const Plan a = plan_of("a.txt", {"Develop a Phase 3 framework including a pilot in Papua New Guinea. "
                                   "(Pilot Project \u2013 Australia/October 2007) (Phase 3 - Chair/March 2008)"});
  const Plan b = plan_of("b.txt", {"Develop a Phase 3 framework including a pilot in Papua New Guinea. "
                                   "(Pilot Project \u2013 Australia/December 2007) (Phase 3 - Chair/March 2008)"});
  const auto h = build_history({&a, &b});
  const Thread* t = find(h, "Develop a Phase 3");
  REQUIRE(t);
  CHECK(t->steps[1].deadline_change == DeadlineChange::changed);
  CHECK(t->steps[1].slipped_by == std::vector<std::pair<std::string, int>>{{"Australia", 2}});
  CHECK(t->slips == 1);
  CHECK(t->months_slipped == 2);
  std::map<std::string, std::pair<std::size_t, int>> got;
  for (const auto& o : h.owners) got[o.owner] = {o.slips, o.months_total};
  CHECK(got == std::map<std::string, std::pair<std::size_t, int>>{{"Chair", {0, 0}}, {"Australia", {1, 2}}});
  // Brought forward, or the same: no one's.
  const Plan c = plan_of("c.txt", {"Develop a Phase 3 framework including a pilot in Papua New Guinea. "
                                   "(Pilot Project \u2013 Australia/August 2007) (Phase 3 - Chair/March 2008)"});
  const auto earlier = build_history({&a, &c});
  CHECK(find(earlier, "Develop a Phase 3")->slips == 0);
  // Days later within one month are no slip (a review's finding: "Australia 0 months later", and --fail-on fired).
  const Plan e = plan_of("e.txt", {"Develop a Phase 3 framework including a pilot in Papua New Guinea. "
                                   "(Pilot Project \u2013 Australia/1 October 2007) (Phase 3 - Chair/March 2008)"});
  const Plan g = plan_of("g.txt", {"Develop a Phase 3 framework including a pilot in Papua New Guinea. "
                                   "(Pilot Project \u2013 Australia/30 October 2007) (Phase 3 - Chair/March 2008)"});
  CHECK(find(build_history({&e, &g}), "Develop a Phase 3")->slips == 0);
  // The action's latest brought forward while one owner's own moved later: that owner's slip still.
  const Plan d = plan_of("d.txt", {"Develop a Phase 3 framework including a pilot in Papua New Guinea. "
                                   "(Pilot Project \u2013 Australia/December 2007) (Phase 3 - Chair/January 2008)"});
  const auto forward = build_history({&a, &d});
  const Thread* f = find(forward, "Develop a Phase 3");
  CHECK(f->steps[1].deadline_change == DeadlineChange::brought_forward);
  CHECK(f->steps[1].slipped_by == std::vector<std::pair<std::string, int>>{{"Australia", 2}});
}

TEST_CASE("a step's deadline names each deadline once, and a dated deadline made TBC is dropped") {
  // A helper's finding: two tags of March 2008 read "deadline March 2008; March 2008 -> TBC (changed)".
  const Plan a = plan_of("a.txt", {"Review the guidelines (Chair/March 2008) (MEG-SEC/March 2008)"});
  const Plan b = plan_of("b.txt", {"Review the guidelines (Chair/TBC)"});
  const History h = build_history({&a, &b});
  const Thread* t = find(h, "Review the guidelines");
  REQUIRE(t);
  CHECK(t->steps[0].deadline == "March 2008");
  CHECK(t->steps[1].deadline_before == "March 2008");
  CHECK(t->steps[1].deadline_change == DeadlineChange::dropped);
}
