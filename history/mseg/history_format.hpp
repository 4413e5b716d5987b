// Rendering a history (docs/history.md). Each returns the whole output, or
// hands it to a sink as it is made (<mseg/text_sink.hpp>); nothing is printed.
#pragma once

#include <string>

#include <mseg/history.hpp>
#include <mseg/text_sink.hpp>

namespace mseg {

// A summary line, one compact timeline per thread, then the owners' figures,
// the actions that slipped more than once and the directives whose citation changed.
std::string format_history_text(const History& h);
void format_history_text(const History& h, const TextSink& sink);

// The whole history as one JSON object (schema/history.schema.json); ends with a newline.
std::string format_history_json(const History& h, bool pretty = true);
void format_history_json(const History& h, bool pretty, const TextSink& sink);

// One JSON object per thread per line, as in the "threads" array of the JSON.
std::string format_history_jsonl(const History& h);
void format_history_jsonl(const History& h, const TextSink& sink);

// One row per thread and plan, a header first (RFC 4180).
std::string format_history_csv(const History& h);
void format_history_csv(const History& h, const TextSink& sink);

// For meeting minutes: the plans, a table of threads by plan, the owners' figures.
std::string format_history_markdown(const History& h);
void format_history_markdown(const History& h, const TextSink& sink);

}  // namespace mseg
