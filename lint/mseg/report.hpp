// Validation results as text for people, JSON for programs, SARIF for code
// scanning and GitHub workflow commands for CI annotations. Each returns the
// whole output as a string, or hands it to a sink in pieces; the caller prints it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <mseg/lint.hpp>
#include <mseg/text_sink.hpp>

namespace mseg::lint {

struct Summary {
  std::size_t files = 0;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t notes = 0;
};

Summary summarize(const std::vector<FileReport>& reports);

// "2 warnings, 0 errors in 1 file" (notes named only when there are some).
// `unread`: files given that could not be read or checked, said after the count ("..., 1 file not checked"), so
// that the line
// does not read as a clean run beside the error that said so (a new user's finding: "in 0 files").
std::string summary_line(const Summary& s, std::size_t unread = 0);

// Clang style: "FILE:LINE:COL: SEVERITY: MESSAGE [CODE]", the source line with
// a caret under the span (when the reports kept their source), then the
// summary line. `color` adds ANSI colours.
std::string format_text(const std::vector<FileReport>& reports, bool color);

// {"diagnostics": [...], "summary": {...}}, as schema/validate.schema.json describes.
std::string format_json(const std::vector<FileReport>& reports, bool pretty = true);

// One SARIF 2.1.0 log with a run whose driver lists every rule.
std::string format_sarif(const std::vector<FileReport>& reports, bool pretty = true);

// GitHub Actions workflow commands: "::warning file=F,line=L,col=C,title=CODE::message".
std::string format_github(const std::vector<FileReport>& reports);

// Receives a report's text a piece at a time (<mseg/text_sink.hpp>): a report
// of many diagnostics, each with its source line, is never held whole.
using ReportSink = TextSink;

// A file given that could not be read (missing, too large, binary): said in the machine formats too, so that a CI
// job that uploads only the report still sees it.
struct Unread {
  std::string path;     // as given
  std::string message;  // why, as stderr says it without "mseg: error: FILE: "
};

// The four formats above, handed to `sink` as they are made. `unread`: JSON lists them as "unreadable", SARIF as
// an invocation that did not succeed with a notification each, GitHub as an ::error annotation each.
void format_text(const std::vector<FileReport>& reports, bool color, const ReportSink& sink, std::size_t unread = 0);
void format_json(const std::vector<FileReport>& reports, bool pretty, const ReportSink& sink,
                 const std::vector<Unread>& unread = {});
void format_sarif(const std::vector<FileReport>& reports, bool pretty, const ReportSink& sink,
                  const std::vector<Unread>& unread = {});
void format_github(const std::vector<FileReport>& reports, const ReportSink& sink,
                   const std::vector<Unread>& unread = {});

// Every known code with its default severity, origin and meaning, one a line
// (mseg validate --list-rules).
std::string format_rules();

// The same as a JSON array of {"code", "severity", "origin", "summary", "help"}
// (mseg validate --list-rules --format json).
std::string format_rules_json(bool pretty = true);

}  // namespace mseg::lint
