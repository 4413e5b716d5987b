#include "layout_place.hpp"

#include <algorithm>

namespace mseg::layout {

Place place_at(const Laid& laid, std::size_t at) {
  const auto& pieces = laid.pieces;
  auto it = std::upper_bound(pieces.begin(), pieces.end(), at, [](std::size_t a, const Piece& p) { return a < p.at; });
  if (it == pieces.begin()) return std::monostate{};
  auto k = static_cast<std::size_t>(std::prev(it) - pieces.begin());
  if (k >= laid.places.size()) return std::monostate{};  // a text form's pieces have no place
  // Past the end of its piece, and before the next one on the same line or on a line after the piece's, `at` is in
  // what the reader wrote that maps to nothing of the document, a cell's tab, an empty cell, a list's number or
  // bullet before the paragraph's text: that is the next piece's place, the paragraph's start (it was the piece
  // before's end, in another cell or row: two reviews' findings). At the end of the piece's own line, it stays.
  const std::size_t piece_end = pieces[k].at + pieces[k].length;
  if (at >= piece_end && it != pieces.end() && k + 1 < laid.places.size() &&
      (laid.text.find('\n', at) >= it->at || laid.text.find('\n', piece_end) < at)) {
    ++k;
    at = pieces[k].at;
  }
  const Piece& p = pieces[k];
  std::size_t end = std::min({at, p.at + p.length, laid.text.size()});
  std::uint32_t chars = 0;
  for (std::size_t i = p.at; i < end; ++i)
    if ((static_cast<unsigned char>(laid.text[i]) & 0xC0) != 0x80) ++chars;
  Place place = std::visit([](const auto& in) -> Place { return in; }, laid.places[k]);
  if (auto* w = std::get_if<WordPlace>(&place)) w->offset += chars;
  if (auto* d = std::get_if<PdfPlace>(&place)) d->offset += chars;
  return place;
}

Place place_of(const Laid& laid, std::size_t begin, std::size_t end) {
  Place place = place_at(laid, begin);
  auto* box = std::get_if<PdfPlace>(&place);
  if (!box) return place;
  const auto& pieces = laid.pieces;
  auto it = std::upper_bound(pieces.begin(), pieces.end(), begin, [](std::size_t a, const Piece& p) { return a < p.at; });
  if (it != pieces.begin()) --it;
  float x0 = box->x, y0 = box->y, x1 = box->x + box->width, y1 = box->y + box->height;
  for (; it != pieces.end() && it->at < end; ++it) {
    const auto k = static_cast<std::size_t>(it - pieces.begin());
    const auto* p = k < laid.places.size() ? std::get_if<PdfPlace>(&laid.places[k]) : nullptr;
    if (!p || p->page != box->page || it->at + it->length <= begin) continue;
    x0 = std::min(x0, p->x), y0 = std::min(y0, p->y);
    x1 = std::max(x1, p->x + p->width), y1 = std::max(y1, p->y + p->height);
  }
  box->x = x0, box->y = y0, box->width = x1 - x0, box->height = y1 - y0;
  return place;
}

}  // namespace mseg::layout
