#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "base/ascii.hpp"
#include "tag.hpp"

using mseg::Findings;
using mseg::read_tag;
using mseg::split_tag_group;
using mseg::TagPiece;

namespace {

// The whole reading of a tag in one line, so each case is one comparison:
// "label=L | role=R | owners=A [Canonical], B | tentative | month 2006-09-01..2006-09-30 'September 2006'".
std::string describe(const mseg::Tag& tag) {
  std::string out;
  if (tag.label) out += "label=" + *tag.label + " | ";
  if (tag.role) out += "role=" + *tag.role + " | ";
  out += "owners=";
  for (std::size_t i = 0; i < tag.owners.size(); ++i) {
    const auto& o = tag.owners[i];
    if (i) out += ", ";
    out += o.name;
    if (o.canonical) out += " [" + *o.canonical + "]";
    if (o.economy != o.canonical.has_value()) out += " (economy flag wrong!)";
  }
  if (tag.tentative) out += " | tentative";
  out += " | ";
  out += mseg::to_string(tag.deadline.kind);
  if (tag.deadline.start) out += " " + mseg::to_string(*tag.deadline.start) + ".." + mseg::to_string(*tag.deadline.end);
  out += " '" + tag.deadline.text + "'";
  return out;
}

// Reads `group` as found inside a longer text, checking that the tag keeps
// the group as written and that every finding points into the group. The
// text is gone on return, so callers must not look at the findings' `where`.
std::string read(std::string_view group, Findings& findings) {
  const std::string text = "Do something. " + std::string(group) + " More text.";
  const std::string_view view = std::string_view(text).substr(14, group.size());
  const std::size_t before = findings.size();
  const auto tag = read_tag(view, findings);
  for (std::size_t i = before; i < findings.size(); ++i) {
    CHECK(findings[i].where.data() >= view.data());
    CHECK(findings[i].where.data() + findings[i].where.size() <= view.data() + view.size());
  }
  if (!tag) return "not a tag";
  CHECK(tag->text == group);
  CHECK(tag->span.length == 0);
  return describe(*tag);
}

std::string read(std::string_view group) {
  Findings findings;
  const std::string out = read(group, findings);
  for (const auto& f : findings) FAIL_CHECK("unexpected finding " << to_string(f.code) << ": " << f.message);
  return out;
}

// Where a finding points, as an offset into `group` (read_tag called on group itself).
struct Located {
  std::string code;
  std::string message;
  std::size_t offset;
  std::string where;
};

Located only_finding(std::string_view group) {
  Findings findings;
  read_tag(group, findings);
  REQUIRE(findings.size() == 1);
  const auto& f = findings.front();
  CHECK(info(f.code).severity == mseg::Severity::warning);
  return {std::string(to_string(f.code)), f.message, static_cast<std::size_t>(f.where.data() - group.data()), std::string(f.where)};
}

}  // namespace

TEST_CASE("tag: the forms in the samples") {
  CHECK(read("(MSEG Secretariat/ September 2006)") ==
        "owners=MSEG Secretariat | month 2006-09-01..2006-09-30 'September 2006'");
  CHECK(read("(Lead Economies: Australia, Canada, Japan, US/September 2006)") ==
        "role=Lead Economies | owners=Australia [Australia], Canada [Canada], Japan [Japan], US [United States]"
        " | month 2006-09-01..2006-09-30 'September 2006'");
  CHECK(read("(Singapore (to be confirmed) /September 2006)") ==
        "owners=Singapore [Singapore] | tentative | month 2006-09-01..2006-09-30 'September 2006'");
  CHECK(read("(MSEG Secretariat/ongoing)") == "owners=MSEG Secretariat | ongoing 'ongoing'");
  CHECK(read("(Australia/Ongoing)") == "owners=Australia [Australia] | ongoing 'Ongoing'");
  CHECK(read("(Lead Economies /March 2008)") == "owners=Lead Economies | month 2008-03-01..2008-03-31 'March 2008'");
  CHECK(read("(Pilot Project \u2013 Australia/October 2007)") ==
        "label=Pilot Project | owners=Australia [Australia] | month 2007-10-01..2007-10-31 'October 2007'");
  CHECK(read("(Phase 3 - Chair/ICIAP Coordinator/March 2008)") ==
        "label=Phase 3 | owners=Chair, ICIAP Coordinator | month 2008-03-01..2008-03-31 'March 2008'");
  CHECK(read("(Questionnaire \u2013 Singapore/Oct 2007)") ==
        "label=Questionnaire | owners=Singapore [Singapore] | month 2007-10-01..2007-10-31 'Oct 2007'");
  CHECK(read("(Manual \u2013 Singapore/March 2008)") ==
        "label=Manual | owners=Singapore [Singapore] | month 2008-03-01..2008-03-31 'March 2008'");
  CHECK(read("(MEG-SEC/March 2008)") == "owners=MEG-SEC | month 2008-03-01..2008-03-31 'March 2008'");
  CHECK(read("(Chair/March 2008)") == "owners=Chair | month 2008-03-01..2008-03-31 'March 2008'");
  CHECK(read("(MSEG Chair/September 2006)") == "owners=MSEG Chair | month 2006-09-01..2006-09-30 'September 2006'");
  CHECK(read("(MSEG members/ September 2006)") ==
        "owners=MSEG members | month 2006-09-01..2006-09-30 'September 2006'");
  CHECK(read("(MSEG/ongoing)") == "owners=MSEG | ongoing 'ongoing'");
  CHECK(read("(US/September 2006)") ==
        "owners=US [United States] | month 2006-09-01..2006-09-30 'September 2006'");
  CHECK(read("(MEG-SEC/ongoing)") == "owners=MEG-SEC | ongoing 'ongoing'");
  CHECK(read("(Chair/Ongoing)") == "owners=Chair | ongoing 'Ongoing'");
}

TEST_CASE("tag: '.' where '/' belongs, after a '/'") {
  Findings findings;
  CHECK(read("(Canada/Secretariat. September 2006)", findings) ==
        "owners=Canada [Canada], Secretariat | month 2006-09-01..2006-09-30 'September 2006'");
  CHECK(findings.size() == 1);

  const std::string_view group = "(Canada/Secretariat. September 2006)";
  const Located f = only_finding(group);
  CHECK(f.code == "tag-separator");
  CHECK(f.message == "'.' separates owner from deadline; expected '/'");
  CHECK(f.offset == group.find('.'));
  CHECK(f.where == ".");
}

TEST_CASE("tag: a separator other than '/' before a recognised deadline") {
  Findings findings;
  CHECK(read("(Australia, September 2006)", findings) ==
        "owners=Australia [Australia] | month 2006-09-01..2006-09-30 'September 2006'");
  CHECK(read("(Australia; ongoing)", findings) == "owners=Australia [Australia] | ongoing 'ongoing'");
  CHECK(read("(Japan. TBC)", findings) == "owners=Japan [Japan] | tbd 'TBC'");
  // The earliest separator wins, so the date keeps its own comma.
  CHECK(read("(Australia, July 1, 2009)", findings) ==
        "owners=Australia [Australia] | date 2009-07-01..2009-07-01 'July 1, 2009'");
  CHECK(read("(Australia, Canada, Sept. 2006)", findings) ==
        "owners=Australia [Australia], Canada [Canada] | month 2006-09-01..2006-09-30 'Sept. 2006'");
  CHECK(read("(Pilot \u2013 Australia, Q3 2009)", findings) ==
        "label=Pilot | owners=Australia [Australia] | quarter 2009-07-01..2009-09-30 'Q3 2009'");
  CHECK(findings.size() == 6);
  for (const auto& f : findings) CHECK(to_string(f.code) == "tag-separator");

  const std::string_view dashed = "(Australia - March 2008)";
  const Located f = only_finding(dashed);
  CHECK(f.code == "tag-separator");
  CHECK(f.message == "'-' separates owner from deadline; expected '/'");
  CHECK(f.offset == dashed.find('-'));

  const std::string_view en = "(Australia \u2013 March 2008)";
  CHECK(only_finding(en).message == "'\u2013' separates owner from deadline; expected '/'");
  CHECK(only_finding(en).where == "\u2013");
  CHECK(only_finding("(Chair; March 2008)").where == ";");
}

