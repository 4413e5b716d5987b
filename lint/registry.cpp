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
    Rule{"no-table", E, Origin::parser, "No table found after the front matter: no line starts with a tab.",
         "Save the work plan from the word processor as plain text so that table cells start with a tab."},
    Rule{"no-header", E, Origin::parser, "The table's first row does not name the three columns.",
         "Add a header row naming the columns, e.g. 'Directives', 'Priorities', 'Action Items'."},
    Rule{"cell-count", E, Origin::parser, "The table's cell count is not a multiple of three, so a row is short.",
         "Find the row with a missing or extra cell (a lost tab) and restore it."},
    Rule{"cell-boundary-assumed", N, Origin::parser,
         "Where a cell's tab seems lost, mseg read a new cell from that line, as if the tab were there.",
         "Check the line: if a cell starts there, restore its tab; if not, find the cell that lost or gained one."},
    Rule{"layout-guess", N, Origin::parser,
         "Two layout readers fit the text about equally; the note says which read it and why.",
         "Check the plan read as expected; name the form with --layout if it did not (docs/format.md)."},
    Rule{"layout-inferred", N, Origin::parser,
         "A text form lost where a block of text stands in the table; mseg inferred its column or row from the order.",
         "Check the element read from the block; a side-by-side, Markdown or tab-cell copy of the plan says it for sure."},
    Rule{"page-furniture", N, Origin::parser,
         "A page number, running header or footer, or repeated column-name row was removed from the text.",
         "Nothing to fix; the line is not part of the plan."},
    Rule{"layout-hyphen", N, Origin::parser,
         "A line of wrapped text ends in a hyphen; the note says whether it was kept (sub-group) or dropped (capacity).",
         "Check the word read; docs/format.md gives the rule. A form that does not wrap (Markdown, tab cells) says it for sure."},
    Rule{"layout-straddle", W, Origin::parser,
         "In side-by-side text, a word runs across the gutter between two columns; it was read in the left one.",
         "Widen the gutter (pdftotext -layout with a smaller -fixed pitch) or correct the line by hand."},
    Rule{"layout-columns", E, Origin::parser, "The reader could not find the table's columns in the text.",
         "Check the plan's header line names three columns, or read it with another --layout."},
    Rule{"layout-unread", W, Origin::parser, "A line of the input is outside the table the reader read, and not read.",
         "Move the text into the table or the front matter, or delete it."},
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
    // issue 15: front matter, deadlines in the text, wider tables.
    Rule{"unplanned-text", N, Origin::parser,
         "A line before the table is not the plan's (a web page's title, 'advertisement', a lone URL) or is read "
         "as none of title, meeting, cover sheet and preamble.",
         "Delete the line if it came with the copy; if it belongs to the plan, put it where it belongs."},
    Rule{"deadline-from-text", N, Origin::parser,
         "An action's tags give no deadline, so one written in its sentence ('by March 2008') is read as its deadline.",
         "Nothing, if that is its deadline; to be explicit, end the action with a tag: '(Canada/March 2008)'."},
    Rule{"extra-without-action", W, Origin::parser,
         "A wider table's further column (Lead, Timeline, Status...) holds text in a row with no action to keep it.",
         "Put the row's action in its Action Items cell, or move the text to the row it belongs to."},
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
