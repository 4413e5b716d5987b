#include <doctest/doctest.h>

#include <mseg/economy.hpp>
#include <mseg/query.hpp>

using mseg::Owner;
using mseg::query::owner_matches;

namespace {
Owner owner(const char* name) {
  Owner o;
  o.name = name;
  o.canonical = mseg::canonical_economy(name);
  o.economy = o.canonical.has_value();
  return o;
}
}  // namespace

TEST_CASE("owner: whole words, any case") {
  CHECK(owner_matches("Chair", owner("MSEG Chair")));
  CHECK(owner_matches("chair", owner("Chair")));
  CHECK(owner_matches("CHAIR", owner("MEG-SEC Chair")));
  CHECK_FALSE(owner_matches("Chair", owner("Chairperson")));
  CHECK_FALSE(owner_matches("Chair", owner("Vice-Chairs")));
  CHECK(owner_matches("Secretariat", owner("MSEG Secretariat")));
  CHECK(owner_matches("MSEG Secretariat", owner("MSEG Secretariat")));
  CHECK_FALSE(owner_matches("MSEG Secretariat", owner("MSEG")));
  CHECK_FALSE(owner_matches("Sec", owner("MSEG Secretariat")));
  CHECK(owner_matches("MEG-SEC", owner("MEG-SEC")));
  CHECK_FALSE(owner_matches("", owner("Chair")));
  CHECK_FALSE(owner_matches("  ", owner("Chair")));
}

TEST_CASE("owner: a word processor's dashes and spaces are dashes and spaces") {
  // A new user's plan pasted from Word: MEG\u2011SEC (no-break hyphen) was no MEG-SEC to --owner, though diff
  // took the two for one owner.
  CHECK(owner_matches("MEG-SEC", owner("MEG\u2011SEC")));
  CHECK(owner_matches("MEG-SEC", owner("MEG\u2013SEC Chair")));
  CHECK(owner_matches("MEG\u2011SEC", owner("MEG-SEC")));
  CHECK(owner_matches("MEG-SEC Chair", owner("MEG\u00a0SEC\u00a0Chair")));
  // Still whole words.
  CHECK_FALSE(owner_matches("MEG-SEC", owner("MEG\u2011SECRETARIAT")));
  CHECK_FALSE(owner_matches("Chair", owner("MEG\u2011Chairperson")));
}

TEST_CASE("owner: economy aliases are equal") {
  for (const char* asked : {"US", "us", "USA", "United States", "united states", "U.S.", "United States of America"}) {
    CAPTURE(asked);
    CHECK(owner_matches(asked, owner("US")));
    CHECK(owner_matches(asked, owner("United States")));
    CHECK_FALSE(owner_matches(asked, owner("Australia")));
  }
  CHECK(owner_matches("Korea", owner("Republic of Korea")));
  CHECK(owner_matches("Viet Nam", owner("Vietnam")));
}

TEST_CASE("owner: an economy asked for is that economy, not one whose name contains it") {
  CHECK(owner_matches("China", owner("China")));
  CHECK(owner_matches("PRC", owner("China")));
  CHECK_FALSE(owner_matches("China", owner("Hong Kong, China")));
  CHECK(owner_matches("Hong Kong", owner("Hong Kong, China")));
  // A body of an economy that is not itself read as the economy still contains its name.
  Owner coast_guard{"US Coast Guard", std::nullopt, false};
  CHECK(owner_matches("US", coast_guard));
  CHECK(owner_matches("United States", Owner{"United States Coast Guard", std::nullopt, false}));
  CHECK_FALSE(owner_matches("Chair", coast_guard));
}

TEST_CASE("owner: an OwnerFilter keeps what owner_matches says, each value read once") {
  using mseg::query::OwnerFilter;
  const OwnerFilter none({});
  CHECK(none.empty());
  CHECK(none.keeps(owner("Anyone")));
  const OwnerFilter some({" USA ", "MEG-SEC", "  "});
  CHECK_FALSE(some.empty());
  CHECK(some.keeps(owner("United States")));
  CHECK(some.keeps(owner("MEG\u2011SEC Chair")));  // folded as owner_matches folds
  CHECK_FALSE(some.keeps(owner("Australia")));
  CHECK_FALSE(some.keeps(owner("")));
  for (const char* name : {"US", "MEG-SEC", "Chair", "Hong Kong, China", "MEG\u2011Chairperson"})
    for (const char* asked : {"US", "MEG SEC", "China", "Chair"}) {
      CAPTURE(name);
      CAPTURE(asked);
      CHECK(OwnerFilter({asked}).keeps(owner(name)) == owner_matches(asked, owner(name)));
    }
}

TEST_CASE("owner: an OwnerFilter also keeps whom the aliases table calls the same") {
  // A new user's finding: --group-by owner counted "Chairman" as the Chair, --owner Chair did not find him.
  using mseg::query::OwnerFilter;
  const OwnerFilter chair({"Chair"});
  CHECK(chair.keeps(owner("Chairman")));
  CHECK(chair.keeps(owner("MSEG Chair")));
  CHECK_FALSE(chair.keeps(owner("Chairperson of TPTWG")));
  CHECK_FALSE(owner_matches("Chair", owner("Chairman")));  // by words alone, as before
}
