#include "citation.hpp"

#include <fmt/format.h>

#include <charconv>
#include <string>

#include "clean.hpp"
#include "patterns.hpp"

namespace mseg {
namespace {

// "Leaders’ Statement" and "Joint Ministerial" become "leaders-statement",
// "joint-ministerial": lowercase words joined by '-', apostrophes dropped.
std::string slug(std::string_view words) {
  std::string out;
  bool pending_dash = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(words[i]);
    if (c == '\'' || c == '`') continue;
    if (c == 0xE2 && i + 2 < words.size() && static_cast<unsigned char>(words[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(words[i + 2]) == 0x98 || static_cast<unsigned char>(words[i + 2]) == 0x99)) {
      i += 2;  // ‘ or ’
      continue;
    }
    if (is_space(words[i]) || c == '-') {
      pending_dash = !out.empty();
      continue;
    }
    if (pending_dash) out.push_back('-');
    pending_dash = false;
    out.push_back(c < 0x80 ? static_cast<char>(c | (c >= 'A' && c <= 'Z' ? 0x20 : 0)) : static_cast<char>(c));
  }
  return out;
}

}  // namespace

std::optional<Citation> read_citation(std::string_view group, Findings& out) {
  std::string_view inner = trim(group.substr(1, group.size() - 2));
  Citation c;
  c.text = std::string(group);
  if (RE2::FullMatch(inner, patterns::bogor_goal())) {
    c.kind = "bogor-goal";
    c.key = c.kind;
    return c;
  }
  re2::StringPiece issuer, document, year, pinpoint;
  if (RE2::FullMatch(inner, patterns::statement_citation(), &issuer, &document, &year, &pinpoint)) {
    std::string doc = slug(std::string_view(document));
    if (doc.rfind("communiqu", 0) == 0) doc = "communique";
    std::string issuer_slug = slug(std::string_view(issuer));
    c.kind = issuer_slug.empty() ? doc : issuer_slug + "-" + doc;
    int y = 0;
    std::from_chars(year.data(), year.data() + year.size(), y);
    c.year = y;
    c.key = fmt::format("{}-{}", c.kind, y);
    if (!pinpoint.empty()) c.pinpoint = std::string(pinpoint.data(), pinpoint.size());
    return c;
  }
  if (!RE2::PartialMatch(inner, patterns::citation_like())) return std::nullopt;
  c.kind = "unknown";
  re2::StringPiece found_year;
  if (RE2::PartialMatch(inner, patterns::year(), &found_year)) {
    int y = 0;
    std::from_chars(found_year.data(), found_year.data() + found_year.size(), y);
    c.year = y;
    c.key = fmt::format("unknown-{}", y);
  } else {
    c.key = "unknown";
  }
  out.push_back({Severity::warning, "unknown-citation",
                 fmt::format("citation '{}' has no known form; expected e.g. '(Ministerial Statement 2004)'", inner),
                 group});
  return c;
}

}  // namespace mseg
