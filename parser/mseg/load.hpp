// Loading a plan from either a text plan or plan JSON, told apart by content.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <mseg/parse.hpp>
#include <mseg/plan.hpp>
#include <mseg/plan_json.hpp>

namespace mseg {

// A problem in plan JSON, located in the JSON text when the place is known.
struct JsonIssue {
  std::string pointer;  // JSON Pointer of the offending value; empty for syntax errors
  std::string message;
  std::uint32_t line = 0;    // 1-based; 0 when unknown
  std::uint32_t column = 0;  // 1-based, in characters; 0 when unknown
};

struct LoadedPlan {
  Plan plan;                      // complete only when json_issues is empty
  bool from_json = false;         // the bytes were plan JSON, not a text plan
  std::vector<JsonIssue> json_issues;
};

// True when the bytes look like JSON: the first non-blank character after an
// optional UTF-8 BOM is '{' or '['.
bool looks_like_json(std::string_view bytes);

// Parses a text plan, or reads plan JSON (checking it against the model).
// Throws InputError for input that is neither (empty, NUL bytes).
LoadedPlan load_plan(std::string_view bytes, const std::string& path);

}  // namespace mseg
