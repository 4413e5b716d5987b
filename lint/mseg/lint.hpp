// mseg validate's engine: checks a plan (text or JSON) with the parser's
// diagnostics and the lint rules, adjusted by the user's rule settings.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <mseg/plan.hpp>
#include <mseg/source_lines.hpp>

namespace mseg::cite {
class Registry;
}

namespace mseg::lint {

// --disable, --error and --warning from the command line.
struct RuleSettings {
  std::unordered_set<std::string> disabled;            // codes not reported
  std::unordered_map<std::string, Severity> severity;  // codes reported at another severity
};

struct CheckOptions {
  RuleSettings settings;
  bool keep_source = false;  // fill FileReport::source (the text format shows source lines)
  const cite::Registry* registry = nullptr;  // where citations resolve; null: the built-in registry
  std::string layout;  // the layout reader for a text plan (ParseOptions::layout); empty: detected
};

// What validating one file found.
struct FileReport {
  std::string path;
  bool from_json = false;
  std::string format;  // the plan's source.format: "text", "docx", "pdf", "doc", "odt" (empty for plan JSON)
  std::string encoding;  // the plan's source.encoding: "utf-8", "utf-16le", ... (empty for plan JSON)
  // In file order. For plan JSON, spans are places in the JSON file.
  std::vector<Diagnostic> diagnostics;
  SourceLines source;  // empty unless CheckOptions::keep_source and there are diagnostics
};

// Validates one plan given its bytes; `path` is only reported. A text plan
// gets the parser's diagnostics plus the lint rules. Plan JSON gets its JSON
// problems (json-syntax, json-schema); when it has none, the lint rules run on
// the plan it holds, located by JSON Pointer in the JSON file, and the
// diagnostics recorded inside it (about the text it came from) are not
// repeated. Throws InputError for unreadable bytes (empty, NUL bytes).
FileReport check_plan(std::string_view bytes, const std::string& path, const CheckOptions& options = {});

// The lint rules alone over a plan model, at default severities, located by
// the model's spans; for tests and other engines.
std::vector<Diagnostic> lint_plan(const Plan& plan);

}  // namespace mseg::lint
