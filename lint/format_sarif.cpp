// The SARIF 2.1.0 format: one run, the rule registry as the driver's rules.
#include <mseg/report.hpp>
#include <mseg/diagnostics.hpp>
#include <mseg/version.hpp>

#include <fmt/format.h>

#include "base/json_writer.hpp"
#include "schema/internal/plan_json_write.hpp"

namespace mseg::lint {
namespace {

// SARIF's result levels are mseg's severity names ("error", "warning", "note"): one table, in schema/.
const char* level(Severity s) { return to_string(s); }

// A file path as a URI reference: relative paths stay relative (SARIF viewers
// resolve them against the checkout), absolute ones become file:// URIs.
std::string to_uri(const std::string& path) {
  std::string out = !path.empty() && path.front() == '/' ? "file://" : "";
  for (char c : path) {
    const auto u = static_cast<unsigned char>(c);
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                       c == '.' || c == '_' || c == '~' || c == '/';
    if (plain)
      out.push_back(c);
    else
      out += fmt::format("%{:02X}", u);
  }
  return out;
}

void message(JsonWriter& w, std::string_view key, std::string_view text) {
  w.key(key);
  w.begin_object();
  w.field("text", text);
  w.end_object();
}

void write_region(JsonWriter& w, std::string_view key, const Span& span) {
  w.key(key);
  w.begin_object();
  w.field("startLine", span.line);
  w.field("startColumn", std::max<std::uint32_t>(span.column, 1));
  w.field("endLine", std::max(span.end_line, span.line));
  w.field("endColumn", std::max<std::uint32_t>(span.end_column, 1));
  w.end_object();
}

// A place in a Word document or a PDF (docs/validate.md, "SARIF"). GitHub code
// scanning requires region.startLine, which such a document has not: the region
// is its first line, so the alert stands on the file, and the place itself is
// the location's message (what viewers show), a logical location, and its
// numbers as the location's properties.
void write_place_region(JsonWriter& w) {
  w.key("region");
  w.begin_object();
  w.field("startLine", std::uint32_t{1});
  w.end_object();
}

void write_place(JsonWriter& w, const Place& place) {
  const std::string name = describe(place);
  message(w, "message", name);
  w.key("logicalLocations");
  w.begin_array();
  w.begin_object();
  w.field("fullyQualifiedName", name);
  w.field("kind", "element");
  w.end_object();
  w.end_array();
  w.key("properties");
  w.begin_object();
  write_place_member(w, place);
  w.end_object();
}

// `"locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}`, the physical location left open for
// its region; the caller closes it, the location and the array.
void open_location(JsonWriter& w, const std::string& uri) {
  w.key("locations");
  w.begin_array();
  w.begin_object();
  w.key("physicalLocation");
  w.begin_object();
  w.key("artifactLocation");
  w.begin_object();
  w.field("uri", uri);
  w.end_object();
}

// SARIF 2.1.0 section 3.55: a fix is a set of artifact changes, each a list of
// replacements of a region by new text. Whether mseg validate --fix applies it
// is a property of its own.
void write_fix(JsonWriter& w, const std::string& uri, const Fix& fix) {
  w.key("fixes");
  w.begin_array();
  w.begin_object();
  message(w, "description", fix.description);
  w.key("artifactChanges");
  w.begin_array();
  w.begin_object();
  w.key("artifactLocation");
  w.begin_object();
  w.field("uri", uri);
  w.end_object();
  w.key("replacements");
  w.begin_array();
  w.begin_object();
  write_region(w, "deletedRegion", fix.span);
  w.key("insertedContent");
  w.begin_object();
  w.field("text", fix.text);
  w.end_object();
  w.end_object();
  w.end_array();
  w.end_object();
  w.end_array();
  w.key("properties");
  w.begin_object();
  w.field("safe", fix.safe);
  w.end_object();
  w.end_object();
  w.end_array();
}

}  // namespace

void format_sarif(const std::vector<FileReport>& reports, bool pretty, const ReportSink& sink,
                  const std::vector<Unread>& unread) {
  std::string out;
  JsonWriter w(out, pretty);
  w.stream_to(sink);
  w.begin_object();
  w.field("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
  w.field("version", "2.1.0");
  w.key("runs");
  w.begin_array();
  w.begin_object();

  w.key("tool");
  w.begin_object();
  w.key("driver");
  w.begin_object();
  w.field("name", "mseg");
  w.field("version", kVersion);
  w.field("semanticVersion", kVersion);
  w.field("informationUri", kHomepage);
  w.key("rules");
  w.begin_array();
  const auto all = diagnostic_table();
  for (const DiagnosticInfo& r : all) {
    w.begin_object();
    w.field("id", r.code);
    message(w, "shortDescription", r.summary);
    message(w, "help", r.help);
    w.key("defaultConfiguration");
    w.begin_object();
    w.field("level", level(r.severity));
    w.end_object();
    w.key("properties");
    w.begin_object();
    w.field("origin", to_string(r.origin));
    w.end_object();
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.end_object();

  // SARIF 2.1.0 section 3.20: a run whose tool could not read every file says so in an invocation, with a
  // notification naming each file (a new user's finding: the missing file was in no report a CI job uploads).
  if (!unread.empty()) {
    w.key("invocations");
    w.begin_array();
    w.begin_object();
    w.field("executionSuccessful", false);
    w.key("toolExecutionNotifications");
    w.begin_array();
    for (const auto& u : unread) {
      w.begin_object();
      w.field("level", "error");
      message(w, "message", u.path + ": " + u.message);
      open_location(w, to_uri(u.path));
      w.end_object();  // physicalLocation
      w.end_object();
      w.end_array();
      w.end_object();
    }
    w.end_array();
    w.end_object();
    w.end_array();
  }
  w.field("columnKind", "unicodeCodePoints");
  w.key("results");
  w.begin_array();
  for (const auto& report : reports) {
    const std::string uri = to_uri(report.path);
    for (const auto& d : report.diagnostics) {
      w.begin_object();
      w.field("ruleId", d.code);
      if (const DiagnosticInfo* r = find_diagnostic(d.code)) w.field("ruleIndex", static_cast<std::uint64_t>(r - all.data()));
      w.field("level", level(d.severity));
      message(w, "message", d.message);
      open_location(w, uri);
      if (d.span.place)
        write_place_region(w);
      else if (d.span.line != 0)
        write_region(w, "region", d.span);
      w.end_object();
      if (d.span.place) write_place(w, *d.span.place);
      w.end_object();
      w.end_array();
      // A fix replaces a region of the file: a .docx or .pdf has no lines for it to stand on (its spans count the
      // lines mseg laid out), and --fix refuses such files. A viewer that applied it would corrupt the document
      // (a new user's finding).
      const bool laid_out = report.format == "docx" || report.format == "pdf" || report.format == "doc" ||
                            report.format == "odt";
      if (d.fix && !laid_out) write_fix(w, uri, *d.fix);
      w.end_object();
    }
  }
  w.end_array();

  w.end_object();
  w.end_array();
  w.end_object();
  out.push_back('\n');
  sink(out);
}

}  // namespace mseg::lint
