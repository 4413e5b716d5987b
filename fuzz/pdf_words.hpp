// The word-level PDF fuzz target's input, and its seeds' (fuzz/pdf_words_seeds.py): a PDF's text layer as text,
// one word a line, `x0 y0 x1 y1 text` (its box in points, y down from the page's top), an empty line between
// pages. Text, so that libFuzzer's mutations move a word by changing a digit and its dictionary-free splicing
// keeps lines whole. A first line `browser` says the words are from a PDF Chromium printed (read_pdf learns that
// from the file's producer), whose lines stand on whole CSS pixels.
#pragma once

#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.hpp"
#include "parser/pdf_reader.hpp"

namespace mseg::fuzz {

struct PdfWords {
  std::vector<std::string> texts;  // every word's text, valid UTF-8 as poppler's always is
  std::vector<std::vector<layout::detail::PdfWord>> pages;
  bool browser = false;
};

// A line that is not four numbers and a text is skipped: the target's input format, not mseg's.
inline PdfWords decode_pdf_words(std::string_view in) {
  struct Box {
    std::size_t page;
    double v[4];
  };
  PdfWords out;
  std::vector<Box> boxes;
  std::size_t page = 0;
  constexpr std::string_view kBrowser = "browser\n";
  out.browser = in.starts_with(kBrowser);
  for (std::size_t at = out.browser ? kBrowser.size() : 0; at <= in.size();) {
    std::size_t end = in.find('\n', at);
    if (end == std::string_view::npos) end = in.size();
    const std::string_view line = in.substr(at, end - at);
    at = end + 1;
    if (line.empty()) {
      if (at <= in.size()) ++page;
      continue;
    }
    Box b{page, {}};
    const char* p = line.data();
    const char* const stop = line.data() + line.size();
    bool ok = true;
    for (double& v : b.v) {
      const auto r = std::from_chars(p, stop, v);
      if (r.ec != std::errc() || r.ptr == stop || *r.ptr != ' ') {
        ok = false;
        break;
      }
      p = r.ptr + 1;
    }
    if (!ok) continue;
    std::string text;
    utf8::append_valid(text, std::string_view(p, static_cast<std::size_t>(stop - p)));
    out.texts.push_back(std::move(text));
    boxes.push_back(b);
  }
  if (!boxes.empty()) out.pages.resize(boxes.back().page + 1);
  // The views are taken once `texts` stops growing.
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    const auto& b = boxes[i];
    out.pages[b.page].push_back({out.texts[i], b.v[0], b.v[1], b.v[2], b.v[3]});
  }
  return out;
}

}  // namespace mseg::fuzz
