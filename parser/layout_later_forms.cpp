#include "layout_later_forms.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "base/ascii.hpp"
#include "base/per_thread.hpp"
#include "clean.hpp"
#include "lead_tag.hpp"
#include <mseg/economy.hpp>

namespace mseg::layout {

bool starts_part_heading(std::string_view line) {
  // The assembler's rule for a part heading's cell (plan_parser.cpp, is_part_heading), but the part's
  // letter or number in capitals or digits: here the heading is not a cell of its own, and a directive
  // may start "Part of the work...".
  if (!ascii::starts_with_ci(line, "part ")) return false;
  std::size_t i = 5, n = 0;
  while (i < line.size() && (ascii::digit(line[i]) || (line[i] >= 'A' && line[i] <= 'Z')) && n < 4) ++i, ++n;
  return n > 0 && heading_after_label(line, i);
}

bool heading_after_label(std::string_view line, std::size_t at) {
  if (at >= line.size() || line[at] == '.' || line[at] == ':') return true;
  if (line[at] != ' ') return false;
  // A word in lower case after the label is a directive's sentence: "Part A of the ISPS Code asks ..." (a
  // review's finding: the assembler's rule had it, this one not, and the directive became a section of its own).
  const std::size_t word = line.find_first_not_of(' ', at);
  return word == std::string_view::npos || !ascii::is_lower(line[word]);
}

namespace {

// The last `n` words of `text` (letters, apostrophes and hyphens), or empty when it has fewer.
std::string_view last_words(std::string_view text, int n) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '.' || text.back() == ';')) text.remove_suffix(1);
  std::size_t start = text.size();
  for (int k = 0; k < n; ++k) {
    if (k > 0) {
      if (start == 0 || text[start - 1] != ' ') return {};
      --start;
    }
    const std::size_t end = start;
    while (start > 0 && text[start - 1] != ' ' && text[start - 1] != ':' && text[start - 1] != ',') --start;
    if (start == end) return {};
  }
  return text.substr(start);
}

}  // namespace

bool starts_with_action_verb(std::string_view line) {
  static constexpr std::string_view kVerbs[] = {
      "Analyse", "Analyze", "Assess", "Build", "Carry", "Circulate", "Clarify", "Collect", "Compile", "Complete",
      "Conduct", "Consider", "Continue", "Coordinate", "Create", "Design", "Develop", "Disseminate", "Distribute",
      "Draft", "Encourage", "Enhance", "Ensure", "Establish", "Evaluate", "Examine", "Exchange", "Explore",
      "Facilitate", "Finalise", "Finalize", "Formalise", "Formalize", "Hold", "Identify", "Implement", "Improve",
      "Initiate", "Invite", "Launch", "Maintain", "Monitor", "Organise", "Organize", "Participate", "Plan",
      "Prepare", "Present", "Produce", "Promote", "Propose", "Provide", "Publish", "Raise", "Report", "Review",
      "Revise", "Seek", "Share", "Strengthen", "Study", "Submit", "Support", "Survey", "Track", "Train",
      "Undertake", "Update", "Work"};
  const std::size_t end = line.find(' ');
  const std::string_view verb = line.substr(0, end == std::string_view::npos ? line.size() : end);
  return std::find(std::begin(kVerbs), std::end(kVerbs), verb) != std::end(kVerbs);
}

bool new_action_after_owner(std::string_view prev, std::string_view line) {
  const std::string_view one = last_words(prev, 1), two = last_words(prev, 2);
  if (one.empty()) return false;
  // The line starts with a verb an action starts with, not a name going on (a review's finding: "Lead: Japan" /
  // "Coast Guard" cut the owner; a second: "Conduct ISPS Code ..." has no word in lower case to tell it by).
  // "Develop", "Conduct" do; "Coast Guard", "China", "Korea and Chile", "Overseer" do not. And the verb reads as
  // one: a word in lower case after it ("Train the port staff", whatever the owner), or the owner before it is a
  // whole economy ("Lead: Indonesia" / "Conduct ISPS Code ..."): an owner's name may go on with a verb's word
  // ("APEC Policy" / "Support Unit", "APEC" / "Study Centres Consortium": a fourth review's finding).
  if (!starts_with_action_verb(line)) return false;
  std::size_t word = line.find(' ');
  word = word == std::string_view::npos ? line.size() : word;
  const bool lower_after = word + 1 < line.size() && line[word + 1] >= 'a' && line[word + 1] <= 'z';
  if (!lower_after && !canonical_economy(one) && !(!two.empty() && canonical_economy(two))) return false;
  const std::string joined = std::string(one) + " " + std::string(line.substr(0, word));
  for (const std::string& name : economy_names())
    if (ascii::starts_with_ci(name, joined)) return false;
  return true;
}

