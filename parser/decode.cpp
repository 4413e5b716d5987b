// Decoding a file's bytes into UTF-8 text, and SHA-256 of the original bytes.
#include "decode.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <string>

#include <mseg/parse.hpp>

#include "utf8_sequence.hpp"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define MSEG_SHA_NI 1
#endif

namespace mseg {
namespace {

using u8 = unsigned char;

[[noreturn]] void throw_nul(std::size_t at) {
  throw InputError("contains NUL bytes at byte " + std::to_string(at) + " (binary file?)");
}

[[noreturn]] void throw_utf16(std::size_t at, const char* why) {
  throw InputError("malformed UTF-16 at byte " + std::to_string(at) + " (" + why + ")");
}

const u8* bytes_of(std::string_view s) { return reinterpret_cast<const u8*>(s.data()); }

std::uint64_t load64(const u8* p) {
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return w;
}

// Both tests are exact for "some byte is >= 0x80 or zero" (no false
// positives), so a clean word can be skipped without looking at its bytes.
bool needs_byte_scan(std::uint64_t w) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  return ((w | ((w - kOnes) & ~w)) & kHigh) != 0;
}

// Whether `s` is well-formed UTF-8 (Unicode Table 3-7: no overlongs, no
// surrogates, nothing above U+10FFFF). A NUL throws, with `base` added so the
// offset counts a skipped BOM; the first NUL is at the same offset whether the
// file later turns out to be UTF-8 or Windows-1252, so throwing early is safe.
bool valid_utf8(std::string_view s, std::size_t base) {
  const u8* p = bytes_of(s);
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    if (n - i >= 16) {
      const bool dirty_a = needs_byte_scan(load64(p + i));
      if (!dirty_a && !needs_byte_scan(load64(p + i + 8))) {
        i += 16;
        continue;
      }
      if (!dirty_a) i += 8;
    } else if (n - i >= 8 && !needs_byte_scan(load64(p + i))) {
      i += 8;
      continue;
    }
    const unsigned c = p[i];
    if (c < 0x80) {
      if (c == 0) throw_nul(base + i);
      ++i;
      continue;
    }
    const std::size_t len = utf8::sequence_length(p + i, n - i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

// What text that is not valid UTF-8 says about itself.
struct Utf8Evidence {
  std::size_t multibyte = 0;  // well-formed sequences of 2-4 bytes
  std::size_t bad = 0;        // bytes in no well-formed sequence
  bool cut_at_end = false;    // the only bad bytes start a sequence the file ends in
};

Utf8Evidence weigh_utf8(std::string_view s) {
  Utf8Evidence e;
  const u8* p = bytes_of(s);
  const std::size_t n = s.size();
  std::size_t first_bad = n;
  for (std::size_t i = 0; i < n;) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    if (const std::size_t len = utf8::sequence_length(p + i, n - i)) {
      ++e.multibyte;
      i += len;
      continue;
    }
    if (e.bad == 0) first_bad = i;
    ++e.bad;
    ++i;
  }
  if (e.bad > 0 && e.bad <= 3 && first_bad + e.bad == n) {
    // A cut sequence: the lead byte says it wanted more than the file has.
    const unsigned c = p[first_bad];
    const std::size_t wanted = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    bool continuations = true;
    for (std::size_t k = first_bad + 1; k < n; ++k) continuations &= (p[k] & 0xC0) == 0x80;
    e.cut_at_end = c <= 0xF4 && wanted > e.bad && continuations;
  }
  return e;
}

// Writes cp at `out` and returns the bytes written.
std::size_t put_utf8(char* out, char32_t cp) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

// 0x80..0x9F; the five bytes cp1252 leaves undefined keep their C1 value, as
// the WHATWG decoder does, so no byte is ever lost.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  //
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  //
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  //
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// The transcoders size their output exactly (or, for UTF-16, as an upper
// bound) and write through raw pointers: the offsets vector has one 8-byte
// entry per output byte, and growing it entry by entry was ten times slower.
void size_output(DecodedText& out, std::size_t n) {
  out.is_transcoded = true;
  out.transcoded.resize(n);
  out.original_offsets.resize(n + 1);
}

// `base` is where `body` starts in the original bytes.
void decode_cp1252(DecodedText& out, std::string_view body, std::size_t base) {
  out.encoding = "windows-1252";
  const u8* p = bytes_of(body);
  std::size_t size = 0;  // the extra bytes beyond one per input byte
  for (std::size_t i = 0; i < body.size(); ++i) {
    const unsigned c = p[i];
    if (c >= 0x80) size += (c >= 0xA0 || kCp1252High[c - 0x80] < 0x800) ? 1 : 2;
  }
  size += body.size();
  size_output(out, size);
  char* t = out.transcoded.data();
  std::uint64_t* o = out.original_offsets.data();
  for (std::size_t i = 0; i < body.size(); ++i) {
    const unsigned c = p[i];
    if (c < 0x80) {
      if (c == 0) throw_nul(base + i);
      *t++ = static_cast<char>(c);
      *o++ = base + i;
      continue;
    }
    const char32_t cp = (c >= 0x80 && c < 0xA0) ? kCp1252High[c - 0x80] : c;
    const std::size_t len = put_utf8(t, cp);
    std::fill_n(o, len, base + i);
    t += len;
    o += len;
  }
  *o = base + body.size();
}

// UTF-8 with each byte of no well-formed sequence replaced by U+FFFD;
// `base` is where `body` starts in the original bytes.
void decode_utf8_replacing(DecodedText& out, std::string_view body, std::size_t base) {
  const u8* p = bytes_of(body);
  const std::size_t n = body.size();
  std::size_t size = 0;
  for (std::size_t i = 0; i < n;) {
    const std::size_t len = p[i] < 0x80 ? 1 : utf8::sequence_length(p + i, n - i);
    size += len == 0 ? 3 : len;
    i += len == 0 ? 1 : len;
  }
  size_output(out, size);
  char* const begin = out.transcoded.data();
  char* t = begin;
  std::uint64_t* o = out.original_offsets.data();
  for (std::size_t i = 0; i < n;) {
    if (p[i] == 0) throw_nul(base + i);
    const std::size_t len = p[i] < 0x80 ? 1 : utf8::sequence_length(p + i, n - i);
    if (len == 0) {
      const auto at = static_cast<std::uint64_t>(t - begin);
      if (!out.replaced.empty() && out.replaced.back().at + 3 * out.replaced.back().bytes == at)
        ++out.replaced.back().bytes;
      else
        out.replaced.push_back({at, 1});
      t += put_utf8(t, 0xFFFD);
      std::fill_n(o, 3, base + i);
      o += 3;
      ++i;
      continue;
    }
    std::memcpy(t, p + i, len);
    for (std::size_t k = 0; k < len; ++k) *o++ = base + i + k;
    t += len;
    i += len;
  }
  *o = base + n;
}

void decode_utf16(DecodedText& out, std::string_view bytes, bool little_endian) {
  out.encoding = little_endian ? "utf-16le" : "utf-16be";
  const std::size_t n = bytes.size();
  if (n % 2 != 0) throw_utf16(n - 1, "odd byte count");
  const u8* p = bytes_of(bytes);
  auto unit = [&](std::size_t at) -> char32_t {
    return little_endian ? char32_t{p[at]} | char32_t{p[at + 1]} << 8
                         : char32_t{p[at]} << 8 | char32_t{p[at + 1]};
  };
  // A surrogate counts 2 bytes, so a pair counts the 4 it becomes.
  std::size_t bound = 0;
  for (std::size_t i = 2; i < n; i += 2) {
    const char32_t u = unit(i);
    bound += u < 0x80 ? 1 : u < 0x800 ? 2 : (u >= 0xD800 && u <= 0xDFFF) ? 2 : 3;
  }
  size_output(out, bound);
  char* const text_begin = out.transcoded.data();
  char* t = text_begin;
  std::uint64_t* o = out.original_offsets.data();
  for (std::size_t i = 2; i < n;) {  // 2: past the BOM
    const char32_t u = unit(i);
    const std::size_t at = i;
    char32_t cp = u;
    if (u == 0) throw_nul(at);
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (n - i < 4) throw_utf16(at, "unpaired surrogate");
      const char32_t low = unit(i + 2);
      if (low < 0xDC00 || low > 0xDFFF) throw_utf16(at, "unpaired surrogate");
      cp = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
      i += 4;
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
      throw_utf16(at, "unpaired surrogate");
    } else {
      i += 2;
    }
    const std::size_t len = put_utf8(t, cp);
    std::fill_n(o, len, at);
    t += len;
    o += len;
  }
  *o = n;
  const auto size = static_cast<std::size_t>(t - text_begin);
  out.transcoded.resize(size);
  out.original_offsets.resize(size + 1);
}

// memchr-driven so a 20 MB LF file costs two vectorised scans, and it stops
// as soon as a second kind shows up.
std::string detect_line_ending(std::string_view t) {
  bool lf = false, crlf = false, cr = false;
  const char* p = t.data();
  const char* const end = p + t.size();
  while (p < end) {
    const auto* r = static_cast<const char*>(std::memchr(p, '\r', static_cast<std::size_t>(end - p)));
    const char* stop = r ? r : end;
    if (!lf && std::memchr(p, '\n', static_cast<std::size_t>(stop - p)) != nullptr) lf = true;
    if (r == nullptr) break;
    if (r + 1 < end && r[1] == '\n') {
      crlf = true;
      p = r + 2;
    } else {
      cr = true;
      p = r + 1;
    }
    if (int{lf} + int{crlf} + int{cr} > 1) break;
  }
  const int kinds = int{lf} + int{crlf} + int{cr};
  if (kinds > 1) return "mixed";
  if (lf) return "lf";
  if (crlf) return "crlf";
  if (cr) return "cr";
  return "none";
}

}  // namespace

