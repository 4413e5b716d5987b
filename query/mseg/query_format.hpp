// `mseg query` output: the matches, their count or a summary, as text for a
// person (table, markdown) or for a script (json, jsonl, csv).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <mseg/query.hpp>
#include <mseg/query_group.hpp>
#include <mseg/text_sink.hpp>

namespace mseg::query {

enum class Format { table, json, jsonl, csv, markdown, ics };

// "table", "json", "jsonl", "csv", "markdown", "ics"; nullopt for anything else.
std::optional<Format> format_from_string(std::string_view name);

// How a table fits long cells into the width: wrapped onto more lines (nothing
// is hidden), cut with "…", or left whole on one line however wide.
enum class Fit { wrap, truncate, wide };

struct FormatOptions {
  Format format = Format::json;
  int width = 100;           // table: columns available; the text column is wrapped or cut to fit
  Fit fit = Fit::wrap;       // table: what to do with cells wider than their column
  bool compact = false;      // json: the array on one line instead of indented
  bool owners_asked = false;  // table: the query filtered on owners, so their column is never cut
  bool color = false;        // table: bold header, overdue deadlines in red
  bool show_source = false;  // table, markdown: a source column (several files were given)
  Date as_of;                // which deadlines the table shows as overdue
  std::vector<ElementKind> kinds{ElementKind::action};  // the kinds asked for: which columns apply
  std::int64_t now = 0;             // ics: DTSTAMP, seconds since 1970 (UTC)
  std::vector<std::string> owners;  // ics: only these owners (--owner) get events; none means all
  const OwnerAliases* aliases = nullptr;  // ics: who is who for `owners`, as the query had it; null: the built-in table
};

// The writers below hand their text to a sink as they make it (<mseg/text_sink.hpp>).
using mseg::TextSink;

// The matched elements in the chosen format; empty json is "[]".
std::string format_matches(const std::vector<Match>& matches, const FormatOptions& options);
void format_matches(const std::vector<Match>& matches, const FormatOptions& options, const TextSink& sink);

// The matched actions' dated deadlines as an iCalendar file (RFC 5545, docs/query.md):
// one all-day event, or a span of days, per action, tag and owner.
std::string format_ics(const std::vector<Match>& matches, const FormatOptions& options);
void format_ics(const std::vector<Match>& matches, const FormatOptions& options, const TextSink& sink);

// Whether format_ics writes an event for these matches: with none, a calendar would hold no component, which
// RFC 5545 does not allow (the CLI writes none then).
bool has_ics_event(const std::vector<Match>& matches, const FormatOptions& options);

// How many matched deadlines have dates but name no owner (a tag "(/June 2011)", an untagged action's "by June
// 2011") and so no event: an event is an owner's.
std::size_t dated_without_owner(const std::vector<Match>& matches);

// How many matched tags have no dates (ongoing, TBC, unknown forms) and so no event.
std::size_t tags_without_event(const std::vector<Match>& matches);

// The number of matches on one line.
std::string format_count(std::size_t count);

// The summary of --group-by in the chosen format.
std::string format_summary(const Summary& summary, const FormatOptions& options);
void format_summary(const Summary& summary, const FormatOptions& options, const TextSink& sink);

}  // namespace mseg::query
