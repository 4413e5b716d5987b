#include <mseg/registry.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include "tests/test_util.hpp"

using namespace mseg;
using namespace mseg::cite;

namespace {

std::vector<std::string> keys(const std::vector<const Entry*>& entries) {
  std::vector<std::string> out;
  for (const Entry* e : entries) out.push_back(e->key);
  std::sort(out.begin(), out.end());
  return out;
}

Resolution resolve(std::string_view written) { return builtin_registry().resolve_text(written); }

const std::string kUserEntry = R"({
    "key": "leaders-communique-2031", "kind": "leaders-communique", "year": 2031,
    "meeting": {"body": "APEC Economic Leaders' Meeting", "ordinal": null, "short": "", "city": "Atlantis",
                "economy": "Nowhere", "start": null, "end": null},
    "title": "Test Communique", "aliases": ["Atlantis Communique"], "source": "https://example.org/2031",
    "verified": false
  })";

std::string registry_of(const std::string& entries) {
  return R"({"registry_version": "1", "entries": [)" + entries + "]}";
}

const std::string kUserRegistry = registry_of(kUserEntry);

}  // namespace

TEST_CASE("registry: the built-in registry reads, is the shipped file, and every entry has a source") {
  CHECK(builtin_registry_json() == test::read_file("cite/registry.json"));
  const auto& entries = builtin_registry().entries();
  REQUIRE(entries.size() >= 30);
  for (const Entry& e : entries) {
    INFO(e.key);
    CHECK(e.source.starts_with("http"));
    CHECK_FALSE(e.title.empty());
    CHECK(e.resolution);
    // An entry left unverified says why.
    if (!e.verified) CHECK(e.note);
  }
}

TEST_CASE("registry: the samples' citations resolve as docs/citations.md decides") {
  const Entry* e = resolve("Ministerial Statement 2004").entry;
  REQUIRE(e);
  CHECK(e->key == "ministerial-statement-2004");
  CHECK(meeting_name(e->meeting) == "4th APEC Transportation Ministerial Meeting");
  CHECK(meeting_place(e->meeting) == "Bali, Indonesia");
  CHECK(meeting_dates(e->meeting) == "27–29 July 2004");
  CHECK(e->verified);

  e = resolve("Ministerial Statement 2007").entry;
  REQUIRE(e);
  CHECK(meeting_name(e->meeting) == "5th APEC Transportation Ministerial Meeting");
  CHECK(meeting_place(e->meeting) == "Adelaide, Australia");
  CHECK(meeting_dates(e->meeting) == "28–30 March 2007");

  for (auto bogor : {"Bogor Goal", "Bogor Goals"}) {
    e = resolve(bogor).entry;
    REQUIRE(e);
    CHECK(e->key == "leaders-declaration-1994");
    CHECK(e->title == "APEC Economic Leaders' Declaration of Common Resolve");
    CHECK(e->verified);
  }

  // Curly or straight apostrophe alike; decided as the Busan Declaration, not verified.
  for (auto leaders : {"Leaders’ Statement 2005", "Leaders' Statement 2005", "Leaders Statement 2005"}) {
    e = resolve(leaders).entry;
    REQUIRE(e);
    CHECK(e->key == "leaders-statement-2005");
    CHECK(e->title == "Busan Declaration");
    CHECK(meeting_place(e->meeting) == "Busan, Republic of Korea");
    CHECK_FALSE(e->verified);
  }
}

TEST_CASE("registry: a series year without a meeting is named, other unknowns resolve to nothing") {
  Resolution r = resolve("Ministerial Statement 2005");
  CHECK_FALSE(r.entry);
  REQUIRE(r.missing_meeting);
  CHECK(r.missing_meeting->name == "Transportation Ministerial Meeting");

  r = resolve("Leaders’ Communiqué 2031");
  CHECK_FALSE(r.entry);
  CHECK_FALSE(r.missing_meeting);
  // Outside the years the series lists completely: unknown, not "not held".
  r = resolve("Ministerial Statement 2031");
  CHECK_FALSE(r.entry);
  CHECK_FALSE(r.missing_meeting);
  // Any transport ministers' form of a meeting year means that year's statement.
  REQUIRE(resolve("Joint Transportation Ministerial Statement 2009").entry);
  CHECK(resolve("Joint Transportation Ministerial Statement 2009").entry->key == "ministerial-statement-2009");
  CHECK(resolve("Leaders’ Statement on Counter-Terrorism").entry->key == "leaders-statement-on-counter-terrorism-2001");
}

