// Rendering a plan diff for people (text, markdown) and programs (JSON,
// schema/diff.schema.json). Each returns the whole output, or hands it to a
// sink as it is made (<mseg/text_sink.hpp>); nothing is printed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <mseg/diff.hpp>
#include <mseg/text_sink.hpp>

namespace mseg {

struct DiffTextOptions {
  bool all = false;    // also list unchanged elements
  bool color = false;  // ANSI colours instead of [-removed-]{+inserted+} marks
  int width = 0;       // wrap long lines at this many columns; 0: no wrapping
};

// A summary line, then one block per change: kind, ids, change, similarity,
// the text with its changed words marked, then the changed fields.
std::string format_diff_text(const PlanDiff& diff, const DiffTextOptions& options = {});
void format_diff_text(const PlanDiff& diff, const DiffTextOptions& options, const TextSink& sink);

// The whole diff as JSON (every element, unchanged ones included); ends with a newline.
std::string format_diff_json(const PlanDiff& diff, bool pretty = true);
void format_diff_json(const PlanDiff& diff, bool pretty, const TextSink& sink);

// A report for meeting minutes or a pull request: summary table, then a
// section per kind of change; unchanged elements only when `all`.
std::string format_diff_markdown(const PlanDiff& diff, bool all = false);
void format_diff_markdown(const PlanDiff& diff, bool all, const TextSink& sink);

namespace diff {

// Per kind, actions first (what delegates ask about), counts that are not zero:
// "actions: 3 modified, 4 removed, 5 added; directives: 10 unchanged".
std::string summary_line(const DiffSummary& s);

// What changed in a field other than text, after "deadline: ":
// "September 2006 -> March 2008 (extended)", "removed US; added Chair".
// `arrow` separates old and new values ("->", "→").
std::string describe_field(const FieldChange& f, std::string_view arrow);

// The element a change shows: the new one, or the old one when it was removed.
const ElementRef& shown_element(const Change& c);

}  // namespace diff

}  // namespace mseg
