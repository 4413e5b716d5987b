#include <mseg/element.hpp>

#include <doctest/doctest.h>

namespace mseg {
namespace {

Span at_line(std::uint32_t line) {
  Span s;
  s.line = line;
  s.column = 1;
  return s;
}

// A section with one element of each kind, each on its own line.
Section section() {
  Section s;
  s.id = "S1";
  s.directives.push_back(Directive{"S1.D1", "1A", "Enhance port security.", {}, at_line(3)});
  s.priorities.push_back(Priority{"S1.P1", "1.1", "Port facility security", {{"ISPS Code", at_line(5)}}, at_line(4)});
  Action a;
  a.id = "S1.A1";
  a.text = "Hold a workshop.";
  a.span = at_line(6);
  s.actions.push_back(a);
  return s;
}

TEST_CASE("element reference: a directive's id, number, text and span") {
  const Section s = section();
  const ElementRef e{&s, &s.directives[0]};
  CHECK(e.kind() == ElementKind::directive);
  CHECK(e.section == &s);
  CHECK(e.directive() == &s.directives[0]);
  CHECK(e.priority() == nullptr);
  CHECK(e.action() == nullptr);
  CHECK(&e.id() == &s.directives[0].id);
  CHECK(e.number() == "1A");
  CHECK(e.text() == "Enhance port security.");
  CHECK(e.span().line == 3);
}

TEST_CASE("element reference: a priority's text is its title, not its items") {
  const Section s = section();
  const ElementRef e{&s, &s.priorities[0]};
  CHECK(e.kind() == ElementKind::priority);
  CHECK(e.directive() == nullptr);
  CHECK(e.priority() == &s.priorities[0]);
  CHECK(e.action() == nullptr);
  CHECK(e.id() == "S1.P1");
  CHECK(e.number() == "1.1");
  CHECK(e.text() == "Port facility security");
  CHECK(e.span().line == 4);
}

TEST_CASE("element reference: an action has no number") {
  const Section s = section();
  const ElementRef e{&s, &s.actions[0]};
  CHECK(e.kind() == ElementKind::action);
  CHECK(e.directive() == nullptr);
  CHECK(e.priority() == nullptr);
  CHECK(e.action() == &s.actions[0]);
  CHECK(e.id() == "S1.A1");
  CHECK(!e.number());
  CHECK(e.text() == "Hold a workshop.");
  CHECK(e.span().line == 6);
}

TEST_CASE("element reference: references into the plan, not copies") {
  Section s = section();
  const ElementRef e{&s, &s.actions[0]};
  s.actions[0].text = "Hold two workshops.";
  CHECK(e.text() == "Hold two workshops.");
}

}  // namespace
}  // namespace mseg
