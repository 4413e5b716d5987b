#include "source_text.hpp"

#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>

#include "base/bytes16.hpp"
#include "base/bytes8.hpp"
#include "base/huge_pages.hpp"
#include "base/line_ends.hpp"
#include "layout_place.hpp"

namespace mseg {
namespace {

// Characters (code points) in n bytes of UTF-8: the bytes that are not
// continuation bytes (10xxxxxx), counted sixteen, then eight at a time.
std::size_t count_chars(const char* p, std::size_t n) {
  using bytes8::kHigh;
  std::size_t count = n;
  std::size_t i = 0;
  for (; n - i >= 16; i += 16) count -= bytes16::count(bytes16::continuation(p + i));
  for (; n - i >= 8; i += 8) {
    const std::uint64_t w = bytes8::load(p + i);
    // Bit 7 set and bit 6 clear: (w << 1) brings each byte's bit 6 up to bit 7.
    // One bit per byte at most, so a multiply sums them without a popcount
    // instruction (which x86-64's baseline lacks).
    const std::uint64_t marks = (w & ~(w << 1) & kHigh) >> 7;
    count -= static_cast<std::size_t>((marks * bytes8::kOnes) >> 56);
  }
  for (; i < n; ++i)
    if ((static_cast<unsigned char>(p[i]) & 0xC0) == 0x80) --count;
  return count;
}

}  // namespace

SourceText::SourceText(const DecodedText& decoded) : decoded_(decoded), text_(decoded.text()) {
  find_line_starts();
  find_wide_lines();
}

void SourceText::find_line_starts() {
  const std::string_view t = text_;
  big_ = t.size() > std::numeric_limits<std::uint32_t>::max();
  add_line_start(0);
  const char* const begin = t.data();
  if (std::memchr(begin, '\r', t.size()) == nullptr) {
    // The usual LF file: its line ends sixteen bytes at a time (base/line_ends.hpp). Counted first, so that
    // the starts are stored once, not copied at each doubling (a text form's lines are short and many).
    const std::size_t lines = base::count_line_ends(t) + 1;
    if (big_) {
      starts64_.reserve(lines);
      base::advise_huge_pages(starts64_.data(), starts64_.capacity() * sizeof(std::size_t));
    } else {
      starts32_.reserve(lines);
      base::advise_huge_pages(starts32_.data(), starts32_.capacity() * sizeof(std::uint32_t));
    }
    base::for_each_line_end(t, [this](std::size_t at) { add_line_start(at + 1); });
    return;
  }
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '\n') {
      add_line_start(i + 1);
    } else if (t[i] == '\r') {
      if (i + 1 < t.size() && t[i + 1] == '\n') ++i;
      add_line_start(i + 1);
    }
  }
}

void SourceText::find_wide_lines() {
  const char* const p = text_.data();
  const std::size_t n = text_.size();
  wide_line_.assign(line_count(), false);
  std::size_t line = 0;
  for (std::size_t i = 0; i < n;) {
    // Jump to the next byte from 0x80 up, sixteen bytes at a time.
    if (n - i >= 16) {
      const std::uint32_t m = bytes16::high(p + i);
      if (m == 0) {
        i += 16;
        continue;
      }
      i += bytes16::first(m);
    } else if (static_cast<unsigned char>(p[i]) < 0x80) {
      ++i;
      continue;
    }
    // Lines are passed in order, so finding each one's number stays linear.
    while (line + 1 < line_count() && line_start(line + 1) <= i) ++line;
    wide_line_[line] = true;
    // The rest of this line need not be looked at.
    i = line + 1 < line_count() ? line_start(line + 1) : n;
  }
}

