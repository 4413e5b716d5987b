// issue 15: the lines before the table read as what they are: an APEC
// meeting-document cover sheet (document number, agenda item, purpose,
// submitter, the meeting's name, place and dates), the plan's title and
// meeting, its preamble, and lines that are not the plan's at all.
#pragma once

#include <string_view>
#include <vector>

#include <mseg/plan.hpp>

#include "finding.hpp"

namespace mseg {

// Fills head's title, meeting, group, preamble, document, meeting_place and
// meeting_dates from `before` (trimmed non-empty lines viewing the decoded
// text). Every line lands somewhere: a field, the preamble, or an
// `unplanned-text` note in `out` (a web page's title, "advertisement", a lone
// URL, a line past the title and meeting that nothing reads). Returns how
// many of `before` make the front matter proper: up to and including the
// preamble's first paragraph (a table should start after it).
std::size_t read_front_matter(const std::vector<std::string_view>& before, Plan& head, Findings& out);

// Whether `line` (trimmed) is a cover sheet's field on a line of its own: its rule, a document number, "Agenda
// Item:", "Purpose:", "Submitted by:", or the meeting's dates. A text reader keeps such a line a paragraph of its
// own where a lost blank line would join it to the next.
bool cover_sheet_line(std::string_view line);
// Whether `line` (trimmed) names a place as a meeting's line does, ending in an economy after a comma, in six words
// at most ("Sendai, Japan", "TPTWG 27 Ha Noi, Viet Nam").
bool place_line(std::string_view line);

// "30 July – 03 August 2012", "5–7 September 2006", "20 May 2010": the
// meeting's days; nullopt for a line that is not a date or a range of dates.
std::optional<MeetingDates> read_meeting_dates(std::string_view line);

}  // namespace mseg
