// A small streaming JSON writer: plan output is the hot path of `mseg parse`,
// so it appends straight to a string instead of building a DOM. Pretty output
// matches nlohmann::json's dump(2) byte for byte.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mseg {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out, bool pretty = true) : out_(out), pretty_(pretty) {}

  void begin_object();  // '{' as a value
  void end_object();
  void begin_array();  // '[' as a value
  void end_array();
  void key(std::string_view k);  // the next value's name inside an object

  void value(std::string_view s);
  void value(const char* s) { value(std::string_view(s)); }
  void value(const std::string& s) { value(std::string_view(s)); }
  void value(bool b);
  void value(std::int64_t n);
  void value(std::uint64_t n);
  void value(int n) { value(static_cast<std::int64_t>(n)); }
  void value(std::uint32_t n) { value(static_cast<std::uint64_t>(n)); }
  void null();
  template <typename T>
  void value(const std::optional<T>& v) {
    if (v) value(*v); else null();
  }
  // Writes already-serialised JSON as the next value.
  void raw(std::string_view json);

  // Hands the text written so far to `sink`, which must empty the string,
  // each time it passes `threshold` bytes: a large plan streams to its file
  // instead of being held whole in memory.
  void stream_to(std::function<void(std::string&)> sink, std::size_t threshold = std::size_t{1} << 20);

  // key(k) then value(v).
  template <typename T>
  void field(std::string_view k, const T& v) {
    key(k);
    value(v);
  }

 private:
  void before_value();
  void newline();
  void maybe_flush() {
    if (sink_ && out_.size() >= threshold_) sink_(out_);
  }

  std::string& out_;
  bool pretty_;
  std::vector<std::uint32_t> counts_;  // values written in each open container
  bool after_key_ = false;
  std::function<void(std::string&)> sink_;
  std::size_t threshold_ = 0;
};

// Appends `s` as a JSON string literal, quotes included.
void append_json_string(std::string& out, std::string_view s);

}  // namespace mseg
