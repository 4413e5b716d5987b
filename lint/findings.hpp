// The lint rules. Each reports a Diagnostic placed both as a span in the text
// plan and as a JSON Pointer into plan JSON, so one rule serves both kinds of
// input; an earlier element the message refers to is its related note.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <mseg/diagnostics.hpp>

namespace mseg::lint {

using Diagnostics = std::vector<Diagnostic>;

// A rule's diagnostic: `pointer` names the same element in plan JSON; `first`, the element it repeats.
inline Diagnostic found(DiagnosticCode code, std::string message, const Span& span, std::string pointer,
                        std::optional<Note> first = std::nullopt) {
  Diagnostic d = make_diagnostic(code, std::move(message), span);
  d.pointer = std::move(pointer);
  if (first) d.related.push_back(std::move(*first));
  return d;
}

// The rules of one section each, in the order Rules gives their findings.
namespace rule {
void tag_owners(const Section& sec, std::size_t s, Diagnostics& out);  // tag-without-owner
// deadline-before-plan: `year` written in the plan's `where` ("title", "meeting line").
void deadlines_before_plan(const Section& sec, std::size_t s, int year, const char* where, Diagnostics& out);
void citations(const Section& sec, std::size_t s, Diagnostics& out);      // directive-without-citation
void empty_section(const Section& sec, std::size_t s, Diagnostics& out);  // empty-section
// The year a plan's deadlines should not end before: the earliest in its title
// or meeting line; `where` says which of the two.
std::optional<int> stated_year(const Plan& head, const char*& where);

// A number and where it stands, for the numbering checks.
struct Numbered {
  int value;
  std::string written;  // as in the plan: "1D"
  Span span;
  std::string pointer;
};

// Values that should run 1, 2, 3..., checked as they come: one repeated, out
// of order, or after a gap is a numbering finding.
class Sequence {
 public:
  Sequence(const char* what, std::function<std::string(int)> label) : what_(what), label_(std::move(label)) {}
  void add(Numbered item, Diagnostics& out);

 private:
  const char* what_;
  std::function<std::string(int)> label_;
  int highest_ = 0;
  std::unordered_map<int, Numbered> first_;  // by value, the first item of it
};

// numbering: section numbers across the plan (into `sections`), directive and
// priority numbers within each section (into `elements`).
class Numbering {
 public:
  explicit Numbering(std::string encoding);
  void section(const Section& sec, std::size_t s, Diagnostics& sections, Diagnostics& elements);

 private:
  std::string encoding_;
  Sequence sections_;
  int last_section_ = 0;  // the highest section number so far, 0 before any
};

// duplicate-action: each distinct action text remembered by two 64-bit hashes
// of its compared form and where it first stood, not by the text: when a later
// section comes the earlier ones are gone. Two texts that differ agree in both
// hashes about once in 2^128 pairs.
class DuplicateActions {
 public:
  void section(const Section& sec, std::size_t s, Diagnostics& out);

 private:
  struct First {
    std::uint64_t check;  // the second hash
    std::uint32_t section, action;
    std::string id;
    Span span;
  };
  std::unordered_multimap<std::uint64_t, First> seen_;
  std::string key_;  // the compared form, a buffer reused from action to action
};
}  // namespace rule

// A plan's rules, fed its sections in order: mseg validate checks a text plan
// as the parser hands it over, one section at a time, and never holds the whole
// plan (issue 20 item 12). The rules that compare sections (numbering,
// duplicate-action) keep only what they compare by. Each rule's findings are
// kept apart and given out rule after rule, each in plan order, as they were
// when each rule was a loop over the whole plan: after validate's sort by place,
// findings at one place keep that order.
class Rules {
 public:
  // `head`: the plan, its sections not needed (title, meeting line and source.encoding are read).
  explicit Rules(const Plan& head);
  // The plan's section `s` (0-based), after sections 0 to s-1.
  void section(const Section& sec, std::size_t s);
  // Every finding so far, rule after rule.
  Diagnostics take();

 private:
  const char* year_where_ = "";  // before year_: its initializer sets this
  std::optional<int> year_;
  rule::Numbering numbering_;
  rule::DuplicateActions duplicates_;
  // In the order take() gives them.
  Diagnostics owners_, before_plan_, citations_, section_numbers_, element_numbers_, duplicate_, empty_;
};

// Every rule over a whole plan (Rules fed each of its sections).
Diagnostics run_rules(const Plan& plan);

// Plan JSON only (a text plan's deadlines are read from their text): a tag's
// deadline whose kind or dates are not what its text reads as, as after a
// hand edit of one but not the other.
void check_deadline_texts(const Plan& plan, Diagnostics& out);  // deadline-text-mismatch

// Pointers to plan elements, e.g. "/sections/0/actions/2".
std::string section_pointer(std::size_t s);
std::string element_pointer(std::size_t s, const char* list, std::size_t k);

}  // namespace mseg::lint

namespace mseg::lint {

// The first `chars` characters of `span`, all ASCII on its first line (a
// directive or priority number at the start of its paragraph).
Span leading_span(const Span& span, std::size_t chars, const std::string& encoding);

}  // namespace mseg::lint
