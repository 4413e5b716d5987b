#include "resolve_citation.hpp"

#include <fmt/format.h>

#include <optional>

namespace mseg::cite {
namespace {

// "(the nearest: 2004, 2007)": the series' years either side of `year`.
std::string nearest_meetings(const Registry& registry, const Series& series, int year) {
  std::optional<int> before, after;
  for (const Entry& e : registry.entries()) {
    if (e.meeting.body != series.body || !e.year) continue;
    if (*e.year < year && (!before || *e.year > *before)) before = e.year;
    if (*e.year > year && (!after || *e.year < *after)) after = e.year;
  }
  if (before && after) return fmt::format(" (the nearest: {}, {})", *before, *after);
  if (before || after) return fmt::format(" (the nearest: {})", before ? *before : *after);
  return "";
}

// The words cited: a whole group without its parentheses; a document's part of
// a group citing several (read_citations) is already without them.
std::string_view inner(std::string_view group) {
  return group.size() >= 2 && group.front() == '(' && group.back() == ')' ? group.substr(1, group.size() - 2) : group;
}

}  // namespace

void resolve_citation(const Registry& registry, Citation& citation, std::string_view group, Findings& out) {
  const Resolution r = registry.resolve(citation);
  if (r.entry) {
    citation.source = r.entry->resolution;
    return;
  }
  if (citation.kind == "unknown") return;
  if (r.missing_meeting) {
    out.push_back({DiagnosticCode::no_such_meeting,
                   fmt::format("no {} was held in {}{}; '{}' cites a meeting that did not take place",
                               r.missing_meeting->name, *citation.year,
                               nearest_meetings(registry, *r.missing_meeting, *citation.year), inner(group)),
                   group});
    return;
  }
  out.push_back({DiagnosticCode::unresolved_citation,
                 fmt::format("citation '{}' matches no document in the citation registry", inner(group)), group});
}

}  // namespace mseg::cite
