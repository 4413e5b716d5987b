#include "citation.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "patterns.hpp"
#include "tests/test_util.hpp"

using namespace mseg;

namespace {
std::optional<Citation> cite(std::string_view group, Findings* out = nullptr) {
  Findings local;
  auto c = read_citation(group, out ? *out : local);
  return c;
}
}  // namespace

TEST_CASE("citation: Bogor Goal and Goals read as bogor-goal with no year") {
  for (auto g : {"(Bogor Goal)", "(Bogor Goals)", "( bogor goals )"}) {
    auto c = cite(g);
    REQUIRE(c);
    CHECK(c->kind == "bogor-goal");
    CHECK(c->key == "bogor-goal");
    CHECK_FALSE(c->year);
    CHECK(c->text == g);
  }
}

TEST_CASE("citation: statements with straight, curly or no apostrophe") {
  struct Case {
    const char* group;
    const char* kind;
    int year;
  } cases[] = {
      {"(Ministerial Statement 2004)", "ministerial-statement", 2004},
      {"(Leaders' Statement 2005)", "leaders-statement", 2005},
      {"(Leaders\u2019 Statement 2005)", "leaders-statement", 2005},
      // An acute accent or a modifier letter typed for the apostrophe (a review's finding: "leaders´-statement").
      {"(Leaders\u00B4 Statement 2005)", "leaders-statement", 2005},
      {"(Leaders\u02BC Statement 2005)", "leaders-statement", 2005},
      {"(Leaders Statement 2005)", "leaders-statement", 2005},
      {"(Joint Ministerial Statement 2009)", "joint-ministerial-statement", 2009},
      {"(Leaders' Declaration 2008)", "leaders-declaration", 2008},
      {"(Ministerial Communique 2010)", "ministerial-communique", 2010},
      {"(Ministerial Communiqu\u00e9 2010)", "ministerial-communique", 2010},
  };
  for (const auto& k : cases) {
    CAPTURE(k.group);
    Findings out;
    auto c = cite(k.group, &out);
    REQUIRE(c);
    CHECK(c->kind == k.kind);
    REQUIRE(c->year);
    CHECK(*c->year == k.year);
    CHECK(c->key == std::string(k.kind) + "-" + std::to_string(k.year));
    CHECK_FALSE(c->pinpoint);
    CHECK(out.empty());
  }
}

TEST_CASE("citation: a pinpoint after a comma") {
  auto c = cite("(Ministerial Statement 2009, para 12)");
  REQUIRE(c);
  CHECK(c->key == "ministerial-statement-2009");
  REQUIRE(c->pinpoint);
  CHECK(*c->pinpoint == "para 12");
}

TEST_CASE("citation: a no-break space reads as a space") {
  // A helper's finding: "(Ministerial\u00A0Statement 2007)" was an unknown citation, key unknown-2007.
  auto c = cite("(Ministerial\u00A0Statement\u00A02007, para\u00A012)");
  REQUIRE(c);
  CHECK(c->key == "ministerial-statement-2007");
  REQUIRE(c->pinpoint);
  CHECK(*c->pinpoint == "para 12");
}

TEST_CASE("citation: other space characters read as a space, invisible marks as nothing") {
  // A review's finding: a narrow no-break space, a direction mark or a zero-width space inside made the citation
  // unknown, or its kind "ministerial\u200e-statement". The zero-width space is a space, as in an owner's name.
  for (const char* text : {"(Ministerial\u202FStatement 2007, para 12)", "(Ministerial\u200E Statement 2007, para 12)",
                           "(Ministerial\u200BStatement 2007, para 12)", "(\u202BMinisterial Statement 2007, para 12\u202C)",
                           "(Ministerial\u2009Statement\u2066 2007\u2069, para 12)", "(Ministerial\u3000Statement\u205F2007, para 12)"}) {
    CAPTURE(text);
    auto c = cite(text);
    REQUIRE(c);
    CHECK(c->key == "ministerial-statement-2007");
    REQUIRE(c->pinpoint);
    CHECK(*c->pinpoint == "para 12");
  }
}

