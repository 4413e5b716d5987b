// FNV-1a, 64 bits: the small hash mseg's indexes key words and texts by (not for anything an adversary chooses
// to collide: the indexes compare what they must, or say what a collision would cost).
#pragma once

#include <cstdint>
#include <string_view>

namespace mseg::fnv {

inline constexpr std::uint64_t kOffset = 14695981039346656037ull;  // the hash of nothing
inline constexpr std::uint64_t kPrime = 1099511628211ull;

// `h` with one more byte.
constexpr std::uint64_t add(std::uint64_t h, unsigned char c) { return (h ^ c) * kPrime; }

// The hash of `bytes`.
constexpr std::uint64_t hash(std::string_view bytes) {
  std::uint64_t h = kOffset;
  for (const char c : bytes) h = add(h, static_cast<unsigned char>(c));
  return h;
}

}  // namespace mseg::fnv
