#include <doctest/doctest.h>

#include <string>

#include "lead_tag.hpp"
#include "tag.hpp"

using namespace mseg;

namespace {

// "role=R | owners=A [economy], B | collaborators=C | deadline-kind 'text'" for one line.
std::string describe(const Tag& tag) {
  std::string out = "role=" + tag.role.value_or("-") + " | owners=";
  for (std::size_t i = 0; i < tag.owners.size(); ++i) {
    if (i) out += ", ";
    out += tag.owners[i].name;
    out += tag.owners[i].economy ? " [economy]" : " [not economy]";
  }
  if (!tag.collaborators.empty()) {
    out += " | collaborators=";
    for (std::size_t i = 0; i < tag.collaborators.size(); ++i) out += (i ? ", " : "") + tag.collaborators[i];
  }
  if (!tag.deadline.text.empty()) out += std::string(" | ") + to_string(tag.deadline.kind) + " '" + tag.deadline.text + "'";
  return out;
}

std::string lead(std::string_view paragraph) {
  Findings findings;
  auto l = read_lead_clause(paragraph, findings);
  if (!l) return "none";
  CHECK(l->clause.data() >= paragraph.data());  // views the paragraph
  CHECK(l->tag.text == std::string(l->clause));
  return "'" + std::string(l->clause) + "' " + describe(l->tag);
}

std::string tag(std::string_view group) {
  Findings findings;
  auto t = read_tag(group, findings);
  return t ? describe(*t) : "not a tag";
}

}  // namespace

TEST_CASE("lead clause: the keyword, its owners and the clause's extent") {
  CHECK(lead("Develop port security guidelines. Lead: Canada, United States and Thailand") ==
        "'Lead: Canada, United States and Thailand' role=Lead | owners=Canada [economy], United States [economy], "
        "Thailand [economy]");
  CHECK(lead("Hold a workshop. Lead Economy: Japan.") == "'Lead Economy: Japan' role=Lead Economy | owners=Japan [economy]");
  CHECK(lead("Survey the ports Leads: Chile; Peru") == "'Leads: Chile; Peru' role=Leads | owners=Chile [economy], Peru [economy]");
  CHECK(lead("Share results. Co-leads: Korea and the Chair") ==
        "'Co-leads: Korea and the Chair' role=Co-leads | owners=Korea [economy], the Chair [not economy]");
  CHECK(lead("Report. Lead economies: Australia, Hong Kong, China") ==
        "'Lead economies: Australia, Hong Kong, China' role=Lead economies | owners=Australia [economy], Hong Kong, "
        "China [economy]");
  // An economy and its agency (a helper's finding: "Hong Kong, China" lost, the owner "Marine Department").
  CHECK(lead("Survey. Lead: Hong Kong, China: Marine Department") ==
        "'Lead: Hong Kong, China: Marine Department' role=Lead | owners=Hong Kong, China: Marine Department [economy]");
  // A deadline after '/' is read as a tag's is.
  CHECK(lead("Run the exercise. Lead: Singapore/2013") == "'Lead: Singapore/2013' role=Lead | owners=Singapore [economy] | year '2013'");
}

