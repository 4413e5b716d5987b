#include "lead_tag.hpp"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include <mseg/deadline.hpp>

#include "base/ascii.hpp"
#include "clean.hpp"
#include "tag.hpp"

namespace mseg {
namespace {

// Length of the lead keyword with its colon at s[i] ("Co-leads :"), or 0.
std::size_t lead_keyword(std::string_view s, std::size_t i, std::size_t& word_end) {
  std::size_t k = i;
  if (ascii::starts_with_ci(s.substr(k), "co-")) k += 3;
  else if (ascii::starts_with_ci(s.substr(k), "co")) k += 2;
  if (!ascii::starts_with_ci(s.substr(k), "lead")) return 0;
  k += 4;
  if (k < s.size() && ascii::lower(s[k]) == 's') ++k;
  for (std::string_view more : {std::string_view(" economies"), std::string_view(" economy")}) {
    if (ascii::starts_with_ci(s.substr(k), more)) {
      k += more.size();
      break;
    }
  }
  word_end = k;
  while (k < s.size() && s[k] == ' ') ++k;
  if (k >= s.size() || s[k] != ':') return 0;
  return k + 1 - i;
}

// A field after a lead's owners: "; Timeline: 2009", ". Status: ongoing", or a sentence, ". Completed." (a
// helper's finding: "Lead: Japan; Timeline: 2009" had the owner "2009", "Lead: Korea. Deadline: March 2009" the
// owner "March 2009", unsaid).
struct Field {
  std::size_t at = std::string_view::npos;  // its separator (';' or '.')
  std::size_t value = 0;                    // after the label's colon; `at` + 1 for a sentence
  int deadline = 0;                         // deadline_label's answer for its label; 0 for a sentence
};

// What a field's label says of its value: 2 when it names when the action is due ("Timeline", "Deadline"), 1 when
// it may ("Target", "Date": its value is a deadline only if it reads as one; "Target: developing economies" is
// words, a review's finding), 0 for another field ("Status").
int deadline_label(std::string_view label) {
  static constexpr std::string_view kSure[] = {"timeline", "time line", "timeframe", "time frame", "deadline",
                                               "due",      "due date",  "completion date", "timing"};
  static constexpr std::string_view kMaybe[] = {"target", "target date", "date", "schedule"};
  for (std::string_view l : kSure)
    if (ascii::equals_ci(label, l)) return 2;
  for (std::string_view l : kMaybe)
    if (ascii::equals_ci(label, l)) return 1;
  return 0;
}

// The first field in `owners` at depth 0, from `from`: a ';' or '.' then a label of one to three words starting
// with a capital and its colon (not after ',': "Hong Kong, China: Marine Department" is one owner, a review's
// finding); or a '.' that ends a sentence (after a word of two letters or more, not all capitals, or a number:
// "U.S." and "P.R. China" go on, "2009. Completed" ends) before a capital.
Field next_field(std::string_view owners, std::size_t from) {
  int depth = 0;
  for (std::size_t i = from; i < owners.size(); ++i) {
    const char c = owners[i];
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (depth > 0 || (c != ';' && c != '.')) continue;
    std::size_t k = i + 1;
    while (k < owners.size() && owners[k] == ' ') ++k;
    if (k == i + 1 || k >= owners.size() || !ascii::is_upper(owners[k])) continue;
    std::size_t end = k, words = 1;
    while (end < owners.size() && (ascii::letter(owners[end]) || owners[end] == ' ' || owners[end] == '-')) {
      if (owners[end] == ' ' && end + 1 < owners.size() && owners[end + 1] != ' ' && owners[end + 1] != ':') ++words;
      ++end;
    }
    if (end < owners.size() && owners[end] == ':' && words <= 3)
      return {i, end + 1, deadline_label(trim(owners.substr(k, end - k)))};
    if (c == '.') {
      std::size_t w = i;
      while (w > 0 && ascii::alnum(owners[w - 1])) --w;
      const std::string_view word = owners.substr(w, i - w);
      const bool capitals = std::all_of(word.begin(), word.end(), [](char x) { return ascii::is_upper(x); });
      const bool number = !word.empty() && std::all_of(word.begin(), word.end(), [](char x) { return ascii::digit(x); });
      // A title's or a name's abbreviation goes on: "Lead: Capt. Lee", "Lead: Assoc. Prof. Lee".
      static constexpr std::string_view kAbbreviations[] = {
          "adm", "amb", "assoc", "capt", "cdr", "co",  "col",  "corp", "dept", "dr",   "fed", "gen", "gov", "govt",
          "hon", "inc", "jr",    "lt",   "ltd", "maj", "min",  "mr",   "mrs",  "ms",   "no",  "prof", "rep", "sec",
          "sr",  "st"};
      const bool abbreviation = std::any_of(std::begin(kAbbreviations), std::end(kAbbreviations),
                                            [&](std::string_view a) { return ascii::equals_ci(word, a); });
      if (number || (word.size() >= 2 && !capitals && !abbreviation)) return {i, i + 1, 0};
    }
  }
  return {};
}

}  // namespace

std::optional<LeadClause> read_lead_clause(std::string_view paragraph, Findings& out) {
  // Cheap refusal: every keyword holds "ead:" or "eads:" etc.; most actions have no colon at all.
  if (paragraph.find(':') == std::string_view::npos) return std::nullopt;
  std::size_t found = std::string_view::npos, found_len = 0, found_word_end = 0;
  // The keywords before the last, each chained to the next when only its owners and a ';', '.' or ',' stand between
  // them: "Lead: Australia; Co-lead: Japan; Co-lead: Korea" names all three (a review's finding: the last alone was
  // read, Australia lost in the action's words).
  struct Keyword {
    std::size_t at, length, word_end;
  };
  std::vector<Keyword> keywords;
  std::size_t depth = 0;
  for (std::size_t i = 0; i < paragraph.size(); ++i) {
    const char c = paragraph[i];
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (depth > 0 || (ascii::lower(c) != 'l' && ascii::lower(c) != 'c')) continue;
    if (i > 0 && !space_before(paragraph, i)) continue;  // a word's start only
    std::size_t word_end = 0;
    if (const std::size_t n = lead_keyword(paragraph, i, word_end)) {
      keywords.push_back({i, n, word_end});
      found = i;
      found_len = n;
      found_word_end = word_end;
    }
  }
  if (found == std::string_view::npos) return std::nullopt;
  std::vector<std::string_view> chained;  // the owners of the keywords chained to the last, last first
  std::size_t first = keywords.size() - 1;
  while (first > 0) {
    const Keyword& k = keywords[first - 1];
    std::string_view between = trim(paragraph.substr(k.at + k.length, keywords[first].at - k.at - k.length));
    if (between.empty() || (between.back() != ';' && between.back() != '.' && between.back() != ',')) break;
    between = trim(between.substr(0, between.size() - 1));
    if (between.empty() || between.find_first_of(":;/") != std::string_view::npos ||
        next_field(between, 0).at != std::string_view::npos)
      break;
    chained.push_back(between);
    --first;
  }
  const auto trim_stops = [](std::string_view t) {
    t = trim(t);
    while (!t.empty() && (t.back() == '.' || t.back() == ';')) t = trim(t.substr(0, t.size() - 1));
    return t;
  };
  std::string_view clause = trim_stops(paragraph.substr(found));
  std::string_view owners = trim(clause.substr(found_len));
  // Where the owners end: at a field or a sentence after them; a deadline's field is the tag's, up to the next.
  std::string_view when, rest;
  bool tentative = false;
  const char* field_end = nullptr;  // the end of the deadline's field, its marker included ("2009 (TBC)")
  if (const Field f = next_field(owners, 0); f.at != std::string_view::npos) {
    std::size_t end = f.at;
    if (f.deadline != 0) {
      const Field after = next_field(owners, f.value);
      const std::string_view field =
          trim_stops(owners.substr(f.value, after.at == std::string_view::npos ? owners.npos : after.at - f.value));
      std::string_view value = field;
      const bool marked = strip_marker(value);
      // "Target: developing economies" is words; "Timeline: sometime" an unknown deadline, said as such.
      if (!value.empty() && (f.deadline == 2 || read_deadline(value).kind != DeadlineKind::unknown)) {
        when = value, tentative = marked, field_end = field.data() + field.size();
        end = after.at == std::string_view::npos ? owners.size() : after.at;
      }
    }
    // The rest as the paragraph has it, its full stop kept: "Completed." is the action's words.
    if (end < owners.size())
      rest = trim(paragraph.substr(static_cast<std::size_t>(owners.data() + end + 1 - paragraph.data())));
    // "Lead: Japan. TBC": a marker after the owners marks them, as "(Japan, TBC/2008)" does (a review's finding).
    if (std::string_view marker = trim_stops(rest); !marker.empty() && strip_marker(marker) && marker.empty())
      tentative = true, rest = {}, field_end = clause.data() + clause.size();
    owners = trim_stops(owners.substr(0, f.at));
    const char* stop = field_end ? field_end : owners.data() + owners.size();
    clause = std::string_view(clause.data(), static_cast<std::size_t>(stop - clause.data()));
  }
  // "Lead: Peru (2010)": a deadline in parentheses after the owners, as a tag gives it after its '/'.
  if (when.empty() && owners.ends_with(')')) {
    const std::size_t open = owners.rfind('(');
    const std::string_view inner =
        open == std::string_view::npos ? std::string_view() : trim(owners.substr(open + 1, owners.size() - open - 2));
    if (!inner.empty() && inner.find('/') == std::string_view::npos && says_when(read_deadline(inner).kind))
      when = inner, owners = trim(owners.substr(0, open));
  }
  if (owners.empty()) return std::nullopt;
  LeadClause lead{clause, {}, rest};
  if (auto tag = read_tag(owners, out)) {
    lead.tag = std::move(*tag);  // "Canada/2013": a deadline too
  } else {
    read_owner_region(owners, false, lead.tag, &out);
    note_owner_region(lead.tag, owners, out);  // as read_tag says it (a review's finding: "Lead: Phillipines", unsaid)
  }
  if (!when.empty() && lead.tag.deadline.text.empty()) {
    lead.tag.deadline = read_deadline(when);
    if (lead.tag.deadline.kind == DeadlineKind::unknown)
      out.push_back({DiagnosticCode::unknown_deadline, "unknown deadline form '" + std::string(when) + "'", when});
    note_year_span(lead.tag.deadline, when, out);  // "Timeline: 2008-09" (a review's finding: unsaid)
  }
  if (tentative) lead.tag.tentative = true;
  if (!chained.empty()) {
    // In the paragraph's order, the last keyword's owners after them (inserting each keyword's before the others
    // was quadratic in a paragraph of 50,000 keywords: 6 s).
    std::vector<Owner> all;
    for (auto region = chained.rbegin(); region != chained.rend(); ++region) {
      Tag one;
      read_owner_region(*region, false, one, &out);
      note_owner_region(one, *region, out);
      std::move(one.owners.begin(), one.owners.end(), std::back_inserter(all));
      if (one.tentative) lead.tag.tentative = true;
      for (std::string& helper : one.collaborators) lead.tag.collaborators.push_back(std::move(helper));
    }
    std::move(lead.tag.owners.begin(), lead.tag.owners.end(), std::back_inserter(all));
    lead.tag.owners = std::move(all);
    const char* start = paragraph.data() + keywords[first].at;
    clause = std::string_view(start, static_cast<std::size_t>(clause.data() + clause.size() - start));
    lead.clause = clause;
    found = keywords[first].at, found_word_end = keywords[first].word_end;
  }
  lead.tag.text = std::string(clause);
  lead.tag.role = collapse_whitespace(paragraph.substr(found, found_word_end - found));
  return lead;
}

bool field_or_role_label(std::string_view words) {
  words = trim(words);
  if (deadline_label(words) != 0 || ascii::equals_ci(words, "status")) return true;
  const std::string keyword = std::string(words) + ":";
  std::size_t word_end = 0;
  return lead_keyword(keyword, 0, word_end) == keyword.size();
}

bool lead_clause_continues(std::string_view clause) {
  clause = trim(clause);
  if (clause.empty()) return false;
  if (clause.back() == ',' || clause.back() == '&') return true;
  return clause.size() >= 4 && ascii::equals_ci(clause.substr(clause.size() - 4), " and");
}

}  // namespace mseg
