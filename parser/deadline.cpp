#include <mseg/deadline.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstddef>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/ascii.hpp"
#include "base/calendar.hpp"
#include "base/per_thread.hpp"
#include "clean.hpp"
#include "deadline_damage.hpp"
#include "patterns.hpp"
#include "numeric_date.hpp"

namespace mseg {
namespace {

namespace pt = patterns;

// No deadline form comes near this; longer text is unknown without running any
// pattern, which keeps a reader of hostile input linear.
constexpr std::size_t kMaxDeadline = 100;
// Split points tried when reading "<deadline> - <deadline>".
constexpr int kMaxRangeSplits = 8;

using ascii::starts_with_ci;

int days_in(int y, int m) { return calendar::days_in_month(y, m); }

using calendar::valid_day;
using calendar::valid_month;
using calendar::valid_year;

// Month number of a name or abbreviation the month patterns accepted.
int month_number(std::string_view name) {
  for (int m = 1; m <= 12; ++m)
    if (name.size() >= 3 && ascii::iequals(name.substr(0, 3), calendar::month_abbreviation(m))) return m;
  return 0;
}

struct Reading {
  DeadlineKind kind = DeadlineKind::unknown;
  Date start;
  Date end;
};

bool dated(DeadlineKind k) {
  switch (k) {
    case DeadlineKind::date:
    case DeadlineKind::month:
    case DeadlineKind::quarter:
    case DeadlineKind::part:
    case DeadlineKind::year:
    case DeadlineKind::range:
      return true;
    default:
      return false;
  }
}

Reading span_of(DeadlineKind kind, int y, int m1, int d1, int m2, int d2) {
  return {kind, Date::make(y, m1, d1), Date::make(y, m2, d2)};
}

Reading months(DeadlineKind kind, int y, int first, int last) {
  if (!valid_month(y, first) || !valid_month(y, last) || first > last) return {};
  return span_of(kind, y, first, 1, last, days_in(y, last));
}

Reading part_of_year(std::string_view word, int y) {
  if (!valid_year(y)) return {};
  const auto w = [&](std::string_view p) { return starts_with_ci(word, p); };
  if (w("mid")) return months(DeadlineKind::part, y, 5, 8);
  if (w("early") || w("beginning") || w("start")) return months(DeadlineKind::part, y, 1, 4);
  if (w("late")) return months(DeadlineKind::part, y, 9, 12);
  if (w("end")) return months(DeadlineKind::part, y, 12, 12);
  if (w("first") || w("1st") || w("h1") || w("1h")) return months(DeadlineKind::part, y, 1, 6);
  return months(DeadlineKind::part, y, 7, 12);  // second half, 2nd half, H2, 2H
}

int quarter_number(std::string_view q1, std::string_view q2, std::string_view word) {
  if (!q1.empty()) return q1[0] - '0';
  if (!q2.empty()) return q2[0] - '0';
  static constexpr std::string_view kOrdinals[][2] = {
      {"first", "1st"}, {"second", "2nd"}, {"third", "3rd"}, {"fourth", "4th"}};
  for (int i = 0; i < 4; ++i)
    if (starts_with_ci(word, kOrdinals[i][0]) || starts_with_ci(word, kOrdinals[i][1])) return i + 1;
  return 0;
}

// The pattern's answer, by hand where patterns.hpp has a hand matcher for the text.
bool full_match_month(std::string_view s, std::string_view& month, int& y) {
  if (const auto by_hand = pt::match_deadline_month(s, month, y)) return *by_hand;
  re2::StringPiece m;
  if (!RE2::FullMatch(s, pt::deadline_month(), &m, &y)) return false;
  month = m;
  return true;
}
bool full_match_year(std::string_view s, int& y) {
  if (const auto by_hand = pt::match_deadline_year(s, y)) return *by_hand;
  return RE2::FullMatch(s, pt::deadline_year(), &y);
}
bool full_match_ongoing(std::string_view s) {
  if (const auto by_hand = pt::match_deadline_ongoing(s)) return *by_hand;
  return RE2::FullMatch(s, pt::deadline_ongoing());
}

// Letters, then perhaps spaces or a hyphen, then four digits: "FY2008", "JFY 2008", "APEC-2008"; and a fiscal
// year however written: "FY08", "FY2008-09", "FY2008/09".
bool word_and_year(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z'))) ++i;
  if (i == 0) return false;
  const bool fiscal = ascii::equals_ci(s.substr(0, i), "fy") || ascii::equals_ci(s.substr(0, i), "jfy");
  while (i < s.size() && (s[i] == ' ' || s[i] == '-')) ++i;
  const auto digits_at = [&](std::size_t at) {
    std::size_t n = 0;
    while (at + n < s.size() && s[at + n] >= '0' && s[at + n] <= '9') ++n;
    return n;
  };
  const std::size_t n = digits_at(i);
  if (i + n == s.size()) return n == 4 || (fiscal && n == 2);
  if (!fiscal || (n != 2 && n != 4) || (s[i + n] != '-' && s[i + n] != '/' && s[i + n] != ' ')) return false;
  const std::size_t m = digits_at(i + n + 1);
  return (m == 2 || m == 4) && i + n + 1 + m == s.size();
}

// A month's, a quarter's or a half's name, then a hyphen or spaces perhaps, then a year of two digits: "DEC 08",
// "Q3 08", "H1-09". In capitals it reads as a meeting's acronym and number ("TPTWG 31"), and a meeting is never
// overdue (a review's finding); it is a date of a form mseg does not read.
bool period_and_short_year(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && ascii::letter(s[i])) ++i;
  const bool quarter = i == 1 && s.size() > 1 && ((ascii::lower(s[0]) == 'q' && s[1] >= '1' && s[1] <= '4') ||
                                                  (ascii::lower(s[0]) == 'h' && (s[1] == '1' || s[1] == '2')));
  if (quarter) i = 2;
  else if (i == 0 || !pt::month_spelling(s.substr(0, i))) return false;
  while (i < s.size() && (s[i] == ' ' || s[i] == '-')) ++i;
  const std::size_t digits = s.size() - i;
  return (digits == 1 || digits == 2) && ascii::all_digits(s.substr(i));
}

// One deadline form, without "by" or ranges of two deadlines. The patterns are
// tried in this order (the first to match decides), each only when its
// pre-check allows: compiling them is most of the cost of a short run.
Reading read_single(std::string_view s) {
  re2::StringPiece a, b, c;
  std::string_view month;
  int y = 0, m = 0, d = 0, d2 = 0;
  if (full_match_month(s, month, y)) {
    m = month_number(month);
    return months(DeadlineKind::month, y, m, m);
  }
  if (full_match_year(s, y)) return months(DeadlineKind::year, y, 1, 12);
  if (full_match_ongoing(s)) return {DeadlineKind::ongoing, {}, {}};
  if (pt::may_match_deadline_tbd(s) && RE2::FullMatch(s, pt::deadline_tbd())) return {DeadlineKind::tbd, {}, {}};
  if (pt::may_match_deadline_part(s) && RE2::FullMatch(s, pt::deadline_part(), &a, &y)) return part_of_year(a, y);
  if (pt::may_match_deadline_quarter(s) && RE2::FullMatch(s, pt::deadline_quarter(), &a, &b, &c, &y)) {
    const int q = quarter_number(a, b, c);
    return months(DeadlineKind::quarter, y, 3 * q - 2, 3 * q);
  }
  if ((pt::may_match_deadline_date_dmy(s) && RE2::FullMatch(s, pt::deadline_date_dmy(), &d, &a, &y)) ||
      (pt::may_match_deadline_date_mdy(s) && RE2::FullMatch(s, pt::deadline_date_mdy(), &a, &d, &y))) {
    m = month_number(a);
    if (!valid_day(y, m, d)) return {};
    return span_of(DeadlineKind::date, y, m, d, m, d);
  }
  if (pt::may_match_deadline_date_iso(s) && RE2::FullMatch(s, pt::deadline_date_iso(), &y, &m, &d)) {
    if (!valid_day(y, m, d)) return {};
    return span_of(DeadlineKind::date, y, m, d, m, d);
  }
  if (pt::may_match_deadline_month_iso(s) && RE2::FullMatch(s, pt::deadline_month_iso(), &y, &m))
    return months(DeadlineKind::month, y, m, m);
  if (pt::may_match_deadline_month_range(s) && RE2::FullMatch(s, pt::deadline_month_range(), &a, &b, &y))
    return months(DeadlineKind::range, y, month_number(a), month_number(b));
  if (pt::may_match_deadline_quarter_range(s) && RE2::FullMatch(s, pt::deadline_quarter_range(), &a, &b, &y)) {
    const int q1 = a[0] - '0', q2 = b[0] - '0';
    return months(DeadlineKind::range, y, 3 * q1 - 2, 3 * q2);
  }
  if (pt::may_match_deadline_day_range(s) && RE2::FullMatch(s, pt::deadline_day_range(), &d, &d2, &a, &y)) {
    m = month_number(a);
    if (!valid_day(y, m, d) || !valid_day(y, m, d2) || d > d2) return {};
    return span_of(DeadlineKind::range, y, m, d, m, d2);
  }
  // "FY2008", "JFY 2008", "APEC 2008": a word and a year name no meeting ("TPTWG 32" does), and a fiscal
  // year's months differ by economy: no deadline mseg can date (it was a meeting, never overdue).
  if (word_and_year(s) || period_and_short_year(s)) return {};
  if (std::string year, body_year;
      pt::may_match_deadline_meeting(s) && RE2::FullMatch(s, pt::deadline_meeting(), &year, &body_year)) {
    // A meeting of a year written ("SOM III 2010", "TPTWG 31, 2008") is held within it: dated as the year, so it
    // can be overdue.
    if (year.empty()) year = std::move(body_year);
    if (year.empty()) return {DeadlineKind::meeting, {}, {}};
    const int held = std::stoi(year);
    return {DeadlineKind::meeting, Date::make(held, 1, 1), Date::make(held, 12, 31)};
  }
  if (s.find('/') != std::string_view::npos)
    if (const auto slashed = read_numeric_date(s, '/')) return {slashed->kind, slashed->start, slashed->end};
  if (s.find('.') != std::string_view::npos)
    if (const auto dotted = read_numeric_date(s, '.')) return {dotted->kind, dotted->start, dotted->end};
  return {};
}

// "March 2010 - April 2010", "2009-2010", "mid-2009 to 2010": two dated
// deadlines joined by a dash or "to". Hyphens inside a form ("mid-2009",
// "2009-07-01") are tried as split points too; a side that does not read
// simply rules that split out.
Reading read_range(std::string_view s) {
  int tried = 0;
  for (std::size_t i = 1; i + 1 < s.size() && tried < kMaxRangeSplits; ++i) {
    std::size_t len = 0;
    if (s[i] == '-') {
      len = 1;
    } else if (s.compare(i, 3, "\u2013") == 0 || s.compare(i, 3, "\u2014") == 0) {
      len = 3;
    } else if (s[i - 1] == ' ' && starts_with_ci(s.substr(i), "to ")) {
      len = 2;
    } else {
      continue;
    }
    ++tried;
    const Reading first = read_single(trim(s.substr(0, i)));
    if (!dated(first.kind)) continue;
    const Reading last = read_single(trim(s.substr(i + len)));
    if (!dated(last.kind) || last.end < first.start) continue;
    return {DeadlineKind::range, first.start, last.end};
  }
  return {};
}

}  // namespace

