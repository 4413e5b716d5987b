#include <mseg/plan.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace mseg {
namespace {
constexpr const char* kSeverities[] = {"error", "warning", "note"};
constexpr const char* kDeadlineKinds[] = {"date",    "month", "quarter", "part",    "year",
                                          "range",   "ongoing", "tbd",   "meeting", "unknown"};
}  // namespace

const char* to_string(Severity s) { return kSeverities[static_cast<int>(s)]; }
const char* to_string(DeadlineKind k) { return kDeadlineKinds[static_cast<int>(k)]; }

const char* to_string(ElementKind k) {
  switch (k) {
    case ElementKind::directive: return "directive";
    case ElementKind::priority: return "priority";
    case ElementKind::action: return "action";
  }
  return "action";
}

std::optional<Severity> severity_from_string(std::string_view s) {
  for (int i = 0; i < 3; ++i)
    if (s == kSeverities[i]) return static_cast<Severity>(i);
  return std::nullopt;
}

std::optional<DeadlineKind> deadline_kind_from_string(std::string_view s) {
  for (int i = 0; i < 10; ++i)
    if (s == kDeadlineKinds[i]) return static_cast<DeadlineKind>(i);
  return std::nullopt;
}

std::string to_string(const Date& d) { return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day); }

bool has_errors(const Plan& plan) {
  return std::any_of(plan.diagnostics.begin(), plan.diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

}  // namespace mseg
