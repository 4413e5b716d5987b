// GitHub Actions workflow commands, one line per diagnostic, which the runner
// turns into annotations on the pull request.
#include <fmt/format.h>

#include <mseg/report.hpp>

#include "base/text_pieces.hpp"
#include "base/utf8.hpp"

namespace mseg::lint {
namespace {

// Escaping the runner undoes (actions/toolkit's command.ts). The runner reads
// UTF-8: bytes that are not (in a file name, or quoted in a JSON syntax error)
// become U+FFFD, as in the JSON and SARIF reports.
std::string escape_data(std::string_view raw) {
  std::string s;
  utf8::append_valid(s, raw);
  std::string out;
  for (char c : s) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out.push_back(c);
  }
  return out;
}

std::string escape_property(std::string_view s) {
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out.push_back(c);
  }
  return out;
}

const char* command(Severity s) {
  switch (s) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::note:
      return "notice";
  }
  return "warning";
}

}  // namespace

void format_github(const std::vector<FileReport>& reports, const ReportSink& sink, const std::vector<Unread>& unread) {
  std::string out;
  for (const auto& u : unread)
    out += fmt::format("::error file={},title=unreadable::{}\n", escape_property(u.path), escape_data(u.message));
  for (const auto& r : reports) {
    const std::string file = escape_property(r.path);
    for (const auto& d : r.diagnostics) {
      pass_on(out, sink);
      out += fmt::format("::{} file={}", command(d.severity), file);
      // A Word or PDF place has no line of the file: its span's line is of the text mseg laid out (a new user's
      // finding: the annotation pointed at line 18 of a PDF).
      if (d.span.line != 0 && !d.span.place) out += fmt::format(",line={},col={}", d.span.line, d.span.column);
      // Annotations place by line only: a Word or PDF place leads the message, the annotation stays on the file.
      const std::string place = d.span.place ? describe(*d.span.place) + ": " : std::string();
      out += fmt::format(",title={}::{}{}\n", escape_property(d.code), escape_data(place), escape_data(d.message));
    }
  }
  sink(out);
}

}  // namespace mseg::lint