TEST_CASE("tag: groups that are not tags") {
  for (const std::string group : {"(ISPS Code)", "(IMO)", "()", "(  )", "(Bogor Goal)", "(Ministerial Statement 2004)",
                            "(Leaders\u2019 Statement, 2005)", "(September 2006)", "(, September 2006)",
                            "(Australia September 2006)", "(see para 3, soon)", "(STAR)", "(WCO)"}) {
    CAPTURE(group);
    Findings findings;
    CHECK(read(group, findings) == "not a tag");
    CHECK(findings.empty());
  }
}

TEST_CASE("tag: owners") {
  CHECK(read("(Hong Kong, China and Japan/Q3 2009)") ==
        "owners=Hong Kong, China [Hong Kong, China], Japan [Japan] | quarter 2009-07-01..2009-09-30 'Q3 2009'");
  CHECK(read("(Japan, Hong Kong, China/2010)") ==
        "owners=Japan [Japan], Hong Kong, China [Hong Kong, China] | year 2010-01-01..2010-12-31 '2010'");
  CHECK(read("(Australia & Japan/2010)") ==
        "owners=Australia [Australia], Japan [Japan] | year 2010-01-01..2010-12-31 '2010'");
  CHECK(read("(R&D Team/2010)") == "owners=R&D Team | year 2010-01-01..2010-12-31 '2010'");
  CHECK(read("(Canada, and the US/2010)") ==
        "owners=Canada [Canada], the US [United States] | year 2010-01-01..2010-12-31 '2010'");
  CHECK(read("(Thailand and Viet Nam/2010)") ==
        "owners=Thailand [Thailand], Viet Nam [Viet Nam] | year 2010-01-01..2010-12-31 '2010'");
  CHECK(read("(Japan (JCG)/2010)") == "owners=Japan (JCG) [Japan] | year 2010-01-01..2010-12-31 '2010'");
  CHECK(read("(/2010)") == "owners= | year 2010-01-01..2010-12-31 '2010'");
  CHECK(read("( , ,/2010)") == "owners= | year 2010-01-01..2010-12-31 '2010'");
  CHECK(read("(MSEG\n   Secretariat/ September\n2006)") ==
        "owners=MSEG Secretariat | month 2006-09-01..2006-09-30 'September 2006'");
  CHECK(read("(Korea, Republic of/2010)") ==
        "owners=Korea, Republic of [Republic of Korea] | year 2010-01-01..2010-12-31 '2010'");
  CHECK(read("(U.S./Mid-2009)") == "owners=U.S. [United States] | part 2009-05-01..2009-08-31 'Mid-2009'");
  CHECK(read("(Lead: /2010)") == "role=Lead | owners= | year 2010-01-01..2010-12-31 '2010'");
}

TEST_CASE("tag: 'and/or' joins two owners") {
  // A helper's finding: "(Japan and/or Korea/2008)" had the owners "Japan and" and "or Korea", neither an economy.
  CHECK(read("(Japan and/or Korea/2008)") ==
        "owners=Japan [Japan], Korea [Republic of Korea] | year 2008-01-01..2008-12-31 '2008'");
  CHECK(read("(Chile AND/OR Peru/2008)") == "owners=Chile [Chile], Peru [Peru] | year 2008-01-01..2008-12-31 '2008'");
  CHECK(read("(Sand/Oregon/2008)") == "owners=Sand, Oregon | year 2008-01-01..2008-12-31 '2008'");  // no word
  // Its '/' is no owner/deadline '/' either: no deadline "or Korea" (a review's finding).
  Findings findings;
  auto both = read_tag("(Japan and/or Korea)", findings);
  CHECK((!both || both->deadline.text.empty()));
}

TEST_CASE("tag: tentative owners") {
  CHECK(read("(Viet Nam, TBC/2010)") ==
        "owners=Viet Nam [Viet Nam] | tentative | year 2010-01-01..2010-12-31 '2010'");
  CHECK(read("(Singapore TBC/2010)") ==
        "owners=Singapore [Singapore] | tentative | year 2010-01-01..2010-12-31 '2010'");
  CHECK(read("(Singapore,tbc/2010)") ==
        "owners=Singapore [Singapore] | tentative | year 2010-01-01..2010-12-31 '2010'");
  CHECK(read("(Singapore (TBC), Japan/2010)") ==
        "owners=Singapore [Singapore], Japan [Japan] | tentative | year 2010-01-01..2010-12-31 '2010'");
  CHECK(read("(Japan, Peru to be confirmed/2010)") ==
        "owners=Japan [Japan], Peru [Peru] | tentative | year 2010-01-01..2010-12-31 '2010'");
  CHECK(read("(to be confirmed/2010)") == "owners= | tentative | year 2010-01-01..2010-12-31 '2010'");
  // "tentative" is such a marker too (a helper's finding: not tentative, the owner "Japan (tentative)").
  CHECK(read("(Japan (tentative)/2008)") ==
        "owners=Japan [Japan] | tentative | year 2008-01-01..2008-12-31 '2008'");
  CHECK(read("(Peru tentatively/2009)") == "owners=Peru [Peru] | tentative | year 2009-01-01..2009-12-31 '2009'");
  // A marker glued to a word is part of the word.
  CHECK(read("(XTBC/2010)") == "owners=XTBC | year 2010-01-01..2010-12-31 '2010'");
  CHECK(read("(Nontentative/2010)") == "owners=Nontentative | year 2010-01-01..2010-12-31 '2010'");
  // A tentative deadline.
  CHECK(read("(Australia/March 2008 (TBC))") ==
        "owners=Australia [Australia] | tentative | month 2008-03-01..2008-03-31 'March 2008'");
  // "TBC" alone as the deadline is a deadline to be decided, not a tentative owner.
  CHECK(read("(Australia/TBC)") == "owners=Australia [Australia] | tbd 'TBC'");
  // ... but after a deadline of its own '/', it makes that deadline tentative; it was "March 2008" as an owner.
  CHECK(read("(Japan/March 2008/TBC)") ==
        "owners=Japan [Japan] | tentative | month 2008-03-01..2008-03-31 'March 2008'");
  CHECK(read("(Japan, Peru/2010/to be confirmed)") ==
        "owners=Japan [Japan], Peru [Peru] | tentative | year 2010-01-01..2010-12-31 '2010'");
  // An owner before the marker stays an owner, the marker the deadline.
  CHECK(read("(Japan/Peru/TBC)") == "owners=Japan [Japan], Peru [Peru] | tbd 'TBC'");
}

