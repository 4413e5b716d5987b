// Finding parenthesised groups, which may nest: "(Singapore (to be confirmed) /September 2006)".
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace mseg {

struct TrailingGroups {
  std::vector<std::string_view> groups;  // last group first, parentheses included
  std::string_view rest;                 // what stands before the first group, untrimmed
};

// Peels the groups that end `s`, last first, stopping at the first thing that is
// not a group. `skip` lists characters also allowed after a group ('.' or ';'
// after a citation). Every character is visited a bounded number of times.
TrailingGroups trailing_groups(std::string_view s, std::string_view skip = {});
// The same into `out`, reusing its room: called once per paragraph, a fresh
// vector each time was a tenth of a large plan's allocations. `joined`: two
// groups may also stand apart by one ',', ';', '.', '&' or "and" ("(Australia/March
// 2008); (Japan/June 2008)"), as an action's tags are written.
void trailing_groups(std::string_view s, std::string_view skip, TrailingGroups& out, bool joined = false);

// The length of a footnote mark that ends `s` after a ')': one to three of '*', '†', '‡' and the superscript
// digits, or one or two digits (a Word superscript, which loses its raise in the text) — "(US/March 2008)¹",
// "(Ministerial Statement 2004)2" — a caret before them ("^1"), or one or two digits, a lower-case letter or '*' in
// square brackets or two digits in parentheses ("[1]", "[a]", "(2)"); spaces before the mark with it (a helper's
// finding: "(Ministerial Statement 2007) [1]" lost the directive's citation, unsaid); after a '.' or ';' that
// follows the ')' too, the stop not in the mark ("(Leaders' Statement 2005). 2"). 0 when there is none.
std::size_t footnote_mark_after_group(std::string_view s);

// The length of a footnote mark that ends `s`, anywhere (an owner's name, "Canada¹", "Japan 2", "Korea[1]"), the
// spaces before it included; the marks are footnote_mark_after_group's. 0 when there is none.
std::size_t footnote_mark_at_end(std::string_view s);

// Takes such a mark off the end of `s` (trimmed first) and returns it; `s` is left as it was, and an empty view
// returned, when there is none.
std::string_view take_footnote_mark(std::string_view& s);

// The last parenthesised group of `s` at the top level and what follows it, when no parenthesis follows it:
// "Act. (US/March 2008) Completed." gives "(US/March 2008)" and " Completed.". Empty when `s` has none, or ends
// in one (trailing_groups' case) or in an unbalanced parenthesis.
struct GroupThenText {
  std::string_view group;  // parentheses included
  std::string_view after;  // the rest of `s`, untrimmed, not empty
};
std::optional<GroupThenText> last_group_then_text(std::string_view s);

// The first parenthesis in `s` that has no partner, or nullopt when balanced.
std::optional<std::size_t> unbalanced_paren(std::string_view s);

}  // namespace mseg
