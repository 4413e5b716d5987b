#include "tag.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <array>
#include <cstdint>
#include <functional>
#include <utility>

#include <mseg/deadline.hpp>
#include <mseg/economy.hpp>

#include "base/ascii.hpp"
#include "base/calendar.hpp"
#include "base/per_thread.hpp"
#include "clean.hpp"
#include "deadline_damage.hpp"
#include "parens.hpp"
#include "patterns.hpp"
#include "numeric_date.hpp"

namespace mseg {
namespace {

namespace pt = patterns;

// A deadline split off after '.', ',' etc. is only looked for this close to
// the end: no deadline form is longer, and it keeps hostile groups linear.
constexpr std::size_t kTailWindow = 160;
// Of the separators in that window, the ones nearest the end are tried.
constexpr std::size_t kMaxTries = 16;
// A "to be confirmed" marker is looked for in this many trailing bytes of an owner.
constexpr std::size_t kMarkerWindow = 64;
// Text quoted in a message is cut to this many bytes.
constexpr std::size_t kQuoteMax = 60;

using ascii::alnum;
using ascii::lower;

// Length of a dash at s[i] with white space on both sides (" - ", " – ", " — "), or 0.
std::size_t spaced_dash(std::string_view s, std::size_t i) {
  std::size_t n = 0;
  if (s[i] == '-') {
    n = 1;
  } else if (s[i] != '\xE2') {
    return 0;  // not even the first byte of an en or em dash (called on every byte of a tag)
  } else if (s.compare(i, 3, "\u2013") == 0 || s.compare(i, 3, "\u2014") == 0) {
    n = 3;
  } else {
    return 0;
  }
  if (!space_before(s, i) || i + n >= s.size() || space_at(s, i + n) == 0) return 0;
  return n;
}

// Parentheses nest inside a tag ("Singapore (to be confirmed)"); separators
// only count outside them. When the group's parentheses do not balance, they
// are ignored altogether rather than swallowing the rest of the group.
class Depth {
 public:
  explicit Depth(bool flat) : flat_(flat) {}
  // Whether c stands outside any nested parentheses.
  bool top(char c) {
    if (flat_) return true;
    if (c == '(') {
      ++depth_;
      return false;
    }
    if (c == ')') {
      if (depth_ > 0) --depth_;
      return false;
    }
    return depth_ == 0;
  }

