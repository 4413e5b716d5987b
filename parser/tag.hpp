// Reading one parenthesised group at the end of an action as an owner/deadline tag.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <mseg/plan.hpp>

#include "finding.hpp"

namespace mseg {

// `group` is the whole group as written, parentheses included, viewing the
// decoded text (so findings can point into it). Returns nullopt when the group
// is not a tag but ordinary text such as "(ISPS Code)": a tag has a top-level
// '/' or ends in a recognised deadline. The returned tag's span is left empty
// for the caller. Warnings (e.g. code "tag-separator" for '.' where '/' belongs,
// "unknown-deadline") go to `out`, located at the offending characters.
std::optional<Tag> read_tag(std::string_view group, Findings& out);

// Whether `group` (as read_tag takes it) reads as an action's (Owner/Deadline) tag beyond doubt: a '/' outside
// nested parentheses (not a ',' read for one: "(Santiago, 2004)" is a place and a year), owners that are not
// numbers nor a document ("(2010/2020)", "(Leaders' Statement/2005)"), and a deadline that says when.
bool reads_as_tag(std::string_view group);

// Whether `s` holds an APEC document number: a year, '/', a forum's name in capitals, '/'
// ("2008/TPTWG31/MEG-SEC/004", "2010/SOM3/SCE/010"); "(March 2008/Australia)" holds none.
bool document_number_in(std::string_view s);

// Removes a trailing "to be confirmed" / "TBC" / "tentative" marker from `p`, with any parentheses and separators
// before it ("2009 (TBC)" -> "2009", "Japan, TBC" -> "Japan"); returns whether there was one.
bool strip_marker(std::string_view& p);

// Whether `s` holds a web address ("://" or "www."): its '/'s part no owner from a deadline.
bool web_address_in(std::string_view s);

// Whether `s` names an APEC project by its number, the word "project" and a sector's capitals, a number, '/' and
// the year ("APEC project TPT 01/2008"): no owner "TPT 01" due in 2008.
bool project_number_in(std::string_view s);

// One tag's part of a group that holds several: "(Australia/September 2008,
// Japan/December 2008)" holds two tags; "(Korea/March 2008, June 2008)" two
// deadlines for Korea, the second piece naming no owner (deadline_only: its
// tag takes the owners of the piece before it).
struct TagPiece {
  std::string_view text;  // the piece as written, without the group's outer parentheses
  bool deadline_only = false;
};

// Whether `group` (as read_tag takes it) holds several tags, and if so its
// pieces into `pieces`: a group splits where a ',', ';', '&' or "and" follows
// a deadline that says when and comes before another owner and '/', or before
// another such deadline. False (and `pieces` empty) for a group of one tag,
// found with nothing allocated. Linear in the group's length.
bool split_tag_group(std::string_view group, std::vector<TagPiece>& pieces);

// The owners part of a tag, "Label – Role: owner, owner", into `tag`'s label,
// role and owners. `flat`: the group's parentheses do not balance, so ignore
// them. (Used by lead_tag.cpp for "Lead: owner, owner" outside parentheses.) What it guesses, into `out` when given
// (economies joined by a dash: "Japan-Korea").
void read_owner_region(std::string_view region, bool flat, Tag& tag, Findings* out = nullptr);
// What read_tag says of the owners read_owner_region read from `region` into `tag`: an owner named like a deadline,
// a footnote mark on one, an economy's name misspelt, a label's dash with no spaces round it.
void note_owner_region(const Tag& tag, std::string_view region, Findings& out);
// A month read from `words` (the deadline's, as written) that may be two years, "2008-09": said (ambiguous-date).
void note_year_span(const Deadline& deadline, std::string_view words, Findings& out);

}  // namespace mseg