TEST_CASE("lead clause: a field or a sentence after the owners ends them") {
  // A helper's finding: "Lead: Japan; Timeline: 2009" had the owner "2009", "Lead: Korea. Deadline: March 2009" the
  // owner "March 2009", "Lead: Peru (2010)" the owner "Peru (2010)", unsaid.
  const auto with_rest = [](std::string_view paragraph) {
    Findings findings;
    auto l = read_lead_clause(paragraph, findings);
    REQUIRE(l);
    return "'" + std::string(l->clause) + "' " + describe(l->tag) + " | rest '" + std::string(l->rest) + "'";
  };
  CHECK(with_rest("Develop guidelines. Lead: Japan; Timeline: 2009") ==
        "'Lead: Japan; Timeline: 2009' role=Lead | owners=Japan [economy] | year '2009' | rest ''");
  CHECK(with_rest("Hold a workshop. Lead: Korea. Deadline: March 2009.") ==
        "'Lead: Korea. Deadline: March 2009' role=Lead | owners=Korea [economy] | month 'March 2009' | rest ''");
  CHECK(with_rest("Review drills. Lead: Peru (2010)") ==
        "'Lead: Peru (2010)' role=Lead | owners=Peru [economy] | year '2010' | rest ''");
  CHECK(with_rest("Audit. Lead: Chile; Status: ongoing") ==
        "'Lead: Chile' role=Lead | owners=Chile [economy] | rest 'Status: ongoing'");
  CHECK(with_rest("Train. Lead: Japan. Completed.") == "'Lead: Japan' role=Lead | owners=Japan [economy] | rest 'Completed.'");
  CHECK(with_rest("Share. Leads: Korea, Peru; Target date: TPTWG 33; Status: done.") ==
        "'Leads: Korea, Peru; Target date: TPTWG 33' role=Leads | owners=Korea [economy], Peru [economy] | meeting "
        "'TPTWG 33' | rest 'Status: done.'");
  // Not a field: owners joined by ';', an abbreviation's full stop, a parenthesis that is no deadline.
  CHECK(with_rest("Survey the ports Leads: Chile; Peru") ==
        "'Leads: Chile; Peru' role=Leads | owners=Chile [economy], Peru [economy] | rest ''");
  CHECK(with_rest("Survey. Lead: U.S. Coast Guard") == "'Lead: U.S. Coast Guard' role=Lead | owners=U.S. Coast Guard [not economy] | rest ''");
  CHECK(with_rest("Survey. Lead: Capt. Lee, Singapore") ==
        "'Lead: Capt. Lee, Singapore' role=Lead | owners=Capt. Lee [not economy], Singapore [economy] | rest ''");
  CHECK(with_rest("Survey. Lead: Japan (JCG)") == "'Lead: Japan (JCG)' role=Lead | owners=Japan (JCG) [economy] | rest ''");
  // A review's findings: a sentence after a deadline's field, a marker in it or after the owners, a field that is
  // no deadline under a label that may be one, a name's abbreviations.
  CHECK(with_rest("Act. Lead: Japan; Timeline: 2009. Completed.") ==
        "'Lead: Japan; Timeline: 2009' role=Lead | owners=Japan [economy] | year '2009' | rest 'Completed.'");
  CHECK(with_rest("Act. Lead: Japan; Target: developing economies") ==
        "'Lead: Japan' role=Lead | owners=Japan [economy] | rest 'Target: developing economies'");
  CHECK(with_rest("Act. Lead: Assoc. Prof. Lee, Singapore") ==
        "'Lead: Assoc. Prof. Lee, Singapore' role=Lead | owners=Assoc. Prof. Lee [not economy], Singapore [economy] | "
        "rest ''");
  for (const char* text : {"Act. Lead: Japan; Timeline: 2009 (TBC)", "Act. Lead: Japan. TBC"}) {
    CAPTURE(text);
    Findings none;
    auto marked = read_lead_clause(text, none);
    REQUIRE(marked);
    CHECK(marked->tag.tentative);
    CHECK(marked->rest.empty());
    CHECK(marked->tag.owners.at(0).name == "Japan");
    CHECK(none.empty());
  }
  // An unknown deadline in its field is said.
  Findings findings;
  auto l = read_lead_clause("Survey. Lead: Japan; Timeline: sometime", findings);
  REQUIRE(l);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == DiagnosticCode::unknown_deadline);
  CHECK(findings[0].where == "sometime");
}

TEST_CASE("lead clause: what is not one") {
  CHECK(lead("Develop guidelines (Canada/2008)") == "none");
  CHECK(lead("Mislead: nobody") == "none");                 // not at a word's start
  CHECK(lead("Leadership: a workshop on it") == "none");    // "Leadership" is not the keyword
  CHECK(lead("Hold a meeting (Lead: Japan/2009)") == "none");  // inside parentheses: read_tag's
  CHECK(lead("Lead:") == "none");                           // no owner
}

TEST_CASE("lead clause: wrapped lines go on after ',', '&' and 'and'") {
  CHECK(lead_clause_continues("Lead: Canada, United States,"));
  CHECK(lead_clause_continues("Lead: Canada and"));
  CHECK(lead_clause_continues("Lead: Canada &"));
  CHECK_FALSE(lead_clause_continues("Lead: Canada and Thailand"));
  CHECK_FALSE(lead_clause_continues("Lead: Brand"));
}

TEST_CASE("tag: collaborators and owners that are not economies") {
  CHECK(tag("(Japan (in collaboration with the IMO)/2009)") ==
        "role=- | owners=Japan [economy] | collaborators=IMO | year '2009'");
  CHECK(tag("(Chair (with APEC Secretariat support)/ongoing)") ==
        "role=- | owners=Chair [not economy] | collaborators=APEC Secretariat | ongoing 'ongoing'");
  CHECK(tag("(Peru (in cooperation with ICAO and the WCO)/2010)") ==
        "role=- | owners=Peru [economy] | collaborators=ICAO, WCO | year '2010'");
  // A group's acronym stays whole ('&' inside a word); "with" joins groups.
  CHECK(tag("(I&ITSEG with LEG, MEG, AEG/2012)") ==
        "role=- | owners=I&ITSEG [not economy], LEG [not economy], MEG [not economy], AEG [not economy] | year '2012'");
  CHECK(tag("(Project Overseer/March 2013)") == "role=- | owners=Project Overseer [not economy] | month 'March 2013'");
  CHECK(tag("(MEG-SEC/TPTWG 36)") == "role=- | owners=MEG-SEC [not economy] | meeting 'TPTWG 36'");
  // An ordinary parenthesis stays the owner's: "Japan (JCG)" names Japan.
  CHECK(tag("(Japan (JCG)/2009)") == "role=- | owners=Japan (JCG) [economy] | year '2009'");
  // The helpers named after the owners without a parenthesis of their own (a helper's findings: "supported by
  // Korea" was an owner and no economy; "in collaboration with" was split at "with" into two owners).
  CHECK(tag("(Japan, supported by Korea and Chile/2008)") ==
        "role=- | owners=Japan [economy] | collaborators=Korea, Chile | year '2008'");
  CHECK(tag("(Japan, in collaboration with the IMO/2008)") ==
        "role=- | owners=Japan [economy] | collaborators=IMO | year '2008'");
  CHECK(tag("(Japan in cooperation with Korea/2008)") ==
        "role=- | owners=Japan [economy] | collaborators=Korea | year '2008'");
  // "Japan lead" is Japan, the word kept as written.
  CHECK(tag("(Japan lead, Korea/2008)") == "role=- | owners=Japan lead [economy], Korea [economy] | year '2008'");
  // So are "Japan-led" and "led by Japan", and abbreviated names (a helper's findings: no economy).
  CHECK(tag("(Japan-led/2008)") == "role=- | owners=Japan-led [economy] | year '2008'");
  CHECK(tag("(Led by Chile/2008)") == "role=- | owners=Led by Chile [economy] | year '2008'");
  CHECK(tag("(Rep. of Korea, P.R. China, Russian Fed./2008)") ==
        "role=- | owners=Rep. of Korea [economy], P.R. China [economy], Russian Fed. [economy] | year '2008'");
  CHECK(tag("(Misled/2008)") == "role=- | owners=Misled [not economy] | year '2008'");
}