namespace {

struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Plans repeat a handful of deadlines ("March 2008", "ongoing") many times,
// and running the patterns was the largest single cost of parsing a large
// plan: recent readings are remembered. Per thread, so parallel batches take
// no lock; emptied when full, so hostile input cannot grow it.
Reading read_remembered(std::string_view s) {
  constexpr std::size_t kMaxRemembered = 4096;
  struct Site;
  auto& remembered =
      mseg::detail::per_thread<std::unordered_map<std::string, Reading, TextHash, std::equal_to<>>, Site>();
  if (auto it = remembered.find(s); it != remembered.end()) return it->second;
  Reading r = read_single(s);
  if (r.kind == DeadlineKind::unknown) r = read_range(s);
  if (remembered.size() >= kMaxRemembered) remembered.clear();
  remembered.emplace(std::string(s), r);
  return r;
}

}  // namespace

bool reads_slash_as_space(std::string_view text) {
  if (text.find('/') == std::string_view::npos) return false;
  std::string t = collapse_whitespace(text);
  std::string_view s = t;
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.remove_suffix(1);
  if (starts_with_ci(s, "by ")) s.remove_prefix(3);
  if (s.empty() || s.size() > kMaxDeadline) return false;
  return read_remembered(s).kind == DeadlineKind::unknown && read_deadline(text).kind != DeadlineKind::unknown;
}

