// The history for a terminal: one compact timeline per thread.
#include <mseg/history_format.hpp>

#include <fmt/format.h>

#include "base/text_escape.hpp"
#include "base/text_pieces.hpp"
#include "describe.hpp"

namespace mseg {
namespace history {

// Each part made inert for a terminal (append_inert): owners, deadlines and citations are the plans' words.
std::string joined(const std::vector<std::string>& v, const char* separator) {
  std::string out;
  for (const auto& s : v) {
    if (!out.empty()) out += separator;
    append_inert(out, s);
  }
  return out;
}

std::string months_text(double months) {
  if (months == static_cast<double>(static_cast<long long>(months))) return fmt::format("{}", static_cast<long long>(months));
  return fmt::format("{:.1f}", months);
}

std::string status_counts(const History& h) {
  std::size_t carried = 0, ended = 0, fresh = 0;
  for (const auto& t : h.threads) {
    if (t.status == ThreadStatus::carried_through) ++carried;
    else if (t.status == ThreadStatus::ended) ++ended;
    else ++fresh;
  }
  return fmt::format("{} carried through, {} ended, {} new", carried, ended, fresh);
}

std::string step_changes(const ThreadStep& st) {
  std::vector<std::string> parts;
  if (st.rejoined) parts.emplace_back("back after a gap");
  if (st.text_changed) parts.emplace_back("reworded");
  if (!st.owners_added.empty() || !st.owners_removed.empty()) {
    std::string o = "owners";
    for (const auto& a : st.owners_added) o += " +" + inert_text(a);
    for (const auto& r : st.owners_removed) o += " -" + inert_text(r);
    parts.push_back(o);
  }
  if (st.deadline_change != DeadlineChange::none) {
    std::string d = fmt::format("deadline {} -> {} ({}", st.deadline_before.empty() ? "(none)" : inert_text(st.deadline_before),
                                st.deadline.empty() ? "(none)" : inert_text(st.deadline), to_string(st.deadline_change));
    if (st.months != 0) d += fmt::format(", {} months", st.months > 0 ? st.months : -st.months);
    // Whose own deadline slipped where the action's latest did not move: said, as the owners' table counts it.
    if (st.deadline_change != DeadlineChange::extended)
      for (const auto& [who, months] : st.slipped_by)
        d += fmt::format("; {} {} month{} later", inert_text(who), months, months == 1 ? "" : "s");
    parts.push_back(d + ")");
  }
  if (st.citations_changed) parts.emplace_back("citation changed");
  return joined(parts, "; ");
}

}  // namespace history

void format_history_text(const History& h, const TextSink& sink) {
  using namespace history;
  std::string out = fmt::format("{} plan{}:", h.plans.size(), h.plans.size() == 1 ? "" : "s");
  // Text from the plans (an action's words, an owner, a label from a plan's title) cannot reach the terminal as
  // an escape sequence (a reviewer's finding: history alone let one through).
  for (const auto& p : h.plans) out += fmt::format(" {} ({})", inert_text(p.label), inert_text(plan_file_label(p)));
  out += fmt::format("\n{} thread{}: {}\n", h.threads.size(), h.threads.size() == 1 ? "" : "s", status_counts(h));
  std::size_t width = 0;
  for (const auto& p : h.plans) width = std::max(width, p.label.size());
  for (const auto& t : h.threads) {
    const ThreadStep& latest = t.steps[t.last];
    out += fmt::format("\n{} {} {}", t.id, to_string(t.kind), to_string(t.status));
    if (t.status == ThreadStatus::ended) out += fmt::format(" (last in {})", inert_text(h.plans[t.last].label));
    out += fmt::format(": {}\n", inert_text(latest.text));
    for (std::size_t i = 0; i < t.steps.size(); ++i) {
      const ThreadStep& st = t.steps[i];
      if (i < t.first) continue;
      if (!st.present) {
        // Only the gaps inside the thread, and the one plan after it ended.
        bool gap = i < t.last, after_end = i == t.last + 1;
        if (gap || after_end) out += fmt::format("  {:<{}}  absent\n", inert_text(h.plans[i].label), width);
        continue;
      }
      std::string where = st.number ? fmt::format("{} ({})", st.id, inert_text(*st.number)) : st.id;
      std::string line = fmt::format("  {:<{}}  {}", inert_text(h.plans[i].label), width, where);
      if (t.kind == ElementKind::action) {
        line += fmt::format("  owners: {}; deadline: {}", st.owners.empty() ? "(none)" : joined(st.owners),
                            st.deadline.empty() ? "(none)" : inert_text(st.deadline));
      } else if (!st.citations.empty()) {
        line += fmt::format("  citations: {}", joined(st.citations));
      }
      if (i > t.first) {
        auto changes = step_changes(st);
        line += changes.empty() ? "  unchanged" : "  [" + changes + "]";
      }
      out += line + '\n';
    }
    pass_on(out, sink);
  }
  if (!h.owners.empty()) {
    out += "\nowners (action threads):\n";
    // Each name made inert once: the column is as wide as the widest, as shown.
    std::vector<std::string> names;
    names.reserve(h.owners.size());
    std::size_t name_width = 5;
    for (const auto& o : h.owners) name_width = std::max(name_width, names.emplace_back(inert_text(o.owner)).size());
    out += fmt::format("  {:<{}}  held  carried  ended  new  slips  months  median\n", "owner", name_width);
    for (std::size_t i = 0; i < h.owners.size(); ++i) {
      const auto& o = h.owners[i];
      out += fmt::format("  {:<{}}  {:>4}  {:>7}  {:>5}  {:>3}  {:>5}  {:>6}  {:>6}\n", names[i], name_width, o.held,
                         o.carried, o.ended, o.new_in_last, o.slips, o.months_total, months_text(o.months_median));
    }
  }
  std::string twice, cited;
  for (const auto& t : h.threads) {
    if (t.kind == ElementKind::action && t.slips > 1)
      twice += fmt::format("  {}: {} slips, {} months\n", t.id, t.slips, t.months_slipped);
    if (t.kind == ElementKind::directive)
      for (const auto& st : t.steps)
        if (st.citations_changed) {
          cited += fmt::format("  {}: {}\n", t.id, joined(st.citations));
          break;
        }
  }
  out += "\nactions that slipped more than once:" + (twice.empty() ? std::string(" none\n") : "\n" + twice);
  out += "\ndirectives whose citation changed:" + (cited.empty() ? std::string(" none\n") : "\n" + cited);
  sink(out);
}

std::string format_history_text(const History& h) {
  return gather([&](const TextSink& sink) { format_history_text(h, sink); });
}

}  // namespace mseg
