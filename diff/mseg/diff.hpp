// Aligning two work plans element by element and saying what changed, in the
// users' terms (docs/diff.md). Directives pair with directives, priorities with
// priorities, actions with actions, anywhere in the plan.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <mseg/plan.hpp>

namespace mseg {

// Pairs whose similarity is below this stay removed + added (docs/diff.md says why 0.3).
inline constexpr double kDefaultDiffThreshold = 0.3;

struct DiffOptions {
  double threshold = kDefaultDiffThreshold;  // least similarity (0..1) for two elements to pair
};

enum class ChangeKind { unchanged, moved, modified, removed, added };

// One run of the word-level diff of a paired element's text.
struct TextOp {
  enum class Op { equal, remove, insert };
  Op op = Op::equal;
  std::string text;  // the run's words joined by single spaces
};

// One field that differs between the old and the new element.
struct FieldChange {
  std::string field;                    // "text", "owners", "deadline", "citations", "label", "items", "section"
  bool list = false;                    // old/new are lists (owners, citations, items), else one value each
  std::vector<std::string> old_values;  // one value or none (absent) for single-valued fields
  std::vector<std::string> new_values;
  std::vector<std::string> removed;     // list fields: values only in the old element
  std::vector<std::string> added;       // list fields: values only in the new element
  std::string direction;                // deadline: "extended", "brought forward" or empty
};

// One element of either plan: every element of both plans is in exactly one Change.
struct Change {
  ElementKind kind = ElementKind::action;
  ChangeKind change = ChangeKind::unchanged;
  std::optional<std::string> old_id;    // "S1.A3"; null when added
  std::optional<std::string> new_id;    // null when removed
  std::optional<std::string> old_text;  // directive/action text, priority title
  std::optional<std::string> new_text;
  std::optional<double> similarity;     // pairs only
  std::vector<FieldChange> fields;      // empty unless modified or moved
  std::vector<TextOp> text_diff;        // pairs only: the word diff of old_text -> new_text
};

struct DiffSummary {
  std::size_t added = 0, removed = 0, modified = 0, moved = 0, unchanged = 0;
};

struct PlanDiff {
  Source old_source;
  Source new_source;
  double threshold = kDefaultDiffThreshold;
  DiffSummary summary;
  std::vector<Change> changes;  // in the new plan's order; removed elements after their old neighbour
};

// Aligns the two plans and classifies every element.
PlanDiff diff_plans(const Plan& old_plan, const Plan& new_plan, const DiffOptions& options = {});

// True when anything was added, removed, modified or moved.
bool plans_differ(const PlanDiff& diff);

// Names used in output: "modified", "equal"/"delete"/"insert" (element kinds: to_string in plan.hpp).
const char* to_string(ChangeKind c);
const char* to_string(TextOp::Op op);

}  // namespace mseg