Deadline read_deadline(std::string_view text) {
  Deadline out;
  // Unseen characters at either end (a figure space after the '/', a right-to-left mark before the ')': a helper's
  // finding, the text began "\u2007September 2006") are no part of the deadline as written.
  out.text = collapse_whitespace(trim_unseen(text));
  std::string_view s = out.text;
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.remove_suffix(1);
  if (s.empty() || s.size() > kMaxDeadline) return out;
  // "by" adds nothing a deadline does not already say.
  if (starts_with_ci(s, "by ")) s.remove_prefix(3);

  Reading r = read_remembered(s);
  // "March\u20092008": a thin or narrow space, or an invisible one, where a space is (a word processor's). Read
  // only when the text reads as nothing otherwise: collapse_whitespace keeps them, as written.
  std::string plain;
  if (r.kind == DeadlineKind::unknown && plain_spaces(s, plain)) {
    plain = collapse_whitespace(plain);
    s = plain;
    r = read_remembered(s);
  }
  // "15/September 2008", "September/2008", "Q1/2009": a '/' where a space belongs (numbers and '/' alone,
  // "15/09/2008", read above as dates).
  if (r.kind == DeadlineKind::unknown && s.find('/') != std::string_view::npos) {
    std::string spaced = slashes_as_spaces(s);
    if (!spaced.empty() && spaced.size() <= kMaxDeadline) r = read_remembered(spaced);
  }
  out.kind = r.kind;
  if (dated(r.kind) || r.start.year != 0) {  // a meeting is dated when its year is written ("SOM III 2010")
    out.start = r.start;
    out.end = r.end;
  }
  return out;
}

