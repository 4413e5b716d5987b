// A small streaming JSON writer: plan output is the hot path of `mseg parse`,
// so it writes into a fixed buffer instead of building a DOM. Pretty output
// matches nlohmann::json's dump(2) byte for byte. In base/, not installed: the
// public headers give JSON as text (to_json), so the writer can change freely.
#pragma once

#include <cassert>
#include <cstdint>
#include <cstring>
#include <exception>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/text_pieces.hpp"

namespace mseg {

// Text reaches `out` in pieces: it is complete once the top-level value is
// closed (or the writer is destroyed), so callers may append to `out` after a
// value, e.g. a newline between JSON Lines.
class JsonWriter {
 public:
  // `depth`: pretty output that continues an enclosing document that many
  // levels deep (a plan inside `mseg parse`'s batch array) indents each line
  // it starts by 2 * depth more spaces. The first line's own indent is the
  // caller's, as it follows the caller's text.
  explicit JsonWriter(std::string& out, bool pretty = true, std::size_t depth = 0)
      : out_(out), pretty_(pretty), base_indent_(2 * depth), unwinding_(std::uncaught_exceptions()) {}
  // Flushes what is buffered, which may throw std::bad_alloc: let out of a destructor (noexcept(false)) to the
  // caller's handler, where a destructor's throw was std::terminate (a hardening audit's finding: a parse batch that
  // ran out of memory aborted, exit 134). Not while an exception unwinds: the text is abandoned then.
  ~JsonWriter() noexcept(false) {
    if (std::uncaught_exceptions() == unwinding_) flush();
  }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  void begin_object();  // '{' as a value
  void end_object();
  void begin_array();  // '[' as a value
  void end_array();
  void key(std::string_view k) { write_key(k, plain_key(k)); }  // the next value's name inside an object
  // A name written in the code ("text", "span"): nothing in it needs escaping,
  // so it is not looked at, and inline, so that its length is a constant and
  // it is copied without a call (keys were a tenth of writing a plan).
  template <std::size_t N>
  void key(const char (&k)[N]) {
    const std::string_view name(k, std::char_traits<char>::length(k));
    assert(plain_key(name));
    if (!pretty_ && kBuffer - used_ >= name.size() + 4) {
      const bool comma = counts_.back()++ > 0;
      after_key_ = true;
      used_ = static_cast<std::size_t>(put_plain_key(buf_ + used_, name, comma) - buf_);
      return;
    }
    write_key(name, true);
  }

  void value(std::string_view s);
  void value(const char* s) { value(std::string_view(s)); }
  void value(const std::string& s) { value(std::string_view(s)); }
  void value(bool b);
  void value(std::int64_t n);
  void value(std::uint64_t n);
  void value(int n) { value(static_cast<std::int64_t>(n)); }
  void value(std::uint32_t n) { value(static_cast<std::uint64_t>(n)); }
  void null();
  void value(const std::vector<std::string>& strings);  // an array of strings (owners, citations)
  // Anything optional-like (std::optional, mseg::Boxed): its value, or null.
  template <typename O>
    requires requires(const O& o) { o.has_value(); *o; }
  void value(const O& v) {
    if (v.has_value()) value(*v); else null();
  }
  // An object of unsigned integers ({"line": 3, "column": 1, ...}) as the next
  // value: spans are most of the objects in plan JSON, and writing each one
  // in a single pass halves their cost. Names must need no escaping.
  struct Number {
    std::string_view name;
    std::uint64_t value;
  };
  void numbers_object(std::initializer_list<Number> members);
  // Writes already-serialised JSON as the next value.
  void raw(std::string_view json);
  bool pretty() const { return pretty_; }

  // Hands the text written so far to `sink`, which must empty the string,
  // each time it passes `threshold` bytes: a large plan streams to its file
  // instead of being held whole in memory.
  void stream_to(std::function<void(std::string&)> sink, std::size_t threshold = kStreamPiece);

  // key(k) then value(v).
  template <typename K, typename T>
  void field(const K& k, const T& v) {
    key(k);
    value(v);
  }

 private:
  static constexpr std::size_t kBuffer = 8192;

  // Room for n more bytes in buf_, moving what it holds to out_ if needed;
  // false when n can never fit (the caller then writes to out_ itself).
  bool reserve(std::size_t n) {
    if (kBuffer - used_ >= n) return true;
    spill();
    return n <= kBuffer;
  }
  void put(char c) {
    reserve(1);
    buf_[used_++] = c;
  }
  void put(const char* p, std::size_t n) {
    if (reserve(n)) {
      std::memcpy(buf_ + used_, p, n);
      used_ += n;
    } else {
      out_.append(p, n);
    }
  }
  void put_string(std::string_view s);  // a JSON string literal
  static bool plain_key(std::string_view k);  // nothing in k needs escaping
  void write_key(std::string_view k, bool plain);
  // Writes [,]"name": at p, which has room for it; returns the end.
  static char* put_plain_key(char* p, std::string_view name, bool comma) {
    if (comma) *p++ = ',';
    *p++ = '"';
    std::memcpy(p, name.data(), name.size());
    p += name.size();
    *p++ = '"';
    *p++ = ':';
    return p;
  }
  template <typename Int>
  void integer(Int n);
  void before_value();
  void newline();
  void after_close();
  void spill();  // buf_ to out_, then the sink when out_ has grown past threshold_
  void flush();  // buf_ to out_

  std::string& out_;
  bool pretty_;
  std::size_t base_indent_;
  std::vector<std::uint32_t> counts_;  // values written in each open container
  bool after_key_ = false;
  std::function<void(std::string&)> sink_;
  std::size_t threshold_ = 0;
  std::size_t used_ = 0;
  int unwinding_;  // exceptions in flight when made
  char buf_[kBuffer];
};

// Appends `s` as a JSON string literal, quotes included.
void append_json_string(std::string& out, std::string_view s);

}  // namespace mseg