TEST_CASE("registry: find takes a key, an alias, a meeting, a city or a year") {
  const Registry& r = builtin_registry();
  CHECK(keys(r.find("ministerial-statement-2004")) == std::vector<std::string>{"ministerial-statement-2004"});
  CHECK(keys(r.find("Ministerial Statement 2004")) == std::vector<std::string>{"ministerial-statement-2004"});
  CHECK(keys(r.find("TMM4")) == std::vector<std::string>{"ministerial-statement-2004"});
  CHECK(keys(r.find("tmm4")) == std::vector<std::string>{"ministerial-statement-2004"});
  CHECK(keys(r.find("Bali")) == std::vector<std::string>{"ministerial-statement-2004"});
  CHECK(keys(r.find("Bali statement")) == std::vector<std::string>{"ministerial-statement-2004"});
  CHECK(keys(r.find("2007")) == std::vector<std::string>{"leaders-declaration-2007", "ministerial-statement-2007"});
  CHECK(keys(r.find("Busan")) == std::vector<std::string>{"leaders-declaration-2005", "leaders-statement-2005"});
  // A title, as `mseg cites` prints it: the plans' "Leaders' Statement 2005" is read as the Busan Declaration, and
  // found by that name (a new user's finding: nothing found).
  CHECK(keys(r.find("Busan Declaration")) ==
        std::vector<std::string>{"leaders-declaration-2005", "leaders-statement-2005"});
  CHECK(keys(r.find("ha noi declaration")) ==
        std::vector<std::string>{"leaders-declaration-2006", "leaders-statement-2006"});
  // A document's key finds the entries that read it under another name (`same_as`), not the other way round.
  CHECK(keys(r.find("leaders-declaration-2005")) ==
        std::vector<std::string>{"leaders-declaration-2005", "leaders-statement-2005"});
  CHECK(keys(r.find("leaders-statement-2005")) == std::vector<std::string>{"leaders-statement-2005"});
  CHECK(r.find("Atlantis").empty());
  CHECK(r.find("").empty());
}

TEST_CASE("registry: a user's file adds entries and replaces those with the same key") {
  Registry r = builtin_registry();
  const std::size_t before = r.entries().size();
  r.merge(Registry::from_json(kUserRegistry));
  CHECK(r.entries().size() == before + 1);
  CHECK(keys(r.find("Atlantis")) == std::vector<std::string>{"leaders-communique-2031"});
  CHECK(r.resolve_text("Leaders’ Communiqué 2031").entry);
  CHECK(r.resolve_text("Atlantis Communique").entry);

  std::string replacing = kUserRegistry;
  replacing.replace(replacing.find("leaders-communique-2031"), 23, "ministerial-statement-2004");
  r.merge(Registry::from_json(replacing));
  CHECK(r.entries().size() == before + 1);
  CHECK(r.find_key("ministerial-statement-2004")->title == "Test Communique");
}

