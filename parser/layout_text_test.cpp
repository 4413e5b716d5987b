#include "layout_text.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cstdint>
#include <string>

using namespace mseg;
using namespace mseg::layout;

TEST_CASE("layout_text: a line-end hyphen is dropped only where it breaks a plain word") {
  CHECK(drops_hyphen("to build capa-", "city and"));
  CHECK(drops_hyphen("capa-", "city."));
  CHECK_FALSE(drops_hyphen("a sub-", "group of"));      // a prefix that keeps it
  CHECK_FALSE(drops_hyphen("(Korea, Japan/mid-", "2009)"));  // a digit after
  CHECK_FALSE(drops_hyphen("the MEG-", "SEC meeting"));  // capitals
  CHECK_FALSE(drops_hyphen("Asia-", "Pacific"));
  CHECK_FALSE(drops_hyphen("Pilot Project -", "Australia"));  // a dash
  CHECK_FALSE(drops_hyphen("ship-", "to-shore"));  // the joined form is not a plain word
  // A compound's common second words keep it (a review: "follow-" / "up" read "followup").
  CHECK_FALSE(drops_hyphen("agree the follow-", "up of"));
  CHECK_FALSE(drops_hyphen("long-", "term"));
  CHECK_FALSE(drops_hyphen("high-", "level meeting"));
  CHECK(drops_hyphen("deter-", "mine the"));  // "term" only as the whole word after
  // An owner's '/' or an apostrophe after the word (a helper's finding, LibreOffice's hyphenation on).
  CHECK(drops_hyphen("(Aus-", "tralia/December 2009)"));
  CHECK(drops_hyphen("(Lead-", "ers\u2019 Statement 2005)"));
}

TEST_CASE("layout_text: a hyphen a prefix would keep is dropped where the document writes the word whole") {
  // A new user's finding: "sub-" / "ject" read "sub-ject", "ex-" / "ercise" "ex-ercise".
  const Vocabulary whole("The Subject of the exercise: a sub-group's follow-up, long-term. Cooperation");
  CHECK(drops_hyphen("the sub-", "ject of", &whole));
  CHECK(drops_hyphen("an ex-", "ercise.", &whole));
  CHECK(drops_hyphen("co-", "operation", &whole));  // "Cooperation": without case
  CHECK_FALSE(drops_hyphen("a sub-", "group of", &whole));  // written only with its hyphen
  CHECK_FALSE(drops_hyphen("the follow-", "up", &whole));
  CHECK_FALSE(drops_hyphen("long-", "term", &whole));
  CHECK_FALSE(drops_hyphen("the sub-", "ject of"));  // no evidence: the prefix keeps it
  CHECK(drops_hyphen("capa-", "city", &whole));       // a plain word as before
  const Vocabulary none;
  CHECK_FALSE(drops_hyphen("the sub-", "ject", &none));
  // Any word keeps it where the document writes the compound hyphenated on one line and never whole (a helper's
  // finding: "roll-" / "on" read "rollon" in a plan of sixteen "roll-on"s); "capa-" / "city" still joins.
  const Vocabulary compounds("roll-on and roll-off ferries, best-practices; a work-shop and a workshop. capa- city");
  CHECK_FALSE(drops_hyphen("the roll-", "on ferry", &compounds));
  CHECK_FALSE(drops_hyphen("share best-", "practices.", &compounds));
  CHECK(drops_hyphen("a work-", "shop", &compounds));  // written whole too: joined
  CHECK(drops_hyphen("capa-", "city", &compounds));    // broken at a line's end only: no compound
  CHECK(drops_hyphen("the roll-", "on ferry"));         // no document: as before
  CHECK(drops_hyphen("ports with-", "out notice"));      // hyphenation's "with-out" (a third review's finding)
  CHECK_FALSE(drops_hyphen("for roll-", "on/roll-off ferries"));  // the compound's other half after the '/'
  CHECK(drops_hyphen("(Rus-", "sia/June 2008)"));                  // an owner's '/' after a broken word
  CHECK(drops_hyphen("(ICIAP Coordina-", "tor/May 2008)"));
  Vocabulary added;
  added.add("subject");
  CHECK(added.has("SUBJECT"));
  CHECK_FALSE(added.has("subjects"));
}

