// The registry of diagnostic codes: every code the parser, the lint rules and
// the JSON reader can report, with its default severity and documentation
// (docs/diagnostics.md has a section for each).
#pragma once

#include <span>
#include <string_view>

#include <mseg/plan.hpp>

namespace mseg::lint {

// Where a code comes from: the text parser, a lint rule over the plan, or the plan JSON reader.
enum class Origin { parser, lint, json };

struct Rule {
  std::string_view code;  // stable: "tag-separator"
  Severity severity;      // default severity
  Origin origin;
  std::string_view summary;  // one line: what the code means
  std::string_view help;     // how to fix it
};

// Every known code, in documentation order.
std::span<const Rule> rules();

// The rule with this code, or nullptr.
const Rule* find_rule(std::string_view code);

const char* to_string(Origin o);

}  // namespace mseg::lint
