#include "deadline_damage.hpp"

#include <doctest/doctest.h>

#include <mseg/deadline.hpp>

using namespace mseg;

TEST_CASE("deadline damage: a date that does not exist says why") {
  auto d = deadline_damage("31 February 2008");
  REQUIRE(d);
  CHECK(d->kind == DeadlineDamage::Kind::invalid_date);
  CHECK(d->reason == "February 2008 has 29 days");
  CHECK(deadline_damage("29 February 2007")->reason == "February 2007 has 28 days");
  CHECK(deadline_damage("April 31, 2008")->reason == "April 2008 has 30 days");
  CHECK(deadline_damage("2008-13-01")->reason == "there is no month 13");
  CHECK(deadline_damage("0 March 2008")->reason == "there is no day 0");
  CHECK(deadline_damage("30-31 February 2008")->kind == DeadlineDamage::Kind::invalid_date);
  CHECK_FALSE(deadline_damage("29 February 2008"));  // a leap year
}

TEST_CASE("deadline damage: a month one edit away is suggested, only when the result reads") {
  std::string text = "Marhc 2008";
  auto d = deadline_damage(text);
  REQUIRE(d);
  CHECK(d->kind == DeadlineDamage::Kind::misspelled_month);
  CHECK(d->word == "Marhc");
  CHECK(d->word.data() == text.data());  // a view into the text, for the fix
  CHECK(d->suggestions == std::vector<std::string>{"March"});
  CHECK(deadline_damage("by Septmber 2008")->suggestions == std::vector<std::string>{"September"});
  CHECK_FALSE(deadline_damage("Agust"));  // "August" alone is no deadline either
  CHECK(deadline_damage("OCTOBR 2009")->suggestions == std::vector<std::string>{"OCTOBER"});
  CHECK(deadline_damage("Jule 2008")->suggestions == std::vector<std::string>{"June", "July"});
  CHECK_FALSE(deadline_damage("sometime soon"));
  CHECK_FALSE(deadline_damage("Mya 2008"));      // three letters: too short to guess
  CHECK_FALSE(deadline_damage("Marhc"));         // no year: the corrected text is no deadline either
  CHECK_FALSE(deadline_damage("March 2008"));    // nothing wrong
}

TEST_CASE("edit distance: optimal string alignment, case ignored, bounded") {
  CHECK(edit_distance("march", "MARCH", 1) == 0);
  CHECK(edit_distance("Marhc", "March", 1) == 1);  // a transposition is one edit
  CHECK(edit_distance("Mrch", "March", 1) == 1);
  CHECK(edit_distance("Marchh", "March", 1) == 1);
  CHECK(edit_distance("Mach", "March", 1) == 1);
  CHECK(edit_distance("May", "March", 1) == 2);  // stops above the limit
  CHECK(edit_distance("xyz", "abcdefg", 2) == 3);
}