 private:
  bool flat_;
  std::size_t depth_ = 0;
};

std::string quote(std::string_view s) {
  if (s.size() <= kQuoteMax) return std::string(s);
  std::size_t n = kQuoteMax;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;  // whole characters only
  std::string out(s.substr(0, n));
  out += "\u2026";
  return out;
}

// A '.', ',', ';' or spaced dash that may stand where '/' belongs.
struct Separator {
  std::size_t pos;  // no initialisers: read_tag keeps 160 of them on the stack per tag
  std::size_t len;
};

struct Split {
  Separator sep;
  Deadline deadline;
};

// Tries, earliest first, the separators whose tail reads as a recognised
// deadline: the earliest gives the longest deadline ("July 1, 2009", not "2009").
std::optional<Split> split_deadline(std::string_view content, const Separator* seps, std::size_t n) {
  for (std::size_t k = n > kMaxTries ? n - kMaxTries : 0; k < n; ++k) {
    Deadline d = read_deadline(content.substr(seps[k].pos + seps[k].len));
    if (d.kind != DeadlineKind::unknown) return Split{seps[k], std::move(d)};
  }
  return std::nullopt;
}

}  // namespace

// Removes a trailing "to be confirmed" / "TBC" marker, with any parentheses
// and separators before it; returns whether there was one.
bool strip_marker(std::string_view& p) {
  p = trim(p);
  if (p.empty()) return false;
  const std::string_view window = p.size() > kMarkerWindow ? p.substr(p.size() - kMarkerWindow) : p;
  // Every marker holds "tb" (TBC, TBD), "be" (to be confirmed) or "tive" (tentative): without one, the pattern
  // need not run (it ran once per owner).
  if (!ascii::contains_ci(window, "tb") && !ascii::contains_ci(window, "be") && !ascii::contains_ci(window, "tive"))
    return false;
  re2::StringPiece m;
  if (!RE2::PartialMatch(window, pt::tentative_marker(), &m)) return false;
  auto start = static_cast<std::size_t>(m.data() - p.data());
  std::size_t word = start;
  while (word < p.size() && (p[word] == '(' || space_at(p, word) != 0)) ++word;
  if (word > 0 && alnum(p[word - 1])) return false;  // "...xTBC" is a word, not a marker
  p = trim(p.substr(0, start));
  for (;;) {
    if (!p.empty() && (p.back() == ',' || p.back() == ';' || p.back() == ':' || p.back() == '-')) {
      p.remove_suffix(1);
    } else if (p.ends_with("\u2013") || p.ends_with("\u2014")) {
      p.remove_suffix(3);
    } else {
      break;
    }
    p = trim(p);
  }
  return true;
}

namespace {

// "Japan (JCG)" names Japan.
std::string_view without_trailing_group(std::string_view p) {
  if (p.empty() || p.back() != ')') return p;
  std::size_t depth = 0;
  for (std::size_t i = p.size(); i-- > 0;) {
    if (p[i] == ')') {
      ++depth;
    } else if (p[i] == '(' && --depth == 0) {
      return trim(p.substr(0, i));
    }
  }
  return p;
}

// ---- issue 15: collaborators ------------------------------------------------
// "(in collaboration with the IMO)", "(with APEC Secretariat support)" after an
// owner name who helps, not who answers for the action.
// "with support from" before "with": the longer lead first. The last five are a review's finding (owners "Australia
// in conjunction" and "assisted by Japan", no economy, unsaid).
constexpr std::string_view kCollaborationLeads[] = {
    "in collaboration with ", "in cooperation with ", "in consultation with ", "with support from ",
    "with the support of ",   "with ",                "supported by ",         "in conjunction with ",
    "in partnership with ",   "in association with ", "assisted by "};

// Whether s[i] starts the word `lower_word` (written in lower case), in any case.
bool word_at(std::string_view s, std::size_t i, std::string_view lower_word) {
  if (!ascii::starts_with_ci(s.substr(i), lower_word)) return false;
  const std::size_t end = i + lower_word.size();
  return (i == 0 || space_before(s, i)) && (end == s.size() || space_at(s, end) != 0);
}

// The length of the collaboration lead that starts a word at s[i] ("in collaboration with "), 0 if none; a bare
// "with " counts only when `bare_with`, since between owners it names co-owners (issue 15).
std::size_t collaboration_lead_at(std::string_view s, std::size_t i, bool bare_with) {
  if (i >= s.size() || (i > 0 && s[i - 1] != ' ')) return 0;
  // Every lead starts with 'i', 's', 'w' or 'a': most words are passed over by this test alone.
  const char first = lower(s[i]);
  if (first != 'i' && first != 's' && first != 'w' && first != 'a') return 0;
  for (std::string_view lead : kCollaborationLeads)
    if ((bare_with || lead != "with ") && ascii::starts_with_ci(s.substr(i), lead)) return lead.size();
  return 0;
}

// Splits "the IMO and ICAO" into names, dropping "the" and a closing "support".
void add_collaborators(std::string_view list, Tag& tag) {
  std::size_t start = 0;
  auto add = [&](std::string_view name) {
    name = trim(name);
    if (ascii::starts_with_ci(name, "the ")) name = trim(name.substr(4));
    if (name.size() > 8 && ascii::equals_ci(name.substr(name.size() - 8), " support"))
      name = trim(name.substr(0, name.size() - 8));
    if (!name.empty()) tag.collaborators.push_back(collapse_whitespace(name));
  };
  for (std::size_t i = 0; i < list.size(); ++i) {
    std::size_t len = list[i] == ',' || list[i] == ';' ? 1 : word_at(list, i, "and") ? 3 : 0;
    if (len == 0) continue;
    add(list.substr(start, i - start));
    start = i + len;
  }
  add(list.substr(start));
}

// Takes a trailing "(in collaboration with ...)" off an owner into collaborators.
bool strip_collaboration(std::string_view& p, Tag& tag) {
  if (p.empty() || p.back() != ')') return false;
  const std::string_view bare = without_trailing_group(p);
  if (bare.size() == p.size()) return false;
  std::string_view inner = p.substr(bare.size());
  inner = trim(inner.substr(inner.find('(') + 1, inner.size() - inner.find('(') - 2));
  const std::size_t lead = collaboration_lead_at(inner, 0, true);
  if (lead == 0) return false;
  add_collaborators(inner.substr(lead), tag);
  p = bare;
  return true;
}
// ---- end issue 15 -------------------------------------------------------------

// The economy an owner's name `p` (markers and helpers taken off) names, as add_owner reads it: the name itself,
// or the economy in "Japan lead", "Japan (Coast Guard)", "Japan: Coast Guard", "Co-lead: Japan", "Canada¹" (a mark
// taken off when `marked`).
std::optional<std::string> owner_economy(std::string_view p, bool marked = true) {
  std::optional<std::string> economy = canonical_economy(p);
  if (!economy) {
    std::string_view bare = without_trailing_group(p);
    // "Japan lead", "Japan-led", "led by Japan": the economy that leads, the words kept in the name as written (a
    // helper's findings: no economy).
    if (bare.size() == p.size()) {
      for (std::string_view suffix : {std::string_view(" lead"), std::string_view("-led"), std::string_view(" led")})
        if (bare.size() > suffix.size() && ascii::equals_ci(bare.substr(bare.size() - suffix.size()), suffix)) {
          bare = trim(bare.substr(0, bare.size() - suffix.size()));
          break;
        }
      if (bare.size() == p.size() && bare.size() > 7 && ascii::starts_with_ci(bare, "led by "))
        bare = trim(bare.substr(7));
    }
    if (bare.size() != p.size() && !bare.empty()) economy = canonical_economy(bare);
    // "Japan: Coast Guard" past a tag's first colon ("(Lead: Japan: Coast Guard/2009)", "(Korea: KCG; Japan: Coast
    // Guard/2009)"): the economy and its agency, as read_owner_region reads the first (a review's finding).
    // Or a role's words before it, the economy after: "Co-lead: Japan" of "(Lead: Australia; Co-lead: Japan/2009)"
    // (a review's finding: no economy).
    if (const std::size_t colon = p.find(':'); !economy && colon != std::string_view::npos && colon > 0) {
      economy = canonical_economy(trim(p.substr(0, colon)));
      if (!economy) economy = canonical_economy(trim(p.substr(colon + 1)));
    }
    // "Canada¹", "Japan 2": a footnote mark on the name (a footnote on one owner, or the action's put inside its
    // tag): the economy it names, the name as written, said by note_owner_names (a review's finding: no economy,
    // unsaid).
    // The name before the mark read as any other ("Co-lead: Japan*", "Japan (Coast Guard)¹": a review's finding).
    // Once: a hostile name of marks upon marks recursed as deep as it was long.
    if (const std::size_t mark = marked ? footnote_mark_at_end(p) : 0; !economy && mark > 0 && mark < p.size())
      economy = owner_economy(trim(p.substr(0, p.size() - mark)), false);
  }
  return economy;
}

void add_owner(std::string_view p, Tag& tag) {
  while (strip_marker(p)) tag.tentative = true;
  p = trim(p);
  while (strip_collaboration(p, tag)) p = trim(p);  // issue 15
  if (p.empty()) return;
  Owner owner;
  owner.name = collapse_whitespace(p);
  // Zero-width spaces, joiners, the word joiner, a soft hyphen and a stray byte order mark, as text pasted from a
  // PDF or a web page carries them: invisible, so no part of the name a reader sees (nor of what --owner is
  // matched against).
  if (owner.name.find_first_of("\xC2\xE2\xEF") != std::string::npos) {
    std::string seen;
    for (std::size_t i = 0; i < owner.name.size(); ++i) {
      bool breaks = false;
      if (const std::size_t invisible = invisible_at(owner.name, i, &breaks)) {
        if (breaks) seen.push_back(' ');
        i += invisible - 1;
      } else {
        seen.push_back(owner.name[i]);
      }
    }
    owner.name = collapse_whitespace(seen);
    if (owner.name.empty()) return;
  }
  owner.canonical = owner_economy(p);
  owner.economy = owner.canonical.has_value();
  tag.owners.push_back(std::move(owner));
}

// Whether s[i] starts "and/or" as a word (any case): one joiner of owners, its '/' no split of its own.
bool and_or_at(std::string_view s, std::size_t i) {
  return ascii::starts_with_ci(s.substr(i), "and/or") && (i == 0 || space_before(s, i)) &&
         (i + 6 == s.size() || space_at(s, i + 6) != 0);
}

// Whether s[i] starts the word "and".
bool and_word(std::string_view s, std::size_t i) {
  if (i + 3 > s.size() || lower(s[i]) != 'a' || lower(s[i + 1]) != 'n' || lower(s[i + 2]) != 'd')
    return false;
  return (i == 0 || space_before(s, i)) && (i + 3 == s.size() || space_at(s, i + 3) != 0);
}

// The most parts economies_joined looks at: as many as APEC has economies, and a bound on the work where
// each dash of a long name asks (unspaced_label_dash).
constexpr std::size_t kMaxJoined = 21;

// Length of a dash at s[i] with no space on one side or both ('-', '–', '—'), or 0.
std::size_t unspaced_dash(std::string_view s, std::size_t i) {
  std::size_t len = 0;
  if (s[i] == '-') len = 1;
  else if (s[i] == '\xE2' && (s.compare(i, 3, "\u2013") == 0 || s.compare(i, 3, "\u2014") == 0)) len = 3;
  return len != 0 && spaced_dash(s, i) == 0 ? len : 0;
}

// One economy of those a dash joins: its words as written, and the economy's name where two parts name one
// ("Hong Kong-China" of "Hong Kong-China-Japan"), which add_owner would not know written so.
struct JoinedPart {
  std::string_view text;
  std::optional<std::string> economy;
};

// "Japan-Korea", "Chinese Taipei–Japan": economies' names joined by a dash with no spaces round it (a review's
// finding: one owner "Japan-Korea", no economy, unsaid), at the top level ("Korea (co-lead)" is one part). Each
// part an economy (the last as add_owner reads it, "Japan-Korea (TBC)"), two that name one together read as one
// ("Hong Kong-China-Japan": a review's finding, a China never named), and more than one in all ("Hong
// Kong-China" is no two). The parts, or none.
std::vector<JoinedPart> economies_joined(std::string_view s) {
  if (s.find('-') == std::string_view::npos && s.find('\xE2') == std::string_view::npos) return {};
  std::vector<std::string_view> parts;
  std::size_t b = 0;
  int depth = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    std::size_t len = 0;
    if (i < s.size()) {  // at a dash, the part before it
      if (s[i] == '(') ++depth;
      if (s[i] == ')' && depth > 0) --depth;
      if (depth > 0 || (len = unspaced_dash(s, i)) == 0) continue;
    }  // and at the end, the last part
    const std::string_view part = trim(s.substr(b, i - b));
    if (part.empty() || parts.size() == kMaxJoined) return {};
    if (i < s.size() && !canonical_economy(part)) return {};  // the first that is none ends the look
    parts.push_back(part);
    if (i == s.size()) break;
    b = i + len;
    i = b - 1;
  }
  std::vector<JoinedPart> joined;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    std::optional<std::string> one;
    for (std::string_view joiner : {", ", " "})
      if (!one && k + 1 < parts.size())
        one = canonical_economy(std::string(parts[k]).append(joiner).append(parts[k + 1]));
    if (!one) {
      joined.push_back({parts[k], std::nullopt});
      continue;
    }
    const char* end = parts[k + 1].data() + parts[k + 1].size();
    const std::string_view both(parts[k].data(), static_cast<std::size_t>(end - parts[k].data()));
    joined.push_back({both, std::move(one)});
    ++k;
  }
  if (joined.size() < 2) return {};
  if (!joined.back().economy) {
    std::string_view last = joined.back().text;
    while (strip_marker(last)) {
    }
    if (!owner_economy(trim(last))) return {};
  }
  return joined;
}

// Whether the comma between owner pieces `cur` and `next` stands inside an economy's name that a dash joins to
// another: "Japan-Hong Kong, China", "Hong Kong, China-Japan" (a review's finding: owners Hong Kong and China).
bool comma_in_joined(std::string_view cur, std::string_view next) {
  std::size_t last = std::string_view::npos, first = std::string_view::npos;
  for (std::size_t i = 0; i < cur.size(); ++i)
    if (const std::size_t len = unspaced_dash(cur, i)) last = i + len, i += len - 1;
  for (std::size_t i = 0; i < next.size() && first == std::string_view::npos; ++i)
    if (unspaced_dash(next, i) != 0) first = i;
  if (last == std::string_view::npos && first == std::string_view::npos) return false;
  const std::string_view before = trim(last == std::string_view::npos ? cur : cur.substr(last));
  const std::string_view after = trim(first == std::string_view::npos ? next : next.substr(0, first));
  return canonical_economy(std::string(before).append(", ").append(after)).has_value();
}

