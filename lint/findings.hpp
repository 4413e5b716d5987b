// What a lint rule reports: a place both as a span in the text plan and as a
// JSON Pointer into plan JSON, so one rule serves both kinds of input.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <mseg/plan.hpp>

namespace mseg::lint {

// An earlier element the message refers to ("first at line N").
struct Related {
  Span span;
  std::string pointer;
};

struct Finding {
  std::string code;
  std::string message;
  Span span;            // in the text plan
  std::string pointer;  // the same element in plan JSON
  std::optional<Related> first;
};

using Findings = std::vector<Finding>;

// Each rule appends what it finds, in plan order.
void check_tag_owners(const Plan& plan, Findings& out);             // tag-without-owner
void check_deadlines_before_plan(const Plan& plan, Findings& out);  // deadline-before-plan
void check_citations(const Plan& plan, Findings& out);              // directive-without-citation
void check_numbering(const Plan& plan, Findings& out);              // numbering
void check_duplicate_actions(const Plan& plan, Findings& out);      // duplicate-action
void check_empty_sections(const Plan& plan, Findings& out);         // empty-section

// Every rule above, in that order.
Findings run_rules(const Plan& plan);

// Pointers to plan elements, e.g. "/sections/0/actions/2".
std::string section_pointer(std::size_t s);
std::string element_pointer(std::size_t s, const char* list, std::size_t k);

}  // namespace mseg::lint

namespace mseg::lint {

// The first `chars` characters of `span`, all ASCII on its first line (a
// directive or priority number at the start of its paragraph).
Span leading_span(const Span& span, std::size_t chars, const std::string& encoding);

}  // namespace mseg::lint
