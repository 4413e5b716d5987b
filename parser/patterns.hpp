// Every regular expression the parser uses, named in one place (RE2 syntax:
// linear-time matching on hostile input). Each is compiled once, on first use.
//
// Compiling a pattern costs more than reading a whole small plan (some 400,000
// instructions for one with the month names in it), and reading one deadline
// may try fourteen patterns, most only to fail. So that a short run compiles
// few of them, some patterns have a shortcut declared beside them:
// - a hand matcher ("match_..."), for the commonest deadlines ("September 2006",
//   "2010", "ongoing") and statement citations: exactly the pattern's answer;
// - a pre-check ("may_match_..."), from the text's first word and last
//   characters: false means the pattern cannot match, so it need not be
//   compiled or run; true means run it.
// Shortcuts answer only for ASCII text and the curly quotes ("Leaders’"): under
// (?i) RE2 folds some other letters onto ASCII ones ("ſ" onto s, the Kelvin sign
// onto k), so text with any other character is left to the patterns ("nullopt"
// or "may match"). Changing a pattern means changing its shortcut;
// parser/deadline_test.cpp and citation_test.cpp check each against its pattern.
#pragma once

#include <optional>
#include <string_view>

#include <re2/re2.h>

namespace mseg::patterns {

// ---- Numbering -------------------------------------------------------------
// "1.A text", "1A.  text", "1a. text", "4. text", "2E text", "1A) text", "1 A. text", "1C: text", "(1B) text":
// group 1 to 7 is the number ("1 A" keeps its space: the parser takes it out).
const RE2& directive_number();
// "1.1  text", "3.2. text", "1.2) text": group 1 is the number.
const RE2& priority_number();
// RE2::Consume(&s, directive_number(), &number, &bare) by hand, exact for any
// text (no (?i), only ASCII classes): on a match `number` is the group that
// matched and s has lost the match. Every directive is numbered, and the
// pattern cost a fiftieth of parsing a plan.
bool consume_directive_number(std::string_view& s, std::string_view& number);
// RE2::Consume(&s, priority_number(), &number) by hand, exact for any text.
bool consume_priority_number(std::string_view& s, std::string_view& number);

// ---- Citations (inside the parentheses, trimmed) ---------------------------
// "Bogor Goal", "Bogor Goals".
const RE2& bogor_goal();
// RE2::FullMatch(s, bogor_goal()) by hand; nullopt for text left to the pattern.
std::optional<bool> match_bogor_goal(std::string_view s);
// "<issuer words> Statement|Declaration|Communique YYYY[, pinpoint]":
// group 1 issuer words, 2 document kind, 3 year, 4 pinpoint (optional).
const RE2& statement_citation();
// RE2::FullMatch(s, statement_citation(), &issuer, &document, &year, &pinpoint)
// by hand (pinpoint empty when there is none); nullopt for text left to the pattern.
std::optional<bool> match_statement_citation(std::string_view s, std::string_view& issuer,
                                             std::string_view& document, std::string_view& year,
                                             std::string_view& pinpoint);
// Anything that looks meant as a citation: a year, or a document word.
const RE2& citation_like();
bool may_match_citation_like(std::string_view s);
// RE2::PartialMatch(s, citation_like()), run only when the pre-check allows.
bool looks_like_citation(std::string_view s);
// Whether `s` holds a word only the documents plans cite are named by: statement, declaration, communiqué, goal.
bool names_cited_document(std::string_view s);
// Whether `s` ends in a word that owners' names abbreviate with a stop ("APEC Sec", "Dept", "Govt"): the '.'
// after it is the abbreviation's own, never the separator a tag lacks ("(APEC Sec. March 2008)").
bool ends_in_owner_abbreviation(std::string_view s);

// ---- Preamble --------------------------------------------------------------
// "The Maritime Security Experts Group (MSEG) is ...": group 1 name, 2 acronym.
const RE2& group_naming();

// ---- Deadlines and tags (parser/deadline.cpp, parser/tag.cpp) --------------
// Declared below by the deadline and tag readers.
// All deadline patterns are case-insensitive and anchored at both ends; they
// expect text already trimmed, with white space runs as single spaces and no
// trailing '.'. A month group holds a month name or abbreviation ("Sept").
// "1 July 2009", "1st July, 2009", "15. September 2008": group 1 day, 2 month, 3 year.
const RE2& deadline_date_dmy();
// A month as the deadline patterns spell it ("Sept", "september"), without a '.' after it.
bool month_spelling(std::string_view w);
bool may_match_deadline_date_dmy(std::string_view s);
// "July 1, 2009", "Jul. 1 2009": group 1 month, 2 day, 3 year.
const RE2& deadline_date_mdy();
bool may_match_deadline_date_mdy(std::string_view s);
// "2009-07-01": group 1 year, 2 month, 3 day.
const RE2& deadline_date_iso();
bool may_match_deadline_date_iso(std::string_view s);
// "September 2006", "Sept. 2006", "Oct 2007": group 1 month, 2 year.
const RE2& deadline_month();
// RE2::FullMatch(s, deadline_month(), &month, &year) by hand; nullopt for text
// the shortcuts leave to the patterns.
std::optional<bool> match_deadline_month(std::string_view s, std::string_view& month, int& year);
// "2006-09": group 1 year, 2 month.
const RE2& deadline_month_iso();
bool may_match_deadline_month_iso(std::string_view s);
// "2010": group 1 year.
const RE2& deadline_year();
// RE2::FullMatch(s, deadline_year(), &year) by hand; nullopt for text left to the pattern.
std::optional<bool> match_deadline_year(std::string_view s, int& year);
// "Q3 2009", "3Q 2009", "third quarter of 2009": group 1 or 2 quarter number,
// or 3 ordinal word; 4 year.
const RE2& deadline_quarter();
bool may_match_deadline_quarter(std::string_view s);
// "mid-2009", "early 2010", "end of 2009", "H1 2010", "first half of 2010":
// group 1 the part word(s), 2 year.
const RE2& deadline_part();
bool may_match_deadline_part(std::string_view s);
// "March–April 2010", "March to April 2010": group 1 first month, 2 last month, 3 year.
const RE2& deadline_month_range();
bool may_match_deadline_month_range(std::string_view s);
// "Q3–Q4 2009": group 1 first quarter, 2 last quarter, 3 year.
const RE2& deadline_quarter_range();
bool may_match_deadline_quarter_range(std::string_view s);
// "1–15 March 2010": group 1 first day, 2 last day, 3 month, 4 year.
const RE2& deadline_day_range();
bool may_match_deadline_day_range(std::string_view s);
// "ongoing", "on-going", "continuous".
const RE2& deadline_ongoing();
// RE2::FullMatch(s, deadline_ongoing()) by hand; nullopt for text left to the pattern.
std::optional<bool> match_deadline_ongoing(std::string_view s);
// "TBC", "TBD", "to be confirmed", "to be determined".
const RE2& deadline_tbd();
bool may_match_deadline_tbd(std::string_view s);
// A meeting rather than a date: "TPTWG 32", "at TPTWG 30", "next meeting",
// "next MEG-SEC meeting", "MEG-SEC 5". Acronyms must be written in capitals.
const RE2& deadline_meeting();
bool may_match_deadline_meeting(std::string_view s);
// A "to be confirmed" marker at the end of an owner: "Singapore (to be confirmed)",
// "Viet Nam TBC". Unanchored at the start; group 1 is the marker with its
// parentheses. Run it on a bounded tail of the owner, not on unbounded text.
const RE2& tentative_marker();
}  // namespace mseg::patterns