TEST_CASE("citation: a pinpoint of marks alone is none, and a mark after the year is not the document's") {
  // A second review's findings: "pinpoint": "" where only a direction mark followed the comma, and the first of
  // two documents kept the mark after its year in its text and span.
  auto c = cite("(Ministerial Statement 2007, \u200E)");
  REQUIRE(c);
  CHECK(c->key == "ministerial-statement-2007");
  CHECK_FALSE(c->pinpoint);
  Findings out;
  auto found = read_citations("(Ministerial Statement 2007\u200E; Leaders\u2019 Statement 2005)", out);
  REQUIRE(found.size() == 2);
  CHECK(found[0].citation.text == "Ministerial Statement 2007");
  CHECK(found[1].citation.key == "leaders-statement-2005");
}

TEST_CASE("citation: one parenthesis citing two documents gives both, each its own part") {
  // The second was read as the first's pinpoint, and left out of `mseg cites`.
  Findings out;
  const std::string group = "(Ministerial Statement 2007; Leaders\u2019 Statement 2005)";
  auto found = read_citations(group, out);
  REQUIRE(found.size() == 2);
  CHECK(found[0].citation.key == "ministerial-statement-2007");
  CHECK_FALSE(found[0].citation.pinpoint);
  CHECK(found[0].citation.text == "Ministerial Statement 2007");
  CHECK(found[0].where.data() == group.data() + 1);
  CHECK(found[1].citation.key == "leaders-statement-2005");
  CHECK(found[1].citation.text == "Leaders\u2019 Statement 2005");
  CHECK(found[1].where == "Leaders\u2019 Statement 2005");
  CHECK(out.empty());
  // A comma, and a third document.
  found = read_citations("(Ministerial Statement 2004, Leaders Declaration 2003, Bogor Goals)", out);
  REQUIRE(found.size() == 3);
  CHECK(found[1].citation.key == "leaders-declaration-2003");
  CHECK(found[2].citation.key == "bogor-goal");
  // A pinpoint on the last one stays its pinpoint.
  found = read_citations("(Ministerial Statement 2004, Leaders Declaration 2003, para 4)", out);
  REQUIRE(found.size() == 2);
  CHECK(found[1].citation.pinpoint == "para 4");
  CHECK(found[1].citation.text == "Leaders Declaration 2003, para 4");
  // A pinpoint that is no document stays a pinpoint, and the group is the one citation's text.
  found = read_citations("(Ministerial Statement 2004; para 12)", out);
  REQUIRE(found.size() == 1);
  CHECK(found[0].citation.pinpoint == "para 12");
  CHECK(found[0].citation.text == "(Ministerial Statement 2004; para 12)");
  // The first document's part ends at its year, whatever space stands before the ';'.
  found = read_citations("(Ministerial Statement 2007\t; Leaders Statement 2005)", out);
  REQUIRE(found.size() == 2);
  CHECK(found[0].citation.text == "Ministerial Statement 2007");
  // A ';' inside a pinpoint may start the next document: the pinpoint keeps what comes before it.
  found = read_citations("(Ministerial Statement 2007, para 3; Leaders Declaration 2005, para 4)", out);
  REQUIRE(found.size() == 2);
  CHECK(found[0].citation.pinpoint == "para 3");
  CHECK(found[0].citation.text == "Ministerial Statement 2007, para 3");
  CHECK(found[1].citation.key == "leaders-declaration-2005");
  CHECK(found[1].citation.pinpoint == "para 4");
  // Or a later ';' in it.
  found = read_citations("(Ministerial Statement 2007, para 3; para 4; Leaders Declaration 2005)", out);
  REQUIRE(found.size() == 2);
  CHECK(found[0].citation.pinpoint == "para 3; para 4");
  CHECK(found[1].citation.key == "leaders-declaration-2005");
  // A ';' in a pinpoint that starts no document leaves it whole.
  found = read_citations("(Ministerial Statement 2007, para 3; para 4)", out);
  REQUIRE(found.size() == 1);
  CHECK(found[0].citation.pinpoint == "para 3; para 4");
  // Years alone after a statement's year are statements of those years (a new user's finding: "2007" was the
  // 2004 statement's pinpoint, and --cites 2007 missed it); each its own part.
  out.clear();
  const std::string years = "(Ministerial Statement 2004, 2007 and 2008)";
  found = read_citations(years, out);
  REQUIRE(found.size() == 3);
  CHECK(found[0].citation.key == "ministerial-statement-2004");
  CHECK(found[0].citation.text == "Ministerial Statement 2004");
  CHECK_FALSE(found[0].citation.pinpoint);
  CHECK(found[1].citation.key == "ministerial-statement-2007");
  CHECK(found[1].citation.year == 2007);
  CHECK(found[1].where == "2007");
  CHECK(found[1].where.data() == years.data() + years.find("2007"));
  CHECK(found[2].citation.key == "ministerial-statement-2008");
  CHECK(out.empty());
  found = read_citations("(Leaders' Statement 2005; 2006)", out);
  REQUIRE(found.size() == 2);
  CHECK(found[1].citation.key == "leaders-statement-2006");
  // Years, then after a ';' a document of its own; a ';' between years; the statement's own year again is none
  // (a review's findings: the first two kept 2007 a pinpoint).
  found = read_citations("(Ministerial Statement 2004, 2007; Leaders' Statement 2005)", out);
  REQUIRE(found.size() == 3);
  CHECK(found[1].citation.key == "ministerial-statement-2007");
  CHECK(found[2].citation.key == "leaders-statement-2005");
  CHECK(found[2].citation.text == "Leaders' Statement 2005");
  found = read_citations("(Ministerial Statement 2004, 2006; 2007)", out);
  REQUIRE(found.size() == 3);
  CHECK(found[2].citation.key == "ministerial-statement-2007");
  found = read_citations("(Ministerial Statement 2004, 2004)", out);
  REQUIRE(found.size() == 1);
  CHECK(out.empty());
  // The own year is its value, however written: a mark inside it (a copy from a web page) made it a second
  // statement of the same year (a review's finding).
  found = read_citations("(Ministerial Statement 20\u200E04, 2004)", out);
  REQUIRE(found.size() == 1);
  CHECK(found[0].citation.year == 2004);
  // Not years alone: a pinpoint still.
  for (const char* kept : {"(Ministerial Statement 2004, para 2007)", "(Ministerial Statement 2004, 2007a)",
                           "(Ministerial Statement 2004, 1850)", "(Ministerial Statement 2004, 12)"}) {
    CAPTURE(kept);
    found = read_citations(kept, out);
    REQUIRE(found.size() == 1);
    CHECK(found[0].citation.pinpoint);
  }
  CHECK(out.empty());
  // After a ';', a title of no known form (no year) is a document of its own, for the registry to know by its
  // alias, before or after a known one; after a ',' it stays a pinpoint, and so does "para 4" or "Annex A" after a
  // ';' (a helper's findings: "Busan Declaration" was the first's pinpoint, or both one unknown citation).
  out.clear();
  found = read_citations("(Ministerial Statement 2007; Busan Declaration)", out);
  REQUIRE(found.size() == 2);
  CHECK(found[0].citation.key == "ministerial-statement-2007");
  CHECK_FALSE(found[0].citation.pinpoint);
  CHECK(found[1].citation.kind == "unknown");
  CHECK(found[1].where == "Busan Declaration");
  found = read_citations("(Busan Declaration; Ministerial Statement 2007)", out);
  REQUIRE(found.size() == 2);
  CHECK(found[0].where == "Busan Declaration");
  CHECK(found[0].citation.kind == "unknown");
  CHECK_FALSE(found[0].citation.year);
  CHECK(found[1].citation.key == "ministerial-statement-2007");
  found = read_citations("(Ministerial Statement 2007, para 3; Adelaide Ministerial Statement)", out);
  REQUIRE(found.size() == 2);
  CHECK(found[0].citation.pinpoint == "para 3");
  CHECK(found[1].where == "Adelaide Ministerial Statement");
  found = read_citations("(Ministerial Statement 2004, 2007; Busan Declaration)", out);
  REQUIRE(found.size() == 3);
  CHECK(found[1].citation.key == "ministerial-statement-2007");
  CHECK(found[2].where == "Busan Declaration");
  // Each unknown title is warned of at its own words (the registry may know it, and then the warning goes).
  REQUIRE(out.size() == 4);
  CHECK(out[0].where == "Busan Declaration");
  CHECK(out[3].where == "Busan Declaration");
  out.clear();
  for (const char* kept : {"(Ministerial Statement 2007, Busan Declaration)", "(Ministerial Statement 2007; para 4)",
                           "(Ministerial Statement 2007; Annex A)",
                           // A review's findings: places in the document, not titles.
                           "(Ministerial Statement 2007; Para 4 of the Statement)",
                           "(Leaders' Declaration 2005; Annex A, Goal 3)", "(Leaders' Declaration 2005; Goals 1 and 2)",
                           "(Ministerial Statement 2007; Paragraph 5 of the Declaration)"}) {
    CAPTURE(kept);
    found = read_citations(kept, out);
    REQUIRE(found.size() == 1);
    CHECK(found[0].citation.pinpoint);
  }
  CHECK(out.empty());
  // read_citation is the first document.
  CHECK(cite("(Ministerial Statement 2007; Leaders' Statement 2005)")->key == "ministerial-statement-2007");
  // However many a hostile parenthesis names, at most eight are read apart; the rest is the last one's pinpoint.
  std::string many = "(";
  for (int y = 1990; y < 2090; ++y) many += "Ministerial Statement " + std::to_string(y) + "; ";
  many += "Ministerial Statement 2090)";
  out.clear();
  found = read_citations(many, out);
  CHECK(found.size() == 8);  // kMaxDocuments
  CHECK(found.back().citation.pinpoint);
  // ... and the reader is told, once, where the rest begins.
  REQUIRE(out.size() == 1);
  CHECK(out[0].code == DiagnosticCode::citation_limit);
  CHECK(out[0].where.substr(0, 26) == "Ministerial Statement 1998");
  CHECK(out[0].message.find("more than 8 documents") != std::string::npos);
  CHECK(out[0].message.find("the pinpoint of the 8th, not") != std::string::npos);
  // Years alone past the limit stay the pinpoint of the statement they follow, said by its place.
  out.clear();
  found = read_citations("(Ministerial Statement 2001; Ministerial Statement 2002; Ministerial Statement 2003; "
                         "Ministerial Statement 2004; Ministerial Statement 2005; Ministerial Statement 2006; "
                         "Ministerial Statement 2007, 2008, 2009)", out);
  CHECK(found.size() == 7);
  REQUIRE(out.size() == 1);
  CHECK(out[0].code == DiagnosticCode::citation_limit);
  CHECK(out[0].message.find("'2008, 2009' was read as the pinpoint of the 7th, not") != std::string::npos);
  // Eight documents exactly are read apart with no note.
  out.clear();
  found = read_citations("(Ministerial Statement 2001; Ministerial Statement 2002; Ministerial Statement 2003; "
                         "Ministerial Statement 2004; Ministerial Statement 2005; Ministerial Statement 2006; "
                         "Ministerial Statement 2007; Ministerial Statement 2008)", out);
  CHECK(found.size() == 8);
  CHECK_FALSE(found.back().citation.pinpoint);
  CHECK(out.empty());
}