TEST_CASE("registry: same_as names another entry's document, checked once the user's file is merged") {
  // The built-in reading of the plans' "Leaders' Statement 2005" and 2006 as the Busan and Ha Noi Declarations.
  const auto same = builtin_registry().same_documents();
  const std::map<std::string, std::string, std::less<>> expected{
      {"leaders-statement-2005", "leaders-declaration-2005"}, {"leaders-statement-2006", "leaders-declaration-2006"}};
  CHECK(same == expected);
  for (const auto& [key, document] : same) {
    REQUIRE(builtin_registry().find_key(document));
    CHECK_FALSE(builtin_registry().find_key(document)->same_as);
  }
  // A user's entry may name a built-in one.
  std::string mine = kUserEntry;
  mine.replace(mine.rfind('}'), 1, R"(, "same_as": "leaders-declaration-2005"})");
  Registry r = builtin_registry();
  r.merge(Registry::from_json(registry_of(mine)));
  CHECK(r.same_documents().at("leaders-communique-2031") == "leaders-declaration-2005");
  // An unknown key, the entry itself, or an entry that is itself a reading of another: refused.
  auto refused = [&](const std::string& target) {
    std::string bad = kUserEntry;
    bad.replace(bad.rfind('}'), 1, R"(, "same_as": ")" + target + "\"}");
    Registry b = builtin_registry();
    try {
      b.merge(Registry::from_json(registry_of(bad)));
    } catch (const RegistryError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  CHECK(refused("leaders-communique-2099") ==
        "entry \"leaders-communique-2031\": same_as \"leaders-communique-2099\" is no entry's key");
  CHECK(refused("leaders-communique-2031") == "/entries/0/same_as: names the entry itself");
  CHECK(refused("leaders-statement-2005").empty());  // a chain leads on: to the Busan Declaration
  // A user's declaration read as their own document: the built-in statement's same_as leads on to it.
  std::string chain = kUserEntry + "," + R"({
    "key": "leaders-declaration-2005", "kind": "leaders-declaration", "year": 2005,
    "meeting": {"body": "APEC Economic Leaders' Meeting", "ordinal": 13, "short": "AELM13", "city": "Busan",
                "economy": "Republic of Korea", "start": null, "end": null},
    "title": "Busan Declaration", "aliases": [], "source": "https://example.org/b", "verified": false,
    "same_as": "leaders-communique-2031"})";
  Registry c = builtin_registry();
  c.merge(Registry::from_json(registry_of(chain)));
  CHECK(c.same_documents().at("leaders-statement-2005") == "leaders-communique-2031");
  // A cycle is refused.
  std::string cycle = chain;
  const std::string unread = "\"verified\": false\n  }";
  REQUIRE(cycle.find(unread) != std::string::npos);
  cycle.replace(cycle.find(unread), unread.size(), R"("verified": false, "same_as": "leaders-statement-2005"})");
  Registry d = builtin_registry();
  CHECK_THROWS_WITH_AS(d.merge(Registry::from_json(registry_of(cycle))),
                       doctest::Contains("same_as entries name each other in a cycle: "), RegistryError);
  // The message names the cycle's entries, not one that only leads into it (a helper's finding: 2031 -> 2032 ->
  // 2033 -> 2032 blamed 2031).
  const auto entry = [](int year, int same_as) {
    std::string e = kUserEntry;
    for (std::size_t at = e.find("2031"); at != std::string::npos; at = e.find("2031", at + 4))
      e.replace(at, 4, std::to_string(year));
    const std::string last = "\"verified\": false\n  }";
    e.replace(e.find(last), last.size(),
              "\"verified\": false, \"same_as\": \"leaders-communique-" + std::to_string(same_as) + "\"}");
    return e;
  };
  const std::string lead_in = entry(2031, 2032) + "," + entry(2032, 2033) + "," + entry(2033, 2032);
  Registry e = builtin_registry();
  try {
    e.merge(Registry::from_json(registry_of(lead_in)));
    FAIL("a cycle was taken");
  } catch (const RegistryError& error) {
    const std::string message = error.what();
    CHECK((message.ends_with("leaders-communique-2032 -> leaders-communique-2033 -> leaders-communique-2032") ||
           message.ends_with("leaders-communique-2033 -> leaders-communique-2032 -> leaders-communique-2033")));
    CHECK(message.find("2031") == std::string::npos);
  }
}

TEST_CASE("registry: source_of keeps a citation’s own source, resolve_unresolved fills only the missing ones") {
  Registry user = builtin_registry();
  user.merge(Registry::from_json(kUserRegistry));
  Citation known;  // as plan JSON gives it: resolved when parsed, to a source of its own
  known.kind = "ministerial-statement";
  known.key = "ministerial-statement-2004";
  CitationSource as_parsed;
  as_parsed.key = "as-parsed";
  known.source = std::make_shared<const CitationSource>(as_parsed);
  Citation later;  // unknown to the registry it was parsed with, known to the user's
  later.kind = "leaders-communique";
  later.year = 2031;
  later.key = "leaders-communique-2031";
  Citation nowhere = later;
  nowhere.key = "leaders-communique-2032";
  nowhere.year = 2032;
  CHECK(user.source_of(known)->key == "as-parsed");
  CHECK(user.source_of(later)->key == "leaders-communique-2031");
  CHECK_FALSE(builtin_registry().source_of(later));
  CHECK_FALSE(user.source_of(nowhere));

  Plan plan;
  plan.sections.emplace_back().directives.emplace_back().citations = {known, later, nowhere};
  resolve_unresolved(plan, user);
  const auto& cited = plan.sections[0].directives[0].citations;
  CHECK(cited[0].source->key == "as-parsed");
  REQUIRE(cited[1].source);
  CHECK(cited[1].source->title == "Test Communique");
  CHECK_FALSE(cited[2].source);
}

TEST_CASE("registry: bad registry JSON names the place") {
  const auto error = [](const std::string& text) {
    try {
      Registry::from_json(text);
    } catch (const RegistryError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK(error("{").starts_with("not readable JSON: parse error at line 1, column 2: "));
  CHECK(error("{").find("json.exception") == std::string::npos);
  CHECK(error(R"({"registry_version": "1"})") == "/: required field \"entries\" is missing");
  std::string no_source = kUserRegistry;
  no_source.replace(no_source.find("https://example.org/2031"), 24, "example.org");
  CHECK(error(no_source).starts_with("/entries/0/source: expected the address"));
  std::string bad_date = kUserRegistry;
  bad_date.replace(bad_date.find("\"start\": null"), 13, "\"start\": \"2031-02-30\"");
  CHECK(error(bad_date) == "/entries/0/meeting/start: expected a date (YYYY-MM-DD) or null");
  const std::string twice = registry_of(kUserEntry + "," + kUserEntry);
  CHECK(error(twice).find("is already an entry's key") != std::string::npos);
}
