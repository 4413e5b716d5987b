#include <doctest/doctest.h>

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include <mseg/deadline.hpp>

#include "patterns.hpp"
#include "tests/test_util.hpp"

using mseg::DeadlineKind;
using mseg::read_deadline;

namespace {

// "kind start..end", or "kind" alone when there are no dates: one string to compare.
std::string reading(std::string_view text) {
  const mseg::Deadline d = read_deadline(text);
  std::string out = mseg::to_string(d.kind);
  if (d.start.has_value() != d.end.has_value()) return out + " (half-dated!)";
  if (d.start) out += " " + mseg::to_string(*d.start) + ".." + mseg::to_string(*d.end);
  return out;
}

// Deadline-like texts and near misses: the words, numbers and joins the
// deadline patterns are made of, strung together at random (fixed seed), plus
// every form the other cases here read.
std::vector<std::string> deadline_corpus() {
  static const char* const kWords[] = {
      "Sept", "September", "sep", "Septembre", "Jun", "june", "MAY", "Mar", "March", "Oct.", "Decem", "Augu\u017ft",
      "2006", "2009", "06", "20100", "1", "15", "31", "1st", "2nd", "3rd", "Q3", "3Q", "q1", "Q5", "H1", "2H", "h3",
      "first", "second", "fourth", "half", "quarter", "of", "the", "mid", "middle", "end", "early", "start",
      "on", "going", "ongoing", "continuous", "continu", "ously", "al", "TBC", "tbd", "tbx", "to", "be",
      "confirmed", "TPTWG", "MEG-SEC", "Tptwg", "32", "next", "following", "meeting", "meetings", "at", "by",
      "Secretariat", "Viet Nam", "\u212aorea", "asap", "\u2019", "Sept\u2019", "\u201c2010\u201d"};
  static const char* const kJoins[] = {"", " ", "  ", "-", " - ", ", ", ",", ". ", ".", " to ", "\u2013", "\t", "\v",
                                      ") "};
  std::vector<std::string> out = {
      "September 2006", "Sept. 2006", "Sept.,2006", "Sept.2006", "September2006", "Sept 06", "Sept 20066",
      "Sept. , 2006", "Sept..2006", "June, 2010", "2010", "201", "20100", "ongoing", "on-going", "on - going",
      "on\tgoing", "on\vgoing", "ongoingly", "continuously", "continual", "continu", "Secretariat. September 2006",
      "Auguſt 2006", "\u017fept 2006", "Sept) 2006", "June), 2010", "March\u2013April 2010", "Q3\u2013Q4 2009", "1\u201315 March 2010"};
  mseg::test::append_random_texts(out, kWords, kJoins, 4000, 4, 20061);
  return out;
}

}  // namespace

TEST_CASE("deadline: hand matchers give the patterns' answers, for all ASCII text") {
  namespace pt = mseg::patterns;
  int matched = 0;
  for (const std::string& text : deadline_corpus()) {
    CAPTURE(text);
    const bool ascii =
        std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });

    re2::StringPiece re_month;
    int re_year = 0;
    const bool month = RE2::FullMatch(text, pt::deadline_month(), &re_month, &re_year);
    std::string_view hand_month;
    int hand_year = 0;
    const std::optional<bool> hand = pt::match_deadline_month(text, hand_month, hand_year);
    if (ascii) CHECK(hand.has_value());
    if (hand) {
      CHECK(*hand == month);
      if (*hand && month) {
        CHECK(hand_month == std::string_view(re_month));
        CHECK(hand_year == re_year);
      }
    }
    matched += month;

    const bool year = RE2::FullMatch(text, pt::deadline_year(), &re_year);
    const std::optional<bool> hand_is_year = pt::match_deadline_year(text, hand_year);
    if (ascii) CHECK(hand_is_year.has_value());
    if (hand_is_year) {
      CHECK(*hand_is_year == year);
      if (year) CHECK(hand_year == re_year);
    }
    matched += year;

    const bool ongoing = RE2::FullMatch(text, pt::deadline_ongoing());
    const std::optional<bool> hand_ongoing = pt::match_deadline_ongoing(text);
    if (ascii) CHECK(hand_ongoing.has_value());
    if (hand_ongoing) CHECK(*hand_ongoing == ongoing);
    matched += ongoing;
  }
  // The corpus must exercise the matches, not only the misses.
  CHECK(matched > 50);
}

