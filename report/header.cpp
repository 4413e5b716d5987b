// The page's header: what the plan is, the counts a meeting asks for first,
// and the parser's diagnostics, each linked to the element it is about.
#include <mseg/query.hpp>

#include "model.hpp"

namespace mseg::report {
namespace {

bool covers(const Span& span, std::uint32_t line) { return span.line <= line && line <= span.end_line; }

// The element that holds the diagnostic, among those whose lines hold its line, in any section (a section's span
// ends at its last row's first line, while that row's cells run on below: an adversarial helper's finding).
// Columns stand side by side on a line in side-by-side text and in Markdown's or CSV's rows: the one that starts
// in the nearest column at or before the diagnostic's (a priority's note went to the action beside it); where
// none starts at or before it (a CSV cell's wrapped line at column 1), the leftmost. Of those in one column (a
// column-blocks text's blocks all start at column 1), the one that starts last, the innermost. Else the section
// whose lines hold it.
std::string element_at(const Plan& plan, const Span& at) {
  const std::string* best = nullptr;
  std::uint32_t best_column = 0, best_line = 0;
  bool best_before = false;  // starts at or before the diagnostic's column
  const auto consider = [&](const std::string& id, const Span& span) {
    if (!covers(span, at.line)) return;
    const bool before = span.column <= at.column;
    const bool better =
        !best || (before != best_before ? before
                  : span.column != best_column ? (before ? span.column > best_column : span.column < best_column)
                                               : span.line > best_line);
    if (!better) return;
    best = &id;
    best_column = span.column;
    best_line = span.line;
    best_before = before;
  };
  for (const auto& s : plan.sections) {
    for (const auto& a : s.actions) consider(a.id, a.span);
    for (const auto& d : s.directives) consider(d.id, d.span);
    for (const auto& p : s.priorities) consider(p.id, p.span);
  }
  if (best) return *best;
  for (const auto& s : plan.sections)
    if (covers(s.span, at.line)) return s.id;
  return {};
}

void count(Html& h, std::size_t n, const char* one, const char* many, const char* css = "") {
  h.raw("<li class=\"").text(css).raw("\"><strong>").num(n).raw("</strong> ").text(n == 1 ? one : many).raw("</li>");
}

}  // namespace

void write_header(Html& h, const Model& m) {
  const Plan& plan = *m.plan;
  h.raw("<header><h1>");
  if (plan.title) h.text(*plan.title);
  else if (plan.group) h.text(plan.group->name).raw(" work plan");
  else h.text(m.options.source);
  h.raw("</h1>");
  if (plan.preamble) h.raw("<p class=\"preamble\">").text(*plan.preamble).raw("</p>");
  h.raw("<dl class=\"facts\">");
  // Where and when, as the cover sheet says (a secretariat user's wish: parsed, and not shown).
  if (plan.meeting || plan.meeting_place || plan.meeting_dates) {
    h.raw("<dt>Meeting</dt><dd>");
    std::string_view sep;
    if (plan.meeting) h.text(*plan.meeting), sep = ", ";
    if (plan.meeting_place) h.text(sep).text(*plan.meeting_place), sep = ", ";
    if (plan.meeting_dates) h.text(sep).text(plan.meeting_dates->text);
    h.raw("</dd>");
  }
  if (plan.group) {
    h.raw("<dt>Group</dt><dd>").text(plan.group->name);
    if (!plan.group->acronym.empty()) h.raw(" (").text(plan.group->acronym).raw(")");
    h.raw("</dd>");
  }
  h.raw("<dt>As of</dt><dd>").text(to_string(m.options.as_of)).raw("</dd>");
  h.raw("<dt>File</dt><dd>").text(m.options.source).raw("</dd></dl>");

  std::size_t directives = 0, by_state[5] = {0, 0, 0, 0, 0};
  for (const auto& s : plan.sections) directives += s.directives.size();
  for (const auto& v : m.actions) ++by_state[static_cast<int>(v.state)];
  h.raw("<ul class=\"counts\" aria-label=\"Counts\">");
  count(h, directives, "directive", "directives");
  count(h, m.actions.size(), "action", "actions");
  count(h, m.lanes.size(), "owner", "owners");
  count(h, by_state[0], "overdue", "overdue", "overdue");
  count(h, by_state[1], "due in the next 90 days", "due in the next 90 days", "due-soon");
  count(h, by_state[3], "ongoing", "ongoing", "ongoing");
  count(h, by_state[4], "without a deadline", "without a deadline", "none");
  h.raw("</ul>");
  h.raw("</header>");

  if (plan.diagnostics.empty()) return;
  h.raw("<section id=\"diagnostics\" aria-labelledby=\"diag-h\"><h2 id=\"diag-h\">What the parser noticed</h2><ul>");
  for (const auto& d : plan.diagnostics) {
    h.raw("<li><span class=\"sev\">").text(d.severity == Severity::error     ? "error"
                                           : d.severity == Severity::warning ? "warning"
                                                                             : "note");
    h.raw("</span> <code>").text(d.code).raw("</code> ");
    // A .docx's or .pdf's place in the document, as validate names it; a text's line.
    if (d.span.place) h.text(describe(*d.span.place));
    else h.raw("line ").num(static_cast<std::int64_t>(d.span.line));
    h.raw(": ").text(d.message);
    const std::string id = element_at(plan, d.span);
    if (!id.empty()) h.raw(" (<a href=\"#").text(id).raw("\">").text(id).raw("</a>)");
    h.raw("</li>");
  }
  h.raw("</ul></section>");
}

}  // namespace mseg::report
