#include "citation.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/ascii.hpp"
#include "base/calendar.hpp"
#include "base/ordinal.hpp"
#include "base/per_thread.hpp"
#include "base/slug.hpp"
#include "base/text_escape.hpp"
#include "clean.hpp"
#include "patterns.hpp"

namespace mseg {
namespace {

// The statement pattern's answer, by hand for ASCII text (see patterns.hpp).
bool full_match_statement(std::string_view inner, std::string_view& issuer, std::string_view& document,
                          std::string_view& year, std::string_view& pinpoint) {
  if (const auto by_hand = patterns::match_statement_citation(inner, issuer, document, year, pinpoint))
    return *by_hand;
  re2::StringPiece i, d, y, p;
  if (!RE2::FullMatch(inner, patterns::statement_citation(), &i, &d, &y, &p)) return false;
  issuer = i;
  document = d;
  year = y;
  pinpoint = p;
  return true;
}

// What a citation's inside reads as, apart from the group's own text and place.
struct Reading {
  std::optional<Citation> citation;  // text and span left empty
  std::optional<std::string> warning;  // the unknown-citation message
  // Where the pinpoint starts in the inside, when there is one: it may be a
  // second document cited in the same parenthesis (read_citations), or hold
  // one after a ';'. year_end: where the year ends (the document's own words).
  std::size_t pinpoint_at = std::string_view::npos;
  std::size_t year_end = 0;
};

std::string unknown_form(std::string_view inner) {
  return fmt::format("citation '{}' has no known form; expected e.g. '(Ministerial Statement 2004)'", inner);
}

Reading read_plain(std::string_view inner) {
  Reading r;
  Citation c;
  const std::optional<bool> bogor = patterns::match_bogor_goal(inner);
  if (bogor ? *bogor : RE2::FullMatch(inner, patterns::bogor_goal())) {
    c.kind = "bogor-goal";
    c.key = c.kind;
    r.citation = std::move(c);
    return r;
  }
  std::string_view issuer, document, year, pinpoint;
  if (full_match_statement(inner, issuer, document, year, pinpoint)) {
    std::string doc = slug(std::string_view(document));
    if (doc.rfind("communiqu", 0) == 0) doc = "communique";
    std::string issuer_slug = slug(std::string_view(issuer));
    c.kind = issuer_slug.empty() ? doc : issuer_slug + "-" + doc;
    int y = 0;
    std::from_chars(year.data(), year.data() + year.size(), y);
    c.year = y;
    c.key = fmt::format("{}-{}", c.kind, y);
    r.year_end = static_cast<std::size_t>(year.data() + year.size() - inner.data());
    if (!pinpoint.empty()) {
      c.pinpoint = std::string(pinpoint.data(), pinpoint.size());
      r.pinpoint_at = static_cast<std::size_t>(pinpoint.data() - inner.data());
    }
    r.citation = std::move(c);
    return r;
  }
  if (!patterns::looks_like_citation(inner)) return r;
  c.kind = "unknown";
  // The first year standing as a word, as lint reads years: one definition (base/calendar.hpp).
  if (const std::vector<int> years = calendar::years_in(inner); !years.empty()) {
    c.year = years.front();
    c.key = fmt::format("unknown-{}", years.front());
  } else {
    c.key = "unknown";
  }
  r.warning = unknown_form(inner);
  r.citation = std::move(c);
  return r;
}

// The inside as it reads (plain_spaces: other space characters as a space, invisible marks as nothing), offsets
// mapped back to the inside as written. "(Ministerial\u00A0Statement 2007)" was an unknown citation (a helper's
// finding; RE2's \s is ASCII), and so were a narrow no-break space (U+202F) and a direction mark inside
// ("Ministerial\u200E Statement": a review's finding).
Reading read_inner(std::string_view inner) {
  std::string plain;
  std::vector<std::size_t> at;
  if (!plain_spaces(inner, plain, &at)) return read_plain(inner);
  Reading r = read_plain(plain);
  if (r.warning) r.warning = unknown_form(inner);  // quoted as written
  if (r.pinpoint_at != std::string_view::npos) r.pinpoint_at = at[r.pinpoint_at];
  // An end maps to just after the last byte kept before it: a mark after the year is not the document's.
  if (r.year_end > 0) r.year_end = at[r.year_end - 1] + 1;
  if (r.citation && r.citation->pinpoint) {
    std::string collapsed;
    append_collapsed(collapsed, *r.citation->pinpoint);
    if (collapsed.empty()) {  // only marks or spaces: no pinpoint, as with none written
      r.citation->pinpoint.reset();
      r.pinpoint_at = std::string_view::npos;
    } else {
      r.citation->pinpoint = std::move(collapsed);
    }
  }
  return r;
}

struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Plans cite the same few documents over and over, and the statement pattern
// was a seventh of parsing a large plan: recent readings are remembered. Per
// thread (no lock in parallel batches); emptied when full, so it stays small.
const Reading& reading_of(std::string_view inner) {
  constexpr std::size_t kMaxRemembered = 4096;
  struct Site;
  auto& remembered =
      mseg::detail::per_thread<std::unordered_map<std::string, Reading, TextHash, std::equal_to<>>, Site>();
  auto it = remembered.find(inner);
  if (it == remembered.end()) {
    if (remembered.size() >= kMaxRemembered) remembered.clear();
    it = remembered.emplace(std::string(inner), read_inner(inner)).first;
  }
  return it->second;
}

// Whether `text` cites a document of a known form on its own (a statement,
// declaration, communique or the Bogor Goals): then it is no pinpoint.
bool is_document(std::string_view text) {
  const Reading& r = reading_of(text);
  return r.citation && r.citation->kind != "unknown";
}

// Whether `text`, after a ';', names a document of its own: one of a known form, or a title the registry may know
// by its alias ("Busan Declaration", "Adelaide Ministerial Statement": no year, so of no known form; a helper's
// finding: they were the first document's pinpoint, and the directive cited one document, not two). A title starts
// with a capital and names a statement, declaration, communique or goal; "para 3" or "Annex A" does not.
// A title ends in the document's word and holds no number and no " of ": "Para 4 of the Statement", "Annex A, Goal
// 3" and "Goals 1 and 2" are places in the first document (a review's finding: they were split off as documents).
bool names_document(std::string_view text) {
  if (is_document(text)) return true;
  if (text.empty() || !ascii::is_upper(text.front()) || !patterns::names_cited_document(text)) return false;
  if (std::any_of(text.begin(), text.end(), [](char c) { return ascii::digit(c); }) ||
      ascii::contains_ci(text, " of ") || ascii::contains_ci(text, ","))
    return false;
  std::string_view last = text;
  while (!last.empty() && (last.back() == '.' || is_space(last.back()))) last.remove_suffix(1);
  if (const std::size_t space = last.find_last_of(' '); space != std::string_view::npos) last.remove_prefix(space + 1);
  if (!patterns::names_cited_document(last)) return false;
  return reading_of(text).citation.has_value();
}

// The first ';' in `text` after which a document stands (names_document), or npos. At most kMaxSemicolons are
// tried, each a reading of the rest: linear in the group.
constexpr std::size_t kMaxSemicolons = 8;
std::size_t semicolon_before_document(std::string_view text) {
  std::size_t semi = text.find(';');
  for (std::size_t tried = 0; semi != std::string_view::npos && tried < kMaxSemicolons; ++tried) {
    if (names_document(trim(text.substr(semi + 1)))) return semi;
    semi = text.find(';', semi + 1);
  }
  return std::string_view::npos;
}

// The years a pinpoint is made of alone ("2007", "2007 and 2008", "2006; 2007"): each a further statement of the
// same kind, not a place in the first (a new user's finding: "(Ministerial Statement 2004, 2007)" read 2007 as the
// 2004 statement's pinpoint, and --cites 2007 missed the directive). They may be followed, after a ';', by a
// document of its own (`rest`: "2007; Leaders' Statement 2005", a review's finding). No years when anything else
// is in it.
struct YearsAlone {
  struct Year {
    std::string_view text;
    int value;
  };
  std::vector<Year> years;
  std::string_view rest;  // after a ';' that ends the years: the next document's, when one is there
};
YearsAlone years_alone(std::string_view pinpoint) {
  YearsAlone out;
  std::size_t i = 0;
  while (i < pinpoint.size()) {
    bool semicolon = false;
    while (i < pinpoint.size() && (is_space(pinpoint[i]) || pinpoint[i] == ',' || pinpoint[i] == '&' ||
                                   pinpoint[i] == ';'))
      semicolon |= pinpoint[i++] == ';';
    if (pinpoint.substr(i).starts_with("and ")) i += 4;
    if (i == pinpoint.size()) break;
    std::size_t end = i;
    while (end < pinpoint.size() && ascii::digit(pinpoint[end])) ++end;
    const std::string_view year = pinpoint.substr(i, end - i);
    const bool ends = end == pinpoint.size() || is_space(pinpoint[end]) || pinpoint[end] == ',' ||
                      pinpoint[end] == '&' || pinpoint[end] == ';';
    const int y = year.size() == 4 ? (year[0] - '0') * 1000 + (year[1] - '0') * 100 + (year[2] - '0') * 10 +
                                         (year[3] - '0')
                                   : 0;
    if (!ends || y < 1900 || y > 2199) {
      if (semicolon && !out.years.empty() && names_document(pinpoint.substr(i))) {
        out.rest = pinpoint.substr(i);
        return out;
      }
      return {};
    }
    if (std::none_of(out.years.begin(), out.years.end(), [&](const YearsAlone::Year& had) { return had.value == y; }))
      out.years.push_back({year, y});
    i = end;
  }
  return out;
}

}  // namespace

std::vector<ReadCitation> read_citations(std::string_view group, Findings& out) {
  std::vector<ReadCitation> found;
  std::string_view inner = trim(group.substr(1, group.size() - 2));
  // "(Ministerial Statement 2007; Leaders' Statement 2005)": a pinpoint that is
  // itself a known citation is the next document cited, not a place in the
  // first. At most kMaxDocuments, each read once: no parenthesis is quadratic.
  constexpr std::size_t kMaxDocuments = 8;
  for (;;) {
    // Taken from the reading before the next is looked up: that may empty the memory.
    std::size_t pinpoint_at = 0, year_end = 0;
    Citation c;
    std::optional<std::string> warning;
    {
      const Reading& r = reading_of(inner);
      if (!r.citation) break;
      c = *r.citation;
      pinpoint_at = r.pinpoint_at;
      year_end = r.year_end;
      warning = r.warning;
    }
    if (c.kind == "unknown" && found.size() + 1 < kMaxDocuments) {
      // "(Busan Declaration; Ministerial Statement 2007)": a title of no known form, then a ';' and a document.
      // Read whole, the two were one unknown citation of the second's year, and neither was found (a helper's
      // finding). The first ';' after which a document stands ends this one.
      std::string_view head, tail;
      if (const std::size_t semi = semicolon_before_document(inner); semi != std::string_view::npos) {
        head = trim_end(inner.substr(0, semi));
        tail = trim(inner.substr(semi + 1));
      }
      if (head.data() && !head.empty()) {
        std::optional<Citation> first;
        {
          const Reading& r = reading_of(head);
          first = r.citation;
          if (first && r.warning) out.push_back({DiagnosticCode::unknown_citation, *r.warning, head});
        }
        if (first) {
          first->text = std::string(head);
          found.push_back({std::move(*first), head});
          inner = tail;
          continue;
        }
      }
    }
    if (warning) out.push_back({DiagnosticCode::unknown_citation, *warning, found.empty() ? group : inner});
    if (pinpoint_at != std::string_view::npos && c.year && c.kind != "unknown") {
      YearsAlone alone = years_alone(inner.substr(pinpoint_at));
      // The statement's own year written again is no further statement ("(Ministerial Statement 2004, 2004)").
      std::erase_if(alone.years, [&](const YearsAlone::Year& y) { return y.value == *c.year; });
      const std::size_t more_documents = alone.years.size() + (alone.rest.empty() ? 0 : 1);
      if (!alone.years.empty() && found.size() + 1 + more_documents > kMaxDocuments) {
        out.push_back({DiagnosticCode::citation_limit,
                       fmt::format("a parenthesis cites more than {} documents; '{}' was read as the pinpoint of "
                                   "the {}, not as documents of their own",
                                   kMaxDocuments, shortened(inner.substr(pinpoint_at), 80),
                                   ordinal(static_cast<int>(found.size() + 1))),
                       inner.substr(pinpoint_at)});
      } else if (!alone.years.empty()) {
        const std::string_view part = inner.substr(0, year_end);
        c.pinpoint.reset();
        c.text = std::string(part);
        found.push_back({c, part});
        for (const auto& year : alone.years) {
          Citation more = c;
          more.year = year.value;
          more.key = fmt::format("{}-{}", more.kind, year.value);
          more.text = std::string(year.text);
          found.push_back({std::move(more), year.text});
        }
        if (alone.rest.empty()) break;
        inner = alone.rest;
        continue;
      }
    }
    if (pinpoint_at != std::string_view::npos) {
      // The next document: the whole pinpoint ("...2007; Leaders' Statement 2005"), or what follows a ';'
      // in it, what comes before being this one's pinpoint ("...2007, para 3; para 4; Leaders' Declaration
      // 2005").
      const std::string_view pinpoint = inner.substr(pinpoint_at);
      std::string_view part, rest, own_pinpoint;  // own_pinpoint: this document's, when a ';' ends it
      // After a ';' ("2007; Busan Declaration"), a title of no known form is a document too; after a ',' only a
      // known form is ("2004, Bogor Goals"), as a place in the document may name one ("2007, Declaration annex").
      const std::string_view between = trim(inner.substr(year_end, pinpoint_at - year_end));
      if (between == ";" ? names_document(pinpoint) : is_document(pinpoint)) {
        part = inner.substr(0, year_end);
        rest = pinpoint;
      } else if (const std::size_t semi = semicolon_before_document(pinpoint); semi != std::string_view::npos) {
        part = trim_end(inner.substr(0, pinpoint_at + semi));
        rest = trim(pinpoint.substr(semi + 1));
        own_pinpoint = trim(pinpoint.substr(0, semi));
      }
      if (rest.data() && found.size() + 1 == kMaxDocuments) {
        // Not read apart: the rest stays this one's pinpoint, and the reader is told.
        out.push_back({DiagnosticCode::citation_limit,
                       fmt::format("a parenthesis cites more than {} documents; '{}' was read as the pinpoint of "
                                   "the {}, not as documents of their own",
                                   kMaxDocuments, shortened(pinpoint, 80), ordinal(static_cast<int>(kMaxDocuments))),
                       pinpoint});
      } else if (rest.data()) {
        if (own_pinpoint.data()) c.pinpoint = std::string(own_pinpoint);
        else c.pinpoint.reset();
        c.text = std::string(part);
        found.push_back({std::move(c), part});
        inner = rest;
        continue;
      }
    }
    // A group of one document is the group as written, parentheses included; a
    // further document is its part of the inside.
    const std::string_view where = found.empty() ? group : inner;
    c.text = std::string(where);
    found.push_back({std::move(c), where});
    break;
  }
  return found;
}

std::optional<Citation> read_citation(std::string_view group, Findings& out) {
  auto found = read_citations(group, out);
  if (found.empty()) return std::nullopt;
  return std::move(found.front().citation);
}

}  // namespace mseg