TEST_CASE("citation: ordinary parentheses are not citations") {
  CHECK_FALSE(cite("(ISPS Code)"));
  CHECK_FALSE(cite("(IMO)"));
  CHECK_FALSE(cite("(STAR)"));
}

TEST_CASE("citation: citation-like but unknown form warns and keeps the year") {
  std::string text = "(Ministerial Meeting 2004)";
  Findings out;
  auto c = read_citation(text, out);
  REQUIRE(c);
  CHECK(c->kind == "unknown");
  CHECK(c->key == "unknown-2004");
  REQUIRE(out.size() == 1);
  CHECK(to_string(out[0].code) == "unknown-citation");
  CHECK(info(out[0].code).severity == Severity::warning);
  CHECK(out[0].where.data() == text.data());
}

TEST_CASE("citation: issuer words may be non-ASCII, digits and punctuation end them") {
  auto c = cite("(Déclaration des Leaders Statement 2011)");
  REQUIRE(c);
  CHECK(c->kind == "déclaration-des-leaders-statement");
  CHECK(c->key == "déclaration-des-leaders-statement-2011");
  CHECK(cite("(2004 Ministerial Statement 2005)")->kind == "unknown");
}

static bool ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

TEST_CASE("citation: hand matchers give the patterns' answers, the pre-check rules out no match") {
  static const char* const kWords[] = {"Bogor", "bogor", "Goal", "GOALS", "goalkeeper", "Leaders'", "Leaders\u2019",
                                       "Ministerial", "Joint", "Statement", "statements", "Declaration", "Communique",
                                       "Communiqu\u00e9", "\u017ftatement", "2004", "1999", "2200", "200", "20045",
                                       "para", "12", "APEC", "ISPS", "Code", "(", ")", "."};
  static const char* const kJoins[] = {" ", "  ", ", ", "; ", ": ", "-", "", "\t", "\v", "\n", " ,\n", ",  "};
  std::vector<std::string> texts = {
      "Bogor Goal", "Bogor Goals", "bogor\tgoals", "BogorGoal", "Bogor Goalss", "Bogor Goal\u2019s",
      "Ministerial Statement 2004", "Leaders' Statement 2005, para 3",
      "Ministerial Meeting 2004", "ISPS Code", "Statement 2005,", "Statement 2005, ", "Statement 2005,  ",
      "Statement 2005,\n", "Statement 2005, \n", "Statement 2005,\npara", "Statement 2005, para\n3",
      "Statement Statement 2005", "a b c d e Statement 2005", "a b c d e f Statement 2005",
      "Leaders\vStatement 2005", std::string("Leaders\0 Statement 2005", 23), "Statement\t2005 ;x",
      "STATEMENT  2005", "Statement 20055", "Statement 200", "(Statement 2005)"};
  test::append_random_texts(texts, kWords, kJoins, 3000, 5, 2004);
  namespace pt = patterns;
  int bogor = 0, statement = 0, like = 0, ruled_out = 0;
  for (const std::string& text : texts) {
    CAPTURE(text);
    const bool re_bogor = RE2::FullMatch(text, pt::bogor_goal());
    const std::optional<bool> hand_bogor = pt::match_bogor_goal(text);
    if (ascii(text)) CHECK(hand_bogor.has_value());
    if (hand_bogor) CHECK(*hand_bogor == re_bogor);
    bogor += re_bogor;
    re2::StringPiece issuer, document, year, pinpoint;
    const bool re_statement =
        RE2::FullMatch(text, pt::statement_citation(), &issuer, &document, &year, &pinpoint);
    std::string_view hand_issuer, hand_document, hand_year, hand_pinpoint;
    const std::optional<bool> hand =
        pt::match_statement_citation(text, hand_issuer, hand_document, hand_year, hand_pinpoint);
    if (ascii(text)) CHECK(hand.has_value());
    if (hand) {
      CHECK(*hand == re_statement);
      if (*hand && re_statement) {
        CHECK(hand_issuer == std::string_view(issuer));
        CHECK(hand_document == std::string_view(document));
        CHECK(hand_year == std::string_view(year));
        CHECK(hand_pinpoint == std::string_view(pinpoint));
      }
    }
    statement += re_statement;
    if (RE2::PartialMatch(text, pt::citation_like())) {
      CHECK(pt::may_match_citation_like(text));
      ++like;
    }
    ruled_out += !pt::may_match_citation_like(text);
  }
  CHECK(bogor > 0);
  CHECK(statement > 10);
  CHECK(like > 10);
  CHECK(ruled_out > 10);
  // What the plans' other parentheses look like: no pattern need run.
  for (const char* text : {"ISPS Code", "IMO", "STAR", "Viet Nam", "para 12"}) {
    CAPTURE(text);
    CHECK_FALSE(pt::may_match_citation_like(text));
  }
}