TEST_CASE("layout_text: paragraphs start at numbers, bullets and after a tag or citation") {
  CHECK(starts_paragraph("1A. APEC economies"));
  CHECK(starts_paragraph("2. Ministers"));
  CHECK(starts_paragraph("1.1 ISPS Code"));
  CHECK(starts_paragraph("\u00B7 Facilitating trade by:"));
  CHECK(starts_paragraph("- a bullet"));
  CHECK(starts_paragraph("\uF0B7    joint capacity building"));  // Word's Symbol bullet as pdftotext gives it
  CHECK(starts_paragraph("144B. Ministers welcomed"));
  CHECK(starts_paragraph("1.A Ministers welcomed"));  // "1.A" numbers, in sections past 9 too (a review's finding)
  CHECK(starts_paragraph("12.A Ministers welcomed"));
  CHECK(starts_paragraph("12.A. Ministers welcomed"));
  CHECK_FALSE(starts_paragraph("2007. Ministers"));  // a year, not a directive number
  CHECK_FALSE(starts_paragraph("144b Ministers"));
  CHECK_FALSE(starts_paragraph("2004)"));
  CHECK_FALSE(starts_paragraph("2007) (Manual \u2013"));
  // An amount a wrapped line starts with (a helper's finding: "... US$" / "2.5 million ..." cut a directive).
  CHECK_FALSE(starts_paragraph("2.5 million for port security"));
  CHECK_FALSE(starts_paragraph("12.75 per cent of the budget"));
  CHECK(starts_paragraph("2.5 Port Security"));
  CHECK(starts_paragraph("1.2 e-Navigation"));  // a title in its own case (a review's finding)
  CHECK(starts_paragraph("1.3 iPort systems"));
  CHECK_FALSE(starts_paragraph("1.5 billion in trade"));
  CHECK_FALSE(starts_paragraph("12.5 Million for ports"));  // a second review's findings
  CHECK_FALSE(starts_paragraph("4.1 of the Code"));
  CHECK_FALSE(starts_paragraph("2.5 nautical miles"));
  CHECK(starts_paragraph("1.2 Days of Action"));  // a title
  CHECK(starts_paragraph("2.5"));
  // A web address ending a line may have been cut by the wrap (a helper's finding: read with a space, in silence).
  CHECK(ends_in_web_address("Publish at http://www.apec.org/meg-sec/cr") == "http://www.apec.org/meg-sec/cr");
  CHECK(ends_in_web_address("see www.apec.org/mseg") == "www.apec.org/mseg");
  CHECK(ends_in_web_address("(Canada/http://www.apec.org/ms") == "http://www.apec.org/ms");  // the address alone
  CHECK(ends_in_web_address("see http://www.apec.org.").empty());  // a sentence's end after it
  CHECK(ends_in_web_address("Publish the best practices").empty());
  // A range's en dash ending a line goes on without a space (a helper's finding: "2010– 2011").
  CHECK(joins_range("(Singapore/2010\u2013", "2011)"));
  CHECK_FALSE(joins_range("(Singapore/2010 \u2013", "2011)"));  // a spaced dash: a space
  CHECK_FALSE(joins_range("training \u2013", "phase two"));
  CHECK_FALSE(joins_range("\u2013", "2011"));
  CHECK(joins_range("(Japan/March\u2013", "June 2010)"));  // months too (a review's finding)
  CHECK_FALSE(joins_range("(Japan/March\u2013", "(June 2010)"));
  CHECK(ends_group("Statement 2007)", 0));
  CHECK(ends_group("(Chair/March 2008).", 0));
  CHECK_FALSE(ends_group("(ISPS Code)", 1));  // inside a group still open
  CHECK_FALSE(ends_group("", 0));  // an empty line ends nothing (and its last byte is not read)

  std::vector<std::string_view> lines{"1A. Adopt a", "strategic approach. (Bogor", "Goal)", "Leaders reiterated",
                                      "their understanding (Leaders\u2019", "Statement 2005)"};
  auto ps = paragraphs_of(lines, 0);
  REQUIRE(ps.size() == 2);
  CHECK(ps[0].size() == 3);
  CHECK(ps[1].size() == 3);
}

TEST_CASE("layout_text: Word's Symbol bullet is written as the middle dot, the rest mapped to the input") {
  // A new user's PDF: pdftotext gave the bullets as U+F0B7, private use, an invisible character in the plan's
  // text, and no bullet to the assembler.
  const std::string input = "\uF0B7    joint projects; and";
  Laid laid;
  Writer w(input, laid);
  w.paragraph({std::string_view(input)});
  CHECK(laid.text == "\u00B7    joint projects; and");
  REQUIRE(laid.pieces.size() == 1);
  CHECK(input.substr(laid.pieces[0].source, laid.pieces[0].length) == "    joint projects; and");
}

TEST_CASE("layout_text: a Lead column's economies, one a line, are paragraphs of their own") {
  // A helper's finding: "Korea" / "Singapore" and "United States" / "Canada" / "Mexico" were joined into one name
  // where a narrow column's width rule read them as wrapped. "Hong Kong," / "China" is one name wrapped, and
  // "United" / "States" is no economy a line.
  std::vector<std::string_view> lines{"Japan", "Korea", "Singapore", "Hong Kong,", "China", "United", "States",
                                      "Viet Nam"};
  auto ps = paragraphs_of(lines, 12);
  REQUIRE(ps.size() == 6);
  CHECK(join_wrapped(ps[2]) == "Singapore");
  CHECK(join_wrapped(ps[3]) == "Hong Kong, China");
  CHECK(join_wrapped(ps[4]) == "United States");
  CHECK(join_wrapped(ps[5]) == "Viet Nam");
  // The name before wrapped too (a review's finding: "Brunei" / "Darussalam" took "Chinese Taipei" into it).
  std::vector<std::string_view> wrapped{"Japan", "Brunei", "Darussalam", "Chinese", "Taipei", "Papua New", "Guinea"};
  ps = paragraphs_of(wrapped, 10);
  REQUIRE(ps.size() == 4);
  CHECK(join_wrapped(ps[1]) == "Brunei Darussalam");
  CHECK(join_wrapped(ps[2]) == "Chinese Taipei");
  CHECK(join_wrapped(ps[3]) == "Papua New Guinea");
  // Inside a tag's parenthesis nothing starts: "(Japan," / "Korea/2011)" is one tag.
  std::vector<std::string_view> tag{"Review audits (Japan", "Korea", "Peru/2011)"};
  CHECK(paragraphs_of(tag, 12).size() == 1);
}

