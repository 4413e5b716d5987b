// The JSON format (schema/validate.schema.json).
#include <mseg/report.hpp>

#include "base/json_writer.hpp"
#include "schema/internal/plan_json_write.hpp"

namespace mseg::lint {

void format_json(const std::vector<FileReport>& reports, bool pretty, const ReportSink& sink,
                 const std::vector<Unread>& unread) {
  std::string out;
  JsonWriter w(out, pretty);
  w.stream_to(sink);
  w.begin_object();
  w.key("diagnostics");
  w.begin_array();
  for (const auto& r : reports) {
    for (const auto& d : r.diagnostics) {
      w.begin_object();
      w.field("file", r.path);
      w.field("severity", to_string(d.severity));
      w.field("code", d.code);
      w.field("message", d.message);
      w.key("span");
      if (d.span.line == 0 && !d.span.place)
        w.null();
      else
        write_json(w, d.span);
      if (d.fix) {
        w.key("fix");
        w.begin_object();
        w.field("description", d.fix->description);
        w.key("span");
        write_json(w, d.fix->span);
        w.field("text", d.fix->text);
        w.field("safe", d.fix->safe);
        w.end_object();
      }
      w.end_object();
    }
  }
  w.end_array();
  const Summary s = summarize(reports);
  w.key("summary");
  w.begin_object();
  w.field("files", static_cast<std::uint64_t>(s.files));
  w.field("errors", static_cast<std::uint64_t>(s.errors));
  w.field("warnings", static_cast<std::uint64_t>(s.warnings));
  w.field("notes", static_cast<std::uint64_t>(s.notes));
  w.end_object();
  if (!unread.empty()) {
    w.key("unreadable");
    w.begin_array();
    for (const auto& u : unread) {
      w.begin_object();
      w.field("file", u.path);
      w.field("message", u.message);
      w.end_object();
    }
    w.end_array();
  }
  w.end_object();
  out.push_back('\n');
  sink(out);
}

}  // namespace mseg::lint
