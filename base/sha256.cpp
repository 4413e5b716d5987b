// SHA-256 (FIPS 180-4) of a file's bytes: the plan JSON records the source's
// hash, and the HTML report hashes its script for the Content-Security-Policy.
#include "base/sha256.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define MSEG_SHA_NI 1
#endif

namespace mseg {

namespace {

using u8 = unsigned char;

constexpr std::array<std::uint32_t, 64> kSha256K = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

std::uint32_t load_be32(const u8* p) {
  return std::uint32_t{p[0]} << 24 | std::uint32_t{p[1]} << 16 | std::uint32_t{p[2]} << 8 |
         std::uint32_t{p[3]};
}

// Rotating the argument list instead of the eight variables saves the seven
// moves per round that the textbook loop costs.
inline void sha256_round(std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t& d,
                         std::uint32_t e, std::uint32_t f, std::uint32_t g, std::uint32_t& h,
                         std::uint32_t k_plus_w) {
  const std::uint32_t t1 =
      h + (std::rotr(e, 6) ^ std::rotr(e, 11) ^ std::rotr(e, 25)) + (g ^ (e & (f ^ g))) + k_plus_w;
  const std::uint32_t t2 =
      (std::rotr(a, 2) ^ std::rotr(a, 13) ^ std::rotr(a, 22)) + ((a & b) | (c & (a | b)));
  d += t1;
  h = t1 + t2;
}

void sha256_block(std::array<std::uint32_t, 8>& state, const u8* block) {
  std::array<std::uint32_t, 64> w;
  for (std::size_t t = 0; t < 16; ++t) w[t] = load_be32(block + 4 * t);
  for (std::size_t t = 16; t < 64; ++t) {
    const std::uint32_t s0 = std::rotr(w[t - 15], 7) ^ std::rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
    const std::uint32_t s1 = std::rotr(w[t - 2], 17) ^ std::rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
    w[t] = w[t - 16] + s0 + w[t - 7] + s1;
  }
  std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
  std::uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
  for (std::size_t t = 0; t < 64; t += 8) {
    sha256_round(a, b, c, d, e, f, g, h, kSha256K[t] + w[t]);
    sha256_round(h, a, b, c, d, e, f, g, kSha256K[t + 1] + w[t + 1]);
    sha256_round(g, h, a, b, c, d, e, f, kSha256K[t + 2] + w[t + 2]);
    sha256_round(f, g, h, a, b, c, d, e, kSha256K[t + 3] + w[t + 3]);
    sha256_round(e, f, g, h, a, b, c, d, kSha256K[t + 4] + w[t + 4]);
    sha256_round(d, e, f, g, h, a, b, c, kSha256K[t + 5] + w[t + 5]);
    sha256_round(c, d, e, f, g, h, a, b, kSha256K[t + 6] + w[t + 6]);
    sha256_round(b, c, d, e, f, g, h, a, kSha256K[t + 7] + w[t + 7]);
  }
  state[0] += a;
  state[1] += b;
  state[2] += c;
  state[3] += d;
  state[4] += e;
  state[5] += f;
  state[6] += g;
  state[7] += h;
}

#ifdef MSEG_SHA_NI
// The SHA extensions (most x86 CPUs since 2017) hash several times faster than
// the portable rounds; hashing was a tenth of parsing a large plan.
bool has_sha_ni() {
  unsigned a = 0, b = 0, c = 0, d = 0;
  if (!__get_cpuid(1, &a, &b, &c, &d)) return false;
  const bool ssse3_sse41 = (c & bit_SSSE3) && (c & bit_SSE4_1);
  if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return false;
  return ssse3_sse41 && (b & bit_SHA);
}

// Hashes `blocks` 64-byte blocks with the SHA-NI instructions, four rounds per
// step: lanes hold the state as ABEF/CDGH, the schedule four words at a time.
__attribute__((target("sha,ssse3,sse4.1"))) void sha256_blocks_ni(std::array<std::uint32_t, 8>& state,
                                                                const u8* data, std::size_t blocks) {
  const __m128i kByteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
  __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[0]));
  __m128i state1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[4]));
  tmp = _mm_shuffle_epi32(tmp, 0xB1);           // CDAB
  state1 = _mm_shuffle_epi32(state1, 0x1B);     // EFGH
  __m128i state0 = _mm_alignr_epi8(tmp, state1, 8);  // ABEF
  state1 = _mm_blend_epi16(state1, tmp, 0xF0);  // CDGH
  for (; blocks > 0; --blocks, data += 64) {
    const __m128i abef = state0, cdgh = state1;
    __m128i w[4];
    for (int g = 0; g < 16; ++g) {
      __m128i& cur = w[g & 3];
      if (g < 4) {
        cur = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * g)), kByteSwap);
      } else {
        // W[t..t+3] from W[t-16..t-13] (cur), W[t-12..], W[t-8..] and W[t-4..].
        const __m128i& w12 = w[(g + 1) & 3];
        const __m128i& w8 = w[(g + 2) & 3];
        const __m128i& w4 = w[(g + 3) & 3];
        cur = _mm_sha256msg2_epu32(
            _mm_add_epi32(_mm_sha256msg1_epu32(cur, w12), _mm_alignr_epi8(w4, w8, 4)), w4);
      }
      __m128i msg = _mm_add_epi32(cur, _mm_loadu_si128(reinterpret_cast<const __m128i*>(&kSha256K[4 * g])));
      state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
      msg = _mm_shuffle_epi32(msg, 0x0E);
      state0 = _mm_sha256rnds2_epu32(state0, state1, msg);
    }
    state0 = _mm_add_epi32(state0, abef);
    state1 = _mm_add_epi32(state1, cdgh);
  }
  tmp = _mm_shuffle_epi32(state0, 0x1B);        // FEBA
  state1 = _mm_shuffle_epi32(state1, 0xB1);     // DCHG
  state0 = _mm_blend_epi16(tmp, state1, 0xF0);  // DCBA
  state1 = _mm_alignr_epi8(state1, tmp, 8);     // ABEF
  _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[0]), state0);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[4]), state1);
}
#endif

