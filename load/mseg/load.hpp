// Loading a plan from either a text plan or plan JSON, told apart by content.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <mseg/parse.hpp>
#include <mseg/plan.hpp>
#include <mseg/plan_json.hpp>

namespace mseg {

// Plan JSON is about 8 levels deep; deeper input is refused before parsing.
inline constexpr std::size_t kMaxJsonDepth = 64;

// Where a value stands in JSON text: its first token (a whole scalar, or the
// opening bracket of an object or array), which never spans lines.
struct JsonPlace {
  std::uint64_t offset = 0;      // byte offset of its first character
  std::uint64_t length = 0;      // bytes of the token
  std::uint32_t line = 0;        // 1-based
  std::uint32_t column = 0;      // 1-based, in characters
  std::uint32_t end_column = 0;  // one past the token's last character
};

// The place as a span of one line.
Span span_of(const JsonPlace& place);

struct LoadedPlan {
  Plan plan;               // complete only when json_problems is empty
  bool from_json = false;  // the bytes were plan JSON, not a text plan
  // Why plan JSON could not be read, as errors: json-syntax (the text is not JSON
  // we read: malformed, truncated, too deep; no pointer) or json-schema (a value
  // that does not fit the model: `pointer` names it, the message says what is
  // wrong there). The span is the token's place in the JSON text (in a file of
  // several plans, in the whole file); line 0 when it could not be found.
  std::vector<Diagnostic> json_problems;
  // In a file of several plans: where this one stands (offset, length, first
  // line and column), and in an array its JSON Pointer ("/1").
  std::optional<JsonPlace> within;
  std::string pointer;
  // A text plan, .docx or .pdf loaded with keep_source_text: the text its
  // spans' lines are lines of (parse_plan's source_text). Empty for plan JSON,
  // and for a text plan that was UTF-8 already: its lines are the input's own
  // bytes, less a leading BOM (lint::SourceLines::from_bytes).
  std::string source_text;
};

// True when the bytes look like JSON: the first non-blank character after an
// optional UTF-8 BOM is '{' or '['.
bool looks_like_json(std::string_view bytes);

// Where the value each JSON Pointer (RFC 6901) names stands in `json`, found
// in linear time without recursion; nullopt for a pointer not found. `json`
// should be well-formed; in malformed text pointers past the fault are not found.
std::vector<std::optional<JsonPlace>> find_json_pointers(std::string_view json,
                                                         const std::vector<std::string>& pointers);

// Parses a text plan, or reads plan JSON (checking it against the model).
// Throws InputError for input that is neither (empty, NUL bytes). Safe to call
// from several threads at once.
// Citations of a text plan resolve against `registry` (null: the built-in one);
// a text plan is read with the layout reader `layout` (empty: detected; see ParseOptions).
// keep_source_text: fill LoadedPlan::source_text, from the same reading.
// warnings false: a text plan keeps only its error diagnostics (ParseOptions::warnings).
LoadedPlan load_plan(std::string_view bytes, const std::string& path, const cite::Registry* registry = nullptr,
                     std::string_view layout = {}, bool keep_source_text = false, bool warnings = true);

// Like load_plan, but also reads the files of several plans that mseg parse
// writes: a JSON array of plans (mseg parse a.txt b.txt) and JSON Lines, one
// plan per line (--format jsonl). Each plan's issues are placed in the whole
// file (array elements' pointers start "/N"); `within` says where it stands. An
// empty array gives no plans. Throws InputError like load_plan.
std::vector<LoadedPlan> load_plans(std::string_view bytes, const std::string& path,
                                   const cite::Registry* registry = nullptr, std::string_view layout = {},
                                   bool keep_source_text = false, bool warnings = true);

// The first problem of plan JSON as one line for an error message:
// "<pointer>: <message>", "line L, column C: <message>", or nullopt when the
// plan loaded cleanly; a plan of several in one file says "plan at line L: " first.
std::optional<std::string> first_json_problem(const LoadedPlan& loaded);

// The plan's no-table error as one line ("no table found: ... (line L)"), when
// it holds no section for that reason: a subcommand that reads a plan's
// elements (query, diff, history, cites, report) has nothing to read in it and
// must not answer as if the plan were empty. nullopt otherwise.
std::optional<std::string> no_table_problem(const LoadedPlan& loaded);

// When the plan holds error diagnostics (a shifted table, a cell count that is
// off, a date that does not exist): "2 errors in the plan, the first
// tag-in-wrong-column (line 8)", for a warning that an answer read from it may
// not be the plan's; for plan JSON, whose diagnostics parse recorded, "(line 8
// of plan.txt)", the file it was parsed from. nullopt when it holds none.
std::optional<std::string> error_summary(const LoadedPlan& loaded);

// A plan read from a conversion its caller made (a .doc LibreOffice saved as
// .docx): its source names the form given and describes the bytes given
// (sha256, size), as parse with ParseOptions::converted_from does.
void mark_converted(Plan& plan, std::string_view form, std::string_view original);

}  // namespace mseg
