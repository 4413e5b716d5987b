// duplicate-action: the same action twice in one plan, compared after the
// differences a copy-and-paste or retyping leaves (case, spacing, a final stop).
#include <fmt/format.h>

#include <unordered_map>

#include "findings.hpp"

namespace mseg::lint {
namespace {

std::string normalised(std::string_view text) {
  std::string out;
  out.reserve(text.size());
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
  return out;
}

}  // namespace

void check_duplicate_actions(const Plan& plan, Diagnostics& out) {
  struct First {
    const Action* action;
    std::string pointer;
  };
  std::unordered_map<std::string, First> seen;
  for (std::size_t s = 0; s < plan.sections.size(); ++s) {
    const auto& actions = plan.sections[s].actions;
    for (std::size_t a = 0; a < actions.size(); ++a) {
      std::string key = normalised(actions[a].text);
      if (key.empty()) continue;  // a tag with no action: the parser reports it
      std::string pointer = element_pointer(s, "actions", a);
      auto [it, fresh] = seen.try_emplace(std::move(key), First{&actions[a], pointer});
      if (fresh) continue;
      out.push_back(found(DiagnosticCode::duplicate_action,
                     fmt::format("action {} repeats action {}", actions[a].id, it->second.action->id), actions[a].span,
                     std::move(pointer), Note{"first here", it->second.action->span, it->second.pointer}));
    }
  }
}

}  // namespace mseg::lint
