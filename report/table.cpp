// The plan as a table: per section its directives, priorities and actions
// under the plan's own column names. Rows carry their owners, state and
// section as data attributes for the filters; without script all rows show.
#include "model.hpp"

namespace mseg::report {
namespace {

constexpr int kColumns = 7;

void kind_row(Html& h, const std::string& name, const char* fallback) {
  h.raw("<tr class=\"kind\"><th scope=\"colgroup\" colspan=\"7\">").text(name.empty() ? fallback : name);
  h.raw("</th></tr>");
}

void write_directive(Html& h, const Section& s, const Directive& d) {
  h.raw("<tr class=\"directive\" id=\"").text(d.id).raw("\" data-s=\"").text(s.id).raw("\"><th scope=\"row\">");
  h.text(d.id).raw("</th><td class=\"tx\">");
  if (d.number) h.raw("<span class=\"no\">").text(*d.number).raw("</span> ");
  h.text(d.text).raw("</td><td>");
  for (const auto& c : d.citations) {
    h.raw("<span class=\"cite\">").text(c.text).raw(" <code>").text(c.key).raw("</code>");
    // The meeting the citation resolves to, so a reader sees the authority, not only a key.
    if (c.source) {
      h.raw("<span class=\"mtg\">").text(c.source->meeting);
      if (!c.source->place.empty()) h.text(", ").text(c.source->place);
      if (!c.source->verified) h.raw(" <em>(not verified)</em>");
      h.raw("</span>");
    }
    h.raw("</span>");
  }
  h.raw("</td><td colspan=\"4\"></td></tr>");
}

void write_priority(Html& h, const Section& s, const Priority& p) {
  h.raw("<tr class=\"priority\" id=\"").text(p.id).raw("\" data-s=\"").text(s.id).raw("\"><th scope=\"row\">");
  h.text(p.id).raw("</th><td class=\"tx\">");
  if (p.number) h.raw("<span class=\"no\">").text(*p.number).raw("</span> ");
  h.text(p.title);
  if (!p.items.empty()) {
    h.raw("<ul>");
    for (const auto& item : p.items) h.raw("<li>").text(item.text).raw("</li>");
    h.raw("</ul>");
  }
  h.raw("</td><td colspan=\"5\"></td></tr>");
}

void write_action(Html& h, const Model& m, const ActionView& v) {
  const Action& a = *v.action;
  h.raw("<tr class=\"action\" id=\"").text(a.id).raw("\" data-s=\"").text(v.section->id).raw("\" data-st=\"");
  h.text(to_string(v.state)).raw("\" data-o=\"");
  bool first = true;
  for (const auto& lanes : v.lanes)
    for (std::size_t l : lanes) {
      if (!first) h.raw(" ");
      h.text(m.lanes[l].token);
      first = false;
    }
  h.raw("\"><th scope=\"row\">").text(a.id).raw("</th><td class=\"tx\">").text(a.text).raw("</td><td>");
  // One line per tag; most actions have one, which needs no line of its own.
  const bool lines = a.tags.size() > 1;
  auto open = [&] {
    if (lines) h.raw("<div>");
  };
  auto close = [&] {
    if (lines) h.raw("</div>");
  };
  for (const auto& t : a.tags) {
    open();
    if (t.label) h.raw("<span class=\"lbl\">").text(*t.label).raw(":</span> ");
    if (t.role) h.text(*t.role).raw(": ");
    for (std::size_t i = 0; i < t.owners.size(); ++i) {
      const Owner& o = t.owners[i];
      if (i) h.raw(", ");
      h.text(o.name);
      if (o.canonical && *o.canonical != o.name) h.raw(" <span class=\"canon\">(").text(*o.canonical).raw(")</span>");
    }
    if (t.tentative) h.raw(" <span class=\"tbc\">(to be confirmed)</span>");
    close();
  }
  h.raw("</td><td>");
  // An action with no tag whose sentence gives its deadline shows that one (a helper's finding: blank cells on an
  // action the row called overdue).
  std::vector<Tag> scratch;
  const std::vector<Tag>& dated = deadline_tags(a, scratch);
  for (const auto& t : dated) {
    open();
    h.text(t.deadline.text);
    close();
  }
  h.raw("</td><td class=\"dates\">");
  for (const auto& t : dated) {
    open();
    if (const Deadline& d = t.deadline; d.start && d.end) {
      // Each date whole on its line where a narrow printed column wraps them: the break goes at the dash.
      h.raw("<span class=\"d\">").text(to_string(*d.start)).raw("</span>");
      if (*d.end != *d.start) h.raw(" \xe2\x80\x93 <span class=\"d\">").text(to_string(*d.end)).raw("</span>");
    } else {
      h.raw("\xe2\x80\x94");
    }
    close();
  }
  h.raw("</td><td><span class=\"st ").text(to_string(v.state)).raw("\">").text(label_of(v.state)).raw("</span></td><td>");
  if (v.mark != Mark::none) h.raw("<span class=\"chgt\">").text(mark_name(v.mark)).raw("</span>");
  h.raw("</td></tr>");
}

}  // namespace

void write_table(Html& h, const Model& m) {
  const Plan& plan = *m.plan;
  h.raw("<section id=\"plan\" aria-labelledby=\"plan-h\"><h2 id=\"plan-h\">The plan</h2>");
  // Shown by the script: without it the controls could do nothing, and the full table shows.
  h.raw("<form id=\"filters\" class=\"filters\" hidden><label>Owner <select name=\"owner\">"
        "<option value=\"\">all owners</option>");
  // Each owner's names as the plan writes them, one a line, for an address naming it so ("#owner=US").
  for (const auto& lane : m.lanes) {
    std::string names;
    for (const auto& w : lane.written) names += w + "\n";
    h.raw("<option value=\"").text(lane.token).raw("\" data-names=\"").text(names).raw("\">").text(lane.label);
    h.raw("</option>");
  }
  h.raw("</select></label> <label>State <select name=\"state\"><option value=\"\">all states</option>");
  for (State s : {State::overdue, State::due_soon, State::later, State::ongoing, State::none})
    h.raw("<option value=\"").text(to_string(s)).raw("\">").text(label_of(s)).raw("</option>");
  h.raw("</select></label> <label>Section <select name=\"section\"><option value=\"\">all sections</option>");
  for (const auto& s : plan.sections) h.raw("<option value=\"").text(s.id).raw("\">").text(s.id).raw("</option>");
  h.raw("</select></label> <button type=\"reset\">Show all</button> "
        "<output id=\"shown\" aria-live=\"polite\"></output></form>");

  h.raw("<table id=\"plan-table\"><caption>Every section of the plan with its ")
      .text(plan.columns[0]).raw(", ").text(plan.columns[1]).raw(" and ").text(plan.columns[2])
      .raw("; states as of ").text(to_string(m.options.as_of)).raw("</caption>");
  // Columns named for print, where the widths are fixed: left to the browser, the empty cells of directive and
  // priority rows took a third of the page and the text a fifth (a secretariat user's finding: 14 A4 pages).
  h.raw("<colgroup><col class=\"c-id\"><col class=\"c-tx\"><col class=\"c-own\"><col class=\"c-dl\">"
        "<col class=\"c-dt\"><col class=\"c-st\"><col class=\"c-ch\"></colgroup>");
  h.raw("<thead><tr><th scope=\"col\">ID</th><th scope=\"col\">Text</th><th scope=\"col\">Owners or citations</th>"
        "<th scope=\"col\">Deadline as written</th><th scope=\"col\">Dates</th><th scope=\"col\">State</th>"
        "<th scope=\"col\">Change</th></tr></thead>");
  static_assert(kColumns == 7);
  std::size_t next = 0;  // m.actions is in plan order
  for (const auto& s : plan.sections) {
    h.raw("<tbody data-s=\"").text(s.id).raw("\"><tr class=\"sec\" id=\"").text(s.id);
    h.raw("\"><th scope=\"rowgroup\" colspan=\"7\">Section ").text(s.id);
    if (s.number) h.raw(" (").text(*s.number).raw(")");
    h.raw("</th></tr>");
    if (!s.directives.empty()) kind_row(h, plan.columns[0], "Directives");
    for (const auto& d : s.directives) write_directive(h, s, d);
    if (!s.priorities.empty()) kind_row(h, plan.columns[1], "Priorities");
    for (const auto& p : s.priorities) write_priority(h, s, p);
    if (!s.actions.empty()) kind_row(h, plan.columns[2], "Action items");
    for (std::size_t i = 0; i < s.actions.size(); ++i) write_action(h, m, m.actions[next++]);
    h.raw("</tbody>");
  }
  h.raw("</table></section>");
}

}  // namespace mseg::report