TEST_CASE("deadline: a pre-check never rules out a text its pattern matches") {
  namespace pt = mseg::patterns;
  struct Check {
    const RE2& re;
    bool (*may_match)(std::string_view);
    int matched = 0;
    int ruled_out = 0;
  };
  Check checks[] = {
      {pt::deadline_date_dmy(), pt::may_match_deadline_date_dmy},
      {pt::deadline_date_mdy(), pt::may_match_deadline_date_mdy},
      {pt::deadline_date_iso(), pt::may_match_deadline_date_iso},
      {pt::deadline_month_iso(), pt::may_match_deadline_month_iso},
      {pt::deadline_quarter(), pt::may_match_deadline_quarter},
      {pt::deadline_part(), pt::may_match_deadline_part},
      {pt::deadline_month_range(), pt::may_match_deadline_month_range},
      {pt::deadline_quarter_range(), pt::may_match_deadline_quarter_range},
      {pt::deadline_day_range(), pt::may_match_deadline_day_range},
      {pt::deadline_tbd(), pt::may_match_deadline_tbd},
      {pt::deadline_meeting(), pt::may_match_deadline_meeting},
  };
  std::vector<std::string> texts = deadline_corpus();
  for (const char* text : {"1 July 2009", "1st July, 2009", "July 1, 2009", "Jul. 1 2009", "2009-07-01", "2006-09",
                           "Q4, 2009", "second quarter of 2009", "3rd quarter 2009", "the end of 2009", "1H 2010",
                           "first half of 2010", "March to April 2010", "March-April 2010", "Q3-Q4 2009",
                           "1-15 March 2010", "1st to 15th March 2010", "to be advised", "TBA", "TPTWG 32",
                           "next MEG-SEC meeting", "at TPTWG 30", "32nd TPTWG", "the next meeting", "MSEG meeting",
                           "during the following TPTWG", "for the upcoming meetings", "next Ministerial Meeting"})
    texts.emplace_back(text);
  for (const std::string& text : texts) {
    CAPTURE(text);
    for (Check& check : checks) {
      CAPTURE(check.re.pattern());
      const bool matches = RE2::FullMatch(text, check.re);
      const bool may = check.may_match(text);
      if (matches) CHECK(may);
      check.matched += matches;
      check.ruled_out += !may;
    }
  }
  // Each pattern matched something here, and each pre-check earns its keep.
  for (const Check& check : checks) {
    CAPTURE(check.re.pattern());
    CHECK(check.matched > 0);
    CHECK(check.ruled_out > 0);
  }
}

TEST_CASE("deadline: an owner before the deadline rules out every pattern before any is run") {
  namespace pt = mseg::patterns;
  for (const char* text : {"Secretariat. September 2006", "Viet Nam, March 2008", "Canada", "soonish"}) {
    CAPTURE(text);
    for (auto* may_match : {pt::may_match_deadline_date_dmy, pt::may_match_deadline_date_mdy,
                            pt::may_match_deadline_date_iso, pt::may_match_deadline_month_iso,
                            pt::may_match_deadline_quarter, pt::may_match_deadline_part,
                            pt::may_match_deadline_month_range, pt::may_match_deadline_quarter_range,
                            pt::may_match_deadline_day_range, pt::may_match_deadline_tbd,
                            pt::may_match_deadline_meeting})
      CHECK_FALSE(may_match(text));
  }
}

TEST_CASE("deadline: hand matchers answer for curly quotes, not for letters (?i) folds onto ASCII ones") {
  namespace pt = mseg::patterns;
  std::string_view month;
  int year = 0;
  CHECK(pt::match_deadline_month("\u2018September 2006\u2019", month, year) == false);
  CHECK(pt::match_deadline_year("\u201c2010\u201d", year) == false);
  CHECK(pt::match_deadline_ongoing("ongoing\u2019") == false);
  CHECK_FALSE(pt::match_deadline_month("Augu\u017ft 2006", month, year).has_value());
  CHECK_FALSE(pt::match_deadline_month("Sept\u00e9 2006", month, year).has_value());
  CHECK_FALSE(pt::match_deadline_ongoing("on\u2013going").has_value());
  CHECK(pt::may_match_deadline_part("\u017fecond half of 2010"));
}

TEST_CASE("deadline: text with letters (?i) folds onto ASCII ones is left to the patterns") {
  // "ſ" (long s) folds onto s and the Kelvin sign onto k: the patterns read
  // these, so the shortcuts must not answer for them.
  CHECK(reading("Augu\u017ft 2006") == "month 2006-08-01..2006-08-31");
  CHECK(reading("\u017fecond half of 2010") == "part 2010-07-01..2010-12-31");
  CHECK(reading("on\u2013going") == "unknown");
  CHECK(reading("March\u2013April 2010") == "range 2010-03-01..2010-04-30");
}

