#include <doctest/doctest.h>

#include <string>

#include "text_deadline.hpp"

using namespace mseg;

namespace {

// "phrase -> kind start..end" or "none".
std::string find(std::string_view text) {
  auto d = find_deadline_in_text(text);
  if (!d) return "none";
  CHECK(d->phrase.data() >= text.data());
  CHECK(d->phrase.data() + d->phrase.size() <= text.data() + text.size());
  std::string out = std::string(d->phrase) + " -> " + to_string(d->deadline.kind);
  if (d->deadline.start) out += " " + to_string(*d->deadline.start) + ".." + to_string(*d->deadline.end);
  CHECK(d->deadline.text == std::string(d->phrase));
  return out;
}

}  // namespace

TEST_CASE("deadline in text: the forms the issue names") {
  CHECK(find("Hold a regional workshop in 2013.") == "in 2013 -> year 2013-01-01..2013-12-31");
  CHECK(find("Complete the survey by March 2008") == "by March 2008 -> month 2008-03-01..2008-03-31");
  CHECK(find("Circulate the draft before the next meeting.") == "before the next meeting -> meeting");
  CHECK(find("Report no later than 30 June 2011, with results") ==
        "no later than 30 June 2011 -> date 2011-06-30..2011-06-30");
  CHECK(find("Deliver the manual by mid-2009") == "by mid-2009 -> part 2009-05-01..2009-08-31");
}

TEST_CASE("deadline in text: the last phrase wins, and sentences without one have none") {
  CHECK(find("Building on the work agreed in 2005, publish a guide by December 2007.") ==
        "by December 2007 -> month 2007-12-01..2007-12-31");
  CHECK(find("Work in accordance with international law") == "none");
  CHECK(find("Keep the list up to date in an ongoing way") == "none");
  CHECK(find("Hold 3 workshops in ports") == "none");  // a number, not a deadline
  CHECK(find("") == "none");
}
