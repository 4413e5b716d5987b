#include <mseg/diagnostics.hpp>

#include <algorithm>
#include <array>

namespace mseg {
namespace {

constexpr std::array kTable = {
#define MSEG_DIAGNOSTIC(id, code, severity, origin, summary, help) \
  DiagnosticInfo{DiagnosticCode::id, code, Severity::severity, DiagnosticOrigin::origin, summary, help},
#include <mseg/diagnostics.def>
#undef MSEG_DIAGNOSTIC
};

}  // namespace

std::span<const DiagnosticInfo> diagnostic_table() { return kTable; }

const DiagnosticInfo& info(DiagnosticCode id) { return kTable[static_cast<std::size_t>(id)]; }

const DiagnosticInfo* find_diagnostic(std::string_view code) {
  auto it = std::find_if(kTable.begin(), kTable.end(), [&](const DiagnosticInfo& d) { return d.code == code; });
  return it == kTable.end() ? nullptr : &*it;
}

std::string_view to_string(DiagnosticCode id) { return info(id).code; }

const char* to_string(DiagnosticOrigin o) {
  switch (o) {
    case DiagnosticOrigin::parser:
      return "parser";
    case DiagnosticOrigin::lint:
      return "lint";
    case DiagnosticOrigin::json:
      return "json";
  }
  return "lint";
}

Diagnostic make_diagnostic(DiagnosticCode id, std::string message, Span span) {
  const DiagnosticInfo& i = info(id);
  Diagnostic d;
  d.severity = i.severity;
  d.code = std::string(i.code);
  d.message = std::move(message);
  d.span = span;
  return d;
}

}  // namespace mseg
