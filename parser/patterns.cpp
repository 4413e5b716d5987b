#include "patterns.hpp"

namespace mseg::patterns {
namespace {
// Patterns live for the whole run; leaking them avoids destruction-order issues at exit.
const RE2& compile(const char* pattern) {
  auto* re = new RE2(pattern, RE2::Quiet);
  return *re;
}
}  // namespace

const RE2& directive_number() {
  static const RE2& re = compile(R"(^(\d{1,3}[A-Za-z]?)\.\s*|^(\d{1,3}[A-Za-z])\s+)");
  return re;
}
const RE2& priority_number() {
  static const RE2& re = compile(R"(^(\d{1,3}\.\d{1,3})\.?\s+)");
  return re;
}
const RE2& bogor_goal() {
  static const RE2& re = compile(R"((?i)^bogor\s+goals?$)");
  return re;
}
// Issuer words are runs of anything but white space, digits and punctuation: a
// negated class keeps RE2's program small, where [\pL] under (?i), repeated five
// times, made this the costliest pattern to compile at start-up.
const RE2& statement_citation() {
  static const RE2& re = compile(
      R"((?i)^((?:[^\s\d()\[\],;:/.]+\s+){0,5}?)(statement|declaration|communiqu[eé])\s+(\d{4})(?:\s*[,;:]\s*(.+?))?$)");
  return re;
}
const RE2& citation_like() {
  static const RE2& re =
      compile(R"((?i)\b(?:1[89]|2[0-9])\d\d\b|\b(?:statement|declaration|communiqu[eé]|goals?)\b)");
  return re;
}
const RE2& year() {
  static const RE2& re = compile(R"(\b((?:19|20|21)\d\d)\b)");
  return re;
}
const RE2& group_naming() {
  static const RE2& re = compile(R"(^\s*The\s+(.+?)\s+\(([A-Z][A-Za-z0-9&-]*[A-Z0-9])\)\s)");
  return re;
}

// ---- Deadlines and tags ------------------------------------------------------
// Spliced into the deadline patterns by literal concatenation, so each pattern
// stays one string compiled once; #undef'd below.
#define MSEG_MONTH                                                                  \
  R"((jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?)" \
  R"(|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)"
#define MSEG_TO R"((?:\s*[-–—]\s*|\s+to\s+))"

const RE2& deadline_date_dmy() {
  static const RE2& re = compile(R"((?i)^(\d{1,2})(?:st|nd|rd|th)?\s*)" MSEG_MONTH R"(,?\s*(\d{4})$)");
  return re;
}
const RE2& deadline_date_mdy() {
  static const RE2& re =
      compile(R"((?i)^)" MSEG_MONTH R"(\s*(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(\d{4})$)");
  return re;
}
const RE2& deadline_date_iso() {
  static const RE2& re = compile(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)");
  return re;
}
const RE2& deadline_month() {
  static const RE2& re = compile(R"((?i)^)" MSEG_MONTH R"(,?\s*(\d{4})$)");
  return re;
}
const RE2& deadline_month_iso() {
  static const RE2& re = compile(R"(^(\d{4})-(\d{1,2})$)");
  return re;
}
const RE2& deadline_year() {
  static const RE2& re = compile(R"(^(\d{4})$)");
  return re;
}
const RE2& deadline_quarter() {
  static const RE2& re = compile(
      R"((?i)^(?:q([1-4])|([1-4])q|(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?)\s*[-,]?\s*(\d{4})$)");
  return re;
}
const RE2& deadline_part() {
  static const RE2& re = compile(
      R"((?i)^(?:the\s+)?(mid|middle|early|late|end|beginning|start|first\s+half|second\s+half|h[12]|[12]h)(?:\s*-\s*|\s+of\s+|\s+)(\d{4})$)");
  return re;
}
const RE2& deadline_month_range() {
  static const RE2& re = compile(R"((?i)^)" MSEG_MONTH MSEG_TO MSEG_MONTH R"(,?\s*(\d{4})$)");
  return re;
}
const RE2& deadline_quarter_range() {
  static const RE2& re = compile(R"((?i)^q([1-4]))" MSEG_TO R"(q([1-4]),?\s*(\d{4})$)");
  return re;
}
const RE2& deadline_day_range() {
  static const RE2& re = compile(R"((?i)^(\d{1,2})(?:st|nd|rd|th)?)" MSEG_TO
                                 R"((\d{1,2})(?:st|nd|rd|th)?\s*)" MSEG_MONTH R"(,?\s*(\d{4})$)");
  return re;
}
const RE2& deadline_ongoing() {
  static const RE2& re = compile(R"((?i)^(?:on\s*-?\s*going|continu(?:ous(?:ly)?|ing|al))$)");
  return re;
}
const RE2& deadline_tbd() {
  static const RE2& re =
      compile(R"((?i)^(?:tb[acd]|to\s+be\s+(?:confirmed|determined|decided|advised|announced|agreed))$)");
  return re;
}
const RE2& deadline_meeting() {
  // Acronyms are matched case-sensitively so that "march 12" is not a meeting.
#define MSEG_ACRONYM R"((?-i:[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*))"
  static const RE2& re = compile(
      R"((?i)^(?:(?:at|before|during|for)\s+)?(?:the\s+)?(?:)"
      R"((?:next|following|upcoming)\s+(?:)" MSEG_ACRONYM R"(\s+)?meetings?)"
      R"(|(?:next|following|upcoming)\s+)" MSEG_ACRONYM
      R"(|)" MSEG_ACRONYM R"(\s*-?\s*\d{1,3}(?:\s+meetings?)?)"
      R"(|\d{1,3}(?:st|nd|rd|th)\s+)" MSEG_ACRONYM R"((?:\s+meetings?)?)"
      R"(|)" MSEG_ACRONYM R"(\s+meetings?)"
      R"()$)");
#undef MSEG_ACRONYM
  return re;
}
const RE2& tentative_marker() {
  static const RE2& re =
      compile(R"((?i)(\(?\s*(?:to\s+be\s+(?:confirmed|determined)|tb[cd])\s*\)?)\s*$)");
  return re;
}

#undef MSEG_TO
#undef MSEG_MONTH

}  // namespace mseg::patterns