TEST_CASE("deadline: patterns compile") {
  namespace pt = mseg::patterns;
  for (const RE2* re : {&pt::deadline_date_dmy(), &pt::deadline_date_mdy(), &pt::deadline_date_iso(),
                        &pt::deadline_month(), &pt::deadline_month_iso(), &pt::deadline_year(),
                        &pt::deadline_quarter(), &pt::deadline_part(), &pt::deadline_month_range(),
                        &pt::deadline_quarter_range(), &pt::deadline_day_range(), &pt::deadline_ongoing(),
                        &pt::deadline_tbd(), &pt::deadline_meeting(), &pt::tentative_marker()}) {
    CAPTURE(re->pattern());
    CHECK(re->ok());
  }
}

TEST_CASE("deadline: says_when tells a time from unknown, ongoing and to-be-decided") {
  CHECK(mseg::says_when(read_deadline("March 2008").kind));
  CHECK(mseg::says_when(read_deadline("TPTWG 32").kind));  // a meeting: when, though no date
  CHECK_FALSE(mseg::says_when(read_deadline("ongoing").kind));
  CHECK_FALSE(mseg::says_when(read_deadline("TBC").kind));
  CHECK_FALSE(mseg::says_when(read_deadline("soonish").kind));
}

TEST_CASE("deadline: a thin, narrow or invisible space reads as the space it stands for") {
  // A new user's finding: "unknown deadline form 'March 2008'", the message showing nothing wrong.
  // A review's finding: the direction marks and controls a right-to-left edit leaves made it unknown.
  for (const char* text : {"March\u20092008", "March\u202F2008", "March\u200B 2008", "March\u3000 2008",
                           "\uFEFFMarch 2008", "March\u2060 2008", "March\u200E 2008", "March 2008\u200F",
                           "\u202BMarch 2008\u202C", "\u2067March 2008\u2069"}) {
    CAPTURE(text);
    CHECK(reading(text) == "month 2008-03-01..2008-03-31");
  }
  CHECK(read_deadline("March\u20092008").text == "March\u20092008");  // as written
  CHECK(reading("March\u2019 2008") == "unknown");  // a quote is no space
}

TEST_CASE("deadline: a word and a year is no meeting") {
  // A new user's finding: "FY2008" read as a meeting (no dates: never overdue, never due before anything).
  for (const char* text : {"FY2008", "JFY 2008", "Y2008", "APEC-2008", "US2006", "FY08", "FY2008-09", "FY2008/09",
                           "JFY2008/2009"}) {
    CAPTURE(text);
    CHECK(reading(text) == "unknown");
  }
  CHECK(reading("TPTWG 32") == "meeting");
  CHECK(reading("MEG-SEC 5") == "meeting");
  // A month's, quarter's or half's name in capitals before a year of two digits (a review's finding: "DEC 08" and
  // "Q3 08" were meetings, never overdue): a form not read, warned as one.
  for (const char* text : {"DEC 08", "Q3 08", "JUNE 08", "SEPT 08", "H1 09", "Q3-08", "DEC-08", "Dec 8"}) {
    CAPTURE(text);
    CHECK(reading(text) == "unknown");
  }
  CHECK(reading("NZ 08") == "meeting");
  CHECK(reading("Q5 08") == "meeting");
  // APEC's Senior Officials' Meetings, numbered within a year: a meeting, dated as its year when written (a new
  // user's "SOM III 2010" was an unknown deadline).
  CHECK(reading("SOM III 2010") == "meeting 2010-01-01..2010-12-31");
  CHECK(reading("SOM III, 2010") == "meeting 2010-01-01..2010-12-31");
  CHECK(reading("SOM 3 2011") == "meeting 2011-01-01..2011-12-31");
  CHECK(reading("at SOM II 2009") == "meeting 2009-01-01..2009-12-31");
  CHECK(reading("SOM III") == "meeting");
  CHECK(reading("SOM VII 2010") == "unknown");
  CHECK(reading("SOM1 2010") == "meeting 2010-01-01..2010-12-31");
  // Other acronyms' numbers run across years: no year makes them a meeting of it (a review's finding).
  CHECK(reading("ISO 9, 2001") == "unknown");
  CHECK(reading("MSEG 3") == "meeting");
  // The maritime and transport bodies' numbered meetings, with the year they are held (a helper's finding:
  // "TPTWG31 2008" was an unknown form), dated as that year.
  CHECK(reading("TPTWG 31, 2008") == "meeting 2008-01-01..2008-12-31");
  CHECK(reading("TPTWG31 2008") == "meeting 2008-01-01..2008-12-31");
  CHECK(reading("MEG-SEC 5 2009") == "meeting 2009-01-01..2009-12-31");
  CHECK(reading("TMM-6, 2009") == "meeting 2009-01-01..2009-12-31");
  CHECK(reading("tptwg 31 2008") == "unknown");  // acronyms in capitals, as elsewhere
  CHECK(reading("March 2008") == "month 2008-03-01..2008-03-31");
}

