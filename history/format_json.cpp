// The history as JSON (schema/history.schema.json) and JSON Lines.
#include <mseg/diff_format.hpp>
#include <mseg/history_format.hpp>

#include <fmt/format.h>

#include "base/json_writer.hpp"
#include "diff/internal/text_diff_json.hpp"
#include "schema/internal/plan_json_write.hpp"

namespace mseg {
namespace {

void write_step(JsonWriter& w, const HistoryPlan& plan, const ThreadStep& st, bool first) {
  w.begin_object();
  w.field("plan", plan.label);
  w.field("present", st.present);
  if (st.present) {
    w.field("id", st.id);
    w.field("number", st.number);
    w.field("section", st.section);
    w.field("line", std::uint64_t{st.line});
    if (st.place) write_place_member(w, *st.place);  // the line alone is of mseg's laid-out text
    w.field("text", st.text);
    w.field("owners", st.owners);
    if (st.deadline.empty()) w.field("deadline", std::optional<std::string>{});
    else w.field("deadline", st.deadline);
    w.field("citations", st.citations);
    if (!first) {
      w.key("changes");
      w.begin_object();
      w.field("rejoined", st.rejoined);
      w.field("text_changed", st.text_changed);
      w.key("text_diff");
      write_json(w, st.text_diff);
      w.field("owners_added", st.owners_added);
      w.field("owners_removed", st.owners_removed);
      if (st.deadline_change == DeadlineChange::none) {
        w.key("deadline");
        w.null();
      } else {
        w.key("deadline");
        w.begin_object();
        w.field("change", to_string(st.deadline_change));
        if (st.deadline_before.empty()) w.field("old", std::optional<std::string>{});
        else w.field("old", st.deadline_before);
        if (st.deadline.empty()) w.field("new", std::optional<std::string>{});
        else w.field("new", st.deadline);
        w.field("months", std::int64_t{st.months});
        w.end_object();
      }
      w.field("citations_changed", st.citations_changed);
      w.end_object();
    }
  }
  w.end_object();
}

void write_thread(JsonWriter& w, const History& h, const Thread& t) {
  w.begin_object();
  w.field("id", t.id);
  w.field("kind", to_string(t.kind));
  w.field("status", to_string(t.status));
  w.field("first", h.plans[t.first].label);
  w.field("last", h.plans[t.last].label);
  w.field("owners", t.owners);
  w.field("slips", std::uint64_t{t.slips});
  w.field("months_slipped", std::int64_t{t.months_slipped});
  w.key("plans");
  w.begin_array();
  for (std::size_t i = 0; i < t.steps.size(); ++i) write_step(w, h.plans[i], t.steps[i], i <= t.first);
  w.end_array();
  w.end_object();
}

void write_history(std::string& out, const History& h, bool pretty, const TextSink& sink);

}  // namespace

void format_history_json(const History& h, bool pretty, const TextSink& sink) {
  std::string out;
  write_history(out, h, pretty, sink);
  out.push_back('\n');
  sink(out);
}

std::string format_history_json(const History& h, bool pretty) {
  return gather([&](const TextSink& sink) { format_history_json(h, pretty, sink); });
}

void format_history_jsonl(const History& h, const TextSink& sink) {
  std::string out;
  for (const auto& t : h.threads) {
    {
      JsonWriter w(out, false);
      write_thread(w, h, t);
    }
    out.push_back('\n');
    pass_on(out, sink);
  }
  if (!out.empty()) sink(out);
}

std::string format_history_jsonl(const History& h) {
  return gather([&](const TextSink& sink) { format_history_jsonl(h, sink); });
}

namespace {

void write_history(std::string& out, const History& h, bool pretty, const TextSink& sink) {
  JsonWriter w(out, pretty);
  w.stream_to(sink);
  w.begin_object();
  w.field("history_version", "1");
  w.key("plans");
  w.begin_array();
  for (const auto& p : h.plans) {
    w.begin_object();
    w.field("label", p.label);
    w.key("source");
    write_json(w, p.source);
    w.end_object();
  }
  w.end_array();
  std::size_t carried = 0, ended = 0, fresh = 0;
  for (const auto& t : h.threads) {
    if (t.status == ThreadStatus::carried_through) ++carried;
    else if (t.status == ThreadStatus::ended) ++ended;
    else ++fresh;
  }
  w.key("summary");
  w.begin_object();
  w.field("threads", std::uint64_t{h.threads.size()});
  w.field("carried_through", std::uint64_t{carried});
  w.field("ended", std::uint64_t{ended});
  w.field("new", std::uint64_t{fresh});
  w.end_object();
  w.key("threads");
  w.begin_array();
  for (const auto& t : h.threads) write_thread(w, h, t);
  w.end_array();
  w.key("owners");
  w.begin_array();
  for (const auto& o : h.owners) {
    w.begin_object();
    w.field("owner", o.owner);
    w.field("held", std::uint64_t{o.held});
    w.field("carried_through", std::uint64_t{o.carried});
    w.field("ended", std::uint64_t{o.ended});
    w.field("new", std::uint64_t{o.new_in_last});
    w.field("slips", std::uint64_t{o.slips});
    w.field("months_total", std::int64_t{o.months_total});
    w.key("months_median");
    w.raw(fmt::format("{}", o.months_median));
    w.end_object();
  }
  w.end_array();
  w.key("slipped_more_than_once");
  w.begin_array();
  for (const auto& t : h.threads)
    if (t.kind == ElementKind::action && t.slips > 1) w.value(t.id);
  w.end_array();
  w.key("citation_changed");
  w.begin_array();
  for (const auto& t : h.threads) {
    if (t.kind != ElementKind::directive) continue;
    for (const auto& st : t.steps)
      if (st.citations_changed) {
        w.value(t.id);
        break;
      }
  }
  w.end_array();
  w.end_object();
}

}  // namespace
}  // namespace mseg
