#include "pdf_reader.hpp"

#include <mseg/parse.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <poppler-document.h>
#include <poppler-page.h>
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

namespace {

struct Box {
  float x0 = 1e9f, y0 = 1e9f, x1 = -1e9f, y1 = -1e9f;
  void add(const mseg::PdfPlace& p) {
    x0 = std::min(x0, p.x), y0 = std::min(y0, p.y);
    x1 = std::max(x1, p.x + p.width), y1 = std::max(y1, p.y + p.height);
  }
  bool holds_centre_of(const poppler::rectf& r) const {
    double cx = r.x() + r.width() / 2, cy = r.y() + r.height() / 2;
    return cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1;
  }
};

}  // namespace

TEST_CASE("pdf: each action's box, drawn over its page, covers its words and no other's") {
  const std::string bytes = mseg::test::read_file("tests/forms/mseg-workplan-2006-hanoi.pdf");
  auto laid = mseg::layout::read_pdf(bytes);
  mseg::Plan plan = mseg::parse_plan(bytes);
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  REQUIRE(doc);
  std::size_t actions = 0, checked_words = 0;
  for (const auto& section : plan.sections)
    for (const auto& action : section.actions) {
      ++actions;
      // The action's span is of the laid-out text; its pieces give the boxes, page by page.
      const std::size_t begin = action.span.offset, end = begin + action.span.length;
      const std::string text = laid.text.substr(begin, end - begin);
      std::map<std::uint32_t, Box> boxes;
      for (const auto& piece : laid.pieces)
        if (piece.at < end && piece.at + piece.length > begin) {
          const auto& place = std::get<mseg::PdfPlace>(piece.place);
          boxes[place.page].add(place);
        }
      REQUIRE(!boxes.empty());
      // The span carries its first page's box: the pieces' on that page, grown to one.
      REQUIRE(action.span.place != nullptr);
      const auto& own = std::get<mseg::PdfPlace>(*action.span.place);
      REQUIRE(boxes.count(own.page) == 1);
      const Box& expected = boxes[own.page];
      CHECK(own.x == doctest::Approx(expected.x0));
      CHECK(own.y == doctest::Approx(expected.y0));
      CHECK(own.x + own.width == doctest::Approx(expected.x1));
      CHECK(own.y + own.height == doctest::Approx(expected.y1));
      CHECK(own.page == boxes.begin()->first);
      for (const auto& [page, box] : boxes) {
        std::unique_ptr<poppler::page> p(doc->create_page(static_cast<int>(page) - 1));
        std::size_t inside = 0;
        for (auto& word : p->text_list()) {
          if (!box.holds_centre_of(word.bbox())) continue;
          auto utf8 = word.text().to_utf8();
          std::string w(utf8.begin(), utf8.end());
          INFO("action ", action.id, " page ", page, ": word '", w, "' in its box");
          CHECK(text.find(w) != std::string::npos);
          ++inside, ++checked_words;
        }
        CHECK(inside > 0);
      }
    }
  CHECK(actions == 16);
  CHECK(checked_words > 200);
}