TEST_CASE("tag: a date written with '/' is the deadline, read as far as its numbers tell") {
  // Read by the last '/' alone, "15" and "09" were owners and the deadline the year 2008, with no word said.
  // 15 is no month: the 15th of September, with nothing to warn about.
  Findings findings;
  CHECK(read("(Australia/15/09/2008)", findings) ==
        "owners=Australia [Australia] | date 2008-09-15..2008-09-15 '15/09/2008'");
  CHECK(findings.empty());
  CHECK(read("(US/09/15/2008)") == "owners=US [United States] | date 2008-09-15..2008-09-15 '09/15/2008'");
  CHECK(read("(Korea/2008/2009)") == "owners=Korea [Republic of Korea] | range 2008-01-01..2009-12-31 '2008/2009'");
  CHECK(read("(US, Japan/09/2008)") == "owners=US [United States], Japan [Japan] | month 2008-09-01..2008-09-30 '09/2008'");
  // Both readings are days: the deadline covers both, and a warning says so where the date is.
  const std::string_view both = "(Japan/05/09/2008)";
  findings.clear();
  CHECK(read(both, findings) == "owners=Japan [Japan] | range 2008-05-09..2008-09-05 '05/09/2008'");
  REQUIRE(findings.size() == 1);
  CHECK(to_string(findings[0].code) == "ambiguous-date");
  CHECK(findings[0].message == "'05/09/2008' is a day read day-first or month-first: write the month in words; the "
                               "deadline was read as 2008-05-09 to 2008-09-05");
  // Where it points: read on the group itself, whose text outlives the findings (read() frees its copy).
  const Located amb = only_finding(both);
  CHECK(amb.where == "05/09/2008");
  CHECK(amb.offset == both.find("05"));
  // With dots: the day, where the '.' was read as the owner's separator ("30.06" an owner, the deadline 2009).
  findings.clear();
  CHECK(read("(Japan/30.06.2009)", findings) == "owners=Japan [Japan] | date 2009-06-30..2009-06-30 '30.06.2009'");
  CHECK(findings.empty());
  findings.clear();
  CHECK(read("(Japan. 30.06.2009)", findings) == "owners=Japan [Japan] | date 2009-06-30..2009-06-30 '30.06.2009'");
  REQUIRE(findings.size() == 1);
  CHECK(to_string(findings[0].code) == "tag-separator");
  CHECK(read("(Japan/1.7.2009)") == "owners=Japan [Japan] | date 2009-07-01..2009-07-01 '1.7.2009'");
  // Numbers that make no day either way: unknown, and said why.
  findings.clear();
  CHECK(read("(Peru/31/02/2008)", findings) == "owners=Peru [Peru] | unknown '31/02/2008'");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "unknown deadline form '31/02/2008': no day read day-first or month-first; write the "
                               "month in words, e.g. '15 September 2008'");
  // With a marker after it (a review's finding: the numbers were owners again).
  CHECK(read("(Chile/15/09/2008/TBC)") == "owners=Chile [Chile] | tentative | date 2008-09-15..2008-09-15 '15/09/2008'");
  // A range or a preposition of such dates is read whole (a review: "by 05" and "2008 - 07" were owners), and
  // the ambiguous day in it is said, where it stands.
  CHECK(read("(Japan/05/09/2008 - 07/09/2008)", findings) ==
        "owners=Japan [Japan] | range 2008-05-09..2008-09-07 '05/09/2008 - 07/09/2008'");
  CHECK(read("(Japan/15/09/2008 - 17/09/2008)") ==
        "owners=Japan [Japan] | range 2008-09-15..2008-09-17 '15/09/2008 - 17/09/2008'");
  findings.clear();
  CHECK(read("(Japan/by 05/09/2008)", findings) == "owners=Japan [Japan] | range 2008-05-09..2008-09-05 'by 05/09/2008'");
  CHECK(only_finding("(Japan/05/09/2008/TBC)").where == "05/09/2008");  // not the marker
  // No owner before a date: none is made of its numbers.
  findings.clear();
  CHECK(read("(05/09/2008)", findings) == "owners= | range 2008-05-09..2008-09-05 '05/09/2008'");
  // Numbers before a named owner, or before a deadline in words, are not the deadline's.
  CHECK(read("(Japan/Group 7/2008)") == "owners=Japan [Japan], Group 7 | year 2008-01-01..2008-12-31 '2008'");
  CHECK(read("(Group 7/Japan/2008)") == "owners=Group 7, Japan [Japan] | year 2008-01-01..2008-12-31 '2008'");
  findings.clear();
  CHECK(read("(Australia/2008/March 2009)", findings) ==
        "owners=Australia [Australia], 2008 | month 2009-03-01..2009-03-31 'March 2009'");
  REQUIRE(findings.size() == 1);  // an owner named like a year: said so
  CHECK(to_string(findings[0].code) == "owner-like-deadline");
  // A month's name alone, any case, as docs/validate.md says (a docs check's finding: no warning); not a word
  // that only starts like one.
  for (const char* group : {"(Japan/September/October 2007)", "(september/March 2008)"}) {
    CAPTURE(group);
    const Located at = only_finding(group);
    CHECK(at.code == "owner-like-deadline");
    CHECK(mseg::ascii::iequals(at.where, "September"));
  }
  // Its short form, or a quarter's or a half's (a helper's finding: "(Japan/Sept/Oct 2008)" gave owner Sept and
  // October, unsaid).
  for (const auto& [group, owner] : std::vector<std::pair<const char*, const char*>>{
           {"(Japan/Sept/Oct 2008)", "Sept"}, {"(Japan/Jan/Feb 2009)", "Jan"}, {"(Japan/Q3/Q4 2008)", "Q3"},
           {"(Japan/h1/H2 2009)", "h1"}}) {
    CAPTURE(group);
    const Located at = only_finding(group);
    CHECK(at.code == "owner-like-deadline");
    CHECK(at.where == owner);
  }
  findings.clear();
  CHECK(read("(Marchmont Group/2008)", findings) == "owners=Marchmont Group | year 2008-01-01..2008-12-31 '2008'");
  CHECK(findings.empty());
  CHECK(read("(Q5, H3/2008)", findings) == "owners=Q5, H3 | year 2008-01-01..2008-12-31 '2008'");
  CHECK(findings.empty());
}

TEST_CASE("tag: a '/' inside a deadline in words is a space, said where it stands") {
  // Read by the last '/' alone, "15" and "September" were owners (a new user's finding, exit 0).
  Findings findings;
  CHECK(read("(Korea/15/September 2008)", findings) ==
        "owners=Korea [Republic of Korea] | date 2008-09-15..2008-09-15 '15/September 2008'");
  REQUIRE(findings.size() == 1);
  CHECK(to_string(findings[0].code) == "tag-separator");
  CHECK(findings[0].message == "'/' inside the deadline '15/September 2008', read as 15 September 2008; expected a space");
  REQUIRE(findings[0].fix);
  CHECK(findings[0].fix->text == " ");
  const std::string_view group = "(Japan/September/2008)";
  const Located at = only_finding(group);
  CHECK(at.where == "/");
  CHECK(at.offset == group.rfind('/'));
  CHECK(read("(Japan/September/2008)", findings) ==
        "owners=Japan [Japan] | month 2008-09-01..2008-09-30 'September/2008'");
  CHECK(read("(Japan/15/March 2008/TBC)", findings) ==
        "owners=Japan [Japan] | tentative | date 2008-03-15..2008-03-15 '15/March 2008'");
  // A day with a '.' after it is a date as written in much of Europe: no owner "15", nothing to warn about.
  findings.clear();
  CHECK(read("(Korea/15.September 2008)", findings) ==
        "owners=Korea [Republic of Korea] | date 2008-09-15..2008-09-15 '15.September 2008'");
  CHECK(findings.empty());
  // A word that is no month or day keeps its owner.
  CHECK(read("(Japan/Group 7/September 2008)") ==
        "owners=Japan [Japan], Group 7 | month 2008-09-01..2008-09-30 'September 2008'");
  CHECK(read("(Japan/Mayor/2008)") == "owners=Japan [Japan], Mayor | year 2008-01-01..2008-12-31 '2008'");
  // A review's findings: an owner that ends in a number is let go of, a part at a time; a day with its ending,
  // a month with its '.', a range of them, a marker after.
  findings.clear();
  CHECK(read("(G20/15/September 2008)", findings) == "owners=G20 | date 2008-09-15..2008-09-15 '15/September 2008'");
  CHECK(read("(Group 7/May/2008)", findings) == "owners=Group 7 | month 2008-05-01..2008-05-31 'May/2008'");
  CHECK(read("(Japan/15th/September 2008)", findings) ==
        "owners=Japan [Japan] | date 2008-09-15..2008-09-15 '15th/September 2008'");
  CHECK(read("(Japan/15/Sept./2008)", findings) == "owners=Japan [Japan] | date 2008-09-15..2008-09-15 '15/Sept./2008'");
  CHECK(read("(Japan/Dec/2008 - Mar/2009)", findings) ==
        "owners=Japan [Japan] | range 2008-12-01..2009-03-31 'Dec/2008 - Mar/2009'");
  CHECK(read("(Japan/15/September 2008 (TBC))", findings) ==
        "owners=Japan [Japan] | tentative | date 2008-09-15..2008-09-15 '15/September 2008'");
  // With no owner, mending the '/' would leave no tag: not a safe fix.
  findings.clear();
  CHECK(read("(September/2008)", findings) == "owners= | month 2008-09-01..2008-09-30 'September/2008'");
  REQUIRE(findings.size() == 1);
  REQUIRE(findings[0].fix);
  CHECK_FALSE(findings[0].fix->safe);
  findings.clear();
  CHECK(read("(Japan/ 15 / September 2008)", findings) ==
        "owners=Japan [Japan] | date 2008-09-15..2008-09-15 '15 / September 2008'");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "'/' inside the deadline '15 / September 2008', read as 15 September 2008; expected a space");
}

