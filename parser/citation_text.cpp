// The registry's lookups from a citation's written words ("Ministerial
// Statement 2007"): declared with the registry (<mseg/registry.hpp>) but
// defined here, because reading the words is the parser's citation reader's
// job, and the registry (cite/) does not reach into the parser's headers.
#include <mseg/registry.hpp>

#include <fmt/format.h>

#include "base/slug.hpp"
#include "citation.hpp"
#include "finding.hpp"

namespace mseg::cite {

Resolution Registry::resolve_text(std::string_view written) const {
  Findings ignored;
  const std::string group = fmt::format("({})", written);
  if (auto c = read_citation(group, ignored)) return resolve(*c);
  Resolution out;
  if (auto it = by_form_.find(slug(written)); it != by_form_.end()) out.entry = &entries_[it->second];
  return out;
}

std::optional<std::string> citation_key(std::string_view written) {
  Findings ignored;
  const std::string group = fmt::format("({})", written);
  auto c = read_citation(group, ignored);
  if (!c || c->kind == "unknown") return std::nullopt;
  return c->key;
}

}  // namespace mseg::cite
