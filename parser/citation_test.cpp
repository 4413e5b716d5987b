#include "citation.hpp"

#include <doctest/doctest.h>

using namespace mseg;

namespace {
std::optional<Citation> cite(std::string_view group, Findings* out = nullptr) {
  Findings local;
  auto c = read_citation(group, out ? *out : local);
  return c;
}
}  // namespace

TEST_CASE("citation: Bogor Goal and Goals read as bogor-goal with no year") {
  for (auto g : {"(Bogor Goal)", "(Bogor Goals)", "( bogor goals )"}) {
    auto c = cite(g);
    REQUIRE(c);
    CHECK(c->kind == "bogor-goal");
    CHECK(c->key == "bogor-goal");
    CHECK_FALSE(c->year);
    CHECK(c->text == g);
  }
}

TEST_CASE("citation: statements with straight, curly or no apostrophe") {
  struct Case {
    const char* group;
    const char* kind;
    int year;
  } cases[] = {
      {"(Ministerial Statement 2004)", "ministerial-statement", 2004},
      {"(Leaders' Statement 2005)", "leaders-statement", 2005},
      {"(Leaders\u2019 Statement 2005)", "leaders-statement", 2005},
      {"(Leaders Statement 2005)", "leaders-statement", 2005},
      {"(Joint Ministerial Statement 2009)", "joint-ministerial-statement", 2009},
      {"(Leaders' Declaration 2008)", "leaders-declaration", 2008},
      {"(Ministerial Communique 2010)", "ministerial-communique", 2010},
      {"(Ministerial Communiqu\u00e9 2010)", "ministerial-communique", 2010},
  };
  for (const auto& k : cases) {
    CAPTURE(k.group);
    Findings out;
    auto c = cite(k.group, &out);
    REQUIRE(c);
    CHECK(c->kind == k.kind);
    REQUIRE(c->year);
    CHECK(*c->year == k.year);
    CHECK(c->key == std::string(k.kind) + "-" + std::to_string(k.year));
    CHECK_FALSE(c->pinpoint);
    CHECK(out.empty());
  }
}

TEST_CASE("citation: a pinpoint after a comma") {
  auto c = cite("(Ministerial Statement 2009, para 12)");
  REQUIRE(c);
  CHECK(c->key == "ministerial-statement-2009");
  REQUIRE(c->pinpoint);
  CHECK(*c->pinpoint == "para 12");
}

TEST_CASE("citation: ordinary parentheses are not citations") {
  CHECK_FALSE(cite("(ISPS Code)"));
  CHECK_FALSE(cite("(IMO)"));
  CHECK_FALSE(cite("(STAR)"));
}

TEST_CASE("citation: citation-like but unknown form warns and keeps the year") {
  std::string text = "(Ministerial Meeting 2004)";
  Findings out;
  auto c = read_citation(text, out);
  REQUIRE(c);
  CHECK(c->kind == "unknown");
  CHECK(c->key == "unknown-2004");
  REQUIRE(out.size() == 1);
  CHECK(out[0].code == "unknown-citation");
  CHECK(out[0].severity == Severity::warning);
  CHECK(out[0].where.data() == text.data());
}

TEST_CASE("citation: issuer words may be non-ASCII; digits and punctuation end them") {
  auto c = cite("(Déclaration des Leaders Statement 2011)");
  REQUIRE(c);
  CHECK(c->kind == "déclaration-des-leaders-statement");
  CHECK(c->key == "déclaration-des-leaders-statement-2011");
  CHECK(cite("(2004 Ministerial Statement 2005)")->kind == "unknown");
}
