// The page's header: what the plan is, the counts a meeting asks for first,
// and the parser's diagnostics, each linked to the element it is about.
#include <mseg/query.hpp>

#include <algorithm>
#include <numeric>
#include <vector>

#include "model.hpp"

namespace mseg::report {
namespace {

// The element each diagnostic is about, as its id (null: none), among the elements whose lines hold its line, in
// any section (a section's span ends at its last row's first line, while that row's cells run on below: an
// adversarial helper's finding). Columns stand side by side on a line in side-by-side text and in Markdown's or
// CSV's rows: the one that starts in the nearest column at or before the diagnostic's (a priority's note went to
// the action beside it); where none starts at or before it (a CSV cell's wrapped line at column 1), the leftmost.
// Of those in one column (a column-blocks text's blocks all start at column 1), the one that starts last, the
// innermost. Else the section whose lines hold it. None for a diagnostic off the laid text (a PDF's footer).
// One sweep down the lines, the diagnostics taken in line order, holding the elements whose lines hold the line:
// a search of every element for each diagnostic was quadratic (16,000 one-line actions in one section with 320,000
// diagnostics: 10 s).
std::vector<const std::string*> linked_elements(const Plan& plan) {
  struct Candidate {
    std::uint32_t line, end_line, column;
    const std::string* id;
    bool section;
  };
  std::vector<Candidate> all;
  for (const auto& s : plan.sections) {
    all.push_back({s.span.line, s.span.end_line, s.span.column, &s.id, true});
    for (const auto& a : s.actions) all.push_back({a.span.line, a.span.end_line, a.span.column, &a.id, false});
    for (const auto& d : s.directives) all.push_back({d.span.line, d.span.end_line, d.span.column, &d.id, false});
    for (const auto& p : s.priorities) all.push_back({p.span.line, p.span.end_line, p.span.column, &p.id, false});
  }
  std::stable_sort(all.begin(), all.end(), [](const Candidate& a, const Candidate& b) { return a.line < b.line; });
  const auto& diags = plan.diagnostics;
  std::vector<std::size_t> order(diags.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return diags[a].span.line < diags[b].span.line; });
  std::vector<const std::string*> linked(diags.size(), nullptr);
  std::vector<const Candidate*> open;  // those whose lines hold the line: a few in any plan
  std::size_t next = 0;
  for (const std::size_t i : order) {
    const Span& at = diags[i].span;
    // Unplaced; or about text no element holds, a page's footer, a .docx table not read (its span is where the
    // next laid text starts: linked, it named an element it was not about).
    if (at.line == 0 || diags[i].off_text) continue;
    while (next < all.size() && all[next].line <= at.line) open.push_back(&all[next++]);
    std::erase_if(open, [&](const Candidate* c) { return c->end_line < at.line; });
    const Candidate* best = nullptr;
    for (const Candidate* c : open) {
      if (c->section) continue;
      const bool before = c->column <= at.column, best_before = best && best->column <= at.column;
      const bool better =
          !best || (before != best_before ? before
                    : c->column != best->column ? (before ? c->column > best->column : c->column < best->column)
                                                : c->line > best->line);
      if (better) best = c;
    }
    if (!best) {
      const auto section = std::find_if(open.begin(), open.end(), [](const Candidate* c) { return c->section; });
      if (section != open.end()) best = *section;
    }
    linked[i] = best ? best->id : nullptr;
  }
  return linked;
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
  const std::vector<const std::string*> linked = linked_elements(plan);
  for (std::size_t i = 0; i < plan.diagnostics.size(); ++i) {
    const Diagnostic& d = plan.diagnostics[i];
    h.raw("<li><span class=\"sev\">").text(d.severity == Severity::error     ? "error"
                                           : d.severity == Severity::warning ? "warning"
                                                                             : "note");
    h.raw("</span> <code>").text(d.code).raw("</code> ");
    // A .docx's or .pdf's place in the document, as validate names it; a text's line.
    if (d.span.place) h.text(describe(*d.span.place));
    else h.raw("line ").num(static_cast<std::int64_t>(d.span.line));
    h.raw(": ").text(d.message);
    if (const std::string* id = linked[i]) h.raw(" (<a href=\"#").text(*id).raw("\">").text(*id).raw("</a>)");
    h.raw("</li>");
  }
  h.raw("</ul></section>");
}

}  // namespace mseg::report
