// The lint rules. Each reports a Diagnostic placed both as a span in the text
// plan and as a JSON Pointer into plan JSON, so one rule serves both kinds of
// input; an earlier element the message refers to is its related note.
#pragma once

#include <optional>
#include <string>
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

// Each rule appends what it finds, in plan order.
void check_tag_owners(const Plan& plan, Diagnostics& out);             // tag-without-owner
void check_deadlines_before_plan(const Plan& plan, Diagnostics& out);  // deadline-before-plan
void check_citations(const Plan& plan, Diagnostics& out);              // directive-without-citation
void check_numbering(const Plan& plan, Diagnostics& out);              // numbering
void check_duplicate_actions(const Plan& plan, Diagnostics& out);      // duplicate-action
void check_empty_sections(const Plan& plan, Diagnostics& out);         // empty-section
// Plan JSON only (a text plan's deadlines are read from their text): a tag's
// deadline whose kind or dates are not what its text reads as, as after a
// hand edit of one but not the other.
void check_deadline_texts(const Plan& plan, Diagnostics& out);         // deadline-text-mismatch

// Every rule above, in that order.
Diagnostics run_rules(const Plan& plan);

// Pointers to plan elements, e.g. "/sections/0/actions/2".
std::string section_pointer(std::size_t s);
std::string element_pointer(std::size_t s, const char* list, std::size_t k);

}  // namespace mseg::lint

namespace mseg::lint {

// The first `chars` characters of `span`, all ASCII on its first line (a
// directive or priority number at the start of its paragraph).
Span leading_span(const Span& span, std::size_t chars, const std::string& encoding);

}  // namespace mseg::lint
