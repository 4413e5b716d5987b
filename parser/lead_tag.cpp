#include "lead_tag.hpp"

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

}  // namespace

std::optional<LeadClause> read_lead_clause(std::string_view paragraph, Findings& out) {
  // Cheap refusal: every keyword holds "ead:" or "eads:" etc.; most actions have no colon at all.
  if (paragraph.find(':') == std::string_view::npos) return std::nullopt;
  std::size_t found = std::string_view::npos, found_len = 0, found_word_end = 0;
  std::size_t depth = 0;
  for (std::size_t i = 0; i < paragraph.size(); ++i) {
    const char c = paragraph[i];
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (depth > 0 || (ascii::lower(c) != 'l' && ascii::lower(c) != 'c')) continue;
    if (i > 0 && !space_before(paragraph, i)) continue;  // a word's start only
    std::size_t word_end = 0;
    if (const std::size_t n = lead_keyword(paragraph, i, word_end)) {
      found = i;
      found_len = n;
      found_word_end = word_end;
    }
  }
  if (found == std::string_view::npos) return std::nullopt;
  std::string_view clause = trim(paragraph.substr(found));
  while (!clause.empty() && (clause.back() == '.' || clause.back() == ';')) clause = trim(clause.substr(0, clause.size() - 1));
  std::string_view owners = trim(clause.substr(found_len));
  if (owners.empty()) return std::nullopt;
  LeadClause lead{clause, {}};
  if (auto tag = read_tag(owners, out)) lead.tag = std::move(*tag);  // "Canada/2013": a deadline too
  else read_owner_region(owners, false, lead.tag);
  lead.tag.text = std::string(clause);
  lead.tag.role = collapse_whitespace(paragraph.substr(found, found_word_end - found));
  return lead;
}

bool lead_clause_continues(std::string_view clause) {
  clause = trim(clause);
  if (clause.empty()) return false;
  if (clause.back() == ',' || clause.back() == '&') return true;
  return clause.size() >= 4 && ascii::equals_ci(clause.substr(clause.size() - 4), " and");
}

}  // namespace mseg
