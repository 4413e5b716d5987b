#include "base/line_ends.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

TEST_CASE("line_ends: every '\\n' found in order, across blocks and in the tail, and counted") {
  // Texts of every length up to three blocks and a bit, with line ends at every place a block can hold one.
  for (std::size_t size = 0; size < 53; ++size) {
    for (std::size_t every = 1; every < 7; ++every) {
      std::string text;
      std::vector<std::size_t> expected;
      for (std::size_t k = 0; k < size; ++k) {
        const bool end = k % every == every - 1;
        text.push_back(end ? '\n' : static_cast<char>('a' + k % 26));
        if (end) expected.push_back(k);
      }
      std::vector<std::size_t> found;
      mseg::base::for_each_line_end(text, [&](std::size_t at) { found.push_back(at); });
      CAPTURE(size);
      CAPTURE(every);
      CHECK(found == expected);
      CHECK(mseg::base::count_line_ends(text) == expected.size());
    }
  }
  // A byte after the text is never taken for one: the view ends before a '\n' that is not its own.
  const std::string longer = "abc\ndef\n";
  CHECK(mseg::base::count_line_ends(std::string_view(longer).substr(0, 7)) == 1);
}
