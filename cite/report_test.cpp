#include <mseg/cites.hpp>
#include <mseg/parse.hpp>

#include <doctest/doctest.h>

#include <map>

#include "tests/test_util.hpp"

using namespace mseg;
using namespace mseg::cite;

namespace {

const Plan& plan_of(const std::string& path) {
  static std::map<std::string, Plan> plans;  // a map: references stay valid as plans are added
  auto it = plans.find(path);
  if (it == plans.end()) it = plans.emplace(path, parse_plan(test::read_file(path), ParseOptions{path})).first;
  return it->second;
}

CitesReport samples() {
  return cites_report({{"hanoi.txt", &plan_of("samples/mseg-workplan-2006-hanoi.txt")},
                       {"2007.txt", &plan_of("samples/meg-sec-workplan-2007.txt")}},
                      builtin_registry());
}

}  // namespace

TEST_CASE("cites: the samples rest on four documents, one of them decided rather than verified") {
  const CitesReport r = samples();
  CHECK(r.plans == 2);
  CHECK(r.citations == 24);
  CHECK(r.unresolved.empty());
  REQUIRE(r.documents.size() == 4);
  CHECK(r.documents[0].source->key == "leaders-declaration-1994");  // in order of first citation: Ha Noi's 1A
  const auto find = [&](std::string_view key) -> const DocumentUse& {
    for (const auto& d : r.documents)
      if (d.source->key == key) return d;
    FAIL("no document " << key);
    return r.documents[0];
  };
  CHECK(find("ministerial-statement-2004").directives.size() == 7);
  CHECK(find("ministerial-statement-2007").directives.size() == 10);
  CHECK(find("leaders-declaration-1994").directives.size() == 2);
  CHECK(find("leaders-statement-2005").directives.size() == 5);
  CHECK_FALSE(find("leaders-statement-2005").source->verified);

  const std::string text = format_report(r, ReportFormat::text);
  CHECK(text.find("ministerial-statement-2004  Joint Ministerial Statement\n"
                  "  4th APEC Transportation Ministerial Meeting, Bali, Indonesia, 27–29 July 2004\n") !=
        std::string::npos);
  CHECK(text.find("leaders-statement-2005  Busan Declaration  [not verified]\n") != std::string::npos);
  CHECK(text.ends_with("24 citations of 4 documents in 2 plans; 1 unverified (5 citations), 0 unresolved\n"));
}

TEST_CASE("cites: an unresolved citation is listed with why") {
  const std::string text = "\tDirectives\n\tPriorities\n\tAction Items\n"
                           "\t1A. One (Ministerial Statement 2005)\n1B. Two (Leaders’ Communiqué 2031)\n\t\n\tDo (Chair/2008)\n";
  const Plan p = parse_plan(text, ParseOptions{"t.txt"});
  const CitesReport r = cites_report({{"t.txt", &p}}, builtin_registry());
  REQUIRE(r.unresolved.size() == 2);
  CHECK(r.unresolved[0].reason == "no Transportation Ministerial Meeting was held in 2005");
  CHECK(r.unresolved[1].reason == "not in the registry");
  const std::string out = format_report(r, ReportFormat::text);
  CHECK(out.find("  t.txt:4:10: 1A cites (Ministerial Statement 2005): no Transportation Ministerial Meeting was "
                 "held in 2005\n") != std::string::npos);
  const std::string json = format_report(r, ReportFormat::json);
  CHECK(json.find("\"reason\": \"not in the registry\"") != std::string::npos);
}

TEST_CASE("cites: the registry as JSON reads back as the same registry") {
  const std::string json = format_registry(builtin_registry(), ReportFormat::json, 0);
  const Registry back = Registry::from_json(json);
  REQUIRE(back.entries().size() == builtin_registry().entries().size());
  CHECK(format_registry(back, ReportFormat::json, 0) == json);
  const std::string table = format_registry(builtin_registry(), ReportFormat::markdown, 0);
  CHECK(table.find("| ministerial-statement-2004 | TMM4 | Bali, Indonesia | 27–29 July 2004 | Joint Ministerial "
                   "Statement | yes |") != std::string::npos);
}