TEST_CASE("tag: deadlines of every kind") {
  CHECK(read("(Chair/TPTWG 32)") == "owners=Chair | meeting 'TPTWG 32'");
  CHECK(read("(Japan/TPTWG 31, 2008)") == "owners=Japan [Japan] | meeting 2008-01-01..2008-12-31 'TPTWG 31, 2008'");
  CHECK(read("(Chinese Taipei/SOM III, 2010)") ==
        "owners=Chinese Taipei [Chinese Taipei] | meeting 2010-01-01..2010-12-31 'SOM III, 2010'");
  CHECK(read("(Chair/next MEG-SEC meeting)") == "owners=Chair | meeting 'next MEG-SEC meeting'");
  CHECK(read("(Chair/March\u2013April 2010)") ==
        "owners=Chair | range 2010-03-01..2010-04-30 'March\u2013April 2010'");
  CHECK(read("(Chair/2009-2010)") == "owners=Chair | range 2009-01-01..2010-12-31 '2009-2010'");
  CHECK(read("(Chair/end of 2009)") == "owners=Chair | part 2009-12-01..2009-12-31 'end of 2009'");
  CHECK(read("(Chair/1 July 2009)") == "owners=Chair | date 2009-07-01..2009-07-01 '1 July 2009'");
  CHECK(read("(Chair/to be determined)") == "owners=Chair | tbd 'to be determined'");
}

TEST_CASE("tag: unknown deadlines") {
  Findings findings;
  CHECK(read("(USA/soonish)", findings) == "owners=USA [United States] | unknown 'soonish'");
  REQUIRE(findings.size() == 1);
  CHECK(to_string(findings[0].code) == "unknown-deadline");
  CHECK(findings[0].message == "unknown deadline form 'soonish'");

  const std::string_view group = "(USA/ soonish )";
  const Located f = only_finding(group);
  CHECK(f.offset == group.find('s'));
  CHECK(f.where == "soonish");

  const std::string_view empty = "(USA/ )";
  const Located g = only_finding(empty);
  CHECK(g.code == "unknown-deadline");
  CHECK(g.message == "missing deadline after '/'");
  CHECK(g.offset == empty.find('/'));

  CHECK(only_finding("(Chair/sometime in 2009)").message == "unknown deadline form 'sometime in 2009'");
  // A secretariat's "completed": a state, not a time; said so, with what to write (a new user's finding).
  CHECK(only_finding("(Japan/completed)").message ==
        "unknown deadline form 'completed': it says the action is done, not by when; mseg reads deadlines only: give "
        "the month it was due or done ('Japan/March 2009'), or leave the action out of the next plan");
  CHECK(only_finding("(Chair/Done)").message.find("it says the action is done") != std::string::npos);
  // A long deadline is quoted in part, cut at a whole character.
  const std::string long_text = "(Chair/" + std::string(59, 'x') + "\u00e9" + std::string(100, 'y') + ")";
  const Located h = only_finding(long_text);
  CHECK(h.message == "unknown deadline form '" + std::string(59, 'x') + "\u2026'");
  CHECK(h.where.size() == 161);
}

// Findings of one tag: code, severity, what they point at, and the fix.
std::vector<std::string> findings_of(std::string_view group) {
  Findings findings;
  read_tag(group, findings);
  std::vector<std::string> out;
  for (const auto& f : findings) {
    std::string line = std::string(to_string(f.code)) + " " + to_string(info(f.code).severity) + " @'" + std::string(f.where) + "': " + f.message;
    if (f.fix) line += " | fix '" + std::string(f.fix->where) + "' -> '" + f.fix->text + "'";
    out.push_back(line);
  }
  return out;
}

TEST_CASE("tag: damaged deadlines are reported for what they are, with the fix when there is one") {
  CHECK(findings_of("(US/Marhc 2008)") ==
        std::vector<std::string>{"misspelled-month warning @'Marhc': unknown deadline form 'Marhc 2008': "
                                 "did you mean \"March\"? | fix 'Marhc' -> 'March'"});
  CHECK(findings_of("(US/Jule 2008)") ==
        std::vector<std::string>{"misspelled-month warning @'Jule': unknown deadline form 'Jule 2008': "
                                 "did you mean \"June\" or \"July\"?"});  // two months as close: no fix
  CHECK(findings_of("(Chair/31 February 2008)") ==
        std::vector<std::string>{"invalid-date error @'31 February 2008': '31 February 2008' is not a date: "
                                 "February 2008 has 29 days"});
  CHECK(findings_of("(Chair, 31 February 2008)") ==
        std::vector<std::string>{
            "tag-separator warning @',': '(Chair, 31 February 2008)' looks like a tag with ',' where '/' belongs"
            " | fix ', ' -> '/'",
            "invalid-date error @'31 February 2008': '31 February 2008' is not a date: February 2008 has 29 days"});
  Findings findings;
  CHECK(read("(Chair, 31 February 2008)", findings) == "owners=Chair | unknown '31 February 2008'");
  CHECK(findings_of("(Canada/Secretariat, Marhc 2008)") ==
        std::vector<std::string>{"tag-separator warning @',': ',' separates owner from deadline; expected '/' | fix ', ' -> '/'",
                                 "misspelled-month warning @'Marhc': unknown deadline form 'Marhc 2008': did you "
                                 "mean \"March\"? | fix 'Marhc' -> 'March'"});
  // The separator's fix takes the spaces around it: "Secretariat. September" -> "Secretariat/September".
  CHECK(findings_of("(Canada/Secretariat. September 2006)") ==
        std::vector<std::string>{"tag-separator warning @'.': '.' separates owner from deadline; expected '/' | fix '. ' -> '/'"});
  // Ordinary parenthesised text with a comma stays text.
  CHECK(findings_of("(see Annex B, Marhc)").empty());
  // A new user's findings: the '.' that ends "U.S." is the abbreviation's, and the fix puts '/' after it (it wrote
  // "(U.S/March 2008)"); a backslash is a slash typed the wrong way.
  CHECK(read("(U.S. March 2008)", findings) == "owners=U.S. [United States] | month 2008-03-01..2008-03-31 'March 2008'");
  CHECK(findings_of("(U.S. March 2008)") ==
        std::vector<std::string>{"tag-separator warning @' ': no '/' between owner and deadline after 'U.S.'; "
                                 "expected '/' | fix ' ' -> '/'"});
  CHECK(findings_of("(Japan, U.S.A. 2009)") ==
        std::vector<std::string>{"tag-separator warning @' ': no '/' between owner and deadline after 'Japan, U.S.A.'; "
                                 "expected '/' | fix ' ' -> '/'"});
  CHECK(findings_of("(U.S.March 2008)") ==
        std::vector<std::string>{"tag-separator warning @'': no '/' between owner and deadline after 'U.S.'; "
                                 "expected '/' | fix '' -> '/'"});
  // A word owners' names shorten keeps its stop too ("(APEC Sec/March 2008)" was the fix); a stop after a name whole
  // is still the separator.
  CHECK(read("(APEC Sec. March 2008)", findings) == "owners=APEC Sec. | month 2008-03-01..2008-03-31 'March 2008'");
  CHECK(findings_of("(APEC Sec. March 2008)") ==
        std::vector<std::string>{"tag-separator warning @' ': no '/' between owner and deadline after 'APEC Sec.'; "
                                 "expected '/' | fix ' ' -> '/'"});
  CHECK(findings_of("(Dept. of Transport. March 2008)") ==
        std::vector<std::string>{"tag-separator warning @'.': '.' separates owner from deadline; expected '/' | fix '. ' -> '/'"});
  CHECK(findings_of("(Japan, Govt. 2009)").front().starts_with("tag-separator warning @' ': no '/' between owner and "
                                                              "deadline after 'Japan, Govt.'"));
  // Any case, and contractions (a review's finding: "Gov't", "SEC." lost their stop).
  CHECK(findings_of("(US Gov't. 2009)").front().starts_with("tag-separator warning @' ': no '/' between owner and "
                                                            "deadline after 'US Gov't.'"));
  CHECK(findings_of("(APEC SEC. 2009)").front().starts_with("tag-separator warning @' ': no '/' between owner and "
                                                            "deadline after 'APEC SEC.'"));
  CHECK(findings_of("(Japan. 2006)") ==
        std::vector<std::string>{"tag-separator warning @'.': '.' separates owner from deadline; expected '/' | fix '. ' -> '/'"});
  CHECK(read("(US\\March 2008)", findings) == "owners=US [United States] | month 2008-03-01..2008-03-31 'March 2008'");
  // Not beside a '/' (a review's finding: "(Japan/15\\09\\2008)" read an owner "15\\09", and its fix wrote it).
  CHECK(read("(Japan/15\\09\\2008)", findings).starts_with("owners=Japan [Japan] | unknown"));
  CHECK(read("(Japan/2008\\2009)", findings).starts_with("owners=Japan [Japan] |"));
  CHECK(findings_of("(US\\March 2008)") ==
        std::vector<std::string>{"tag-separator warning @'\\': '\\' separates owner from deadline; expected '/' | fix '\\' -> '/'"});
}