TEST_CASE("layout_text: a dash a wrap put first goes on with the line before, said, and a list's dashes are bullets") {
  // A 12 pt plan's narrow column: "1.3 Model Visit Program" / "\u2013 Global Standard" was a title and an item.
  std::vector<std::string_view> wrapped{"1.3 Model Visit Program", "\u2013 Global Standard", "1.4 Audits"};
  Findings notes;
  auto ps = paragraphs_of(wrapped, 24, &notes);
  REQUIRE(ps.size() == 2);
  CHECK(join_wrapped(ps[0]) == "1.3 Model Visit Program \u2013 Global Standard");
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].where == wrapped[1]);
  CHECK(notes[0].message.find("starts with a dash after '1.3 Model Visit Program'") != std::string::npos);
  // Where it would have fitted by the characters, where the width is not known (a review's finding: every dash
  // after a line that ended no sentence was joined), where nothing can say the guess, after a colon, and in a list
  // (the paragraph's first line or any later line of the cell starts with one, though the first item wraps): a bullet.
  notes.clear();
  CHECK(paragraphs_of(wrapped, 40, &notes).size() == 3);
  CHECK(paragraphs_of(wrapped, 0, &notes).size() == 3);
  CHECK(paragraphs_of(wrapped, 24).size() == 3);
  std::vector<std::string_view> colon{"1.3 Model Visit Program:", "\u2013 Global Standard"};
  CHECK(paragraphs_of(colon, 24, &notes).size() == 2);
  std::vector<std::string_view> list{"1.3 Model Visit Program", "\u2013 Global Standard", "\u2013 Regional Standard"};
  CHECK(paragraphs_of(list, 24, &notes).size() == 3);
  std::vector<std::string_view> first_wraps{"Survey ports in three areas", "\u2013 the legal basis for", "exchanges",
                                            "\u2013 fencing"};
  CHECK(paragraphs_of(first_wraps, 27, &notes).size() == 3);
  std::vector<std::string_view> in_list{"- Global Standard for the", "ports of the region", "- Regional"};
  CHECK(paragraphs_of(in_list, 26, &notes).size() == 2);
  CHECK(notes.empty());
}

TEST_CASE("layout_text: in a column of short titles, a capital that would have fitted starts a paragraph") {
  std::vector<std::string_view> lines{"Maritime security capacity", "building programs in the", "region",
                                      "ISPS Code Implementation", "Assistance Program"};
  auto ps = paragraphs_of(lines, 26);
  REQUIRE(ps.size() == 2);
  CHECK(ps[0].size() == 3);
  CHECK(ps[1].front() == "ISPS Code Implementation");
  // Items under an unnumbered title are the plans' own shape: read so without a guess's note.
  Findings notes;
  paragraphs_of(lines, 26, &notes);
  for (const auto& n : notes) CHECK(n.message.find("read as a new paragraph") == std::string::npos);
}

TEST_CASE("layout_text: a line that ends mid-phrase wraps on, whatever would have fitted") {
  CHECK(ends_mid_phrase("cruise terminals at"));
  CHECK(ends_mid_phrase("report to the "));
  CHECK(ends_mid_phrase("Cooperation with"));
  CHECK_FALSE(ends_mid_phrase("terminals."));
  CHECK_FALSE(ends_mid_phrase("Da Nang"));
  CHECK_FALSE(ends_mid_phrase("(at"));
  CHECK_FALSE(ends_mid_phrase("Drills under Annex A"));  // a label, not the article
  CHECK(ends_mid_phrase("18.2 Port labour Framework For"));  // title case: still the preposition
  CHECK_FALSE(ends_mid_phrase("PORTS IN"));
  CHECK_FALSE(ends_mid_phrase(""));
  CHECK_FALSE(ends_mid_phrase("Port State control of the Philippines"));
  // In a column of short titles: "Regional" would have fitted after "Cooperation with", but the title goes on.
  std::vector<std::string_view> lines{"Cooperation with", "Regional Organisations", "Seafarers' ID"};
  auto ps = paragraphs_of(lines, 40);
  REQUIRE(ps.size() == 2);
  CHECK(ps[0].size() == 2);
}

