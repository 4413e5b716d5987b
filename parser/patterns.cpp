#include "patterns.hpp"

#include "base/ascii.hpp"
#include "clean.hpp"

#include <charconv>
#include <cstddef>
#include <initializer_list>

namespace mseg::patterns {
namespace {

using ascii::contains_ci;
using ascii::digit;
using ascii::equals_ci;
using ascii::letter;
// Patterns live for the whole run; leaking them avoids destruction-order issues at exit.
const RE2& compile(const char* pattern) {
  auto* re = new RE2(pattern, RE2::Quiet);
  return *re;
}

// ---- What the shortcuts look at -----------------------------------------------
// Text the shortcuts answer for: ASCII, and the curly quotes plans put in
// "Leaders’ Statement". No pattern holds a quote, names one in a class, or folds
// one onto another letter, so a quote is one character of "anything else" to
// them, as its three bytes are to the shortcuts.
bool plain(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) < 0x80) continue;
    const std::string_view quote = s.substr(i, 3);
    if (quote != "\u2018" && quote != "\u2019" && quote != "\u201c" && quote != "\u201d") return false;
    i += 2;
  }
  return true;
}
// RE2's \s: no \v, unlike clean.hpp's is_space.
bool re2_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

bool one_of_ci(std::string_view s, std::initializer_list<std::string_view> lower_words) {
  for (const std::string_view w : lower_words)
    if (equals_ci(s, w)) return true;
  return false;
}