// Whether `both`, two pieces of owners a comma parted, names an economy ("Hong Kong, China"), or does so up to the
// end of one of the first words from `second` on with what add_owner takes off after it: "Hong Kong, China (TBC)",
// "Hong Kong, China (Marine Department)", "Hong Kong, China*" (a review's finding: owners Hong Kong and China, an
// economy never named). Not "Hong Kong, China Coast Guard", which would be no economy at all.
bool economy_before_more(std::string_view both, std::size_t second) {
  constexpr int kWords = 4;  // "Korea, Republic of": no economy's name is longer after its comma
  if (canonical_economy(both)) return true;
  int words = 0;
  for (std::size_t e = second; e < both.size() && words < kWords; ++e)
    if (!alnum(both[e]) && both[e] != '.' && (alnum(both[e - 1]) || both[e - 1] == '.')) {
      ++words;
      if (canonical_economy(trim(both.substr(0, e)))) {
        std::string_view whole = both;
        // The helpers named after it are no part of the name, as read_owners reads them ("Hong Kong, China assisted
        // by Japan": a review's finding, owners Hong Kong and China).
        for (std::size_t h = e; h < whole.size(); ++h)
          if (collaboration_lead_at(whole, h, false) != 0) {
            whole = whole.substr(0, h);
            break;
          }
        while (strip_marker(whole)) {
        }
        return owner_economy(trim(whole)).has_value();
      }
    }
  return false;
}

// Owners are split on '/', ',', ';', '&' and "and"; two pieces a comma splits
// stay one owner when together they name an economy ("Hong Kong, China").
void read_owners(std::string_view s, bool flat, Tag& tag, Findings* out) {
  struct Piece {
    std::string_view text;
    bool after_comma;
  };
  // Reused across tags (one per thread, as batches parse on several): a
  // fresh vector per tag was a tenth of a large plan's allocations.
  struct Site;
  auto& pieces = mseg::detail::per_thread<std::vector<Piece>, Site>();
  pieces.clear();
  Depth depth(flat);
  std::size_t start = 0;
  bool comma = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (!depth.top(c)) continue;
    std::size_t len = 0;
    if (c == '/' || c == ',' || c == ';') {
      len = 1;
    } else if (c == '&') {
      // "R&D" is one word; "Japan & Peru" two owners.
      const bool inside_word = i > 0 && i + 1 < s.size() && alnum(s[i - 1]) && alnum(s[i + 1]);
      len = inside_word ? 0 : 1;
    } else if (and_word(s, i)) {
      len = 3;
    } else if (and_or_at(s, i)) {
      len = 6;  // "Japan and/or Korea" (a helper's finding: owners "Japan and" and "or Korea")
    } else if (const std::size_t lead = collaboration_lead_at(s.substr(i), 0, false)) {
      // "in collaboration with ...": its "with" names helpers, not a co-owner, so the lead is passed over whole
      // (after a '(' too: "Japan (in collaboration with the IMO" that lost its ')' stays one owner).
      i += lead - 1;
      continue;
    } else if (word_at(s, i, "together with")) {
      len = 13;  // co-owners as "with" names them (a review's finding: the owner "Australia together", no economy)
    } else if (word_at(s, i, "with")) {
      len = 4;  // issue 15: "I&ITSEG with LEG, MEG, AEG" names four groups
    }
    if (len == 0) continue;
    pieces.push_back({s.substr(start, i - start), comma});
    comma = c == ',';
    start = i + len;
    i += len - 1;
  }
  pieces.push_back({s.substr(start), comma});

  // At most one owner per piece: one allocation instead of growing 1, 2, 4.
  tag.owners.reserve(tag.owners.size() + pieces.size());
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    std::string_view cur = trim(pieces[k].text);
    while (k + 1 < pieces.size() && pieces[k + 1].after_comma && !cur.empty()) {
      const std::string_view next = trim(pieces[k + 1].text);
      if (next.empty()) break;
      const std::string_view both(cur.data(), static_cast<std::size_t>(next.data() + next.size() - cur.data()));
      if (!economy_before_more(both, static_cast<std::size_t>(next.data() - cur.data())) &&
          !comma_in_joined(cur, next))
        break;
      cur = both;
      ++k;
    }
    // "(Japan, supported by Korea/2008)": the helpers named after the owners, not in a parenthesis of their own (a
    // helper's finding: "supported by Korea" was an owner, no economy). "with" alone names co-owners (issue 15).
    // "Japan in cooperation with Korea": the owner, then the helpers.
    std::size_t at = std::string_view::npos, lead_size = 0;
    for (std::size_t i = 0; i < cur.size() && at == std::string_view::npos; ++i) {
      const std::size_t lead = collaboration_lead_at(cur, i, false);
      if (lead != 0 && cur.size() > i + lead) at = i, lead_size = lead;
    }
    if (at != std::string_view::npos) {
      add_owner(cur.substr(0, at), tag);
      add_collaborators(s.substr(static_cast<std::size_t>(cur.data() - s.data()) + at + lead_size), tag);
      break;
    }
    if (const std::vector<JoinedPart> parts = economies_joined(cur); !parts.empty()) {
      std::string owners, named;  // as the fix writes them; as the message names them
      for (const JoinedPart& part : parts) {
        const std::size_t before = tag.owners.size();
        add_owner(part.text, tag);
        if (part.economy && tag.owners.size() > before) {
          tag.owners.back().canonical = SharedName(*part.economy);
          tag.owners.back().economy = true;
        }
        const std::string_view written = part.economy ? std::string_view(*part.economy) : part.text;
        owners.append(owners.empty() ? "" : ", ").append(written);
        named.append(named.empty() ? "'" : ", '").append(written).append("'");
      }
      if (out != nullptr)
        out->push_back({DiagnosticCode::owner_dash,
                        fmt::format("'{}' read as the owners {}: economies joined by a dash; owners are parted by ','",
                                    quote(cur), named),
                        cur, std::make_unique<FindingFix>(FindingFix{cur, owners})});
      continue;
    }
    add_owner(cur, tag);
  }
}

// A label's dash typed with no space on one side or both, "Pilot Project-Australia", "Questionnaire–Singapore"
// (a review's finding: one owner, no economy, unsaid): the first dash at the top level before the first '/' or ':'
// whose words after it, to the first ',', ';', '&' or '/', name an economy, the words before it none, and the whole
// none either ("Hong Kong-China" is one). Its place and length (1 or 3 bytes); npos when there is none.
std::size_t unspaced_label_dash(std::string_view region, std::size_t& len) {
  // Where the first owner ends, found once: a name of many hyphens looked for it from each (quadratic).
  const std::size_t stop = std::min(region.find_first_of(",;&/:"), region.size());
  // Whether every part before this dash, between the unspaced dashes, is an economy ("Japan-Korea-Peru": owners, no
  // label), kept as the dashes are passed: asked anew of all before each, a name of many was quadratic.
  bool economies_before = true;
  std::size_t part = 0;
  int depth = 0;
  for (std::size_t i = 0; i < region.size(); ++i) {
    const char c = region[i];
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (c == '/' || c == ':') break;
    if (depth > 0 || c == ',' || c == ';' || c == '&') {
      if (depth == 0) break;  // past the first owner: a label stands before it
      continue;
    }
    if (c != '-' && c != '\xE2') continue;  // most bytes: no dash is looked for
    const std::size_t n = unspaced_dash(region, i);
    if (n == 0) continue;
    const std::string_view before = trim(region.substr(0, i));
    economies_before = economies_before && canonical_economy(trim(region.substr(part, i - part)));
    part = i + n;
    if (i + n > stop) break;
    const std::string_view after = trim(region.substr(i + n, stop - i - n));
    if (before.empty() || after.empty() || economies_before || canonical_economy(before)) continue;
    if (!canonical_economy(after) && economies_joined(after).empty()) continue;
    const std::string_view whole = trim(region.substr(0, static_cast<std::size_t>(after.data() + after.size() -
                                                                                  region.data())));
    std::string spaced(whole);
    spaced.replace(i - static_cast<std::size_t>(whole.data() - region.data()), n, " ");
    if (canonical_economy(spaced)) continue;
    len = n;
    return i;
  }
  return std::string_view::npos;
}

}  // namespace

