// An optional name drawn from a small set (an owner's canonical economy name),
// stored once for the program and shared: one pointer in every element, where
// std::optional<std::string> held 40 bytes (issue 20 item 12). It reads like
// std::optional<std::string>: `if (o.canonical)`, `*o.canonical`,
// `o.canonical.value_or(o.name)`, `= "Japan"`, `= std::nullopt`.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mseg {

// The one stored copy of `name`, kept for the rest of the program. Safe from several threads.
const std::string* intern_name(std::string_view name);

class SharedName {
 public:
  SharedName() = default;
  SharedName(std::nullopt_t) {}                                            // NOLINT: as std::optional converts
  SharedName(std::string_view name) : p_(intern_name(name)) {}             // NOLINT
  SharedName(const std::string& name) : p_(intern_name(name)) {}           // NOLINT
  SharedName(const char* name) : p_(intern_name(name)) {}                  // NOLINT
  SharedName(const std::optional<std::string>& o) : p_(o ? intern_name(*o) : nullptr) {}  // NOLINT

  bool has_value() const { return p_ != nullptr; }  // whether a name is set
  explicit operator bool() const { return p_ != nullptr; }
  const std::string& operator*() const { return *p_; }  // the name; only when has_value()
  const std::string* operator->() const { return p_; }
  // The name, or `fallback` when none is set.
  std::string value_or(std::string fallback) const { return p_ ? *p_ : std::move(fallback); }
  // The name as a std::optional (a copy), for code written against one.
  std::optional<std::string> optional() const { return p_ ? std::optional<std::string>(*p_) : std::nullopt; }
  void reset() { p_ = nullptr; }

  // Equal when both are unset or both hold the same text.
  friend bool operator==(const SharedName& a, const SharedName& b) { return a.p_ == b.p_; }
  friend bool operator==(const SharedName& a, std::nullopt_t) { return !a.p_; }

 private:
  const std::string* p_ = nullptr;  // interned: equal texts share one pointer
};

}  // namespace mseg
