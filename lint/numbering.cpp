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

namespace rule {

void Sequence::add(Numbered it, Diagnostics& out) {
  if (auto first = first_.find(it.value); first != first_.end()) {
    const Numbered& f = first->second;
    out.push_back(found(DiagnosticCode::numbering, fmt::format("{} {} is used twice", what_, it.written), it.span, it.pointer,
                        Note{"first here", f.span, f.pointer}));
    return;
  }
  if (it.value < highest_) {
    out.push_back(found(DiagnosticCode::numbering,
                        fmt::format("{} {} comes after {}: out of order", what_, it.written, label_(highest_)), it.span,
                        it.pointer));
  } else if (it.value > highest_ + 1) {
    std::string missing = it.value == highest_ + 2
                              ? label_(highest_ + 1) + " is missing"
                              : fmt::format("{} to {} are missing", label_(highest_ + 1), label_(it.value - 1));
    std::string after = highest_ == 0 ? "comes first" : "follows " + label_(highest_);
    out.push_back(found(DiagnosticCode::numbering, fmt::format("{} {} {}: {}", what_, it.written, after, missing), it.span,
                        it.pointer));
  }
  highest_ = std::max(highest_, it.value);
  first_.emplace(it.value, std::move(it));
}

}  // namespace rule

namespace {

using rule::Numbered;

std::optional<int> whole_number(std::string_view s) {
  int v = 0;
  if (s.empty() || s.size() > 4) return std::nullopt;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (r.ec != std::errc() || r.ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

std::string letter(int v) {
  return v >= 1 && v <= 26 ? std::string(1, static_cast<char>('A' + v - 1)) : std::to_string(v);
}

std::size_t utf8_chars(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// The start of an unnumbered directive's text that reads as a damaged number, "1d)", "1D/", "ID.", "D.", "1 D"
// (a helper's finding: the last directive of a section, so typed, had no number, and nothing was said, where the
// same slip before another directive showed as a gap), "¹1B."; empty when it starts otherwise ("Ministers", "2008
// saw").
std::string_view damaged_number(std::string_view text) {
  const auto word_at = [&](std::size_t from) {
    const std::size_t end = std::min(text.find(' ', from), text.size());
    return text.substr(from, end - from);
  };
  const std::string_view word = word_at(0);
  std::string_view bare = word;
  // A footnote's mark before the number ("¹1B.", a Word superscript): the number after it, said at both.
  for (bool marked = true; marked;) {
    marked = false;
    for (std::string_view mark : {"\u00B9", "\u00B2", "\u00B3", "*", "\u2020", "\u2021"})
      if (bare.size() > mark.size() && bare.starts_with(mark)) bare.remove_prefix(mark.size()), marked = true;
  }
  const bool stop = !bare.empty() && std::string_view(".):/").find(bare.back()) != std::string_view::npos;
  if (stop) bare.remove_suffix(1);
  // One or two digits, then a letter or none: "1d", "4"; never a year ("2008:"), nor a name ("G20", "TMM4").
  std::size_t digits = 0;
  while (digits < bare.size() && bare[digits] >= '0' && bare[digits] <= '9') ++digits;
  const auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  if (digits > 0 && digits <= 2) {
    if (digits + 1 == bare.size() && letter(bare.back())) return word;  // "1d)", "1D/", "12B"
    if (digits == bare.size() && stop) return word;                     // "4)"
    if (digits == bare.size() && word.size() < text.size()) {           // "1 D Ministers", not "10 A ministers"
      const std::string_view next = word_at(word.size() + 1);
      const std::string_view after = word.size() + 3 < text.size() ? word_at(word.size() + 3) : std::string_view();
      if (next.size() == 1 && next[0] >= 'A' && next[0] <= 'Z' && !after.empty() && after[0] >= 'A' && after[0] <= 'Z')
        return text.substr(0, word.size() + 2);
    }
    return {};
  }
  // One or two capitals and a stop: "ID.", "D."
  if (digits == 0 && stop && !bare.empty() && bare.size() <= 2 &&
      std::all_of(bare.begin(), bare.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return word;
  return {};
}

// The start of an unnumbered section's first directive that reads as its number, written otherwise than the
// plan's: "(4) Implement", "4 Implement", "4) Implement" (a helper's finding: the plan's last section
// so written had no number, and nothing said it, where before another section the gap showed); empty otherwise.
std::string_view section_number_written(std::string_view text) {
  // "(4)", "4", "4)", "4:", "4D.", "4d)": one or two digits, a letter or none, a stop or none; only digits need be
  // there (a wrapped "EC)" or "4m tonnes" is no number).
  const bool open = text.starts_with('(');
  std::size_t i = open ? 1 : 0;
  const std::size_t first = i;
  while (i < text.size() && i - first < 3 && text[i] >= '0' && text[i] <= '9') ++i;
  if (i == first || i - first > 2) return {};
  const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  const bool lettered = i < text.size() && (upper(text[i]) || (text[i] >= 'a' && text[i] <= 'z'));
  if (lettered) ++i;
  const bool stop = i < text.size() && std::string_view(open ? ")" : ".):/").find(text[i]) != std::string_view::npos;
  if (stop) ++i;
  if ((open && !stop) || (lettered && !stop && !upper(text[i - 1]))) return {};
  // A space and a capital after it: "4 Implement", not "2008 saw", "4 economies", "(4)".
  if (i + 1 >= text.size() || text[i] != ' ' || !upper(text[i + 1])) return {};
  return text.substr(0, i);
}

void check_directives(const Section& sec, std::size_t s, const std::string& encoding, Diagnostics& out) {
  std::vector<Numbered> items;
  const bool any_numbered = std::any_of(sec.directives.begin(), sec.directives.end(),
                                        [](const Directive& d) { return d.number && !d.number->empty(); });
  std::string before;  // the number of the last numbered directive so far, "1C"
  std::string digits;
  std::string dot;  // "." when the section's first lettered directive is "1.A", so that a missing one is "1.B"
  for (std::size_t k = 0; k < sec.directives.size(); ++k) {
    const Directive& d = sec.directives[k];
    if ((!d.number || d.number->empty()) && any_numbered) {
      if (const std::string_view damaged = damaged_number(d.text); !damaged.empty()) {
        // The number the one before suggests ("1D" after "1C"), or the section's first.
        std::string next = before.empty() ? (sec.number ? *sec.number : std::string("1")) + "A" : before;
        if (before.empty()) {
        } else if ((next.back() >= 'A' && next.back() < 'Z') || (next.back() >= 'a' && next.back() < 'z')) {
          ++next.back();  // "1D" after "1C", "1b" after "1a"
        } else if (const auto n = whole_number(next)) {
          next = std::to_string(*n + 1);  // "2" after "1"
        }
        out.push_back(found(DiagnosticCode::numbering,
                            fmt::format("directive with no number where the section's others have one: '{}' was "
                                        "read as the start of its text; if it is the number, write it as the others "
                                        "are ('{}.')",
                                        damaged, next),
                            leading_span(d.span, utf8_chars(damaged), encoding),
                            element_pointer(s, "directives", k) + "/text"));
      }
    }
    if (!d.number || d.number->empty()) continue;
    const std::string& n = *d.number;
    before = n;
    std::size_t split = 0;
    while (split < n.size() && n[split] >= '0' && n[split] <= '9') ++split;
    const std::string pointer = element_pointer(s, "directives", k) + "/number";
    const Span where = leading_span(d.span, n.size(), encoding);
    const std::string own = n.substr(0, split);
    const std::string& expected = sec.number ? *sec.number : (digits.empty() ? own : digits);
    if (digits.empty()) digits = expected;
    if (own != expected) {
      out.push_back(found(DiagnosticCode::numbering, fmt::format("directive {} stands in section {}", n, expected), where, pointer));
      continue;
    }
    const bool dotted = split + 2 == n.size() && n[split] == '.';  // "1.A"
    const std::size_t at = split + (dotted ? 1 : 0);
    if (at + 1 != n.size()) continue;                 // "4": a section with a single directive needs no letter
    const char c = static_cast<char>(n[at] & ~0x20);  // ASCII upper case
    if (c < 'A' || c > 'Z') continue;
    if (items.empty() && dotted) dot = ".";
    items.push_back({c - 'A' + 1, n, where, pointer});
  }
  // After the loop, as the label's digits are the section's.
  rule::Sequence sequence("directive", [&](int v) { return digits + dot + letter(v); });
  for (Numbered& it : items) sequence.add(std::move(it), out);
}

void check_priorities(const Section& sec, std::size_t s, const std::string& encoding, Diagnostics& out) {
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
    const Span where = leading_span(p.span, n.size(), encoding);
    const std::string expected = sec.number ? *sec.number : (major.empty() ? own : major);
    if (major.empty()) major = expected;
    if (own != expected) {
      out.push_back(found(DiagnosticCode::numbering, fmt::format("priority {} stands in section {}", n, expected), where, pointer));
      continue;
    }
    items.push_back({*minor, n, where, pointer});
  }
  rule::Sequence sequence("priority", [&](int v) { return fmt::format("{}.{}", major, v); });
  for (Numbered& it : items) sequence.add(std::move(it), out);
}

}  // namespace

namespace rule {

Numbering::Numbering(std::string encoding)
    : encoding_(std::move(encoding)), sections_("section", [](int v) { return std::to_string(v); }) {}

void Numbering::section(const Section& sec, std::size_t s, Diagnostics& sections, Diagnostics& elements) {
  if (sec.number) {
    if (auto v = whole_number(*sec.number)) {
      // The section's number is where its first directive writes it.
      Span where = sec.span;
      for (const auto& d : sec.directives) {
        if (d.number && d.number->starts_with(*sec.number)) {
          where = leading_span(d.span, sec.number->size(), encoding_);
          break;
        }
      }
      sections_.add({*v, *sec.number, where, section_pointer(s) + "/number"}, sections);
      last_section_ = std::max(last_section_, *v);
    }
  } else if (last_section_ > 0 && !sec.directives.empty()) {
    if (const Directive& d = sec.directives.front(); !d.number || d.number->empty()) {
      // Only the number that comes next: "21 APEC member economies will ..." is a count (a review's finding).
      const std::string_view written = section_number_written(d.text);
      std::string_view digits = written.substr(written.starts_with('(') ? 1 : 0);
      digits = digits.substr(0, std::min(digits.find_first_not_of("0123456789"), digits.size()));
      if (!written.empty() && whole_number(digits) == last_section_ + 1)
        sections.push_back(found(DiagnosticCode::numbering,
                                 fmt::format("section with no number after section {}: '{}' was read as the start of "
                                             "its first directive's text; if it is the number, write it as the "
                                             "others are ('{}.')",
                                             last_section_, written, last_section_ + 1),
                                 leading_span(d.span, utf8_chars(written), encoding_),
                                 element_pointer(s, "directives", 0) + "/text"));
    }
  }
  check_directives(sec, s, encoding_, elements);
  check_priorities(sec, s, encoding_, elements);
}

}  // namespace rule

}  // namespace mseg::lint
