// diff_plans: pairs each kind of element, matches sections, classifies, orders.
#include <mseg/diff.hpp>
#include <mseg/economy.hpp>

#include <algorithm>
#include <functional>
#include <tuple>
#include <unordered_map>

#include "base/permute.hpp"
#include "fields.hpp"
#include "normalize.hpp"
#include "pairing.hpp"
#include "similarity.hpp"
#include "word_diff.hpp"

namespace mseg {
namespace diff {
namespace {

// One directive, priority or action of a plan, where it stands.
struct Element {
  ElementRef ref;
  std::uint32_t section;   // index into plan.sections
  std::uint32_t position;  // document order over all elements of the plan
  std::uint32_t index;     // among the elements of its kind in its section

  ElementKind kind() const { return ref.kind(); }
};

// The plan's elements by kind, each kind in document order.
struct Elements {
  std::vector<Element> by_kind[3];
  std::size_t count = 0;
};

Elements elements_of(const Plan& plan) {
  Elements e;
  std::size_t counts[3] = {};
  for (const auto& sec : plan.sections) {
    counts[0] += sec.directives.size();
    counts[1] += sec.priorities.size();
    counts[2] += sec.actions.size();
  }
  for (int k = 0; k < 3; ++k) e.by_kind[k].reserve(counts[k]);  // not grown by doubling: a plan's elements are many
  std::uint32_t pos = 0;
  for (std::uint32_t s = 0; s < plan.sections.size(); ++s) {
    const auto& sec = plan.sections[s];
    std::uint32_t i = 0;
    for (const auto& d : sec.directives) e.by_kind[0].push_back({{&sec, &d}, s, pos++, i++});
    i = 0;
    for (const auto& p : sec.priorities) e.by_kind[1].push_back({{&sec, &p}, s, pos++, i++});
    i = 0;
    for (const auto& a : sec.actions) e.by_kind[2].push_back({{&sec, &a}, s, pos++, i++});
  }
  e.count = pos;
  return e;
}

// What similarity reads: the text, and for a priority its items too.
std::string similarity_text(const ElementRef& e) {
  const Priority* p = e.priority();
  if (!p) return e.text();
  std::string s = p->title;
  for (const auto& item : p->items) {
    s.push_back('\n');
    s += item.text;
  }
  return s;
}

std::uint64_t exact_hash(std::string_view text) {
  std::uint64_t h = kHashSeed;
  for (auto w : text_words(text)) {
    // word_key only folds non-ASCII punctuation: an ASCII word is its own key,
    // and most words are (this runs on every element of every plan).
    bool ascii = std::all_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    h = ascii ? hash_append(h, w) : hash_append(h, word_key(w));
  }
  return h;
}

// The options with the built-in aliases in place of none: every function below takes them so.
DiffOptions resolved(const DiffOptions& options) {
  DiffOptions out = options;
  if (!out.aliases) out.aliases = &builtin_aliases();
  return out;
}

std::uint64_t details_of(const ElementRef& e, const DiffOptions& options) {
  if (const Directive* d = e.directive()) return details_hash(*d, options.documents);
  if (const Priority* p = e.priority()) return details_hash(*p);
  return details_hash(*e.action(), *options.aliases);
}

// An element read for pairing: its similarity words (WordIds ids, text order)
// and the hashes of its exact words and of its other fields.
struct Prepared {
  std::vector<std::uint32_t> words;
  std::uint64_t exact = 0;
  std::uint64_t details = 0;
  std::uint64_t id = 0;  // hash of the element's id ("S3.D1")
};

Prepared prepare(const Element& e, WordIds& ids, const DiffOptions& options) {
  std::string text = similarity_text(e.ref);
  return {ids.words_of(text), exact_hash(text), details_of(e.ref, options),
          std::hash<std::string>{}(e.ref.id())};
}

// Pairs two lists of one kind of element.
std::vector<Pair> pair_prepared(const std::vector<const Prepared*>& olds, const std::vector<const Prepared*>& news,
                                double threshold) {
  Vocabulary vocab;
  PairingSide sides[2];
  const std::vector<const Prepared*>* lists[2] = {&olds, &news};
  for (int k = 0; k < 2; ++k) {
    auto& side = sides[k];
    side.words.reserve(lists[k]->size());
    for (const Prepared* e : *lists[k]) {
      side.words.push_back(vocab.add(e->words));
      side.exact.push_back(e->exact);
      side.details.push_back(e->details);
      side.ids.push_back(e->id);
    }
  }
  std::vector<const WordSet*> all;
  for (auto& side : sides)
    for (const auto& w : side.words) all.push_back(&w);
  vocab.finish(all);
  for (auto& side : sides) {
    side.norm2.reserve(side.words.size());
    for (const auto& w : side.words) side.norm2.push_back(vocab.norm2(w));
  }
  return pair_elements(vocab, sides[0], sides[1], threshold);
}

// Pairs one kind of element of the two plans.
std::vector<Pair> pair_kind(const std::vector<Element>& old_elements, const std::vector<Element>& new_elements,
                            const DiffOptions& options) {
  WordIds ids;
  std::vector<Prepared> prepared[2];
  std::vector<const Prepared*> lists[2];
  const std::vector<Element>* elements[2] = {&old_elements, &new_elements};
  for (int k = 0; k < 2; ++k) {
    prepared[k].reserve(elements[k]->size());
    for (const auto& e : *elements[k]) prepared[k].push_back(prepare(e, ids, options));
    for (const auto& p : prepared[k]) lists[k].push_back(&p);
  }
  return pair_prepared(lists[0], lists[1], options.threshold);
}

struct Paired {
  const Element* old_element;
  const Element* new_element;
  double similarity;
};

// Old section -> the new section most of its paired elements went to (ties: the
// closest in position, then the earliest); -1 when none of them was paired.
// Several old sections may map to one new section: a merge moves nothing.
std::vector<std::int64_t> match_sections(const std::vector<Paired>& pairs, std::size_t old_sections) {
  std::unordered_map<std::uint64_t, std::uint32_t> votes;
  for (const auto& p : pairs) ++votes[(std::uint64_t{p.old_element->section} << 32) | p.new_element->section];
  std::vector<std::int64_t> match(old_sections, -1);
  std::vector<std::uint32_t> best(old_sections, 0);
  for (auto [key, n] : votes) {
    auto o = static_cast<std::uint32_t>(key >> 32);
    auto w = static_cast<std::int64_t>(static_cast<std::uint32_t>(key));
    auto distance = [&](std::int64_t x) { return x > o ? x - o : o - x; };
    bool better = n > best[o] || (n == best[o] && (distance(w) < distance(match[o]) ||
                                                   (distance(w) == distance(match[o]) && w < match[o])));
    if (match[o] < 0 || better) {
      match[o] = w;
      best[o] = n;
    }
  }
  return match;
}

// An element only one plan has: it goes on that plan's side.
Change unpaired(const Element& e, ChangeKind change) {
  Change c;
  c.kind = e.kind();
  c.change = change;
  (change == ChangeKind::added ? c.new_element : c.old_element) = e.ref;
  return c;
}

}  // namespace
}  // namespace diff

const char* to_string(ChangeKind c) {
  switch (c) {
    case ChangeKind::unchanged: return "unchanged";
    case ChangeKind::moved: return "moved";
    case ChangeKind::modified: return "modified";
    case ChangeKind::removed: return "removed";
    case ChangeKind::added: return "added";
  }
  return "modified";
}

const char* to_string(TextOp::Op op) {
  switch (op) {
    case TextOp::Op::equal: return "equal";
    case TextOp::Op::remove: return "delete";
    case TextOp::Op::insert: return "insert";
  }
  return "equal";
}

void DiffCounts::count(ChangeKind c) {
  switch (c) {
    case ChangeKind::unchanged: ++unchanged; break;
    case ChangeKind::moved: ++moved; break;
    case ChangeKind::modified: ++modified; break;
    case ChangeKind::removed: ++removed; break;
    case ChangeKind::added: ++added; break;
  }
}

std::vector<FieldChange> element_changes(const ElementRef& a, const ElementRef& b, const OwnerAliases& aliases,
                                         const SameDocuments* documents) {
  if (a.kind() != b.kind()) return {};
  if (const Directive* d = a.directive()) return diff::field_changes(*d, *b.directive(), documents);
  if (const Priority* p = a.priority()) return diff::field_changes(*p, *b.priority());
  return diff::field_changes(*a.action(), *b.action(), aliases);
}


std::vector<TextOp> text_changes(std::string_view old_text, std::string_view new_text) {
  diff::WordDiffBudget budget;
  return diff::word_diff(old_text, new_text, budget);
}

std::array<std::vector<ElementPair>, 3> pair_plan_elements(const Plan& old_plan, const Plan& new_plan,
                                                           const DiffOptions& options) {
  using namespace diff;
  const DiffOptions resolved_options = resolved(options);
  Elements old_elements = elements_of(old_plan), new_elements = elements_of(new_plan);
  std::array<std::vector<ElementPair>, 3> out;
  for (int k = 0; k < 3; ++k)
    for (const auto& p : pair_kind(old_elements.by_kind[k], new_elements.by_kind[k], resolved_options))
      out[static_cast<std::size_t>(k)].push_back({p.old_index, p.new_index, p.similarity});
  return out;
}

struct SeriesPairing::Impl {
  DiffOptions options;  // resolved
  diff::WordIds ids;
  std::vector<std::array<std::vector<diff::Prepared>, 3>> plans;  // per plan, per kind
};

SeriesPairing::SeriesPairing(const DiffOptions& options)
    : impl_(new Impl{diff::resolved(options), {}, {}}) {}
SeriesPairing::~SeriesPairing() = default;
SeriesPairing::SeriesPairing(SeriesPairing&&) noexcept = default;
SeriesPairing& SeriesPairing::operator=(SeriesPairing&&) noexcept = default;

std::uint32_t SeriesPairing::add(const Plan& plan) {
  using namespace diff;
  Elements elements = elements_of(plan);
  auto& prepared = impl_->plans.emplace_back();
  for (std::size_t k = 0; k < 3; ++k) {
    prepared[k].reserve(elements.by_kind[k].size());
    for (const auto& e : elements.by_kind[k])
      prepared[k].push_back(prepare(e, impl_->ids, impl_->options));
  }
  return static_cast<std::uint32_t>(impl_->plans.size() - 1);
}

std::array<std::vector<ElementPair>, 3> SeriesPairing::pair(std::uint32_t old_plan, std::uint32_t new_plan) const {
  std::array<std::vector<ElementPair>, 3> out;
  for (std::size_t k = 0; k < 3; ++k) {
    std::vector<SeriesElement> olds, news;
    for (std::uint32_t i = 0; i < impl_->plans.at(old_plan)[k].size(); ++i) olds.push_back({old_plan, i});
    for (std::uint32_t i = 0; i < impl_->plans.at(new_plan)[k].size(); ++i) news.push_back({new_plan, i});
    out[k] = pair(static_cast<ElementKind>(k), olds, news);
  }
  return out;
}

std::vector<ElementPair> SeriesPairing::pair(ElementKind kind, const std::vector<SeriesElement>& olds,
                                             const std::vector<SeriesElement>& news) const {
  auto k = static_cast<std::size_t>(kind);
  auto list = [&](const std::vector<SeriesElement>& at) {
    std::vector<const diff::Prepared*> out;
    out.reserve(at.size());
    for (const auto& e : at) out.push_back(&impl_->plans.at(e.plan)[k].at(e.index));
    return out;
  };
  std::vector<ElementPair> out;
  for (const auto& p : diff::pair_prepared(list(olds), list(news), impl_->options.threshold))
    out.push_back({p.old_index, p.new_index, p.similarity});
  return out;
}

namespace {

bool owned_by(const std::optional<ElementRef>& e, const std::string& who, const OwnerAliases& aliases) {
  const Action* a = e ? e->action() : nullptr;
  if (!a) return false;
  for (const auto& t : a->tags)
    for (const auto& o : t.owners)
      if (fold_owner_name(aliases.identity(o)) == who || fold_owner_name(o.name) == who) return true;
  return false;
}

}  // namespace

PlanDiff restrict_to_owner(const PlanDiff& d, std::string_view owner, const OwnerAliases& aliases) {
  PlanDiff out;
  out.old_source = d.old_source;
  out.new_source = d.new_source;
  out.threshold = d.threshold;
  // The owner as asked for, by who it is: "--owner 'MSEG Chair'" is the Chair.
  Owner asked{std::string(owner), canonical_economy(owner), canonical_economy(owner).has_value()};
  const std::string who = fold_owner_name(aliases.identity(asked));
  for (const auto& c : d.changes) {
    if (!owned_by(c.old_element, who, aliases) && !owned_by(c.new_element, who, aliases)) continue;
    out.summary.count(c.change);
    out.summary.by_kind[static_cast<std::size_t>(c.kind)].count(c.change);
    out.changes.push_back(c);
  }
  return out;
}

bool plans_differ(const PlanDiff& d) {
  return d.summary.added + d.summary.removed + d.summary.modified + d.summary.moved > 0;
}

namespace {
using namespace diff;  // the elements, pairing and fields above

// A change in the order the diff lists it: by section, kind, then place.
// Where a change goes in the diff. The keys are sorted, not the changes
// themselves: a Change is over a hundred bytes, and sorting them would hold
// the diff twice (issue 20 item 12).
struct Keyed {
  std::int64_t section;
  int kind;
  std::int64_t place;  // 2 * index within section and kind; odd: after that index; -1: first
  std::uint32_t old_position;
  std::uint32_t change;  // index into the changes as made
};

// The changes as they are made, each with its key.
struct Made {
  std::vector<Keyed> keys;
  std::vector<Change> changes;
  void add(std::int64_t section, int kind, std::int64_t place, std::uint32_t old_position, Change&& c) {
    keys.push_back({section, kind, place, old_position, static_cast<std::uint32_t>(changes.size())});
    changes.push_back(std::move(c));
  }
};

// Each kind's elements paired across the plans; `new_paired` marks the new elements taken, by position.
std::vector<Paired> pair_elements(const Elements& old_elements, const Elements& new_elements,
                                  const DiffOptions& options, std::vector<bool>& new_paired) {
  std::vector<Paired> pairs;
  new_paired.assign(new_elements.count, false);
  for (int k = 0; k < 3; ++k) {
    const auto& olds = old_elements.by_kind[k];
    const auto& news = new_elements.by_kind[k];
    for (const auto& p : pair_kind(olds, news, options)) {
      const Element* a = &olds[p.old_index];
      const Element* b = &news[p.new_index];
      pairs.push_back({a, b, p.similarity});
      new_paired[b->position] = true;
    }
  }
  return pairs;
}

// What became of a paired element: its fields compared, a move between sections as the "section" field, and
// whether that makes it unchanged, moved or modified (counted in `summary`).
Change paired_change(const Paired& p, const Plan& old_plan, const Plan& new_plan,
                     const std::vector<std::int64_t>& section_match, const DiffOptions& options,
                     WordDiffBudget& budget, DiffSummary& summary) {
  const Element& a = *p.old_element;
  const Element& b = *p.new_element;
  Change c;
  c.kind = a.kind();
  c.old_element = a.ref;
  c.new_element = b.ref;
  c.similarity = p.similarity;
  c.fields = element_changes(a.ref, b.ref, *options.aliases, options.documents);
  if (section_match[a.section] != static_cast<std::int64_t>(b.section)) {
    FieldChange f;
    f.field = "section";
    f.old_values.push_back(old_plan.sections[a.section].id);
    f.new_values.push_back(new_plan.sections[b.section].id);
    c.fields.push_back(std::move(f));
  }
  c.text_diff = word_diff(a.ref.text(), b.ref.text(), budget);
  if (c.fields.empty()) {
    c.change = ChangeKind::unchanged;
    ++summary.unchanged;
  } else if (c.fields.size() == 1 && c.fields.front().field == "section") {
    c.change = ChangeKind::moved;
    ++summary.moved;
  } else {
    c.change = ChangeKind::modified;
    ++summary.modified;
  }
  return c;
}

// The removed elements, each placed in the new section its old section went to, right after the partner of
// the nearest paired element of its kind before it in its old section (or first); elements of a section that
// went nowhere follow the section before it.
void place_removed(const Elements& old_elements, const std::vector<Paired>& pairs,
                   const std::vector<std::int64_t>& section_match, Made& made, DiffSummary& summary) {
  std::vector<std::int64_t> target(section_match.size(), -1);
  std::vector<int> vanished(section_match.size(), 0);
  for (std::size_t i = 0; i < target.size(); ++i) {
    target[i] = section_match[i] >= 0 ? section_match[i] : (i > 0 ? target[i - 1] : -1);
    vanished[i] = section_match[i] < 0 ? 3 : 0;
  }
  std::vector<const Element*> partner(old_elements.count, nullptr);
  for (const auto& p : pairs) partner[p.old_element->position] = p.new_element;
  for (int k = 0; k < 3; ++k) {
    const Element* before = nullptr;  // nearest paired element of this kind in the same old section
    for (const auto& a : old_elements.by_kind[k]) {
      if (before && before->section != a.section) before = nullptr;
      if (partner[a.position]) {
        before = &a;
        continue;
      }
      ++summary.removed;
      std::int64_t place = -1;
      if (before && static_cast<std::int64_t>(partner[before->position]->section) == target[a.section])
        place = 2 * std::int64_t{partner[before->position]->index} + 1;
      made.add(target[a.section], vanished[a.section] + k, place, a.position, unpaired(a, ChangeKind::removed));
    }
  }
}

}  // namespace

PlanDiff diff_plans(const Plan& old_plan, const Plan& new_plan, const DiffOptions& options) {
  using namespace diff;
  const DiffOptions resolved_options = resolved(options);
  Elements old_elements = elements_of(old_plan), new_elements = elements_of(new_plan);
  std::vector<bool> new_paired;
  const std::vector<Paired> pairs = pair_elements(old_elements, new_elements, resolved_options, new_paired);
  auto section_match = match_sections(pairs, old_plan.sections.size());

  // Sort keys: section, kind, place. A paired or added element stands at its place in the new plan; a removed
  // one where place_removed puts it.
  Made made;
  const std::size_t count = old_elements.count + new_elements.count - pairs.size();  // each element in one change
  made.keys.reserve(count);
  made.changes.reserve(count);
  WordDiffBudget budget;
  PlanDiff result;
  result.old_source = old_plan.source;
  result.new_source = new_plan.source;
  result.threshold = options.threshold;
  for (const auto& p : pairs)
    made.add(p.new_element->section, static_cast<int>(p.new_element->kind()), 2 * std::int64_t{p.new_element->index},
             p.old_element->position,
             paired_change(p, old_plan, new_plan, section_match, resolved_options, budget, result.summary));
  for (int k = 0; k < 3; ++k) {
    for (const auto& b : new_elements.by_kind[k]) {
      if (new_paired[b.position]) continue;
      ++result.summary.added;
      made.add(b.section, static_cast<int>(b.kind()), 2 * std::int64_t{b.index}, 0, unpaired(b, ChangeKind::added));
    }
  }
  place_removed(old_elements, pairs, section_match, made, result.summary);
  auto& keys = made.keys;
  std::sort(keys.begin(), keys.end(), [](const Keyed& x, const Keyed& y) {
    return std::tie(x.section, x.kind, x.place, x.old_position) < std::tie(y.section, y.kind, y.place, y.old_position);
  });
  auto& changes = made.changes;
  permute_in_place(changes, [&keys](std::size_t i) { return keys[i].change; });
  for (const Change& c : changes) result.summary.by_kind[static_cast<std::size_t>(c.kind)].count(c.change);
  result.changes = std::move(changes);
  return result;
}

}  // namespace mseg
