// A PDF has no table, only words at places. The header row gives the columns
// (three runs of words far apart on one line) and their left edges; every
// word below goes to the column it starts in. Rows come from the line grid:
// inside a row every column's lines stand on one pitch from the row's top,
// and a row starts where a line stands off that grid (the cell borders and
// padding between rows are never a whole number of lines). A cell's lines are
// joined into a paragraph unless the next line's first word would have fitted
// on the line before: then the line was ended by hand.
#include "pdf_reader.hpp"

#include <mseg/parse.hpp>

#include <fmt/format.h>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <exception>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <vector>

#include "base/ascii.hpp"
#include "base/utf8.hpp"
#include "extra_column.hpp"
#include "hyphen.hpp"
#include "layout_later_forms.hpp"
#include "layout_text.hpp"
#include "lead_tag.hpp"
#include "patterns.hpp"

namespace mseg::layout {
namespace {

// 40 bytes, its text a view: every word of every page is held until the layout's rules are learned from all of
// them (200,000 words in a 500-row plan's PDF: at 64 bytes and a std::string each, in lines grown a word at a
// time, they were 16 MB of its 55 MB peak; 9 MB now).
struct Word {
  std::string_view text;  // into its page's text (read_pdf's `texts`), which outlives the layout
  float x0, y0, x1, y1;
  std::uint32_t offset;     // characters into the page's text; the page is its line's
  std::int8_t straddles = -1;  // issue 15: the column whose left edge it runs across, or -1
};

// A line of words on a page (the text forms' Line is a line of text).
struct PageLine {
  std::vector<Word> words;
  float y0 = 0, x0 = 0, x1 = 0;
  std::uint32_t page = 0;
  bool paragraph = false;  // a column's line that stands a paragraph's spacing below the line before it
  bool may_start_row = false;  // every column of the open row starts a paragraph on its line (all_start_paragraphs)
  // Its tallest word's height: the line's font size, a footnote's mark or a smaller run beside it aside.
  float tallest() const {
    float h = 0;
    for (const auto& w : words) h = std::max(h, w.y1 - w.y0);
    return h;
  }
  std::string text() const {
    std::string t;
    for (const auto& w : words) {
      if (!t.empty()) t.push_back(' ');
      t += w.text;
    }
    return t;
  }
};

std::uint32_t count_chars(std::string_view s) {
  std::uint32_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

// poppler reports trouble through one process-wide callback; while a PDF is
// read, the first message is kept (one line of ours) and nothing reaches stderr.
// g_poppler_mutex is held for a whole read; the pages' threads report under
// g_message_mutex.
std::mutex g_poppler_mutex;
std::mutex g_message_mutex;
std::string* g_poppler_message = nullptr;

void on_poppler_message(const std::string& message, void*) {
  std::lock_guard<std::mutex> lock(g_message_mutex);
  if (g_poppler_message && g_poppler_message->empty()) {
    std::string m = message;
    for (char& c : m)
      if (c == '\n' || c == '\r') c = ' ';
    while (!m.empty() && m.back() == ' ') m.pop_back();
    *g_poppler_message = m;
  }
}

struct CaptureMessages {
  std::string message;
  std::lock_guard<std::mutex> lock{g_poppler_mutex};
  CaptureMessages() {
    g_poppler_message = &message;
    poppler::set_debug_error_function(on_poppler_message, nullptr);
  }
  ~CaptureMessages() { g_poppler_message = nullptr; }
  std::string why() const {
    std::lock_guard<std::mutex> hold(g_message_mutex);
    return message.empty() ? std::string() : " (poppler: " + message + ")";
  }
};

// Words into lines by their vertical overlap, in reading order. Each line's words are sized once (grown a word
// at a time, a line of nine held room for sixteen).
std::vector<PageLine> into_lines(std::vector<Word> words, std::uint32_t page) {
  std::stable_sort(words.begin(), words.end(), [](const Word& a, const Word& b) {
    if (std::fabs(a.y0 - b.y0) > 2.0f) return a.y0 < b.y0;
    return a.x0 < b.x0;
  });
  std::vector<PageLine> lines;
  for (std::size_t i = 0; i < words.size();) {
    std::size_t end = i + 1;
    while (end < words.size() && std::fabs(words[end].y0 - words[i].y0) <= 2.0f) ++end;
    PageLine& l = lines.emplace_back();
    l.y0 = words[i].y0;
    l.x0 = words[i].x0;
    l.page = page;
    l.words.reserve(end - i);
    for (; i < end; ++i) {
      l.x1 = std::max(l.x1, words[i].x1);
      l.words.push_back(words[i]);
    }
  }
  for (auto& l : lines)
    std::stable_sort(l.words.begin(), l.words.end(), [](const Word& a, const Word& b) { return a.x0 < b.x0; });
  return lines;
}

// One page's words as the text layer gives them: the caller appends a word's text to the page's text, then
// keeps it here with its box. Views into the text are taken once it stops growing.
class PageWords {
 public:
  explicit PageWords(std::string& text) : text_(text) {}
  void reserve(std::size_t n) {
    words_.reserve(n);
    ends_.reserve(n);
  }
  // The word appended to the page's text from `start`. Control characters become spaces; a word of spaces
  // alone, or one whose box is not a finite place on a page (poppler keeps only what stands on the page, the
  // PDF format caps a page at 14,400 units: a box past a million points is a hostile file's), is taken back
  // out. Returns whether the word was kept.
  bool keep(std::size_t start, double x0, double y0, double x1, double y1, bool space_after = true) {
    bool blank = true;
    for (std::size_t k = start; k < text_.size(); ++k) {
      if (static_cast<unsigned char>(text_[k]) < 0x20) text_[k] = ' ';
      blank = blank && text_[k] == ' ';
    }
    constexpr double far = 1e6;
    const auto on_page = [](double v) { return std::isfinite(v) && std::fabs(v) < far; };
    if (blank || !on_page(x0) || !on_page(y0) || !on_page(x1) || !on_page(y1)) {
      text_.resize(start);
      joins_next_ = false;
      return false;
    }
    // The rest of the word before, in a font of another size (a superscript "th" after "30", small capitals after
    // a capital: poppler gives a box to each): no space after the word before, and this one, starting with a
    // letter, starts where it ended (within 0.3 pt, a gap of 0.04 in a helper's PDFs) beside it. One word, with the
    // box of the first part, whose height is the line's font (a helper's finding: "30 th September 2006" was no
    // date, "A USTRALIA" no economy). Letters only: a raised figure or symbol after a word is a footnote's mark,
    // which stays a word of its own.
    // A raised run of letters joins only a number ("30th"): after a word it is a footnote's mark too ("Australia"
    // and a raised "a"); small capitals stand on the word's own foot.
    const auto starts_with_letter = [&] {
      const auto lead = start < text_.size() ? static_cast<unsigned char>(text_[start]) : 0;
      return ascii::letter(static_cast<char>(lead)) || (lead >= 0xC3 && lead <= 0xD4);  // Latin to Cyrillic
    };
    if (joins_next_ && ends_.back() == start && starts_with_letter()) {
      Word& before = words_.back();
      const auto fx0 = static_cast<float>(x0), fy0 = static_cast<float>(y0), fy1 = static_cast<float>(y1);
      const bool raised = fy1 < before.y1 - 1.0f;
      const bool after_number = start > 0 && ascii::digit(text_[start - 1]);
      if (fx0 >= before.x1 - 0.3f && fx0 <= before.x1 + 0.3f && fy0 < before.y1 && fy1 > before.y0 &&
          (!raised || after_number)) {
        before.x1 = std::max(before.x1, static_cast<float>(x1));
        ends_.back() = text_.size();
        offset_ += count_chars(std::string_view(text_).substr(start));
        joins_next_ = !space_after;
        return true;
      }
    }
    words_.push_back({{}, static_cast<float>(x0), static_cast<float>(y0), static_cast<float>(x1),
                      static_cast<float>(y1), offset_});
    ends_.push_back(text_.size());
    offset_ += count_chars(std::string_view(text_).substr(start)) + 1;
    joins_next_ = !space_after;
    return true;
  }
  std::vector<PageLine> lines(std::uint32_t page) && {
    text_.shrink_to_fit();
    for (std::size_t k = 0, start = 0; k < words_.size(); start = ends_[k++])
      words_[k].text = std::string_view(text_).substr(start, ends_[k] - start);
    return into_lines(std::move(words_), page);
  }

 private:
  std::string& text_;
  std::vector<Word> words_;
  std::vector<std::size_t> ends_;  // each word's end in the text
  std::uint32_t offset_ = 0;       // characters into the page's text
  bool joins_next_ = false;        // the last word kept had no space after it
};

InputError too_many_words(const PdfLimits& limits) {
  return InputError(fmt::format("a PDF of more than {} words: more than a plan holds", limits.max_words));
}

void check_page_count(std::size_t n, const PdfLimits& limits) {
  if (n > limits.max_pages)
    throw InputError(fmt::format("a PDF of {} pages: more than the {} a plan is read from", n, limits.max_pages));
}

// Digits stand for any digits: "Page 3 of 9" is the same furniture on every page.
std::string furniture_key(const PageLine& l) {
  std::string key = fmt::format("{}:", static_cast<int>(std::lround(l.y0)));
  bool digit = false;
  for (char c : l.text()) {
    bool d = c >= '0' && c <= '9';
    if (!d) key.push_back(c);
    else if (!digit) key.push_back('#');
    digit = d;
  }
  return key;
}

float median(std::vector<float> v, float fallback) {
  if (v.empty()) return fallback;
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
  return v[v.size() / 2];
}

// The densest run of sorted values within 0.6 pt of each other (of two as dense, the smaller values): [from, to).
std::pair<std::size_t, std::size_t> densest_run(const std::vector<float>& v) {
  std::size_t from = 0, to = 0;
  for (std::size_t i = 0, j = 0; i < v.size(); ++i) {
    j = std::max(j, i);
    while (j < v.size() && v[j] <= v[i] + 0.6f) ++j;
    if (j - i > to - from) from = i, to = j;
  }
  return {from, to};
}

// Where a run [from, to) of sorted values first steps 0.3 pt or more: two values apart in it, not one written two
// ways; `to` when none.
std::size_t first_step(const std::vector<float>& v, std::size_t from, std::size_t to) {
  for (std::size_t k = from + 1; k < to; ++k)
    if (v[k] - v[k - 1] >= 0.3f) return k;
  return to;
}

// The line pitch among the gaps between lines: the densest run of gaps within 0.6 pt of each other (of two as
// dense, the smaller gaps), and its median. The median of all gaps was thrown by a small plan's front matter and
// paragraph spacing (a helper's finding: a one-row plan's seven action lines at 10.5 pt measured against a pitch
// of 10.75, each read as a row of its own); a cell's lines are the commonest gap. A window, not bins: a pitch of
// 10.375 pt written as 10.35 and 10.40 falls in one (a review's finding: quarter-point bins split it in two, and
// the front matter's 13.8 won).
float line_pitch(std::vector<float> gaps, float fallback) {
  if (gaps.empty()) return fallback;
  std::sort(gaps.begin(), gaps.end());
  auto [from, to] = densest_run(gaps);
  // Two values apart inside the window ("11.0 10.5 11.0 10.5": a small table's rows, padding included, and its
  // wrapped lines) are the rows' gap and the pitch: the lower is the pitch (a helper's finding: 11.0 won, and every
  // wrapped line of a condensed font ended a row). Apart: by 0.3 pt or more, more than a pitch written two ways.
  to = first_step(gaps, from, to);
  return gaps[from + (to - from) / 2];
}

// The smallest gap a column's lines keep often (a run within 0.6 pt of three gaps and a tenth of them), of two
// values apart in the run the lower, as line_pitch takes it (a small table's rows 11.0 apart, its wrapped lines
// 10.5); and how many the run holds. {0, 0} when none. `gaps` sorted.
std::pair<float, std::size_t> smallest_kept_gap(const std::vector<float>& gaps) {
  // j only moves on (a review's finding: restarted at i, many spread gaps took quadratic time).
  for (std::size_t i = 0, j = 0; i < gaps.size(); ++i) {
    j = std::max(j, i);
    while (j < gaps.size() && gaps[j] <= gaps[i] + 0.6f) ++j;
    if (j - i < std::max<std::size_t>(3, gaps.size() / 10)) continue;
    const std::size_t to = first_step(gaps, i, j);
    return {gaps[i + (to - i) / 2], j - i};
  }
  return {0.0f, 0};
}

// The median of the densest run of values within 0.6 pt of each other, of at least `least` values; 0 when none.
float densest(std::vector<float> v, std::size_t least) {
  std::sort(v.begin(), v.end());
  const auto [from, to] = densest_run(v);
  return to - from >= least && to > from ? v[from + (to - from) / 2] : 0.0f;
}

// A CSS pixel in points: a browser (Chromium's print to PDF) sets every block on whole pixels.
constexpr float kPixel = 0.75f;
// How far a word processor's line may stand off the grid it keeps: a quarter point (its units, rounded).
constexpr float kSlack = 0.25f;
// The same on a browser's pixel grid (on_pixel_grid): a CSS pixel and a twentieth, as gaps meant alike differ by one.
constexpr float kPixelSlack = 0.8f;

// Whether the lines stand on a browser's pixel grid: nearly every gap between lines a whole number of CSS pixels.
// There a paragraph's top is rounded to the pixel, so that gaps meant alike differ by one (a helper's finding:
// paragraph gaps of 21.00 and 21.75 pt in one table, and each 21.75 read as a row's start, an action's tag split
// from it). A word processor's gaps fall on its own units (a twentieth of a point, a hundredth of a millimetre):
// one in fifteen is a whole pixel by chance.
bool on_pixel_grid(const std::vector<float>& gaps) {
  if (gaps.size() < 20) return false;
  std::size_t whole = 0;
  for (float g : gaps) whole += std::fabs(g - kPixel * std::round(g / kPixel)) <= 0.02f ? 1 : 0;
  return whole * 20 >= gaps.size() * 19;
}

class PdfLayout {
 public:
  explicit PdfLayout(bool browser) : browser_(browser) {}
  Laid run(std::vector<std::vector<PageLine>>& pages) {
    laid_.reader = "pdf";
    drop_furniture(pages);
    measure(pages);
    // The header: the first line whose words fall in three runs far apart that name a plan's columns ("Directives",
    // "Priorities", "Action Items"...), or, where none on the first pages does, the first such line: a document
    // control table above the plan, "Version | Date | Change", was taken for the plan's header (a helper's finding:
    // its row a section, the plan's names row a section on every page, cells cut at each page break).
    std::size_t header_page = pages.size(), header_line = 0;
    std::vector<float> first_lefts;
    std::size_t first_page = pages.size(), first_line = 0;
    for (std::size_t p = 0; p < pages.size() && header_page == pages.size(); ++p) {
      if (first_page != pages.size() && p > first_page + 2) break;
      for (std::size_t i = 0; i < pages[p].size(); ++i)
        if (auto lefts = header_lefts(pages[p][i], std::span(pages[p]).subspan(i + 1)); !lefts.empty()) {
          if (names_plan(pages[p][i], lefts, std::span(pages[p]).subspan(i + 1))) {
            header_page = p, header_line = i, lefts_ = std::move(lefts);
            break;
          }
          if (first_page == pages.size()) first_page = p, first_line = i, first_lefts = std::move(lefts);
        }
    }
    if (header_page == pages.size() && first_page != pages.size())
      header_page = first_page, header_line = first_line, lefts_ = std::move(first_lefts);
    if (header_page == pages.size()) {
      // No table: the lines as front matter, and the assembler says there is no table.
      for (auto& page : pages) front(page, 0, page.size());
      return std::move(laid_);
    }
    drop_after_table(pages, header_page, pages[header_page][header_line].text());
    drop_after_rows(pages, header_page, header_line);
    learn_words(pages);  // the table's words, not those after it (a review's finding: an annex's decided a hyphen)
    // The table's own line pitch, from the header on: a front matter in a larger font, of more lines than a small
    // table, outweighed the table's (a review's finding: every line of a 14 pt cover's plan read as a row).
    {
      std::vector<float> gaps;
      for (std::size_t p = header_page; p < pages.size(); ++p)
        for (std::size_t i = p == header_page ? header_line : 0; i + 1 < pages[p].size(); ++i)
          if (const float dy = pages[p][i + 1].y0 - pages[p][i].y0; dy > 0.5f) gaps.push_back(dy);
      if (browser_ && on_pixel_grid(gaps)) pixel_grid_ = true;
      if (gaps.size() >= 2) pitch_ = line_pitch(std::move(gaps), pitch_);
    }
    // Names centred in a header row where one name wraps: the wrapped name's lines stand half a line above and
    // below the others' (a helper's finding: "Action Items Lead Timeline" alone was read as the names, the
    // directives and priorities lost in the first column). The lines within a pitch around the header line whose
    // words stand beside its words, never over them, are the header row too, where together they name more columns.
    std::size_t band_end = header_line + 1;
    {
      auto& lines = pages[header_page];
      const PageLine& h = lines[header_line];
      const auto beside = [&](const PageLine& l) {
        for (const auto& w : l.words)
          for (const auto& v : h.words)
            if (w.x0 < v.x1 + space_ && v.x0 < w.x1 + space_) return false;
        return true;
      };
      std::size_t first = header_line, end = header_line + 1;
      while (first > 0 && h.y0 - lines[first - 1].y0 < pitch_ && beside(lines[first - 1])) --first;
      while (end < lines.size() && lines[end].y0 - h.y0 < pitch_ && beside(lines[end])) ++end;
      // A wrapped name's halves: every word above the header line stands over one below it and each below under
      // one above (a second review's finding: a right-aligned "Status" just above the table was read as a column).
      const auto over = [&](std::size_t from, std::size_t to, std::size_t other_from, std::size_t other_to) {
        for (std::size_t i = from; i < to; ++i)
          for (const auto& w : lines[i].words) {
            bool found = false;
            for (std::size_t k = other_from; k < other_to && !found; ++k)
              for (const auto& v : lines[k].words) found = found || (w.x0 < v.x1 && v.x0 < w.x1);
            if (!found) return false;
          }
        return true;
      };
      if (first < header_line && end > header_line + 1 && over(first, header_line, header_line + 1, end) &&
          over(header_line + 1, end, first, header_line)) {
        PageLine all;
        all.y0 = h.y0;
        for (std::size_t i = first; i < end; ++i) all.words.insert(all.words.end(), lines[i].words.begin(), lines[i].words.end());
        std::stable_sort(all.words.begin(), all.words.end(), [](const Word& a, const Word& b) { return a.x0 < b.x0; });
        if (auto lefts = header_lefts(all, std::span(lines).subspan(end)); lefts.size() > lefts_.size()) {
          header_line = first, band_end = end, lefts_ = std::move(lefts);
        }
      }
    }
    align_columns_to_text(pages[header_page][header_line], std::span(pages[header_page]).subspan(band_end));
    learn_column_grids(pages, header_page, band_end);
    for (std::size_t p = 0; p < header_page; ++p) front(pages[p], 0, pages[p].size());
    front(pages[header_page], 0, header_line);
    PageLine& header = pages[header_page][header_line];
    // Column names wrapped in their narrow cells ("Ministerial" / "Directives") go on below, on the header row's
    // line grid, each word under a name, none a numbered item: the row's further lines (a new user's one-page
    // plan read "Directives", "Priorities" as a row of the plan).
    std::size_t header_end = band_end;
    // How far right each column's text reaches from `from` on the header's page (and on every page after): the
    // measure for "would it have fitted". Asked from the names' band and, once the names' wrapped lines are known,
    // from the rows' first line; both end at `settled`, past any wrapped name's line, so the words below are read once.
    const std::size_t settled = std::min(pages[header_page].size(), std::max(band_end, header_line + 4));
    std::array<float, kMaxColumns> right_below{};
    for (std::size_t p = header_page; p < pages.size(); ++p)
      for (std::size_t i = p == header_page ? settled : 0; i < pages[p].size(); ++i)
        for (const auto& w : pages[p][i].words) right_below[column_of(w.x0)] = std::max(right_below[column_of(w.x0)], w.x1);
    const auto right_from = [&](std::size_t from) {
      std::array<float, kMaxColumns> right = right_below;
      for (std::size_t i = from; i < settled; ++i)
        for (const auto& w : pages[header_page][i].words) right[column_of(w.x0)] = std::max(right[column_of(w.x0)], w.x1);
      return right;
    };
    {
      const auto parts = [&](const PageLine& l) {
        std::array<bool, kMaxColumns> has{};
        for (const auto& w : l.words) has[column_of(w.x0)] = true;
        return has;
      };
      std::array<bool, kMaxColumns> named{};
      for (std::size_t i = header_line; i < band_end; ++i)
        for (std::size_t c = 0; c < kMaxColumns; ++c) named[c] = named[c] || parts(pages[header_page][i])[c];
      // Where the lines below the names stand on their grid (the next four, or as many as the page has past two),
      // no border or padding stands between the names and the first row: a table without borders and spacing,
      // whose rows may not show either (words_start_row). A hairline border (a quarter point) stands within 0.4 pt
      // of the grid, and its rows show no better (helper 71's review: rows the numbers found were joined); a half
      // point border with a cell's padding stands half a point or more off.
      {
        std::size_t on = 0, k = band_end;
        for (; k < pages[header_page].size() && k < band_end + 4; ++k) {
          const float steps = (pages[header_page][k].y0 - header.y0) / pitch_;
          if (std::fabs(steps - std::round(steps)) * pitch_ > 0.4f) break;
          ++on;
        }
        names_on_grid_ = on >= 2 && k == std::min(pages[header_page].size(), band_end + 4);
      }
      // How far right each column's text reaches below the names: there, a name's next word that would have
      // fitted on the name's line above it is no wrapped name but the first row (helper 66's borderless 2007 plan:
      // its first row read as the names' second line, a no-header error). Only there: centred names' lines end
      // short of their cells.
      const std::array<float, kMaxColumns> right = right_from(band_end);
      // Names broken by hand ("Ministerial" / "Directives", two paragraphs) are short, in more than one column:
      // there only a line that runs past most of its column's width, as a row's wrapped text does, is judged so
      // (helper 71's review). A line in one column alone is the first row's, short or not (a centred cell's first
      // line, "Implement the", under "Action Items").
      const auto would_have_fitted = [&](const PageLine& l) {
        std::array<bool, kMaxColumns> in{};
        for (const Word& w : l.words) in[column_of(w.x0)] = true;
        const auto columns_in = std::count(in.begin(), in.end(), true);
        for (const Word& w : l.words) {
          const std::size_t c = column_of(w.x0);
          if (&w != &l.words.front() && column_of((&w - 1)->x0) == c) continue;  // a column's first word only
          float reach = w.x1;
          for (const Word* v = &w; v != &l.words.back() + 1 && column_of(v->x0) == c; ++v) reach = std::max(reach, v->x1);
          if (columns_in > 1 && reach - lefts_[c] < 0.6f * (right[c] - lefts_[c])) continue;
          for (std::size_t i = header_end; i-- > header_line;) {
            float end = -1.0f;
            for (const Word& v : pages[header_page][i].words)
              if (column_of(v.x0) == c) end = std::max(end, v.x1);
            if (end < 0) continue;
            if (end + space_ + (w.x1 - w.x0) <= right[c]) return true;
            break;
          }
        }
        return false;
      };
      while (header_end < pages[header_page].size() && header_end - header_line < 4) {
        const PageLine& l = pages[header_page][header_end];
        const float steps = (l.y0 - header.y0) / pitch_;
        bool under_names = !l.words.empty() && !starts_item(l);
        const auto has = parts(l);
        for (std::size_t c = 0; c < kMaxColumns; ++c) under_names = under_names && (!has[c] || named[c]);
        if (!under_names || std::fabs(steps - std::round(steps)) * pitch_ > kSlack ||
            std::round(steps) != static_cast<float>(header_end - header_line) ||
            (names_on_grid_ && would_have_fitted(l)))
          break;
        ++header_end;
      }
    }
    for (std::size_t i = header_line; i < header_end; ++i) header_keys_.push_back(pages[header_page][i].text());
    reserve_output(pages);
    std::vector<std::vector<PageLine>> columns(3);
    // Moves the line's words into its columns' parts (a copy of every word was a fifth of the reader's mallocs).
    auto split = [&](PageLine& l) {
      std::array<PageLine, kMaxColumns> parts;
      for (auto& w : l.words) {
        const std::size_t c = column_of(w.x0);
        const float x1 = w.x1;
        parts[c].words.push_back(std::move(w));
        // issue 15: a word that runs into the next column's header extent is a guess, said where it stands.
        if (c + 1 < lefts_.size() && x1 > lefts_[c + 1] + 2.0f)
          parts[c].words.back().straddles = static_cast<std::int8_t>(c + 1);
      }
      return parts;
    };
    {
      // The header row, its cells' lines joined: a column's name is one line of the tab-cell text.
      std::vector<std::array<PageLine, kMaxColumns>> rows;
      for (std::size_t i = header_line; i < header_end; ++i) {
        PageLine& l = pages[header_page][i];
        const PageLine at = l;  // its place, for finish()
        auto parts = split(l);
        for (std::size_t c = 0; c < lefts_.size(); ++c)
          if (!parts[c].words.empty()) parts[c] = finish(parts[c], at);
        rows.push_back(std::move(parts));
      }
      for (std::size_t c = 0; c < lefts_.size(); ++c) {
        std::string name;
        for (const auto& r : rows)
          if (!r[c].words.empty()) name += (name.empty() ? "" : " ") + r[c].text();
        names_.push_back(name);
      }
      if (front_open_) {
        laid_.text.push_back('\n');
        front_open_ = false;
      }
      for (std::size_t c = 0; c < lefts_.size(); ++c) {
        laid_.text.push_back('\t');
        bool any = false;
        for (const auto& r : rows)
          if (!r[c].words.empty()) {
            emit_line(r[c], any);
            any = true;
          }
        laid_.text.push_back('\n');
      }
    }
    column_right_ = right_from(header_end);
    for (std::size_t p = header_page; p < pages.size(); ++p) {
      std::size_t from = p == header_page ? header_end : 0;
      // The header row a table repeats at each page's top, its lines as on the first page.
      if (p != header_page) from += repeated_header_lines(pages[p]);
      std::vector<PageLine> body(std::make_move_iterator(pages[p].begin() + static_cast<std::ptrdiff_t>(from)),
                             std::make_move_iterator(pages[p].end()));
      if (body.empty()) continue;
      // A row that reached the foot of the page goes on at the top of the next (on a browser's pixel grid, within
      // the paragraph spacing too: Chromium moves a paragraph whose first two lines do not fit to the next page
      // whole; in a word processor's PDF a borderless table's next row may leave as much, a review's finding); so
      // does one whose cell the top
      // line carries on, whatever the gap at the foot (a helper's finding: widow and orphan control leave more than
      // a line empty, and a row whose next directive "27C." opens the page was cut before "members/March 2007)").
      // A part heading ("Part B. Directives – ...") opening the page is a row of its own, wherever the row before
      // ended (a helper's finding: read as a directive of the row before, the part's rows under Part A).
      bool continues = !row_empty() && p != header_page && !starts_part_heading(body.front().text()) &&
                       ((last_bottom_ + pitch_ * 1.5f + (pixel_grid_ ? paragraph_ : 0.0f) >= page_bottom_ &&
                         !starts_item(body.front()) &&
                         !resumes_ended_column(body.front())) ||
                        carries_on(body.front()));
      if (!continues) close_row();
      if (row_empty()) open_row();
      row_top_ = body.front().y0;
      column_last_.fill(-1.0f);
      // Each line against the one before, not the row's top: a font whose line height is no multiple of the
      // PDF's precision (Times New Roman 10: 11.5, 11.6, 11.5 ... apart) drifted past any tolerance from the top
      // after six lines, and a row broke in two mid-sentence, the citation in a section of its own (a helper's
      // finding: 21 sections read where a plan had 4, exit 0).
      float prev = body.front().y0;
      for (auto& l : body) {
        auto parts = split(l);
        bool off;
        if (by_columns_) {
          off = off_column_grids(l, parts);
        } else {
          const float steps = (l.y0 - prev) / pitch_;
          off = std::fabs(steps - std::round(steps)) * pitch_ > kSlack;
        }
        const RowStart by_words = off || !names_on_grid_ ? RowStart::none : words_start_row(parts);
        const bool may_start_row = names_on_grid_ && !off && by_words == RowStart::none && all_start_paragraphs(parts);
        if (off || by_words != RowStart::none) {
          close_row();
          open_row();
          row_note_ = by_words;
          row_top_ = l.y0;
          column_last_.fill(-1.0f);
          for (auto& part : parts) part.paragraph = false;
        }
        prev = l.y0;
        for (std::size_t c = 0; c < lefts_.size(); ++c)
          if (!parts[c].words.empty()) {
            column_last_[c] = top_of(parts[c]);
            column_last_height_[c] = parts[c].tallest();
            const bool paragraph = parts[c].paragraph;
            add_line(c, finish(parts[c], l));
            cells_[c].back().paragraph = paragraph;
            cells_[c].back().may_start_row = may_start_row;
          }
        last_bottom_ = l.y0;
      }
    }
    close_row();
    for (auto& n : straddles_)
      laid_.findings.push_back({DiagnosticCode::layout_straddle, std::move(n.message),
                                std::string_view(laid_.text).substr(n.at, n.length)});
    note_furniture();
    // The hyphen is gone from the text: the note stands at the place it held, the end of the word's first part.
    for (auto& n : guesses_)
      laid_.findings.push_back({n.code, std::move(n.message),
                                std::string_view(laid_.text).substr(n.at, n.length)});
    for (auto& n : hyphens_)
      laid_.findings.push_back({DiagnosticCode::layout_hyphen, std::move(n.message),
                                std::string_view(laid_.text).substr(n.at > 0 ? n.at - 1 : 0, 1)});
    return std::move(laid_);
  }

 private:
  // The columns a table may have: the three, and up to three further ones (issue 15).
  static constexpr std::size_t kMaxColumns = 6;
  static PageLine finish(PageLine part, const PageLine& from) {
    part.y0 = from.y0;
    part.page = from.page;
    part.x0 = part.words.front().x0;
    part.x1 = 0;
    for (const auto& w : part.words) part.x1 = std::max(part.x1, w.x1);
    return part;
  }

  // The laid-out text and its pieces are sized once: they grew word by word, and their regrowth
  // (copies and page faults) was a tenth of the reader's time on a 500-page plan.
  void reserve_output(const std::vector<std::vector<PageLine>>& pages) {
    std::size_t words = 0, bytes = 0;
    for (const auto& page : pages)
      for (const auto& l : page)
        for (const auto& w : l.words) ++words, bytes += w.text.size() + 1;
    laid_.pieces.reserve(laid_.pieces.size() + words);
    laid_.places.reserve(laid_.places.size() + words);
    laid_.text.reserve(laid_.text.size() + bytes + 8 * pages.size());
  }

  // Running headers, footers and page numbers: the same line at the same height on most pages.
  // A line's key is kept as a 64-bit hash (a collision among a plan's few thousand distinct lines is
  // about 1 in 10^11): the keys themselves, a copy of every line's text, were a quarter of the peak memory.
  // Only a line with a digit can be furniture; the others get no key.
  void drop_furniture(std::vector<std::vector<PageLine>>& pages) {
    if (pages.size() == 1 && !pages[0].empty() && page_number(pages[0].back().text()) &&
        pages[0].back().text().find("Page ") != std::string::npos) {
      // One page: only a page number at its very end ("... Work Plan 2009 – Page 1 of 1"), as in the text
      // forms (a new user's finding: it was read as a new row, a directive and a priority); written "Page", for
      // a bare number there may be a Timeline cell's last line ("2011": a review's finding).
      removed_.push_back(removed(1, pages[0].back()));
      pages[0].pop_back();
    }
    if (pages.size() < 2) return;
    constexpr std::uint64_t kNoKey = 0;
    auto key_of = [](const PageLine& l) -> std::uint64_t {
      std::string key = furniture_key(l);
      if (key.find('#') == std::string::npos) return kNoKey;
      // A line that closes a parenthesis it did not open ends a tag or citation wrapped from the line above
      // ("2010)"): the table's, however often the same shape stands at one height (a helper's finding: three
      // tags' last lines were dropped as a running footer, and their actions joined). Only lines with a digit,
      // the only ones that may be furniture, are looked through.
      int depth = 0;
      for (const Word& w : l.words)
        for (char c : w.text) {
          if (c == '(') ++depth;
          else if (c == ')' && --depth < 0) return kNoKey;
        }
      const std::uint64_t h = std::hash<std::string>{}(key);
      return h == kNoKey ? 1 : h;
    };
    std::vector<std::vector<std::uint64_t>> keys(pages.size());
    std::unordered_map<std::uint64_t, std::size_t> seen;
    for (std::size_t p = 0; p < pages.size(); ++p) {
      keys[p].reserve(pages[p].size());
      for (const auto& l : pages[p]) keys[p].push_back(key_of(l));
      std::vector<std::uint64_t> once = keys[p];
      std::sort(once.begin(), once.end());
      once.erase(std::unique(once.begin(), once.end()), once.end());
      for (auto k : once)
        if (k != kNoKey) ++seen[k];
    }
    for (std::size_t p = 0; p < pages.size(); ++p) {
      auto& page = pages[p];
      std::vector<PageLine> kept;
      kept.reserve(page.size());
      for (std::size_t i = 0; i < page.size(); ++i) {
        const std::uint64_t key = keys[p][i];
        // The header row repeats too, but it is the table's: kept here, dropped by the table (it has no digit).
        // Running headers and footers ("Page 3 of 9", "TPTWG 41 ... 2") are the same line on over half the pages.
        const bool furniture = key != kNoKey && seen[key] * 2 > pages.size();
        if (!furniture) kept.push_back(std::move(page[i]));
        else removed_.push_back(removed(static_cast<std::uint32_t>(p + 1), page[i]));
      }
      page = std::move(kept);
    }
  }

  void measure(const std::vector<std::vector<PageLine>>& pages) {
    std::vector<float> gaps, heights, spaces;
    for (const auto& page : pages) {
      for (std::size_t i = 0; i + 1 < page.size(); ++i) {
        float dy = page[i + 1].y0 - page[i].y0;
        if (dy > 0.5f) gaps.push_back(dy);
      }
      for (const auto& l : page) {
        page_bottom_ = std::max(page_bottom_, l.y0);
        for (std::size_t k = 0; k < l.words.size(); ++k) {
          heights.push_back(l.words[k].y1 - l.words[k].y0);
          if (k + 1 < l.words.size()) {
            float gap = l.words[k + 1].x0 - l.words[k].x1;
            if (gap > 0 && gap < 10) spaces.push_back(gap);
          }
        }
      }
    }
    height_ = median(heights, 10.0f);
    pitch_ = line_pitch(std::move(gaps), height_);
    space_ = median(spaces, height_ / 4);
  }

  // The left edges of a line's runs of words far apart: a gap wider than four spaces and 12 pt; or than two
  // spaces, before a word whose left edge three of the next twenty lines (`below`) start a word at, after a gap
  // of their own or first on their line (a column's edge: a 12 pt plan's "MEG-SEC Deliverables" fills its cell
  // and ends 12.3 pt before "Action Items", four of its spaces being 15: helper 66's finding, two names read as
  // one column).
  // Whether a gap between two words on a line parts columns beyond doubt: more than four spaces and 12 pt.
  bool far_apart(float gap) const { return gap > std::max(12.0f, 4 * space_); }
  // A line's first word (its words sorted by left edge) that starts at `x` or right of it, within 0.75 pt: searched,
  // not read, so that a line of a million words stays cheap to ask.
  static std::vector<Word>::const_iterator word_from(const std::vector<Word>& ws, float x) {
    return std::lower_bound(ws.begin(), ws.end(), x - 0.75f, [](const Word& w, float v) { return w.x0 < v; });
  }

  std::vector<float> runs_of(const PageLine& l, std::span<const PageLine> below) const {
    std::vector<float> lefts;
    if (l.words.empty()) return lefts;
    lefts.push_back(l.words.front().x0);
    // A line's words are sorted by their left edges: each of the twenty is searched, not read (a page of a
    // million words far apart stays linear).
    const auto an_edge = [&](float x) {
      int lines = 0;
      for (std::size_t i = 0; i < below.size() && i < 20 && lines < 3; ++i) {
        const auto& ws = below[i].words;
        const auto it = word_from(ws, x);
        if (it != ws.end() && it->x0 <= x + 0.75f && (it == ws.begin() || it->x0 - std::prev(it)->x1 > 2 * space_)) ++lines;
      }
      return lines >= 3;
    };
    for (std::size_t k = 1; k < l.words.size(); ++k) {
      const float gap = l.words[k].x0 - l.words[k - 1].x1;
      if (far_apart(gap) || (gap > 2 * space_ && an_edge(l.words[k].x0)))
        lefts.push_back(l.words[k].x0);
    }
    return lefts;
  }

  // Names centred in their cells (Word's bold, centred header row) stand right of where their columns' text
  // starts: a column from its name's left edge took the next column's first words ("1.1 ISPS" read in the
  // directives column, a helper's finding: the table misread, 99 warnings and an error). A column's edge moves left
  // to where three of the twenty lines below start a word after a gutter (or open the line with it), between the
  // name before's right end and its own name; left-aligned names, whose text starts at them, keep their edges.
  void align_columns_to_text(const PageLine& header, std::span<const PageLine> below) {
    below = below.subspan(0, std::min<std::size_t>(below.size(), 20));
    const auto starts_after_gutter = [&](const std::vector<Word>& ws, std::size_t k) {
      return k == 0 || ws[k].x0 - ws[k - 1].x1 > 2 * space_;
    };
    const auto lines_starting_at = [&](float x) {
      int lines = 0;
      for (const PageLine& l : below) {
        const auto& ws = l.words;
        const auto it = word_from(ws, x);
        if (it != ws.end() && it->x0 <= x + 0.75f &&
            starts_after_gutter(ws, static_cast<std::size_t>(it - ws.begin())))
          ++lines;
      }
      return lines;
    };
    // A column's edge has no word across it; inside justified text, whose gaps are gutters' width, three lines
    // may start a word at one place by chance, but other lines' words run across it (a helper's finding: a
    // justified directives column gave its lines' last words to the priorities: 34 elements misread).
    const auto crossed = [&](float x) {
      for (const PageLine& l : below) {
        const auto& ws = l.words;
        const auto it = word_from(ws, x);
        if (it != ws.begin() && std::prev(it)->x1 > x + 0.75f) return true;
      }
      return false;
    };
    for (std::size_t c = 1; c < lefts_.size(); ++c) {
      float name_before_right = lefts_[c - 1];
      for (const Word& w : header.words)
        if (w.x0 >= lefts_[c - 1] - 0.5f && w.x0 < lefts_[c] - 0.5f)
          name_before_right = std::max(name_before_right, w.x1);
      float edge = lefts_[c];
      // At most 64 places tried a column: a hostile line of a million words each a gutter apart stays linear.
      int tried = 0;
      for (const PageLine& l : below)
        for (std::size_t k = 0; k < l.words.size() && tried < 64; ++k) {
          const float x = l.words[k].x0;
          if (x <= name_before_right || x >= edge - 0.75f || !starts_after_gutter(l.words, k)) continue;
          ++tried;
          if (lines_starting_at(x) >= 3 && !crossed(x)) edge = x;
        }
      lefts_[c] = edge;
    }
  }

  // issue 15: the header row's left edges: three runs of words far apart, then any further columns
  // named as parser/extra_column.hpp knows them (Lead, Timeline...); empty for a line that is no header.
  // The runs parted at a column's edge first (runs_of with the lines below), then, where those name no header,
  // the runs far apart alone, as before the edges were looked at (a review's finding: a justified first name that
  // wraps, "Goals" far from "and", and "and" a gutter from "MSEG Priorities", made four runs, no header at all).
  std::vector<float> header_lefts(const PageLine& l, std::span<const PageLine> below) const {
    const std::vector<float> apart = runs_of(l, {}), edged = runs_of(l, below);
    if (edged.size() != apart.size())
      if (named_columns(l, edged, true)) return edged;
    return named_columns(l, apart, false) ? apart : std::vector<float>{};
  }

  // A table that repeated its header row (`header`, its line as on the first page, among a page's first three:
  // names centred in their row may wrap above it) on every page after its first has ended at a page that does
  // not, where that page is no table's rows (no two lines of words a gutter apart: a closing note, a signature) or
  // opens another table (a line naming a plan's columns otherwise, an annex's table). A helper's finding: a line
  // after the table was a section, and its words, learnt with the table's, changed how rows above were read. Rows
  // on a page Word did not give the header, after a page break typed in the table, are read as before (a review's
  // finding). Each line is said, not read, and taken out before the table's grids, pitch and words are learnt.
  void drop_after_table(std::vector<std::vector<PageLine>>& pages, std::size_t header_page, const std::string& header) {
    const auto repeats = [&](const std::vector<PageLine>& page) {
      for (std::size_t i = 0; i < page.size() && i < 3; ++i)
        if (page[i].text() == header) return true;
      return false;
    };
    const auto not_rows = [&](const std::vector<PageLine>& page) {
      int apart = 0;
      for (const PageLine& l : page)
        for (std::size_t k = 1; k < l.words.size(); ++k)
          if (far_apart(l.words[k].x0 - l.words[k - 1].x1)) {
            ++apart;
            break;
          }
      if (apart < 2) return true;
      for (std::size_t i = 0; i < page.size() && i < 3; ++i) {
        const auto after = std::span(page).subspan(i + 1);
        if (auto lefts = header_lefts(page[i], after); !lefts.empty() && names_plan(page[i], lefts, after)) return true;
      }
      return false;
    };
    for (std::size_t p = header_page + 1, repeated = 0; p < pages.size(); ++p) {
      if (repeats(pages[p])) {
        ++repeated;
      } else if (repeated > 0 && repeated == p - header_page - 1 && !pages[p].empty() && not_rows(pages[p])) {
        // One note a page, its box around the page's lines: an annex's table is many lines.
        for (std::size_t q = p; q < pages.size(); ++q) {
          if (pages[q].empty()) continue;
          removed_.push_back(removed(static_cast<std::uint32_t>(q + 1), pages[q], Removed::Why::page_after_table));
          pages[q].clear();
        }
        return;
      }
    }
  }

  // What follows the table on a page, read as running text at the page's foot, is said and not read:
  // - Word's footnotes, on any page: of the lines of running text at the page's foot, the highest that opens with a
  //   footnote's number, marked on that page as a raised, smaller figure (`(ISPS Code)¹`), and runs across a
  //   column's edge (a table's words never do), and the lines after it. A helper's finding: `1 The Ministerial
  //   Statement of the 4th Transportation Ministerial Meeting, ...` was read as a section, its words parted at the
  //   columns' edges.
  // - On the table's last page, paragraphs after the table (`Note: deadlines are indicative ...`, a signature): the
  //   highest such line that runs across an edge, and the lines after it. A helper's finding: the note was read as a
  //   section, and its width, taken for the first column's, made every wrapped line of that column a paragraph of
  //   its own (27 elements misread).
  // One `layout-unread` warning a page at their box. Running text short enough to stay within the first column cannot
  // be told from a row's line, and is read as before.
  void drop_after_rows(std::vector<std::vector<PageLine>>& pages, std::size_t header_page, std::size_t header_line) {
    if (lefts_.size() < 2) return;
    const auto is_mark = [](std::string_view t) {
      if (t == "*" || t == "\xe2\x80\xa0" || t == "\xe2\x80\xa1") return true;  // *, dagger, double dagger
      return !t.empty() && t.size() <= 3 &&
             std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    const auto across_an_edge = [&](const PageLine& l) {
      for (const Word& w : l.words)
        for (std::size_t c = 1; c < lefts_.size(); ++c)
          if (w.x0 < lefts_[c] - 0.75f && w.x1 > lefts_[c] + 0.75f) return true;
      return false;
    };
    std::size_t last = pages.size();  // the table's last page: the last with lines
    for (std::size_t p = pages.size(); p-- > header_page;)
      if (!pages[p].empty()) {
        last = p;
        break;
      }
    for (std::size_t p = header_page; p < pages.size(); ++p) {
      auto& page = pages[p];
      const std::size_t first = p == header_page ? header_line + 1 : 0;
      std::vector<std::string_view> marks;
      for (std::size_t i = first; i < page.size(); ++i) {
        const float tallest = page[i].tallest();
        for (const Word& w : page[i].words)
          if (w.y1 - w.y0 < 0.75f * tallest && is_mark(w.text)) marks.push_back(w.text);
      }
      if (marks.empty() && p != last) continue;
      std::sort(marks.begin(), marks.end());  // searched once a line: a hostile page of a million marks stays n log n
      marks.erase(std::unique(marks.begin(), marks.end()), marks.end());
      // From the foot up, while the lines read as running text from the left margin (no gutter between two words:
      // a table's line has its columns' words a gutter apart, or starts in a later column); a row's line in the
      // first column alone, above them, never runs across an edge.
      std::size_t footnotes = page.size(), after = page.size();
      for (std::size_t i = page.size(); i-- > first;) {
        const PageLine& l = page[i];
        if (l.words.empty()) continue;
        bool running = l.words.front().x0 < lefts_[1] - 0.75f;
        for (std::size_t k = 1; k < l.words.size() && running; ++k)
          running = !far_apart(l.words[k].x0 - l.words[k - 1].x1);
        if (!running) break;
        if (!across_an_edge(l)) continue;
        if (p == last) after = i;
        if (is_mark(l.words.front().text) && std::binary_search(marks.begin(), marks.end(), l.words.front().text))
          footnotes = i;
      }
      const std::size_t start = std::min(footnotes, after);
      if (start == page.size()) continue;
      removed_.push_back(removed(static_cast<std::uint32_t>(p + 1), std::span(page).subspan(start),
                                 start == footnotes ? Removed::Why::footnotes : Removed::Why::after_rows));
      page.erase(page.begin() + static_cast<std::ptrdiff_t>(start), page.end());
    }
  }

  // How many of `page`'s first lines are the header row repeated, its lines as on the first page: all of them, or
  // the first alone; 0 when the page does not repeat it.
  std::size_t repeated_header_lines(const std::vector<PageLine>& page) const {
    std::size_t k = 0;
    while (k < header_keys_.size() && k < page.size() && page[k].text() == header_keys_[k]) ++k;
    return k == header_keys_.size() || k == 1 ? k : 0;
  }

  // Whether the first three runs starting at `lefts` say what a plan's columns hold. `below`: the lines after `l`
  // on its page, the first of which may hold the names' second words (names broken by Enter, "Ministerial" /
  // "Directives", within two lines' height below).
  static bool names_plan(const PageLine& l, const std::vector<float>& lefts, std::span<const PageLine> below = {}) {
    std::array<std::string, 3> names;
    const auto add = [&](const PageLine& line) {
      for (const auto& w : line.words)
        for (std::size_t r = 3; r-- > 0;)
          if (w.x0 >= lefts[r] - 0.5f) {
            if (r + 1 == lefts.size() || w.x0 < lefts[r + 1] - 0.5f) names[r].append(" ").append(w.text);
            break;
          }
    };
    // Two names that end in a plan column's word ("Ministerial Directives", "MSEG Priorities", "Action Items"), not
    // a word anywhere: a row's line "... Develop an action plan" named nothing (a review's finding: taken for the
    // header of a plan whose names say "Instructions | Work Areas | Activities", its first row lost).
    const auto named = [&] {
      int n = 0;
      for (const std::string& name : names) n += column_named(name, true) >= 0 ? 1 : 0;  // a name ends in a word
      return n >= 2;
    };
    add(l);
    if (named()) return true;
    if (below.empty() || l.words.empty()) return false;
    const float height = l.words.front().y1 - l.words.front().y0;
    if (below.front().y0 - l.y0 > 2 * height) return false;
    add(below.front());
    return named();
  }

  // Whether runs starting at `lefts` name a header's columns: three to six, the fourth on each a further column's
  // name; with `edged`, none a numbered item or a bullet (a row's line, "1A. Economies ..." a gutter from "1.1
  // Port facility", is no header where a page's names were not found: a review's finding). Numbered names far
  // apart ("1. Goals and Objectives") are a header, as they were.
  bool named_columns(const PageLine& l, const std::vector<float>& lefts, bool edged) const {
    if (lefts.size() < 3 || lefts.size() > kMaxColumns) return false;
    for (std::size_t r = 0; r < lefts.size(); ++r) {
      if (r < 3 && !edged) continue;
      std::string name;
      for (const auto& w : l.words)
        if (w.x0 >= lefts[r] - 0.5f && (r + 1 == lefts.size() || w.x0 < lefts[r + 1] - 0.5f))
          name.append(name.empty() ? "" : " ").append(w.text);
      if ((edged && starts_paragraph(name)) || (r >= 3 && !is_extra_column(name))) return false;
    }
    return true;
  }

  std::size_t column_of(float x0) const {
    std::size_t c = 0;
    for (std::size_t i = 1; i < lefts_.size(); ++i)
      if (x0 >= lefts_[i] - 2.0f) c = i;
    return c;
  }

  // Whether a column's words on `top`, a page's first line, carry on that column's cell of the open row: the
  // cell ended no sentence, tag or citation, and the words start in lower case (not a lettered item, "b)", nor a
  // name such as "e-Navigation"), or, when the line opens no numbered item, the cell leaves a parenthesis open or
  // ends mid-phrase ("... at").
  bool carries_on(const PageLine& top) const {
    std::array<const Word*, kMaxColumns> first{};
    for (const auto& w : top.words) {
      const std::size_t c = column_of(w.x0);
      if (!first[c]) first[c] = &w;
    }
    // The three columns only: a further column's short values end in no mark and may start in lower case
    // ("Chinese Taipei" / "the Philippines": a helper's finding, two rows' Lead cells read as one).
    const bool item = starts_item(top);
    for (std::size_t c = 0; c < std::min<std::size_t>(lefts_.size(), 3); ++c) {
      if (!first[c] || cells_[c].empty() || first[c]->text.empty()) continue;
      // A cell that ended a sentence, a tag or a citation carries on into nothing: a new row at the page's top
      // may well start in lower case ("e-Navigation trials ...": a review's finding, rows that may not break
      // across pages merged into the row before). A ')' that closes no tag ("... Initiative (CSI)") or a ':'
      // ends nothing (a second review's finding).
      const std::string last = cells_[c].back().text();
      if (cell_ended(last)) continue;
      const std::string_view word = first[c]->text;
      const bool lettered = word.size() == 2 && (word[1] == ')' || word[1] == '.');
      // "e-Navigation", "eGovernment": a name in its own case, not a sentence going on.
      const bool named = word.size() > 1 && (word[1] == '-' || (word[1] >= 'A' && word[1] <= 'Z'));
      const bool lower_case = !lettered && !named && word[0] >= 'a' && word[0] <= 'z';
      int depth = 0;
      for (const auto& l : cells_[c]) depth = paren_depth(l.text(), depth);
      // A numbered item opening the page ("3A.") starts a new row unless a cell plainly goes on: in lower case
      // after a word, not after a ')' ("(AIS)" / "e-Navigation trials": a third review's finding), or inside a
      // parenthesis still open ("... (ICIAP" is not enough alone: the next rows' actions were read into it).
      if (item) {
        if (lower_case && (depth > 0 || last.back() != ')')) return true;
        continue;
      }
      // Or after an economy and a comma: a list of owners broken by hand ("Co-leads: Korea," / "Peru and Chile",
      // helper 66's plans with 8 pt after lines 1.5 apart, where the next paragraph was kept from the foot of the
      // page). Not after any comma: a directive's "... such as," may end a row's page, and the next page open the
      // next row (a review's finding).
      if (lower_case || depth > 0 || ends_mid_phrase(last) || owners_go_on(last)) return true;
    }
    return false;
  }

  // Whether `last`, a cell's last line, ends in a list of owners that asks for more: a comma after economies
  // alone, after the lead clause's colon or the line's start ("Co-leads: Korea,", "Japan, Korea,").
  static bool owners_go_on(std::string_view last) {
    if (last.empty() || last.back() != ',') return false;
    const std::size_t colon = last.rfind(':');
    std::string_view owners = last.substr(colon == std::string_view::npos ? 0 : colon + 1);
    owners.remove_suffix(1);
    return economies_alone(owners);
  }

  // Whether the page's first line has words in a column whose cell of the open row ended well above the foot of
  // the page before (or had no line there): a cell goes on to the next page only when its next line did not fit,
  // so such words start a new row, though the row before reached the foot in another column (a helper's finding:
  // a new row's priority "Cooperative arrangements ..." read into the priority of the row before). Two lines and
  // the paragraph spacing of slack: widow and orphan control moves a paragraph's last two lines together.
  bool resumes_ended_column(const PageLine& top) const {
    std::array<bool, kMaxColumns> has{};
    for (const auto& w : top.words) has[column_of(w.x0)] = true;
    for (std::size_t c = 0; c < std::min<std::size_t>(lefts_.size(), 3); ++c)
      if (has[c] && column_last_[c] + 2.5f * pitch_ + paragraph_ < last_bottom_) return true;
    return false;
  }

  // A numbered directive or priority ("2A.", "4.", "3.1") opens a row.
  static bool starts_item(const PageLine& l) {
    if (l.words.empty()) return false;
    const std::string_view w = l.words.front().text;
    std::size_t i = 0;
    while (i < w.size() && w[i] >= '0' && w[i] <= '9') ++i;
    if (i == 0 || i >= w.size()) return false;
    if (w[i] == '.') {  // "4." or "3.1" or "3.1."
      std::size_t j = i + 1;
      while (j < w.size() && w[j] >= '0' && w[j] <= '9') ++j;
      return j == w.size() || (j + 1 == w.size() && w[j] == '.');
    }
    bool letter = (w[i] >= 'A' && w[i] <= 'Z') || (w[i] >= 'a' && w[i] <= 'z');
    return letter && i + 2 == w.size() && w[i + 1] == '.';  // "2A."
  }

  void front(const std::vector<PageLine>& lines, std::size_t from, std::size_t to) {
    float right = from < to ? page_right_of(lines) : 0;
    // A table indented from the margin (Word's Table Properties, Indent from left) runs past the text's margin by as
    // much: that far the front matter's lines never reach (a helper's finding: the preamble's last word would have
    // "fitted" out there, and the paragraph was read as two).
    if (from < to && !lefts_.empty()) {
      float front_left = lines[from].x0, front_right = lines[from].x1;
      for (std::size_t i = from; i < to; ++i)
        front_left = std::min(front_left, lines[i].x0), front_right = std::max(front_right, lines[i].x1);
      if (const float indent = lefts_[0] - front_left; indent > 1) right = std::max(front_right, right - indent);
    }
    for (std::size_t i = from; i < to; ++i) {
      const PageLine& l = lines[i];
      // A browser's title in a larger font wraps at its own line height (a 20 pt heading: "... Group Work" /
      // "Plan" was read as the title and the meeting), where lines of two sizes are two paragraphs. Only there: a
      // word processor's title and meeting lines in one large font are two lines (a review's finding: joined).
      const float tall = front_open_ && browser_ ? front_last_.tallest() : 0;
      const float line = tall > height_ + 0.5f && std::fabs(l.tallest() - tall) <= 0.5f ? tall : height_;
      bool join = front_open_ && l.page == front_last_.page && l.y0 - front_last_.y0 <= 1.5f * line &&
                  !fits(front_last_, l, right);
      if (!join && front_open_) laid_.text.push_back('\n');
      emit_line(l, join);
      front_open_ = true;
      front_last_ = l;
    }
  }

  static constexpr float kFitTie = 0.1f;  // points: see fits()

  static float page_right_of(const std::vector<PageLine>& lines) {
    float r = 0;
    for (const auto& l : lines) r = std::max(r, l.x1);
    return r;
  }

  // Would the next line's first word have fitted at the end of `line`, within `right`?
  bool fits(const PageLine& line, const PageLine& next, float right) const {
    const Word& w = next.words.front();
    // `right` is the furthest any line reached, so the real margin is no nearer: fitting within it is certain, but
    // for a tie. The space is the median of the page's, so a word that would end at `right` to a tenth of a point is
    // no evidence either way, and a wrap is what a word processor's line there shows (a helper's finding: 2007's
    // "... in September" / "/October 2007." ended exactly at the column's furthest line, and the action was cut in
    // two, its tag taken by the second half).
    return line.x1 + space_ + (w.x1 - w.x0) < right - kFitTie;
  }

  // The paragraph written so far ends with a tag, "(Owner/Deadline)", or a citation,
  // "(Ministerial Statement 2007)": an action or a directive ends there.
  // Whether `line` starts a new action after a lead clause that the paragraph so far ends in, by the owners'
  // names (new_action_after_owner): "... industry. Lead: Peru" / "Develop a survey ..." (a helper's finding: one
  // owner "Peru Develop a survey ... (Thailand", the second action gone, no diagnostic).
  // The caller asks only of a paragraph with a ':' in it; a line that starts with no action's verb goes no further.
  bool after_lead_owner(std::size_t paragraph_start, const PageLine& prev, std::string_view line) const {
    if (!starts_with_action_verb(line)) return false;
    // Not inside a parenthesis ("Lead: Japan (with the Port State" / "Review Committee)"), as the text forms.
    if (paren_depth(std::string_view(laid_.text).substr(paragraph_start), 0) > 0) return false;
    const std::string before = prev.text();
    Findings scratch;
    if (!read_lead_clause(std::string_view(laid_.text).substr(paragraph_start), scratch)) return false;
    return !lead_clause_continues(before) && new_action_after_owner(before, line);
  }

  // Whether the paragraph so far ends a tag or a citation, by the text forms' rule (ends_group): a yearless
  // "(Bogor Goal)" too (a helper's finding: the next paragraph joined the directive and its citation was lost).
  bool ends_with_tag(std::size_t paragraph_start) const {
    std::string_view p = std::string_view(laid_.text).substr(paragraph_start);
    while (!p.empty() && p.back() == ' ') p.remove_suffix(1);
    if (p.empty() || p.back() != ')') return false;
    // The last group alone: a parenthesis left open earlier by a typo ("(phase 2. (Chile/2011)") does not keep
    // the tag from ending the action (a review's finding: the next action joined it).
    const std::size_t open = p.rfind('(');
    return open != std::string_view::npos && ends_group(p.substr(open), 0);
  }

  void emit_line(const PageLine& l, bool join) {
    for (std::size_t k = 0; k < l.words.size(); ++k) {
      const Word& w = l.words[k];
      // A line that ends in a hyphen: a hyphen that only breaks a word ("econ-" / "omies", a word
      // processor's hyphenation) is dropped, as the text forms' readers drop it (drops_hyphen), with the same
      // note; one a compound keeps is joined without a space (joins_compound); otherwise with one:
      // "Counter- Terrorism" and "Counter-Terrorism" look alike on the page, and a space loses no character.
      if (k == 0 && join &&
          (joins_broken_word(w) || joins_compound(w) || joins_range(laid_.text, w.text) || joins_broken_month(w))) {
      } else if (k == 0 && join && laid_.text.size() >= 2 && laid_.text.back() == '-' &&
                 laid_.text[laid_.text.size() - 2] != ' ') {
        // Whether a space stood after the hyphen the page does not say: the reading is said, as the text forms'
        // readers say theirs.
        const std::size_t start = last_word_start();
        hyphens_.push_back({fmt::format("a hyphen ends the line: read as '{} {}' (whether a space stood after it, "
                                        "the page does not say)",
                                        std::string_view(laid_.text).substr(start), w.text),
                            laid_.text.size() - 1, 1});
        laid_.text.push_back(' ');
      } else if (k == 0 && join &&
                 !ends_in_web_address(std::string_view(laid_.text).substr(last_word_start())).empty()) {
        // A web address that fills its line: whether the wrap cut it, the page does not say (as in the text forms).
        const std::size_t start = last_word_start();
        guesses_.push_back({fmt::format("a web address ends the line: read as '{} {}', with a space; if the address "
                                        "goes on in the next line, it was cut by the wrap",
                                        std::string_view(laid_.text).substr(start), w.text),
                            start, laid_.text.size() - start});
        laid_.text.push_back(' ');
      } else if (k > 0 || join) {
        laid_.text.push_back(' ');
      }
      std::size_t at = laid_.text.size();
      if (w.straddles > 0) {
        const auto next = static_cast<std::size_t>(w.straddles);
        straddles_.push_back({fmt::format("'{}' runs across the gutter before column {} ('{}'); read in column {}",
                                          w.text, next + 1, names_[next], next),
                              at, w.text.size()});
      }
      // Word's Symbol-font bullet (U+F0B7, private use) is the middle dot Word's own text export writes: a
      // bullet to the readers, not an invisible character in the plan's text.
      if (w.text.starts_with(kSymbolBullet)) {
        laid_.text += "\u00B7";
        laid_.text.append(w.text, kSymbolBullet.size());
      } else {
        laid_.text += w.text;
      }
      laid_.pieces.push_back({at, laid_.text.size() - at, 0});
      laid_.places.emplace_back(PdfPlace{l.page, w.x0, w.y0, w.x1 - w.x0, w.y1 - w.y0, w.offset});
    }
  }

  // A note for each running header, footer or page number taken out, as the text forms give one. The line is
  // in no laid text: its place is its own box, and its text span the first word laid out from its page (or
  // from a page after it), which keeps the notes in the document's order; validate shows no line for it, for
  // that line would be another's (a new user took the caret under it for the footer's place).
  void note_furniture() {
    if (removed_.empty()) return;
    std::vector<std::size_t> first_at;  // page (1-based) -> the laid text's offset of its first piece
    for (std::size_t k = 0; k < laid_.pieces.size() && k < laid_.places.size(); ++k) {
      const auto* place = std::get_if<PdfPlace>(&laid_.places[k]);
      if (!place) continue;
      if (first_at.size() <= place->page) first_at.resize(place->page + 1, std::string::npos);
      if (first_at[place->page] == std::string::npos) first_at[place->page] = laid_.pieces[k].at;
    }
    // A page with nothing laid out (all furniture) takes the next page's start, or the text's end.
    std::size_t next = laid_.text.size();
    for (std::size_t p = first_at.size(); p-- > 0;) {
      if (first_at[p] == std::string::npos) first_at[p] = next;
      next = first_at[p];
    }
    for (auto& r : removed_) {
      const std::size_t at = r.page < first_at.size() ? first_at[r.page] : laid_.text.size();
      laid_.finding_places.push_back({laid_.findings.size(), r.place, /*off_text=*/true});
      const std::string lines = r.lines == 1 ? std::string("1 line is") : fmt::format("{} lines are", r.lines);
      std::string message;
      switch (r.why) {
        case Removed::Why::page_after_table:
          message = fmt::format("page {} follows the plan's table (its header row, at the top of every page before, "
                                "is not there): its {} not part of the plan, from '{}'",
                                r.page, lines, r.text);
          break;
        case Removed::Why::after_rows:
          message = fmt::format("page {} goes on after the plan's table: its last {} not part of the plan, from '{}'",
                                r.page, lines, r.text);
          break;
        case Removed::Why::footnotes:
          message = fmt::format("page {} has footnotes at its foot, below the plan's table: their {} not part of the "
                                "plan, from '{}'",
                                r.page, lines, r.text);
          break;
        case Removed::Why::furniture:
          message = fmt::format("running header, footer or page number removed from page {}: '{}'", r.page, r.text);
          break;
      }
      laid_.findings.push_back({r.why == Removed::Why::furniture ? DiagnosticCode::page_furniture
                                                                 : DiagnosticCode::layout_unread,
                                std::move(message), std::string_view(laid_.text).substr(at, 0)});
    }
  }

  // The document's whole words, the hyphen rule's evidence ("sub-" / "ject" is "subject" where the document
  // writes "subject"); read only when some line ends in a hyphen.
  // Where the laid text's last word starts (after the last space, tab or line end): the word a line's end hyphen
  // belongs to.
  std::size_t last_word_start() const {
    std::size_t start = laid_.text.empty() ? 0 : laid_.text.size() - 1;
    while (start > 0 && laid_.text[start - 1] != ' ' && laid_.text[start - 1] != '\t' && laid_.text[start - 1] != '\n')
      --start;
    return start;
  }

  // Whether the text so far ends in a hyphen a compound keeps, `next` the compound's second part: before a
  // lower-case letter or a digit ("anti-" / "piracy", "mid-" / "2009"), and before a capital unless the document
  // writes the two words apart and never whole ("Counter- Terrorism"; spaced_after_hyphen, the text forms' rule:
  // "Asia-Pacific", "MEG-SEC" are whole). Then `next` follows with no space, noted. (New users' findings: "anti-
  // piracy" here and "anti-piracy" in the same PDF's pdftotext text; "Asia- Pacific" here, "Asia-Pacific" there.)
  bool joins_compound(const Word& next) {
    const std::string_view text = laid_.text;
    if (text.size() < 2 || text.back() != '-' || text[text.size() - 2] == ' ' || next.text.empty()) return false;
    const std::size_t start = last_word_start();
    const std::string_view word = text.substr(start);
    if (spaced_after_hyphen(word, next.text, vocabulary_)) return false;
    hyphens_.push_back({fmt::format("a hyphen ends the line: read as '{}{}'", word, next.text), text.size() - 1, 1});
    return true;
  }

  void learn_words(const std::vector<std::vector<PageLine>>& pages) {
    // A page's line holds every column's words: any word may end its column's line.
    bool hyphens = false;
    for (const auto& page : pages)
      for (const auto& l : page)
        for (const auto& w : l.words) hyphens = hyphens || w.text.ends_with('-');
    if (!hyphens) return;
    // A line's words as one text, so that the vocabulary sees the words written apart ("Counter Terrorism") as
    // well as whole and hyphenated ("MEG-SEC"), as the text forms' readers see them.
    std::string line;
    for (const auto& page : pages)
      for (const auto& l : page) {
        line.clear();
        for (const auto& w : l.words) line.append(line.empty() ? "" : " ").append(w.text);
        vocabulary_.add(line);
      }
  }

  // Whether the text so far ends in a month's first letters that `next` completes with no hyphen: a column too
  // narrow for the word, and the word processor broke it where it stood ("(Australia/Septemb" / "er 2012)": a new
  // user's finding, an unknown deadline 'Septemb er 2012'). Then `next` follows with no space, noted.
  bool joins_broken_month(const Word& next) {
    const std::string_view text = laid_.text;
    std::size_t start = text.size();
    while (start > 0 && ascii::letter(text[start - 1])) --start;
    std::size_t end = 0;
    while (end < next.text.size() && ascii::letter(next.text[end])) ++end;
    if (start == text.size() || end == 0 || !(next.text[0] >= 'a' && next.text[0] <= 'z')) return false;
    const std::string whole = std::string(text.substr(start)).append(next.text.substr(0, end));
    if (!patterns::month_spelling(whole) || patterns::month_spelling(next.text.substr(0, end))) return false;
    guesses_.push_back({fmt::format("'{}' ends the line and '{}' starts the next: read as the month '{}', a word the "
                                    "column was too narrow for",
                                    text.substr(start), next.text.substr(0, end), whole),
                        start, text.size() - start});
    return true;
  }

  // Whether the text so far ends in a word broken by a hyphen that `next` completes: then the hyphen is taken
  // off (the previous word's piece with it) and noted, and `next` follows with no space.
  bool joins_broken_word(const Word& next) {
    const std::string_view text = laid_.text;
    if (text.size() < 2 || text.back() != '-' || laid_.pieces.empty()) return false;
    const std::size_t start = last_word_start();
    const std::string_view broken = text.substr(start);
    if (!drops_hyphen(broken, next.text, &vocabulary_)) return false;
    hyphens_.push_back({fmt::format("a hyphen ends the line: read as '{}{}'", broken.substr(0, broken.size() - 1),
                                    next.text),
                        text.size() - 1, 1});
    laid_.text.pop_back();
    if (laid_.pieces.back().at + laid_.pieces.back().length > laid_.text.size()) --laid_.pieces.back().length;
    return true;
  }

  // Word's Normal style sets space after every paragraph (6 or 8 pt), and a table in it, exported to PDF, has each
  // cell's paragraphs off the line grid: each column's lines drift from the others', and against one grid for the
  // whole line every line was a row (a helper's finding: a one-row plan read as eight sections, its actions
  // untagged, exit 0). So does a column in a smaller font (a Lead column at 8 pt beside text at 9: a review's
  // finding). Each column's own pitch is the smallest gap its lines keep often, where that is smaller than the
  // table's; the spacing is learned only where it is certain: a gap in one column that is no whole number of its
  // lines while another column's wrapped lines run on across it, so that no row can end there. One such gap is
  // enough when two more gaps agree with it (a Lead column's names, one a paragraph, beside a short row). Without
  // either, the rows are found on the one grid as before (with the table's pitch corrected where two columns
  // agree on another).
  void learn_column_grids(const std::vector<std::vector<PageLine>>& pages, std::size_t header_page,
                          std::size_t body_from) {
    // Each column's line tops, page by page, and each such line's height (its tallest word's).
    std::vector<std::array<std::vector<float>, kMaxColumns>> tops(pages.size() - header_page);
    std::vector<std::array<std::vector<float>, kMaxColumns>> talls(pages.size() - header_page);
    std::array<std::vector<float>, kMaxColumns> heights;
    for (std::size_t p = header_page; p < pages.size(); ++p)
      for (std::size_t i = p == header_page ? body_from : 0; i < pages[p].size(); ++i)
        for (const auto& w : pages[p][i].words) {
          const std::size_t c = column_of(w.x0);
          auto& t = tops[p - header_page][c];
          auto& tall = talls[p - header_page][c];
          if (t.empty() || w.y0 - t.back() > 2.0f) {
            t.push_back(w.y0), tall.push_back(w.y1 - w.y0);
          } else if (std::fabs(w.y1 - w.y0 - tall.back()) > 0.5f) {
            t.back() = std::min(t.back(), w.y0);  // fonts of more than one size: the line starts at the tallest (top_of)
            tall.back() = std::max(tall.back(), w.y1 - w.y0);
          }
          heights[c].push_back(w.y1 - w.y0);
        }
    // A column whose words stand taller or shorter than the table's is in a font of another size: its lines keep
    // a pitch of their own (a Lead column at 8 pt, priorities at 10 beside text at 9: a review's and a helper's
    // findings), and its gaps are no evidence of paragraph spacing. The table's font is the one most columns are
    // in (of as many, the one with more words).
    std::array<float, kMaxColumns> height{};
    for (std::size_t c = 0; c < lefts_.size(); ++c) height[c] = median(heights[c], height_);
    float table_height = height_;
    std::pair<std::size_t, std::size_t> best{0, 0};  // columns, words
    for (std::size_t c = 0; c < lefts_.size(); ++c) {
      if (heights[c].empty()) continue;
      std::pair<std::size_t, std::size_t> votes{0, 0};
      for (std::size_t d = 0; d < lefts_.size(); ++d)
        if (!heights[d].empty() && std::fabs(height[d] - height[c]) <= 0.5f) ++votes.first, votes.second += heights[d].size();
      if (votes > best) best = votes, table_height = height[c];
    }
    std::array<bool, kMaxColumns> own_font{};
    for (std::size_t c = 0; c < lefts_.size(); ++c)
      own_font[c] = !heights[c].empty() && std::fabs(height[c] - table_height) > 0.5f;
    // Lines in a font of another size than most of their column's (a cell's first paragraph in 10 pt, a citation
    // in 8, in a column in 9).
    std::size_t mixed = 0;
    for (std::size_t p = 0; p < talls.size(); ++p)
      for (std::size_t c = 0; c < lefts_.size(); ++c)
        for (float h : talls[p][c]) mixed += std::fabs(h - height[c]) > 0.5f ? 1 : 0;
    const float merged = pitch_;  // the pitch of all lines together, as found before the columns are looked at
    // The smallest gap a column's lines keep often (three times, and a tenth of its gaps), and how often.
    std::array<std::pair<float, std::size_t>, kMaxColumns> smallest{};
    std::array<std::vector<float>, kMaxColumns> gaps;
    for (std::size_t c = 0; c < lefts_.size(); ++c) {
      // Gaps after lines in the column's own font only: an 8 pt tag's line keeps a smaller pitch than the column's
      // (helper 70's review: 9.3 pt gaps after 8 pt tags were taken for a 9 pt table's pitch, 8 sections for 4).
      for (std::size_t p = 0; p < tops.size(); ++p)
        for (std::size_t k = 0; k + 1 < tops[p][c].size(); ++k)
          if (std::fabs(talls[p][c][k] - height[c]) <= 0.5f) gaps[c].push_back(tops[p][c][k + 1] - tops[p][c][k]);
      std::sort(gaps[c].begin(), gaps[c].end());
      smallest[c] = smallest_kept_gap(gaps[c]);
    }
    // The table's pitch: the smallest of these that another column in the table's font keeps too. Where one-line
    // paragraphs outnumber wrapped lines, the gap between lines was the paragraph gap (a Lead column's names), and
    // where the spacing is near the pitch, lines of two columns interleave closer than either's (10 pt after lines
    // 10.5 apart: a helper's finding): the table's pitch is this one.
    std::array<std::size_t, kMaxColumns> order{};
    for (std::size_t c = 0; c < kMaxColumns; ++c) order[c] = c;
    std::sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(lefts_.size()),
              [&](std::size_t a, std::size_t b) { return smallest[a].first < smallest[b].first; });
    bool corroborated = false;  // two columns in the table's font agree on its pitch
    for (std::size_t k = 0; k < lefts_.size(); ++k) {
      const std::size_t c = order[k];
      if (!smallest[c].second || own_font[c]) continue;
      bool shared = false;
      for (std::size_t d = 0; d < lefts_.size() && !shared; ++d)
        if (d != c && !own_font[d])
          for (float g : gaps[d]) shared = shared || std::fabs(g - smallest[c].first) <= 0.3f;
      if (!shared) continue;
      // Lower, or higher where no column's lines keep the pitch of all lines together (a small table's rows 11.0
      // apart are not its pitch while one column's wrapped lines keep 10.5).
      // A column in a font of its own keeps its own pitch, not the table's (an 8 pt actions column's 9.3 pt lines
      // were the pitch of all lines together, and kept it for a table in 9 pt: every directive line a paragraph).
      bool kept = false;
      for (std::size_t d = 0; d < lefts_.size(); ++d)
        kept = kept || (!own_font[d] && smallest[d].second && std::fabs(smallest[d].first - pitch_) <= 0.3f);
      if (smallest[c].first < pitch_ - 0.3f || (smallest[c].first > pitch_ + 0.3f && !kept)) pitch_ = smallest[c].first;
      corroborated = true;
      break;
    }
    // A column in its own font keeps the smallest gap its lines keep often, or, with too few lines to tell, the
    // table's pitch in proportion to its words' height where that pitch is certain (in a small plan, with too few
    // lines in each column to tell, the column is read on the one grid, as before).
    for (std::size_t c = 0; c < lefts_.size(); ++c)
      column_pitch_[c] = !own_font[c]                                            ? pitch_
                         : smallest[c].second                                     ? smallest[c].first
                         : corroborated && table_height > 0.5f && height[c] > 0.5f ? pitch_ * height[c] / table_height
                                                                                  : pitch_;
    std::vector<float> extras, others;  // the certain gaps' extra over the pitch, and every off-grid gap's
    for (const auto& page : tops)
      for (std::size_t c = 0; c < lefts_.size(); ++c) {
        if (own_font[c]) continue;
        const float pitch = column_pitch_[c];
        for (std::size_t k = 0; k + 1 < page[c].size(); ++k) {
          const float y1 = page[c][k], y2 = page[c][k + 1], gap = y2 - y1;
          const float steps = gap / pitch;
          if (gap < pitch + 1.0f || gap > 3 * pitch || std::fabs(steps - std::round(steps)) * pitch <= kSlack) continue;
          others.push_back(gap - pitch);
          for (std::size_t d = 0; d < lefts_.size(); ++d) {
            if (d == c) continue;
            // The other column's last line above y2 (and below y1), and the line after it.
            auto after = std::upper_bound(page[d].begin(), page[d].end(), y2 - slack());
            if (after == page[d].begin() || after == page[d].end()) continue;
            const float a = *(after - 1), b = *after;
            if (a > y1 + slack() && b > y2 + slack() && std::fabs(b - a - column_pitch_[d]) <= slack()) {
              extras.push_back(gap - pitch);
              break;
            }
          }
        }
      }
    const float spacing = densest(extras, 1);
    const auto near = [&](float e) { return std::fabs(e - spacing) <= slack() + 0.05f; };
    const auto certain = std::count_if(extras.begin(), extras.end(), near);
    const auto agreeing = std::count_if(others.begin(), others.end(), near);
    // Cells centred in their rows stand half a line off each other (the lines of all columns together a half pitch
    // apart): that is no spacing, and such tables are read by the one grid of half lines, as before. Unless two of
    // a column's gaps of a line and a half are crossed by another column's wrapped lines, and the spacing they
    // show is half a line: that is spacing (helper 66's plans with 8 pt after lines 1.5 apart, 15.75 pt: every
    // paragraph started a row). A centred table's row boundaries may be crossed so too, by a taller cell of the
    // next row, but the gaps they show are of other sizes (16.3 pt in lines 10.5 apart).
    const bool half_spacing = certain >= 2 && std::fabs(2 * spacing - pitch_) <= 0.6f;
    if (std::fabs(2 * merged - pitch_) <= 0.3f && !half_spacing &&
        !std::any_of(own_font.begin(), own_font.end(), [](bool b) { return b; })) {
      pitch_ = merged;
      column_pitch_.fill(merged);
      return;
    }
    paragraph_ = spacing > 0 && (certain >= 2 || agreeing >= 3) ? spacing : 0.0f;
    // Spacing within a pixel of the pitch: there a pixel's slack cannot tell a line from a paragraph.
    if (pixel_grid_ && paragraph_ > 0 && std::fabs(paragraph_ - pitch_) <= slack()) pixel_grid_ = false;
    // Borders: gaps in a column a few points past one step (a line and the spacing), as a row's top stands past the
    // tallest cell's last line by a border's width and a cell's padding. Two make it certain (a borderless table's
    // longer gaps fall near whole steps by chance, never near one).
    // A hairline border (a quarter point) stands within the grid's slack on some rows: such rows show only by the
    // paragraphs that start together, so only borders all past the slack count.
    if (paragraph_ > 0) {
      std::size_t near_misses = 0;
      float thinnest = 3.0f;
      for (std::size_t c = 0; c < lefts_.size(); ++c) {
        if (own_font[c]) continue;
        const float step = column_pitch_[c] + paragraph_;
        for (float gap : gaps[c])
          if (const float off = gap - step; off >= slack() - 0.1f && off <= 3.0f) {
            ++near_misses;
            thinnest = std::min(thinnest, off);
          }
      }
      bordered_ = near_misses >= 2 && thinnest > slack();
    }
    // A line stands its own height above the next: in a font of another size (a cell's first paragraph in 10 pt,
    // a citation in 8, beside lines in 9), the gap after it is the column's pitch times its height over the
    // height of the lines that keep that pitch (helper 66's PDFs: each such gap was off the grid, a new row).
    // Three such lines read the table by each column's grid.
    for (std::size_t c = 0; c < lefts_.size(); ++c) {
      std::vector<float> keeping;
      for (std::size_t p = 0; p < tops.size(); ++p)
        for (std::size_t k = 0; k + 1 < tops[p][c].size(); ++k)
          if (std::fabs(tops[p][c][k + 1] - tops[p][c][k] - column_pitch_[c]) <= slack()) keeping.push_back(talls[p][c][k]);
      column_height_[c] = median(std::move(keeping), height[c]);
    }
    by_columns_ = paragraph_ > 0 || mixed >= 3;
    for (std::size_t c = 0; c < lefts_.size(); ++c)
      by_columns_ = by_columns_ || std::fabs(column_pitch_[c] - pitch_) > 0.3f;
    // Cells centred in their rows, where most lines still keep whole lines apart: a short cell's lines stand half
    // a line off the tall one's where their line counts differ by an odd number, and on the one grid each such
    // line started a row (helper 66's PDFs with every cell centred: a plan of 4 rows read as 17 sections). Three
    // lines half a line below the line before make it certain; then each column keeps its own grid and a
    // column's first line in a row may stand half lines below the row's top. (A row's border and padding may
    // come to half a line by chance: a row is still found where a column's next line stands off its own grid.)
    if (paragraph_ == 0) {
      std::size_t halves = 0;
      for (std::size_t p = header_page; p < pages.size(); ++p)
        for (std::size_t i = (p == header_page ? body_from : 0) + 1; i < pages[p].size(); ++i) {
          const float gap = pages[p][i].y0 - pages[p][i - 1].y0, steps = gap / pitch_;
          if (steps > 0.25f && std::fabs(steps - std::floor(steps) - 0.5f) * pitch_ <= kSlack) ++halves;
        }
      centred_ = halves >= 3;
      by_columns_ = by_columns_ || centred_;
    }
  }

  // By the columns' own grids, whether a line stands off them: each column's part against that column's line
  // before it in the row (a wrapped line one of its pitches below; a new paragraph one pitch and the spacing, or
  // two or three of those: empty paragraphs; without paragraph spacing, any whole number of lines), a column's
  // first part against the row's top. A row's top stands a border's width or a cell's padding off the tallest
  // cell's grid. Marks the parts that start a paragraph.
  bool off_column_grids(const PageLine& l, std::array<PageLine, kMaxColumns>& parts) const {
    bool off = false;
    for (std::size_t c = 0; c < lefts_.size(); ++c) {
      if (parts[c].words.empty()) continue;
      const bool first = column_last_[c] < 0;
      // A wrapped line stands the line before's height below it, in that line's font.
      const float pitch = column_pitch_[c] * (first ? 1.0f : line_scale(c, column_last_height_[c]));
      const float step = pitch + paragraph_;
      const float y = top_of(parts[c]);
      const float gap = first ? y - row_top_ : y - column_last_[c];
      // A column's first line at the row's top, or whole lines below it (a cell centred in its row), or half lines
      // in a table whose cells are centred (centred_).
      const float grid = centred_ ? pitch / 2 : pitch;
      if (first && (l.y0 == row_top_ || std::fabs(gap - grid * std::round(gap / grid)) <= slack())) continue;
      if (first && paragraph_ > 0 && (cells_[c].empty() || cell_goes_on(c, parts[c])) && runs_across(c, y, parts) &&
          off_row_top(gap, pitch))
        continue;
      if (!first && std::fabs(gap - pitch) <= slack()) continue;
      const float n = std::round(gap / step);
      if (paragraph_ == 0) {
        if (n >= 1 && std::fabs(gap - n * step) <= slack()) continue;
      } else if (n >= 1 && n <= 3 && std::fabs(gap - n * step) <= slack() + 0.1f * (n - 1)) {
        parts[c].paragraph = true;
        continue;
      }
      off = true;
    }
    // Every column the open row has text in starting a paragraph on one line is a new row, in a table without
    // borders: there rows of one-line cells stand a paragraph's step apart, and nothing else tells them apart (a
    // review's finding: two rows read as one). Where borders show (bordered_), rows stand off the step and such a
    // line is a row's next paragraphs (a second review's finding: a bordered row of one-line paragraphs split).
    if (!off && paragraph_ > 0 && !bordered_) {
      std::size_t starting = 0;
      bool all = true;
      for (std::size_t c = 0; c < lefts_.size(); ++c) {
        if (cells_[c].empty()) continue;
        if (parts[c].words.empty() || !parts[c].paragraph) all = false;
        else ++starting;
      }
      off = all && starting >= 2;
    }
    return off;
  }

  // Whether a column's first line in a row stands where a cell centred or set at the foot of its row puts it, in
  // a table with paragraph spacing: half (or all) of some lines and paragraph gaps below the row's top, the
  // difference between its cell's height and the tallest's (on each page a row breaks across, its part there
  // centred apart). Asked only of a column with no text in the row yet, or whose cell goes on from the page
  // before (cell_goes_on: "3A." on the next page after a cell that ended "2009)" is the next row's), where
  // another column's text runs across the line (runs_across): without borders, the first lines of columns empty
  // in the row so far are what show a new row (the later-forms plan's part heading, a row of one cell, and "1A."
  // beside "1.1" under it).
  bool off_row_top(float gap, float pitch) const {
    // Only where the spacing is a gap of its own: a point or two (a line's height off the grid) or about a line
    // (10 pt after lines 10.5 apart) makes such sums stand everywhere, or on every half line (a review's finding:
    // rows of top-aligned tables were joined). A cell's paragraphs are a dozen at most.
    if (paragraph_ < 0.3f * pitch || std::fabs(paragraph_ - pitch) <= 1.5f) return false;
    for (int b = 0; b <= 12; ++b) {
      const float rest = 2 * gap - static_cast<float>(b) * paragraph_;
      if (rest < -0.5f) break;
      const float a = std::round(rest / pitch);
      if (a >= 0 && std::fabs(rest - a * pitch) <= 0.5f) return true;
    }
    return false;
  }

  // Whether a cell whose last line is `last` is ended: by a sentence, a tag or a citation (a ')' that closes no
  // tag, "... Initiative (CSI)", or a ':' ends nothing), or by nothing at all.
  static bool cell_ended(std::string_view last) {
    return last.empty() || last.back() == '.' || last.back() == ';' || ends_group(last, paren_depth(last, 0));
  }

  // Whether column c's cell of the open row goes on in `part`: the cell is not ended, and the part starts no
  // numbered item or bullet.
  bool cell_goes_on(std::size_t c, const PageLine& part) const {
    return !cell_ended(cells_[c].back().text()) && !starts_paragraph(part.text());
  }

  // Whether a column other than c is in the middle of its text at `y`: its line on this line wraps its line
  // before, or its last line stands less than a line and the spacing above and its next is still to come.
  bool runs_across(std::size_t c, float y, const std::array<PageLine, kMaxColumns>& parts) const {
    for (std::size_t d = 0; d < lefts_.size(); ++d) {
      if (d == c || column_last_[d] < 0) continue;
      if (!parts[d].words.empty() ? std::fabs(top_of(parts[d]) - column_last_[d] - column_pitch_[d]) <= slack()
                                  : y - column_last_[d] < column_pitch_[d] + paragraph_ - slack())
        return true;
    }
    return false;
  }

  bool row_empty() const { return !row_open_; }

  void open_row() {
    if (row_open_) return;
    row_open_ = true;
    row_major_ = -1;
    for (auto& c : cells_) c.clear();
  }

  void add_line(std::size_t column, PageLine line) {
    if (column == 0 && row_major_ < 0) row_major_ = major_of(line, /*directive=*/true);
    if (column == 0 && cells_[0].empty()) row_part_ = starts_part_heading(line.text());
    cells_[column].push_back(std::move(line));
  }

  // The section number a directive ("2A.", "4.") or a priority ("2.1") opening `l` carries, or -1.
  static int major_of(const PageLine& l, bool directive) {
    if (l.words.empty() || l.words.front().text.empty() || !ascii::digit(l.words.front().text[0])) return -1;
    const std::string text = l.text();
    std::string_view rest = text, number;
    if (!(directive ? patterns::consume_directive_number(rest, number) : patterns::consume_priority_number(rest, number)))
      return -1;
    int major = 0;
    for (char c : number) {
      if (!ascii::digit(c) || major > 100000) break;
      major = major * 10 + (c - '0');
    }
    return major;
  }

  // Where nothing on the page marks a row's end (no border, no spacing: a borderless table's rows end and start
  // together, one grid of lines), the words can. A line starts a row on which the directives column opens a
  // directive of another section number than the row's directives and the priorities column a priority of that
  // number, or an unnumbered priority's first line (helper 66's borderless PDFs: every row of a plan read as one
  // section, exit 0); or on which the directives column opens a part heading (`Part B. Directives - ...`), or,
  // after a part heading's row, a numbered directive. Noted (layout-inferred).
  enum class RowStart { none, numbers, part, after_part };
  RowStart words_start_row(const std::array<PageLine, kMaxColumns>& parts) const {
    if (lefts_.size() < 2 || parts[0].words.empty() || cells_[0].empty()) return RowStart::none;
    const int directive = major_of(parts[0], true);
    if (row_part_) return directive >= 0 ? RowStart::after_part : RowStart::none;
    if (part_heading_alone(parts)) return RowStart::part;
    if (row_major_ < 0 || parts[1].words.empty() || directive < 0 || directive == row_major_) return RowStart::none;
    const int priority = major_of(parts[1], false);
    if (priority >= 0) return priority == directive ? RowStart::numbers : RowStart::none;
    return opens_paragraph(1, parts[1]) ? RowStart::numbers : RowStart::none;  // an unnumbered priority's first line
  }

  // Whether column c's part of a line opens a paragraph, not the one above it going on: the column's first line in
  // the row, or its line before stands more than a line above (a paragraph's lines follow each other), or its first
  // word would have fitted there.
  bool opens_paragraph(std::size_t c, const PageLine& part) const {
    return cells_[c].empty() || (column_last_[c] >= 0 && top_of(part) - column_last_[c] > 1.5f * column_pitch_[c]) ||
           fits(cells_[c].back(), part, column_right_[c]);
  }

  // A part heading on its own line of the table ("Part B. Directives – ...", "Part 2: ..."): its number followed by
  // a mark, nothing in the other columns (a row across the table). "Part B of the ISPS Code ..." in a directive
  // is no heading (helper 71's review: a row was started there, a cell-count error).
  bool part_heading_alone(const std::array<PageLine, kMaxColumns>& parts) const {
    for (std::size_t c = 1; c < lefts_.size(); ++c)
      if (!parts[c].words.empty()) return false;
    const std::string text = parts[0].text();
    if (!starts_part_heading(text)) return false;
    std::size_t i = 5;
    while (i < text.size() && (ascii::digit(text[i]) || (text[i] >= 'A' && text[i] <= 'Z'))) ++i;
    return i < text.size() && (text[i] == '.' || text[i] == ':' || text.compare(i, 4, " \u2013") == 0 ||
                               text.compare(i, 2, " -") == 0);
  }

  // On a line of a table whose rows nothing on the page marks (names_on_grid_), every column the open row has
  // text in, two or more, starts a paragraph: a row may start there as well as not (the 2007 plan, unnumbered,
  // without borders or spacing: its four rows read as one). Read as the row going on, and noted at the line.
  bool all_start_paragraphs(const std::array<PageLine, kMaxColumns>& parts) const {
    std::size_t starting = 0;
    for (std::size_t c = 0; c < std::min<std::size_t>(lefts_.size(), 3); ++c) {
      if (cells_[c].empty()) continue;
      if (parts[c].words.empty()) return false;
      if (!starts_item(parts[c]) && !opens_paragraph(c, parts[c])) return false;
      // A citation or tag on a line of its own, words in lower case, or a list's bullet go on with what is above.
      const char first = parts[c].words.front().text.front();
      if (first == '(' || (first >= 'a' && first <= 'z') || starts_bullet(parts[c].words.front().text)) return false;
      ++starting;
    }
    return starting >= 2;
  }

  void close_row() {
    if (!row_open_) return;
    row_open_ = false;
    if (front_open_) {
      laid_.text.push_back('\n');
      front_open_ = false;
    }
    if (row_note_ != RowStart::none && !cells_[0].empty()) {
      const std::string_view number = cells_[0].front().words.front().text;
      const std::string why = row_note_ == RowStart::numbers ? fmt::format("a directive of section {} and a priority start", row_major_)
                              : row_note_ == RowStart::part  ? std::string("a part heading starts")
                                                             : std::string("a numbered directive starts after a part heading's row");
      guesses_.push_back({fmt::format("a row starts at '{}': nothing on the page marks where the row before ends (no "
                                      "border, no spacing), but {} on this line",
                                      number, why),
                          laid_.text.size() + 1, number.size()});
    }
    row_note_ = RowStart::none;
    std::size_t first_column = 0;  // the row's first column with text: a may-start-row note stands there
    while (first_column + 1 < lefts_.size() && cells_[first_column].empty()) ++first_column;
    for (std::size_t c = 0; c < lefts_.size(); ++c) {
      auto& lines = cells_[c];
      float right = column_right_[c];
      for (const auto& l : lines) right = std::max(right, l.x1);
      laid_.text.push_back('\t');
      // breaks[i]: line i starts a paragraph, because its first word would have fitted on the line before.
      // Or because the font's size changes by more than a quarter from the line to the next: a heading's size (a
      // 14 pt heading over "1A. Ministers ..." in 9: a helper's finding, once the grid kept the two in one row,
      // the heading and the directive were read as one, its number lost). A point or so is a run's own size going
      // on (a tag in 8 pt that wraps inside a paragraph in 9).
      std::vector<bool> breaks(lines.size(), true);
      // The lines' tallest words: a footnote's mark ending a line is no change of size (helper 71's review).
      float above = lines.empty() ? 0.0f : lines.front().tallest();
      for (std::size_t i = 1; i < lines.size(); ++i) {
        const float height = lines[i].tallest();
        const bool resized = std::max(above, height) > 1.25f * std::min(above, height);
        breaks[i] = lines[i].paragraph || fits(lines[i - 1], lines[i], right) || resized;
        above = height;
      }
      // Two short lines that each stand alone are list items ("Seafarers' ID", "Port Worker ID"): the
      // first starts a paragraph too, though it would not have fitted after the line before it.
      const float width = right - (c < lefts_.size() ? lefts_[c] : 0);
      auto is_short = [&](std::size_t i) { return lines[i].x1 - lines[i].x0 < 0.5f * width; };
      for (std::size_t i = 1; i + 1 < lines.size(); ++i)
        if (!breaks[i] && is_short(i) && breaks[i + 1] && is_short(i + 1) && (i + 2 == lines.size() || breaks[i + 2]))
          breaks[i] = true;
      std::size_t paragraph_start = laid_.text.size();
      std::size_t lead_start = paragraph_start;  // where the paragraph whose lead clause the line may follow starts
      bool colon = false;  // the paragraph so far has a ':' (a lead clause may end it): no rescan a line
      for (std::size_t i = 0; i < lines.size(); ++i) {
        // What the words say before what their places suggest (a new user's findings: "would it have fitted"
        // misjudged by a word's width split "agreeing a work" / "program." into two actions, the tag on the
        // second; "(Leaders’" / "Statement 2005)" lost its citation; "4.2 Cyber security" joined "4.1"): a
        // number or a bullet starts a paragraph, an open parenthesis or a lower-case start goes on with it.
        // A number starts one where the line before ended a sentence, or in the priorities column, whose titles end
        // in no mark ("4.1 Stowaway prevention" / "4.2 ..."), or where the number would have fitted before; a
        // wrapped "paragraph" / "4.1 of the ISPS Code" goes on (a review's finding). A bullet always starts one.
        const std::string_view first = lines[i].words.front().text;
        const auto ends_sentence = [&] {
          const std::string_view last = lines[i - 1].words.back().text;
          return !last.empty() && std::string_view(".;:)").find(last.back()) != std::string_view::npos;
        };
        // A labelled tag's dash wrapped to the line's start ("(Pilot Project" / "– MSEG members/June 2006)") is
        // no bullet: inside an open parenthesis the line goes on (a helper's finding: read as a bullet, the tag
        // was lost in its action's text and the next action joined it, with a note alone).
        const std::string line_text = lines[i].text();
        const bool in_tag = i > 0 && (line_text.starts_with("\u2013 ") || line_text.starts_with("- ")) &&
                            paren_depth(std::string_view(laid_.text).substr(paragraph_start), 0) > 0;
        // So is a sentence's dash a wrap put first ("1.3 Model Visit Program" / "– Global Standard": a 12 pt plan's
        // narrow column), where it would not have fitted after the line before and nothing makes it a list; said.
        // On one page only: a line at a page's top was put there by the page's end, not by the width (a review's
        // finding: "4.1 Stowaway prevention ... berths" / "– Stowaway detection", an item opening page 2).
        // The later lines are read up to the next bullet only: each stretch once, however many dashes a cell holds.
        const auto list_after = [&] {
          for (std::size_t j = i + 1; j < lines.size(); ++j)
            if (starts_bullet(lines[j].text())) return true;
          return false;
        };
        const bool dash_wraps = i > 0 && !in_tag && !breaks[i] && lines[i].page == lines[i - 1].page &&
                                dash_goes_on(std::string_view(laid_.text).substr(paragraph_start), lines[i - 1].text(),
                                             line_text, {}) &&
                                !list_after();
        const bool wrapped_dash = in_tag || dash_wraps;
        const bool bullet = !wrapped_dash && starts_bullet(line_text);
        const bool numbered = i > 0 && !wrapped_dash && starts_paragraph(line_text) &&
                              (bullet || c == 1 || breaks[i] || ends_sentence());
        // A lead clause carried from the paragraph before holds while this one names economies alone ("Peru and
        // Chile"); a sentence going on ("Peru and Chile, as agreed in the Leaders' Review of the Bogor Goals and the
        // Joint" / "Study on port security ...") is no owners' list (a review's finding: "Study" read as an action).
        // (A list of owners is short: a long paragraph is none, and is not read again at each of its lines.)
        const bool owners_so_far = lead_start == paragraph_start ||
                                   (laid_.text.size() - paragraph_start <= 200 &&
                                    economies_alone(std::string_view(laid_.text).substr(paragraph_start)));
        const bool after_lead = i > 0 && !wrapped_dash && !numbered && !breaks[i] && colon && owners_so_far &&
                                after_lead_owner(lead_start, lines[i - 1], line_text);
        // A Lead column's names, one a line, as the text forms read them (economy_line). Asked last and of short
        // lines starting with a capital alone: every line of every cell comes here.
        const bool names = i > 0 && !numbered && !after_lead && !wrapped_dash && lines[i].words.size() <= 4 &&
                           lines[i - 1].words.size() <= 4 && first[0] >= 'A' && first[0] <= 'Z' &&
                           (economy_line(line_text) ||
                            (i + 1 < lines.size() && economy_line(line_text, lines[i + 1].text()))) &&
                           (economy_line(lines[i - 1].text()) ||
                            (i >= 2 && economy_line(lines[i - 2].text() + ' ' + lines[i - 1].text()))) &&
                           paren_depth(std::string_view(laid_.text).substr(paragraph_start), 0) == 0;
        const bool starts = numbered || after_lead || names;
        // A lettered item ("a) develop ...", "b. share ...") starts with a lower-case letter too: its own paragraph
        // when it would have fitted before.
        const bool lettered = first.size() == 2 && (first[1] == ')' || first[1] == '.');
        // A line that ends mid-phrase ("... cruise terminals at" / "Da Nang under ...") goes on whatever the next
        // line's first word would have fitted (a helper's finding: an action cut in two, the first half untagged);
        // not into a lettered item ("b) share ...; and" / "c) report ...").
        const bool goes_on = i > 0 && !starts &&
                             (paren_depth(std::string_view(laid_.text).substr(paragraph_start), 0) > 0 ||
                              (!lettered && ((first[0] >= 'a' && first[0] <= 'z') || ends_mid_phrase(lines[i - 1].text()))));
        // A paragraph's spacing above the line is Word's paragraph mark: a new line in the tab-cell text too.
        bool join = i > 0 && !lines[i].paragraph && !starts && (goes_on || !breaks[i]) && !ends_with_tag(paragraph_start);
        if (i > 0 && !join) {
          // A lead clause's owners broken by hand after a comma ("Co-leads: Korea," / "Peru and Chile") go on in
          // the next paragraph, as the assembler reads them: its lead clause is still the one a new action follows
          // (a 12 pt plan's "Develop a model port" would not have fitted after "Peru and Chile").
          const bool asks_more = colon && laid_.text.size() > paragraph_start && laid_.text.back() == ',';
          laid_.text.push_back('\n');
          paragraph_start = laid_.text.size();
          if (!asks_more) lead_start = paragraph_start, colon = false;
        }
        // A priority's title or item whose line did not end in a mark, read on into a line that starts with a
        // capital because that line's first word would not have fitted after it: with no paragraph spacing to
        // tell, a new item in so narrow a column reads the same (a 12 pt plan's "ISPS Code Implementation" /
        // "Assistance Program" / "Model Visit Program for" / "APEC Region": two items, read as one). Said, as the
        // text forms say it.
        // (Not after a comma or a hyphen: there the title goes on, "IMO, regional efforts," / "Counter- Terrorism".)
        if (join && c == 1 && paragraph_ == 0 && !goes_on && !dash_wraps && !in_tag &&
            (ascii::is_upper(first[0]) || ascii::digit(first[0])) && !ends_sentence() &&
            std::string_view(",-").find(lines[i - 1].words.back().text.back()) == std::string_view::npos)
          guesses_.push_back({fmt::format("read as the line before wrapped on: '{}' would not have fitted after '{}'; "
                                          "a new priority or item if it is one",
                                          first, lines[i - 1].text()),
                              laid_.text.size() + 1, first.size()});
        if (dash_wraps && join)
          guesses_.push_back({fmt::format("read as the line before wrapped on: '{}' starts with a dash that would not "
                                          "have fitted after '{}'; a bullet if it starts an item",
                                          line_text, lines[i - 1].text()),
                              laid_.text.size() + 1, first.size()});
        if (after_lead)  // a guess from the names, said where the action starts
          guesses_.push_back({fmt::format("read as a new action: '{}' starts one after a lead clause with its owners, "
                                          "though it would not have fitted on the line before",
                                          first),
                              laid_.text.size(), first.size()});
        if (lines[i].may_start_row && c == first_column)
          guesses_.push_back({fmt::format("'{}' may start a row: nothing on the page marks where the table's rows end "
                                          "(no border, no spacing, one line grid), and every column starts a "
                                          "paragraph on this line; read as the row going on",
                                          first),
                              laid_.text.size() + (join ? 1 : 0), first.size(),
                              // A warning, as the column-blocks reader's: read wrong, a row's elements go into
                              // the section before (a helper's finding: three of the 2007 plan's four sections
                              // read as one, and --strict passed on notes).
                              DiagnosticCode::layout_row});
        emit_line(lines[i], join);
        colon = colon || line_text.find(':') != std::string::npos;
      }
      laid_.text.push_back('\n');
    }
  }

  struct Straddle {
    std::string message;
    std::size_t at, length;  // in laid_.text, which grows: views are taken at the end
    DiagnosticCode code = DiagnosticCode::layout_inferred;  // of a guess: layout-row where it may move elements
  };

  Laid laid_;
  std::vector<float> lefts_;
  std::vector<std::string> names_;  // the header's column names
  std::vector<Straddle> straddles_;
  std::vector<Straddle> hyphens_;  // hyphens dropped at a line's end (layout-hyphen notes)
  std::vector<Straddle> guesses_;  // paragraphs started by what the words say alone (layout-inferred notes)
  int row_major_ = -1;        // the section number of the open row's first numbered directive
  bool row_part_ = false;     // the open row's directives cell opens with a part heading
  bool names_on_grid_ = false;  // the lines below the column names stand on their grid: no border, no spacing
  RowStart row_note_ = RowStart::none;  // why the open row was started by its words alone (words_start_row)
  Vocabulary vocabulary_;
  struct Removed {
    std::uint32_t page;  // 1-based
    std::string text;
    PdfPlace place;  // the line's box on its page
    // Why it was taken out: page furniture (one line), or lines not of the table (`lines` of them).
    enum class Why { furniture, page_after_table, after_rows, footnotes } why = Why::furniture;
    std::size_t lines = 1;
  };
  // A line's box on its page, from its words' tops and bottoms.
  static PdfPlace box_of(std::uint32_t page, const PageLine& l) {
    float top = l.y0, bottom = l.y0;
    for (const Word& w : l.words) {
      top = std::min(top, w.y0);
      bottom = std::max(bottom, w.y1);
    }
    const std::uint32_t offset = l.words.empty() ? 0 : l.words.front().offset;
    return PdfPlace{page, l.x0, top, l.x1 - l.x0, bottom - top, offset};
  }
  static Removed removed(std::uint32_t page, const PageLine& l) { return {page, l.text(), box_of(page, l)}; }
  // Lines of a page (1-based) that are not the table's: the first one's text, a box around them all.
  static Removed removed(std::uint32_t page, std::span<const PageLine> lines, Removed::Why why) {
    Removed r = removed(page, lines.front());
    for (const PageLine& l : lines.subspan(1)) widen(r.place, box_of(page, l));  // the box, not a string a line
    r.why = why;
    r.lines = lines.size();
    return r;
  }
  // `box` grown to cover `one` too (on the same page).
  static void widen(PdfPlace& box, const PdfPlace& one) {
    const float x1 = std::max(box.x + box.width, one.x + one.width);
    const float y1 = std::max(box.y + box.height, one.y + one.height);
    box.x = std::min(box.x, one.x), box.y = std::min(box.y, one.y);
    box.width = x1 - box.x, box.height = y1 - box.y;
  }
  std::vector<Removed> removed_;  // page furniture taken out before the layout, and the lines after the table
  std::vector<std::string> header_keys_;  // the header row's lines' texts (more than one when names wrapped)
  float height_ = 10, pitch_ = 10, space_ = 2.5f, page_bottom_ = 0, last_bottom_ = 0;
  std::array<std::vector<PageLine>, kMaxColumns> cells_;
  std::array<float, kMaxColumns> column_right_{};
  float paragraph_ = 0;  // the space Word's paragraph spacing leaves between a cell's paragraphs; 0 when none
  // How far a line may stand off the grid it keeps: kSlack, or kPixelSlack where a browser laid the page out on its
  // pixel grid; grid-wide tests that need no more than a word processor's units keep kSlack.
  float slack() const { return pixel_grid_ ? kPixelSlack : kSlack; }
  bool pixel_grid_ = false;  // the lines stand on a browser's pixel grid, and a paragraph's spacing tells from a line
  bool browser_;  // a browser made the PDF (its producer is Chromium's)
  // Where a line of a column starts: its first word's top, or, where its words are in fonts of more than one size
  // (a word's second half in 10 pt after its first in 9), the tallest's: the line's box starts there.
  static float top_of(const PageLine& part) {
    const float first = part.words.front().y0, height = part.words.front().y1 - first;
    float top = first;
    bool mixed = false;
    for (const Word& w : part.words) {
      mixed = mixed || std::fabs(w.y1 - w.y0 - height) > 0.5f;
      top = std::min(top, w.y0);
    }
    return mixed ? top : first;
  }
  // How many of column c's pitches a line `h` high stands above the next: 1 unless its font is of another size
  // (its words more than half a point taller or shorter than the lines that keep the pitch).
  float line_scale(std::size_t c, float h) const {
    return h > 0.5f && column_height_[c] > 0.5f && std::fabs(h - column_height_[c]) > 0.5f ? h / column_height_[c] : 1.0f;
  }
  std::array<float, kMaxColumns> column_height_{};       // the height of the lines that keep each column's pitch
  std::array<float, kMaxColumns> column_last_height_{};  // the height of each column's last line in the open row
  std::array<float, kMaxColumns> column_pitch_{};  // each column's own line pitch (a smaller font's is smaller)
  bool centred_ = false;     // cells centred in their rows stand half lines off each other (learn_column_grids)
  bool by_columns_ = false;  // rows are found by each column's own grid (paragraph spacing, or a smaller font)
  bool bordered_ = false;    // some lines of a column stand just off its step: a border or a cell's padding
  float row_top_ = 0;    // the open row's first line on this page
  std::array<float, kMaxColumns> column_last_{};  // each column's last line in the open row on this page, or -1
  bool row_open_ = false;
  bool front_open_ = false;
  PageLine front_last_;
};

Laid lay_out(std::vector<std::vector<PageLine>>& pages, std::size_t words, bool browser) {
  if (words == 0)
    throw InputError("a PDF with no text layer (a scan?): mseg reads the text a PDF holds, not its images; "
                     "read the plan's .docx or a text export instead");
  return PdfLayout(browser).run(pages);
}

}  // namespace

namespace {

// The largest object number the file names ("24444444 0 obj") or the size it gives its cross-reference table
// ("/Size 24444444"): poppler makes a table of that many entries, about 40 bytes each, before it reads a page (a
// fuzz run's finding: 1,469 bytes took 7 s and 990 MB; /Size alone, 3.5 s and 970 MB, and the file then read).
std::uint64_t largest_object_number(std::string_view bytes) {
  const auto blank = [](char c) { return c == ' ' || c == '\r' || c == '\n'; };
  // Saturates rather than wraps: a number of twenty digits or more must not read as a small one.
  const auto decimal = [&](std::size_t begin, std::size_t end) {
    constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();
    std::uint64_t n = 0;
    for (std::size_t k = begin; k < end; ++k) {
      const auto digit = static_cast<std::uint64_t>(bytes[k] - '0');
      n = n > (kMax - digit) / 10 ? kMax : n * 10 + digit;
    }
    return n;
  };
  const auto number_before = [&](std::size_t end) -> std::uint64_t {  // "N G" ending at `end` (exclusive)
    std::size_t i = end;
    while (i > 0 && blank(bytes[i - 1])) --i;
    while (i > 0 && ascii::digit(bytes[i - 1])) --i;  // the generation
    const std::size_t gen = i;
    while (i > 0 && blank(bytes[i - 1])) --i;
    if (i == gen) return 0;
    const std::size_t stop = i;
    while (i > 0 && ascii::digit(bytes[i - 1])) --i;
    return decimal(i, stop);
  };
  std::uint64_t largest = 0;
  for (std::size_t at = bytes.find("obj"); at != std::string_view::npos; at = bytes.find("obj", at + 3))
    if (at > 0 && blank(bytes[at - 1]))
      largest = std::max(largest, number_before(at));
  for (std::size_t at = bytes.find("/Size"); at != std::string_view::npos; at = bytes.find("/Size", at + 5)) {
    std::size_t i = at + 5;
    while (i < bytes.size() && blank(bytes[i])) ++i;
    const std::size_t begin = i;
    while (i < bytes.size() && ascii::digit(bytes[i])) ++i;
    largest = std::max(largest, decimal(begin, i));
  }
  return largest;
}

// The frame a page's words are read in. poppler gives boxes on the page as it is displayed; a page turned
// by /Rotate (in a viewer, then saved) has its words running down, upside down or up in that frame (poppler's
// rotation 1, 2, 3), and laid out as they stand they read as nonsense (a helper's finding: 122 sections of
// words in wrong columns, exit 0). Where most of a page's words share a turn, every box is turned back, so that
// the page reads as written; a box then stands on the page as it reads upright (docs/format.md).
struct UprightFrame {
  int turn = 0;                  // quarter turns clockwise of the words; 0: boxes kept as given
  double width = 0, height = 0;  // the displayed page, in points