TEST_CASE("deadline: days") {
  CHECK(reading("1 July 2009") == "date 2009-07-01..2009-07-01");
  CHECK(reading("1st July, 2009") == "date 2009-07-01..2009-07-01");
  // A '.' after the day, as much of Europe writes it.
  CHECK(reading("15. September 2008") == "date 2008-09-15..2008-09-15");
  CHECK(reading("15.September 2008") == "date 2008-09-15..2008-09-15");
  CHECK(reading("15.. September 2008") == "unknown");
  // A '/' where a space belongs; its text stays as written, and reads_slash_as_space says how it was read.
  CHECK(reading("15/September 2008") == "date 2008-09-15..2008-09-15");
  CHECK(reading("September/2008") == "month 2008-09-01..2008-09-30");
  CHECK(reading("Q1/2009") == "quarter 2009-01-01..2009-03-31");
  CHECK(read_deadline("15/September 2008").text == "15/September 2008");
  CHECK(mseg::reads_slash_as_space("by 15/September 2008"));
  CHECK_FALSE(mseg::reads_slash_as_space("15/09/2008"));  // numbers and '/': a form of its own
  CHECK_FALSE(mseg::reads_slash_as_space("September 2008"));
  CHECK_FALSE(mseg::reads_slash_as_space("Japan/2008"));
  CHECK(reading("Japan/2008") == "unknown");
  CHECK(reading("July 1, 2009") == "date 2009-07-01..2009-07-01");
  CHECK(reading("Jul. 1 2009") == "date 2009-07-01..2009-07-01");
  CHECK(reading("2009-07-01") == "date 2009-07-01..2009-07-01");
  CHECK(reading("29 February 2008") == "date 2008-02-29..2008-02-29");
  CHECK(reading("29 February 2000") == "date 2000-02-29..2000-02-29");
}

TEST_CASE("deadline: days that do not exist are unknown") {
  CHECK(reading("31 February 2009") == "unknown");
  CHECK(reading("29 February 2009") == "unknown");
  CHECK(reading("29 February 1900") == "unknown");
  CHECK(reading("31 April 2009") == "unknown");
  CHECK(reading("0 April 2009") == "unknown");
  CHECK(reading("2009-02-30") == "unknown");
  CHECK(reading("2009-13-01") == "unknown");
  CHECK(reading("April 32, 2009") == "unknown");
}

TEST_CASE("deadline: months") {
  CHECK(reading("September 2006") == "month 2006-09-01..2006-09-30");
  CHECK(reading(" Sept. 2006") == "month 2006-09-01..2006-09-30");
  CHECK(reading("Sep 2006") == "month 2006-09-01..2006-09-30");
  CHECK(reading("Oct 2007") == "month 2007-10-01..2007-10-31");
  CHECK(reading("2006-09") == "month 2006-09-01..2006-09-30");
  // One digit is no ISO month: "2008-9" may be the years 2008-2009 (a helper's finding: September 2008, unsaid).
  CHECK(reading("2008-9") == "unknown");
  CHECK(reading("march 2008") == "month 2008-03-01..2008-03-31");
  CHECK(reading("MARCH   2008.") == "month 2008-03-01..2008-03-31");
  CHECK(reading("June, 2010") == "month 2010-06-01..2010-06-30");
  CHECK(reading("February 2008") == "month 2008-02-01..2008-02-29");
  CHECK(reading("February 2009") == "month 2009-02-01..2009-02-28");
  CHECK(reading("Feb 2100") == "month 2100-02-01..2100-02-28");
  CHECK(reading("by March 2008") == "month 2008-03-01..2008-03-31");
  CHECK(reading("2006-13") == "unknown");
}

