#include <algorithm>
#include <unordered_set>

#include <fmt/format.h>
#include <re2/re2.h>

#include <mseg/economy.hpp>
#include <mseg/query.hpp>
#include <mseg/registry.hpp>

#include "base/ascii.hpp"
#include "base/utf8.hpp"

namespace mseg::query {

namespace detail {
struct TextPatterns {
  std::vector<std::unique_ptr<re2::RE2>> patterns;  // a text matches when any does (--grep given twice: either)
};
}  // namespace detail

namespace {

std::optional<ElementKind> kind_from_string(std::string_view s) {
  if (s == "action") return ElementKind::action;
  if (s == "directive") return ElementKind::directive;
  if (s == "priority") return ElementKind::priority;
  return std::nullopt;
}

template <typename T, typename Pred>
bool any_of(const std::vector<T>& values, Pred pred) {
  return std::any_of(values.begin(), values.end(), pred);
}

// Owner and deadline filters are asked of one tag at a time, so "the Chair,
// due before April" needs a tag naming the Chair with such a deadline.
bool owners_match(const OwnerFilter& owners, const Tag& tag) {
  return owners.empty() || any_of(tag.owners, [&](const Owner& o) { return owners.keeps(o); });
}

bool deadline_matches(const Query& q, const Deadline& d);

bool tag_matches(const Query& q, const OwnerFilter& owners, const Tag& tag) {
  return owners_match(owners, tag) && deadline_matches(q, tag.deadline);
}

bool deadline_matches(const Query& q, const Deadline& d) {
  if (!q.due_before.empty() && !(d.end && any_of(q.due_before, [&](const DateRange& r) { return *d.end < r.start; })))
    return false;
  if (!q.due_after.empty() && !(d.start && any_of(q.due_after, [&](const DateRange& r) { return *d.start > r.end; })))
    return false;
  if (q.overdue && !is_overdue(d, q.as_of)) return false;
  return true;
}

bool text_matches(const Query& q, std::string_view text) {
  return any_of(q.greps->patterns, [&](const std::unique_ptr<re2::RE2>& re) { return re2::RE2::PartialMatch(text, *re); });
}

bool section_matches(const Query& q, const Section& s) {
  return q.sections.empty() || any_of(q.sections, [&](const std::string& want) {
           return ascii::iequals(want, s.id) || (s.number && *s.number == want);
         });
}

// A citation key names kind and year ("ministerial-statement-2007"); the kind
// alone ("ministerial-statement") asks for every year. Any word the registry
// knows for the document the citation resolves to names it too.
bool cites_matches(const Query& q, const Citation& c) {
  std::string resolved;
  if (c.source) {
    resolved = c.source->key;
  } else if (const cite::Entry* e = q.registry->resolve(c).entry) {
    resolved = e->key;  // plan JSON written before citations were resolved
  }
  return any_of(q.cites, [&](const CitesValue& want) {
    return ascii::iequals(want.text, c.key) || ascii::iequals(want.text, c.kind) || (want.key && *want.key == c.key) ||
           (!resolved.empty() && any_of(want.entries, [&](const std::string& k) { return k == resolved; }));
  });
}

// The strings of `v`, sorted, each once.
std::vector<std::string> distinct(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

bool directive_matches(const Query& q, const Directive& d) {
  if (!q.cites.empty() && !any_of(d.citations, [&](const Citation& c) { return cites_matches(q, c); })) return false;
  return !q.greps || text_matches(q, d.text);
}

bool priority_matches(const Query& q, const Priority& p) {
  if (q.has_tag_filter() || !q.cites.empty()) return false;
  if (!q.greps || text_matches(q, p.title)) return true;
  return any_of(p.items, [&](const PriorityItem& item) { return text_matches(q, item.text); });
}

}  // namespace

bool Query::wants(ElementKind k) const { return std::find(kinds.begin(), kinds.end(), k) != kinds.end(); }

bool Query::has_tag_filter() const {
  return !owners.empty() || !due_before.empty() || !due_after.empty() || overdue;
}

bool is_overdue(const Tag& tag, Date as_of) { return is_overdue(tag.deadline, as_of); }
bool is_overdue(const Deadline& d, Date as_of) { return d.end && *d.end < as_of; }

Query compile_query(const QueryOptions& o, Date today) {
  Query q;
  for (const auto& k : o.kinds) {
    auto kind = kind_from_string(k);
    if (!kind) throw QueryError(fmt::format("--kind: '{}' is not one of action, directive, priority", k));
    if (!q.wants(*kind)) q.kinds.push_back(*kind);
  }
  // Only directives cite: asking about citations asks for directives.
  const bool about_citations = !o.cites.empty() || o.group_by == "citation";
  if (q.kinds.empty()) q.kinds.push_back(about_citations ? ElementKind::directive : ElementKind::action);

  for (const auto& name : o.owners) {
    if (name.find_first_not_of(" \t") == std::string::npos) throw QueryError("--owner: the name is empty");
    q.owners.push_back(name);
  }
  for (const auto& d : o.due_before) q.due_before.push_back(read_date_argument("--due-before", d, today));
  for (const auto& d : o.due_after) q.due_after.push_back(read_date_argument("--due-after", d, today));
  q.overdue = o.overdue;
  q.as_of = o.as_of ? read_date_argument("--as-of", *o.as_of, today).start : today;
  q.registry = o.registry ? o.registry : &cite::builtin_registry();
  q.aliases = o.aliases ? o.aliases : &builtin_aliases();
  for (const auto& text : o.cites) {
    if (text.find_first_not_of(" \t") == std::string::npos) throw QueryError("--cites: the citation is empty");
    CitesValue v;
    v.text = text;
    v.key = cite::citation_key(text);
    for (const cite::Entry* e : q.registry->find(text)) v.entries.push_back(e->key);
    q.cites.push_back(std::move(v));
  }
  q.sections = o.sections;
  if (!o.greps.empty()) {
    auto greps = std::make_shared<detail::TextPatterns>();
    for (const auto& pattern : o.greps) {
      re2::RE2::Options options;
      options.set_log_errors(false);
      auto re = std::make_unique<re2::RE2>(pattern, options);
      if (!re->ok()) throw QueryError(fmt::format("--grep: invalid pattern '{}': {}", pattern, re->error()));
      greps->patterns.push_back(std::move(re));
    }
    q.greps = std::move(greps);
  }

  if (o.sort.empty()) q.sort = SortKey::none;
  else if (o.sort == "id") q.sort = SortKey::id;
  else if (o.sort == "deadline") q.sort = SortKey::deadline;
  else if (o.sort == "owner") q.sort = SortKey::owner;
  else throw QueryError(fmt::format("--sort: '{}' is not one of id, deadline, owner", o.sort));

  if (o.group_by == "owner") q.group_by = GroupKey::owner;
  else if (o.group_by == "deadline") q.group_by = GroupKey::deadline;
  else if (o.group_by == "section") q.group_by = GroupKey::section;
  else if (o.group_by == "source") q.group_by = GroupKey::source;
  else if (o.group_by == "citation") q.group_by = GroupKey::citation;
  else if (!o.group_by.empty())
    throw QueryError(
        fmt::format("--group-by: '{}' is not one of owner, deadline, section, source, citation", o.group_by));

  // A summary has its own order (by count, or by date for deadlines); a
  // --sort that silently did nothing would mislead.
  if (q.sort != SortKey::none && q.group_by)
    throw QueryError(fmt::format("--sort: does not apply to --group-by {} (owners come most first, deadlines by date, "
                                 "sections and sources in plan order); drop one of them",
                                 o.group_by));

  // Only actions have tags, only directives cite: a filter no asked-for kind
  // can satisfy would silently match nothing, so it is a usage error instead.
  if (!q.wants(ElementKind::action)) {
    const char* option = !o.owners.empty()       ? "--owner"
                         : !o.due_before.empty() ? "--due-before"
                         : !o.due_after.empty()  ? "--due-after"
                         : o.overdue             ? "--overdue"
                         : q.sort == SortKey::deadline ? "--sort deadline"
                         : q.sort == SortKey::owner    ? "--sort owner"
                         : q.group_by == GroupKey::owner    ? "--group-by owner"
                         : q.group_by == GroupKey::deadline ? "--group-by deadline"
                                                             : nullptr;
    if (option)
      throw QueryError(fmt::format("{}: only actions have owners and deadlines; add --kind action", option));
  }
  if (!q.cites.empty() && !q.wants(ElementKind::directive))
    throw QueryError("--cites: only directives cite; add --kind directive");
  if (q.group_by == GroupKey::citation && !q.wants(ElementKind::directive))
    throw QueryError("--group-by citation: only directives cite; add --kind directive");
  return q;
}

std::vector<Match> run_query(const Query& q, const std::vector<Input>& inputs) {
  std::vector<Match> out;
  const OwnerFilter owners(q.owners, q.aliases);
  for (const auto& input : inputs) {
    // A file name that is not UTF-8 (`plan-\xe9.txt`) is written in every format as the JSON writer writes it,
    // each stray byte U+FFFD: CSV, the table and Markdown are UTF-8 too (a new user's finding: a raw byte in a CSV).
    std::string source;
    utf8::append_valid(source, input.source);
    for (const auto& section : input.plan->sections) {
      if (!section_matches(q, section)) continue;
      auto add = [&](ElementRef element) {
        Match m;
        m.source = source;
        m.plan = input.plan;
        m.element = element;
        return m;
      };
      // Directives only satisfy the query when it has no owner or deadline filter.
      if (q.wants(ElementKind::directive) && !q.has_tag_filter())
        for (const auto& d : section.directives)
          if (directive_matches(q, d)) out.push_back(add({&section, &d}));
      if (q.wants(ElementKind::priority))
        for (const auto& p : section.priorities)
          if (priority_matches(q, p)) out.push_back(add({&section, &p}));
      if (q.wants(ElementKind::action) && q.cites.empty())
        for (const auto& a : section.actions) {
          if (q.greps && !text_matches(q, a.text)) continue;
          Match m = add({&section, &a});
          for (std::size_t i = 0; i < a.tags.size(); ++i)
            if (tag_matches(q, owners, a.tags[i])) m.tags.push_back(i);
          // issue 15: a deadline read from the text (only where no tag gives
          // one) answers the deadline filters; the owner filter still asks the tags.
          if (a.deadline && deadline_matches(q, a.deadline->deadline) &&
              (owners.empty() || any_of(a.tags, [&](const Tag& t) { return owners_match(owners, t); }))) {
            m.text_deadline = true;
            if (m.tags.empty())
              for (std::size_t i = 0; i < a.tags.size(); ++i)
                if (owners_match(owners, a.tags[i])) m.tags.push_back(i);
          }
          if (q.has_tag_filter() && m.tags.empty() && !m.text_deadline) continue;
          out.push_back(std::move(m));
        }
    }
  }
  sort_matches(out, q.sort);
  return out;
}

std::vector<UnmatchedValue> unmatched_values(const Query& q, const std::vector<const Plan*>& plans,
                                             OwnerMatching matching) {
  std::vector<UnmatchedValue> out;
  if (!q.owners.empty()) {
    // Each distinct owner once (a plan of 20,000 actions names a few dozen): asked of each value, it kept many
    // values over many actions quadratic (a review's finding).
    std::vector<const Owner*> owners;
    std::unordered_set<std::string_view> names_seen;
    for (const Plan* plan : plans)
      for (const Section& s : plan->sections)
        for (const Action& a : s.actions)
          for (const Tag& t : a.tags)
            for (const Owner& o : t.owners)
              if (names_seen.insert(o.name).second) owners.push_back(&o);
    std::vector<std::string> names;
    for (const Owner* o : owners) {
      names.push_back(o->name);
      if (o->canonical) names.emplace_back(*o->canonical);
    }
    names = distinct(std::move(names));
    const OwnerAliases& aliases = q.aliases ? *q.aliases : builtin_aliases();
    for (const std::string& value : q.owners) {
      bool found = false;
      if (matching == OwnerMatching::words) {
        const OwnerFilter one({value}, &aliases);
        for (const Owner* o : owners) found = found || one.keeps(*o);
      } else {
        // As diff --owner and history --owner match: by who it is, the aliases table's identity or the name.
        const Owner asked{value, canonical_economy(value), canonical_economy(value).has_value()};
        const std::string who = fold_owner_name(aliases.identity(asked));
        for (const Owner* o : owners)
          found = found || fold_owner_name(aliases.identity(*o)) == who || fold_owner_name(o->name) == who;
      }
      if (!found) out.push_back({"--owner", value, names});
    }
  }
  for (const CitesValue& value : q.cites) {
    Query one = q;
    one.cites = {value};
    bool found = false;
    std::vector<std::string> names;
    for (const Plan* plan : plans)
      for (const Section& s : plan->sections)
        for (const Directive& d : s.directives)
          for (const Citation& c : d.citations) {
            found = found || cites_matches(one, c);
            std::string written = c.text;
            if (written.size() >= 2 && written.front() == '(' && written.back() == ')') written = written.substr(1, written.size() - 2);
            names.push_back(std::move(written));
            names.push_back(c.key);
          }
    if (!found) out.push_back({"--cites", value.text, distinct(std::move(names))});
  }
  for (const std::string& value : q.sections) {
    Query one = q;
    one.sections = {value};
    bool found = false;
    std::vector<std::string> names;
    for (const Plan* plan : plans)
      for (const Section& s : plan->sections) {
        found = found || section_matches(one, s);
        names.push_back(s.id);
        if (s.number) names.push_back(*s.number);
      }
    if (!found) out.push_back({"--section", value, distinct(std::move(names))});
  }
  return out;
}

}  // namespace mseg::query