// "Label – Role: owner, owner/owner": the label is set off by a spaced dash and
// the role by a colon, both in the first '/'-part.
void read_owner_region(std::string_view region, bool flat, Tag& tag, Findings* out) {
  Depth depth(flat);
  std::size_t dash = std::string_view::npos, dash_len = 0, colon = std::string_view::npos;
  for (std::size_t i = 0; i < region.size(); ++i) {
    const char c = region[i];
    if (!depth.top(c)) continue;
    if (c == '/') break;
    if (c == ':') {
      colon = i;
      break;
    }
    if (dash == std::string_view::npos && (c == '-' || c == '\xE2')) {
      if (const std::size_t n = spaced_dash(region, i)) {
        dash = i;
        dash_len = n;
      }
    }
  }
  if (dash == std::string_view::npos) dash = unspaced_label_dash(region, dash_len);  // said by note_label_dash
  std::size_t rest = 0;
  if (dash != std::string_view::npos) {
    std::string label = collapse_whitespace(region.substr(0, dash));
    // Every name in it an economy: "Australia, New Zealand – Japan".
    bool economies = !label.empty();
    for (std::size_t b = 0; economies && b <= label.size();) {
      std::size_t e = label.find(',', b);
      if (e == std::string::npos) e = label.size();
      std::string_view name = trim(std::string_view(label).substr(b, e - b));
      if (name.starts_with("and ")) name.remove_prefix(4);
      economies = !name.empty() && canonical_economy(name).has_value();
      b = e + 1;
    }
    if (economies) {
      // "(Australia - Japan/March 2008)": an economy is somebody, not a label; both are owners (Australia was
      // dropped, a label).
      read_owners(region.substr(0, dash), flat, tag, out);
    } else if (!label.empty()) {
      tag.label = std::move(label);
    }
    rest = dash + dash_len;
  }
  if (colon != std::string_view::npos) {
    std::string role = collapse_whitespace(region.substr(rest, colon - rest));
    // "(Japan: Coast Guard/2009)", "Lead: Hong Kong, China: Marine Department": an economy before the colon is
    // the owner, the words after it its agency (a helper's finding: the role "Japan" and the owner "Coast Guard",
    // no economy, so that `query --owner Japan` missed it; in a lead clause Hong Kong, China was lost). The first
    // owner after the colon is the economy's, named as written; the owners after it are their own.
    if (auto economy = canonical_economy(role)) {
      const std::size_t first = tag.owners.size();
      read_owners(region.substr(colon + 1), flat, tag, out);
      if (tag.owners.size() == first || tag.owners[first].economy) {  // "(Japan: Korea/2009)": both owners
        tag.owners.insert(tag.owners.begin() + static_cast<std::ptrdiff_t>(first),
                          Owner{std::move(role), SharedName(*economy), true});
      } else {
        Owner& agency = tag.owners[first];
        agency.name = role + ": " + agency.name;
        agency.canonical = SharedName(*economy);
        agency.economy = true;
      }
      return;
    }
    if (!role.empty()) tag.role = std::move(role);
    rest = colon + 1;
  }
  read_owners(region.substr(rest), flat, tag, out);
}

namespace {

// The separator with the spaces around it, all of which '/' replaces.
std::string_view with_spaces(std::string_view content, Separator sep) {
  std::size_t begin = sep.pos, end = sep.pos + sep.len;
  while (begin > 0 && content[begin - 1] == ' ') --begin;
  while (end < content.size() && content[end] == ' ') ++end;
  return content.substr(begin, end - begin);
}

// "(U.S. March 2008)": a '.' after "U.S" ends the abbreviation, and is no separator: the spaces after it stand where
// '/' belongs (a new user's finding: the safe fix wrote "(U.S/March 2008)"). So is a stop after a word owners'
// names shorten ("(APEC Sec. March 2008)"). Other separators are as found.
Separator abbreviation_kept(std::string_view content, Separator sep) {
  const std::size_t p = sep.pos;
  const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (sep.len != 1 || content[p] != '.') return sep;
  const bool initials = p >= 3 && upper(content[p - 1]) && content[p - 2] == '.' && upper(content[p - 3]);
  if (!initials && !pt::ends_in_owner_abbreviation(content.substr(0, p))) return sep;
  std::size_t end = p + 1;
  while (end < content.size() && content[end] == ' ') ++end;
  return {p + 1, end - p - 1};
}

Finding separator_finding(std::string_view content, Separator sep, std::string message = {}) {
  const std::string_view where = content.substr(sep.pos, sep.len);
  if (message.empty() && (sep.len == 0 || content[sep.pos] == ' ')) {
    message = "no '/' between owner and deadline after '";
    message += trim(content.substr(0, sep.pos));
    message += "'; expected '/'";
  }
  if (message.empty()) {
    message = "'";
    message += where;
    message += "' separates owner from deadline; expected '/'";
  }
  return {DiagnosticCode::tag_separator, std::move(message), where,
          std::make_unique<FindingFix>(FindingFix{with_spaces(content, sep), "/"})};
}

// An invalid date or a misspelt month: reported for what it is, not as an unknown form.
std::optional<Finding> damage_finding(std::string_view written) {
  const std::string_view text = trim(written);
  auto damage = deadline_damage(text);
  if (!damage) return std::nullopt;
  if (damage->kind == DeadlineDamage::Kind::invalid_date)
    return Finding{DiagnosticCode::invalid_date, "'" + quote(text) + "' is not a date: " + damage->reason, text};
  std::string message = "unknown deadline form '" + quote(text) + "': " + did_you_mean(damage->suggestions);
  Finding f{DiagnosticCode::misspelled_month, std::move(message), damage->word};
  if (damage->suggestions.size() == 1) {
    f.fix = std::make_unique<FindingFix>(FindingFix{damage->word, damage->suggestions.front()});
  }
  return f;
}

// The separator, nearest the end first, whose tail is a damaged deadline:
// "(Chair, 31 February 2008)" is a tag whose date does not exist.
std::optional<std::pair<Separator, Finding>> damaged_split(std::string_view content, const Separator* seps,
                                                           std::size_t n) {
  for (std::size_t k = n; k-- > (n > kMaxTries ? n - kMaxTries : 0);)
    if (auto f = damage_finding(content.substr(seps[k].pos + seps[k].len))) return std::pair{seps[k], std::move(*f)};
  return std::nullopt;
}

// Digits alone ("15", "2008"): nobody is named so.
using ascii::all_digits;

// The first word of `text` that is a day written with '/' reading both day-first and month-first, if any.
std::optional<std::string_view> ambiguous_date_in(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '-')) ++i;
    std::size_t end = i;
    while (end < text.size() && text[end] != ' ' && text[end] != '-') ++end;
    if (end > i && is_ambiguous_date(text.substr(i, end - i))) return text.substr(i, end - i);
    i = end;
  }
  return std::nullopt;
}

// The last "2008-09" in `text`, a word of its own, that is the month `month` starts, where the month's number is the
// next year's last two digits: September 2008 as ISO writes a month, or the years 2008 to 2009 as plans write a span.
// Empty when there is none.
std::string_view year_span_like(std::string_view text, Date month) {
  const auto word_char = [](char c) { return alnum(c) || c == '-'; };
  for (std::size_t dash = text.rfind('-'); dash != std::string_view::npos && dash >= 4;
       dash = dash == 0 ? std::string_view::npos : text.rfind('-', dash - 1)) {
    const std::size_t b = dash - 4, e = dash + 3;
    if (e > text.size() || (b > 0 && word_char(text[b - 1])) || (e < text.size() && word_char(text[e]))) continue;
    const std::string_view span = text.substr(b, 7);
    if (!all_digits(span.substr(0, 4)) || !all_digits(span.substr(5))) continue;
    const int year = (span[0] - '0') * 1000 + (span[1] - '0') * 100 + (span[2] - '0') * 10 + (span[3] - '0');
    const int number = (span[5] - '0') * 10 + (span[6] - '0');
    if (year == month.year && number == month.month && number == (year + 1) % 100) return span;
  }
  return {};
}

// Digits with the stops, dashes and spaces of a date ("31.03", "15-09"), or a number right beside a month's name
// or one a letter from it ("Marhc 15", "15 Marhc", of "Marhc 15, 2008"): nobody is named so. Beside it: a review's
// finding, "Up to 3 economies that may volunteer" and "Group of 20 Many" were warned of.
bool date_numbers(std::string_view name) {
  if (name.find_first_of("0123456789") == std::string_view::npos) return false;
  if (name.find_first_not_of("0123456789.- ") == std::string_view::npos) return true;
  const auto month_like = [](std::string_view w) {
    return w.size() >= 3 && (patterns::month_spelling(w) ||
                             std::any_of(std::begin(calendar::kMonthNames), std::end(calendar::kMonthNames),
                                         [&](std::string_view m) {
                                           return w.size() >= 5 && edit_distance(w, m, 1) <= 1;  // not "Many"
                                         }));
  };
  // Words of letters or of digits, in order; anything else parts them.
  std::string_view before;  // the word before, if only spaces, a ',' or a '.' stand between
  for (std::size_t i = 0; i < name.size();) {
    const bool letters = ascii::letter(name[i]), digits = ascii::digit(name[i]);
    if (!letters && !digits) {
      if (name[i] != ' ' && name[i] != ',' && name[i] != '.') before = {};
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < name.size() && (letters ? ascii::letter(name[end]) : ascii::digit(name[end]))) ++end;
    const std::string_view word = name.substr(i, end - i);
    if (!before.empty() &&
        ((digits && month_like(before)) || (letters && ascii::digit(before.front()) && month_like(word))))
      return true;
    before = word;
    i = end;
  }
  return false;
}

