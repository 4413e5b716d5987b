// The formats as whole strings, for callers that want them so (tests, small
// reports): each collects what its streaming form hands on.
#include <mseg/report.hpp>

namespace mseg::lint {

namespace {

template <typename Format>
std::string collected(Format format) {
  std::string all;
  format([&all](std::string& piece) {
    all += piece;
    piece.clear();
  });
  return all;
}

}  // namespace

std::string format_text(const std::vector<FileReport>& reports, bool color) {
  return collected([&](const ReportSink& sink) { format_text(reports, color, sink); });
}

std::string format_json(const std::vector<FileReport>& reports, bool pretty) {
  return collected([&](const ReportSink& sink) { format_json(reports, pretty, sink); });
}

std::string format_sarif(const std::vector<FileReport>& reports, bool pretty) {
  return collected([&](const ReportSink& sink) { format_sarif(reports, pretty, sink); });
}

std::string format_github(const std::vector<FileReport>& reports) {
  return collected([&](const ReportSink& sink) { format_github(reports, sink); });
}

}  // namespace mseg::lint
