// duplicate-action: the same action twice in one plan, compared after the
// differences a copy-and-paste or retyping leaves (case, spacing, a final stop).
#include <fmt/format.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/fnv.hpp"
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

namespace rule {

void DuplicateActions::section(const Section& sec, std::size_t s, Diagnostics& out) {
  // Each distinct text is remembered by its hashes and where it first stood,
  // not by a normalised copy: the index of a plan of 100,000 actions was larger
  // than the plan's text, and validate no longer holds the earlier sections to
  // compare with (issue 20 item 12).
  const auto& actions = sec.actions;
  for (std::size_t a = 0; a < actions.size(); ++a) {
    normalise(actions[a].text, key_);
    if (key_.empty()) continue;  // a tag with no action: the parser reports it
    const std::uint64_t hash = std::hash<std::string_view>{}(key_);
    // A second hash, independent of std::hash's: two texts that differ but agree in both are as unlikely as a
    // 128-bit collision.
    const std::uint64_t check = fnv::hash(key_);
    const First* first = nullptr;
    for (auto [it, end] = seen_.equal_range(hash); it != end && !first; ++it)
      if (it->second.check == check) first = &it->second;
    if (!first) {
      seen_.emplace(hash, First{check, static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(a), actions[a].id,
                                actions[a].span});
      continue;
    }
    out.push_back(found(DiagnosticCode::duplicate_action, fmt::format("action {} repeats action {}", actions[a].id, first->id),
                        actions[a].span, element_pointer(s, "actions", a),
                        Note{"first here", first->span, element_pointer(first->section, "actions", first->action)}));
  }
}

}  // namespace rule
}  // namespace mseg::lint
