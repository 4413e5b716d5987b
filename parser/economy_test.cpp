#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include <mseg/economy.hpp>

using mseg::canonical_economy;

TEST_CASE("economy: every canonical name reads as itself") {
  const auto& names = mseg::economy_names();
  CHECK(names.size() == 21);
  CHECK(std::is_sorted(names.begin(), names.end()));
  CHECK(std::adjacent_find(names.begin(), names.end()) == names.end());
  for (const auto& name : names) CHECK(canonical_economy(name) == name);
  CHECK(names.front() == "Australia");
  CHECK(names.back() == "Viet Nam");
}

TEST_CASE("economy: usual aliases") {
  struct Case {
    std::string written;
    std::string canonical;
  };
  const Case cases[] = {
      {"Brunei", "Brunei Darussalam"},
      {"People's Republic of China", "China"},
      {"People\u2019s Republic of China", "China"},
      {"Peoples Republic of China", "China"},
      {"PRC", "China"},
      {"Hong Kong", "Hong Kong, China"},
      {"Hong Kong China", "Hong Kong, China"},
      {"Hong Kong SAR", "Hong Kong, China"},
      {"Hong Kong SAR, China", "Hong Kong, China"},
      {"Peru", "Peru"},
      {"Chile", "Chile"},
      {"Republic of the Philippines", "Philippines"},
      {"Hong Kong,China", "Hong Kong, China"},
      {"Korea", "Republic of Korea"},
      {"South Korea", "Republic of Korea"},
      {"ROK", "Republic of Korea"},
      {"Korea, Republic of", "Republic of Korea"},
      {"NZ", "New Zealand"},
      {"PNG", "Papua New Guinea"},
      {"The Philippines", "Philippines"},
      {"the Philippines", "Philippines"},
      {"Russian Federation", "Russia"},
      {"US", "United States"},
      {"USA", "United States"},
      {"U.S.", "United States"},
      {"U.S.A.", "United States"},
      {"U. S. A.", "United States"},
      {"United States of America", "United States"},
      {"the US", "United States"},
      {"Vietnam", "Viet Nam"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.written);
    CHECK(canonical_economy(c.written) == c.canonical);
  }
}

TEST_CASE("economy: case, spacing and no-break spaces do not matter") {
  CHECK(canonical_economy("  viet   nam ") == std::string("Viet Nam"));
  CHECK(canonical_economy("VIET NAM") == std::string("Viet Nam"));
  CHECK(canonical_economy("Papua\nNew\tGuinea") == std::string("Papua New Guinea"));
  CHECK(canonical_economy("New\u00a0Zealand") == std::string("New Zealand"));
  CHECK(canonical_economy("us") == std::string("United States"));
  // Accents on Latin letters (a new user's finding: "Perú" was no economy, a lane and UIDs of its own).
  CHECK(canonical_economy("Per\u00fa") == std::string("Peru"));
  CHECK(canonical_economy("PER\u00da") == std::string("Peru"));
  CHECK(canonical_economy("M\u00e9xico") == std::string("Mexico"));
  CHECK(canonical_economy("Rep\u00fablica de Chile").has_value() == false);  // Spanish names are not aliases
  CHECK_FALSE(canonical_economy("Per\u00d7"));  // a multiplication sign is no letter
  // Vietnamese letters (Latin Extended Additional) and Latin Extended-A: "Việt Nam" in its own spelling was no
  // economy, where "Viêt Nam" was (a helper's finding).
  CHECK(canonical_economy("Vi\u1ec7t Nam") == std::string("Viet Nam"));   // ệ
  CHECK(canonical_economy("VI\u1ebeT NAM") == std::string("Viet Nam"));   // Ế
  CHECK(canonical_economy("Vi\u1ebft Nam") == std::string("Viet Nam"));   // ế
  CHECK(canonical_economy("Vi\u1ec7t\u00a0Nam") == std::string("Viet Nam"));
  CHECK_FALSE(canonical_economy("Vi\u1ef3t Nam"));  // ỳ: a y, no e
  CHECK_FALSE(canonical_economy("Vi\xe1\xbbt Nam"));  // a broken sequence is no letter
  // Combining accents, as decomposed text writes them, are nothing (a review's finding).
  CHECK(canonical_economy("Vie\u0302\u0323t Nam") == std::string("Viet Nam"));
  CHECK(canonical_economy("Per\u0075\u0301") == std::string("Peru"));
  CHECK(canonical_economy("Vi\u1ec7t\u01b0 Nam").has_value() == false);  // a letter more is another name
  CHECK(canonical_economy("\u01afS") == std::string("United States"));  // Ư as U: "US"
}

