// Eight bytes at a time (SWAR): plans are mostly plain text, so the scanners
// skip a machine word at a time until one holds a byte they care about.
// Private to the library (not installed): the decoder, the cleaner and the
// JSON writer all scan this way.
#pragma once

#include <cstdint>
#include <cstring>

namespace mseg::bytes8 {

inline constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
inline constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
inline constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;

inline std::uint64_t load(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return w;
}
inline std::uint64_t load(const unsigned char* p) { return load(reinterpret_cast<const char*>(p)); }

// Non-zero when some byte of w is below c (c <= 0x80); says nothing of which.
inline std::uint64_t any_below(std::uint64_t w, unsigned char c) { return (w - kOnes * c) & ~w & kHigh; }

// Non-zero exactly when some byte of w is 0x80 or above or is zero (no false
// positives), so a word without either can be skipped unread.
inline std::uint64_t any_high_or_nul(std::uint64_t w) { return (w | ((w - kOnes) & ~w)) & kHigh; }

// Non-zero when some byte of w equals c; says nothing of which.
inline std::uint64_t any_equal(std::uint64_t w, unsigned char c) {
  const std::uint64_t x = w ^ (kOnes * c);
  return (x - kOnes) & ~x & kHigh;
}

// Exactly the bytes of w equal to c, as 0x80 in each; byte k of memory is
// bits 8k..8k+7 (little-endian).
inline std::uint64_t which_equal(std::uint64_t w, unsigned char c) {
  const std::uint64_t x = w ^ (kOnes * c);
  return ~(((x & kLow7) + kLow7) | x | kLow7);
}

}  // namespace mseg::bytes8
