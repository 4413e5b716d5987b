// The deadline grammar ("September 2006", "Q3 2009", "ongoing", ranges):
// never fails, and a dated deadline's start never follows its end. The same
// bytes also check every pattern shortcut in parser/patterns.hpp against its
// pattern: a hand matcher (deadlines, citations, directive and priority
// numbers) must give the pattern's answer and groups, and a pre-check may only
// rule out text the pattern does not match.
#include <mseg/deadline.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parser/patterns.hpp"

namespace {

namespace pt = mseg::patterns;

std::string_view view(const re2::StringPiece& p) { return {p.data(), p.size()}; }

void check_shortcuts(std::string_view s) {
  re2::StringPiece a, b, c, d;
  int year = 0, hand_year = 0;
  std::string_view w, x, y, z;
  if (auto r = pt::match_deadline_month(s, w, hand_year)) {
    const bool re = RE2::FullMatch(s, pt::deadline_month(), &a, &year);
    if (*r != re || (re && (view(a) != w || year != hand_year))) __builtin_trap();
  }
  if (auto r = pt::match_deadline_year(s, hand_year)) {
    const bool re = RE2::FullMatch(s, pt::deadline_year(), &year);
    if (*r != re || (re && year != hand_year)) __builtin_trap();
  }
  if (auto r = pt::match_deadline_ongoing(s); r && *r != RE2::FullMatch(s, pt::deadline_ongoing())) __builtin_trap();
  if (auto r = pt::match_bogor_goal(s); r && *r != RE2::FullMatch(s, pt::bogor_goal())) __builtin_trap();
  if (auto r = pt::match_statement_citation(s, w, x, y, z)) {
    const bool re = RE2::FullMatch(s, pt::statement_citation(), &a, &b, &c, &d);
    if (*r != re || (re && (view(a) != w || view(b) != x || view(c) != y || view(d) != z))) __builtin_trap();
  }
  const struct {
    bool (*may)(std::string_view);
    const RE2& (*pattern)();
  } prechecks[] = {
      {pt::may_match_deadline_date_dmy, pt::deadline_date_dmy},
      {pt::may_match_deadline_date_mdy, pt::deadline_date_mdy},
      {pt::may_match_deadline_date_iso, pt::deadline_date_iso},
      {pt::may_match_deadline_month_iso, pt::deadline_month_iso},
      {pt::may_match_deadline_quarter, pt::deadline_quarter},
      {pt::may_match_deadline_part, pt::deadline_part},
      {pt::may_match_deadline_month_range, pt::deadline_month_range},
      {pt::may_match_deadline_quarter_range, pt::deadline_quarter_range},
      {pt::may_match_deadline_day_range, pt::deadline_day_range},
      {pt::may_match_deadline_tbd, pt::deadline_tbd},
      {pt::may_match_deadline_meeting, pt::deadline_meeting},
  };
  for (const auto& p : prechecks)
    if (!p.may(s) && RE2::FullMatch(s, p.pattern())) __builtin_trap();
  if (!pt::may_match_citation_like(s) && RE2::PartialMatch(s, pt::citation_like())) __builtin_trap();
  // The numbering matchers are exact for any text, so they are checked on all of it.
  {
    re2::StringPiece rest = s;
    std::string_view hand_rest = s, number;
    // Seven alternatives, the number in whichever matched ("1.A ", "1A.", "2E ", "1A)", "1 A." or "1-A.", "1C: ",
    // "(1B) ").
    re2::StringPiece e, f, g;
    const bool re = RE2::Consume(&rest, pt::directive_number(), &d, &a, &b, &c, &e, &f, &g);
    const re2::StringPiece matched = !d.empty()   ? d
                                     : !a.empty() ? a
                                     : !b.empty() ? b
                                     : !c.empty() ? c
                                     : !e.empty() ? e
                                     : !f.empty() ? f
                                                  : g;
    if (pt::consume_directive_number(hand_rest, number) != re || (re && (number != view(matched) || hand_rest != view(rest))))
      __builtin_trap();
  }
  {
    re2::StringPiece rest = s;
    std::string_view hand_rest = s, number;
    const bool re = RE2::Consume(&rest, pt::priority_number(), &a);
    if (pt::consume_priority_number(hand_rest, number) != re || (re && (number != view(a) || hand_rest != view(rest))))
      __builtin_trap();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const mseg::Deadline d = mseg::read_deadline(text);
  if (d.start && d.end && *d.end < *d.start) __builtin_trap();
  if (size <= 200) check_shortcuts(text);  // patterns see short texts only (deadline.cpp's kMaxDeadline)
  return 0;
}
