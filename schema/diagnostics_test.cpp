#include <mseg/diagnostics.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace mseg {
namespace {

std::string read_docs() {
  std::ifstream in(std::string(MSEG_SOURCE_DIR) + "/docs/diagnostics.md", std::ios::binary);
  REQUIRE(in);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The text under "## `code`" up to the next "## " heading; nullopt without that heading.
std::optional<std::string> docs_section(const std::string& docs, std::string_view code) {
  const std::string heading = "\n## `" + std::string(code) + "`\n";
  const auto start = docs.find(heading);
  if (start == std::string::npos) return std::nullopt;
  const auto body = start + heading.size();
  const auto end = docs.find("\n## ", body);
  return docs.substr(body, end == std::string::npos ? std::string::npos : end - body);
}

}  // namespace

TEST_CASE("diagnostics: the table lists every code once, each with its id, summary and help") {
  std::set<std::string_view> seen;
  std::size_t index = 0;
  for (const auto& d : diagnostic_table()) {
    CAPTURE(d.code);
    CHECK(seen.insert(d.code).second);
    CHECK(static_cast<std::size_t>(d.id) == index++);
    CHECK(&info(d.id) == &d);
    CHECK(find_diagnostic(d.code) == &d);
    CHECK(!d.summary.empty());
    CHECK(!d.help.empty());
  }
  // Codes raised in every layer, the newest included.
  for (const char* code : {"no-table", "no-header", "cell-count", "cell-boundary-assumed", "empty-section",
                           "action-without-tag", "tag-without-action", "tag-without-owner", "tag-separator",
                           "unknown-deadline", "invalid-date", "misspelled-month", "deadline-before-plan",
                           "directive-without-citation", "unknown-citation", "no-such-meeting",
                           "unresolved-citation", "numbering", "duplicate-action", "unbalanced-parentheses",
                           "decoded-windows-1252", "invalid-utf8", "json-syntax", "json-schema"})
    CHECK_MESSAGE(find_diagnostic(code) != nullptr, code);
  CHECK(find_diagnostic("no-such-code") == nullptr);
  CHECK(info(DiagnosticCode::cell_count).severity == Severity::error);
  CHECK(info(DiagnosticCode::decoded_windows_1252).severity == Severity::note);
  CHECK(to_string(DiagnosticCode::tag_separator) == "tag-separator");
  CHECK(std::string(to_string(info(DiagnosticCode::json_schema).origin)) == "json");
}

TEST_CASE("diagnostics: a sink gives each report its code's default severity, in order") {
  DiagnosticSink sink;
  sink.report(DiagnosticCode::unresolved_citation, "no document", Span{3, 1, 3, 5, 10, 4});
  sink.report(DiagnosticCode::no_table, "no table");
  const auto d = sink.take();
  REQUIRE(d.size() == 2);
  CHECK(d[0].code == "unresolved-citation");
  CHECK(d[0].severity == Severity::note);
  CHECK(d[0].span.line == 3);
  CHECK(d[1].code == "no-table");
  CHECK(d[1].severity == Severity::error);
}

// The docs stay hand-written; this keeps them complete: a code added to
// mseg/diagnostics.def fails here until docs/diagnostics.md has its section.
TEST_CASE("diagnostics: docs/diagnostics.md documents every code with severity, example and fix") {
  const std::string docs = read_docs();
  for (const auto& d : diagnostic_table()) {
    CAPTURE(d.code);
    const auto section = docs_section(docs, d.code);
    REQUIRE_MESSAGE(section.has_value(), "docs/diagnostics.md has no section \"## `", d.code, "`\"");
    CHECK(section->find("Default severity: " + std::string(to_string(d.severity)) + ".") != std::string::npos);
    CHECK(section->find("\n**Example") != std::string::npos);
    CHECK(section->find("\n**Fix") != std::string::npos);
  }
}

}  // namespace mseg
