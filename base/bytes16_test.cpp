#include "base/bytes16.hpp"

#include <doctest/doctest.h>

#include <bit>
#include <cstring>
#include <string>

using namespace mseg;

TEST_CASE("bytes16: every block mask agrees with its byte-by-byte definition") {
  std::uint64_t state = 99;
  auto next = [&state] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<unsigned char>(state >> 56);
  };
  // Bytes near every boundary the masks draw: control characters, quotes,
  // ASCII, continuation bytes and the bytes that start a sequence.
  const unsigned char edges[] = {0x00, 0x1F, 0x20, 0x21, '"', '\\', '(', ')', 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xE2, 0xFF};
  char block[16];
  for (int round = 0; round < 20000; ++round) {
    for (char& c : block) c = static_cast<char>(next() % 2 ? next() : edges[next() % std::size(edges)]);
    CHECK(bytes16::continuation(block) == bytes16::portable::continuation(block));
    CHECK(bytes16::high(block) == bytes16::portable::high(block));
    for (unsigned char c : edges) {
      CHECK(bytes16::equal(block, c) == bytes16::portable::equal(block, c));
      if (c >= 1) CHECK(bytes16::below(block, c) == bytes16::portable::below(block, c));
    }
  }
  for (std::uint32_t m = 0; m < 0x10000; m += 7) CHECK(bytes16::count(m) == static_cast<unsigned>(std::popcount(m)));
  CHECK(bytes16::first(0x8000) == 15);
  CHECK(bytes16::first(0x0001) == 0);
}