TEST_CASE("lead clause: a lead and a co-lead one after the other are one tag of both") {
  // A review's finding: the last keyword alone was read, "Lead: Australia;" left in the action's words and
  // Australia lost from its owners, unsaid.
  CHECK(lead("Training Matrix. Lead: Australia; Co-lead: Japan; Timeline: 2009") ==
        "'Lead: Australia; Co-lead: Japan; Timeline: 2009' role=Lead | owners=Australia [economy], Japan [economy] | "
        "year '2009'");
  CHECK(lead("Training Matrix. Lead: Australia. Co-lead: Japan") ==
        "'Lead: Australia. Co-lead: Japan' role=Lead | owners=Australia [economy], Japan [economy]");
  CHECK(lead("Training Matrix. Lead: Australia (TBC), Co-leads: Japan and Korea") ==
        "'Lead: Australia (TBC), Co-leads: Japan and Korea' role=Lead | owners=Australia [economy], Japan [economy], "
        "Korea [economy]");
  // The first keyword's helpers are the tag's too.
  CHECK(lead("Survey. Lead: Australia (in collaboration with the IMO); Co-lead: Japan") ==
        "'Lead: Australia (in collaboration with the IMO); Co-lead: Japan' role=Lead | owners=Australia [economy], "
        "Japan [economy] | collaborators=IMO");
  // Words between them that are more than owners: the last keyword alone, as before.
  CHECK(lead("Lead: Australia; Status: ongoing; Co-lead: Japan") ==
        "'Co-lead: Japan' role=Co-lead | owners=Japan [economy]");
  // In a tag, a role's words before an economy after the first colon: the economy, named as written.
  CHECK(tag("(Lead: Australia; Co-lead: Japan/2009)") ==
        "role=Lead | owners=Australia [economy], Co-lead: Japan [economy] | year '2009'");
}

TEST_CASE("lead clause: any number of keywords chain, and the owners are checked as a tag's are") {
  // A review's findings: with three keywords the Lead was lost; "Lead: Phillipines" drew no warning.
  CHECK(lead("Training Matrix. Lead: Australia; Co-lead: Japan; Co-lead: Korea; Timeline: 2009") ==
        "'Lead: Australia; Co-lead: Japan; Co-lead: Korea; Timeline: 2009' role=Lead | owners=Australia [economy], "
        "Japan [economy], Korea [economy] | year '2009'");
  Findings findings;
  REQUIRE(read_lead_clause("Training Matrix. Lead: Australia; Co-lead: Phillipines; Timeline: 2009", findings));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == DiagnosticCode::misspelled_economy);
  CHECK(findings[0].where == "Phillipines");
  findings.clear();
  REQUIRE(read_lead_clause("Training Matrix. Lead: Canada\u00B9, Japan; Co-lead: Korea", findings));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == DiagnosticCode::owner_mark);
  // "Timeline: 2008-09" may be two years, as in a tag (a review's finding: unsaid); and economies a dash joins.
  findings.clear();
  REQUIRE(read_lead_clause("Training Matrix. Lead: Japan-Korea; Timeline: 2008-09", findings));
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].code == DiagnosticCode::owner_dash);
  CHECK(findings[1].code == DiagnosticCode::ambiguous_date);
  CHECK(findings[1].where == "2008-09");
}

TEST_CASE("lead clause: the words that label a field or are a lead keyword") {
  for (const char* words : {"Deadline", "timeline", "Target date", "Status", "Lead", "Co-leads", "Lead Economy"}) {
    CAPTURE(words);
    CHECK(field_or_role_label(words));
  }
  for (const char* words : {"Japan", "Australia", "Secretariat", "Leader", "Lead Japan"}) {
    CAPTURE(words);
    CHECK_FALSE(field_or_role_label(words));
  }
}
