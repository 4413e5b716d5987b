// Aligning two work plans element by element and saying what changed, in the
// users' terms (docs/diff.md). Directives pair with directives, priorities with
// priorities, actions with actions, anywhere in the plan.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <mseg/element.hpp>
#include <mseg/owners.hpp>
#include <mseg/plan.hpp>

namespace mseg {

// Pairs whose similarity is below this stay removed + added (docs/diff.md says why 0.3).
inline constexpr double kDefaultDiffThreshold = 0.3;

// Registry keys that name one document: a key -> the key of the entry that is the document (an entry's `same_as`,
// as the registry reads the plans' "Leaders' Statement 2005" as the Busan Declaration). cite::Registry makes it.
using SameDocuments = std::map<std::string, std::string, std::less<>>;

struct DiffOptions {
  double threshold = kDefaultDiffThreshold;  // least similarity (0..1) for two elements to pair
  const OwnerAliases* aliases = nullptr;     // who is who (null: the built-in table)
  const SameDocuments* documents = nullptr;  // which citations name one document (null: each key its own)
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
// The whole element goes with every change (its id, number, text, owners,
// deadline, citations, span), so a delegate sees whose action was removed. It is
// a reference into the plans given to diff_plans, which must outlive the diff:
// every caller reads a diff while it holds the two plans, and a copy of each
// element would cost a large diff as much again as its plans.
struct Change {
  ElementKind kind = ElementKind::action;
  ChangeKind change = ChangeKind::unchanged;
  std::optional<ElementRef> old_element;  // in the old plan; null when added
  std::optional<ElementRef> new_element;  // in the new plan; null when removed
  std::optional<double> similarity;     // pairs only
  std::vector<FieldChange> fields;      // empty unless modified or moved
  std::vector<TextOp> text_diff;        // pairs only: the word diff of the old text -> the new
};

struct DiffCounts {
  std::size_t added = 0, removed = 0, modified = 0, moved = 0, unchanged = 0;
  void count(ChangeKind c);
};

// All elements, and each kind apart (indexed by ElementKind).
struct DiffSummary : DiffCounts {
  std::array<DiffCounts, 3> by_kind;
};

struct PlanDiff {
  Source old_source;
  Source new_source;
  // The files the plans were read from, as the user gave them, when not
  // source.path (plan JSON names the text it was parsed from): the text and
  // markdown formats name these. Empty: source.path.
  std::string old_file = {};
  std::string new_file = {};
  double threshold = kDefaultDiffThreshold;
  DiffSummary summary;
  std::vector<Change> changes;  // in the new plan's order; removed elements after their old neighbour
};

// Aligns the two plans and classifies every element.
PlanDiff diff_plans(const Plan& old_plan, const Plan& new_plan, const DiffOptions& options = {});

// Only the changes whose old or new element is an action owned by `owner`
// (compared by who it is: "MSEG Chair" is "Chair"), the summary recounted; they
// refer to the same two plans as `diff`.
PlanDiff restrict_to_owner(const PlanDiff& diff, std::string_view owner, const OwnerAliases& aliases);

// The pairing diff_plans makes, for tools that follow elements over more than
// two plans (history): per kind (indexed by ElementKind), the old and new
// element's index among the elements of that kind in document order.
struct ElementPair {
  std::uint32_t old_index = 0;
  std::uint32_t new_index = 0;
  double similarity = 0;
};
std::array<std::vector<ElementPair>, 3> pair_plan_elements(const Plan& old_plan, const Plan& new_plan,
                                                           const DiffOptions& options = {});

// One element of a series of plans: the plan's number in the series and the
// element's index among that plan's elements of its kind, in document order.
struct SeriesElement {
  std::uint32_t plan = 0;
  std::uint32_t index = 0;
};

// The same pairing over a series of plans, each plan's words read once: history
// pairs every plan with the one before and the one after, and what is new with
// threads that skipped plans, and reading the words is most of a pairing's work.
// Pairs exactly as pair_plan_elements does.
class SeriesPairing {
 public:
  explicit SeriesPairing(const DiffOptions& options = {});
  ~SeriesPairing();
  SeriesPairing(SeriesPairing&&) noexcept;
  SeriesPairing& operator=(SeriesPairing&&) noexcept;

  // Reads the plan's elements; the plan must outlive the pairing. Returns its number, from 0.
  std::uint32_t add(const Plan& plan);
  // Pairs the elements of two plans added before, as pair_plan_elements(old, new).
  std::array<std::vector<ElementPair>, 3> pair(std::uint32_t old_plan, std::uint32_t new_plan) const;
  // Pairs chosen elements of one kind, from any plans; the pairs' indexes are
  // into `olds` and `news`, whose order counts as document order.
  std::vector<ElementPair> pair(ElementKind kind, const std::vector<SeriesElement>& olds,
                                const std::vector<SeriesElement>& news) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The fields that differ between two paired elements, as in a Change (the
// section aside), and the word diff of two texts.
// Elements of different kinds have none in common: the list is empty.
std::vector<FieldChange> element_changes(const ElementRef& old_element, const ElementRef& new_element,
                                         const OwnerAliases& aliases, const SameDocuments* documents = nullptr);
std::vector<TextOp> text_changes(std::string_view old_text, std::string_view new_text);

// True when anything was added, removed, modified or moved.
bool plans_differ(const PlanDiff& diff);

// Names used in output: "modified", "equal"/"delete"/"insert" (element kinds: to_string in plan.hpp).
const char* to_string(ChangeKind c);
const char* to_string(TextOp::Op op);

}  // namespace mseg
