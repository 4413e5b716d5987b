#include "deadline_damage.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

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

TEST_CASE("edit distance: agrees with the full table on short words and on words too long for the stack rows") {
  // The definition, with the whole (n+1) x (m+1) table.
  const auto full = [](std::string_view a, std::string_view b) {
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
    const auto low = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= n; ++i)
      for (std::size_t j = 1; j <= m; ++j) {
        d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (low(a[i - 1]) == low(b[j - 1]) ? 0 : 1)});
        if (i > 1 && j > 1 && low(a[i - 1]) == low(b[j - 2]) && low(a[i - 2]) == low(b[j - 1]))
          d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    return d[n][m];
  };
  std::mt19937 next(3);
  for (int round = 0; round < 3000; ++round) {
    const std::size_t n = next() % 45, m = next() % 45;  // across the 31 characters the rows on the stack hold
    std::string a, b;
    for (std::size_t i = 0; i < n; ++i) a += "abAB"[next() % 4];
    for (std::size_t j = 0; j < m; ++j) b += "abAB"[next() % 4];
    const std::size_t limit = next() % 6;
    CAPTURE(a);
    CAPTURE(b);
    CHECK(edit_distance(a, b, limit) == std::min(full(a, b), limit + 1));
  }
}

TEST_CASE("why_not_a_deadline: the parser's reasons, for any caller") {
  CHECK(why_not_a_deadline("31 February 2008") == "February 2008 has 29 days");
  CHECK(why_not_a_deadline("Marhc 2008") == "did you mean \"March\"?");
  CHECK(why_not_a_deadline("Juen 2008") == "did you mean \"June\"?");
  CHECK(why_not_a_deadline("9999-12-31") == "the year 9999 is outside 1900-2199");
  CHECK(why_not_a_deadline("Q3 2300") == "the year 2300 is outside 1900-2199");
  CHECK(why_not_a_deadline("1899") == "the year 1899 is outside 1900-2199");
  // Deadlines that read, and text like no deadline at all: nothing to say.
  for (const char* text : {"March 2008", "2008-02-29", "ongoing", "TBD", "next week", "1000-garbage", ""})
    CHECK(why_not_a_deadline(text).empty());
}