TEST_CASE("tag: nested and unbalanced parentheses") {
  CHECK(read("(Japan (Coast Guard/JCG)/2010)") ==
        "owners=Japan (Coast Guard/JCG) [Japan] | year 2010-01-01..2010-12-31 '2010'");
  // Unbalanced parentheses are ignored, so the '/' still separates.
  CHECK(read("(Singapore (to be confirmed /September 2006)") ==
        "owners=Singapore [Singapore] | tentative | month 2006-09-01..2006-09-30 'September 2006'");
  CHECK(read("(Chair) (Australia/2010)") == "owners=Chair) (Australia | year 2010-01-01..2010-12-31 '2010'");
  for (const std::string group : {"(", ")", "((((", "))))", "(/)", "(()/()", "(a/b)/c)", "(\u2013/\u2013)", "(- /-)",
                            "( - - - )", "(. , ; /)", "(and/and)", "(&/&)", "(tbc)", "(TBC/TBC)", "", "x",
                            "(\xff\xfe/\xe2\x80)"}) {
    CAPTURE(group);
    Findings findings;
    const auto tag = read_tag(group, findings);
    if (tag) CHECK(tag->text == group);
  }
}

TEST_CASE("tag: large groups read in linear time") {
  const std::size_t n = 100000;
  const std::string shapes[] = {
      "(" + std::string(n, 'a') + ")",
      "(" + std::string(n, '/') + ")",
      "(" + std::string(n, '.') + ")",
      "(" + std::string(n, ',') + "September 2006)",
      "(" + std::string(n, '(') + "/2010)",
      "(" + std::string(n, ')') + "/2010)",
      "(" + std::string(n / 2, '(') + std::string(n / 2, ')') + "/2010)",
      [&] {
        std::string s = "(";
        while (s.size() < n) s += "Hong Kong, China and Japan & US/";
        return s + "2010)";
      }(),
      [&] {
        std::string s = "(";
        while (s.size() < n) s += " - ";
        return s + ")";
      }(),
      [&] {
        std::string s = "(";
        while (s.size() < n) s += "to be confirmed ";
        return s + "/TBC TBC TBC)";
      }(),
      [&] {
        std::string s = "(Australia/";
        while (s.size() < n) s += "2009-";
        return s + ")";
      }(),
      [&] {
        std::string s = "(";
        while (s.size() < n) s += "a and ";
        return s + ", 2010)";
      }(),
  };
  for (const auto& group : shapes) {
    CAPTURE(group.substr(0, 40));
    Findings findings;
    const auto t0 = std::chrono::steady_clock::now();
    const auto tag = read_tag(group, findings);
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0);
    CHECK(ms.count() < 1000);  // quadratic work on 100k characters would take far longer
    for (const auto& f : findings) CHECK(f.message.size() < 200);
  }
}

TEST_CASE("tag: a group of several owner/deadline pairs splits into its tags, others stay whole") {
  std::vector<TagPiece> pieces;
  auto split = [&](std::string_view g) {
    std::string out;
    if (!split_tag_group(g, pieces)) return std::string("whole");
    for (const auto& p : pieces) out += "[" + std::string(p.text) + (p.deadline_only ? " +" : "") + "]";
    return out;
  };
  CHECK(split("(Australia/September 2008, Japan/December 2008)") == "[Australia/September 2008][Japan/December 2008]");
  CHECK(split("(US/2008 and Japan/2009; Peru/2010)") == "[US/2008][Japan/2009][Peru/2010]");
  CHECK(split("(Korea/March 2008, June 2008, September 2008)") == "[Korea/March 2008][June 2008 +][September 2008 +]");
  CHECK(split("(Australia, Japan/March 2008)") == "whole");        // owners before the '/'
  CHECK(split("(Japan/March 2008, TBC)") == "whole");              // a marker, not a deadline
  CHECK(split("(Canada/Secretariat, 31 February 2008)") == "whole");  // no deadline before the comma
  CHECK(split("(Japan/2008, 2009/2010)") == "whole");              // no owner after it
  // One deadline with a comma in it: a new user's finding, read as SOM III's tag and 2010's.
  CHECK(split("(Chinese Taipei/SOM III, 2010)") == "whole");
  CHECK(split("(Chile/SOM III, 2010, Peru/2011)") == "[Chile/SOM III, 2010][Peru/2011]");
  // The same of a numbered TPTWG meeting (a helper's finding: Japan's tag of TPTWG 31, and a second of 2008).
  CHECK(split("(Japan/TPTWG 31, 2008)") == "whole");
  CHECK(split("(Australia/March 2008)") == "whole");
  CHECK(split("(Chair & Secretariat/March 2008)") == "whole");
  CHECK(pieces.empty());
  // Hostile: a long run of joiners stays linear (each side is read only when short). Two tags: Japan's, and
  // 200,000 owners "x" due in 2009.
  std::string big = "(Japan/2008";
  for (int i = 0; i < 200000; ++i) big += ", x";
  big += "/2009)";
  REQUIRE(split_tag_group(big, pieces));
  REQUIRE(pieces.size() == 2);
  CHECK(pieces[0].text == "Japan/2008");
  CHECK(pieces[1].text.size() == big.size() - 2 - 12);
  std::string many = "(Korea/2008";
  for (int i = 0; i < 100000; ++i) many += ", 2009";
  many += ")";
  REQUIRE(split_tag_group(many, pieces));
  CHECK(pieces.size() == 100001);
}

namespace {
// The findings hold an owner-like-deadline warning and a tag-separator warning whose fix is not safe.
void check_owner_like_with_unsafe_fix(const Findings& findings) {
  bool separator = false, owner = false;
  for (const auto& f : findings) {
    if (to_string(f.code) == "tag-separator") {
      separator = true;
      REQUIRE(f.fix);
      CHECK_FALSE(f.fix->safe);
    }
    owner |= to_string(f.code) == "owner-like-deadline";
  }
  CHECK(separator);
  CHECK(owner);
}
}  // namespace

TEST_CASE("tag: a separator's fix that would write an owner named like a date is not safe") {
  // A new user's finding: --fix wrote "(Japan/September 2008/ongoing)", locking the misreading in.
  Findings findings;
  CHECK(read("(Japan/September 2008 - ongoing)", findings) ==
        "owners=Japan [Japan], September 2008 | ongoing 'ongoing'");
  check_owner_like_with_unsafe_fix(findings);
  // Without such an owner the fix stays safe.
  findings.clear();
  CHECK(read("(Canada/Secretariat. September 2006)", findings) ==
        "owners=Canada [Canada], Secretariat | month 2006-09-01..2006-09-30 'September 2006'");
  REQUIRE(findings.size() == 1);
  REQUIRE(findings[0].fix);
  CHECK(findings[0].fix->safe);
}

