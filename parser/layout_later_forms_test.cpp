#include "layout_later_forms.hpp"

#include <doctest/doctest.h>

using namespace mseg;
using namespace mseg::layout;

TEST_CASE("layout_later_forms: a part heading starts with Part and a letter or number") {
  CHECK(starts_part_heading("Part A. Directives \u2013 Maritime"));
  CHECK(starts_part_heading("Part B: Directives"));
  CHECK(starts_part_heading("PART 2 Tasks"));
  // A word in lower case after the label is a directive's sentence (a review's finding: a row of its own).
  CHECK_FALSE(starts_part_heading("Part A of the ISPS Code asks the Working"));
  CHECK_FALSE(starts_part_heading("Particularly in developing economies"));
  CHECK_FALSE(starts_part_heading("part of the work"));  // a word, not a part's letter or number
  CHECK_FALSE(starts_part_heading("1A. Ministers"));
}

TEST_CASE("layout_later_forms: an action ends after its lead clause where the next line's first word fitted") {
  // The actions column of tests/forms/later-forms-plan.layout.txt, 30 characters wide, as paragraphs_of joins it.
  const std::vector<Paragraph> joined{{"Hold a regional workshop on", "port facility security",
                                       "assessments by March 2011.", "Lead: Canada, United States", "and Thailand",
                                       "Compile the results of the", "ISPS Code implementation",
                                       "survey. Co-leads: Korea,", "Peru and Chile", "Develop a model port"}};
  Findings notes;
  auto split = split_after_lead_clauses(joined, 30, &notes);
  REQUIRE(split.size() == 4);
  CHECK(split[0].back() == "and Thailand");                 // "and": lower case, the clause goes on
  CHECK(split[1].front() == "Compile the results of the");  // "Compile" fits after "and Thailand"
  CHECK(split[1].back() == "survey. Co-leads: Korea,");     // "Peru" fits: a line ended by hand
  CHECK(split[2] == Paragraph{"Peru and Chile"});            // the clause's owners, which the assembler joins
  CHECK(split[3] == Paragraph{"Develop a model port"});
  CHECK(notes.empty());
  // Without a width nothing is split.
  CHECK(split_after_lead_clauses(joined, 0).size() == 1);
}

TEST_CASE("layout_later_forms: a keyword at a line's end takes the next line as owner, a capital too wide is noted") {
  Findings notes;
  auto split = split_after_lead_clauses(
      {{"than 30 June 2011. Lead:", "Chair", "Brief the group"}, {"March 2011. Lead: Project", "Overseer"}}, 30,
      &notes);
  REQUIRE(split.size() == 3);
  // "Chair" would fit, but the clause had no owner yet.
  CHECK(split[0] == Paragraph{"than 30 June 2011. Lead:", "Chair"});
  CHECK(split[1] == Paragraph{"Brief the group"});
  CHECK(split[2] == Paragraph{"March 2011. Lead: Project", "Overseer"});
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].code == DiagnosticCode::layout_inferred);
  CHECK(notes[0].where == "Overseer");
  CHECK(notes[0].message.find("'Overseer' would not have fitted after 'March 2011. Lead: Project'") !=
        std::string::npos);
  // A paragraph with no lead clause is left whole: other capitals go on as the wrapping rules read them.
  CHECK(split_after_lead_clauses({{"Share the Asia", "Pacific results"}}, 30).size() == 1);
}

TEST_CASE("layout_later_forms: a keyword inside a tag wrapped over lines is the tag's, not a clause") {
  // samples/meg-sec-workplan-2007.txt's tags, wrapped as pdftotext -layout wraps them (34 characters).
  Findings notes;
  const std::vector<Paragraph> tag{{"Hold a workshop (Pilot Project \u2013", "Lead Economies: MSEG Chair, New",
                                    "Zealand/December 2007)", "Share the results"}};
  CHECK(split_after_lead_clauses(tag, 34, &notes) == tag);
  CHECK(notes.empty());
  // A dash at a wrapped line's start inside a tag starts a paragraph (a bullet), still inside the tag.
  const std::vector<Paragraph> dash{{"a working group. (Workshop"}, {"\u2013 Lead Economies: Papua New", "Guinea, Peru/2008)"}};
  CHECK(split_after_lead_clauses(dash, 34, &notes) == dash);
  CHECK(notes.empty());
  // After the tag closes, a clause is read again.
  auto split = split_after_lead_clauses(
      {{"Hold a workshop (Chile/2011).", "Lead: Chile", "Share the results"}}, 34, &notes);
  CHECK(split.size() == 2);
  CHECK(notes.empty());
}

TEST_CASE("layout_later_forms: a clause ending in a whole economy's name ends the action, the next word no name") {
  // A helper's finding: "... industry. Lead: Peru" filled its line, so "Develop" would not have fitted after it,
  // and the next action was read as the owner "Peru Develop a survey ... (Thailand". A two-word name wrapped
  // ("Lead: Viet" / "Nam") goes on.
  CHECK(new_action_after_owner("with industry. Lead: Peru", "Develop a survey of ship security"));
  CHECK(new_action_after_owner("Lead: Canada, United States", "Compile the results"));
  CHECK_FALSE(new_action_after_owner("March 2011. Lead: Viet", "Nam, Chinese Taipei and Malaysia"));
  CHECK_FALSE(new_action_after_owner("Lead: Canada and New", "Zealand"));
  CHECK_FALSE(new_action_after_owner("March 2011. Lead: Project", "Overseer"));  // no economy: a guess as before
  // A name that goes on past the economy's (a second review's finding: "Coast Guard Develop ..." an action).
  CHECK_FALSE(new_action_after_owner("drills. Lead: Japan", "Coast Guard"));
  CHECK_FALSE(new_action_after_owner("drills. Lead: Hong Kong", "China"));
  CHECK_FALSE(new_action_after_owner("drills. Lead: Japan", "Korea and Chile"));
  CHECK_FALSE(new_action_after_owner("drills. Lead: Japan", "Coast Guard in cooperation with IMO"));
  // An action whose first words are all capitalised (a third review's finding: read as the owner's name).
  CHECK(new_action_after_owner("in 2011. Lead: Indonesia", "Conduct ISPS Code Implementation Assistance visits"));
  // An owner's name going on with a verb's word (a fourth review's finding), and a verb before a word in lower
  // case after any owner.
  CHECK_FALSE(new_action_after_owner("region in 2011. Lead: Japan, APEC Policy", "Support Unit"));
  CHECK_FALSE(new_action_after_owner("Lead: Australia and the APEC", "Study Centres Consortium"));
  CHECK_FALSE(new_action_after_owner("results in the MSEG Annual", "Report 2011 (Japan/2011)"));
  CHECK(new_action_after_owner("partners. Lead: MSEG Chair", "Train the port staff (Peru/2012)"));
  Findings notes;
  auto split = split_after_lead_clauses({{"Share practices with the", "shipping industry. Lead: Peru",
                                          "Develop a survey of ship security", "alerts. (Thailand/November 2011)"}},
                                        30, &notes);
  REQUIRE(split.size() == 2);
  CHECK(split[1].front() == "Develop a survey of ship security");
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].where == "Develop a survey of ship security");
  CHECK(notes[0].message.find("read as a new action") == 0);
}
