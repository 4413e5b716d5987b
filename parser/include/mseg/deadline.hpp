// Reading deadlines as written in tags: "September 2006", "Q3 2009", "ongoing".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <mseg/plan.hpp>

namespace mseg {

// Reads a deadline. Never fails: a form it does not know has kind unknown and
// no dates. Leading/trailing spaces and a trailing '.' are ignored. A '/'
// where a space belongs is read as one ("15/September 2008", "Q1/2009"); the
// text stays as written.
Deadline read_deadline(std::string_view text);

// Whether read_deadline read `text` only by taking its '/'s for spaces (the
// parser's tag-separator warning; "15/09/2008" is a form of its own: false).
bool reads_slash_as_space(std::string_view text);

// Whether a deadline of this kind says when it falls (a date, a month, a
// year, a meeting...), as unknown, ongoing and to-be-decided ones do not:
// "(Japan/March 2008/TBC)" is a tentative deadline, "(Japan/TBC)" none.
bool says_when(DeadlineKind k);

// Why `text`, which read_deadline() cannot read, is no deadline, when it looks
// like a damaged one: "February 2008 has 29 days", "the year 9999 is outside
// 1900-2199", "did you mean \"March\"?". Empty when it reads, or when it looks
// like no deadline at all; the parser's invalid-date and misspelled-month
// diagnostics give the same reasons.
std::string why_not_a_deadline(std::string_view text);

// Whether `text` is a day written with numbers and '/' that reads as two days,
// day-first and month-first ("05/09/2008": 5 September or 9 May 2008);
// read_deadline reads it as the range between them.
bool is_ambiguous_date(std::string_view text);

// A deadline an action's sentence gives, as plan JSON keeps its text: "by
// March 2008", "before the next meeting" (a preposition, then a deadline that
// says when). nullopt when the whole phrase is not one.
std::optional<Deadline> read_deadline_phrase(std::string_view phrase);

// The last day the action's tags give it, when several tags give several
// deadlines: whether a deadline slipped is judged by it (diff, history).
// nullopt when no deadline has a date ("ongoing", an unread form, none).
std::optional<Date> latest_deadline_end(const std::vector<Tag>& tags);

}  // namespace mseg
