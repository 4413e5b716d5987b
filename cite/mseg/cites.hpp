// `mseg cites`: the registry as a table, or which directives of plans rest on
// which document and which citations resolve to nothing (docs/citations.md).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include <mseg/plan.hpp>
#include <mseg/registry.hpp>

namespace mseg::cite {

enum class ReportFormat { text, json, markdown };

// One plan to report on, and the name the report gives it.
struct PlanInput {
  std::string source;
  const Plan* plan = nullptr;
};

// A directive's citation, where it stands.
struct CitingDirective {
  std::string source;          // the plan
  const Directive* directive = nullptr;
  const Citation* citation = nullptr;
};

// A document and the directives that rest on it, in plan order.
struct DocumentUse {
  std::shared_ptr<const CitationSource> source;
  const Entry* entry = nullptr;  // null when the registry no longer has the key plan JSON names
  std::vector<CitingDirective> directives;
};

struct UnresolvedUse {
  CitingDirective at;
  std::string reason;  // "no Transportation Ministerial Meeting was held in 2005", "not in the registry"...
};

struct CitesReport {
  std::size_t plans = 0;
  std::size_t citations = 0;
  std::vector<DocumentUse> documents;  // in order of first citation
  std::vector<UnresolvedUse> unresolved;
};

// Resolves every citation of the plans; plan JSON's own `source` is kept.
CitesReport cites_report(const std::vector<PlanInput>& plans, const Registry& registry);

std::string format_report(const CitesReport& report, ReportFormat format);

// The registry itself: a table (text, width columns), markdown, or registry
// JSON that a user's .mseg/registry.json can start from.
std::string format_registry(const Registry& registry, ReportFormat format, int width);

}  // namespace mseg::cite