// Where `name` stands as a whole owner in `region`, from `from` on: between the region's ends, ',', ';', '/', ':',
// '&' or the word "and" ("2008" in "(2008 Review Team, 2008/Japan)" is the second, "Malasia" in "(Malasia Coast
// Guard, Malasia/2008)" the second: a review's finding, the warning and its repair were at the first). npos when
// it stands nowhere so (its spaces collapsed, say).
std::size_t whole_owner_at(std::string_view region, std::string_view name, std::size_t from) {
  const auto parts = [](char c) { return c == ',' || c == ';' || c == '/' || c == ':' || c == '&'; };
  for (std::size_t at = region.find(name, from); at != std::string_view::npos; at = region.find(name, at + 1)) {
    std::size_t b = at, e = at + name.size();
    while (b > 0 && region[b - 1] == ' ') --b;
    while (e < region.size() && region[e] == ' ') ++e;
    const bool starts = b == 0 || parts(region[b - 1]) || (b >= 4 && and_word(region, b - 4) && b < at);
    const bool ends = e == region.size() || parts(region[e]) || (e > at + name.size() && and_word(region, e));
    if (starts && ends) return at;
  }
  return std::string_view::npos;
}

// Whether `name` starts with a maritime or transport body whose numbered meetings plans set as deadlines, as
// patterns::deadline_meeting names them: "TPTWG 31", "MEG-SEC 5".
bool meeting_body(std::string_view name) {
  for (std::string_view body : {"TPTWG", "MEG-SEC", "MSEG", "MEG", "TMM", "SOM"})
    if (name.starts_with(body) && (name.size() == body.size() || !ascii::letter(name[body.size()]))) return true;
  return false;
}

// "(Japan/September 2008 - TBC)", "(March 2008/Australia)": an owner named like a date is a deadline misplaced,
// not somebody; read as written, and said where it stands.
void note_owners_like_deadlines(const Tag& tag, std::string_view region, Findings& out) {
  constexpr std::size_t kMaxName = 64;
  const auto whole_at = [&](std::string_view name, std::size_t from) { return whole_owner_at(region, name, from); };
  std::size_t from = 0;  // the dated owners stand in order: each is looked for after the one before
  for (const Owner& o : tag.owners) {
    if (o.economy || o.name.empty() || o.name.size() > kMaxName) continue;
    // Dated kinds ("TPTWG 32" may name a meeting's body), a deadline misspelt or not a day ("Decmber 2008",
    // "Marhc 15": a review's finding, the separator's safe fix made owners of them and hid the misspelling), or
    // a date's numbers ("31.03" of "31.03.2008").
    const Deadline d = read_deadline(o.name);
    std::string why;
    std::optional<DeadlineDamage> damage;
    if (d.start) why = fmt::format("reads as a deadline ({} to {})", to_string(*d.start), to_string(*d.end));
    // "(Australia/Ongoing/2009)", "(Chair/TPTWG 31/March 2008)": undated deadlines between '/'s (a review's
    // finding: owners "Ongoing" and "TPTWG 31", unsaid). Not "TBD", which stands for an owner not named yet; a
    // meeting only of the bodies whose meetings plans set as deadlines, or one called so ("G20", "ABC 02" are
    // somebody).
    else if (d.kind == DeadlineKind::ongoing ||
             (d.kind == DeadlineKind::meeting && (meeting_body(o.name) || ascii::contains_ci(o.name, "meeting"))))
      why = fmt::format("reads as a deadline ({})", to_string(d.kind));
    else if ((damage = deadline_damage(o.name))) why = "reads as a deadline, misspelt or not a day";
    else if (date_numbers(o.name)) why = "is a date's numbers, or a month's and a number";
    // A month's name alone ("(Japan/September/October 2007)": a range's start written as an owner; a docs check's
    // finding, as docs/validate.md names it), or its short form, or a quarter's or a half's ("(Japan/Sept/Oct
    // 2008)", "(Japan/Q3/Q4 2008)": a helper's finding, read silently as owner Sept and October). Whole names
    // only: no body is called "September" or "Q3".
    else if (patterns::month_spelling(o.name))
      why = "is a month's name";
    else if (o.name.size() == 2 && ((ascii::lower(o.name[0]) == 'q' && o.name[1] >= '1' && o.name[1] <= '4') ||
                                    (ascii::lower(o.name[0]) == 'h' && (o.name[1] == '1' || o.name[1] == '2'))))
      why = "is a quarter's or a half's name";
    else continue;
    const std::size_t at = whole_at(o.name, from);
    if (at != std::string_view::npos) from = at + o.name.size();
    out.push_back({DiagnosticCode::owner_like_deadline,
                   fmt::format("owner '{}' {}: a '/' or a separator is misplaced, or the tag holds two deadlines; "
                               "it was read as an owner",
                               quote(o.name), why),
                   at == std::string_view::npos ? trim(region) : region.substr(at, o.name.size())});
    // What is wrong with it, where it stands, as a deadline's damage is said (a misspelt month has its fix).
    if (damage && at != std::string_view::npos)
      if (auto f = damage_finding(region.substr(at, o.name.size()))) out.push_back(std::move(*f));
  }
}

// The most names note_owner_names looks at: longer than any economy's name with a mark, and a bound on the work.
constexpr std::size_t kMaxOwnerName = 40;

// "(Pilot Project-Australia/October 2007)": the label read apart at a dash with no spaces round it, said.
void note_label_dash(const Tag& tag, std::string_view region, Findings& out) {
  if (!tag.label) return;
  bool spaced = false;
  for (std::size_t i = 0; i < region.size() && !spaced; ++i) spaced = spaced_dash(region, i) != 0;
  std::size_t len = 0;
  const std::size_t dash = spaced ? std::string_view::npos : unspaced_label_dash(region, len);
  if (dash == std::string_view::npos) return;
  out.push_back({DiagnosticCode::label_dash,
                 fmt::format("'{}' read as the label '{}' and the owners after the dash; a label's dash has spaces "
                             "round it",
                             quote(trim(region)), *tag.label),
                 region.substr(dash, len)});
}

// economy_misspelt for an owner's name, remembered: a plan names its few owners that are no economy (Chair,
// Secretariat) over and over, and comparing each with every economy's names made a parse of 600,000 of them a
// fifth slower. A few slots, each a name's place by its hash, and no allocation: a plan of names that all differ
// pays a hash and a comparison more a name.
std::optional<std::string> remembered_misspelling(std::string_view name) {
  struct Slot {
    bool used = false;
    std::uint8_t size = 0;
    std::array<char, kMaxOwnerName> name{};
    std::optional<std::string> economy;
  };
  struct Site;
  auto& slots = mseg::detail::per_thread<std::array<Slot, 64>, Site>();
  if (name.size() > kMaxOwnerName) return economy_misspelt(name);
  Slot& slot = slots[std::hash<std::string_view>{}(name) % slots.size()];
  if (slot.used && slot.size == name.size() && std::equal(name.begin(), name.end(), slot.name.begin()))
    return slot.economy;
  slot.economy = economy_misspelt(name);
  slot.used = true;
  slot.size = static_cast<std::uint8_t>(name.size());
  std::copy(name.begin(), name.end(), slot.name.begin());
  return slot.economy;
}