TEST_CASE("layout_text: a numbered priority's title line read as whole by the measure alone is noted") {
  // A helper's finding: "8.2 ILO conventions" / "Cooperation for Seattle" is one title in the PDF; read as a title
  // and an item, in silence. Which it is the text cannot say: the guess is a located note.
  std::vector<std::string_view> lines{"8.2 ILO conventions", "Cooperation for Seattle", "8.3 Port State control."};
  Findings notes;
  auto ps = paragraphs_of(lines, 31, &notes);
  REQUIRE(ps.size() == 3);
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].code == DiagnosticCode::layout_inferred);
  CHECK(notes[0].where == "Cooperation for Seattle");
  CHECK(notes[0].message ==
        "read as a new paragraph: 'Cooperation' would have fitted after '8.2 ILO conventions' in a column 31 characters "
        "wide; the line before wrapped on if it did not end there");
  // A title that ends in a mark, or a second line after the numbered one, is no such guess.
  std::vector<std::string_view> marked{"8.2 ILO conventions.", "Cooperation for Seattle"};
  notes.clear();
  CHECK(paragraphs_of(marked, 32, &notes).size() == 2);
  CHECK(notes.empty());
}

TEST_CASE("layout_text: the writer joins lines and maps every piece back to the input") {
  std::string input = "to build capa-\ncity now";
  Laid laid;
  Writer w(input, laid);
  w.paragraph({std::string_view(input).substr(0, 14), std::string_view(input).substr(15)});
  CHECK(laid.text == "to build capacity now");
  REQUIRE(laid.pieces.size() == 2);
  CHECK(laid.pieces[0].source == 0);
  CHECK(laid.pieces[0].length == 13);
  CHECK(laid.pieces[1].at == 13);
  CHECK(laid.pieces[1].source == 15);
}

TEST_CASE("layout_text: the writer asks the whole input whether a prefix's hyphen breaks a word") {
  std::string input = "a sub-\nject and a sub-\ngroup\nThe subject of it";
  Laid laid;
  Writer w(input, laid);
  const std::string_view in(input);
  w.paragraph({in.substr(0, 6), in.substr(7, 15)});
  w.raw("|");
  w.paragraph({in.substr(7, 15), in.substr(23, 5)});
  CHECK(laid.text == "a subject and a sub-|ject and a sub-group");
  REQUIRE(laid.findings.size() == 2);
  CHECK(laid.findings[0].message == "a hyphen ends the line: read as 'subject'");
  CHECK(laid.findings[1].message == "a hyphen ends the line: read as 'sub-group'");
}

TEST_CASE("layout_text: lines wrapped at a newline join in one piece, the newline laid out as a space") {
  std::string input = "to build\ncapacity now\n  in 2013";
  Laid laid;
  Writer w(input, laid);
  const std::string_view in(input);
  w.paragraph({in.substr(0, 8), in.substr(9, 12), in.substr(24)});
  CHECK(laid.text == "to build capacity now in 2013");
  // The indented third line is not next to the second in the input: a piece of its own.
  REQUIRE(laid.pieces.size() == 2);
  CHECK(laid.pieces[0].source == 0);
  CHECK(laid.pieces[0].length == 21);
  CHECK(laid.pieces[1].at == 22);
  CHECK(laid.pieces[1].source == 24);
  CHECK(input[8] == '\n');  // the input is left as it was
}

TEST_CASE("layout_text: a year alone at the foot of most pages is a footer") {
  // A second review's finding: "2008" where "Page N of 3" stood was kept, once years were no page numbers.
  std::string input = "Plan\nA row\n2008\n\fMore rows\n2008\n\fLast rows\n2008\n";
  auto lines = split_lines(input);
  Findings notes;
  auto marks = find_furniture(lines, notes);
  std::size_t footers = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) footers += lines[i].text.find("2008") != std::string_view::npos && marks[i] != Furniture::none;
  CHECK(footers == 3);
}

TEST_CASE("layout_text: a year is no page number") {
  // A helper's finding: a Timeline cell's "2015", a one-page plan's last line, was removed as its page number.
  CHECK(page_number("3"));
  CHECK(page_number("- 12 -"));
  CHECK(page_number("Page 3 of 7"));
  CHECK_FALSE(page_number("2015"));
  CHECK_FALSE(page_number("- 2009 -"));
  std::string input = "Plan\n1A. Adopt\n2015\n";
  auto lines = split_lines(input);
  Findings notes;
  auto marks = find_furniture(lines, notes);
  CHECK(marks[2] == Furniture::none);
  CHECK(notes.empty());
}

TEST_CASE("layout_text: page numbers and running footers are furniture, each with a note") {
  std::string input = "text\nWork Plan \u2013 Page 1 of 2\n\fmore\n- 2 -\n";
  auto lines = split_lines(input);
  REQUIRE(lines.size() == 4);
  CHECK(lines[2].page_break);
  Findings notes;
  auto marks = find_furniture(lines, notes);
  CHECK(marks[0] == Furniture::none);
  CHECK(marks[1] == Furniture::page_number);
  CHECK(marks[2] == Furniture::none);
  CHECK(marks[3] == Furniture::page_number);
  REQUIRE(notes.size() == 2);
  CHECK(to_string(notes[0].code) == "page-furniture");
  CHECK(notes[0].where == "Work Plan \u2013 Page 1 of 2");

  // One page: a bare number ending it is its page number.
  std::string one = "a line\n3\n";
  Findings n2;
  auto m2 = find_furniture(split_lines(one), n2);
  CHECK(m2[1] == Furniture::page_number);
}

