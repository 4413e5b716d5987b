// What the query writers share for handing their text on in pieces (TextSink).
#pragma once

#include <string>
#include <utility>

#include <mseg/query_format.hpp>

#include "base/json_writer.hpp"

namespace mseg::query {

// Hands `out` to `sink` once it holds a piece's worth: called by a writer after
// each row, event or match, so a piece ends at a record's end.
inline void pass_on(std::string& out, const TextSink& sink) {
  if (out.size() >= kStreamPiece) sink(out);
}

// The whole text a sink-taking writer makes, for the overloads that return it.
template <typename Write>
std::string gather(Write&& write) {
  std::string all;
  std::forward<Write>(write)([&all](std::string& piece) {
    if (all.empty()) all.swap(piece);  // a text of one piece is not copied
    else all += piece;
    piece.clear();
  });
  return all;
}

}  // namespace mseg::query
