// `mseg query`: finding the directives, priorities and actions of one or many
// plans that match filters, then sorting or grouping them (docs/query.md).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <mseg/element.hpp>
#include <mseg/owners.hpp>
#include <mseg/load.hpp>
#include <mseg/plan.hpp>

namespace mseg::cite {
class Registry;
}

namespace mseg::query {
namespace detail {
struct TextPatterns;  // the compiled --grep patterns: RE2, kept out of this header
}

// A usage error in the query itself; what() names the option: "--due-before: ...".
struct QueryError : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};

enum class SortKey { none, id, deadline, owner };
enum class GroupKey { owner, deadline, section, source, citation };

// The days a date argument covers: one day, a whole month, a whole year...
struct DateRange {
  Date start;
  Date end;
};

// Reads a date argument: YYYY, YYYY-MM, YYYY-MM-DD, any dated deadline form
// read_deadline knows ("March 2008", "Q3 2009"), or, when `today` is given, a
// day counted from it: today, today+90d, today-2w, today+6m, today+1y.
// Throws QueryError naming `option`.
DateRange read_date_argument(std::string_view option, std::string_view text, Date today = {});

// The query as the user wrote it, option by option. A repeated option matches
// any of its values; different options must all hold.
struct QueryOptions {
  std::vector<std::string> kinds;       // "action", "directive", "priority"; none means action
  std::vector<std::string> owners;      // --owner
  std::vector<std::string> due_before;  // --due-before DATE
  std::vector<std::string> due_after;   // --due-after DATE
  bool overdue = false;                 // --overdue
  std::optional<std::string> as_of;     // --as-of DATE; none means today
  std::vector<std::string> cites;       // --cites CITATION
  std::vector<std::string> sections;    // --section ID
  std::vector<std::string> greps;       // --grep REGEX (RE2)
  std::string sort;                     // "", "id", "deadline", "owner"
  std::string group_by;                 // "", "owner", "deadline", "section", "source", "citation"
  const cite::Registry* registry = nullptr;  // what --cites words mean; null: the built-in registry
  const OwnerAliases* aliases = nullptr;     // who is who for --group-by owner; null: the built-in table
};

// One --cites value and what it can mean.
struct CitesValue {
  std::string text;                  // as given: a key, a kind, a form as written, a meeting, a year
  std::optional<std::string> key;    // read as a citation: "Leaders’ Statement 2005" -> "leaders-statement-2005"
  std::vector<std::string> entries;  // keys of the registry entries it names ("TMM4", "Bali", "2004")
};

// A query checked and ready to run: dates read, patterns compiled.
struct Query {
  std::vector<ElementKind> kinds;
  std::vector<std::string> owners;
  std::vector<DateRange> due_before;
  std::vector<DateRange> due_after;
  bool overdue = false;
  Date as_of;  // first day of --as-of, or today
  std::vector<CitesValue> cites;
  const cite::Registry* registry = nullptr;  // never null once compiled
  const OwnerAliases* aliases = nullptr;     // never null once compiled
  std::vector<std::string> sections;
  std::shared_ptr<const detail::TextPatterns> greps;  // null: no --grep
  SortKey sort = SortKey::none;
  std::optional<GroupKey> group_by;

  bool wants(ElementKind k) const;  // whether --kind selects k
  bool has_tag_filter() const;      // an owner or deadline filter was given
};

// Checks the options and builds the query; `today` stands in for a missing
// --as-of. Throws QueryError for anything the user must fix.
Query compile_query(const QueryOptions& options, Date today);

// One plan to search, and the file name results report for it.
struct Input {
  std::string source;  // the file as given on the command line ("-" for stdin)
  const Plan* plan = nullptr;
};

// One matched element. Points into the Input's plan, which must outlive it.
struct Match {
  std::string source;
  const Plan* plan = nullptr;  // the Input's plan
  ElementRef element;          // the directive, priority or action, and its section
  // Indexes into element.action()->tags of the tags that satisfied every owner and
  // deadline filter together (all tags when no such filter was given).
  std::vector<std::size_t> tags;
  // issue 15: the action's deadline read from its text (action->deadline)
  // satisfied the deadline filters (or there were none); false when it has none.
  bool text_deadline = false;
};

// Whether an owner satisfies one --owner value (whole words, any case,
// economy aliases equal: "US" = "United States" = "USA").
bool owner_matches(std::string_view wanted, const Owner& owner);

// A query's --owner values, each read once (trimmed, its economy looked up, its
// dashes and spaces folded) for all the owners it is asked of: the filter,
// the grouping and the calendar ask it of every owner of every tag.
class OwnerFilter {
 public:
  // `aliases`: who is who (docs/aliases.md), so that "--owner Chair" keeps a "Chairman" the table calls Chair,
  // as --group-by owner counts him; null: the built-in table.
  explicit OwnerFilter(const std::vector<std::string>& wanted, const OwnerAliases* aliases = nullptr);
  // No --owner value: every owner is kept.
  bool empty() const { return wanted_.empty(); }
  // Whether `owner` satisfies any of the values, as owner_matches says; true when empty().
  bool keeps(const Owner& owner) const;

  struct Wanted {
    std::string text;                    // trimmed
    std::optional<std::string> economy;  // the APEC member it names, if any
    std::string folded;                  // fold_owner_name(text)
    std::string identity;                // who the table says it is, folded
  };

 private:
  std::vector<Wanted> wanted_;
  const OwnerAliases* aliases_;
};

// Whether a tag's deadline ended before `as_of`.
bool is_overdue(const Tag& tag, Date as_of);
// issue 15: whether a deadline ended before `as_of` (a tag's, or an action's read from its text).
bool is_overdue(const Deadline& deadline, Date as_of);

// A filter value that no element of the plans satisfies on its own: a mistyped --owner ("Austrlia"), --cites or
// --section passes a CI gate as "nothing found" (a reviewer's finding). `names` holds what the plans do name for
// that option (owners, citations as written and their keys, section ids and numbers), for a suggestion.
struct UnmatchedValue {
  std::string option;  // "--owner", "--cites", "--section"
  std::string value;   // as given
  std::vector<std::string> names;
};
// How an --owner value is matched: as query matches it (whole words, economies, aliases), or as diff and history
// do (by who it is: the aliases table's identity, or the name, folded).
enum class OwnerMatching { words, identity };
// The --owner, --cites and --section values of `q` that nothing in `plans` satisfies, in the order given.
std::vector<UnmatchedValue> unmatched_values(const Query& q, const std::vector<const Plan*>& plans,
                                             OwnerMatching matching = OwnerMatching::words);

// The matches in input order (file, section, then directives, priorities,
// actions), sorted by the query's sort key when it has one.
std::vector<Match> run_query(const Query& query, const std::vector<Input>& inputs);

// Sorts matches by `key`, keeping input order among equals.
void sort_matches(std::vector<Match>& matches, SortKey key);

// Orders ids naturally: digit runs compare as numbers, so "S2" < "S10".
bool natural_less(std::string_view a, std::string_view b);

}  // namespace mseg::query
