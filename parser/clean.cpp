#include "clean.hpp"

#include "base/bytes16.hpp"
#include "base/bytes8.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace mseg {

std::string_view trim(std::string_view s) {
  std::size_t b = 0;
  // Columns padded with spaces (`pdftotext -layout`) start lines with long runs: skip them sixteen at a time.
  while (s.size() - b >= 16 && bytes16::equal(s.data() + b, ' ') == 0xFFFF) b += 16;
  // Soft hyphens too, invisible (a review's finding: a line of one was an element of empty text once collapsed).
  while (b < s.size()) {
    std::size_t n = space_at(s, b);
    if (n == 0 && s[b] == '\xC2' && b + 1 < s.size() && s[b + 1] == '\xAD') n = 2;
    if (n == 0) break;
    b += n;
  }
  return trim_end(s.substr(b));
}

std::string_view trim_end(std::string_view s) {
  while (s.size() >= 16 && bytes16::equal(s.data() + s.size() - 16, ' ') == 0xFFFF) s.remove_suffix(16);
  for (;;) {
    if (!s.empty() && space_before(s, s.size())) s.remove_suffix(space_at(s, s.size() - 1) ? 1 : 2);
    else if (s.size() >= 2 && s.ends_with("\xC2\xAD")) s.remove_suffix(2);
    else break;
  }
  return s;
}

namespace {

// Whether the eight bytes in w can be copied as they are: no white space but
// single spaces, none of them right after a space already written. May say
// no wrongly (a rare "borrow" in the tests), which only costs the slow path.
bool plain_word(std::uint64_t w, bool after_space) {
  using namespace bytes8;
  // Tabs, line ends and other controls below ' ', or 0xC2 (a no-break space's first byte).
  if (any_below(w, 0x20) | any_equal(w, 0xC2)) return false;
  const std::uint64_t spaces = which_equal(w, ' ');
  return (spaces & (spaces >> 8)) == 0 && !(after_space && (spaces & 0x80) != 0);
}

}  // namespace

void append_collapsed(std::string& out, std::string_view s) {
  s = trim(s);
  // Collapsing only shortens: write into room for all of s through a raw
  // pointer, then cut to what was written. Plain text goes sixteen or eight
  // bytes at a time; only the words holding something to collapse go byte by
  // byte.
  const std::size_t at = out.size();
  out.resize(at + s.size());
  char* d = out.data() + at;
  const char* p = s.data();
  const std::size_t n = s.size();
  std::size_t i = 0;
  bool after_space = true;  // the last byte written is a space, or none is yet (a soft hyphen may start `s`)
  while (i < n) {
    if (n - i >= 16) {
      const char* b = p + i;
      const std::uint32_t odd = bytes16::below(b, 0x20) | bytes16::equal(b, 0xC2);
      const std::uint32_t spaces = bytes16::equal(b, ' ');
      if (odd == 0 && (spaces & (spaces >> 1)) == 0 && !(after_space && (spaces & 1) != 0)) {
        std::memcpy(d, b, 16);
        d += 16;
        i += 16;
        after_space = (spaces >> 15) != 0;
        continue;
      }
    }
    if (n - i >= 8) {
      const std::uint64_t w = bytes8::load(p + i);
      if (plain_word(w, after_space)) {
        std::memcpy(d, &w, sizeof w);
        d += 8;
        i += 8;
        after_space = (w >> 56) == ' ';
        continue;
      }
    }
    std::size_t k = space_at(s, i);
    if (k == 0 && p[i] == '\xC2' && i + 1 < n && p[i + 1] == '\xAD') {
      // A soft hyphen (U+00AD) shows only where a line breaks: nothing in the words, as the .docx reader reads
      // Word's (a helper's finding: text pasted from a PDF kept it, so "Implemen\u00ADtation" matched no query).
      i += 2;
      continue;
    }
    if (k == 0) {
      *d++ = p[i++];
      after_space = false;
      continue;
    }
    do i += k; while (i < n && (k = space_at(s, i)) != 0);
    // Trimmed, so a run of white space always has a word after it.
    if (!after_space) *d++ = ' ';
    after_space = true;
  }
  if (after_space && d > out.data() + at) --d;  // white space before a soft hyphen that ended `s`
  out.resize(static_cast<std::size_t>(d - out.data()));
}

namespace {

// The length of a space other than ASCII's or U+00A0 at s[i] (U+2000..U+200B, U+202F, U+205F, U+3000), or 0.
std::size_t wide_space_at(std::string_view s, std::size_t i) {
  if (i + 2 >= s.size()) return 0;
  const auto a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(s[i + 1]),
             c = static_cast<unsigned char>(s[i + 2]);
  const bool space = (a == 0xE2 && b == 0x80 && ((c >= 0x80 && c <= 0x8B) || c == 0xAF)) ||
                     (a == 0xE2 && b == 0x81 && c == 0x9F) || (a == 0xE3 && b == 0x80 && c == 0x80);
  return space ? 3 : 0;
}

std::size_t unseen_at(std::string_view s, std::size_t i) {
  if (const std::size_t n = space_at(s, i)) return n;
  if (const std::size_t n = wide_space_at(s, i)) return n;
  return invisible_at(s, i);
}

}  // namespace

std::string_view trim_unseen(std::string_view s) {
  for (std::size_t n; !s.empty() && (n = unseen_at(s, 0)) != 0;) s.remove_prefix(n);
  // From the end: the last character's start is one, two or three bytes back (every unseen one is ASCII or two or
  // three bytes long).
  for (bool cut = true; cut && !s.empty();) {
    cut = false;
    for (std::size_t back = 1; back <= 3 && back <= s.size() && !cut; ++back)
      if (const std::size_t n = unseen_at(s, s.size() - back); n == back) s.remove_suffix(back), cut = true;
  }
  return s;
}

bool plain_spaces(std::string_view s, std::string& out, std::vector<std::size_t>* at) {
  if (s.find_first_of("\xC2\xE2\xE3\xEF") == std::string_view::npos) return false;
  std::string r;
  std::vector<std::size_t> where;
  bool any = false;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t space = space_at(s, i) == 2 ? 2 : wide_space_at(s, i);  // U+00A0, or a wide one
    if (space) {
      where.push_back(i), r.push_back(' '), i += space, any = true;
    } else if (const std::size_t mark = invisible_at(s, i)) {
      i += mark, any = true;
    } else {
      where.push_back(i), r.push_back(s[i]), ++i;
    }
  }
  if (!any) return false;
  where.push_back(s.size());
  out = std::move(r);
  if (at) *at = std::move(where);
  return true;
}

std::string slashes_as_spaces(std::string_view s) {
  std::string spaced(s);
  std::replace(spaced.begin(), spaced.end(), '/', ' ');
  return collapse_whitespace(spaced);
}

std::string collapse_whitespace(std::string_view s) {
  std::string out;
  append_collapsed(out, s);
  return out;
}

}  // namespace mseg
