// The history as rows: CSV for spreadsheets, Markdown for minutes.
#include <mseg/history_format.hpp>

#include <fmt/format.h>

#include "base/text_escape.hpp"
#include "base/text_pieces.hpp"
#include "describe.hpp"

namespace mseg {
namespace {

std::string csv(std::string_view s) {
  std::string out;
  append_csv_field(out, s);
  return out;
}

std::string md(std::string_view text) { return markdown_inline(text); }

}  // namespace

void format_history_csv(const History& h, const TextSink& sink) {
  using history::joined;
  std::string out =
      "thread,kind,status,plan,present,id,number,section,owners,deadline,deadline_change,months,reworded,"
      "owners_added,owners_removed,citations,text\r\n";
  for (const auto& t : h.threads)
    for (std::size_t i = 0; i < t.steps.size(); ++i) {
      const auto& st = t.steps[i];
      const bool change = st.present && i > t.first;
      out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\r\n", csv(t.id), to_string(t.kind),
                         csv(to_string(t.status)), csv(h.plans[i].label), st.present ? "yes" : "no", csv(st.id),
                         csv(st.number.value_or("")), csv(st.section), csv(joined(st.owners, "; ")), csv(st.deadline),
                         change && st.deadline_change != DeadlineChange::none ? csv(to_string(st.deadline_change)) : "",
                         change && st.months != 0 ? std::to_string(st.months) : "",
                         change ? (st.text_changed ? "yes" : "no") : "", csv(joined(st.owners_added, "; ")),
                         csv(joined(st.owners_removed, "; ")), csv(joined(st.citations, "; ")), csv(st.text));
      pass_on(out, sink);
    }
  sink(out);
}

std::string format_history_csv(const History& h) {
  return gather([&](const TextSink& sink) { format_history_csv(h, sink); });
}

void format_history_markdown(const History& h, const TextSink& sink) {
  using namespace history;
  std::string out = "# Plans over time\n\n| Plan | File |\n|---|---|\n";
  for (const auto& p : h.plans) out += fmt::format("| {} | `{}` |\n", md(p.label), plan_file_label(p));
  out += fmt::format("\n{} thread{}: {}.\n", h.threads.size(), h.threads.size() == 1 ? "" : "s", status_counts(h));
  out += "\n## Threads\n\n| Thread | Kind | Status | Text |";
  for (const auto& p : h.plans) out += fmt::format(" {} |", md(p.label));
  out += "\n|---|---|---|---|";
  for (std::size_t i = 0; i < h.plans.size(); ++i) out += "---|";
  out += '\n';
  for (const auto& t : h.threads) {
    out += fmt::format("| {} | {} | {} | {} |", md(t.id), to_string(t.kind), to_string(t.status), md(t.steps[t.last].text));
    for (std::size_t i = 0; i < t.steps.size(); ++i) {
      const auto& st = t.steps[i];
      if (!st.present) {
        out += " — |";
        continue;
      }
      std::string cell = st.number ? fmt::format("{} ({})", st.id, *st.number) : st.id;
      if (t.kind == ElementKind::action) {
        cell += "; " + (st.owners.empty() ? std::string("no owner") : joined(st.owners));
        cell += "; " + (st.deadline.empty() ? std::string("no deadline") : st.deadline);
      }
      if (i > t.first) {
        auto changes = step_changes(st);
        if (!changes.empty()) cell += " (" + changes + ")";
      }
      out += fmt::format(" {} |", md(cell));
    }
    out += '\n';
    pass_on(out, sink);
  }
  if (!h.owners.empty()) {
    out += "\n## Owners\n\n| Owner | Held | Carried through | Ended | New | Slips | Months slipped | Median slip |\n"
           "|---|---|---|---|---|---|---|---|\n";
    for (const auto& o : h.owners)
      out += fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} |\n", md(o.owner), o.held, o.carried, o.ended,
                         o.new_in_last, o.slips, o.months_total, months_text(o.months_median));
  }
  std::string twice;
  for (const auto& t : h.threads)
    if (t.kind == ElementKind::action && t.slips > 1)
      twice += fmt::format("- {}: {} slips, {} months: {}\n", md(t.id), t.slips, t.months_slipped, md(t.steps[t.last].text));
  if (!twice.empty()) out += "\n## Actions that slipped more than once\n\n" + twice;
  sink(out);
}

std::string format_history_markdown(const History& h) {
  return gather([&](const TextSink& sink) { format_history_markdown(h, sink); });
}

}  // namespace mseg
