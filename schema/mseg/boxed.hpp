// An optional value held on the heap, for members of the plan model that are
// rarely present: where std::optional keeps room for the whole value in every
// element (a text deadline's 112 bytes in every action), Boxed costs one
// pointer until a value is set (issue 20 item 12). It reads like std::optional:
// `if (a.deadline)`, `a.deadline->span`, `*t.label`, `= value`, `= std::nullopt`.
#pragma once

#include <memory>
#include <optional>
#include <utility>

namespace mseg {

template <class T>
class Boxed {
 public:
  Boxed() = default;
  Boxed(std::nullopt_t) {}                                        // NOLINT: as std::optional converts
  Boxed(T value) : p_(std::make_unique<T>(std::move(value))) {}   // NOLINT: as std::optional converts
  Boxed(const std::optional<T>& o) : p_(o ? std::make_unique<T>(*o) : nullptr) {}  // NOLINT
  Boxed(const Boxed& o) : p_(o.p_ ? std::make_unique<T>(*o.p_) : nullptr) {}
  Boxed(Boxed&&) noexcept = default;
  Boxed& operator=(const Boxed& o) {
    if (this != &o) p_ = o.p_ ? std::make_unique<T>(*o.p_) : nullptr;
    return *this;
  }
  Boxed& operator=(Boxed&&) noexcept = default;
  Boxed& operator=(std::nullopt_t) {
    p_.reset();
    return *this;
  }
  Boxed& operator=(T value) {
    p_ = std::make_unique<T>(std::move(value));
    return *this;
  }

  bool has_value() const { return p_ != nullptr; }  // whether a value is set
  explicit operator bool() const { return p_ != nullptr; }
  T& operator*() { return *p_; }  // the value; only when has_value()
  const T& operator*() const { return *p_; }
  T* operator->() { return p_.get(); }
  const T* operator->() const { return p_.get(); }
  // The value, or `fallback` when none is set.
  T value_or(T fallback) const { return p_ ? *p_ : std::move(fallback); }
  // The value as a std::optional (a copy), for code written against one.
  std::optional<T> optional() const { return p_ ? std::optional<T>(*p_) : std::nullopt; }
  void reset() { p_.reset(); }

  // Equal when both are unset or both hold equal values.
  friend bool operator==(const Boxed& a, const Boxed& b) { return a.p_ && b.p_ ? *a.p_ == *b.p_ : !a.p_ && !b.p_; }
  friend bool operator==(const Boxed& a, std::nullopt_t) { return !a.p_; }

 private:
  std::unique_ptr<T> p_;
};

}  // namespace mseg
