// issue 15: what the text readers (side by side, column blocks) need for the forms
// later plans use, which a wrapped column hides: a part heading above a row's
// directives, and a `Lead:` clause without parentheses that ends an action.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "finding.hpp"
#include "layout_text.hpp"

namespace mseg::layout {

// Whether `line` starts a part heading that groups the rows after it ("Part A.",
// "Part B:", "Part 2 "), as the assembler reads one in a cell of its own, the
// part's letter or number in capitals or digits ("Part of the work" is none).
bool starts_part_heading(std::string_view line);

// Whether what follows a part's label, from `at` in `line`, reads as a heading's: the end, '.' or ':', or a space
// and no word in lower case ("Part A of the ISPS Code asks ..." is a directive's sentence). The one rule of the
// assembler's heading cells and of the laid-out forms' heading lines.
bool heading_after_label(std::string_view line, std::size_t at);

// Whether `line` starts with a verb an action starts with ("Develop", "Conduct", "Hold", "Review"...).
bool starts_with_action_verb(std::string_view line);

// Whether `line`, which starts with a capital, starts a new action after `prev`, the last line of a lead
// clause with its owners: `line` starts with a verb actions start with ("Develop", "Conduct", "Hold"...),
// followed by a word in lower case or after an owner that is a whole economy, and `prev`'s last word with it
// starts no economy's name: "... Lead: Peru" / "Develop a survey ...", "Lead: Indonesia" / "Conduct ISPS
// ..."; not "Lead: Viet" / "Nam", "Lead: Japan" / "Coast Guard", "APEC Policy" / "Support Unit".
bool new_action_after_owner(std::string_view prev, std::string_view line);

// The action paragraphs of a cell, split where a lead clause written without
// parentheses ("... Lead: Canada, United States" / "and Thailand") ended an
// action and the next one starts on the following line. The clause has its
// owners once a line after its keyword holds a word ("Lead Economy:" /
// "Australia"); after that a line that starts with a capital starts a new
// paragraph when its first word would have fitted on the line before in a
// column `width` characters wide: a wrapped line would have taken it, so the
// line was ended by hand; or, when it would not have fitted, where new_action_after_owner says so (with a
// layout-inferred note: a guess from the names). After a clause that asks for more (it ends in ',',
// '&' or "and": "Co-leads: Korea," / "Peru and Chile") that paragraph goes on
// with the clause, as the assembler reads it. A capital line joined because it
// would not have fitted (and the clause asked for no more) is a layout-inferred
// note in `notes`, when given. With `width` 0 nothing is split.
std::vector<Paragraph> split_after_lead_clauses(const std::vector<Paragraph>& paragraphs, std::size_t width,
                                                Findings* notes = nullptr);
// The same over `lines` whose paragraphs are `sizes` lines each, the sizes split in place.
void split_after_lead_clauses(std::span<const std::string_view> lines, std::vector<std::uint32_t>& sizes,
                              std::size_t width, Findings* notes = nullptr);

}  // namespace mseg::layout
