#include "pdf_reader.hpp"

#include <mseg/parse.hpp>

#include <doctest/doctest.h>

#include <string>

#include "layout_place.hpp"
#include "tests/test_util.hpp"

TEST_CASE("pdf: a sample lays out as tab-cell text with the header row once and no page furniture") {
  std::uint32_t pages = 0;
  auto laid = mseg::layout::read_pdf(mseg::test::read_file("tests/forms/mseg-workplan-2006-hanoi.pdf"), &pages);
  CHECK(pages == 2);
  CHECK(laid.reader == "pdf");
  CHECK(laid.text.rfind("Maritime Security Experts Group Work Plan\n", 0) == 0);
  std::size_t first = laid.text.find("\tGoals and Objectives\n");
  CHECK(first != std::string::npos);
  CHECK(laid.text.find("\tGoals and Objectives\n", first + 1) == std::string::npos);
  CHECK(laid.text.find("Page 1 of") == std::string::npos);
  for (const auto& piece : laid.pieces) CHECK(std::holds_alternative<mseg::PdfPlace>(piece.place));
  auto place = std::get<mseg::PdfPlace>(mseg::layout::place_at(laid, laid.text.find("Counter-")));
  CHECK(place.page == 2);
  CHECK(place.x > 200);
  CHECK(place.width > 0);
}

TEST_CASE("pdf: broken, truncated and scanned files are refused with a reason") {
  CHECK_THROWS_AS(mseg::layout::read_pdf("%PDF-1.4\n garbage"), mseg::InputError);
  std::string truncated = mseg::test::read_file("tests/forms/mseg-workplan-2006-hanoi.pdf");
  truncated.resize(truncated.size() / 3);
  try {
    mseg::layout::read_pdf(truncated);  // poppler may rebuild the xref and find some pages: a plan or a refusal
  } catch (const mseg::InputError& e) {
    CHECK(std::string(e.what()).find('\n') == std::string::npos);
  }
  // A page with no text at all: what a scan gives.
  const std::string blank =
      "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
      "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
  CHECK_THROWS_WITH_AS(mseg::layout::read_pdf(blank), doctest::Contains("no text layer"), mseg::InputError);
}