TEST_CASE("tag: an owner that is a misspelt deadline, a date's numbers or a month and a number is no safe fix") {
  // A new user's finding: --fix wrote "(Japan/Decmber 2008/February 2009)", "(Chile/Marhc 15/2008)" and
  // "(Australia/31.03/2008)", and the plan then validated clean with owners "Decmber 2008", "Marhc 15", "31.03".
  // ("(Australia/31.03.2008)" was one: it is 31 March 2008 now, a day written with dots.)
  for (const char* text : {"(Japan/Decmber 2008 \u2013 February 2009)", "(Korea/Marhc 2008, TBC)",
                           "(Chile/Marhc 15, 2008)", "(Australia/31.03, 2008)"}) {
    CAPTURE(text);
    Findings findings;
    REQUIRE(read_tag(text, findings));
    check_owner_like_with_unsafe_fix(findings);
  }
  // A misspelt month in such an owner is said where it stands, with its fix: the fix that mends the tag.
  Findings findings;
  REQUIRE(read_tag("(Japan/Decmber 2008 \u2013 February 2009)", findings));
  bool misspelt = false;
  for (const auto& f : findings)
    if (to_string(f.code) == "misspelled-month") {
      misspelt = true;
      CHECK(f.where == "Decmber");
      REQUIRE(f.fix);
      CHECK(f.fix->text == "December");
    }
  CHECK(misspelt);
  // Owners with numbers that are somebody stay owners, unwarned.
  for (const char* text : {"(G20/March 2008)", "(APEC 2010 Task Force/March 2008)", "(TPTWG 32 Chair/2009)",
                           "(Up to 3 economies that may volunteer/2009)", "(Group of 20 Many/2009)"}) {
    CAPTURE(text);
    findings.clear();
    REQUIRE(read_tag(text, findings));
    CHECK(findings.empty());
  }
}

TEST_CASE("tag: an owner's invisible characters and curly double quotes do not hide the economy") {
  // A new user's finding: "(Japan\u200B/March 2008)", pasted from a PDF, was an owner no --owner Japan found.
  CHECK(read("(Japan\u200B/March 2008)") == "owners=Japan [Japan] | month 2008-03-01..2008-03-31 'March 2008'");
  // And a direction mark a right-to-left edit leaves (a helper's finding: "Japan\u200E" was no economy).
  CHECK(read("(Japan\u200E/March 2008)") == "owners=Japan [Japan] | month 2008-03-01..2008-03-31 'March 2008'");
  // The embedding controls and isolates it may leave too (a review's finding).
  CHECK(read("(\u202BJapan\u202C/March 2008)") == "owners=Japan [Japan] | month 2008-03-01..2008-03-31 'March 2008'");
  CHECK(read("(\u2067Japan\u2069/March 2008)") == "owners=Japan [Japan] | month 2008-03-01..2008-03-31 'March 2008'");
  CHECK(read("(\u200BUnited States/March 2008)") ==
        "owners=United States [United States] | month 2008-03-01..2008-03-31 'March 2008'");
  CHECK(read("(United\u200BStates/March 2008)") ==
        "owners=United States [United States] | month 2008-03-01..2008-03-31 'March 2008'");
  CHECK(read("(\u201CAustralia\u201D/March 2008)") ==
        "owners=\u201CAustralia\u201D [Australia] | month 2008-03-01..2008-03-31 'March 2008'");
}

TEST_CASE("tag: a group citing a document number, or naming only numbers, with no deadline, is no tag") {
  // A new user's finding: "(see document 2008/TPTWG31/MEG-SEC/004)" gave owners "see document 2008", "TPTWG31".
  Findings findings;
  CHECK_FALSE(read_tag("(see document 2008/TPTWG31/MEG-SEC/004)", findings));
  CHECK_FALSE(read_tag("(2010/SOM3/SCE/010)", findings));
  CHECK_FALSE(read_tag("(12/15 economies responded)", findings));
  CHECK(findings.empty());  // what reading it found is let go with it
  // A deadline read keeps it a tag; so does an owner that is somebody.
  CHECK(read("(APEC/2008)") == "owners=APEC | year 2008-01-01..2008-12-31 '2008'");
  CHECK(read_tag("(Japan/soonish)", findings));
  CHECK(read_tag("(Japan/12/2008)", findings));
}

TEST_CASE("tag: a web address or a project's number is no tag, whatever its last part reads as") {
  // A helper's finding: "(http://www.apec.org/mseg/2008)" had the role "http", owners "www.apec.org" and "mseg", due
  // in 2008; "(APEC project TPT 01/2008)" the owner "APEC project TPT 01"; both were overdue to query.
  Findings findings;
  CHECK_FALSE(read_tag("(http://www.apec.org/mseg/2008)", findings));
  CHECK_FALSE(read_tag("(www.apec.org/mseg/2008)", findings));
  CHECK_FALSE(read_tag("(APEC project TPT 01/2008)", findings));
  CHECK_FALSE(read_tag("(Project TPT-02/2009)", findings));
  CHECK(findings.empty());
  // A project named otherwise, or a meeting's number, leaves a tag a tag.
  CHECK(read("(Japan, project lead/2009)") ==
        "owners=Japan [Japan], project lead | year 2009-01-01..2009-12-31 '2009'");
  CHECK(read("(ABC 02/2008)") == "owners=ABC 02 | year 2008-01-01..2008-12-31 '2008'");
  // An address after the tag's owner and '/' leaves the tag (a review's finding: Japan's tag was dropped).
  auto kept = read_tag("(Japan/2008; see www.apec.org)", findings);
  REQUIRE(kept);
  CHECK(kept->owners.at(0).name == "Japan");
}

TEST_CASE("tag: an economy before a spaced dash is an owner, not a label") {
  // A new user's finding: "(Australia - Japan/March 2008)" gave label "Australia" and one owner, Japan.
  CHECK(read("(Australia - Japan/March 2008)") ==
        "owners=Australia [Australia], Japan [Japan] | month 2008-03-01..2008-03-31 'March 2008'");
  CHECK(read("(Chile \u2013 Peru/June 2008)") == "owners=Chile [Chile], Peru [Peru] | month 2008-06-01..2008-06-30 'June 2008'");
  CHECK(read("(Pilot Project \u2013 Australia/October 2007)") ==
        "label=Pilot Project | owners=Australia [Australia] | month 2007-10-01..2007-10-31 'October 2007'");
}

TEST_CASE("tag: an economy before a colon is the owner, its agency after it, not a role") {
  // A helper's finding: "(Japan: Coast Guard/2009)" gave the role "Japan" and the owner "Coast Guard", no economy,
  // so that `query --owner Japan` missed it.
  CHECK(read("(Japan: Coast Guard/2009)") == "owners=Japan: Coast Guard [Japan] | year 2009-01-01..2009-12-31 '2009'");
  CHECK(read("(Hong Kong, China: Marine Department, Korea/2009)") ==
        "owners=Hong Kong, China: Marine Department [Hong Kong, China], Korea [Republic of Korea] | "
        "year 2009-01-01..2009-12-31 '2009'");
  // An economy after the colon too: both are owners. Nothing after it: the economy alone.
  CHECK(read("(Japan: Korea/2009)") ==
        "owners=Japan [Japan], Korea [Republic of Korea] | year 2009-01-01..2009-12-31 '2009'");
  CHECK(read("(Singapore: (to be confirmed) /September 2006)") ==
        "owners=Singapore [Singapore] | tentative | month 2006-09-01..2006-09-30 'September 2006'");
  // Past the first colon too (a review's finding: no economy).
  CHECK(read("(Lead: Japan: Coast Guard/2009)") ==
        "role=Lead | owners=Japan: Coast Guard [Japan] | year 2009-01-01..2009-12-31 '2009'");
  CHECK(read("(Korea: KCG; Japan: Coast Guard/2009)") ==
        "owners=Korea: KCG [Republic of Korea], Japan: Coast Guard [Japan] | year 2009-01-01..2009-12-31 '2009'");
  // Words that name no economy are a role, as before.
  CHECK(read("(Lead Economy: Japan/2009)") ==
        "role=Lead Economy | owners=Japan [Japan] | year 2009-01-01..2009-12-31 '2009'");
}