TEST_CASE("deadline: quarters") {
  CHECK(reading("Q3 2009") == "quarter 2009-07-01..2009-09-30");
  CHECK(reading("3Q 2009") == "quarter 2009-07-01..2009-09-30");
  CHECK(reading("q1 2010") == "quarter 2010-01-01..2010-03-31");
  CHECK(reading("Q4, 2009") == "quarter 2009-10-01..2009-12-31");
  CHECK(reading("second quarter of 2009") == "quarter 2009-04-01..2009-06-30");
  CHECK(reading("3rd quarter 2009") == "quarter 2009-07-01..2009-09-30");
  CHECK(reading("Q5 2009") == "unknown");
}

TEST_CASE("deadline: parts of a year") {
  CHECK(reading("mid-2009") == "part 2009-05-01..2009-08-31");
  CHECK(reading("mid 2009") == "part 2009-05-01..2009-08-31");
  CHECK(reading("middle of 2009") == "part 2009-05-01..2009-08-31");
  CHECK(reading("start of 2010") == "part 2010-01-01..2010-04-30");
  CHECK(reading("1H 2010") == "part 2010-01-01..2010-06-30");
  CHECK(reading("2H 2010") == "part 2010-07-01..2010-12-31");
  CHECK(reading("Mid-2009.") == "part 2009-05-01..2009-08-31");
  CHECK(reading("early 2010") == "part 2010-01-01..2010-04-30");
  CHECK(reading("beginning of 2010") == "part 2010-01-01..2010-04-30");
  CHECK(reading("late 2009") == "part 2009-09-01..2009-12-31");
  CHECK(reading("end 2009") == "part 2009-12-01..2009-12-31");
  CHECK(reading("end of 2009") == "part 2009-12-01..2009-12-31");
  CHECK(reading("end-2009") == "part 2009-12-01..2009-12-31");
  CHECK(reading("by end 2009") == "part 2009-12-01..2009-12-31");
  CHECK(reading("by the end of 2009") == "part 2009-12-01..2009-12-31");
  CHECK(reading("H1 2010") == "part 2010-01-01..2010-06-30");
  CHECK(reading("first half of 2010") == "part 2010-01-01..2010-06-30");
  CHECK(reading("H2 2010") == "part 2010-07-01..2010-12-31");
  CHECK(reading("second half of 2010") == "part 2010-07-01..2010-12-31");
  // Ordinals in figures (a new user's finding: no date read, so a slip from Q3 2008 passed history's
  // --fail-on slipped).
  CHECK(reading("2nd half of 2009") == "part 2009-07-01..2009-12-31");
  CHECK(reading("1st half 2009") == "part 2009-01-01..2009-06-30");
  CHECK(reading("the 1st half of 2009") == "part 2009-01-01..2009-06-30");
}

TEST_CASE("deadline: years and their bounds") {
  CHECK(reading("2010") == "year 2010-01-01..2010-12-31");
  CHECK(reading("1900") == "year 1900-01-01..1900-12-31");
  CHECK(reading("2199") == "year 2199-01-01..2199-12-31");
  CHECK(reading("1899") == "unknown");
  CHECK(reading("2200") == "unknown");
  CHECK(reading("September 2200") == "unknown");
  CHECK(reading("20100") == "unknown");
}

TEST_CASE("deadline: ranges") {
  CHECK(reading("March\u2013April 2010") == "range 2010-03-01..2010-04-30");
  CHECK(reading("March - April 2010") == "range 2010-03-01..2010-04-30");
  CHECK(reading("March-April 2010") == "range 2010-03-01..2010-04-30");
  CHECK(reading("March to April 2010") == "range 2010-03-01..2010-04-30");
  CHECK(reading("March 2010 - April 2010") == "range 2010-03-01..2010-04-30");
  CHECK(reading("November 2009 \u2013 February 2010") == "range 2009-11-01..2010-02-28");
  CHECK(reading("2009-2010") == "range 2009-01-01..2010-12-31");
  CHECK(reading("2009\u20132010") == "range 2009-01-01..2010-12-31");
  CHECK(reading("2009 \u2014 2010") == "range 2009-01-01..2010-12-31");
  CHECK(reading("Q3-Q4 2009") == "range 2009-07-01..2009-12-31");
  CHECK(reading("1-15 March 2010") == "range 2010-03-01..2010-03-15");
  CHECK(reading("mid-2009 - 2010") == "range 2009-05-01..2010-12-31");
  CHECK(reading("2009-07-01 - 2009-08-15") == "range 2009-07-01..2009-08-15");
  // Backwards or half-read ranges are not ranges.
  CHECK(reading("April-March 2010") == "unknown");
  CHECK(reading("2010-2009") == "unknown");
  CHECK(reading("2009 - soon") == "unknown");
}

