// Every regular expression the parser uses, named in one place (RE2 syntax:
// linear-time matching on hostile input). Each is compiled once, on first use.
#pragma once

#include <re2/re2.h>

namespace mseg::patterns {

// ---- Numbering -------------------------------------------------------------
// "1A.  text", "1a. text", "4. text", "2E text": group 1 is the number.
const RE2& directive_number();
// "1.1  text", "3.2. text": group 1 is the number.
const RE2& priority_number();

// ---- Citations (inside the parentheses, trimmed) ---------------------------
// "Bogor Goal", "Bogor Goals".
const RE2& bogor_goal();
// "<issuer words> Statement|Declaration|Communique YYYY[, pinpoint]":
// group 1 issuer words, 2 document kind, 3 year, 4 pinpoint (optional).
const RE2& statement_citation();
// Anything that looks meant as a citation: a year, or a document word.
const RE2& citation_like();
// A year 1900-2199 standing alone: group 1.
const RE2& year();

// ---- Preamble --------------------------------------------------------------
// "The Maritime Security Experts Group (MSEG) is ...": group 1 name, 2 acronym.
const RE2& group_naming();

// ---- Deadlines and tags (parser/deadline.cpp, parser/tag.cpp) --------------
// Declared below by the deadline and tag readers.
// All deadline patterns are case-insensitive and anchored at both ends; they
// expect text already trimmed, with white space runs as single spaces and no
// trailing '.'. A month group holds a month name or abbreviation ("Sept").
// "1 July 2009", "1st July, 2009": group 1 day, 2 month, 3 year.
const RE2& deadline_date_dmy();
// "July 1, 2009", "Jul. 1 2009": group 1 month, 2 day, 3 year.
const RE2& deadline_date_mdy();
// "2009-07-01": group 1 year, 2 month, 3 day.
const RE2& deadline_date_iso();
// "September 2006", "Sept. 2006", "Oct 2007": group 1 month, 2 year.
const RE2& deadline_month();
// "2006-09": group 1 year, 2 month.
const RE2& deadline_month_iso();
// "2010": group 1 year.
const RE2& deadline_year();
// "Q3 2009", "3Q 2009", "third quarter of 2009": group 1 or 2 quarter number,
// or 3 ordinal word; 4 year.
const RE2& deadline_quarter();
// "mid-2009", "early 2010", "end of 2009", "H1 2010", "first half of 2010":
// group 1 the part word(s), 2 year.
const RE2& deadline_part();
// "March–April 2010", "March to April 2010": group 1 first month, 2 last month, 3 year.
const RE2& deadline_month_range();
// "Q3–Q4 2009": group 1 first quarter, 2 last quarter, 3 year.
const RE2& deadline_quarter_range();
// "1–15 March 2010": group 1 first day, 2 last day, 3 month, 4 year.
const RE2& deadline_day_range();
// "ongoing", "on-going", "continuous".
const RE2& deadline_ongoing();
// "TBC", "TBD", "to be confirmed", "to be determined".
const RE2& deadline_tbd();
// A meeting rather than a date: "TPTWG 32", "at TPTWG 30", "next meeting",
// "next MEG-SEC meeting", "MEG-SEC 5". Acronyms must be written in capitals.
const RE2& deadline_meeting();
// A "to be confirmed" marker at the end of an owner: "Singapore (to be confirmed)",
// "Viet Nam TBC". Unanchored at the start; group 1 is the marker with its
// parentheses. Run it on a bounded tail of the owner, not on unbounded text.
const RE2& tentative_marker();
}  // namespace mseg::patterns