TEST_CASE("layout_text: a footer that names its page mid-line is furniture where most pages end in it") {
  // A helper's finding: "Work Plan - Page 1 of 2 - DRAFT", the number no longer ending the footer, was read as the
  // table's text, a directive cut and a section made of it.
  std::string input = "text\nWork Plan \u2013 Page 1 of 2 - DRAFT\n\fmore\nWork Plan \u2013 Page 2 of 2 - DRAFT\n";
  Findings notes;
  auto marks = find_furniture(split_lines(input), notes);
  CHECK(marks[1] == Furniture::page_number);
  CHECK(marks[3] == Furniture::page_number);
  CHECK(notes.size() == 2);
  // On one page of two only, or naming no page: the text's.
  std::string once = "text\nWork Plan \u2013 Page 1 of 2 - DRAFT\n\fmore\nlast line\n";
  Findings n2;
  auto m2 = find_furniture(split_lines(once), n2);
  CHECK(m2[1] == Furniture::none);
  // Mid-page, where a viewer's copy puts a footer among the columns' blocks: likewise.
  std::string mid = "a\nb\nWork Plan \u2013 Page 1 of 2 - DRAFT\nc\nd\n\fe\nf\nPage 2 of 2 - DRAFT\ng\nh\n";
  Findings n4;
  auto m4 = find_furniture(split_lines(mid), n4);
  CHECK(m4[2] == Furniture::none);  // "Page 2 of 2 - DRAFT" has other words: not the same footer
  CHECK(m4[7] == Furniture::none);
  std::string mid_same =
      "a\nb\nWork Plan \u2013 Page 1 of 2 - DRAFT\nc\nd\n\fe\nf\nWork Plan \u2013 Page 2 of 2 - DRAFT\ng\nh\n";
  Findings n5;
  auto m5 = find_furniture(split_lines(mid_same), n5);
  CHECK(m5[2] == Furniture::page_number);
  CHECK(m5[7] == Furniture::page_number);
  std::string no_page = "text\nHold 2 drills in Ports 1 and 2\n\fmore\nHold 3 drills in Ports 1 and 2\n";
  Findings n3;
  auto m3 = find_furniture(split_lines(no_page), n3);
  CHECK(m3[1] == Furniture::none);
  CHECK(m3[3] == Furniture::none);
}

TEST_CASE("layout_text: a running header with a year or a document number is furniture on half the pages") {
  // A new user's PDFs: "MSEG Work Plan 2006" and "2006/TPTWG27/MSEG/003" on every page were read as plan text
  // (a directive, a priority, an action that took a tag), where headers without digits were removed.
  std::string input = "MSEG Work Plan 2006\nrow one\n(Australia/September 2006)\n\f"
                      "MSEG Work Plan 2006\nrow two\n(Australia/September 2006)\n\f"
                      "MSEG Work Plan 2006\nrow three\nlast line\n\f"
                      "MSEG Work Plan 2006\nrow four\nanother line\n";
  Findings notes;
  const auto lines = split_lines(input);
  auto marks = find_furniture(lines, notes);
  std::size_t headers = 0, tags = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].text.find("MSEG Work Plan 2006") != std::string_view::npos && marks[i] == Furniture::running) ++headers;
    if (lines[i].text.find("(Australia/") != std::string_view::npos && marks[i] == Furniture::none) ++tags;
  }
  CHECK(headers == 4);
  CHECK(tags == 2);  // a cell's line at the foot of two of four pages: not more than half, not furniture
  // Nor three feet of eight pages.
  std::string eight;
  for (int p = 0; p < 8; ++p)
    eight += std::string(p ? "\f" : "") + "row " + std::to_string(p) + "\n" +
             (p < 3 ? "(Australia/September 2006)\n" : "text " + std::to_string(p) + " here\n");
  Findings n8;
  auto m8 = find_furniture(split_lines(eight), n8);
  for (std::size_t i = 0; i < m8.size(); ++i) CHECK(m8[i] == Furniture::none);
  // A tag alone on its line at the foot of both pages of a two-page plan stays the plan's (a review's finding).
  std::string two = "row one\n(US/September 2006)\n\frow two\n(US/September 2006)\n";
  Findings n2;
  auto m2 = find_furniture(split_lines(two), n2);
  for (std::size_t i = 0; i < m2.size(); ++i) CHECK(m2[i] == Furniture::none);
  // Beside a footer an extractor put mid-page, the document number above it is furniture too.
  std::string blocks = "a\nb\n2006/TPTWG27/MSEG/003\nWork Plan \u2013 Page 1 of 2\nc\n\f"
                       "d\n2006/TPTWG27/MSEG/003\nWork Plan \u2013 Page 2 of 2\ne\n";
  Findings nb;
  auto mb = find_furniture(split_lines(blocks), nb);
  CHECK(mb[2] == Furniture::running);
  CHECK(mb[3] == Furniture::page_number);
  CHECK(mb[4] == Furniture::none);
}