TEST_CASE("tag: a footnote mark on an owner's name is said, and an economy's name with one is the economy") {
  // A review's finding: "(Canada¹/2006)" named no economy, and nothing was said.
  Findings findings;
  const auto marked = [&](std::string_view group) {
    findings.clear();
    auto tag = read_tag(group, findings);
    REQUIRE(tag);
    std::string seen;
    for (const auto& o : tag->owners) seen += o.name + " [" + (o.canonical ? *o.canonical : "-") + "] ";
    for (const auto& f : findings)
      if (f.code == mseg::DiagnosticCode::owner_mark) seen += "| " + std::string(f.where) + ": " + f.message;
    return seen;
  };
  CHECK(marked("(Canada\u00B9/Secretariat/September 2006)") ==
        "Canada\u00B9 [Canada] Secretariat [-] | Canada\u00B9: owner 'Canada\u00B9' ends in a footnote mark "
        "'\u00B9': read as Canada, the name kept as written");
  CHECK(marked("(Japan 2/2008)") ==
        "Japan 2 [Japan] | Japan 2: owner 'Japan 2' ends in a footnote mark '2': read as Japan, the name kept as "
        "written");
  CHECK(marked("(Korea [1], Japan/2008)") ==
        "Korea [1] [Republic of Korea] Japan [Japan] | Korea [1]: owner 'Korea [1]' ends in a footnote mark '[1]': "
        "read as Republic of Korea, the name kept as written");
  // A name that is no economy: a mark of signs is said, digits are the name's own.
  CHECK(marked("(IMO*/2008)") == "IMO* [-] | IMO*: owner 'IMO*' ends in a footnote mark '*': read as written");
  CHECK(marked("(ABC 02/2008)") == "ABC 02 [-] ");
  CHECK(marked("(Japan/2008)") == "Japan [Japan] ");
  CHECK(marked("(2/2008)").find("owner-mark") == std::string::npos);
}

TEST_CASE("tag: an economy whose name holds a comma keeps it with a marker, a group or a mark after it") {
  // A review's finding: "(Hong Kong, China (TBC)/2008)" gave owners Hong Kong and China, an economy never named.
  CHECK(read("(Hong Kong, China (TBC)/2008)") ==
        "owners=Hong Kong, China [Hong Kong, China] | tentative | year 2008-01-01..2008-12-31 '2008'");
  CHECK(read("(Hong Kong, China (Marine Department)/2008)") ==
        "owners=Hong Kong, China (Marine Department) [Hong Kong, China] | year 2008-01-01..2008-12-31 '2008'");
  CHECK(read("(Japan and Hong Kong, China (TBC)/2008)") ==
        "owners=Japan [Japan], Hong Kong, China [Hong Kong, China] | tentative | year 2008-01-01..2008-12-31 '2008'");
  CHECK(read("(Korea, Republic of (KCG)/2008)") ==
        "owners=Korea, Republic of (KCG) [Republic of Korea] | year 2008-01-01..2008-12-31 '2008'");
  // Words after the name that would leave no economy at all: the comma parts them, as before.
  CHECK(read("(Hong Kong, China Coast Guard/2008)") ==
        "owners=Hong Kong [Hong Kong, China], China Coast Guard | year 2008-01-01..2008-12-31 '2008'");
  // Two economies a comma parts stay two.
  CHECK(read("(Japan, China (TBC)/2008)") ==
        "owners=Japan [Japan], China [China] | tentative | year 2008-01-01..2008-12-31 '2008'");
}

TEST_CASE("tag: an owner that misspells an economy's name is said, and read as written") {
  Findings findings;
  auto tag = read_tag("(Phillipines, Secretariat/2008)", findings);
  REQUIRE(tag);
  CHECK(tag->owners.at(0).name == "Phillipines");
  CHECK_FALSE(tag->owners.at(0).economy);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == mseg::DiagnosticCode::misspelled_economy);
  CHECK(findings[0].where == "Phillipines");
  CHECK(findings[0].message ==
        "owner 'Phillipines' is no APEC economy: did you mean \"Philippines\"? It was read as written");
  REQUIRE(findings[0].fix);
  CHECK(findings[0].fix->text == "Philippines");
  CHECK_FALSE(findings[0].fix->safe);  // the owner may be somebody else: --fix leaves it
}

TEST_CASE("tag: more words name helpers after the owners, and together with joins co-owners") {
  // A review's finding: "(Australia in conjunction with Japan/2008)" gave the owner "Australia in conjunction", no
  // economy, unsaid; "assisted by Japan" was an owner.
  for (const char* group : {"(Australia in conjunction with Japan/2008)", "(Australia, assisted by Japan/2008)",
                            "(Australia with support from Japan/2008)", "(Australia, in partnership with Japan/2008)",
                            "(Australia with the support of Japan/2008)", "(Australia in association with Japan/2008)",
                            "(Australia (in conjunction with Japan)/2008)"}) {
    CAPTURE(group);
    Findings findings;
    auto tag = read_tag(group, findings);
    REQUIRE(tag);
    REQUIRE(tag->owners.size() == 1);
    CHECK(tag->owners[0].name == "Australia");
    REQUIRE(tag->collaborators.size() == 1);
    CHECK(tag->collaborators[0] == "Japan");
  }
  CHECK(read("(Australia together with Japan/2008)") ==
        "owners=Australia [Australia], Japan [Japan] | year 2008-01-01..2008-12-31 '2008'");
}

TEST_CASE("tag: an owner that reads as an undated deadline is said") {
  // A review's finding: "(Australia/Ongoing/2009)" and "(Chair/TPTWG 31/March 2008)" gave owners "Ongoing" and
  // "TPTWG 31", unsaid. "TBD" stands for an owner not named yet: nothing said.
  const auto said = [](std::string_view group) {
    Findings findings;
    REQUIRE(read_tag(group, findings));
    std::string messages;
    for (const auto& f : findings)
      if (f.code == mseg::DiagnosticCode::owner_like_deadline) messages += std::string(f.where) + ": " + f.message;
    return messages;
  };
  CHECK(said("(Australia/Ongoing/2009)") ==
        "Ongoing: owner 'Ongoing' reads as a deadline (ongoing): a '/' or a separator is misplaced, or the tag holds "
        "two deadlines; it was read as an owner");
  CHECK(said("(Chair/TPTWG 31/March 2008)").starts_with("TPTWG 31: owner 'TPTWG 31' reads as a deadline (meeting)"));
  CHECK(said("(TBD/2009)").empty());
  CHECK(said("(Australia/TBD/2009)").empty());
}

TEST_CASE("tag: a year and the next year's last two digits is a month said to be two years perhaps") {
  // A review's finding: "(Australia/2008-09)" was September 2008, unsaid, where plans write 2008 to 2009 so.
  Findings findings;
  auto tag = read_tag("(Australia/2008-09)", findings);
  REQUIRE(tag);
  CHECK(tag->deadline.kind == mseg::DeadlineKind::month);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == mseg::DiagnosticCode::ambiguous_date);
  CHECK(findings[0].where == "2008-09");
  CHECK(findings[0].message == "'2008-09' was read as a month, 2008-09-01 to 2008-09-30; if it means the years 2008 "
                               "to 2009, write them '2008-2009'");
  // However the deadline was read: tentative, after '.' for '/', with a stop after it (a review's finding: unsaid).
  for (const char* group : {"(Australia/2008-09 (TBC))", "(Australia. 2008-09)", "(Australia/2008-09.)",
                            "(Australia/2008-09 - TBC)"}) {
    CAPTURE(group);
    findings.clear();
    tag = read_tag(group, findings);
    REQUIRE(tag);
    CHECK(tag->deadline.kind == mseg::DeadlineKind::month);
    const auto said = std::count_if(findings.begin(), findings.end(), [](const auto& f) {
      return f.code == mseg::DiagnosticCode::ambiguous_date && f.where == "2008-09";
    });
    CHECK(said == 1);
  }
  // A "2008-09" in a label or an owner is none of the deadline's (a review's finding: warned of at the label).
  for (const char* group :
       {"(Budget 2008-09 \u2013 Japan/September 2008)", "(Japan (FY 2008-09 funds)/September 2008)"}) {
    CAPTURE(std::string(group));
    findings.clear();
    REQUIRE(read_tag(group, findings));
    CHECK(findings.empty());
  }
  // A month that is no next year's digits, or a day: nothing said.
  for (const char* group : {"(Australia/2006-09)", "(Australia/2008-09-15)", "(Australia/2008-2009)"}) {
    CAPTURE(group);
    findings.clear();
    REQUIRE(read_tag(group, findings));
    CHECK(findings.empty());
  }
}