SourceText::Position SourceText::position(std::size_t at) const {
  const char* t = text_.data();
  // Most requests fall on the line of the previous one; look there first.
  std::uint32_t line = cached_.line;
  const auto on_line = [&](std::uint32_t l) {
    return line_start(l - 1) <= at && (l == line_count() || at < line_start(l));
  };
  if (on_line(line)) {
  } else if (line < line_count() && on_line(line + 1)) {
    ++line;  // the next line: actions are read one line after another
  } else {
    // Search outwards from the last answer's line in steps that double, then halve the stretch found: a
    // span's end is mostly a few lines below its start (a paragraph wrapped over lines), and a search of
    // every line start from the top is some twenty cache misses.
    const std::size_t n = line_count();
    std::size_t lo = line - 1, hi = lo;  // at the end: line_start(lo) <= at, and hi == n or at < line_start(hi)
    if (line_start(lo) <= at) {
      hi = lo + 1;
      for (std::size_t step = 1; hi < n && line_start(hi) <= at; step *= 2) lo = hi, hi = std::min(n, hi + step);
    } else {
      for (std::size_t step = 1;; step *= 2) {  // line_start(0) is 0: this ends
        lo = hi > step ? hi - step : 0;
        if (line_start(lo) <= at) break;
        hi = lo;
      }
    }
    while (hi - lo > 1) {
      const std::size_t mid = lo + (hi - lo) / 2;
      (line_start(mid) <= at ? lo : hi) = mid;
    }
    line = static_cast<std::uint32_t>(lo + 1);
  }
  const std::size_t start = line_start(line - 1);
  if (!wide_line_[line - 1]) {
    cached_at_ = at;
    cached_ = {line, static_cast<std::uint32_t>(1 + (at - start))};
    return cached_;
  }
  std::uint32_t column = 0;
  // Count from the line start or from the last answer, whichever is nearer:
  // tags are located last to first, so walking back must be as cheap as forward.
  if (line == cached_.line && cached_at_ <= at && at - cached_at_ <= at - start) {
    column = cached_.column + static_cast<std::uint32_t>(count_chars(t + cached_at_, at - cached_at_));
  } else if (line == cached_.line && cached_at_ > at && cached_at_ - at < at - start) {
    column = cached_.column - static_cast<std::uint32_t>(count_chars(t + at, cached_at_ - at));
  } else {
    column = 1 + static_cast<std::uint32_t>(count_chars(t + start, at - start));
  }
  cached_at_ = at;
  cached_ = {line, column};
  return cached_;
}

std::size_t SourceText::to_input(std::size_t at, bool end) const {
  const auto& pieces = laid_->pieces;
  if (pieces.empty()) return 0;
  // The last piece that starts before `at` (an end: before or at it).
  const auto before = [&](std::size_t k) { return end ? pieces[k].at < at : pieces[k].at <= at; };
  // Spans come mostly near the last one (in the laid text's order, or a tag's parts last to first): search
  // outwards from the piece of the last answer, in steps that double, then halve the stretch found. A span's
  // start and end each keep their own last answer: they alternate.
  std::size_t& cached = cached_piece_[end ? 1 : 0];
  const std::size_t n = pieces.size();
  std::size_t lo = std::min(cached, n - 1), hi = lo + 1;  // before(lo) holds, before(hi) does not (or hi == n)
  if (before(lo)) {
    for (std::size_t step = 1; hi < n && before(hi); step *= 2) lo = hi, hi = std::min(n, hi + step);
  } else {
    hi = lo;
    for (std::size_t step = 1;; step *= 2) {
      if (hi == 0) return pieces.front().source;  // no piece starts before
      lo = hi > step ? hi - step : 0;
      if (before(lo)) break;
      hi = lo;
    }
  }
  while (hi - lo > 1) {
    const std::size_t mid = lo + (hi - lo) / 2;
    (before(mid) ? lo : hi) = mid;
  }
  const std::size_t k = lo;
  cached = k;
  const layout::Piece& p = pieces[k];
  const std::size_t to = p.source + std::min(at - p.at, p.length);
  // An end just after a joining space that the piece holds for the input's '\n' (layout.hpp, Piece) is placed
  // where the line ends, as it was when the space stood outside the piece.
  if (end && at > p.at && at - p.at <= p.length && text_[to - 1] == '\n' && laid_->text[at - 1] == ' ') return to - 1;
  return to;
}

Span SourceText::span(std::size_t begin, std::size_t end) const {
  if (!laid_) return input_span(begin, end);
  std::size_t b = to_input(begin, false);
  std::size_t e = end == begin ? b : to_input(end, true);
  // A cell's lines are read in order, but a reader may join text from places
  // out of order (columns side by side): a span never runs backwards.
  if (e < b) e = b;
  return input_span(b, e);
}

Span SourceText::input_span(std::size_t begin, std::size_t end) const {
  Span s;
  Position b = position(begin);
  Position e = position(end);
  s.line = b.line;
  s.column = b.column;
  s.end_line = e.line;
  s.end_column = e.column;
  s.offset = decoded_.original_offset(begin);
  s.length = decoded_.original_offset(end) - s.offset;
  if (form_) {
    layout::Place place = layout::place_of(*form_, static_cast<std::size_t>(s.offset),
                                           static_cast<std::size_t>(s.offset + s.length));
    if (auto* w = std::get_if<WordPlace>(&place)) s.place = intern_place(*w);
    if (auto* p = std::get_if<PdfPlace>(&place)) s.place = intern_place(*p);
  }
  return s;
}

Span SourceText::span(std::string_view part) const {
  // std::less: comparing pointers into different buffers is otherwise unspecified.
  const std::less<const char*> before;
  if (!laid_ || (!before(part.data(), text_.data()) && !before(text_.data() + text_.size(), part.data()))) {
    auto begin = static_cast<std::size_t>(part.data() - text_.data());
    return input_span(begin, begin + part.size());
  }
  auto begin = static_cast<std::size_t>(part.data() - laid_->text.data());
  return span(begin, begin + part.size());
}

}  // namespace mseg