bool says_when(DeadlineKind k) {
  return k != DeadlineKind::unknown && k != DeadlineKind::ongoing && k != DeadlineKind::tbd;
}

std::optional<Date> latest_deadline_end(const std::vector<Tag>& tags) {
  std::optional<Date> latest;
  for (const auto& t : tags)
    if (t.deadline.end && (!latest || *t.deadline.end > *latest)) latest = t.deadline.end;
  return latest;
}

namespace {

// Why day d of month m in year y does not exist, or "" when it does.
std::string why_not_a_day(int y, int m, int d) {
  if (!valid_year(y)) return fmt::format("the year {} is outside 1900-2199", y);
  if (m < 1 || m > 12) return fmt::format("there is no month {}", m);
  if (d < 1) return fmt::format("there is no day {}", d);
  if (d > days_in(y, m)) return fmt::format("{} {} has {} days", calendar::month_name(m), y, days_in(y, m));
  return {};
}

// A date the date patterns accept in form but whose day does not exist.
std::string invalid_date_reason(std::string_view s) {
  re2::StringPiece a;
  int y = 0, m = 0, d = 0, d2 = 0;
  if ((pt::may_match_deadline_date_dmy(s) && RE2::FullMatch(s, pt::deadline_date_dmy(), &d, &a, &y)) ||
      (pt::may_match_deadline_date_mdy(s) && RE2::FullMatch(s, pt::deadline_date_mdy(), &a, &d, &y)))
    return why_not_a_day(y, month_number(a), d);
  if (pt::may_match_deadline_date_iso(s) && RE2::FullMatch(s, pt::deadline_date_iso(), &y, &m, &d))
    return why_not_a_day(y, m, d);
  if (pt::may_match_deadline_day_range(s) && RE2::FullMatch(s, pt::deadline_day_range(), &d, &d2, &a, &y)) {
    std::string why = why_not_a_day(y, month_number(a), d);
    return why.empty() ? why_not_a_day(y, month_number(a), d2) : why;
  }
  return {};
}

// Calls f(offset, run) for each maximal run of characters `in` accepts, in
// order, until f returns false.
template <typename In, typename F>
void for_each_run(std::string_view text, In in, F f) {
  for (std::size_t i = 0; i < text.size();) {
    if (!in(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && in(text[end])) ++end;
    if (!f(i, text.substr(i, end - i))) return;
    i = end;
  }
}

// "Marhc" -> "March", keeping how the word was capitalised.
std::string in_case_of(std::string_view word, std::string_view name) {
  std::string out(name);
  const bool all_upper = std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (all_upper) {
    for (char& c : out) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  } else if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') {
    out[0] = ascii::lower(out[0]);
  }
  return out;
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  const std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  // Three rows: the one before last is needed for transpositions ("Marhc").
  // The words compared are short (month names): rows on the stack, as three
  // vectors a call were most of a plan's allocations while deadlines were read.
  constexpr std::size_t kOnStack = 32;
  std::array<std::size_t, 3 * kOnStack> stack;
  std::vector<std::size_t> heap;
  std::size_t* rows = stack.data();
  if (m + 1 > kOnStack) {
    heap.resize(3 * (m + 1));
    rows = heap.data();
  }
  std::size_t* two = rows;
  std::size_t* one = rows + (m + 1);
  std::size_t* row = rows + 2 * (m + 1);
  for (std::size_t j = 0; j <= m; ++j) one[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    row[0] = i;
    std::size_t best = row[0];
    for (std::size_t j = 1; j <= m; ++j) {
      const bool same = ascii::lower(a[i - 1]) == ascii::lower(b[j - 1]);
      row[j] = std::min({one[j] + 1, row[j - 1] + 1, one[j - 1] + (same ? 0 : 1)});
      if (i > 1 && j > 1 && ascii::lower(a[i - 1]) == ascii::lower(b[j - 2]) &&
          ascii::lower(a[i - 2]) == ascii::lower(b[j - 1]))
        row[j] = std::min(row[j], two[j - 2] + 1);
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
    std::swap(two, one);
    std::swap(one, row);
  }
  return std::min(one[m], limit + 1);
}

std::string did_you_mean(const std::vector<std::string>& suggestions) {
  std::string out = "did you mean ";
  for (std::size_t k = 0; k < suggestions.size(); ++k) {
    if (k > 0) out += k + 1 == suggestions.size() ? " or " : ", ";
    out += '"' + suggestions[k] + '"';
  }
  out += '?';
  return out;
}

std::string why_not_a_deadline(std::string_view text) {
  if (text.size() > kMaxDeadline || read_deadline(text).kind != DeadlineKind::unknown) return {};
  if (auto damage = deadline_damage(text))
    return damage->kind == DeadlineDamage::Kind::invalid_date ? std::move(damage->reason)
                                                              : did_you_mean(damage->suggestions);
  // A form mseg reads but for a year plans never use ("9999-12-31" for no
  // limit, "March 2300"): the first such year, when the same text in 2000 reads.
  std::string why;
  for_each_run(text, ascii::digit, [&](std::size_t at, std::string_view digits) {
    if (digits.size() != 4) return true;
    int year = 0;
    std::from_chars(digits.data(), digits.data() + 4, year);
    std::string in_2000(text);
    in_2000.replace(at, 4, "2000");
    if (valid_year(year) || read_deadline(in_2000).kind == DeadlineKind::unknown) return true;
    why = fmt::format("the year {} is outside 1900-2199", year);
    return false;
  });
  return why;
}

std::optional<DeadlineDamage> deadline_damage(std::string_view text) {
  std::string bare = collapse_whitespace(text);
  std::string_view s = bare;
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.remove_suffix(1);
  if (s.empty() || s.size() > kMaxDeadline) return std::nullopt;
  if (starts_with_ci(s, "by ")) s.remove_prefix(3);
  if (std::string why = invalid_date_reason(s); !why.empty())
    return DeadlineDamage{DeadlineDamage::Kind::invalid_date, std::move(why), {}, {}};

  // Words of four letters or more: one edit from a three-letter word is too
  // often another word ("Mat" could be "Mar" or "May").
  std::optional<DeadlineDamage> misspelt;
  for_each_run(text, ascii::letter, [&](std::size_t at, std::string_view word) {
    if (word.size() < 4) return true;
    std::vector<std::string> names;
    bool month = ascii::equals_ci(word, "sept");
    for (std::string_view name : calendar::kMonthNames) {
      const std::size_t distance = edit_distance(word, name, 1);
      month = month || distance == 0;
      if (distance == 1) names.push_back(in_case_of(word, name));
    }
    if (month || names.empty()) return true;
    // Only a correction that makes the whole deadline readable is offered.
    std::string fixed(text);
    fixed.replace(at, word.size(), names.front());
    if (read_deadline(fixed).kind == DeadlineKind::unknown) return true;
    misspelt = DeadlineDamage{DeadlineDamage::Kind::misspelled_month, {}, word, std::move(names)};
    return false;
  });
  return misspelt;
}

}  // namespace mseg
