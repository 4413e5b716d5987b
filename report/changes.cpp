// What changed since each older plan, from the diff engine: its summary line,
// then one row per change with the word diff of reworded text.
#include <mseg/diff_format.hpp>
#include "model.hpp"

namespace mseg::report {
namespace {

void write_text_diff(Html& h, const Change& c) {
  if (c.text_diff.empty()) {
    h.text(diff::shown_element(c).text());
    return;
  }
  for (std::size_t i = 0; i < c.text_diff.size(); ++i) {
    const auto& op = c.text_diff[i];
    if (i) h.raw(" ");
    if (op.op == TextOp::Op::remove) h.raw("<del>").text(op.text).raw("</del>");
    else if (op.op == TextOp::Op::insert) h.raw("<ins>").text(op.text).raw("</ins>");
    else h.text(op.text);
  }
}

}  // namespace

void write_changes(Html& h, const Model& m) {
  for (std::size_t i = 0; i < m.diffs.size(); ++i) {
    const PlanDiff& d = m.diffs[i];
    const Since& since = m.options.since[i];
    h.raw("<section class=\"changes\" id=\"changes-").num(i + 1).raw("\" aria-labelledby=\"changes-h").num(i + 1);
    h.raw("\"><h2 id=\"changes-h").num(i + 1).raw("\">Changes since ");
    if (since.plan->title) h.text(*since.plan->title).raw(" (").text(since.source).raw(")");
    else h.text(since.source);
    h.raw("</h2><p class=\"summary\">").text(diff::summary_line(d.summary));
    if (i == 0) h.raw(". The timeline marks these changes: + new, \xce\x94 changed, \xc2\xbb slipped (deadline later).");
    h.raw("</p><table class=\"changes-table\"><thead><tr><th scope=\"col\">Change</th><th scope=\"col\">Element</th>"
          "<th scope=\"col\">Was</th><th scope=\"col\">Now</th><th scope=\"col\">Text (<del>removed</del> "
          "<ins>added</ins> words)</th><th scope=\"col\">Other fields</th></tr></thead><tbody>");
    for (const auto& c : d.changes) {
      if (c.change == ChangeKind::unchanged) continue;
      h.raw("<tr class=\"").text(to_string(c.change)).raw("\"><td>").text(to_string(c.change)).raw("</td><td>");
      h.text(to_string(c.kind)).raw("</td><td>");
      if (c.old_element) h.text(c.old_element->id());
      h.raw("</td><td>");
      if (c.new_element) h.raw("<a href=\"#").text(c.new_element->id()).raw("\">").text(c.new_element->id()).raw("</a>");
      h.raw("</td><td class=\"tx\">");
      write_text_diff(h, c);
      h.raw("</td><td>");
      for (const auto& f : c.fields) {
        if (f.field == "text") continue;
        h.raw("<div>").text(f.field).raw(": ").text(diff::describe_field(f, "\xe2\x86\x92")).raw("</div>");
      }
      h.raw("</td></tr>");
    }
    h.raw("</tbody></table></section>");
  }
}

}  // namespace mseg::report