TEST_CASE("economy: Latin Extended-A letters read as their base letters, each from its own code point") {
  // Every one of U+0100 to U+017F with a base letter, against Unicode's decomposition (python's unicodedata
  // made the table; these check its alignment at both ends and between).
  const std::pair<const char*, const char*> pairs[] = {
      {"\u0100", "a"}, {"\u0107", "c"}, {"\u0110", "d"}, {"\u0111", "d"}, {"\u011b", "e"}, {"\u0123", "g"},
      {"\u0127", "h"}, {"\u0131", "i"}, {"\u0135", "j"}, {"\u0141", "l"}, {"\u0148", "n"}, {"\u0151", "o"},
      {"\u0159", "r"}, {"\u0161", "s"}, {"\u0167", "t"}, {"\u016f", "u"}, {"\u0175", "w"}, {"\u0177", "y"},
      {"\u017e", "z"}};
  for (const auto& [letter, base] : pairs) {
    CAPTURE(letter);
    // "Japa" + the letter in place of "n": an economy only when the letter reads as n.
    CHECK(canonical_economy(std::string("Japa") + letter).has_value() == (std::string(base) == "n"));
    CHECK(canonical_economy(std::string("Chi") + letter + "e").has_value() == (std::string(base) == "l"));
  }
  CHECK_FALSE(canonical_economy("\u0152"));  // Œ: no base letter
}

TEST_CASE("economy: names that are not economies") {
  for (const std::string name : {"", " ", "the", "MSEG Secretariat", "Lead Economies", "Chair", "IMO", "Secretariat",
                           "Australia, Canada", "United", "States", "Austria", "Korea North", "Taiwan",
                           "Pern", "Chili", "USB", "uk", "Viet Nan", "japanese"}) {
    CAPTURE(name);
    CHECK_FALSE(canonical_economy(name));
  }
  CHECK_FALSE(canonical_economy(std::string(10000, 'a')));
  CHECK_FALSE(canonical_economy(std::string(200, ' ') + "Japan"));  // too long to be a name
}

TEST_CASE("economy: a misspelt economy's name is told, and nothing else is") {
  // A review's finding: "(Phillipines/2008)" was no economy, and nothing was said.
  using mseg::economy_misspelt;
  CHECK(economy_misspelt("Phillipines") == "Philippines");  // two edits: eight letters or more
  CHECK(economy_misspelt("Malasia") == "Malaysia");
  CHECK(economy_misspelt("Hongkong") == "Hong Kong, China");
  CHECK(economy_misspelt("Papua New-Guinea") == "Papua New Guinea");
  CHECK(economy_misspelt("Austra lia") == "Australia");
  CHECK(economy_misspelt("Singapur") == "Singapore");
  // An economy's own names, short names, near two economies, or near none: no guess.
  for (const char* name : {"Philippines", "US", "Viet Nam", "Peru", "Chine", "Chair", "Secretariat", "IMO",
                           "MEG-SEC Chair", "Japn", "Malaysia Coast Guard", "Korean", "Australian", "Canadian",
                           "Russian", "Japanese", "North Korea"}) {
    CAPTURE(name);
    CHECK_FALSE(economy_misspelt(name));
  }
}
