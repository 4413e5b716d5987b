#include "parens.hpp"

#include "base/ascii.hpp"
#include "base/bytes16.hpp"
#include "clean.hpp"

namespace mseg {

TrailingGroups trailing_groups(std::string_view s, std::string_view skip) {
  TrailingGroups out;
  trailing_groups(s, skip, out, false);
  return out;
}

void trailing_groups(std::string_view s, std::string_view skip, TrailingGroups& out, bool joined) {
  out.groups.clear();
  std::size_t end = s.size();
  bool first = true;
  for (;;) {
    std::size_t e = end;
    // White space, the no-break space and the invisible marks an edit leaves ("(Bogor Goal)\u200F": a helper's
    // finding, the citation stayed in the directive's text) end no text.
    for (;;) {
      if (e > 0 && (is_space(s[e - 1]) || (first && skip.find(s[e - 1]) != std::string_view::npos))) --e;
      else if (space_before(s, e)) e -= 2;
      else if (e >= 3 && invisible_at(s, e - 3) == 3) e -= 3;
      else if (e >= 2 && invisible_at(s, e - 2) == 2) e -= 2;  // a soft hyphen (a review's finding: the tag unread)
      else break;
    }
    if (joined && !first && e > 0) {
      // "(Australia/March 2008); (Japan/June 2008)", ", ", " and ", " & ": one joiner between two groups; and ". "
      // ("(Ministerial Statement 2004). (Bogor Goal)": a helper's finding, the first left in the text, unsaid).
      std::size_t j = e;
      if (s[j - 1] == ',' || s[j - 1] == ';' || s[j - 1] == '&' || s[j - 1] == '.') {
        --j;
      } else if (j >= 4 && is_space(s[j - 4]) && (s[j - 3] | 0x20) == 'a' && (s[j - 2] | 0x20) == 'n' &&
                 (s[j - 1] | 0x20) == 'd') {
        j -= 3;
      }
      if (j != e) {
        while (j > 0 && is_space(s[j - 1])) --j;
        if (j > 0 && s[j - 1] == ')') e = j;
      }
    }
    if (e == 0 || s[e - 1] != ')') break;
    int depth = 0;
    std::size_t open = std::string_view::npos;
    for (std::size_t i = e; i-- > 0;) {
      if (s[i] == ')') {
        ++depth;
      } else if (s[i] == '(') {
        if (--depth == 0) {
          open = i;
          break;
        }
      }
    }
    if (open == std::string_view::npos) break;  // unbalanced: reported by unbalanced_paren
    out.groups.push_back(s.substr(open, e - open));
    end = open;
    first = false;
  }
  out.rest = s.substr(0, end);
}

namespace {

// Where a footnote mark that ends s[0, end) starts: one to three of '*', '†', '‡' and the superscript digits, or
// one or two digits, a caret perhaps before them; or one or two digits, a lower-case letter or '*' in square
// brackets, or digits in parentheses. `end` when there is none.
std::size_t mark_start(std::string_view s, std::size_t end) {
  const std::size_t none = end;
  std::size_t marks = 0;
  const auto is = [&](std::string_view mark) {
    if (end < mark.size() || s.substr(end - mark.size(), mark.size()) != mark) return false;
    end -= mark.size();
    return true;
  };
  // Superscripts: ¹ ² ³ in Latin-1's block, the others from U+2070.
  static constexpr std::string_view kMarks[] = {"*", "\u2020", "\u2021", "\u00B9", "\u00B2", "\u00B3", "\u2070",
                                                "\u2074", "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
  while (marks < 3) {
    bool found = false;
    for (std::string_view m : kMarks)
      if (is(m)) {
        found = true;
        break;
      }
    if (!found) break;
    ++marks;
  }
  if (marks == 0)
    while (marks < 2 && end > 0 && s[end - 1] >= '0' && s[end - 1] <= '9') --end, ++marks;
  if (marks > 0 && end > 0 && s[end - 1] == '^') --end;  // "^1": a superscript typed as TeX and e-mail write it
  if (marks == 0) {
    // A mark in brackets, where the superscript was never one: "[1]", "[a]", "[*]", "(2)".
    const auto bracketed = [&](char open, char close) {
      if (end < 3 || s[end - 1] != close) return false;
      std::size_t k = end - 1;
      while (k > 0 && end - 1 - k < 2 && ascii::digit(s[k - 1])) --k;
      const std::size_t inside = end - 1 - k;
      if (inside == 0 && k > 0 && (ascii::is_lower(s[k - 1]) || (open == '[' && s[k - 1] == '*'))) --k;
      if (k == end - 1 || k == 0 || s[k - 1] != open) return false;
      end = k - 1;
      return true;
    };
    if (!bracketed('[', ']') && !bracketed('(', ')')) return none;
  }
  return end;
}

}  // namespace

std::size_t footnote_mark_after_group(std::string_view s) {
  std::size_t end = s.size();
  // The sentence's stop after the mark, spaces before it: "(Japan/March 2008)¹.", "(Japan/March 2008) 1 ." (a Word
  // footnote's mark before the stop, as the .docx and PDF readers part it; a helper's finding: the tag was lost,
  // an action-without-tag warning). The stop goes with the mark.
  if (end > 1 && (s[end - 1] == '.' || s[end - 1] == ';')) {
    --end;
    while (end > 0 && s[end - 1] == ' ') --end;
  }
  const std::size_t start = mark_start(s, end);
  if (start == end) return 0;
  end = start;
  // A space before the mark, as one typed by hand stands apart: "(Ministerial Statement 2007) [1]".
  std::size_t group_end = end;
  while (group_end > 0 && s[group_end - 1] == ' ') --group_end;
  // After the sentence's stop: "(Leaders' Statement 2005). 2", "(Japan/2008).¹" (a helper's finding: a Word
  // footnote's mark there, printed to PDF, left the citation in the directive's text, unsaid). The stop stays.
  if (group_end > 1 && (s[group_end - 1] == '.' || s[group_end - 1] == ';') && s[group_end - 2] == ')')
    return s.size() - group_end;
  return group_end > 0 && s[group_end - 1] == ')' ? s.size() - group_end : 0;
}

std::size_t footnote_mark_at_end(std::string_view s) {
  std::size_t start = mark_start(s, s.size());
  if (start == s.size()) return 0;
  while (start > 0 && s[start - 1] == ' ') --start;
  return s.size() - start;
}

std::string_view take_footnote_mark(std::string_view& s) {
  const std::string_view e = trim_end(s);
  const std::size_t m = footnote_mark_after_group(e);
  if (m == 0) return {};
  s = e.substr(0, e.size() - m);
  return e.substr(e.size() - m);
}

std::optional<GroupThenText> last_group_then_text(std::string_view s) {
  const std::size_t close = s.rfind(')');
  if (close == std::string_view::npos || close + 1 >= s.size()) return std::nullopt;
  const std::string_view after = s.substr(close + 1);
  if (after.find('(') != std::string_view::npos || trim(after).empty()) return std::nullopt;
  int depth = 0;
  for (std::size_t i = close + 1; i-- > 0;) {
    if (s[i] == ')') {
      ++depth;
    } else if (s[i] == '(' && --depth == 0) {
      return GroupThenText{s.substr(i, close + 1 - i), after};
    }
  }
  return std::nullopt;
}

std::optional<std::size_t> unbalanced_paren(std::string_view s) {
  // The earliest unclosed '(' is the one where the depth last rose from zero.
  std::size_t depth = 0;
  std::size_t outermost = 0;
  const auto step = [&](std::size_t i) -> bool {  // false: a ')' closes nothing
    if (s[i] == '(') {
      if (depth++ == 0) outermost = i;
    } else {
      if (depth == 0) return false;
      --depth;
    }
    return true;
  };
  const char* const p = s.data();
  const std::size_t n = s.size();
  std::size_t i = 0;
  // Sixteen bytes at a time, visiting only the parentheses each block holds:
  // every action ends in a tag, so most blocks near the end of one hold some.
  for (; n - i >= 16; i += 16) {
    for (std::uint32_t m = bytes16::equal(p + i, '(') | bytes16::equal(p + i, ')'); m != 0; m &= m - 1) {
      const std::size_t at = i + bytes16::first(m);
      if (!step(at)) return at;
    }
  }
  for (; i < n; ++i)
    if ((s[i] == '(' || s[i] == ')') && !step(i)) return i;
  if (depth > 0) return outermost;
  return std::nullopt;
}

}  // namespace mseg
