// duplicate-action: the same action twice in one plan, compared after the
// differences a copy-and-paste or retyping leaves (case, spacing, a final stop).
#include <fmt/format.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "findings.hpp"

namespace mseg::lint {
namespace {

// `text` as compared, into `out` (a buffer reused from action to action).
void normalise(std::string_view text, std::string& out) {
  out.clear();
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
  while (!out.empty() && (out.back() == '.' || out.back() == ';' || out.back() == ',' || out.back() == ' '))
    out.pop_back();
}

}  // namespace

void check_duplicate_actions(const Plan& plan, Diagnostics& out) {
  // Each distinct text is remembered by its hash and where it first stood, not
  // by a normalised copy: the index of a plan of 100,000 actions was larger
  // than the plan's text (issue 20 item 12). Equal hashes are compared in full.
  struct First {
    std::uint32_t section, action;
  };
  std::unordered_multimap<std::uint64_t, First> seen;
  std::string key, other;
  for (std::size_t s = 0; s < plan.sections.size(); ++s) {
    const auto& actions = plan.sections[s].actions;
    for (std::size_t a = 0; a < actions.size(); ++a) {
      normalise(actions[a].text, key);
      if (key.empty()) continue;  // a tag with no action: the parser reports it
      const std::uint64_t hash = std::hash<std::string_view>{}(key);
      const First* first = nullptr;
      for (auto [it, end] = seen.equal_range(hash); it != end && !first; ++it) {
        normalise(plan.sections[it->second.section].actions[it->second.action].text, other);
        if (other == key) first = &it->second;
      }
      if (!first) {
        seen.emplace(hash, First{static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(a)});
        continue;
      }
      const Action& earlier = plan.sections[first->section].actions[first->action];
      out.push_back(found(DiagnosticCode::duplicate_action,
                          fmt::format("action {} repeats action {}", actions[a].id, earlier.id), actions[a].span,
                          element_pointer(s, "actions", a),
                          Note{"first here", earlier.span, element_pointer(first->section, "actions", first->action)}));
    }
  }
}

}  // namespace mseg::lint
