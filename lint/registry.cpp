#include <mseg/rules.hpp>

#include <algorithm>
#include <array>

namespace mseg::lint {
namespace {

constexpr auto E = Severity::error;
constexpr auto W = Severity::warning;
constexpr auto N = Severity::note;

// Content problems are warnings: the plan can still be read. Structure
// problems are errors: the table or JSON cannot be trusted as read.
constexpr std::array kRules = {
    Rule{"no-table", E, Origin::parser, "No table found: no line starts with a tab.",
         "Save the work plan from the word processor as plain text so that table cells start with a tab."},
    Rule{"no-header", E, Origin::parser, "The table's first row does not name the three columns.",
         "Add a header row naming the columns, e.g. 'Directives', 'Priorities', 'Action Items'."},
    Rule{"cell-count", E, Origin::parser, "The table's cell count is not a multiple of three, so a row is short.",
         "Find the row with a missing or extra cell (a lost tab) and restore it."},
    Rule{"cell-boundary-assumed", N, Origin::parser,
         "Where a cell's tab seems lost, mseg read a new cell from that line, as if the tab were there.",
         "Check the line: if a cell starts there, restore its tab; if not, find the cell that lost or gained one."},
    Rule{"empty-section", E, Origin::lint, "A section has no directives, priorities or actions.",
         "Delete the empty row, or fill in its directives, priorities and actions."},
    Rule{"action-without-tag", W, Origin::parser, "An action has no (Owner/Deadline) tag.",
         "End the action with a tag naming who does it and by when, e.g. '(Australia/September 2006)'."},
    Rule{"tag-without-action", W, Origin::parser, "A tag stands where no action precedes it.",
         "Put the tag after the action it belongs to, or add the missing action text."},
    Rule{"tag-without-owner", W, Origin::lint, "A tag names no owner before its deadline.",
         "Name the economy or body responsible before the '/', e.g. '(Canada/March 2008)'."},
    Rule{"tag-separator", W, Origin::parser, "A tag separates owner from deadline with something other than '/'.",
         "Write '/' between the owners and the deadline: '(Canada/Secretariat/September 2006)' or "
         "'(Canada, Secretariat/September 2006)'."},
    Rule{"unknown-deadline", W, Origin::parser, "A tag's deadline is missing or of a form mseg does not know.",
         "Write the deadline as a date, month, quarter, year, range, meeting, 'ongoing' or 'TBD', e.g. "
         "'March 2008', 'Q3 2007', 'next MSEG meeting' (docs/format-tags.md)."},
    Rule{"invalid-date", E, Origin::parser, "A tag's deadline is a date that does not exist, e.g. 31 February.",
         "Correct the day or month: the plan's owners cannot meet a deadline that is not a date."},
    Rule{"misspelled-month", W, Origin::parser,
         "A tag's deadline is unreadable but one typing slip from a month name, e.g. 'Marhc 2008'.",
         "Correct the month's spelling; 'mseg validate --fix' does it when only one month is that close."},
    Rule{"deadline-before-plan", W, Origin::lint,
         "A dated deadline ends before the year the plan states in its title or meeting line.",
         "Update the deadline to one the plan can still meet, or mark the action done and remove it."},
    Rule{"directive-without-citation", W, Origin::lint, "A directive cites no source.",
         "End the directive with the source it comes from, e.g. '(Ministerial Statement 2004)' or '(Bogor Goal)'."},
    Rule{"unknown-citation", W, Origin::parser, "A citation is of a form mseg does not recognise.",
         "Cite as '(Issuer Statement YEAR)', '(Issuer Declaration YEAR)', '(... Communique YEAR)' or "
         "'(Bogor Goal)'."},
    Rule{"no-such-meeting", W, Origin::parser,
         "A citation names a year in which the meeting it cites was not held (a typo, or another body).",
         "Correct the year to a meeting that took place (docs/citations.md lists them), or cite the other body's "
         "document by its name; if the registry lacks the meeting, add it to .mseg/registry.json."},
    Rule{"unresolved-citation", N, Origin::parser, "A citation matches no document in the citation registry.",
         "Correct the citation, or add the document to .mseg/registry.json (or the file given to --registry) "
         "as docs/citations.md shows."},
    Rule{"numbering", W, Origin::lint, "Section, directive or priority numbers are out of order, skipped or repeated.",
         "Renumber so that sections run 1, 2, 3, directives 1A, 1B, 1C within section 1, and priorities "
         "1.1, 1.2 within section 1."},
    Rule{"duplicate-action", W, Origin::lint, "The same action text appears twice in one plan.",
         "Delete the repeated action, or merge the two and keep every tag."},
    Rule{"unbalanced-parentheses", W, Origin::parser,
         "A parenthesis has no partner, so a tag or citation may be misread.", "Add the missing '(' or ')'."},
    Rule{"decoded-windows-1252", N, Origin::parser, "The file is not valid UTF-8 and was read as Windows-1252.",
         "Save the file as UTF-8 to be sure every character reads as intended."},
    Rule{"invalid-utf8", W, Origin::parser,
         "Bytes that are not UTF-8 in a file that otherwise is: each run was read as U+FFFD.",
         "Retype the character at the place shown, or save the file as UTF-8 again."},
    Rule{"docx-tracked-changes", N, Origin::parser,
         "The Word document has tracked changes not yet accepted; it was read as if they were.",
         "Accept or reject the changes in Word (Review, Accept All)."},
    Rule{"docx-other-table", N, Origin::parser,
         "The Word document holds a table that is not the plan's (its first row names no columns); it was not read.",
         "Nothing, if the table is not part of the plan; otherwise move its rows into the plan's table."},
    Rule{"docx-text-after-table", N, Origin::parser,
         "The Word document has paragraphs after the plan's table; they were not read.",
         "Nothing, unless the paragraphs belong in the table."},
    Rule{"docx-merged-cell", N, Origin::parser,
         "A merged cell's text was read into the first row or column it covers, the others as empty cells.",
         "Nothing, if that is what the merge means; otherwise split the cells in Word."},
    Rule{"docx-nested-table", N, Origin::parser,
         "A cell holds a table of its own; its cells were read as the outer cell's paragraphs.",
         "Nothing, if the order reads right; otherwise write the inner table's cells as paragraphs."},
    Rule{"json-syntax", E, Origin::json,
         "The file starts like JSON but is not readable JSON: malformed, truncated or nested too deeply.",
         "Fix the JSON at the place shown, or regenerate it with 'mseg parse'."},
    Rule{"json-schema", E, Origin::json,
         "Plan JSON does not fit the plan model (schema/plan.schema.json): a missing or unknown field, a "
         "wrong type, a bad date or enumeration.",
         "Correct the value at the JSON Pointer shown, or regenerate the file with 'mseg parse'."},
};

}  // namespace

std::span<const Rule> rules() { return kRules; }

const Rule* find_rule(std::string_view code) {
  auto it = std::find_if(kRules.begin(), kRules.end(), [&](const Rule& r) { return r.code == code; });
  return it == kRules.end() ? nullptr : &*it;
}

const char* to_string(Origin o) {
  switch (o) {
    case Origin::parser:
      return "parser";
    case Origin::lint:
      return "lint";
    case Origin::json:
      return "json";
  }
  return "lint";
}

}  // namespace mseg::lint