TEST_CASE("layout_text: a line without digits is furniture on more than half the pages, a tag on all of them") {
  // A new user's six-page plan: "(Chinese Taipei/TBD)" ended two pages, just above the footer, and was removed
  // from both actions as a running footer (a line without digits needed two pages).
  std::string six;
  for (int p = 0; p < 6; ++p)
    six += std::string(p ? "\f" : "") + "Work Plan Draft\nrow " + std::to_string(p) + " text\n" +
           (p == 1 || p == 4 ? "(Chinese Taipei/TBD)\n" : "text here " + std::to_string(p) + "\n") + "Footer line\n";
  Findings notes;
  const auto lines = split_lines(six);
  auto marks = find_furniture(lines, notes);
  std::size_t running = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].text == "(Chinese Taipei/TBD)") CHECK(marks[i] == Furniture::none);
    if ((lines[i].text == "Work Plan Draft" || lines[i].text == "Footer line") && marks[i] == Furniture::running)
      ++running;
  }
  CHECK(running == 12);  // the real header and footer, on every page
  // A line without digits on half the pages is not enough.
  std::string half;
  for (int p = 0; p < 4; ++p)
    half += std::string(p ? "\f" : "") + "row " + std::to_string(p) + "\n" + (p < 2 ? "Shared closing words\n" : "other\n");
  Findings nh;
  auto mh = find_furniture(split_lines(half), nh);
  for (auto m : mh) CHECK(m == Furniture::none);
  // Unless it stands on every other page: Word's odd and even footers (a review's finding).
  std::string odd_even;
  for (int p = 0; p < 4; ++p)
    odd_even += std::string(p ? "\f" : "") + "row " + std::to_string(p) + "\n" +
                (p % 2 == 0 ? "Maritime Security Work Plan\n" : "Transportation Working Group\n");
  Findings no;
  const auto lines_oe = split_lines(odd_even);
  auto moe = find_furniture(lines_oe, no);
  for (std::size_t i = 0; i < lines_oe.size(); ++i)
    if (!lines_oe[i].text.starts_with("row")) CHECK(moe[i] == Furniture::running);
}

namespace {

// Checks that find_furniture marks as running exactly the lines of `input` that hold `needle`, one note each, and
// returns how many there are.
std::size_t running_lines_holding(const std::string& input, std::string_view needle) {
  Findings notes;
  const auto lines = split_lines(input);
  const auto marks = find_furniture(lines, notes);
  std::size_t found = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const bool holds = lines[i].text.find(needle) != std::string_view::npos;
    CHECK(marks[i] == (holds ? Furniture::running : Furniture::none));
    found += holds ? 1 : 0;
  }
  CHECK(notes.size() == found);
  return found;
}

}  // namespace

TEST_CASE("layout_text: a short word at an edge of every page is furniture, a cell's short line is not") {
  // A helper's finding: a centred "DRAFT" footer was read as a priority and cut the action it stood in; as a
  // header it was the plan's title (shorter than the 8 characters a running line needed).
  // In capitals on two pages (the second form feed, pdftotext's after the last page, opens no page with text);
  // a capital first will do on three.
  for (const char* mark : {"DRAFT", "Annex B", "Draft 2"}) {
    CAPTURE(std::string(mark));
    const std::string m = std::string("                     ") + mark + "\n";
    std::vector<std::string> inputs = {m + "row one   cell\nmore  text\n\f" + m + "row two   cell\nlast  text\n" + "\f" +
                                       m + "row three cell\n"};
    if (std::string_view(mark) == "DRAFT")
      inputs.push_back("row one   cell\nmore  text\n" + m + "\frow two   cell\nlast  text\n" + m + "\f");
    for (const std::string& input : inputs) CHECK(running_lines_holding(input, mark) >= 2);
  }
  // Not on every page, or a cell's short last line with a tag's or a sentence's marks, or in lower case: the text's.
  // Nor, on two pages, a word with lower case, an economy or a deadline: a Lead or Timeline cell's last line (a
  // review's finding: "Chair" and "Ongoing" removed from both actions).
  for (const char* line : {"2008)", "ports.", "ongoing", "Ports,", "(Chile", "Chair", "Ongoing", "Japan", "PERU"}) {
    CAPTURE(std::string(line));
    Findings notes;
    const auto marks = find_furniture(
        split_lines(std::string("row one   cell\n") + line + "\n\frow two   cell\n" + line + "\n\f"), notes);
    for (auto m : marks) CHECK(m == Furniture::none);
  }
  Findings notes;
  const auto marks =
      find_furniture(split_lines("row one   cell\nDRAFT\n\frow two   cell\nDRAFT\n\frow three  cell\nend\n"), notes);
  for (auto m : marks) CHECK(m == Furniture::none);
}

