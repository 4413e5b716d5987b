#include "layout_place.hpp"

#include <algorithm>

namespace mseg::layout {

Place place_at(const Laid& laid, std::size_t at) {
  const auto& pieces = laid.pieces;
  auto it = std::upper_bound(pieces.begin(), pieces.end(), at, [](std::size_t a, const Piece& p) { return a < p.at; });
  if (it == pieces.begin()) return std::monostate{};
  const Piece& p = *std::prev(it);
  std::size_t end = std::min({at, p.at + p.length, laid.text.size()});
  std::uint32_t chars = 0;
  for (std::size_t i = p.at; i < end; ++i)
    if ((static_cast<unsigned char>(laid.text[i]) & 0xC0) != 0x80) ++chars;
  Place place = p.place;
  if (auto* w = std::get_if<WordPlace>(&place)) w->offset += chars;
  if (auto* d = std::get_if<PdfPlace>(&place)) d->offset += chars;
  return place;
}

}  // namespace mseg::layout