namespace {

// Whether `line` holds a lead keyword with its colon, and whether an owner follows it on the line.
void lead_label(std::string_view line, bool& label, bool& owner) {
  label = owner = false;
  if (line.find(':') == std::string_view::npos) return;
  Findings scratch;
  if (read_lead_clause(line, scratch)) {
    label = owner = true;
    return;
  }
  // A keyword at the line's end ("Lead Economy:"): its owners are on the next line.
  const std::string probe = std::string(line) + " X";
  label = read_lead_clause(probe, scratch).has_value();
}

}  // namespace

void split_after_lead_clauses(std::span<const std::string_view> lines, std::vector<std::uint32_t>& sizes,
                              std::size_t width, Findings* notes) {
  // The paragraphs are stretches of `lines`, `sizes` lines each: a split cuts one in two, in place, and no
  // paragraph is made (the column-blocks reader calls this for every actions cell with a colon).
  struct Site;
  auto& out = mseg::detail::per_thread<std::vector<std::uint32_t>, Site>();  // kept from call to call: none a cell
  out.clear();
  out.reserve(sizes.size());  // most actions have no lead clause to split after
  // Parentheses open before the line: a tag's "(... Lead Economies: ...", over lines and over paragraphs (a
  // line that starts "– Lead Economies:" inside a tag starts a paragraph as a dash bullet).
  int depth = 0;
  std::size_t at = 0;
  for (const std::uint32_t size : sizes) {
    out.push_back(0);
    bool clause = false, owner = false;  // a lead clause has begun in the paragraph; it has an owner
    for (std::size_t i = at; i < at + size; ++i) {
      const std::string_view line = lines[i];
      if (out.back() > 0 && clause && owner && depth == 0 && width > 0 && !line.empty() && line[0] >= 'A' &&
          line[0] <= 'Z') {
        const std::string_view prev = lines[i - 1];
        std::size_t word = line.find(' ');
        word = word == std::string_view::npos ? line.size() : word;
        if (char_count(prev) + 1 + char_count(line.substr(0, word)) <= width) {
          out.push_back(0);
          // "Co-leads: Korea," / "Peru and Chile": the assembler joins the clause's next paragraph to it.
          clause = lead_clause_continues(prev);
          owner = false;
        } else if (!lead_clause_continues(prev) && new_action_after_owner(prev, line)) {
          // An action's verb starts the line (new_action_after_owner): a new action, though a wrapped line would
          // have taken it (a helper's finding: "Lead: Peru" / "Develop a survey ..." read as one owner, "Peru
          // Develop a survey ... (Thailand").
          out.push_back(0);
          clause = false, owner = false;
          if (notes)
            notes->push_back({DiagnosticCode::layout_inferred,
                              fmt::format("read as a new action: '{}' starts one after a lead clause with its "
                                          "owners, though it would not have fitted after '{}'",
                                          line.substr(0, word), prev),
                              line});
        } else if (notes && !lead_clause_continues(prev)) {  // else the assembler joins them either way
          notes->push_back({DiagnosticCode::layout_inferred,
                            fmt::format("read as the lead clause wrapped on: '{}' would not have fitted after '{}' "
                                        "in a column {} characters wide; a new action if it is one",
                                        line.substr(0, word), prev, width),
                            line});
        }
      }
      ++out.back();
      // Only what stands outside parentheses: a keyword inside a tag wrapped over lines is the tag's.
      std::string_view outside = line;
      for (int d = depth; d > 0 && !outside.empty(); outside.remove_prefix(1)) {
        if (outside[0] == '(') ++d;
        if (outside[0] == ')') --d;
      }
      depth = paren_depth(line, depth);
      bool label = false, owner_here = false;
      lead_label(outside, label, owner_here);
      if (label) {
        clause = true, owner = owner_here;
      } else if (clause) {
        owner = true;
      }
    }
    at += size;
  }
  sizes.assign(out.begin(), out.end());
}

std::vector<Paragraph> split_after_lead_clauses(const std::vector<Paragraph>& paragraphs, std::size_t width,
                                                Findings* notes) {
  std::vector<std::string_view> lines;
  std::vector<std::uint32_t> sizes;
  sizes.reserve(paragraphs.size());
  for (const Paragraph& p : paragraphs) {
    lines.insert(lines.end(), p.begin(), p.end());
    sizes.push_back(static_cast<std::uint32_t>(p.size()));
  }
  split_after_lead_clauses(lines, sizes, width, notes);
  std::vector<Paragraph> out;
  out.reserve(sizes.size());
  std::size_t at = 0;
  for (const std::uint32_t size : sizes) {
    out.emplace_back(lines.begin() + static_cast<std::ptrdiff_t>(at), lines.begin() + static_cast<std::ptrdiff_t>(at + size));
    at += size;
  }
  return out;
}

}  // namespace mseg::layout