TEST_CASE("layout_text: a running header in two parts, first on every page, is furniture, the column row is not") {
  // A new user's finding: pdftotext -layout of a Word header "MEG-SEC Work Plan 2007 – DRAFT<tab><tab>12 March
  // 2007" was read into the plan's cells (two runs: taken for a table row).
  CHECK(running_lines_holding("MEG-SEC Work Plan 2007 \u2013 DRAFT            12 March 2007\nrow one    cell\n\f"
                              "MEG-SEC Work Plan 2007 \u2013 DRAFT        12 March 2007\nrow two    cell\n\f"
                              "MEG-SEC Work Plan 2007 \u2013 DRAFT              12 March 2007\nrow three  cell\n\f",
                              "DRAFT") == 3);
  // The column-name row first on every page is the readers' to take out, not furniture; nor a first line that
  // differs between pages.
  std::string columns = "Directives     Priorities     Action Items\nrow one\n\f"
                        "Directives     Priorities     Action Items\nrow two\n";
  Findings nc;
  for (auto m : find_furniture(split_lines(columns), nc)) CHECK(m == Furniture::none);
  // Names that score nothing, three runs, first on every page (page 1 too): a column row still (a review's).
  std::string plain = "Leaders' Instructions     Focus Areas     Tasks\nrow one\n\f"
                      "Leaders' Instructions     Focus Areas     Tasks\nrow two\n";
  Findings np;
  for (auto m : find_furniture(split_lines(plain), np)) CHECK(m == Furniture::none);
  std::string differ = "Left part      right 1\nrow one\n\fLeft part      right 2\nrow two\n";
  Findings nd;
  for (auto m : find_furniture(split_lines(differ), nd)) CHECK(m == Furniture::none);
}

TEST_CASE("layout_text: a browser's footer in two parts, last on every page, is furniture though its page number differs") {
  // Helper 75's finding: pdftotext -layout of a page Chromium printed ends each page with its address at the left
  // and "1/3" at the right, the spacing as the number's width falls: read as a directive "file:///.../plan.html"
  // and "1/3" glued into an action.
  CHECK(running_lines_holding("row one    cell\nfile:///tmp/plan.html            1/3\n\f"
                              "row two    cell\nfile:///tmp/plan.html                 2/3\n\f"
                              "row three  cell\nfile:///tmp/plan.html         3/3\n",
                              "file:") == 3);
  // A first line is a header only the same but for its spacing: its digits may be a table's.
  std::string firsts = "Step 1      of the plan\nrow one\n\fStep 2      of the plan\nrow two\n";
  Findings nf;
  for (auto m : find_furniture(split_lines(firsts), nf)) CHECK(m == Furniture::none);
  // Nor two pages' last lines of cells that differ in their years alone: only a page count may (a review's finding).
  std::string years = "row one\n(Ministerial Statement 2004)      (US/September 2006)\n\f"
                      "row two\n(Ministerial Statement 2005)    (US/September 2007)\n";
  Findings ny;
  for (auto m : find_furniture(split_lines(years), ny)) CHECK(m == Furniture::none);
  // Nor is a last line that differs in more than digits.
  std::string differ = "row one\nLeft part      right\n\frow two\nLeft part      left\n";
  Findings nd;
  for (auto m : find_furniture(split_lines(differ), nd)) CHECK(m == Furniture::none);
}

namespace {

// The texts of the lines of `input` that find_furniture marks, in order.
std::vector<std::string> furniture_of(const std::string& input) {
  Findings notes;
  const auto lines = split_lines(input);
  const auto marks = find_furniture(lines, notes);
  std::vector<std::string> marked;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (marks[i] != Furniture::none) marked.emplace_back(lines[i].text);
  CHECK(notes.size() == marked.size());
  return marked;
}

using Texts = std::vector<std::string>;

}  // namespace

TEST_CASE("layout_text: a footer pdftotext put mid-page is furniture where it repeats as a footer does") {
  // A new user's finding: pdftotext without -layout puts a page's footer where its block falls, between two
  // columns' blocks; "Page 1", "1" and "2006/TPTWG27/MSEG/003" were read as priorities, actions moved, exit 0.
  const auto pages = [](std::string_view one, std::string_view two) {
    return fmt::format("Directives\nrow one\n\n{}\n\nAction Items\ncell a\ncell b\n\f"
                       "more\nstill more\n\n{}\n\ncell c\ncell d\ncell e\n", one, two);
  };
  CHECK(furniture_of(pages("Page 1", "Page 2")) == Texts{"Page 1", "Page 2"});
  CHECK(furniture_of(pages("- 1 -", "- 2 -")) == Texts{"- 1 -", "- 2 -"});
  CHECK(furniture_of(pages("1", "2")) == Texts{"1", "2"});
  CHECK(furniture_of(pages("2006/TPTWG27/MSEG/003", "2006/TPTWG27/MSEG/003")) ==
        Texts{"2006/TPTWG27/MSEG/003", "2006/TPTWG27/MSEG/003"});
  // Not a page's own number: a cell's.
  CHECK(furniture_of(pages("Page 2", "Page 1")).empty());
  // On one page of two only: not most pages.
  CHECK(furniture_of(pages("Page 1", "cell f")).empty());
  CHECK(furniture_of(pages("2006/TPTWG27/MSEG/003", "cell f")).empty());
  // A bare number on a page where another line is one too: a No. column's row numbers.
  CHECK(furniture_of("No.\nTasks\n1\nrow one\n3\nrow three\nmore\nmore\n\fx\ny\n2\nrow two\n4\nrow four\nend\nend\n").empty());
  CHECK(furniture_of("No.\nTasks\n1\nrow one\nrow three\nmore\nmore\n\fx\ny\n2\nrow two\nrow four\nend\nend\n") == Texts{"1", "2"});
  // A line with digits twice on a page, or a tag or citation on every page, or a clause's end: a cell's.
  CHECK(furniture_of(pages("Ministerial Statement 2005", "Ministerial Statement 2005\nMinisterial Statement 2005")).empty());
  CHECK(furniture_of(pages("Lead Economies/2008)", "Lead Economies/2008)")).empty());
  CHECK(furniture_of(pages("to be reported by 2008,", "to be reported by 2008,")).empty());
  // Nor a cell's short line once on each page (a review's finding: a Timeline's "2011-2012", a wrapped tag's
  // "Indonesia/2012"), nor a running title mid-page, which only a page's edge tells from a cell's line.
  CHECK(furniture_of(pages("2011-2012", "2011-2012")).empty());
  CHECK(furniture_of(pages("Indonesia/2012", "Indonesia/2012")).empty());
  CHECK(furniture_of(pages("MSEG Work Plan 2006", "MSEG Work Plan 2006")).empty());
  // Without page breaks (a viewer's copy), "Page N" lines numbered one after another; not a cell's "Page 2" alone,
  // nor numbers out of order.
  CHECK(furniture_of("row one\nPage 1\nrow two\nPage 2\nrow three\nPage 3\nend\n") == Texts{"Page 1", "Page 2", "Page 3"});
  CHECK(furniture_of("row one\nsee\nPage 2\nrow two\nend\n").empty());
  CHECK(furniture_of("row one\nPage 2\nrow two\nPage 5\nend\n").empty());
  CHECK(page_number_of("Work Plan \u2013 Page 3 of 7") == 3u);
  CHECK(page_number_of("- 12 -") == 12u);
  CHECK_FALSE(page_number_of("2015"));
}

