#include <doctest/doctest.h>

#include "layout.hpp"

using namespace mseg::layout;

TEST_CASE("layout_tab_cells: tab-cell text fits, reading it lays nothing out") {
  CHECK(fit_tab_cells("Title\n\tA\n\tB\n\tC\n") == 1.0);
  CHECK(fit_tab_cells("Title\nA  B  C\n") == 0.0);
  Laid laid = read_tab_cells("\tA\n\tB\n\tC\n");
  CHECK(laid.reader == "tab-cells");
  CHECK(laid.text.empty());
  CHECK(laid.pieces.empty());
}
