// A word diff through the JSON writer, for mseg's own folders (history writes its
// threads' word diffs as diff's JSON has them). In-tree only, never installed.
#pragma once

#include <vector>

#include <mseg/diff.hpp>

#include "base/json_writer.hpp"

namespace mseg {

// A word diff as JSON: an array of {"op": "equal"|"delete"|"insert", "text"} runs, as a change's
// "text_diff" has it.
void write_json(JsonWriter& w, const std::vector<TextOp>& text_diff);

}  // namespace mseg
