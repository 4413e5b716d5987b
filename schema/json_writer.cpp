#include <mseg/json_writer.hpp>

#include <charconv>
#include <cstring>

namespace mseg {
namespace {

// Whether any of the 8 bytes in w needs escaping: below 0x20, '"' or '\\'.
// Exact (no false positives) for bytes below 0x80; bytes from 0x80 up never
// match, so UTF-8 text passes in whole words.
bool word_needs_escape(std::uint64_t w) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  auto has_zero = [](std::uint64_t x) { return (x - kOnes) & ~x & kHigh; };
  const std::uint64_t control = (w - kOnes * 0x20) & ~w & kHigh;  // a byte < 0x20
  return (control | has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\'))) != 0;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  const char* p = s.data();
  const std::size_t n = s.size();
  std::size_t run = 0;  // copy runs of plain bytes at once
  std::size_t i = 0;
  for (;;) {
    // Plain text is the rule; skip it eight bytes at a time.
    while (n - i >= 8) {
      std::uint64_t w;
      std::memcpy(&w, p + i, sizeof w);
      if (word_needs_escape(w)) break;
      i += 8;
    }
    if (i == n) break;
    auto c = static_cast<unsigned char>(p[i]);
    ++i;
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(p + run, i - 1 - run);
    run = i;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 15]);
    }
  }
  out.append(p + run, n - run);
  out.push_back('"');
}

void JsonWriter::stream_to(std::function<void(std::string&)> sink, std::size_t threshold) {
  sink_ = std::move(sink);
  threshold_ = threshold;
}

void JsonWriter::newline() {
  out_.push_back('\n');
  out_.append(counts_.size() * 2, ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (counts_.empty()) return;
  maybe_flush();
  if (counts_.back()++ > 0) out_.push_back(',');
  if (pretty_) newline();
}

void JsonWriter::key(std::string_view k) {
  maybe_flush();
  const bool comma = counts_.back()++ > 0;
  after_key_ = true;
  // Keys are short names without anything to escape: assemble ,"name": in one
  // buffer and append it once (a tenth of writing a plan went to keys).
  char buf[64];
  if (!pretty_ && k.size() <= sizeof buf - 4) {
    bool plain = true;
    for (const char c : k) plain &= static_cast<unsigned char>(c) >= 0x20 && c != '"' && c != '\\';
    if (plain) {
      std::size_t n = 0;
      if (comma) buf[n++] = ',';
      buf[n++] = '"';
      std::memcpy(buf + n, k.data(), k.size());
      n += k.size();
      buf[n++] = '"';
      buf[n++] = ':';
      out_.append(buf, n);
      return;
    }
  }
  if (comma) out_.push_back(',');
  if (pretty_) newline();
  append_json_string(out_, k);
  if (pretty_) {
    out_.append(": ", 2);
  } else {
    out_.push_back(':');
  }
}

void JsonWriter::begin_object() {
  before_value();
  out_.push_back('{');
  counts_.push_back(0);
}

void JsonWriter::end_object() {
  bool empty = counts_.back() == 0;
  counts_.pop_back();
  if (pretty_ && !empty) newline();
  out_.push_back('}');
}

void JsonWriter::begin_array() {
  before_value();
  out_.push_back('[');
  counts_.push_back(0);
}

void JsonWriter::end_array() {
  bool empty = counts_.back() == 0;
  counts_.pop_back();
  if (pretty_ && !empty) newline();
  out_.push_back(']');
}

void JsonWriter::value(std::string_view s) {
  before_value();
  append_json_string(out_, s);
}

void JsonWriter::value(bool b) {
  before_value();
  out_ += b ? "true" : "false";
}

void JsonWriter::value(std::int64_t n) {
  before_value();
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, n);
  out_.append(buf, r.ptr);
}

void JsonWriter::value(std::uint64_t n) {
  before_value();
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, n);
  out_.append(buf, r.ptr);
}

void JsonWriter::null() {
  before_value();
  out_ += "null";
}

void JsonWriter::raw(std::string_view json) {
  before_value();
  out_ += json;
}

}  // namespace mseg
