// The deadline timeline: an inline SVG, one lane per owner. Dated deadlines
// are bars over the days they cover; ongoing and undated ones sit in a column
// of their own at the right. Marks that overlap in a lane stack in sub-rows so
// none hides another.
#include <algorithm>
#include <cstdint>
#include <functional>
#include <queue>
#include <utility>

#include <mseg/calendar_days.hpp>

#include "base/calendar.hpp"
#include "base/text_escape.hpp"
#include "model.hpp"

namespace mseg::report {
namespace {

using query::days_from_civil;

constexpr double kWidth = 1200;
constexpr double kGutter = 180;   // lane labels
constexpr double kColumn = 150;   // ongoing / TBC column
constexpr double kPlotLeft = kGutter;
constexpr double kPlotRight = kWidth - kColumn - 16;
constexpr double kTop = 58;       // axis labels above the lanes
constexpr double kRow = 16;       // one sub-row
constexpr double kBar = 11;       // a bar's height
constexpr double kHeading = 20;   // "Economies", "Roles and groups"
constexpr double kMinBar = 7;     // a one-day deadline stays visible
constexpr double kSlot = 27;      // one mark in the column, room for a change glyph
constexpr int kSlotsPerRow = 5;
// Up to this many actions a mark's tooltip holds the action's text, so it
// reads without script; above it the text would double a large page's size,
// and the script's detail line takes it from the table row instead.
constexpr std::size_t kTextInTitlesUpTo = 2000;

struct Placed {
  const ActionView* view = nullptr;
  std::size_t tag = 0;
  State state = State::none;
  bool dated = false;
  double x0 = 0, x1 = 0;
  std::size_t row = 0;
  // Whether other marks repeat this one's tag (its tag has several owners) and
  // its action's text (the action has several marks): then the tooltip
  // shortens them. Counted once per action as marks are made.
  bool tag_repeated = false, text_repeated = false;
};

Date quarter_start(Date d) { return Date::make(d.year, (d.month - 1) / 3 * 3 + 1, 1); }

Date next_quarter(Date d) {
  const Date q = quarter_start(d);
  return q.month + 3 > 12 ? Date::make(q.year + 1, q.month + 3 - 12, 1) : Date::make(q.year, q.month + 3, 1);
}

struct Axis {
  std::int64_t first = 0;  // day at kPlotLeft
  std::int64_t last = 0;   // day at kPlotRight (exclusive)
  Date start, end;         // whole quarters
  double x(std::int64_t day) const {
    return kPlotLeft + (kPlotRight - kPlotLeft) * static_cast<double>(day - first) / static_cast<double>(last - first);
  }
  double x(Date d) const { return x(days_from_civil(d)); }
};

// Whole quarters around every dated deadline and the as-of date.
Axis axis_of(const Model& m) {
  Date lo = m.options.as_of, hi = m.options.as_of;
  for (const auto& v : m.actions)
    for (const auto& t : v.action->tags)
      if (const Deadline& d = deadline_for(*v.action, t); d.start && d.end) {
        lo = std::min(lo, *d.start);
        hi = std::max(hi, *d.end);
      }
  Axis a;
  a.start = quarter_start(lo);
  a.end = next_quarter(hi);
  a.first = days_from_civil(a.start);
  a.last = days_from_civil(a.end);
  return a;
}


void write_axis(Html& h, const Axis& a, double bottom) {
  const int months = (a.end.year - a.start.year) * 12 + (a.end.month - a.start.month);
  h.raw("<g class=\"axis\" aria-hidden=\"true\">");
  for (int i = 0; i <= months; ++i) {
    const int y = a.start.year + (a.start.month - 1 + i) / 12;
    const int mo = (a.start.month - 1 + i) % 12 + 1;
    const double x = a.x(Date::make(y, mo, 1));
    const bool year = mo == 1, quarter = mo % 3 == 1;
    // The axis's first line is drawn whatever its month: the marks of the first part-year stand left of the next
    // line, and were outside any line drawn (a helper's finding).
    if (!quarter && months > 36 && i != 0) continue;
    if (!year && months > 120 && i != 0) continue;
    h.raw("<line class=\"").text(year ? "yr" : quarter ? "qt" : "mo").raw("\" x1=\"").coord(x).raw("\" x2=\"").coord(x);
    h.raw("\" y1=\"").coord(kTop - 14).raw("\" y2=\"").coord(bottom).raw("\"/>");
    if (i == months) break;
    const double next = a.x(Date::make(y + (mo == 12 ? 1 : 0), mo % 12 + 1, 1));
    if (months <= 24) {
      h.raw("<text x=\"").coord((x + next) / 2).raw("\" y=\"").coord(kTop - 4).raw("\" text-anchor=\"middle\">");
      h.text(calendar::month_abbreviation(mo)).raw("</text>");
    } else if (quarter && months <= 60) {
      h.raw("<text x=\"").coord(x + 3).raw("\" y=\"").coord(kTop - 4).raw("\">Q").num((mo - 1) / 3 + 1).raw("</text>");
    }
    // The first part-year's label only where it fits before the next year's (11px bold: about 30px with its
    // offset): a quarter of a ten-year axis wrote "20072008" (a helper's finding).
    constexpr double kYearLabel = 34;
    if (year || (i == 0 && a.x(Date::make(y + 1, 1, 1)) - x >= kYearLabel))
      h.raw("<text class=\"yl\" x=\"").coord(x + 3).raw("\" y=\"").coord(kTop - 24).raw("\">").num(y).raw("</text>");
  }
  h.raw("</g>");
}

void write_mark(Html& h, const Placed& p, double lane_top, bool with_text) {
  const ActionView& v = *p.view;
  const Tag& tag = v.action->tags[p.tag];
  const double y = lane_top + 4 + static_cast<double>(p.row) * kRow;
  h.raw("<a href=\"#").text(v.action->id).raw("\" class=\"mk ").text(to_string(p.state));
  if (v.mark != Mark::none) h.raw(" ").text(mark_name(v.mark));
  h.raw("\" data-a=\"").text(v.action->id).raw("\"><title>").text(v.action->id).raw(" \xc2\xb7 ");
  h.text(label_of(p.state));
  if (v.mark != Mark::none) h.raw(" \xc2\xb7 ").text(mark_name(v.mark));
  // A mark per owner: the tag and text all of them share are written within
  // bounds, or a tag of thousands of owners, whole in each of their marks,
  // would make the page grow as its square (the table has them whole).
  h.raw(" \xc2\xb7 section ").text(v.section->id).raw(" \xc2\xb7 ");
  h.text(p.tag_repeated ? shortened(tag.text, kMaxRepeatedTagText) : tag.text);
  if (with_text) h.raw("\n").text(p.text_repeated ? shortened(v.action->text, kMaxRepeatedActionText) : v.action->text);
  h.raw("</title>");
  if (p.dated) {
    h.raw("<rect x=\"").coord(p.x0).raw("\" y=\"").coord(y).raw("\" width=\"").coord(p.x1 - p.x0);
    h.raw("\" height=\"").coord(kBar).raw("\"/>");
  } else if (p.state == State::ongoing) {
    h.raw("<circle cx=\"").coord(p.x0 + kBar / 2).raw("\" cy=\"").coord(y + kBar / 2).raw("\" r=\"").coord(kBar / 2);
    h.raw("\"/>");
  } else {
    h.raw("<rect x=\"").coord(p.x0 + 1).raw("\" y=\"").coord(y + 1).raw("\" width=\"").coord(kBar - 2);
    h.raw("\" height=\"").coord(kBar - 2).raw("\"/>");
  }
  if (v.mark != Mark::none) {
    h.raw("<text class=\"chg\" x=\"").coord(p.x1 + 2).raw("\" y=\"").coord(y + kBar - 1).raw("\">");
    h.text(v.mark == Mark::added ? "+" : v.mark == Mark::slipped ? "\xc2\xbb" : "\xce\x94").raw("</text>");
  }
  h.raw("</a>");
}

}  // namespace

void write_timeline(Html& h, const Model& m) {
  const Axis axis = axis_of(m);
  const double column_x = kWidth - kColumn + 6;

  // Marks per lane, packed first-fit into sub-rows.
  std::vector<std::vector<Placed>> lanes(m.lanes.size());
  std::vector<std::size_t> column_count(m.lanes.size(), 0);
  for (const auto& v : m.actions) {
    std::size_t marks = 0;
    for (const auto& tag_lanes : v.lanes) marks += tag_lanes.size();
    for (std::size_t t = 0; t < v.lanes.size(); ++t) {
      const Tag& tag = v.action->tags[t];
      for (std::size_t lane : v.lanes[t]) {
        Placed p;
        p.view = &v;
        p.tag = t;
        p.tag_repeated = v.lanes[t].size() > 1;
        p.text_repeated = marks > 1;
        const Deadline& deadline = deadline_for(*v.action, tag);
        p.state = tag_state(*v.action, tag, m.options.as_of);
        p.dated = deadline.start && deadline.end;
        if (p.dated) {
          p.x0 = axis.x(*deadline.start);
          p.x1 = std::max(axis.x(days_from_civil(*deadline.end) + 1), p.x0 + kMinBar);
        } else {
          const std::size_t k = column_count[lane]++;
          p.x0 = column_x + static_cast<double>(k % kSlotsPerRow) * kSlot;
          p.x1 = p.x0 + kBar;
        }
        lanes[lane].push_back(p);
      }
    }
  }
  std::vector<std::size_t> rows(m.lanes.size(), 1);
  for (std::size_t l = 0; l < lanes.size(); ++l) {
    // Left to right, so first-fit packs as tightly as it can; the column comes last.
    std::stable_sort(lanes[l].begin(), lanes[l].end(), [](const Placed& a, const Placed& b) { return a.x0 < b.x0; });
    std::size_t row_count = 0;
    std::priority_queue<std::size_t, std::vector<std::size_t>, std::greater<>> free;
    std::priority_queue<std::pair<double, std::size_t>, std::vector<std::pair<double, std::size_t>>, std::greater<>>
        busy;
    for (auto& p : lanes[l]) {
      const double need = p.x1 + (p.view->mark != Mark::none ? 12 : 2);
      // First fit: the lowest row that has ended by x0. Marks come in order of
      // x0, so a row once free stays free until it is given a mark: the free
      // rows wait in a heap by number, the busy ones in a heap by their end.
      // (A scan of every row per mark was quadratic in marks that overlap,
      // e.g. thousands of actions of one owner due the same month.)
      while (!busy.empty() && busy.top().first <= p.x0) {
        free.push(busy.top().second);
        busy.pop();
      }
      std::size_t r = row_count;
      if (!free.empty()) {
        r = free.top();
        free.pop();
      } else {
        ++row_count;
      }
      busy.emplace(need, r);
      p.row = r;
    }
    rows[l] = std::max<std::size_t>(1, row_count);
  }

  std::size_t economies = 0;
  for (const auto& lane : m.lanes) economies += lane.economy ? 1 : 0;
  double height = kTop;
  std::vector<double> top(m.lanes.size());
  for (std::size_t l = 0; l < m.lanes.size(); ++l) {
    if (l == 0 || l == economies) height += kHeading;
    top[l] = height;
    height += static_cast<double>(rows[l]) * kRow + 6;
  }
  const double bottom = height;
  height += 8;

  std::size_t overdue = 0;
  for (const auto& v : m.actions) overdue += v.state == State::overdue ? 1 : 0;

  const bool with_text = m.actions.size() <= kTextInTitlesUpTo;
  h.raw("<svg id=\"timeline-svg\"");
  if (!with_text) h.raw(" data-row-text=\"1\"");
  h.raw(" viewBox=\"0 0 ").coord(kWidth).raw(" ").coord(height).raw("\" width=\"").coord(kWidth);
  h.raw("\" height=\"").coord(height).raw("\" role=\"group\" aria-labelledby=\"tl-title tl-desc\">");
  h.raw("<title id=\"tl-title\">Deadline timeline as of ").text(to_string(m.options.as_of)).raw("</title>");
  h.raw("<desc id=\"tl-desc\">One lane per owner (").num(m.lanes.size()).raw(" owners: ").num(economies);
  h.raw(" economies, then roles and groups). Each action is a bar over the days its deadline covers, in the lane "
        "of each of its owners; ongoing and undated deadlines are in the last column. ");
  h.num(overdue).raw(" actions are overdue. Each mark links to its row in the table.</desc>");
  h.raw("<defs>"
        "<pattern id=\"p-overdue\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
        "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#d55e00\"/>"
        "<rect width=\"2\" height=\"6\" fill=\"#fff\"/></pattern>"
        "<pattern id=\"p-due-soon\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">"
        "<rect width=\"5\" height=\"5\" fill=\"#e69f00\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1.1\" fill=\"#000\"/>"
        "</pattern></defs>");

  // Lanes: shading, headings, labels.
  h.raw("<g class=\"lanes\">");
  for (std::size_t l = 0; l < m.lanes.size(); ++l) {
    if (l == 0 || l == economies) {
      h.raw("<text class=\"lh\" x=\"4\" y=\"").coord(top[l] - 6).raw("\">");
      h.text(m.lanes[l].economy ? "Economies" : "Roles and groups").raw("</text>");
    }
    const double lane_h = static_cast<double>(rows[l]) * kRow + 6;
    h.raw("<rect class=\"lane").text(l % 2 ? " odd" : "").raw("\" x=\"0\" y=\"").coord(top[l]);
    h.raw("\" width=\"").coord(kWidth).raw("\" height=\"").coord(lane_h).raw("\"/>");
    std::string label = m.lanes[l].label;
    if (label.size() > 26) {
      std::size_t cut = 24;
      while (cut > 0 && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80) --cut;
      label = label.substr(0, cut) + "\u2026";
    }
    h.raw("<text class=\"ln\" x=\"10\" y=\"").coord(top[l] + 14).raw("\">").text(label);
    if (label != m.lanes[l].label) h.raw("<title>").text(m.lanes[l].label).raw("</title>");
    h.raw("</text>");
  }
  h.raw("</g>");

  write_axis(h, axis, bottom);
  h.raw("<text class=\"ch\" x=\"").coord(column_x).raw("\" y=\"").coord(kTop - 4).raw("\">Ongoing / TBC</text>");
  h.raw("<line class=\"colsep\" x1=\"").coord(column_x - 8).raw("\" x2=\"").coord(column_x - 8).raw("\" y1=\"");
  h.coord(kTop - 14).raw("\" y2=\"").coord(bottom).raw("\"/>");

  const double asof_x = axis.x(m.options.as_of);
  h.raw("<g class=\"asof\"><line x1=\"").coord(asof_x).raw("\" x2=\"").coord(asof_x).raw("\" y1=\"").coord(kTop - 14);
  h.raw("\" y2=\"").coord(bottom).raw("\"/><text x=\"").coord(asof_x + 3).raw("\" y=\"").coord(kTop - 40);
  h.raw("\">as of ").text(to_string(m.options.as_of)).raw("</text></g>");

  h.raw("<g class=\"marks\">");
  for (std::size_t l = 0; l < lanes.size(); ++l) {
    h.raw("<g class=\"lane-marks\" data-lane=\"").text(m.lanes[l].token).raw("\" aria-label=\"").text(m.lanes[l].label);
    h.raw("\">");
    for (const auto& p : lanes[l]) write_mark(h, p, top[l], with_text);
    h.raw("</g>");
  }
  h.raw("</g></svg>");
}

}  // namespace mseg::report
