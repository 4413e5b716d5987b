#include "base/json_writer.hpp"

#include <charconv>
#include <cstring>

#include "base/bytes16.hpp"
#include "base/bytes8.hpp"
#include "base/utf8.hpp"

namespace mseg {
namespace {

// Whether any of the 8 bytes in w needs a closer look: below 0x20, '"', '\\',
// or from 0x80 up (a UTF-8 sequence, checked before it is copied). Exact for
// bytes below 0x80, so ASCII text passes in whole words.
bool word_needs_escape(std::uint64_t w) {
  using namespace bytes8;
  return (any_below(w, 0x20) | any_equal(w, '"') | any_equal(w, '\\') | (w & 0x8080808080808080ULL)) != 0;
}

// An escaped character is at most six bytes ("\u001f").
constexpr std::size_t kMaxEscape = 6;

// Writes the escaped bytes of s (no quotes) at dst, which has room for
// kMaxEscape * s.size() bytes; returns the end. Every JSON text mseg writes is
// UTF-8 whatever it was given (a file name in Latin-1, a byte quoted by the
// JSON library's error message): a byte that does not begin a well-formed
// UTF-8 sequence is written as U+FFFD.
char* escape(char* dst, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  const char* p = s.data();
  const std::size_t n = s.size();
  std::size_t i = 0;
  for (;;) {
    // Plain text is the rule: copy it sixteen bytes at a time, and a block
    // with a byte to escape up to that byte (dst has room for the whole block:
    // at most six bytes out per byte in).
    while (n - i >= 16) {
      const std::uint32_t m = bytes16::below(p + i, 0x20) | bytes16::equal(p + i, '"') |
                              bytes16::equal(p + i, '\\') | bytes16::high(p + i);
      std::memcpy(dst, p + i, 16);
      const std::size_t plain = m == 0 ? 16 : bytes16::first(m);
      dst += plain;
      i += plain;
      if (m != 0) break;
    }
    // Then eight, for the tail and for short strings.
    while (n - i >= 8) {
      const std::uint64_t w = bytes8::load(p + i);
      if (word_needs_escape(w)) break;
      std::memcpy(dst, &w, sizeof w);
      dst += 8;
      i += 8;
    }
    if (i == n) return dst;
    // A plain tail of a string of eight bytes or more: its last eight bytes,
    // overlapping what is written already, in one go.
    if (n >= 8 && n - i < 8) {
      const std::uint64_t w = bytes8::load(p + n - 8);
      if (!word_needs_escape(w)) {
        std::memcpy(dst - (8 - (n - i)), &w, sizeof w);
        return dst + (n - i);
      }
    }
    const auto c = static_cast<unsigned char>(p[i]);
    if (c >= 0x80) {
      const std::size_t len = utf8::sequence_length(reinterpret_cast<const unsigned char*>(p + i), n - i);
      if (len == 0) {
        std::memcpy(dst, "\xEF\xBF\xBD", 3);  // U+FFFD
        dst += 3;
        ++i;
      } else {
        std::memcpy(dst, p + i, len);
        dst += len;
        i += len;
      }
      continue;
    }
    ++i;
    if (c >= 0x20 && c != '"' && c != '\\') {
      *dst++ = static_cast<char>(c);
      continue;
    }
    *dst++ = '\\';
    switch (c) {
      case '"': *dst++ = '"'; break;
      case '\\': *dst++ = '\\'; break;
      case '\b': *dst++ = 'b'; break;
      case '\f': *dst++ = 'f'; break;
      case '\n': *dst++ = 'n'; break;
      case '\r': *dst++ = 'r'; break;
      case '\t': *dst++ = 't'; break;
      default:
        std::memcpy(dst, "u00", 3);
        dst[3] = kHex[c >> 4];
        dst[4] = kHex[c & 15];
        dst += 5;
    }
  }
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  // In slices, so that room for the worst case never costs more than a few KB.
  constexpr std::size_t kSlice = 4096;
  out.push_back('"');
  while (!s.empty()) {
    std::string_view slice = s.substr(0, kSlice);
    // Never between the bytes of one character, which would then read as invalid.
    if (slice.size() < s.size()) {
      std::size_t cut = slice.size();
      while (cut > slice.size() - 3 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
      slice = s.substr(0, cut);
    }
    const std::size_t at = out.size();
    out.resize(at + kMaxEscape * slice.size());
    char* end = escape(out.data() + at, slice);
    out.resize(static_cast<std::size_t>(end - out.data()));
    s.remove_prefix(slice.size());
  }
  out.push_back('"');
}

bool JsonWriter::plain_key(std::string_view k) {
  bool plain = true;
  for (const char c : k) plain &= static_cast<unsigned char>(c) >= 0x20 && c != '"' && c != '\\';
  return plain;
}

void JsonWriter::stream_to(std::function<void(std::string&)> sink, std::size_t threshold) {
  sink_ = std::move(sink);
  threshold_ = threshold;
  out_.reserve(out_.size() + threshold + kBuffer);  // grown once, not by doubling up to the threshold
}

void JsonWriter::flush() {
  if (used_ == 0) return;
  out_.append(buf_, used_);
  used_ = 0;
}

void JsonWriter::spill() {
  flush();
  if (sink_ && out_.size() >= threshold_) sink_(out_);
}

void JsonWriter::put_string(std::string_view s) {
  const std::size_t worst = kMaxEscape * s.size() + 2;
  if (!reserve(worst)) {
    append_json_string(out_, s);
    return;
  }
  buf_[used_++] = '"';
  used_ = static_cast<std::size_t>(escape(buf_ + used_, s) - buf_);
  buf_[used_++] = '"';
}

void JsonWriter::newline() {
  const std::size_t indent = base_indent_ + counts_.size() * 2;
  if (!reserve(indent + 1)) {
    out_.push_back('\n');
    out_.append(indent, ' ');
    return;
  }
  buf_[used_++] = '\n';
  std::memset(buf_ + used_, ' ', indent);
  used_ += indent;
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (counts_.empty()) return;
  if (counts_.back()++ > 0) put(',');
  if (pretty_) newline();
}

// The top-level value is complete: out_ must hold it all.
void JsonWriter::after_close() {
  if (counts_.empty()) flush();
}

void JsonWriter::write_key(std::string_view k, bool plain) {
  const bool comma = counts_.back()++ > 0;
  after_key_ = true;
  // Keys are short names without anything to escape: ,"name": in one go.
  if (!pretty_ && plain && reserve(k.size() + 4)) {
    used_ = static_cast<std::size_t>(put_plain_key(buf_ + used_, k, comma) - buf_);
    return;
  }
  if (comma) put(',');
  if (pretty_) newline();
  put_string(k);
  if (pretty_) put(": ", 2); else put(':');
}

void JsonWriter::begin_object() {
  before_value();
  put('{');
  counts_.push_back(0);
}

void JsonWriter::end_object() {
  const bool empty = counts_.back() == 0;
  counts_.pop_back();
  if (pretty_ && !empty) newline();
  put('}');
  after_close();
}

void JsonWriter::begin_array() {
  before_value();
  put('[');
  counts_.push_back(0);
}

void JsonWriter::end_array() {
  const bool empty = counts_.back() == 0;
  counts_.pop_back();
  if (pretty_ && !empty) newline();
  put(']');
  after_close();
}

void JsonWriter::value(std::string_view s) {
  before_value();
  put_string(s);
  after_close();
}

void JsonWriter::value(bool b) {
  before_value();
  if (b) put("true", 4); else put("false", 5);
  after_close();
}

template <typename Int>
void JsonWriter::integer(Int n) {
  before_value();
  reserve(24);
  used_ = static_cast<std::size_t>(std::to_chars(buf_ + used_, buf_ + kBuffer, n).ptr - buf_);
  after_close();
}

void JsonWriter::value(std::int64_t n) { integer(n); }
void JsonWriter::value(std::uint64_t n) { integer(n); }

void JsonWriter::value(const std::vector<std::string>& strings) {
  begin_array();
  for (const auto& s : strings) value(s);
  end_array();
}

void JsonWriter::null() {
  before_value();
  put("null", 4);
  after_close();
}

void JsonWriter::numbers_object(std::initializer_list<Number> members) {
  std::size_t room = 2;
  for (const auto& m : members) room += m.name.size() + 4 + 20;
  if (pretty_ || !reserve(room + 1)) {
    begin_object();
    for (const auto& m : members) field(m.name, m.value);
    end_object();
    return;
  }
  before_value();
  reserve(room);  // before_value may have written a comma
  char* p = buf_ + used_;
  char* const end = buf_ + kBuffer;
  *p++ = '{';
  bool first = true;
  for (const auto& m : members) {
    assert(plain_key(m.name));
    p = put_plain_key(p, m.name, !first);
    first = false;
    p = std::to_chars(p, end, m.value).ptr;
  }
  *p++ = '}';
  used_ = static_cast<std::size_t>(p - buf_);
  after_close();
}

void JsonWriter::raw(std::string_view json) {
  before_value();
  put(json.data(), json.size());
  after_close();
}

}  // namespace mseg
