// issue 15: "Lead: Canada, United States and Thailand" at the end of an action,
// written without parentheses: a tag whose role is the keyword.
#pragma once

#include <optional>
#include <string_view>

#include <mseg/plan.hpp>

#include "finding.hpp"

namespace mseg {

struct LeadClause {
  std::string_view clause;  // from the keyword to the end of its owners and deadline, views the paragraph
  Tag tag;                  // text and role set; span left to the caller
  // What follows the owners and is no part of the tag ("Status: ongoing", "Completed."): the action's words, which
  // the caller keeps with a warning. Empty for most.
  std::string_view rest;
};

// The last "Lead:", "Leads:", "Lead Economy:", "Lead Economies:", "Co-lead:" or
// "Co-leads:" outside parentheses in `paragraph` (a view into the decoded
// text), read with what follows it as the tag's owners (and deadline, when
// written after a '/', in parentheses after them, "Peru (2010)", or as a field of
// its own, "; Timeline: 2009"). Another field ("; Status: ongoing") or a sentence
// (". Completed.") after the owners ends them: it is `rest`. Nullopt when there
// is none.
std::optional<LeadClause> read_lead_clause(std::string_view paragraph, Findings& out);

// Whether `words` label a field after a lead's owners ("Timeline", "Deadline", "Target", "Status") or are a lead
// keyword ("Lead", "Co-leads", "Lead Economy"), any case: what stands before such a colon names nobody.
bool field_or_role_label(std::string_view words);

// Whether a lead clause's owners go on past its line: it ends in ',', '&' or "and".
bool lead_clause_continues(std::string_view clause);

}  // namespace mseg
