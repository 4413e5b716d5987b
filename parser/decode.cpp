// Decoding a file's bytes into UTF-8 text.
#include "decode.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#include <mseg/parse.hpp>

#include "base/bom.hpp"
#include "base/bytes8.hpp"
#include "base/utf8.hpp"


namespace mseg {
namespace {

using u8 = unsigned char;

// `text`: the bytes being read (their start says whether they look like UTF-16 without its BOM).
[[noreturn]] void throw_nul(std::size_t at, std::string_view text = {}, std::size_t base = 0) {
  // After a BOM (base > 0) no UTF-16 is guessed at: the halves would be a byte off.
  throw InputError("contains NUL bytes at byte " + std::to_string(at) +
                   std::string(bom::nul_reason(base == 0 ? text : std::string_view())));
}

[[noreturn]] void throw_utf16(std::size_t at, const char* why) {
  throw InputError("malformed UTF-16 at byte " + std::to_string(at) + " (" + why + ")");
}

const u8* bytes_of(std::string_view s) { return reinterpret_cast<const u8*>(s.data()); }

bool needs_byte_scan(const u8* p) { return bytes8::any_high_or_nul(bytes8::load(p)) != 0; }

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
      const bool dirty_a = needs_byte_scan(p + i);
      if (!dirty_a && !needs_byte_scan(p + i + 8)) {
        i += 16;
        continue;
      }
      if (!dirty_a) i += 8;
    } else if (n - i >= 8 && !needs_byte_scan(p + i)) {
      i += 8;
      continue;
    }
    const unsigned c = p[i];
    if (c < 0x80) {
      if (c == 0) throw_nul(base + i, std::string_view(reinterpret_cast<const char*>(p), n), base);
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

// 0x80..0x9F; the five bytes cp1252 leaves undefined keep their C1 value, as
// the WHATWG decoder does, so no byte is ever lost.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  //
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  //
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  //
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// The transcoders size their text exactly (or, for UTF-16, as an upper bound)
// and write through a raw pointer; Runs records where each byte came from.
void size_output(DecodedText& out, std::size_t n) {
  out.is_transcoded = true;
  out.transcoded.resize(n);
}

// Builds DecodedText::runs: a byte extends the last run when it continues it.
class Runs {
 public:
  explicit Runs(std::vector<DecodedText::Run>& runs) : runs_(runs) {}
  // Decoded byte `at` came from original byte `original`, as a run of `step` (1 or 2).
  void copied(std::uint64_t at, std::uint64_t original, unsigned step) {
    if (!runs_.empty()) {
      const DecodedText::Run& r = runs_.back();
      if (r.step() == step && r.original() + step * (at - r.at) == original) return;
    }
    runs_.push_back({at, original << 2 | step});
  }
  // Decoded bytes from `at` on (one character, widened) came from `original`.
  void widened(std::uint64_t at, std::uint64_t original) { runs_.push_back({at, original << 2}); }
  // The text ends at `at`, which stands for the original's `original`: a run
  // of step 0, so that offsets past the end answer the end.
  void end(std::uint64_t at, std::uint64_t original) { widened(at, original); }

 private:
  std::vector<DecodedText::Run>& runs_;
};

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
  char* const begin = out.transcoded.data();
  char* t = begin;
  Runs runs(out.runs);
  for (std::size_t i = 0; i < body.size(); ++i) {
    const unsigned c = p[i];
    const auto at = static_cast<std::uint64_t>(t - begin);
    if (c < 0x80) {
      if (c == 0) throw_nul(base + i, body, base);
      *t++ = static_cast<char>(c);
      runs.copied(at, base + i, 1);
      continue;
    }
    const char32_t cp = (c >= 0x80 && c < 0xA0) ? kCp1252High[c - 0x80] : c;
    t += utf8::put(t, cp);
    runs.widened(at, base + i);
  }
  runs.end(static_cast<std::uint64_t>(t - begin), base + body.size());
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
  Runs runs(out.runs);
  for (std::size_t i = 0; i < n;) {
    if (p[i] == 0) throw_nul(base + i, std::string_view(reinterpret_cast<const char*>(p), n), base);
    const std::size_t len = p[i] < 0x80 ? 1 : utf8::sequence_length(p + i, n - i);
    if (len == 0) {
      const auto at = static_cast<std::uint64_t>(t - begin);
      if (!out.replaced.empty() && out.replaced.back().at + 3 * out.replaced.back().bytes == at)
        ++out.replaced.back().bytes;
      else
        out.replaced.push_back({at, 1});
      t += utf8::put(t, 0xFFFD);
      runs.widened(at, base + i);
      ++i;
      continue;
    }
    std::memcpy(t, p + i, len);
    runs.copied(static_cast<std::uint64_t>(t - begin), base + i, 1);
    t += len;
    i += len;
  }
  runs.end(static_cast<std::uint64_t>(t - begin), base + n);
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
  Runs runs(out.runs);
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
    const auto from = static_cast<std::uint64_t>(t - text_begin);
    if (cp < 0x80)
      runs.copied(from, at, 2);
    else
      runs.widened(from, at);
    t += utf8::put(t, cp);
  }
  const auto size = static_cast<std::size_t>(t - text_begin);
  runs.end(size, n);
  out.transcoded.resize(size);
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
  if (runs.empty()) return at + shift;
  // The run that holds `at`; the first starts at 0. Past the end, the last
  // (the end's own run, step 0) answers the file's end rather than UB.
  const auto it = std::upper_bound(runs.begin(), runs.end(), at,
                                   [](std::uint64_t a, const Run& r) { return a < r.at; });
  const Run& r = *(it - 1);
  return r.original() + r.step() * (at - r.at);
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
    const bool has_bom = bom::starts_utf8(bytes);
    const std::size_t skip = has_bom ? bom::kUtf8.size() : 0;
    const std::string_view body = bytes.substr(skip);
    if (valid_utf8(body, skip)) {
      out.encoding = has_bom ? "utf-8-bom" : "utf-8";
      out.shift = skip;
      out.utf8 = body;
    } else if (const Utf8Evidence e = weigh_utf8(body); e.cut_at_end || e.multibyte >= 4 * e.bad) {
      // A file cut mid-character, or a few stray bytes in text that is
      // otherwise UTF-8: reading it all as Windows-1252 would turn every
      // curly quote into mojibake and change citation keys.
      out.encoding = has_bom ? "utf-8-bom" : "utf-8";
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

}  // namespace mseg
