#include <mseg/economy.hpp>
#include <mseg/owners.hpp>

#include <doctest/doctest.h>

namespace mseg {

TEST_CASE("the built-in table makes the group's roles one role under its former and current names") {
  const auto& a = builtin_aliases();
  CHECK(a.identity("MSEG Chair") == "Chair");
  CHECK(a.identity("MEG-SEC Chair") == "Chair");
  CHECK(a.identity("Chair") == "Chair");
  CHECK(a.identity("MSEG Secretariat") == "Secretariat");
  CHECK(a.identity("Secretariat") == "Secretariat");
  CHECK(a.identity("MSEG") == "MEG-SEC");
  // pdftotext without -layout drops the hyphen of "MEG-" ending a line (a new user's finding: a new owner).
  CHECK(a.identity("MEGSEC") == "MEG-SEC");
  CHECK(a.identity("MEGSEC Chair") == "Chair");
  CHECK(a.identity("Maritime Security Experts Group") == "MEG-SEC");
  CHECK(a.identity("Maritime Security Sub-Group") == "MEG-SEC");
  CHECK(a.identity("MSEG members") == "Members");
}

TEST_CASE("names outside the table are themselves, economies go by their canonical name") {
  const auto& a = builtin_aliases();
  CHECK(a.identity("ICIAP Coordinator") == "ICIAP Coordinator");
  CHECK(a.identity("Chairperson of the board") == "Chairperson of the board");
  Owner us{"US", std::string("United States"), true};
  CHECK(a.identity(us) == "United States");
  // Written alone (an --owner value), an economy's other names are it too.
  CHECK(a.identity("US") == "United States");
  CHECK(a.identity("u.s.") == "United States");
  CHECK(a.identity("Korea") == *canonical_economy("Korea"));
  // A stop at the end is no part of who it is: "APEC Sec." is "APEC Sec" (a review's finding: two owners).
  CHECK(a.identity("APEC Sec.") == "APEC Sec");
  CHECK(a.identity("APEC Sec") == "APEC Sec");
  CHECK(a.identity(".") == ".");
}

TEST_CASE("fold_owner_name: case, dashes and spaces do not matter") {
  CHECK(fold_owner_name("  MEG-SEC   Chair ") == "meg sec chair");
  CHECK(fold_owner_name("—") == "\xe2\x80\x94");
  // A word processor's dashes and spaces are dashes and spaces: a no-break hyphen, en dash, minus, no-break space.
  CHECK(fold_owner_name("MEG\u2011SEC") == "meg sec");
  CHECK(fold_owner_name("MEG \u2013 SEC\u00a0Chair") == "meg sec chair");
  CHECK(fold_owner_name("MEG\u2212SEC") == "meg sec");
  CHECK(fold_owner_name("MEG\u2009SEC") == "meg sec");  // a thin space
  // Other characters outside ASCII are letters, the zero-width marks too (they are no gap a reader sees).
  CHECK(fold_owner_name("MEG\u200bSEC") == "meg\u200bsec");
  CHECK(fold_owner_name("C\u00f4te d'Ivoire") == "c\u00f4te d ivoire");
  // Capitals outside ASCII too (a helper's finding: "COMIT\u00c9 1" and "Comit\u00e9 1" were two owners): Latin-1,
  // Latin Extended-A, Greek, Cyrillic, Vietnamese; not the multiplication sign, not a letter of no case.
  CHECK(fold_owner_name("COMIT\u00c9 1") == "comit\u00e9 1");
  CHECK(fold_owner_name("\u00c0\u00de\u00d7\u0178") == "\u00e0\u00fe\u00d7\u00ff");
  CHECK(fold_owner_name("\u0141\u0150\u0179\u0130") == "\u0142\u0151\u017ai");  // İ is i
  CHECK(fold_owner_name("\u0394\u0399\u0410\u0401") == "\u03b4\u03b9\u0430\u0451");
  CHECK(fold_owner_name("VI\u1ec6T") == "vi\u1ec7t");
  CHECK(fold_owner_name("B\u1ed8 C\u00d4NG TH\u01af\u01a0NG") == fold_owner_name("B\u1ed9 C\u00f4ng Th\u01b0\u01a1ng"));
  CHECK(fold_owner_name("\u0386\u0388\u038c\u038f") == "\u03ac\u03ad\u03cc\u03ce");
  CHECK(fold_owner_name("\u039b\u0399\u039c\u0395\u039d\u039f\u03a3") == fold_owner_name("\u03bb\u03b9\u03bc\u03b5\u03bd\u03bf\u03c2"));
  CHECK(fold_owner_name("\u0130ZM\u0130R") == "izmir");
  CHECK(fold_owner_name("\u65e5\u672c") == "\u65e5\u672c");
}

TEST_CASE("a user's table goes over the built-in one") {
  auto user = OwnerAliases::from_json(R"({"owners": [{"name": "ICIAP Coordinator", "names": ["ISPS Code Coordinator"]}],
    "roles": [{"name": "Chair", "names": ["Presiding Officer"]}]})");
  auto a = user.merged_over(builtin_aliases());
  CHECK(a.identity("isps code coordinator") == "ICIAP Coordinator");
  CHECK(a.identity("MSEG Presiding Officer") == "Chair");
  CHECK(a.identity("MSEG Chair") == "Chair");
}

TEST_CASE("a bad table is refused with where and why") {
  // With the place and the reason, as the registry's refusal has them (a helper's finding: "malformed JSON" alone).
  CHECK_THROWS_WITH_AS(OwnerAliases::from_json("{"),
                       "malformed JSON: parse error at line 1, column 2: syntax error while parsing object key - "
                       "unexpected end of input; expected string literal",
                       AliasesError);
  CHECK_THROWS_WITH_AS(OwnerAliases::from_json("{\"owners\":[\n{\"name\":\"Chair\", }\n]}"),
                       doctest::Contains("malformed JSON: parse error at line 2, column"), AliasesError);
  CHECK_THROWS_WITH_AS(OwnerAliases::from_json(R"({"roles": [{"names": ["x"]}]})"),
                       "/roles/0/name: a non-empty string is required", AliasesError);
  CHECK_THROWS_WITH_AS(OwnerAliases::from_json(R"({"people": []})"), "/people: unknown field", AliasesError);
  CHECK_THROWS_WITH_AS(OwnerAliases::from_json(R"({"owners": [{"name": "A", "names": "B"}]})"),
                       "/owners/0/names: not an array", AliasesError);
}

}  // namespace mseg