// What is amiss with an owner's name, said where it stands: a footnote mark at its end ("(Canada¹/2008)",
// "(Secretariat*/2008)"; a mark of digits alone only after an economy's name: "TPTWG 31" is a body's), and an
// economy's name misspelt ("Phillipines": a review's finding, no economy, unsaid; read as written).
void note_owner_names(const Tag& tag, std::string_view region, Findings& out) {
  std::size_t from = 0;  // the owners stand in order: each is looked for after the one before
  bool lost = false;     // one was not found (its spaces collapsed): the rest are not looked for, each to the end
  for (const Owner& o : tag.owners) {
    const std::string_view name = o.name;
    std::optional<std::string_view> place;  // looked for once, and only when something is said
    const auto at = [&] {
      if (!place) {
        const std::size_t found = lost ? std::string_view::npos : whole_owner_at(region, name, from);
        if (found != std::string_view::npos) from = found + name.size();
        lost = found == std::string_view::npos;
        place = lost ? trim(region) : region.substr(found, name.size());
      }
      return *place;
    };
    const std::size_t mark = footnote_mark_at_end(name);
    // "(2)" after an economy ("Canada (2)") may count its people: read as the economy, as ever, unsaid.
    const std::string_view written = trim(name.substr(name.size() - mark));
    if (mark > 0 && mark < name.size() && !written.starts_with('(')) {
      const bool digits = written.find_first_of("0123456789") != std::string_view::npos &&
                          written.find_first_not_of("0123456789^[] ") == std::string_view::npos;
      if (o.economy && !canonical_economy(name))  // a name that ends so is not one
        out.push_back({DiagnosticCode::owner_mark,
                       fmt::format("owner '{}' ends in a footnote mark '{}': read as {}, the name kept as written",
                                   quote(name), written, *o.canonical),
                       at()});
      else if (!o.economy && !digits)
        out.push_back({DiagnosticCode::owner_mark,
                       fmt::format("owner '{}' ends in a footnote mark '{}': read as written", quote(name), written),
                       at()});
    }
    if (o.economy || name.size() > kMaxOwnerName) continue;
    if (const auto economy = remembered_misspelling(name)) {
      const std::string_view where = at();
      Finding f{DiagnosticCode::misspelled_economy,
                fmt::format("owner '{}' is no APEC economy: did you mean \"{}\"? It was read as written", quote(name),
                            *economy),
                where};
      if (where.size() == name.size())
        f.fix = std::make_unique<FindingFix>(FindingFix{where, *economy, {}, false});
      out.push_back(std::move(f));
    }
  }
}

}  // namespace

// "(Japan/2008-09)": a month, or two years (a review's finding: read as September 2008, unsaid); looked for once
// the deadline is read, however it was ("2008-09 (TBC)", "Japan. 2008-09": a review's finding, unsaid), in the
// deadline's own words: a "2008-09" in a label or an owner ("Budget 2008-09 – Japan/September 2008") is none of its.
void note_year_span(const Deadline& deadline, std::string_view words, Findings& out) {
  if (deadline.kind != DeadlineKind::month || deadline.text.empty() || !deadline.start) return;
  const std::size_t at = words.rfind(deadline.text);
  if (at == std::string_view::npos) return;
  const std::string_view span = year_span_like(words.substr(at, deadline.text.size()), *deadline.start);
  if (span.empty()) return;
  const int year = deadline.start->year;
  out.push_back({DiagnosticCode::ambiguous_date,
                 fmt::format("'{}' was read as a month, {} to {}; if it means the years {} to {}, write them '{}-{}'",
                             span, to_string(*deadline.start), to_string(*deadline.end), year, year + 1, year,
                             year + 1),
                 span});
}

void note_owner_region(const Tag& tag, std::string_view region, Findings& out) {
  note_owners_like_deadlines(tag, region, out);
  note_owner_names(tag, region, out);
  note_label_dash(tag, region, out);
}

bool reads_as_tag(std::string_view group) {
  if (group.find('/') == std::string_view::npos) return false;
  Findings scratch;
  const std::optional<Tag> tag = read_tag(group, scratch);
  if (!tag || tag->owners.empty() || tag->deadline.kind == DeadlineKind::unknown) return false;
  for (const Owner& o : tag->owners) {
    if (patterns::looks_like_citation(o.name)) return false;
    if (ascii::only_digits_and_spaces(o.name)) return false;
  }
  for (const Finding& f : scratch)
    if (f.code == DiagnosticCode::tag_separator) return false;  // the '/' is not what parted owner and deadline
  return true;
}

bool web_address_in(std::string_view s) {
  return s.find("://") != std::string_view::npos || ascii::contains_ci(s, "www.");
}

bool project_number_in(std::string_view s) {
  if (!ascii::contains_ci(s, "project")) return false;
  for (std::size_t i = 1; i + 4 < s.size(); ++i) {
    if (s[i] != '/' || !ascii::digit(s[i - 1])) continue;
    std::size_t digits = i;
    while (digits > 0 && ascii::digit(s[digits - 1])) --digits;
    if (i - digits < 2 || i - digits > 3) continue;
    std::size_t letters = digits;
    if (letters > 0 && (s[letters - 1] == ' ' || s[letters - 1] == '-')) --letters;
    const std::size_t end = letters;
    while (letters > 0 && ascii::is_upper(s[letters - 1])) --letters;
    if (end - letters < 2 || end - letters > 6 || (letters > 0 && ascii::alnum(s[letters - 1]))) continue;
    const std::string_view year = s.substr(i + 1, 4);
    if (ascii::all_digits(year) && (year[0] == '1' || year[0] == '2')) return true;
  }
  return false;
}

bool document_number_in(std::string_view s) {
  for (std::size_t i = 4; i + 1 < s.size(); ++i) {
    if (s[i] != '/' || s[i + 1] < 'A' || s[i + 1] > 'Z') continue;
    const std::string_view year = s.substr(i - 4, 4);
    if (!ascii::all_digits(year) || (year[0] != '1' && year[0] != '2')) continue;
    if (i > 4 && ascii::alnum(s[i - 5])) continue;
    std::size_t j = i + 1;
    while (j < s.size() && ((s[j] >= 'A' && s[j] <= 'Z') || ascii::digit(s[j]) || s[j] == '-')) ++j;
    if (j < s.size() && s[j] == '/') return true;
  }
  return false;
}