  UprightFrame(const poppler::page& page, const std::vector<poppler::text_box>& boxes) {
    std::array<std::size_t, 4> count{};
    for (const auto& b : boxes) ++count[static_cast<std::size_t>(b.rotation()) & 3u];
    for (int r = 1; r < 4; ++r)
      if (count[static_cast<std::size_t>(r)] * 2 > boxes.size()) turn = r;
    if (turn == 0) return;  // the boxes are kept: no page size is wanted
    // The part of the page shown (the media box where there is no crop box), as defined, before /Rotate.
    const poppler::rectf shown = page.page_rect(poppler::crop_box);
    const bool sideways =
        page.orientation() == poppler::page::landscape || page.orientation() == poppler::page::seascape;
    width = sideways ? shown.height() : shown.width();
    height = sideways ? shown.width() : shown.height();
  }
  // The box's left, top, right and bottom on the upright page.
  std::array<double, 4> operator()(const poppler::rectf& r) const {
    switch (turn) {
      case 1: return {r.top(), width - r.right(), r.bottom(), width - r.left()};
      case 2: return {width - r.right(), height - r.bottom(), width - r.left(), height - r.top()};
      case 3: return {height - r.bottom(), r.left(), height - r.top(), r.right()};
      default: return {r.left(), r.top(), r.right(), r.bottom()};
    }
  }
};

std::atomic<int> g_pdf_reads{0};  // read_pdf calls under way, in every thread (pdf_reads_in_progress)

}  // namespace

Laid read_pdf(std::string_view bytes, std::uint32_t* page_count, const PdfLimits& limits) {
  // Counted while poppler may run, so that an abort of its allocator can be told apart (pdf_reads_in_progress).
  struct Counted {
    Counted() { ++g_pdf_reads; }
    ~Counted() { --g_pdf_reads; }
    Counted(const Counted&) = delete;
    Counted& operator=(const Counted&) = delete;
  } counted;
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) throw InputError("a PDF larger than 2 GiB");
  // A real PDF numbers its objects from 1, and each takes bytes of the file: a million, and one more for each
  // byte, is more than any holds.
  if (const std::uint64_t n = largest_object_number(bytes); n > 1'000'000 + bytes.size())
    throw InputError(fmt::format("a PDF that numbers its objects up to {}{} in {} bytes: damaged, or made to "
                                 "exhaust memory (its cross-reference table would be that long)",
                                 n, n == std::numeric_limits<std::uint64_t>::max() ? " or more" : "", bytes.size()));
  CaptureMessages capture;
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) throw InputError("a PDF that poppler cannot open: damaged or truncated" + capture.why());
  if (doc->is_locked()) throw InputError("an encrypted PDF: it cannot be read without its password");
  const int n = doc->pages();
  if (page_count) *page_count = static_cast<std::uint32_t>(std::max(n, 0));
  if (n <= 0) throw InputError("a PDF with no pages" + capture.why());
  check_page_count(static_cast<std::size_t>(n), limits);
  std::vector<std::vector<PageLine>> pages(static_cast<std::size_t>(n));
  std::vector<std::string> texts(static_cast<std::size_t>(n));  // each page's words, one after another
  std::atomic<std::size_t> total = 0;
  std::atomic<bool> stop = false;  // one thread failed: the other need not finish its half
  // The words of pages [from, to) of `d`, each page's lines into pages[i].
  auto read_pages = [&](poppler::document& d, int from, int to) {
    for (int i = from; i < to && !stop; ++i) {
      std::unique_ptr<poppler::page> page(d.create_page(i));
      std::string& text = texts[static_cast<std::size_t>(i)];
      PageWords words(text);
      if (page) {
        const auto boxes = page->text_list();
        const UprightFrame upright(*page, boxes);
        words.reserve(boxes.size());
        for (auto& box : boxes) {
          const poppler::ustring units = box.text();
          const std::size_t start = text.size();
          utf8::append_utf16(text, units.data(), units.size());
          const auto [left, top, right, bottom] = upright(box.bbox());
          if (words.keep(start, left, top, right, bottom, box.has_space_after()) &&
              ++total > limits.max_words)
            throw too_many_words(limits);
        }
      }
      pages[static_cast<std::size_t>(i)] = std::move(words).lines(static_cast<std::uint32_t>(i + 1));
    }
  };
  // poppler's words come at pdftotext's pace at best (poppler-cpp's text_list costs more than pdftotext's
  // whole run), so a long PDF is read on two threads, each with a document of its own over the same bytes
  // (a poppler document is not to be shared between threads): the pages are independent until laid out.
  int split =
      static_cast<std::uint32_t>(n) >= std::max(limits.two_threads_from_pages, 2u) && std::thread::hardware_concurrency() >= 2
          ? n / 2
          : n;
  std::exception_ptr second_failed;
  std::thread second;
  if (split < n) {
    try {
      second = std::thread([&, from = split] {
        try {
          std::unique_ptr<poppler::document> own(
              poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
          if (!own) throw InputError("a PDF that poppler cannot open twice" + capture.why());
          read_pages(*own, from, n);
        } catch (...) {
          second_failed = std::current_exception();
          stop = true;
        }
      });
    } catch (const std::system_error&) {
      split = n;  // no thread to be had (a process or pids limit): all pages on this one, as on one core
    }
  }
  std::exception_ptr first_failed;
  try {
    read_pages(*doc, 0, split);
  } catch (...) {
    first_failed = std::current_exception();
    stop = true;
  }
  if (second.joinable()) second.join();
  if (first_failed) std::rethrow_exception(first_failed);
  if (second_failed) std::rethrow_exception(second_failed);
  // Chromium's print to PDF (Chrome, Edge: "Skia/PDF m120"); Google Docs' export is Skia too, in points, which
  // on_pixel_grid tells apart.
  std::string producer;
  const poppler::ustring p = doc->get_producer();
  utf8::append_utf16(producer, p.data(), p.size());
  return lay_out(pages, total, producer.starts_with("Skia/PDF"));
}

namespace detail {

Laid lay_out_words(std::span<const std::vector<PdfWord>> words, const PdfLimits& limits, bool browser) {
  check_page_count(words.size(), limits);
  std::vector<std::vector<PageLine>> pages(words.size());
  std::vector<std::string> texts(words.size());
  std::size_t total = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    PageWords page(texts[i]);
    page.reserve(words[i].size());
    for (const auto& w : words[i]) {
      const std::size_t start = texts[i].size();
      texts[i] += w.text;
      if (page.keep(start, w.x0, w.y0, w.x1, w.y1, w.space_after) && ++total > limits.max_words)
        throw too_many_words(limits);
    }
    pages[i] = std::move(page).lines(static_cast<std::uint32_t>(i + 1));
  }
  return lay_out(pages, total, browser);
}

}  // namespace detail

}  // namespace mseg::layout

int mseg::pdf_reads_in_progress() noexcept { return layout::g_pdf_reads.load(std::memory_order_relaxed); }
