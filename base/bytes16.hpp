// Sixteen bytes at a time: a bit mask per 16-byte block (bit k for byte k),
// from SSE2 where the compiler offers it (every x86-64 has it) and from a
// plain loop elsewhere. The hot scanners (JSON escaping, white space,
// character counts, parentheses) test whole blocks and only look at single
// bytes around a hit. Private to the library (not installed).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace mseg::bytes16 {

// The portable forms: the definition of each mask, and what the SSE2 forms
// are tested against (bytes16_test.cpp).
namespace portable {
template <typename Test>
std::uint32_t mask(const char* p, Test test) {
  std::uint32_t m = 0;
  for (int k = 0; k < 16; ++k)
    if (test(static_cast<unsigned char>(p[k]))) m |= std::uint32_t{1} << k;
  return m;
}
inline std::uint32_t equal(const char* p, unsigned char c) {
  return mask(p, [c](unsigned char b) { return b == c; });
}
inline std::uint32_t below(const char* p, unsigned char c) {
  return mask(p, [c](unsigned char b) { return b < c; });
}
inline std::uint32_t continuation(const char* p) {
  return mask(p, [](unsigned char b) { return (b & 0xC0) == 0x80; });
}
inline std::uint32_t high(const char* p) {
  return mask(p, [](unsigned char b) { return b >= 0x80; });
}
}  // namespace portable

#if defined(__SSE2__)
inline __m128i load(const char* p) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }
inline std::uint32_t bits(__m128i v) { return static_cast<std::uint32_t>(_mm_movemask_epi8(v)); }
inline __m128i splat(unsigned char c) { return _mm_set1_epi8(static_cast<char>(c)); }

// Bytes equal to c.
inline std::uint32_t equal(const char* p, unsigned char c) { return bits(_mm_cmpeq_epi8(load(p), splat(c))); }
// Bytes below c (as unsigned; 1 <= c): max(b, c - 1) == c - 1 exactly when b < c.
inline std::uint32_t below(const char* p, unsigned char c) {
  const __m128i top = splat(static_cast<unsigned char>(c - 1));
  return bits(_mm_cmpeq_epi8(_mm_max_epu8(load(p), top), top));
}
// UTF-8 continuation bytes (10xxxxxx): as signed bytes, exactly those below -64.
inline std::uint32_t continuation(const char* p) { return bits(_mm_cmplt_epi8(load(p), splat(0xC0))); }
// Bytes from 0x80 up (any byte of a UTF-8 sequence): movemask reads their top bits directly.
inline std::uint32_t high(const char* p) { return bits(load(p)); }
#else
inline std::uint32_t equal(const char* p, unsigned char c) { return portable::equal(p, c); }
inline std::uint32_t below(const char* p, unsigned char c) { return portable::below(p, c); }
inline std::uint32_t continuation(const char* p) { return portable::continuation(p); }
inline std::uint32_t high(const char* p) { return portable::high(p); }
#endif

// Set bits in a 16-bit mask (x86-64's baseline has no popcount instruction,
// and std::popcount would call libgcc for each block).
inline unsigned count(std::uint32_t m) {
  static constexpr auto kBits = [] {
    std::array<std::uint8_t, 256> t{};
    for (unsigned i = 0; i < 256; ++i) t[i] = static_cast<std::uint8_t>((i & 1) + t[i / 2]);
    return t;
  }();
  return kBits[m & 0xFF] + kBits[(m >> 8) & 0xFF];
}

// Index of the lowest set bit; m must not be 0.
inline unsigned first(std::uint32_t m) { return static_cast<unsigned>(__builtin_ctz(m)); }

// Calls f(offset, block) for each sixteen bytes of [p, p + n), in order; the
// last, shorter block is a copy padded with zero bytes, so that a scan tests
// whole blocks and never reads past the text (zero is none of the bytes the
// scanners look for: line ends, parentheses, continuation bytes).
template <typename F>
void for_each_block(const char* p, std::size_t n, F&& f) {
  std::size_t i = 0;
  for (; n - i >= 16; i += 16) f(i, p + i);
  if (i < n) {
    char last[16] = {};
    std::memcpy(last, p + i, n - i);
    f(i, static_cast<const char*>(last));
  }
}

}  // namespace mseg::bytes16
