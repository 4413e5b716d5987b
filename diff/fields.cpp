#include "fields.hpp"

#include <algorithm>
#include <set>
#include <string>

#include <mseg/deadline.hpp>

#include "normalize.hpp"
#include "word_diff.hpp"

namespace mseg::diff {
namespace {

std::string lower_ascii(std::string s) {
  for (auto& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// Words of a text by word_key, joined: two texts with the same words compare equal.
std::string words_identity(std::string_view text) {
  std::string out;
  for (auto w : text_words(text)) {
    if (!out.empty()) out.push_back(' ');
    out += word_key(w);
  }
  return out;
}

// A value as shown (`display`) and what decides whether two values are the same (`identity`).
struct Value {
  std::string display;
  std::string identity;
};

// Compares two lists of values as sets; adds a list field when they differ.
void compare_lists(const char* field, const std::vector<Value>& old_values, const std::vector<Value>& new_values,
                   std::vector<FieldChange>& out) {
  std::set<std::string> old_ids, new_ids;
  for (const auto& v : old_values) old_ids.insert(v.identity);
  for (const auto& v : new_values) new_ids.insert(v.identity);
  if (old_ids == new_ids) return;
  FieldChange f;
  f.field = field;
  f.list = true;
  for (const auto& v : old_values) {
    f.old_values.push_back(v.display);
    if (!new_ids.count(v.identity)) f.removed.push_back(v.display);
  }
  for (const auto& v : new_values) {
    f.new_values.push_back(v.display);
    if (!old_ids.count(v.identity)) f.added.push_back(v.display);
  }
  out.push_back(std::move(f));
}

void compare_text(std::string_view old_text, std::string_view new_text, std::vector<FieldChange>& out) {
  // The same bytes are the same words (most paired elements are unchanged).
  if (old_text == new_text || same_words(old_text, new_text)) return;
  FieldChange f;
  f.field = "text";
  f.old_values.emplace_back(old_text);
  f.new_values.emplace_back(new_text);
  out.push_back(std::move(f));
}

// A citation is the document it resolves to: "(Joint Ministerial Statement 2007)" for "(Ministerial Statement
// 2007)" names the same statement, so the authority did not change (a helper's finding); unresolved, its key;
// unresolved and of no known form (its key "unknown-2007" for any words and that year), its words, case,
// spacing and punctuation aside (a review's finding: "(Leaders Memo 2007)" -> "(Statement of the 2007 meeting)" was no change).
// Two keys of one document (the registry's `same_as`) are that document's (a helper's finding: "(Leaders' Statement
// 2005)" rewritten as "(Busan Declaration)" was a citation changed, though the registry reads the one as the other).
std::vector<Value> citation_values(const Directive& d, const SameDocuments* documents) {
  std::vector<Value> v;
  for (const auto& c : d.citations) {
    std::string identity = c.source ? c.source->key : c.key;
    if (documents)
      if (auto same = documents->find(identity); same != documents->end()) identity = same->second;
    if (!c.source && c.kind == "unknown") {
      std::vector<std::string> words;
      similarity_words(c.text, words);
      identity.clear();
      for (const auto& w : words) identity += w + " ";
    }
    v.push_back({c.text, identity + "|" + c.pinpoint.value_or("")});
  }
  return v;
}

std::vector<Value> item_values(const Priority& p) {
  std::vector<Value> v;
  for (const auto& i : p.items) v.push_back({i.text, words_identity(i.text)});
  return v;
}

// Every owner of every tag, once each, by who it is (an economy's canonical
// name, a role of the group, a group's current name), compared in lower case.
std::vector<Value> owner_values(const Action& a, const OwnerAliases& aliases) {
  std::vector<Value> v;
  std::set<std::string> seen;
  for (const auto& t : a.tags)
    for (const auto& o : t.owners) {
      std::string id = fold_owner_name(fold_punctuation(aliases.identity(o)));  // case beyond ASCII too
      if (seen.insert(id).second) v.push_back({o.name, id});
    }
  return v;
}

// Which meeting, as its words say it: "by TPTWG 32" = "TPTWG32" = "tptwg-32" (a preposition before it, spaces
// and dashes in it, and case tell nothing).
std::string meeting_identity(std::string_view text) {
  std::string id = lower_ascii(std::string(text));
  for (std::string_view lead : {"by ", "at ", "before ", "during ", "for ", "the "})
    if (std::string_view(id).starts_with(lead)) id.erase(0, lead.size());
  std::erase_if(id, [](char c) { return c == ' ' || c == '-' || c == '.' || c == ','; });
  return id;
}

// A deadline's meaning: kind and dates when read, else the words ("Oct 2007" = "October 2007"). A meeting has
// no dates: which meeting is in its words ("TPTWG 32" to "TPTWG 33" is a change; it compared as the same).
std::string deadline_identity(const Deadline& d) {
  if (d.kind == DeadlineKind::unknown) return lower_ascii(words_identity(d.text));
  if (d.kind == DeadlineKind::meeting) return "meeting|" + meeting_identity(d.text);
  std::string id = to_string(d.kind);
  id += '|';
  if (d.start) id += to_string(*d.start);
  id += '|';
  if (d.end) id += to_string(*d.end);
  return id;
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += "; ";
    out += p;
  }
  return out;
}

void compare_deadlines(const Action& a, const Action& b, std::vector<FieldChange>& out) {
  std::vector<Tag> old_scratch, new_scratch;
  const auto& olds = deadline_tags(a, old_scratch);
  const auto& news = deadline_tags(b, new_scratch);
  std::vector<std::string> old_ids, new_ids, old_text, new_text;
  for (const auto& t : olds) {
    old_ids.push_back(deadline_identity(t.deadline));
    old_text.push_back(t.deadline.text);
  }
  for (const auto& t : news) {
    new_ids.push_back(deadline_identity(t.deadline));
    new_text.push_back(t.deadline.text);
  }
  if (old_ids == new_ids) return;
  FieldChange f;
  f.field = "deadline";
  if (auto s = joined(old_text); !s.empty()) f.old_values.push_back(s);
  if (auto s = joined(new_text); !s.empty()) f.new_values.push_back(s);
  f.direction = deadline_direction(olds, news);
  out.push_back(std::move(f));
}

// Who helps ("in collaboration with the IMO"), once each, compared by their words.
std::vector<Value> collaborator_values(const Action& a) {
  std::vector<Value> v;
  std::set<std::string> seen;
  for (const auto& t : a.tags)
    for (const auto& c : t.collaborators)
      if (auto id = lower_ascii(words_identity(c)); seen.insert(id).second) v.push_back({c, id});
  return v;
}

// The cells of a wider table's extra columns: "Status: Completed".
std::vector<Value> extra_values(const Action& a) {
  std::vector<Value> v;
  for (const auto& e : a.extra) v.push_back({e.column + ": " + e.text, e.column + "|" + words_identity(e.text)});
  return v;
}

std::vector<std::string> labels(const Action& a) {
  std::vector<std::string> v;
  for (const auto& t : a.tags)
    if (t.label) v.push_back(*t.label);
  return v;
}

void compare_labels(const Action& a, const Action& b, std::vector<FieldChange>& out) {
  auto x = labels(a), y = labels(b);
  std::vector<std::string> xi, yi;
  for (const auto& s : x) xi.push_back(lower_ascii(words_identity(s)));
  for (const auto& s : y) yi.push_back(lower_ascii(words_identity(s)));
  if (xi == yi) return;
  FieldChange f;
  f.field = "label";
  if (auto s = joined(x); !s.empty()) f.old_values.push_back(s);
  if (auto s = joined(y); !s.empty()) f.new_values.push_back(s);
  out.push_back(std::move(f));
}

}  // namespace

std::uint64_t hash_append(std::uint64_t h, std::string_view bytes) {
  for (unsigned char c : bytes) h = fnv::add(h, c);
  // A separator, so that ("ab","c") and ("a","bc") differ.
  return fnv::add(h, 0xff);
}

std::string deadline_direction(const std::vector<Tag>& old_tags, const std::vector<Tag>& new_tags) {
  auto a = latest_deadline_end(old_tags), b = latest_deadline_end(new_tags);
  if (!a || !b || *a == *b) return {};
  return *b > *a ? "extended" : "brought forward";
}

std::vector<FieldChange> field_changes(const Directive& a, const Directive& b, const SameDocuments* documents) {
  std::vector<FieldChange> out;
  compare_text(a.text, b.text, out);
  compare_lists("citations", citation_values(a, documents), citation_values(b, documents), out);
  return out;
}

std::vector<FieldChange> field_changes(const Priority& a, const Priority& b) {
  std::vector<FieldChange> out;
  compare_text(a.title, b.title, out);
  compare_lists("items", item_values(a), item_values(b), out);
  return out;
}

std::vector<FieldChange> field_changes(const Action& a, const Action& b, const OwnerAliases& aliases) {
  std::vector<FieldChange> out;
  compare_text(a.text, b.text, out);
  compare_lists("owners", owner_values(a, aliases), owner_values(b, aliases), out);
  compare_deadlines(a, b, out);
  compare_labels(a, b, out);
  compare_lists("collaborators", collaborator_values(a), collaborator_values(b), out);
  compare_lists("extra", extra_values(a), extra_values(b), out);
  return out;
}

std::uint64_t details_hash(const Directive& d, const SameDocuments* documents) {
  std::set<std::string> ids;
  for (const auto& v : citation_values(d, documents)) ids.insert(v.identity);
  std::uint64_t h = kHashSeed;
  for (const auto& id : ids) h = hash_append(h, id);
  return h;
}

std::uint64_t details_hash(const Priority& p) {
  std::set<std::string> ids;
  for (const auto& v : item_values(p)) ids.insert(v.identity);
  std::uint64_t h = kHashSeed;
  for (const auto& id : ids) h = hash_append(h, id);
  return h;
}

std::uint64_t details_hash(const Action& a, const OwnerAliases& aliases) {
  std::set<std::string> ids;
  for (const auto& v : owner_values(a, aliases)) ids.insert(v.identity);
  std::uint64_t h = kHashSeed;
  for (const auto& id : ids) h = hash_append(h, id);
  h = hash_append(h, "|deadlines");
  std::vector<Tag> scratch;
  for (const auto& t : deadline_tags(a, scratch)) h = hash_append(h, deadline_identity(t.deadline));
  h = hash_append(h, "|labels");
  for (const auto& l : labels(a)) h = hash_append(h, lower_ascii(words_identity(l)));
  return h;
}

}  // namespace mseg::diff
