// The formats as whole strings, for callers that want them so (tests, small
// reports): each gathers what its streaming form hands on.
#include <mseg/report.hpp>

#include "base/text_pieces.hpp"

namespace mseg::lint {

std::string format_text(const std::vector<FileReport>& reports, bool color) {
  return gather([&](const ReportSink& sink) { format_text(reports, color, sink); });
}

std::string format_json(const std::vector<FileReport>& reports, bool pretty) {
  return gather([&](const ReportSink& sink) { format_json(reports, pretty, sink); });
}

std::string format_sarif(const std::vector<FileReport>& reports, bool pretty) {
  return gather([&](const ReportSink& sink) { format_sarif(reports, pretty, sink); });
}

std::string format_github(const std::vector<FileReport>& reports) {
  return gather([&](const ReportSink& sink) { format_github(reports, sink); });
}

}  // namespace mseg::lint
