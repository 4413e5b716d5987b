// Synthetic work plans for benchmarks and tests: seeded, any size, in the text
// layout of the real plans in samples/ (tab-started cells, three to a row;
// numbered directives with citations, numbered priorities, actions ending in
// "(Owner/Deadline)" tags, some with labels, roles and several tags).
//
//   SyntheticPlan plan = generate_plan({.seed = 7, .actions = 10000});
//   EditLog log;
//   SyntheticPlan next = edit_plan(plan, {.seed = 8}, &log);
//   std::string old_text = render_plan(plan), new_text = render_plan(next);
//
// edit_plan makes "the next edition": rewords some texts, changes some
// deadlines and owners, drops and adds some actions, moves some between
// sections, and reorders sections and rows. Every element remembers where it
// came from (`origin`), so a test can check a diff against the truth.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mseg::bench {

// One "(Label – Role: owner, owner/Deadline)" tag.
struct SyntheticTag {
  std::optional<std::string> label;  // "Pilot Project"
  std::optional<std::string> role;   // "Lead Economies"
  std::vector<std::string> owners;   // "Australia", "US", "MSEG Chair"
  std::string deadline;              // "September 2006", "Q3 2009", "ongoing"
};

struct SyntheticAction {
  std::string text;
  std::vector<SyntheticTag> tags;
  std::int64_t origin = -1;  // index among the original plan's actions; -1: added by edit_plan
};

struct SyntheticDirective {
  std::string text;      // without number and citation
  std::string citation;  // "(Ministerial Statement 2004)"
  std::int64_t origin = -1;
};

struct SyntheticPriority {
  std::string title;
  std::int64_t origin = -1;
};

struct SyntheticSection {
  std::vector<SyntheticDirective> directives;
  std::vector<SyntheticPriority> priorities;
  std::vector<SyntheticAction> actions;
};

struct SyntheticPlan {
  std::string title;
  std::string meeting;
  std::vector<SyntheticSection> sections;
  std::size_t action_count() const;
};

struct GeneratorOptions {
  std::uint64_t seed = 1;
  std::size_t actions = 1000;              // total actions
  std::size_t actions_per_section = 12;    // on average; sections = actions / this, at least 1
  std::size_t directives_per_section = 3;  // on average (1 to 2x this, at most 26: "1A".."1Z")
  std::size_t priorities_per_section = 2;  // on average
};

// A new plan; the same options always give the same plan.
SyntheticPlan generate_plan(const GeneratorOptions& options);

struct EditOptions {
  std::uint64_t seed = 2;
  double reword = 0.15;          // share of elements whose text gets 1-3 words changed
  double retag = 0.10;           // share of actions with a new deadline or owner
  double drop = 0.05;            // share of actions dropped
  double add = 0.05;             // new actions, as a share of the original count
  double move = 0.05;            // share of actions moved to another section
  double shuffle_sections = 0.1; // share of sections swapped with another (renumbers them)
  double shuffle_rows = 0.2;     // share of sections whose actions are reordered
};

// What edit_plan did, in counts.
struct EditLog {
  std::size_t reworded = 0, retagged = 0, dropped = 0, added = 0, moved = 0;
};

// The next edition of `plan` (see above); `log` may be null.
SyntheticPlan edit_plan(const SyntheticPlan& plan, const EditOptions& options, EditLog* log = nullptr);

// The plan as a text file in the samples' layout; `mseg parse` reads it without errors.
std::string render_plan(const SyntheticPlan& plan);

}  // namespace mseg::bench