namespace {

// A part between '/'s that may begin or go on a deadline written with them: one ending in a number ("15",
// "by 05", "2008 - 07"), a day with its ending ("15th", "15."), or one ending in a month ("Sept.", "2008 - Mar").
bool deadline_part(std::string_view p) {
  if (p.empty()) return false;
  if (p.back() >= '0' && p.back() <= '9') return true;
  std::size_t word = p.size();
  while (word > 0 && p[word - 1] != ' ') --word;
  std::string_view last = p.substr(word);
  if (last.ends_with('.')) last.remove_suffix(1);
  if (pt::month_spelling(last)) return true;
  std::size_t digits = 0;
  while (digits < last.size() && last[digits] >= '0' && last[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2) return false;
  const std::string_view rest = last.substr(digits);
  return rest.empty() || ascii::equals_ci(rest, "st") || ascii::equals_ci(rest, "nd") || ascii::equals_ci(rest, "rd") ||
         ascii::equals_ci(rest, "th");
}

// Whether `text`, perhaps with a "TBC" marker after it, reads as a deadline.
bool reads_as_deadline(std::string_view text) {
  if (read_deadline(text).kind != DeadlineKind::unknown) return true;
  return strip_marker(text) && !text.empty() && read_deadline(text).kind != DeadlineKind::unknown;
}


}  // namespace

namespace {
std::optional<Tag> read_one_tag(std::string_view group, Findings& out);

// Whether " and " (any case) starts at s[i]: a joiner of two tags, as ',' ';' '&' are.
bool spaced_and_at(std::string_view s, std::size_t i) {
  return s[i] == ' ' && i + 4 < s.size() && ascii::equals_ci(s.substr(i + 1, 3), "and") && s[i + 4] == ' ';
}
}  // namespace

bool split_tag_group(std::string_view group, std::vector<TagPiece>& pieces) {
  pieces.clear();
  std::string_view content = group;
  if (!content.empty() && content.front() == '(') content.remove_prefix(1);
  if (!content.empty() && content.back() == ')') content.remove_suffix(1);
  // A deadline is short: longer text on either side of a joiner is not read (and hostile groups stay linear).
  constexpr std::size_t kMaxSide = 64;
  const auto says_when_in = [](std::string_view t) {
    t = trim(t);
    return !t.empty() && t.size() <= kMaxSide && says_when(read_deadline(t).kind);
  };
  // Most groups hold no ',', ';', '&' or "and" after a '/': read whole, with nothing allocated.
  {
    const std::size_t slash = content.find('/');
    if (slash == std::string_view::npos || content.find_first_of(",;&", slash) == std::string_view::npos) {
      bool and_word = false;
      for (std::size_t i = slash == std::string_view::npos ? content.size() : slash; i < content.size() && !and_word; ++i)
        and_word = spaced_and_at(content, i);
      if (!and_word) return false;
    }
  }
  const bool flat = unbalanced_paren(content).has_value();
  Depth depth(flat);
  struct Joiner {
    std::size_t pos, end;
  };
  std::vector<std::size_t> slashes;
  std::vector<Joiner> joiners;
  for (std::size_t i = 0; i < content.size(); ++i) {
    const char c = content[i];
    if (!depth.top(c)) continue;
    if (c == '/') slashes.push_back(i);
    else if (c == ',' || c == ';' || c == '&') joiners.push_back({i, i + 1});
    else if (spaced_and_at(content, i))
      joiners.push_back({i, i + 4});
  }
  if (slashes.empty() || joiners.empty()) return false;
  std::size_t start = 0, s = 0;
  bool deadline_only = false;  // the piece that starts at `start` names no owner
  for (std::size_t ji = 0; ji < joiners.size(); ++ji) {
    const Joiner& j = joiners[ji];
    while (s < slashes.size() && slashes[s] < j.pos) ++s;  // slashes[s]: the first after the joiner
    if (s == 0) continue;                                   // among the first owners
    const std::size_t before = slashes[s - 1];              // the '/' the left side's deadline follows
    const std::size_t left_from = before < start ? start : before + 1;
    if (before < start && !deadline_only) continue;
    const std::size_t next = s < slashes.size() ? slashes[s] : content.size();
    // Before another owner and '/', any deadline ends a tag ("(Chile/ongoing, Peru/2009)"); before a deadline
    // alone, one that says when ("TBC" after a comma is the tag's marker).
    const std::string_view left = trim(content.substr(left_from, j.pos - left_from));
    if (next == content.size() ? !says_when_in(left)
                               : (left.empty() || left.size() > kMaxSide || read_deadline(left).kind == DeadlineKind::unknown))
      continue;
    // A deadline with a comma in it goes on past this joiner ("(Chile/SOM III, 2010, Peru/2011)": SOM III, 2010 is
    // Chile's, a review's finding): the joiner after is where it may end.
    if (ji + 1 < joiners.size() && joiners[ji + 1].pos < next &&
        says_when_in(content.substr(left_from, joiners[ji + 1].pos - left_from)))
      continue;
    // With no '/' after it, the right side is one deadline, up to the next joiner: "March 2008, June 2008, ...".
    const std::size_t right_end = next == content.size() && ji + 1 < joiners.size() ? joiners[ji + 1].pos : next;
    const std::string_view right = trim(content.substr(j.end, right_end - j.end));
    if (right.empty()) continue;
    bool second_deadline = false;
    if (next == content.size()) {
      // "Korea/March 2008, June 2008": another deadline for the same owners; "TBC" and the like are the tag's.
      if (!says_when_in(right)) continue;
      // "SOM III, 2010": one deadline with a comma in it, not two (a new user's finding: two tags, SOM III's and
      // 2010's).
      if (says_when_in(content.substr(left_from, right_end - left_from))) continue;
      second_deadline = true;
    } else if (says_when_in(right)) {
      continue;  // "2008, 2009/2010": no owner after the joiner
    }
    pieces.push_back({trim(content.substr(start, j.pos - start)), deadline_only});
    start = j.end;
    deadline_only = second_deadline;
  }
  if (pieces.empty()) return false;
  pieces.push_back({trim(content.substr(start)), deadline_only});
  return true;
}

std::optional<Tag> read_tag(std::string_view group, Findings& out) {
  const std::size_t first_finding = out.size();
  std::optional<Tag> tag = read_one_tag(group, out);
  // "(see document 2008/TPTWG31/MEG-SEC/004)", "(12/15 economies responded)": '/'s that part no owner from a
  // deadline. With no deadline read, a group citing a document number or naming only numbers is the action's
  // words (its '/'s made owners "TPTWG31" and "12").
  // "(http://www.apec.org/mseg/2008)", "(APEC project TPT 01/2008)": a web address's and a project number's '/'s
  // part no owner from a deadline either, whatever the last part reads as (a helper's finding: the role "http",
  // owners "www.apec.org" and "mseg", due in 2008; the owner "APEC project TPT 01").
  // Only when the address or number is where the owners were read: "(Japan/2008; see www.apec.org)" stays Japan's
  // tag (a review's finding).
  if (tag && (web_address_in(group) || project_number_in(group))) {
    const auto named = [](std::string_view name) { return web_address_in(name) || ascii::contains_ci(name, "project"); };
    const bool in_owners = (tag->role && named(*tag->role)) ||
                           std::any_of(tag->owners.begin(), tag->owners.end(),
                                       [&](const Owner& o) { return named(o.name); });
    if (in_owners || tag->owners.empty()) {
      out.resize(first_finding);
      return std::nullopt;
    }
  }
  if (tag && tag->deadline.kind == DeadlineKind::unknown &&
      (document_number_in(group) ||
       (!tag->owners.empty() && std::all_of(tag->owners.begin(), tag->owners.end(), [](const Owner& o) {
         return ascii::only_digits_and_spaces(o.name);
       })))) {
    out.resize(first_finding);
    return std::nullopt;
  }
  // A separator's fix makes an owner of what reads as a deadline ("(Japan/September 2008 - ongoing)" would become
  // "(Japan/September 2008/ongoing)"): then it is no safe fix, and --fix leaves it to the author.
  bool date_owner = false;
  for (std::size_t i = first_finding; i < out.size(); ++i) date_owner |= out[i].code == DiagnosticCode::owner_like_deadline;
  if (date_owner)
    for (std::size_t i = first_finding; i < out.size(); ++i)
      if (out[i].code == DiagnosticCode::tag_separator && out[i].fix) out[i].fix->safe = false;
  return tag;
}

namespace {

std::optional<Tag> read_one_tag(std::string_view group, Findings& out) {
  std::string_view content = group;
  if (!content.empty() && content.front() == '(') content.remove_prefix(1);
  if (!content.empty() && content.back() == ')') content.remove_suffix(1);
  const bool flat = unbalanced_paren(content).has_value();

  // One pass finds the last top-level '/' and the separators after it that
  // lie near enough the end to precede a deadline.
  std::size_t slash = std::string_view::npos;
  // The top-level '/'s before the last, nearest last: "(Australia/15/09/2008)"
  // writes a date with them, "(Japan/March 2008/TBC)" a marker after one.
  constexpr std::size_t kEarlierSlashes = 8;  // "05/09/2008 - 07/09/2008" after an owner holds five
  std::size_t earlier[kEarlierSlashes];
  std::size_t nearlier = 0;
  bool dropped = false;  // more '/'s than kept: what stands before earlier[0] is not the tag's start
  Separator seps[kTailWindow];
  std::size_t nseps = 0;
  const std::size_t window = content.size() > kTailWindow ? content.size() - kTailWindow : 0;
  Depth depth(flat);
  const bool any_slash = content.find('/') != std::string_view::npos;
  for (std::size_t i = 0; i < content.size(); ++i) {
    const char c = content[i];
    if (!depth.top(c)) continue;
    if (c == '/' && !(i >= 3 && and_or_at(content, i - 3))) {  // "Japan and/or Korea": no owner/deadline '/'
      if (slash != std::string_view::npos) {
        if (nearlier == kEarlierSlashes) std::copy(earlier + 1, earlier + kEarlierSlashes, earlier), --nearlier, dropped = true;
        earlier[nearlier++] = slash;
      }
      slash = i;
      nseps = 0;
      continue;
    }
    if (i < window) continue;
    std::size_t len = 0;
    // A backslash: a slash typed the wrong way (a new user's finding), in a group with no '/' (a review's:
    // "(Japan/15\\09\\2008)" read an owner "15\\09").
    if (c == '.' || c == ',' || c == ';' || (c == '\\' && !any_slash)) {
      len = 1;
    } else if (c == '-' || c == '\xE2') {
      len = spaced_dash(content, i);
    }
    if (len != 0) seps[nseps++] = {i, len};
  }

  Tag tag;
  std::string_view owners;
  if (slash == std::string_view::npos) {
    auto split = split_deadline(content, seps, nseps);
    if (!split) {
      auto damaged = damaged_split(content, seps, nseps);
      if (!damaged) return std::nullopt;
      const Separator sep = abbreviation_kept(content, damaged->first);
      owners = content.substr(0, sep.pos);
      if (trim(owners).empty() || pt::looks_like_citation(owners)) return std::nullopt;
      tag.deadline = read_deadline(content.substr(sep.pos + sep.len));
      const bool spaces = sep.len == 0 || content[sep.pos] == ' ';  // after "U.S.": separator_finding says so
      out.push_back(separator_finding(content, sep,
                                      spaces ? std::string()
                                             : "'" + quote(group) + "' looks like a tag with '" +
                                                   std::string(content.substr(sep.pos, sep.len)) + "' where '/' belongs"));
      out.push_back(std::move(damaged->second));
      read_owner_region(owners, flat, tag, &out);
      note_owner_region(tag, owners, out);
      tag.text = std::string(group);
      return tag;
    }
    const Separator sep = abbreviation_kept(content, split->sep);
    owners = content.substr(0, sep.pos);
    // "(Leaders' Statement, 2005)" cites a source; it names no owner.
    if (trim(owners).empty() || pt::looks_like_citation(owners)) return std::nullopt;
    tag.deadline = std::move(split->deadline);
    out.push_back(separator_finding(content, sep));
  } else {
    owners = content.substr(0, slash);
    std::string_view written = content.substr(slash + 1);
    // Numbers between '/'s before a deadline of numbers are no owners but the deadline's own, written with '/':
    // "(Australia/15/09/2008)", "(Korea/2008/2009)". Walks back from earlier[k_end - 1]; returns where they start.
    const auto numbers_from = [&](std::size_t dl_slash, std::size_t dl_end, std::size_t k_end) {
      // The slashes are earlier[0..k_end) and dl_slash; part i ends at the i-th of them, the last part at dl_end.
      const auto slash_at = [&](std::size_t i) { return i < k_end ? earlier[i] : dl_slash; };
      const auto part = [&](std::size_t i) {
        const std::size_t b = i == 0 ? 0 : slash_at(i - 1) + 1;
        return trim(content.substr(b, (i <= k_end ? slash_at(i) : dl_end) - b));
      };
      const auto from_of = [&](std::size_t first) { return first == 0 ? std::string_view::npos : slash_at(first - 1); };
      // Part 0 is the tag's start only when no '/' before earlier[0] was let go; else the walk stops short of it.
      const std::size_t lowest = dropped ? 1 : 0;
      std::size_t first = k_end + 1;  // the deadline's first part: the last alone, unless numbers come before it
      if (part(first).empty()) return dl_slash;  // "(Japan/March 2008/)": missing, said as such
      if (all_digits(part(first)))
        while (first > lowest && all_digits(part(first - 1))) --first;
      // "(Japan/05/09/2008 - 07/09/2008)", "(Japan/by 05/09/2008)": a part that ends in a number may go on into
      // the date, and so may a month: "(Korea/15/September 2008)", "(Japan/September/2008)". Taken when the
      // whole run reads as a deadline; "(Japan/Group 7/2008)" keeps its owner.
      std::size_t wider = first;
      while (wider > lowest && deadline_part(part(wider - 1))) --wider;
      // Widest first; an owner that ends in a number ("(G20/15/September 2008)") is let go, a part at a time.
      for (std::size_t w = wider; w < first; ++w) {
        const std::size_t b = w == 0 ? 0 : slash_at(w - 1) + 1;
        if (reads_as_deadline(content.substr(b, dl_end - b))) return from_of(w);
      }
      return from_of(first);
    };
    // `from` is the '/' the deadline follows, npos when it starts the tag: no owner then.
    const auto before_deadline = [&](std::size_t from) {
      return from == std::string_view::npos ? std::string_view() : content.substr(0, from);
    };
    const auto deadline_after = [&](std::size_t from, std::size_t end) {
      const std::size_t b = from == std::string_view::npos ? 0 : from + 1;
      return content.substr(b, end - b);
    };
    bool marked = false;
    std::string_view read_from = written;  // the deadline's own words in the tag, where its findings point
    if (std::string_view marker = written; nearlier > 0 && strip_marker(marker) && marker.empty()) {
      const std::size_t before = earlier[nearlier - 1];
      const std::size_t from = numbers_from(before, slash, nearlier - 1);
      if (Deadline d = read_deadline(deadline_after(from, slash)); says_when(d.kind)) {
        owners = before_deadline(from);
        read_from = deadline_after(from, slash);
        tag.deadline = std::move(d);
        tag.tentative = marked = true;
      }
    }
    if (!marked) {
      const std::size_t from = numbers_from(slash, content.size(), nearlier);
      if (from != slash) {
        owners = before_deadline(from);
        written = read_from = deadline_after(from, content.size());
      }
      tag.deadline = read_deadline(written);
    }
    // "15/September 2008": '/' where a space belongs, said where it stands (after "TBC" is read off, below).
    const auto slash_inside = [&](std::string_view words, bool no_owner) {
      if (!reads_slash_as_space(words)) return;
      for (std::size_t i = 0; i < words.size(); ++i)
        if (words[i] == '/') {
          out.push_back({DiagnosticCode::tag_separator,
                         fmt::format("'/' inside the deadline '{}', read as {}; expected a space", quote(trim(words)),
                                     slashes_as_spaces(words)),
                         words.substr(i, 1),
                         std::make_unique<FindingFix>(FindingFix{words.substr(i, 1), " "})});
          // "(September/2008)" spaced is no tag at all: the author's to mend.
          out.back().fix->safe = !no_owner;
        }
    };
    const bool no_owner = trim(owners).empty();
    if (tag.deadline.kind != DeadlineKind::unknown) slash_inside(read_from, no_owner);
    // A day that reads both day-first and month-first ("05/09/2008", alone or in a range or after "by"): the
    // deadline covers both readings, and the reader is told.
    if (tag.deadline.kind == DeadlineKind::range || tag.deadline.kind == DeadlineKind::date)
      if (const auto ambiguous = ambiguous_date_in(read_from))
        out.push_back({DiagnosticCode::ambiguous_date,
                       fmt::format("'{}' is a day read day-first or month-first: write the month in words; the "
                                   "deadline was read as {} to {}",
                                   quote(*ambiguous), to_string(*tag.deadline.start), to_string(*tag.deadline.end)),
                       *ambiguous});
    if (tag.deadline.kind == DeadlineKind::unknown) {
      // "March 2008 (TBC)", "March 2008, TBC", "September 2008 - TBC": a tentative deadline (its marker read
      // before any separator: the deadline before ", TBC" is no owner).
      std::string_view bare = written;
      Deadline tentative;
      if (strip_marker(bare) && !bare.empty()) tentative = read_deadline(bare);
      if (tentative.kind != DeadlineKind::unknown) {
        tag.deadline = std::move(tentative);
        tag.tentative = true;
        slash_inside(bare, no_owner);
      } else if (auto split = split_deadline(content, seps, nseps)) {
        // "Canada/Secretariat. September 2006": the last owner, then '.' for '/'.
        const Separator sep = abbreviation_kept(content, split->sep);
        owners = content.substr(0, sep.pos);
        tag.deadline = std::move(split->deadline);
        out.push_back(separator_finding(content, sep));
      } else {
        if (const std::string_view text = trim(written); text.empty()) {
          out.push_back({DiagnosticCode::unknown_deadline, "missing deadline after '/'",
                         content.substr(slash, 1)});
        } else if (auto damaged = damage_finding(written)) {
          out.push_back(std::move(*damaged));
        } else if (auto damaged_tail = damaged_split(content, seps, nseps)) {
          // "Canada/Secretariat, 31 February 2008": the last owner, then ',' for '/'.
          const Separator sep = abbreviation_kept(content, damaged_tail->first);
          owners = content.substr(0, sep.pos);
          tag.deadline = read_deadline(content.substr(sep.pos + sep.len));
          out.push_back(separator_finding(content, sep));
          out.push_back(std::move(damaged_tail->second));
        } else {
          // "31/02/2008": numbers and '/'s that make no day either way (day/month or month/day).
          const bool slashed = std::count(text.begin(), text.end(), '/') == 2 &&
                               std::all_of(text.begin(), text.end(), [](char c) { return c == '/' || c == ' ' || (c >= '0' && c <= '9'); });
          // "(Japan/completed)": a secretariat marks a done action so; a state, not a time, which the plan's model
          // has no place for (a new user's finding: nothing said what to do instead).
          const std::string_view said = trim(text);
          const bool done = ascii::iequals(said, "completed") || ascii::iequals(said, "complete") ||
                            ascii::iequals(said, "done") || ascii::iequals(said, "finished");
          const std::string_view who = trim(owners);
          out.push_back({DiagnosticCode::unknown_deadline,
                         "unknown deadline form '" + quote(text) + "'" +
                             (slashed ? ": no day read day-first or month-first; write the month in words, e.g. '15 "
                                        "September 2008'"
                              : done ? fmt::format(": it says the action is done, not by when; mseg reads deadlines "
                                                   "only: give the month it was due or done ('{}/March 2009'), or "
                                                   "leave the action out of the next plan",
                                                   who.size() <= 30 ? quote(who) : std::string("..."))
                                     : ""),
                         text});
        }
      }
    }
  }

  note_year_span(tag.deadline, content, out);  // once the deadline is read, however it was
  read_owner_region(owners, flat, tag, &out);
  note_owner_region(tag, owners, out);
  tag.text = std::string(group);
  return tag;
}

}  // namespace
}  // namespace mseg
