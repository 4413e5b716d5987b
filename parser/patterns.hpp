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

// ---- Preamble --------------------------------------------------------------
// "The Maritime Security Experts Group (MSEG) is ...": group 1 name, 2 acronym.
const RE2& group_naming();

// ---- Deadlines and tags (parser/deadline.cpp, parser/tag.cpp) --------------
// Declared below by the deadline and tag readers.
}  // namespace mseg::patterns