TEST_CASE("deadline: ongoing") {
  for (const std::string text :
       {"ongoing", "Ongoing", "ONGOING", "on-going", "on going", "continuous", "continuing", "Ongoing."}) {
    CAPTURE(text);
    CHECK(reading(text) == "ongoing");
  }
}

TEST_CASE("deadline: to be decided") {
  for (const std::string text :
       {"TBC", "TBD", "TBA", "tbc", "to be advised", "to be confirmed", "To be determined", "to  be confirmed."}) {
    CAPTURE(text);
    CHECK(reading(text) == "tbd");
  }
}

TEST_CASE("deadline: meetings") {
  for (const std::string text : {"TPTWG 32", "next meeting", "next MEG-SEC meeting", "MEG-SEC 5", "at TPTWG 30",
                           "TPTWG32", "the next meeting", "MSEG meeting", "32nd TPTWG", "next TPTWG", "by TPTWG 31"}) {
    CAPTURE(text);
    CHECK(reading(text) == "meeting");
  }
  // A meeting named in words, each a capital's (a helper's finding: "by the next Ministerial Meeting" was unknown).
  for (const std::string text : {"by the next Ministerial Meeting", "the 5th Senior Officials' Meeting",
                                 "next Leaders’ Meeting", "following Transport Ministerial Meeting"}) {
    CAPTURE(text);
    CHECK(reading(text) == "meeting");
  }
  // Not words in lower case, nor five of them: a sentence, no meeting's name.
  CHECK(reading("the next big meeting") == "unknown");
  CHECK(reading("next One Two Three Four Five meeting") == "unknown");
  // Acronyms are capitals: a month and a day without a year is no meeting.
  CHECK(reading("march 12") == "unknown");
  CHECK(reading("March 12") == "unknown");
}

TEST_CASE("deadline: unknown forms") {
  for (const std::string text : {"", "   ", ".", "soonish", "September", "asap", "end of September 2006",
                           "by", "Q3", "mid", "1 July", "September/October 2007", "2007/2006", "31/02/2008"}) {
    CAPTURE(text);
    CHECK(reading(text) == "unknown");
  }
  // Two years with a '/' are both (numeric_date_test.cpp has the other forms of numbers and '/').
  CHECK(reading("2006/2007") == "range 2006-01-01..2007-12-31");
  CHECK(reading(std::string(100000, '-')) == "unknown");
  CHECK(reading(std::string(50, '-') + "2009") == "unknown");
}

TEST_CASE("deadline: text is trimmed, with one space for each run of white space") {
  CHECK(read_deadline("  September 2006 ").text == "September 2006");
  CHECK(read_deadline("Sept.\n2006").text == "Sept. 2006");
  CHECK(read_deadline("\u00a0Oct 2007\u00a0").text == "Oct 2007");
  CHECK(read_deadline("soonish ").text == "soonish");
  CHECK(read_deadline("Ongoing.").text == "Ongoing.");
}

TEST_CASE("deadline: the latest end among an action's tags") {
  auto tag = [](const char* deadline) {
    mseg::Tag t;
    t.deadline = read_deadline(deadline);
    return t;
  };
  CHECK_FALSE(mseg::latest_deadline_end({}).has_value());
  CHECK_FALSE(mseg::latest_deadline_end({tag("ongoing"), tag("soonish")}).has_value());
  // September 2006 ends on its last day; March 2008 is later, whatever the tags' order.
  CHECK(mseg::latest_deadline_end({tag("September 2006")}) == mseg::Date{2006, 9, 30});
  CHECK(mseg::latest_deadline_end({tag("March 2008"), tag("ongoing"), tag("September 2006")}) ==
        mseg::Date{2008, 3, 31});
  CHECK(mseg::latest_deadline_end({tag("September 2006"), tag("March 2008")}) == mseg::Date{2008, 3, 31});
}

TEST_CASE("deadline: a figure space or a direction mark at either end is no part of the text") {
  // A helper's finding: "(Australia/\u2007September 2006)" read the deadline's text as "\u2007September 2006".
  const auto d = read_deadline("\u2007September 2006\u200F");
  CHECK(d.text == "September 2006");
  CHECK(d.kind == DeadlineKind::month);
}