TEST_CASE("tag: a label's dash with no spaces round it sets off the label before an economy, with a note") {
  // A review's finding: "(Pilot Project-Australia/October 2007)" was one owner, no economy, unsaid.
  const auto noted = [](std::string_view group) {
    Findings findings;
    auto tag = read_tag(group, findings);
    REQUIRE(tag);
    std::string seen = tag->label ? "label=" + *tag->label + " | " : "";
    for (const auto& o : tag->owners) seen += o.name + (o.economy ? " [economy] " : " ");
    for (const auto& f : findings)
      if (f.code == mseg::DiagnosticCode::label_dash) seen += "| at '" + std::string(f.where) + "'";
    return seen;
  };
  CHECK(noted("(Pilot Project-Australia/October 2007)") == "label=Pilot Project | Australia [economy] | at '-'");
  CHECK(noted("(Questionnaire\u2013Singapore/Oct 2007)") == "label=Questionnaire | Singapore [economy] | at '\u2013'");
  CHECK(noted("(Pilot Project \u2013Australia, Japan/2008)") ==
        "label=Pilot Project | Australia [economy] Japan [economy] | at '\u2013'");
  // A spaced dash says nothing; an economy's name, a name after the dash that is no economy, or an economy before
  // it: no label.
  CHECK(noted("(Pilot Project \u2013 Australia/October 2007)") == "label=Pilot Project | Australia [economy] ");
  CHECK(noted("(Papua New-Guinea/2008)") == "Papua New-Guinea ");
  CHECK(noted("(US-led/2008)") == "US-led [economy] ");
  // Economies joined by the dash are owners, said apart (owner-dash); so after a label's.
  CHECK(noted("(Pilot Project-Japan-Korea/2008)") == "label=Pilot Project | Japan [economy] Korea [economy] | at '-'");
}

TEST_CASE("tag: economies joined by a dash with no spaces are the owners, with a note and a fix") {
  // A review's finding: "(Japan-Korea/2008)" was one owner "Japan-Korea", no economy, unsaid.
  const auto noted = [](std::string_view group) {
    Findings findings;
    auto tag = read_tag(group, findings);
    REQUIRE(tag);
    std::string seen;
    for (const auto& o : tag->owners) seen += o.name + (o.economy ? " [economy] " : " ");
    for (const auto& f : findings)
      if (f.code == mseg::DiagnosticCode::owner_dash)
        seen += "| at '" + std::string(f.where) + "' fix '" + (f.fix ? f.fix->text : "none") + "'";
    return seen;
  };
  CHECK(noted("(Japan-Korea/2008)") == "Japan [economy] Korea [economy] | at 'Japan-Korea' fix 'Japan, Korea'");
  CHECK(noted("(Chinese Taipei–Japan, Peru/2008)") ==
        "Chinese Taipei [economy] Japan [economy] Peru [economy] | at 'Chinese Taipei–Japan' fix "
        "'Chinese Taipei, Japan'");
  CHECK(noted("(Japan-Korea-Peru/2008)") ==
        "Japan [economy] Korea [economy] Peru [economy] | at 'Japan-Korea-Peru' fix 'Japan, Korea, Peru'");
  CHECK(noted("(Lead: US-Japan/2008)") == "US [economy] Japan [economy] | at 'US-Japan' fix 'US, Japan'");
  // Not an economy's own name, a part that is none, an economy and a word, nor a spaced dash.
  CHECK(noted("(Hong Kong-China/2008)") == "Hong Kong-China ");
  CHECK(noted("(Japan-Coast Guard/2008)") == "Japan-Coast Guard ");
  CHECK(noted("(Japan-led/2008)") == "Japan-led [economy] ");
  CHECK(noted("(Japan - Korea/2008)") == "Japan [economy] Korea [economy] ");
  // Hong Kong, China beside a dash: one economy, its comma no owners' (a review's finding: a China never named),
  // and the fix writes what reads the same owners.
  CHECK(noted("(Japan-Hong Kong, China/2008)") ==
        "Japan [economy] Hong Kong, China [economy] | at 'Japan-Hong Kong, China' fix 'Japan, Hong Kong, China'");
  CHECK(noted("(Hong Kong, China-Japan/2008)") ==
        "Hong Kong, China [economy] Japan [economy] | at 'Hong Kong, China-Japan' fix 'Hong Kong, China, Japan'");
  CHECK(noted("(Hong Kong-China-Japan/2008)") ==
        "Hong Kong-China [economy] Japan [economy] | at 'Hong Kong-China-Japan' fix 'Hong Kong, China, Japan'");
  for (const char* fixed : {"(Japan, Hong Kong, China/2008)", "(Hong Kong, China, Japan/2008)"}) {
    Findings findings;
    auto tag = read_tag(fixed, findings);
    REQUIRE(tag);
    REQUIRE(tag->owners.size() == 2);
    CHECK(findings.empty());
  }
  // A dash inside an owner's parenthesis parts nothing.
  CHECK(noted("(Japan-Korea (co-lead)/2008)") ==
        "Japan [economy] Korea (co-lead) [economy] | at 'Japan-Korea (co-lead)' fix 'Japan, Korea (co-lead)'");
  // A hostile shape: 200,000 economies joined reads in linear time (each dash asks about at most 21 parts).
  std::string many = "(Pilot";
  for (int i = 0; i < 200000; ++i) many += "-Japan";
  many += "-X/2008)";
  Findings findings;
  CHECK(read_tag(many, findings));
}

TEST_CASE("tag: a second review of the owners' rules") {
  // "Hong Kong, China" before helpers is one owner (a review's finding: owners Hong Kong and China).
  Findings findings;
  const auto helped = read_tag("(Hong Kong, China assisted by Japan/2008)", findings);
  REQUIRE(helped);
  REQUIRE(helped->owners.size() == 1);
  CHECK(helped->owners[0].name == "Hong Kong, China");
  REQUIRE(helped->collaborators.size() == 1);
  CHECK(helped->collaborators[0] == "Japan");
  // A mark after a role's words, an agency or "lead": the economy still (a review's finding: no economy).
  for (const char* group : {"(Lead: Australia; Co-lead: Japan*/2009)", "(Japan (Coast Guard)\u00B9/2008)",
                            "(Japan lead*/2008)"}) {
    CAPTURE(group);
    auto tag = read_tag(group, findings);
    REQUIRE(tag);
    CHECK(tag->owners.back().canonical);
    CHECK(*tag->owners.back().canonical == "Japan");
  }
  // Each warning where its owner stands, not at the first place its name is found (a review's finding).
  findings.clear();
  const std::string group = "(Malasia Coast Guard, Malasia/2008)";
  REQUIRE(read_tag(group, findings));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].where.data() - group.data() == 22);
  findings.clear();
  const std::string chairs = "(Vice Chair*, Chair*/2008)";
  REQUIRE(read_tag(chairs, findings));
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].where.data() - chairs.data() == 1);
  CHECK(findings[1].where.data() - chairs.data() == 14);
  // "(2)" after an economy may count its people: read as the economy, unsaid, as before.
  CHECK(read("(Canada (2)/2009)") == "owners=Canada (2) [Canada] | year 2009-01-01..2009-12-31 '2009'");
}
