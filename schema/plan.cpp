#include <mseg/plan.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

#include "base/calendar.hpp"
#include "base/per_thread.hpp"

namespace mseg {
namespace {
constexpr const char* kSeverities[] = {"error", "warning", "note"};
constexpr const char* kDeadlineKinds[] = {"date",    "month", "quarter", "part",    "year",
                                          "range",   "ongoing", "tbd",   "meeting", "unknown"};
}  // namespace

const char* to_string(Severity s) { return kSeverities[static_cast<int>(s)]; }
const char* to_string(DeadlineKind k) { return kDeadlineKinds[static_cast<int>(k)]; }

const char* to_string(ElementKind k) {
  switch (k) {
    case ElementKind::directive: return "directive";
    case ElementKind::priority: return "priority";
    case ElementKind::action: return "action";
  }
  return "action";
}

std::optional<Severity> severity_from_string(std::string_view s) {
  for (int i = 0; i < 3; ++i)
    if (s == kSeverities[i]) return static_cast<Severity>(i);
  return std::nullopt;
}

std::optional<DeadlineKind> deadline_kind_from_string(std::string_view s) {
  for (int i = 0; i < 10; ++i)
    if (s == kDeadlineKinds[i]) return static_cast<DeadlineKind>(i);
  return std::nullopt;
}

std::optional<Date> date_from_string(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int year = 0, month = 0, day = 0;
  auto num = [&](std::size_t at, std::size_t len, int& out) {
    auto r = std::from_chars(s.data() + at, s.data() + at + len, out);
    return r.ec == std::errc() && r.ptr == s.data() + at + len;
  };
  if (!num(0, 4, year) || !num(5, 2, month) || !num(8, 2, day)) return std::nullopt;
  if (month < 1 || month > 12 || day < 1) return std::nullopt;
  if (day > calendar::days_in_month(year, month)) return std::nullopt;
  return Date::make(year, month, day);
}

std::string to_string(const Date& d) {
  // By hand for the dates plans hold: one per deadline end, and fmt::format was
  // a twentieth of writing a plan's JSON.
  if (d.year >= 0 && d.year <= 9999 && d.month <= 99 && d.day <= 99) {  // month and day are unsigned
    std::string s(10, '-');
    const auto digit = [](int v) { return static_cast<char>('0' + v); };
    s[0] = digit(d.year / 1000);
    s[1] = digit(d.year / 100 % 10);
    s[2] = digit(d.year / 10 % 10);
    s[3] = digit(d.year % 10);
    s[5] = digit(d.month / 10);
    s[6] = digit(d.month % 10);
    s[8] = digit(d.day / 10);
    s[9] = digit(d.day % 10);
    return s;
  }
  return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

bool has_errors(const Plan& plan) { return has_errors(plan.diagnostics); }

const Deadline& deadline_for(const Action& a, const Tag& t) {
  // The parser's rule for keeping the sentence's deadline: no tag gives a time. "(Canada/TBD)" gives none, so
  // "... by March 2011 (Canada/TBD)" is due in March 2011 for every reader (a review's finding: the filters read
  // the sentence's, the grouping and the report the tag's "TBD").
  if (a.deadline && (t.deadline.kind == DeadlineKind::unknown || t.deadline.kind == DeadlineKind::tbd))
    return a.deadline->deadline;
  return t.deadline;
}

const std::vector<Tag>& deadline_tags(const Action& a, std::vector<Tag>& scratch) {
  if (!a.deadline) return a.tags;
  scratch = a.tags;
  for (std::size_t i = 0; i < scratch.size(); ++i) scratch[i].deadline = deadline_for(a, a.tags[i]);
  if (scratch.empty()) scratch.emplace_back().deadline = a.deadline->deadline;
  return scratch;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

namespace {

// Places compare and hash by their bytes' worth of members: the floats by bit
// pattern, so equal boxes share one stored place.
struct PlaceKey {
  std::size_t operator()(const Place& p) const {
    std::size_t h = p.index();
    auto mix = [&h](std::uint32_t v) { h = (h ^ v) * 0x100000001b3ULL; };
    auto bits = [](float f) {
      std::uint32_t u;
      std::memcpy(&u, &f, sizeof u);
      return u;
    };
    if (const auto* w = std::get_if<WordPlace>(&p)) {
      for (std::uint32_t v : {w->table, w->row, w->cell, w->paragraph, w->offset}) mix(v);
    } else {
      const auto& d = std::get<PdfPlace>(p);
      for (std::uint32_t v : {d.page, bits(d.x), bits(d.y), bits(d.width), bits(d.height), d.offset}) mix(v);
    }
    return h;
  }
  bool operator()(const Place& a, const Place& b) const {
    if (a.index() != b.index()) return false;
    if (const auto* w = std::get_if<WordPlace>(&a)) {
      const auto& v = std::get<WordPlace>(b);
      return w->table == v.table && w->row == v.row && w->cell == v.cell && w->paragraph == v.paragraph &&
             w->offset == v.offset;
    }
    const auto& d = std::get<PdfPlace>(a);
    const auto& e = std::get<PdfPlace>(b);
    return d.page == e.page && std::memcmp(&d.x, &e.x, sizeof(float)) == 0 &&
           std::memcmp(&d.y, &e.y, sizeof(float)) == 0 && std::memcmp(&d.width, &e.width, sizeof(float)) == 0 &&
           std::memcmp(&d.height, &e.height, sizeof(float)) == 0 && d.offset == e.offset;
  }
};

}  // namespace

const Place* intern_place(const Place& p) {
  // A node container: a stored place never moves, so spans may point at it.
  static std::mutex mutex;
  static std::unordered_set<Place, PlaceKey, PlaceKey> places;
  std::lock_guard lock(mutex);
  return &*places.insert(p).first;
}

const std::string* intern_name(std::string_view name) {
  // A node container: a stored name never moves, so owners may point at it.
  // Transparent lookup: a name already stored costs no string.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  static std::mutex mutex;
  static std::unordered_set<std::string, Hash, std::equal_to<>> names;
  // Each thread remembers the names it has met, so a plan's thousands of owners
  // take the lock once per distinct name; its keys view the stored names.
  struct Site;
  auto& met = mseg::detail::per_thread<std::unordered_map<std::string_view, const std::string*>, Site>();
  if (auto it = met.find(name); it != met.end()) return it->second;
  const std::string* stored;
  {
    std::lock_guard lock(mutex);
    auto it = names.find(name);
    stored = it != names.end() ? &*it : &*names.emplace(name).first;
  }
  met.emplace(*stored, stored);
  return stored;
}

std::string describe(const Place& p) {
  if (const auto* w = std::get_if<WordPlace>(&p)) {
    if (w->table == 0) return fmt::format("paragraph {}", w->paragraph);
    // A note about a whole table, or an empty or merged cell, names no row or paragraph: 0 there.
    if (w->row == 0) return fmt::format("table {}", w->table);
    if (w->paragraph == 0) return fmt::format("table {}, row {}, cell {}", w->table, w->row, w->cell);
    return fmt::format("table {}, row {}, cell {}, paragraph {}", w->table, w->row, w->cell, w->paragraph);
  }
  return fmt::format("page {}", std::get<PdfPlace>(p).page);
}

}  // namespace mseg
