// numbering: section numbers 1, 2, 3; directive letters 1A, 1B, 1C within a
// section; priority numbers 1.1, 1.2 within a section. Reports a number that
// repeats one before it, comes after a higher one, or leaves a gap.
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <functional>
#include <unordered_map>

#include "findings.hpp"

namespace mseg::lint {

Span leading_span(const Span& span, std::size_t chars, const std::string& encoding) {
  Span s = span;
  const auto n = static_cast<std::uint32_t>(chars);
  s.end_line = s.line;
  s.end_column = s.column + n;
  const bool utf16 = encoding == "utf-16le" || encoding == "utf-16be";
  s.length = std::min<std::uint64_t>(span.length, utf16 ? 2 * chars : chars);
  return s;
}

namespace {

struct Numbered {
  int value;
  std::string written;  // as in the plan: "1D"
  Span span;
  std::string pointer;
};

std::optional<int> whole_number(std::string_view s) {
  int v = 0;
  if (s.empty() || s.size() > 4) return std::nullopt;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (r.ec != std::errc() || r.ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

// Checks that values run 1, 2, 3... `label` writes a value as the plan would.
void check_sequence(const std::vector<Numbered>& items, const char* what, const std::function<std::string(int)>& label,
                    Diagnostics& out) {
  int highest = 0;
  std::unordered_map<int, std::size_t> seen;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Numbered& it = items[i];
    if (auto first = seen.find(it.value); first != seen.end()) {
      const Numbered& f = items[first->second];
      out.push_back(found(DiagnosticCode::numbering, fmt::format("{} {} is used twice", what, it.written), it.span, it.pointer,
                     Note{"first here", f.span, f.pointer}));
    } else if (it.value < highest) {
      out.push_back(found(DiagnosticCode::numbering, fmt::format("{} {} comes after {}: out of order", what, it.written, label(highest)),
                     it.span, it.pointer));
    } else if (it.value > highest + 1) {
      std::string missing = it.value == highest + 2
                                ? label(highest + 1) + " is missing"
                                : fmt::format("{} to {} are missing", label(highest + 1), label(it.value - 1));
      std::string after = highest == 0 ? "comes first" : "follows " + label(highest);
      out.push_back(found(DiagnosticCode::numbering, fmt::format("{} {} {}: {}", what, it.written, after, missing), it.span, it.pointer));
    }
    seen.emplace(it.value, i);
    highest = std::max(highest, it.value);
  }
}

std::string letter(int v) {
  return v >= 1 && v <= 26 ? std::string(1, static_cast<char>('A' + v - 1)) : std::to_string(v);
}

void check_sections(const Plan& plan, Diagnostics& out) {
  std::vector<Numbered> items;
  for (std::size_t s = 0; s < plan.sections.size(); ++s) {
    const Section& sec = plan.sections[s];
    if (!sec.number) continue;
    auto v = whole_number(*sec.number);
    if (!v) continue;
    Span where = sec.span;
    for (const auto& d : sec.directives) {
      if (d.number && d.number->starts_with(*sec.number)) {
        where = leading_span(d.span, sec.number->size(), plan.source.encoding);
        break;
      }
    }
    items.push_back({*v, *sec.number, where, section_pointer(s) + "/number"});
  }
  check_sequence(
      items, "section", [](int v) { return std::to_string(v); }, out);
}

void check_directives(const Plan& plan, std::size_t s, Diagnostics& out) {
  const Section& sec = plan.sections[s];
  std::vector<Numbered> items;
  std::string digits;
  for (std::size_t k = 0; k < sec.directives.size(); ++k) {
    const Directive& d = sec.directives[k];
    if (!d.number || d.number->empty()) continue;
    const std::string& n = *d.number;
    std::size_t split = 0;
    while (split < n.size() && n[split] >= '0' && n[split] <= '9') ++split;
    const std::string pointer = element_pointer(s, "directives", k) + "/number";
    const Span where = leading_span(d.span, n.size(), plan.source.encoding);
    const std::string own = n.substr(0, split);
    const std::string& expected = sec.number ? *sec.number : (digits.empty() ? own : digits);
    if (digits.empty()) digits = expected;
    if (own != expected) {
      out.push_back(found(DiagnosticCode::numbering, fmt::format("directive {} stands in section {}", n, expected), where, pointer));
      continue;
    }
    if (split + 1 != n.size()) continue;                 // "4": a section with a single directive needs no letter
    const char c = static_cast<char>(n[split] & ~0x20);  // ASCII upper case
    if (c < 'A' || c > 'Z') continue;
    items.push_back({c - 'A' + 1, n, where, pointer});
  }
  check_sequence(
      items, "directive", [&](int v) { return digits + letter(v); }, out);
}

void check_priorities(const Plan& plan, std::size_t s, Diagnostics& out) {
  const Section& sec = plan.sections[s];
  std::vector<Numbered> items;
  std::string major;
  for (std::size_t k = 0; k < sec.priorities.size(); ++k) {
    const Priority& p = sec.priorities[k];
    if (!p.number) continue;
    const std::string& n = *p.number;
    const auto dot = n.find('.');
    if (dot == std::string::npos) continue;
    auto minor = whole_number(std::string_view(n).substr(dot + 1));
    if (!minor) continue;
    const std::string own = n.substr(0, dot);
    const std::string pointer = element_pointer(s, "priorities", k) + "/number";
    const Span where = leading_span(p.span, n.size(), plan.source.encoding);
    const std::string expected = sec.number ? *sec.number : (major.empty() ? own : major);
    if (major.empty()) major = expected;
    if (own != expected) {
      out.push_back(found(DiagnosticCode::numbering, fmt::format("priority {} stands in section {}", n, expected), where, pointer));
      continue;
    }
    items.push_back({*minor, n, where, pointer});
  }
  check_sequence(
      items, "priority", [&](int v) { return fmt::format("{}.{}", major, v); }, out);
}

}  // namespace

void check_numbering(const Plan& plan, Diagnostics& out) {
  check_sections(plan, out);
  for (std::size_t s = 0; s < plan.sections.size(); ++s) {
    check_directives(plan, s, out);
    check_priorities(plan, s, out);
  }
}

}  // namespace mseg::lint
