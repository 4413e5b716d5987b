// Output handed on in pieces (mseg::TextSink, <mseg/text_sink.hpp>): what the
// writers of validate's reports, query's answers and diff's formats share.
#pragma once

#include <cstddef>
#include <string>
#include <utility>

namespace mseg {

// The size of a piece: large enough that each write is cheap, small enough
// that a report of a million diagnostics or a diff of a million elements is
// never held whole. JsonWriter::stream_to hands its text on at the same size.
inline constexpr std::size_t kStreamPiece = std::size_t{1} << 20;

// Hands `out` to `sink` once it holds a piece's worth: a writer calls it after
// each record (a row, an event, a change), so its pieces end at a record's end.
template <typename Sink>
void pass_on(std::string& out, const Sink& sink) {
  if (out.size() >= kStreamPiece) sink(out);
}

// The whole text a sink-taking writer makes, for the overloads that return it:
// `write` is called with a sink that gathers.
template <typename Write>
std::string gather(Write&& write) {
  std::string all;
  std::forward<Write>(write)([&all](std::string& piece) {
    // Appended, not swapped in: a writer's piece is reserved at a piece's size,
    // which a short text returned would keep.
    all += piece;
    piece.clear();
  });
  return all;
}

}  // namespace mseg