// Hashes whole 64-byte blocks, with the SHA extensions when the CPU has them.
void sha256_blocks(std::array<std::uint32_t, 8>& state, const u8* data, std::size_t blocks) {
#ifdef MSEG_SHA_NI
  static const bool ni = has_sha_ni();
  if (ni) {
    sha256_blocks_ni(state, data, blocks);
    return;
  }
#endif
  for (std::size_t i = 0; i < blocks; ++i) sha256_block(state, data + 64 * i);
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  std::array<std::uint32_t, 8> h = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  const u8* p = reinterpret_cast<const u8*>(bytes.data());
  const std::size_t n = bytes.size();
  const std::size_t whole = n - n % 64;
  sha256_blocks(h, p, whole / 64);

  // The tail, the 0x80 marker and the 64-bit length fill one block, or two
  // when fewer than 9 bytes are left in the first.
  std::array<u8, 128> tail{};
  const std::size_t rest = n - whole;
  if (rest != 0) std::memcpy(tail.data(), p + whole, rest);
  tail[rest] = 0x80;
  const std::size_t tail_len = rest + 9 <= 64 ? 64 : 128;
  const std::uint64_t bits = static_cast<std::uint64_t>(n) * 8;
  for (std::size_t k = 0; k < 8; ++k) {
    tail[tail_len - 1 - k] = static_cast<u8>(bits >> (8 * k));
  }
  sha256_blocks(h, tail.data(), tail_len / 64);

  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(64, '0');
  for (std::size_t i = 0; i < 8; ++i) {
    for (std::size_t k = 0; k < 8; ++k) {
      out[8 * i + k] = kHex[(h[i] >> (28 - 4 * k)) & 0xF];
    }
  }
  return out;
}

}  // namespace mseg
