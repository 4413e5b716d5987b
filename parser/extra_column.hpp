// issue 15: the names of a wider table's further columns (Lead, Timeline, Status...), which the
// tab-cell parser and the layout readers that keep a wider table's cells must agree on.
#pragma once

#include <cstddef>
#include <string_view>

namespace mseg {

// `name` (trimmed, any case) names a further column after the three: Lead, Leads, Lead Economy,
// Lead Economies, Lead Economy(ies), Co-leads, Timeline, Timeframe, Time frame, Status, Progress,
// Deadline, Responsibility, Remarks, Comments, Notes, Note, Responsible, Responsible Economy,
// Responsible Economies, Owner, Owners, Timeline/Deadline, Deadline/Timeline, Due date, Target
// date. (Not Outcomes: that names the priorities column.)
bool is_extra_column(std::string_view name);
// The plan column whose name `name` ends in: 0 directives (Directives, Objectives, Goals), 1 priorities
// (Priorities, Deliverables, Outcomes), 2 actions (Action Items, Actions); -1 for none. `any_case`: as a header
// cell may be written; otherwise as a heading line of text is (those words, or "Action items"), where a line
// of a cell's text ending in "outcomes" must not pass for one.
int column_named(std::string_view name, bool any_case);
// How many of a header row's first three names say what a plan's columns hold ("Directives", "MSEG Priorities",
// "Action Items", "Goals", "Deliverables"...): the plan's table among a document's tables is the one that scores
// most, the first of equals (a revision table, "Version | Date | Changes", scores none).
int plan_column_score(std::string_view a, std::string_view b, std::string_view c);

// A column's name that ends in a parenthesis, as a spreadsheet's header may: "Action Items (Owner/Deadline)",
// "Lead Economy(ies)". A short name (four words at most) that names a column, and in the parenthesis no digit
// and no citation: a cell ending in "(US/2008)" or "(Bogor Goal)" is a tag's or a citation's, a first data row's,
// though its words say "action" or "goal" (a review's finding).
bool column_name_with_parenthesis(std::string_view name);

// The longest name is_extra_column knows ("Responsible Economies"): a longer line names no column.
inline constexpr std::size_t kLongestExtraColumn = 21;

}  // namespace mseg
