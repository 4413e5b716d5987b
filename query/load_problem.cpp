#include <fmt/format.h>

#include <mseg/query.hpp>

namespace mseg::query {

// One line is enough to send the user to the file; `mseg validate` lists every problem.
std::optional<std::string> load_problem(const LoadedPlan& loaded) {
  if (loaded.json_issues.empty()) return std::nullopt;
  const JsonIssue& issue = loaded.json_issues.front();
  if (!issue.pointer.empty()) return fmt::format("{}: {}", issue.pointer, issue.message);
  if (issue.line > 0) return fmt::format("line {}, column {}: {}", issue.line, issue.column, issue.message);
  return issue.message;
}

}  // namespace mseg::query
