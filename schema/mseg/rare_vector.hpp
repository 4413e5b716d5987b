// A list that is empty in almost every element of a plan (a tag's
// collaborators, an action's extra columns, a diagnostic's related places):
// one pointer until something is added, where std::vector keeps three in every
// element (issue 20 item 12). It reads like the std::vector it replaces:
// `empty()`, `size()`, `push_back`, `back()`, `[i]`, range-for, `==`.
#pragma once

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <memory>
#include <utility>
#include <vector>

namespace mseg {

template <class T>
class RareVector {
 public:
  RareVector() = default;
  RareVector(std::initializer_list<T> items) {  // NOLINT: as std::vector converts
    if (items.size() > 0) p_ = std::make_unique<std::vector<T>>(items);
  }
  RareVector(const RareVector& o) : p_(o.empty() ? nullptr : std::make_unique<std::vector<T>>(*o.p_)) {}
  RareVector(RareVector&&) noexcept = default;
  RareVector& operator=(const RareVector& o) {
    if (this != &o) p_ = o.empty() ? nullptr : std::make_unique<std::vector<T>>(*o.p_);
    return *this;
  }
  RareVector& operator=(RareVector&&) noexcept = default;

  bool empty() const { return !p_ || p_->empty(); }
  std::size_t size() const { return p_ ? p_->size() : 0; }
  void push_back(T value) { list().push_back(std::move(value)); }
  template <class... Args>
  T& emplace_back(Args&&... args) {
    return list().emplace_back(std::forward<Args>(args)...);
  }
  void clear() { p_.reset(); }
  // Only when !empty(), as with std::vector.
  T& back() { return p_->back(); }
  const T& back() const { return p_->back(); }
  T& front() { return p_->front(); }
  const T& front() const { return p_->front(); }
  T& operator[](std::size_t i) { return (*p_)[i]; }
  const T& operator[](std::size_t i) const { return (*p_)[i]; }
  T* begin() { return p_ ? p_->data() : nullptr; }
  T* end() { return p_ ? p_->data() + p_->size() : nullptr; }
  const T* begin() const { return p_ ? p_->data() : nullptr; }
  const T* end() const { return p_ ? p_->data() + p_->size() : nullptr; }

  // Equal when they hold equal items in the same order (an emptied list equals one never filled).
  friend bool operator==(const RareVector& a, const RareVector& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
  }

 private:
  std::vector<T>& list() {
    if (!p_) p_ = std::make_unique<std::vector<T>>();
    return *p_;
  }
  std::unique_ptr<std::vector<T>> p_;
};

}  // namespace mseg
