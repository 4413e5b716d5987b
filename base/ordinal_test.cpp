#include "base/ordinal.hpp"

#include <doctest/doctest.h>

TEST_CASE("ordinal: the suffix of the last digit, but 11th to 13th") {
  CHECK(mseg::ordinal(1) == "1st");
  CHECK(mseg::ordinal(2) == "2nd");
  CHECK(mseg::ordinal(3) == "3rd");
  CHECK(mseg::ordinal(4) == "4th");
  CHECK(mseg::ordinal(11) == "11th");
  CHECK(mseg::ordinal(12) == "12th");
  CHECK(mseg::ordinal(13) == "13th");
  CHECK(mseg::ordinal(21) == "21st");
  CHECK(mseg::ordinal(36) == "36th");
  CHECK(mseg::ordinal(112) == "112th");
  CHECK(mseg::ordinal(123) == "123rd");
}
