#include "label.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace mseg {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// The first 19xx or 20xx not part of a longer number.
std::optional<int> year_in(std::string_view s) {
  for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
    if (!(s.substr(i, 2) == "19" || s.substr(i, 2) == "20")) continue;
    if (!digit(s[i + 2]) || !digit(s[i + 3])) continue;
    if (i > 0 && digit(s[i - 1])) continue;
    if (i + 4 < s.size() && digit(s[i + 4])) continue;
    return std::stoi(std::string(s.substr(i, 4)));
  }
  return std::nullopt;
}

std::string_view file_name(std::string_view path) {
  auto slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

}  // namespace

std::optional<int> plan_year(const Plan& plan) {
  // The cover sheet's dates ("30 July – 03 August 2012") say when the meeting was, beyond doubt.
  if (plan.meeting_dates && plan.meeting_dates->start) return plan.meeting_dates->start->year;
  if (plan.meeting)
    if (auto y = year_in(*plan.meeting)) return y;
  if (plan.title)
    if (auto y = year_in(*plan.title)) return y;
  return year_in(file_name(plan.source.path));
}

namespace {

// The meeting's first day, when the cover sheet gives its dates.
std::optional<Date> meeting_day(const Plan& plan) {
  return plan.meeting_dates && plan.meeting_dates->start ? plan.meeting_dates->start : std::nullopt;
}

// "2012" or, with the cover sheet's dates, "2012-07-30": what the order was read from.
std::string when_text(const Plan& plan, int year) {
  const auto day = meeting_day(plan);
  return day ? to_string(*day) : std::to_string(year);
}

}  // namespace

std::vector<std::size_t> meeting_order(const std::vector<const Plan*>& plans) {
  std::vector<std::size_t> order(plans.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  // By year; within a year, by the meeting's first day where the cover sheet gives it (plans without come first).
  auto key = [&](std::size_t i) {
    auto y = plan_year(*plans[i]);
    const Date day = meeting_day(*plans[i]).value_or(Date{});
    return std::make_tuple(!y.has_value(), y.value_or(0), day, file_name(plans[i]->source.path));
  };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
  return order;
}

std::optional<std::string> out_of_meeting_order(const std::vector<const Plan*>& plans) {
  // Earlier beyond doubt: an earlier year than the latest so far, or in that year an earlier first day than the
  // latest dated plan of it (a plan of the year without dates is not known to be earlier or later; a review's
  // finding: given first, it hid the dated plans after it from each other).
  std::optional<int> latest;      // the latest year so far
  std::size_t latest_at = 0;      // a plan of that year
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t dated_at = kNone;  // the plan of that year with the latest first day, if any has one
  for (std::size_t i = 0; i < plans.size(); ++i) {
    const auto y = plan_year(*plans[i]);
    if (!y) continue;
    const auto day = meeting_day(*plans[i]);
    if (latest && *y < *latest)
      return fmt::format("{} ({}) is given before {} ({})", file_name(plans[latest_at]->source.path),
                         when_text(*plans[latest_at], *latest), file_name(plans[i]->source.path),
                         when_text(*plans[i], *y));
    if (latest && *y == *latest && day && dated_at != kNone && *day < *meeting_day(*plans[dated_at]))
      return fmt::format("{} ({}) is given before {} ({})", file_name(plans[dated_at]->source.path),
                         when_text(*plans[dated_at], *y), file_name(plans[i]->source.path), when_text(*plans[i], *y));
    if (!latest || *y > *latest) {
      latest = y;
      latest_at = i;
      dated_at = kNone;
    }
    if (day && (dated_at == kNone || *day > *meeting_day(*plans[dated_at]))) {
      dated_at = i;
      latest_at = i;
    }
  }
  return std::nullopt;
}

std::string plan_file_label(const HistoryPlan& p) {
  if (p.file.empty() || p.file == p.source.path) return p.source.path;
  return fmt::format("{}, from {}", p.file, p.source.path);
}

namespace history {

std::vector<std::string> plan_labels(const std::vector<const Plan*>& plans) {
  std::vector<std::string> labels;
  std::map<std::string, int> seen;
  for (std::size_t i = 0; i < plans.size(); ++i) {
    auto y = plan_year(*plans[i]);
    std::string label = y ? std::to_string(*y) : fmt::format("P{}", i + 1);
    int n = ++seen[label];
    if (n > 1) label = fmt::format("{}-{}", label, n);
    labels.push_back(label);
  }
  return labels;
}

}  // namespace history
}  // namespace mseg