std::uint64_t DecodedText::original_offset(std::uint64_t at) const {
  if (original_offsets.empty()) return at + shift;
  // Clamped rather than UB: a caller off by one past the end gets the file's end.
  return original_offsets[at < original_offsets.size() ? at : original_offsets.size() - 1];
}

DecodedText decode(std::string_view bytes) {
  if (bytes.empty()) throw InputError("empty file");
  DecodedText out;
  const u8* p = bytes_of(bytes);
  const std::size_t n = bytes.size();
  if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE) {
    decode_utf16(out, bytes, true);
  } else if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF) {
    decode_utf16(out, bytes, false);
  } else {
    const bool bom = n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF;
    const std::size_t skip = bom ? 3 : 0;
    const std::string_view body = bytes.substr(skip);
    if (valid_utf8(body, skip)) {
      out.encoding = bom ? "utf-8-bom" : "utf-8";
      out.shift = skip;
      out.utf8 = body;
    } else if (const Utf8Evidence e = weigh_utf8(body); e.cut_at_end || e.multibyte >= 4 * e.bad) {
      // A file cut mid-character, or a few stray bytes in text that is
      // otherwise UTF-8: reading it all as Windows-1252 would turn every
      // curly quote into mojibake and change citation keys.
      out.encoding = bom ? "utf-8-bom" : "utf-8";
      decode_utf8_replacing(out, body, skip);
    } else {
      // A BOM followed by invalid bytes is most likely a cp1252 file that an
      // editor prefixed; decoding the BOM itself as "ï»¿" would help nobody.
      decode_cp1252(out, body, skip);
    }
  }
  out.line_ending = detect_line_ending(out.text());
  return out;
}

namespace {

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
  const u8* p = bytes_of(bytes);
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
