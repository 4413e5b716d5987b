// One directive, priority or action of a plan and the section that holds it,
// by reference: what a query matches and what a diff pairs. The engines read an
// element's id, number, text and span through it, whatever its kind.
#pragma once

#include <optional>
#include <string>
#include <variant>

#include <mseg/plan.hpp>

namespace mseg {

// Points into a Plan, which must outlive it; copying one copies two pointers.
// Made as {&section, &directive} (or &priority, &action).
struct ElementRef {
  const Section* section = nullptr;
  // In ElementKind's order, so that the index is the kind.
  std::variant<const Directive*, const Priority*, const Action*> element;

  ElementKind kind() const { return static_cast<ElementKind>(element.index()); }

  // The element as its own type, or null when it is of another kind.
  const Directive* directive() const { return get<const Directive*>(); }
  const Priority* priority() const { return get<const Priority*>(); }
  const Action* action() const { return get<const Action*>(); }

  const std::string& id() const {
    return std::visit([](const auto* e) -> const std::string& { return e->id; }, element);
  }
  // The plan's own number ("1D", "1.1"); actions have none.
  const std::optional<std::string>& number() const {
    static const std::optional<std::string> none;
    if (const Directive* d = directive()) return d->number;
    if (const Priority* p = priority()) return p->number;
    return none;
  }
  // A directive's or action's text, a priority's title.
  const std::string& text() const {
    if (const Priority* p = priority()) return p->title;
    if (const Directive* d = directive()) return d->text;
    return action()->text;
  }
  const Span& span() const {
    return std::visit([](const auto* e) -> const Span& { return e->span; }, element);
  }

 private:
  template <class T>
  T get() const {
    const T* e = std::get_if<T>(&element);
    return e ? *e : nullptr;
  }
};

static_assert(static_cast<int>(ElementKind::directive) == 0 && static_cast<int>(ElementKind::priority) == 1 &&
              static_cast<int>(ElementKind::action) == 2);

}  // namespace mseg