TEST_CASE("citation: the statement hand matcher answers for curly quotes, not for letters (?i) folds") {
  std::string_view issuer, document, year, pinpoint;
  const auto hand = [&](std::string_view text) {
    return patterns::match_statement_citation(text, issuer, document, year, pinpoint);
  };
  REQUIRE(hand("Leaders\u2019 Statement 2005").has_value());
  CHECK(*hand("Leaders\u2019 Statement 2005"));
  CHECK(issuer == "Leaders\u2019 ");
  CHECK(*hand("\u201cLeaders\u201d Statement 2005, \u2018para 3\u2019"));
  CHECK(pinpoint == "\u2018para 3\u2019");
  CHECK_FALSE(hand("Ministerial \u017ftatement 2004").has_value());
  CHECK_FALSE(hand("Ministerial Communiqu\u00e9 2010").has_value());
  CHECK_FALSE(hand("D\u00e9claration des Leaders Statement 2011").has_value());
}

TEST_CASE("citation: letters (?i) folds onto ASCII ones are left to the patterns") {
  // "ſ" (long s) folds onto s under (?i): the pattern reads it, so must the reader.
  auto c = cite("(Ministerial \u017ftatement 2004)");
  REQUIRE(c);
  CHECK(c->key == "ministerial-\u017ftatement-2004");
}
