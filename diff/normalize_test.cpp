#include <doctest/doctest.h>

#include "normalize.hpp"

using namespace mseg::diff;

namespace {
std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  similarity_words(s, out);
  return out;
}
}  // namespace

TEST_CASE("similarity words fold case, quotes, dashes and punctuation") {
  CHECK(words("Leaders\u2019 Statement") == words("leaders' statement"));
  CHECK(words("APEC-IMO Memorandum") == std::vector<std::string>{"apec", "imo", "memorandum"});
  CHECK(words("Singapore's initiative, (STAR).") == std::vector<std::string>{"singapore", "initiative", "star"});
  CHECK(words("Model Visit Program \u2013 Global Standard") == words("model visit program - global standard"));
}

TEST_CASE("leading numbering is not a word") {
  CHECK(words("1A.  APEC economies") == std::vector<std::string>{"apec", "economies"});
  CHECK(words("1.1  ISPS Code") == std::vector<std::string>{"isps", "code"});
  CHECK(words("4. Implement") == std::vector<std::string>{"implement"});
  // A year or a bare quantity at the start is content, not numbering.
  CHECK(words("2006 symposium") == std::vector<std::string>{"2006", "symposium"});
  CHECK(words("2 economies") == std::vector<std::string>{"2", "economies"});
}

TEST_CASE("is_numbering knows the plans' number forms") {
  for (auto w : {"1A.", "1A", "2E", "1.1", "1.1.", "4.", "(2)", "2)", "b)", "(b)"}) CHECK_MESSAGE(is_numbering(w), w);
  for (auto w : {"2006", "4", "a.", "APEC", "1.1x1", "123.", "(2."}) CHECK_MESSAGE(!is_numbering(w), w);
}

TEST_CASE("text words split on whitespace and drop leading numbering") {
  auto w = text_words("1D.  Ministers\treiterated\n their\u00A0common");
  REQUIRE(w.size() == 4);
  CHECK(w[0] == "Ministers");
  CHECK(w[3] == "common");
  CHECK(word_key("Leaders\u2019") == word_key("Leaders'"));
  CHECK(word_key("building,") != word_key("building"));
}

TEST_CASE("text words drop a leading bullet, and numbering after it") {
  // A helper's finding: a column bulleted in Word in one edition showed every action "modified" ({+·+}).
  for (const char* text : {"\u00B7 Compile a catalogue", "- Compile a catalogue", "\u2022 1. Compile a catalogue",
                           "\u2013 Compile a catalogue"}) {
    CAPTURE(std::string(text));
    const auto w = text_words(text);
    REQUIRE(w.size() == 3);
    CHECK(w[0] == "Compile");
  }
  // A dash inside the text, or a word that starts with one, stays.
  CHECK(text_words("Compile - a catalogue").size() == 4);
  CHECK(text_words("-Compile a catalogue").front() == "-Compile");
}
