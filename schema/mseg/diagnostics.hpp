// The diagnostics core: the table of every code (mseg/diagnostics.def), the ids
// the code raises by, and the sink every stage reports to. It sits in schema/,
// the bottom layer, beside the Diagnostic it describes, so that the parser,
// the citation resolver, the JSON reader and the lint rules all raise from one
// table and validate, SARIF and the docs test all read it.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <mseg/plan.hpp>

namespace mseg {

// Names a diagnostic code in C++: DiagnosticCode::tag_separator is "tag-separator".
enum class DiagnosticCode : std::uint16_t {
#define MSEG_DIAGNOSTIC(id, code, severity, origin, summary, help) id,
#include <mseg/diagnostics.def>
#undef MSEG_DIAGNOSTIC
};

// Where a code comes from: the text parser (and its citation resolve step), a
// lint rule over the plan model, or the plan JSON reader.
enum class DiagnosticOrigin : std::uint8_t { parser, lint, json };

// One row of the table.
struct DiagnosticInfo {
  DiagnosticCode id;
  std::string_view code;  // stable: "tag-separator"
  Severity severity;      // default severity
  DiagnosticOrigin origin;
  std::string_view summary;  // one line: what the code means
  std::string_view help;     // how to fix it
};

// Every code, in documentation order.
std::span<const DiagnosticInfo> diagnostic_table();

// The row of a code: by id (always found), or by name (nullptr when unknown).
const DiagnosticInfo& info(DiagnosticCode id);
const DiagnosticInfo* find_diagnostic(std::string_view code);

const char* to_string(DiagnosticOrigin o);  // "parser", "lint", "json"
std::string_view to_string(DiagnosticCode id);  // "tag-separator"

// A diagnostic of this code at its default severity.
Diagnostic make_diagnostic(DiagnosticCode id, std::string message, Span span = {});

// Where every stage reports, as clang's DiagnosticsEngine: the stage names the
// code and the place; the sink gives it its severity and keeps it in order.
class DiagnosticSink {
 public:
  Diagnostic& report(DiagnosticCode id, std::string message, Span span = {}) {
    diagnostics_.push_back(make_diagnostic(id, std::move(message), span));
    return diagnostics_.back();
  }
  void add(Diagnostic d) { diagnostics_.push_back(std::move(d)); }
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  std::vector<Diagnostic> take() { return std::move(diagnostics_); }

 private:
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace mseg