TEST_CASE("layout_text: paren_depth counts parentheses in order, never below zero, over every block size") {
  // The byte-at-a-time rule it must equal, on lines of every length across the 16-byte blocks and the tail.
  const auto slow = [](std::string_view s, int depth) {
    for (char c : s) {
      if (c == '(') ++depth;
      if (c == ')' && depth > 0) --depth;
    }
    return depth;
  };
  std::uint32_t seed = 12345;
  for (int round = 0; round < 2000; ++round) {
    std::string line;
    const std::size_t size = round % 70;
    for (std::size_t k = 0; k < size; ++k) {
      seed = seed * 1103515245u + 12345u;
      const char pick[] = {'(', ')', 'a', ' ', '/', '\xC2'};
      line.push_back(pick[(seed >> 16) % 6]);
    }
    for (int depth : {0, 1, 3}) CHECK(paren_depth(line, depth) == slow(line, depth));
  }
  CHECK(paren_depth(")))(((", 0) == 3);
  CHECK(paren_depth("(Japan/2008)", 0) == 0);
  CHECK(paren_depth("no parentheses in this line at all, longer than sixteen bytes", 2) == 2);
}

TEST_CASE("layout_text: char_count counts code points over every block size") {
  std::string line;
  std::size_t chars = 0;
  for (int k = 0; k < 40; ++k) {
    CHECK(char_count(line) == chars);
    line += k % 3 == 0 ? "\u2013" : k % 3 == 1 ? "a" : "\u00E9";  // three, one and two bytes
    ++chars;
  }
  CHECK(char_count("") == 0);
  CHECK(char_count("Viet Nam/October 2008") == 21);
}

TEST_CASE("layout_text: a footer that dates its second part, and a page over the page count, are furniture") {
  // A helper's findings: "Work Plan – Page 1 of 2   12 March 2007" (two parts, the count in the first) and "1/2"
  // were read into the table, at a page's foot and mid-page alike (a viewer's copy puts footers among the blocks).
  const auto marks_of = [](const std::string& text) {
    Findings notes;
    return find_furniture(split_lines(text), notes);
  };
  const std::string footer = "Work Plan \u2013 Page 1 of 2   12 March 2007";
  const std::string footer2 = "Work Plan \u2013 Page 2 of 2   12 March 2007";
  auto foot = marks_of("a\nb\n" + footer + "\n\fc\nd\n" + footer2 + "\n");
  CHECK(foot[2] != Furniture::none);
  CHECK(foot[5] != Furniture::none);
  auto mid = marks_of("a\n" + footer + "\nb\nc\n\fd\n" + footer2 + "\ne\nf\n");
  CHECK(mid[1] == Furniture::page_number);
  CHECK(mid[5] == Furniture::page_number);
  // Three runs is a row of columns, not a footer.
  CHECK(marks_of("a\nb\nx  Page 1 of 2  y\nc\nd\n\fe\nf\nx  Page 2 of 2  y\ng\nh\n")[2] == Furniture::none);
  auto slash = marks_of("a\nb\nc\n1/2\n\fd\ne\nf\n2/2\n");
  CHECK(slash[3] == Furniture::page_number);
  CHECK(slash[7] == Furniture::page_number);
  auto slash_mid = marks_of("a\n1/2\nb\nc\nd\n\fe\nf\n2/2\ng\nh\n");
  CHECK(slash_mid[1] == Furniture::page_number);
  CHECK(slash_mid[7] == Furniture::page_number);
  // A cell's "6/7" ending a page is no page over the count.
  CHECK(marks_of("a\nb\nc\n6/7\n\fd\ne\nf\ng\n")[3] == Furniture::none);
}