// The run of letters a text starts with: what an anchored pattern's first word
// must be, since none of them lets a letter follow its first word.
std::string_view first_word(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && letter(s[n])) ++n;
  return s.substr(0, n);
}
bool starts_with_digit(std::string_view s) { return !s.empty() && digit(s[0]); }
bool ends_with_digit(std::string_view s) { return !s.empty() && digit(s.back()); }
// Whether s holds a run of n digits.
bool has_digits(std::string_view s, std::size_t n) {
  std::size_t run = 0;
  for (const char c : s)
    if ((run = digit(c) ? run + 1 : 0) >= n) return true;
  return false;
}
// Every pattern ending "(\d{4})$" needs this.
bool ends_in_year(std::string_view s) {
  if (s.size() < 4) return false;
  for (std::size_t i = s.size() - 4; i < s.size(); ++i)
    if (!digit(s[i])) return false;
  return true;
}
// Every MSEG_MONTH spelling starts with one of these.
bool month_word(std::string_view w) {
  if (w.size() < 3) return false;
  return one_of_ci(w.substr(0, 3),
                   {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"});
}
int year_of(std::string_view four_digits) {
  int y = 0;
  std::from_chars(four_digits.data(), four_digits.data() + four_digits.size(), y);
  return y;
}
}  // namespace

bool month_spelling(std::string_view w) {
  return one_of_ci(w, {"jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
                       "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
                       "november", "dec", "december"});
}

const RE2& directive_number() {
  // "1A)" too (a new user's finding: read as no number, and its ')' warned of), but not "1)" nor "1a)": a list's
  // items ("1) develop guidelines", "1a) share drills") may start lines of a directive, and would start directives
  // of their own (a review's finding).
  // "1.A" first (a helper's finding: read as directive 1 of text "A. ..."), as RE2 takes the first alternative that
  // matches and "1." would; but "1.APEC" is directive 1.
  // A no-break space is a space here, as after a priority's number: Word keeps "2E\u00A0Ministers" together (a
  // helper's finding: no number read).
#define MSEG_SPACE R"([\s\x{00A0}])"
  // "1 A. Ministers": a space inside the number, as a PDF's wide letter spacing leaves it (a helper's finding: no
  // number, and a section with none); one space, a capital, its stop and a space, so that "2 U.S. ports" is none.
  // "1-D. Ministers" likewise, a hyphen typed inside the number (read as no number, unsaid); "3-D printing" is none.
  // "1C: Train" and "(1B) Share", a capital's number with a colon or in parentheses, then a space (a helper's
  // finding likewise).
  static const RE2& re = compile(R"(^(\d{1,3}\.[A-Z])(?:[.)])" MSEG_SPACE "*|" MSEG_SPACE R"(+)|^(\d{1,3}[A-Za-z]?)\.)"
                                 MSEG_SPACE R"(*|^(\d{1,3}[A-Za-z]))" MSEG_SPACE R"(+|^(\d{1,3}[A-Z])\))" MSEG_SPACE
                                 R"(*|^(\d{1,3}[ -][A-Z])[.)])" MSEG_SPACE R"(+|^(\d{1,3}[A-Z]):)" MSEG_SPACE
                                 R"(+|^\((\d{1,3}[A-Z])\))" MSEG_SPACE "+");
#undef MSEG_SPACE
  return re;
}
const RE2& priority_number() {
  // A no-break space is a space here: "1.1\u00A0Port audits" (a helper's finding: no number read).
  // "1.2) Drills" too: no list's item is numbered so. And "1.1: Drills" (a helper's finding: no number read, and
  // the next priority became an item of this one).
  static const RE2& re = compile(R"(^(\d{1,3}\.\d{1,3})[.):]?(?:\s|\x{00A0})+)");
  return re;
}
namespace {
// Length of the run of 1 to 3 digits s starts with, or 0 when there is none or
// a fourth digit follows: after \d{1,3}, neither pattern lets a digit come next.
std::size_t number_digits(std::string_view s, std::size_t from) {
  std::size_t n = 0;
  while (from + n < s.size() && digit(s[from + n])) ++n;
  return n <= 3 ? n : 0;
}
// The bytes of the space at s[i] as the number patterns read one (\s or a no-break space), 0 for none.
std::size_t number_space(std::string_view s, std::size_t i) {
  return re2_space(s[i]) ? 1 : space_at(s, i) == 2 ? 2 : 0;
}
std::size_t skip_number_spaces(std::string_view s, std::size_t i) {
  while (i < s.size() && number_space(s, i) > 0) i += number_space(s, i);
  return i;
}
}  // namespace
bool consume_directive_number(std::string_view& s, std::string_view& number) {
  if (!s.empty() && s[0] == '(') {  // "(1B) text"
    const std::size_t d = number_digits(s, 1);
    if (d == 0 || d + 3 >= s.size() || !ascii::is_upper(s[d + 1]) || s[d + 2] != ')' || number_space(s, d + 3) == 0)
      return false;
    number = s.substr(1, d + 1);
    s.remove_prefix(skip_number_spaces(s, d + 3));
    return true;
  }
  const std::size_t n = number_digits(s, 0);
  if (n == 0) return false;
  if (n + 2 < s.size() && s[n] == '.' && ascii::is_upper(s[n + 1])) {  // "1.A. ", "1.A) ", "1.A "
    const char next = s[n + 2];
    const bool space = number_space(s, n + 2) > 0;
    if (next == '.' || next == ')' || space) {
      number = s.substr(0, n + 2);
      s.remove_prefix(skip_number_spaces(s, n + 2 + (space ? 0 : 1)));
      return true;
    }
  }
  const bool has_letter = n < s.size() && letter(s[n]);
  const std::size_t after = n + (has_letter ? 1 : 0);
  std::size_t end;
  if (after < s.size() && s[after] == '.') {
    end = skip_number_spaces(s, after + 1);  // "1A.", "4." then spaces
  } else if (has_letter && ascii::is_upper(s[n]) && after < s.size() && s[after] == ')') {
    end = skip_number_spaces(s, after + 1);  // "1A)" then spaces
  } else if (has_letter && after < s.size() && number_space(s, after) > 0) {
    end = skip_number_spaces(s, after);  // "2E text": the letter, then one space or more
  } else if (n + 3 < s.size() && (s[n] == ' ' || s[n] == '-') && ascii::is_upper(s[n + 1]) &&
             (s[n + 2] == '.' || s[n + 2] == ')') && number_space(s, n + 3) > 0) {
    number = s.substr(0, n + 2);  // "1 A. text", "1-A. text": the space or hyphen kept, as written
    s.remove_prefix(skip_number_spaces(s, n + 3));
    return true;
  } else if (has_letter && ascii::is_upper(s[n]) && after + 1 < s.size() && s[after] == ':' &&
             number_space(s, after + 1) > 0) {
    end = skip_number_spaces(s, after + 1);  // "1C: text"
  } else {
    return false;
  }
  number = s.substr(0, after);
  s.remove_prefix(end);
  return true;
}
bool consume_priority_number(std::string_view& s, std::string_view& number) {
  const std::size_t major = number_digits(s, 0);
  if (major == 0 || major >= s.size() || s[major] != '.') return false;
  const std::size_t minor = number_digits(s, major + 1);
  if (minor == 0) return false;
  std::size_t i = major + 1 + minor;
  if (i < s.size() && (s[i] == '.' || s[i] == ')' || s[i] == ':')) ++i;
  // A no-break space after the number is a space too, as in the pattern.
  const auto space = [&s](std::size_t at) -> std::size_t { return re2_space(s[at]) ? 1 : space_at(s, at) == 2 ? 2 : 0; };
  if (i >= s.size() || space(i) == 0) return false;
  number = s.substr(0, major + 1 + minor);
  while (i < s.size() && space(i) > 0) i += space(i);
  s.remove_prefix(i);
  return true;
}

const RE2& bogor_goal() {
  static const RE2& re = compile(R"((?i)^bogor\s+goals?$)");
  return re;
}
std::optional<bool> match_bogor_goal(std::string_view s) {
  if (!plain(s)) return std::nullopt;
  if (s.size() < 5 || !equals_ci(s.substr(0, 5), "bogor")) return false;
  std::size_t i = 5;
  while (i < s.size() && re2_space(s[i])) ++i;
  return i > 5 && one_of_ci(s.substr(i), {"goal", "goals"});
}
// Issuer words are runs of anything but white space, digits and punctuation: a
// negated class keeps RE2's program small, where [\pL] under (?i), repeated five
// times, made this the costliest pattern to compile at start-up.
const RE2& statement_citation() {
  static const RE2& re = compile(
      R"((?i)^((?:[^\s\d()\[\],;:/.]+\s+){0,5}?)(statement|declaration|communiqu[eé])\s+(\d{4})(?:\s*[,;:]\s*(.+?))?$)");
  return re;
}
std::optional<bool> match_statement_citation(std::string_view s, std::string_view& issuer,
                                             std::string_view& document, std::string_view& year,
                                             std::string_view& pinpoint) {
  if (!plain(s)) return std::nullopt;
  const auto issuer_char = [](char c) {
    return !re2_space(c) && !digit(c) && std::string_view("()[],;:/.").find(c) == std::string_view::npos;
  };
  // The rest of the pattern, from the document word at `at` to the end.
  const auto rest_from = [&](std::size_t at) {
    std::size_t i = at;
    for (const std::string_view word : {"statement", "declaration", "communique"}) {
      if (equals_ci(s.substr(at, word.size()), word)) i = at + word.size();
    }
    if (i == at || i >= s.size() || !re2_space(s[i])) return false;
    const std::size_t word_end = i;
    while (i < s.size() && re2_space(s[i])) ++i;
    if (s.size() - i < 4 || !ends_in_year(s.substr(0, i + 4))) return false;
    const std::size_t year_at = i;
    i += 4;
    std::string_view after;  // the pinpoint, if any
    if (i < s.size()) {
      while (i < s.size() && re2_space(s[i])) ++i;
      if (i == s.size() || std::string_view(",;:").find(s[i]) == std::string_view::npos) return false;
      ++i;
      // \s*(.+?)$: the spaces go to \s* but for the one character .+? needs;
      // '.' takes no newline.
      std::size_t start = i;
      while (start < s.size() && re2_space(s[start])) ++start;
      if (start == s.size()) {
        if (start == i) return false;
        --start;
      }
      after = s.substr(start);
      if (after.find('\n') != std::string_view::npos) return false;
    }
    issuer = s.substr(0, at);
    document = s.substr(at, word_end - at);
    year = s.substr(year_at, 4);
    pinpoint = after;
    return true;
  };
  std::size_t at = 0;
  for (int words = 0;; ++words) {
    if (rest_from(at)) return true;
    if (words == 5) return false;
    std::size_t i = at;
    while (i < s.size() && issuer_char(s[i])) ++i;
    if (i == at || i == s.size() || !re2_space(s[i])) return false;
    while (i < s.size() && re2_space(s[i])) ++i;
    at = i;
  }
}
const RE2& citation_like() {
  static const RE2& re =
      compile(R"((?i)\b(?:1[89]|2[0-9])\d\d\b|\b(?:statement|declaration|communiqu[eé]|goals?)\b)");
  return re;
}
bool names_cited_document(std::string_view s) {
  return contains_ci(s, "statement") || contains_ci(s, "declaration") || contains_ci(s, "communiqu") ||
         contains_ci(s, "goal");
}
bool ends_in_owner_abbreviation(std::string_view s) {
  // Words, not letters: "Japan." is a tag's separator typed as a stop; these are never an owner's last word whole.
  // Any case ("SEC."), an apostrophe's contractions too ("Gov't", "Nat'l").
  static constexpr std::string_view words[] = {"sec", "secr", "secy", "dept", "dep", "dep't", "govt", "gov",
                                               "gov't", "min", "admin", "adm", "assn", "assoc", "org", "intl",
                                               "int'l", "comm", "cttee", "dir", "corp", "inc", "ltd", "co", "auth",
                                               "div", "natl", "nat'l", "agcy", "bur"};
  std::size_t b = s.size();
  while (b > 0 && (letter(s[b - 1]) || s[b - 1] == '\'')) --b;
  if (b > 0 && !(s[b - 1] == ' ' || s[b - 1] == '(' || s[b - 1] == ',' || s[b - 1] == '/')) return false;
  const std::string_view word = s.substr(b);
  for (std::string_view w : words)
    if (ascii::iequals(word, w)) return true;
  return false;
}
bool may_match_citation_like(std::string_view s) {
  if (!plain(s)) return true;
  return has_digits(s, 4) || names_cited_document(s);
}
bool looks_like_citation(std::string_view s) {
  return may_match_citation_like(s) && RE2::PartialMatch(s, citation_like());
}
const RE2& group_naming() {
  // A no-break space (U+00A0, U+202F) as any space: Word keeps "Group\u00A0(MSEG)" together (a new user's finding:
  // one in the preamble made the group null, and every calendar event's UID changed with it).
#define MSEG_SPACE R"([\s\x{A0}\x{202F}])"
  static const RE2& re = compile("^" MSEG_SPACE "*The" MSEG_SPACE "+(.+?)" MSEG_SPACE
                                 R"(+\(([A-Z][A-Za-z0-9&-]*[A-Z0-9])\))" MSEG_SPACE);
#undef MSEG_SPACE
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
  static const RE2& re = compile(R"((?i)^(\d{1,2})(?:st|nd|rd|th|\.)?\s*)" MSEG_MONTH R"(,?\s*(\d{4})$)");
  return re;
}
bool may_match_deadline_date_dmy(std::string_view s) {
  return !plain(s) || (starts_with_digit(s) && ends_in_year(s));
}
const RE2& deadline_date_mdy() {
  static const RE2& re =
      compile(R"((?i)^)" MSEG_MONTH R"(\s*(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(\d{4})$)");
  return re;
}
bool may_match_deadline_date_mdy(std::string_view s) {
  return !plain(s) || (month_word(first_word(s)) && ends_in_year(s));
}
const RE2& deadline_date_iso() {
  static const RE2& re = compile(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)");
  return re;
}
bool may_match_deadline_date_iso(std::string_view s) {
  return !plain(s) || (starts_with_digit(s) && ends_with_digit(s));
}
const RE2& deadline_month() {
  static const RE2& re = compile(R"((?i)^)" MSEG_MONTH R"(,?\s*(\d{4})$)");
  return re;
}
std::optional<bool> match_deadline_month(std::string_view s, std::string_view& month, int& year) {
  if (!plain(s)) return std::nullopt;
  const std::string_view word = first_word(s);
  if (!month_spelling(word)) return false;
  std::size_t i = word.size();
  if (i < s.size() && s[i] == '.') ++i;
  if (i < s.size() && s[i] == ',') ++i;
  while (i < s.size() && re2_space(s[i])) ++i;
  if (s.size() - i != 4 || !ends_in_year(s)) return false;
  month = word;
  year = year_of(s.substr(i));
  return true;
}
const RE2& deadline_month_iso() {
  // Two digits, as ISO writes a month: "2008-9" is as likely the years 2008-2009 (a helper's finding: read as
  // September 2008, unsaid), so it is no form mseg reads, and an unknown deadline is said.
  static const RE2& re = compile(R"(^(\d{4})-(\d{2})$)");
  return re;
}
bool may_match_deadline_month_iso(std::string_view s) {
  return !plain(s) || (starts_with_digit(s) && ends_with_digit(s));
}
const RE2& deadline_year() {
  static const RE2& re = compile(R"(^(\d{4})$)");
  return re;
}
std::optional<bool> match_deadline_year(std::string_view s, int& year) {
  if (!plain(s)) return std::nullopt;
  if (s.size() != 4 || !ends_in_year(s)) return false;
  year = year_of(s);
  return true;
}
const RE2& deadline_quarter() {
  static const RE2& re = compile(
      R"((?i)^(?:q([1-4])|([1-4])q|(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?)\s*[-,]?\s*(\d{4})$)");
  return re;
}
bool may_match_deadline_quarter(std::string_view s) {
  if (!plain(s)) return true;
  return ends_in_year(s) &&
         (starts_with_digit(s) || one_of_ci(first_word(s), {"q", "first", "second", "third", "fourth"}));
}
const RE2& deadline_part() {
  static const RE2& re = compile(
      R"((?i)^(?:the\s+)?(mid|middle|early|late|end|beginning|start|first\s+half|second\s+half|1st\s+half|2nd\s+half|h[12]|[12]h)(?:\s*-\s*|\s+of\s+|\s+)(\d{4})$)");
  return re;
}
bool may_match_deadline_part(std::string_view s) {
  if (!plain(s)) return true;
  return ends_in_year(s) &&
         (starts_with_digit(s) || one_of_ci(first_word(s), {"the", "mid", "middle", "early", "late", "end",
                                                             "beginning", "start", "first", "second", "h"}));
}
const RE2& deadline_month_range() {
  static const RE2& re = compile(R"((?i)^)" MSEG_MONTH MSEG_TO MSEG_MONTH R"(,?\s*(\d{4})$)");
  return re;
}
bool may_match_deadline_month_range(std::string_view s) {
  return !plain(s) || (month_word(first_word(s)) && ends_in_year(s));
}
const RE2& deadline_quarter_range() {
  static const RE2& re = compile(R"((?i)^q([1-4]))" MSEG_TO R"(q([1-4]),?\s*(\d{4})$)");
  return re;
}
bool may_match_deadline_quarter_range(std::string_view s) {
  return !plain(s) || (equals_ci(first_word(s), "q") && ends_in_year(s));
}
const RE2& deadline_day_range() {
  static const RE2& re = compile(R"((?i)^(\d{1,2})(?:st|nd|rd|th)?)" MSEG_TO
                                 R"((\d{1,2})(?:st|nd|rd|th)?\s*)" MSEG_MONTH R"(,?\s*(\d{4})$)");
  return re;
}
bool may_match_deadline_day_range(std::string_view s) {
  return !plain(s) || (starts_with_digit(s) && ends_in_year(s));
}
const RE2& deadline_ongoing() {
  static const RE2& re = compile(R"((?i)^(?:on\s*-?\s*going|continu(?:ous(?:ly)?|ing|al))$)");
  return re;
}
std::optional<bool> match_deadline_ongoing(std::string_view s) {
  if (!plain(s)) return std::nullopt;
  if (s.size() > 7 && equals_ci(s.substr(0, 7), "continu"))
    return one_of_ci(s.substr(7), {"ous", "ously", "ing", "al"});
  if (s.size() < 2 || !equals_ci(s.substr(0, 2), "on")) return false;
  std::size_t i = 2;
  while (i < s.size() && re2_space(s[i])) ++i;
  if (i < s.size() && s[i] == '-') ++i;
  while (i < s.size() && re2_space(s[i])) ++i;
  return equals_ci(s.substr(i), "going");
}
const RE2& deadline_tbd() {
  static const RE2& re =
      compile(R"((?i)^(?:tb[acd]|to\s+be\s+(?:confirmed|determined|decided|advised|announced|agreed))$)");
  return re;
}
bool may_match_deadline_tbd(std::string_view s) {
  return !plain(s) || one_of_ci(first_word(s), {"tba", "tbc", "tbd", "to"});
}
const RE2& deadline_meeting() {
  // Acronyms are matched case-sensitively so that "march 12" is not a meeting.
#define MSEG_ACRONYM R"((?-i:[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*))"
  static const RE2& re = compile(
      R"((?i)^(?:(?:at|before|during|for)\s+)?(?:the\s+)?(?:)"
      R"((?:next|following|upcoming)\s+(?:)" MSEG_ACRONYM R"(\s+)?meetings?)"
      // "next Ministerial Meeting", "5th Senior Officials' Meeting": named in words, each a capital's (a helper's
      // finding: "(Chinese Taipei/by the next Ministerial Meeting)" was an unknown form).
      R"(|(?:next|following|upcoming|\d{1,3}(?:st|nd|rd|th))\s+(?:(?-i:[A-Z][A-Za-z]*(?:['\x{2019}]s?)?)\s+){1,4}meetings?)"
      R"(|(?:next|following|upcoming)\s+)" MSEG_ACRONYM
      R"(|)" MSEG_ACRONYM R"(\s*-?\s*\d{1,3}(?:\s+meetings?)?)"
      R"(|\d{1,3}(?:st|nd|rd|th)\s+)" MSEG_ACRONYM R"((?:\s+meetings?)?)"
      R"(|)" MSEG_ACRONYM R"(\s+meetings?)"
      // "SOM III 2010", "SOM III, 2010", "SOM 3 2010", "SOM III": APEC's Senior Officials' Meetings are
      // numbered in the year (a new user's finding: read as an owner "SOM III" and the year 2010). SOM alone: other
      // meetings' numbers run across years ("TPTWG 32"), and "ISO 9, 2001" is no meeting (a review's finding).
      R"(|(?-i:SOM)\s*(?:I|II|III|IV|V|VI|[1-9])(?:\s*,?\s*((?:19|20)\d{2}))?)"
      // "TPTWG 31, 2008", "MEG-SEC 5 2009": the maritime and transport bodies whose numbered meetings plans set as
      // deadlines, with the year it is held (a helper's finding: "(Japan/TPTWG 31, 2008)" was two tags, one of the
      // meeting and one of the year; "TPTWG31 2008" an unknown form). Named, not any acronym: "ISO 9, 2001" is a
      // standard.
      R"(|(?-i:TPTWG|MEG-SEC|MSEG|MEG|TMM)\s*-?\s*\d{1,3}\s*,?\s*((?:19|20)\d{2}))"
      R"()$)");
#undef MSEG_ACRONYM
  return re;
}
bool may_match_deadline_meeting(std::string_view s) {
  if (!plain(s)) return true;
  const auto capital = [](char c) { return c >= 'A' && c <= 'Z'; };
  const bool acronym = s.size() >= 2 && capital(s[0]) && (capital(s[1]) || digit(s[1]));
  return acronym || starts_with_digit(s) ||
         one_of_ci(first_word(s), {"at", "before", "during", "for", "the", "next", "following", "upcoming"});
}
const RE2& tentative_marker() {
  static const RE2& re =
      // "Japan (tentative)" too (a helper's finding: not tentative, and the owner "Japan (tentative)").
      compile(R"((?i)(\(?\s*(?:to\s+be\s+(?:confirmed|determined)|tb[cd]|tentative(?:ly)?)\s*\)?)\s*$)");
  return re;
}

#undef MSEG_TO
#undef MSEG_MONTH

}  // namespace mseg::patterns
