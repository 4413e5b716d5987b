#include <mseg/load.hpp>

#include <nlohmann/json.hpp>

namespace mseg {

bool looks_like_json(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  for (char c : bytes) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    return c == '{' || c == '[';
  }
  return false;
}

namespace {
// Line and column (in characters) of byte offset `at` in `text`.
void locate(std::string_view text, std::size_t at, std::uint32_t& line, std::uint32_t& column) {
  line = 1;
  column = 1;
  at = std::min(at, text.size());
  for (std::size_t i = 0; i < at; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
}
}  // namespace

LoadedPlan load_plan(std::string_view bytes, const std::string& path) {
  LoadedPlan out;
  if (!looks_like_json(bytes)) {
    out.plan = parse_plan(bytes, ParseOptions{path});
    return out;
  }
  out.from_json = true;
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, true, false);
  } catch (const nlohmann::json::parse_error& e) {
    JsonIssue issue;
    std::string what = e.what();
    // nlohmann's message starts "[json.exception.parse_error.101] parse error at line 1, column 5: ".
    auto colon = what.find(": ", what.find("parse error"));
    issue.message = "malformed JSON: " + (colon == std::string::npos ? what : what.substr(colon + 2));
    locate(bytes, e.byte == 0 ? 0 : e.byte - 1, issue.line, issue.column);
    out.json_issues.push_back(std::move(issue));
    return out;
  }
  PlanReading reading = plan_from_json(doc);
  for (auto& p : reading.problems) out.json_issues.push_back({std::move(p.pointer), std::move(p.message), 0, 0});
  if (reading.plan) out.plan = std::move(*reading.plan);
  return out;
}

}  // namespace mseg
