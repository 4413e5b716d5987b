// What the formatters and the grouping read off a match (internal to the engine).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <mseg/query.hpp>

namespace mseg::query {

// The earliest end among the matched tags' dated deadlines (and, issue 15, the
// action's deadline read from its text when it matched): when it is due.
std::optional<Date> due_of(const Match& m);

// Whether one of the matched tags is overdue at `as_of`.
bool any_overdue(const Match& m, Date as_of);

// Every owner name of the element's tags as written, each once, joined by "; ".
std::string owners_text(const Match& m);

// Every deadline of the element's tags as written, each once, joined by "; ".
std::string deadlines_text(const Match& m);

// The citation keys of a directive, each once, joined by "; ".
std::string cites_text(const Match& m);

// The element's text: an action's or directive's text, a priority's title and items.
std::string text_of(const Match& m);

}  // namespace mseg::query
