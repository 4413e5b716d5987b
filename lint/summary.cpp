#include <fmt/format.h>

#include <mseg/report.hpp>
#include <mseg/diagnostics.hpp>

#include "base/json_writer.hpp"

namespace mseg::lint {

Summary summarize(const std::vector<FileReport>& reports) {
  Summary s;
  s.files = reports.size();
  for (const auto& r : reports) {
    for (const auto& d : r.diagnostics) {
      switch (d.severity) {
        case Severity::error:
          ++s.errors;
          break;
        case Severity::warning:
          ++s.warnings;
          break;
        case Severity::note:
          ++s.notes;
          break;
      }
    }
  }
  return s;
}

namespace {
std::string count(std::size_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}
}  // namespace

std::string summary_line(const Summary& s, std::size_t unread) {
  std::string out = count(s.warnings, "warning", "warnings") + ", " + count(s.errors, "error", "errors");
  if (s.notes > 0) out += ", " + count(s.notes, "note", "notes");
  out += " in " + count(s.files, "file", "files");
  if (unread > 0) out += ", " + count(unread, "file", "files") + " not checked";
  return out;
}

std::string format_rules() {
  std::size_t width = 0;
  for (const DiagnosticInfo& r : diagnostic_table()) width = std::max(width, r.code.size());
  std::string out;
  for (const DiagnosticInfo& r : diagnostic_table())
    out +=
        fmt::format("{:<{}}  {:<7}  {:<6}  {}\n", r.code, width, to_string(r.severity), to_string(r.origin), r.summary);
  return out;
}

std::string format_rules_json(bool pretty) {
  std::string out;
  {
    JsonWriter w(out, pretty);
    w.begin_array();
    for (const DiagnosticInfo& r : diagnostic_table()) {
      w.begin_object();
      w.field("code", r.code);
      w.field("severity", to_string(r.severity));
      w.field("origin", to_string(r.origin));
      w.field("summary", r.summary);
      w.field("help", r.help);
      w.end_object();
    }
    w.end_array();
  }
  out += '\n';
  return out;
}

}  // namespace mseg::lint
