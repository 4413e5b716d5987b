// Reading the aliases table and naming owners by it.
#include <mseg/owners.hpp>

#include <mseg/economy.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/json_error.hpp"
#include "base/utf8.hpp"
#include "builtin_aliases_json.hpp"

namespace mseg {
namespace {

using nlohmann::json;

std::vector<OwnerAliases::Entry> read_entries(const json& doc, const char* key) {
  std::vector<OwnerAliases::Entry> out;
  if (!doc.contains(key)) return out;
  const json& list = doc.at(key);
  if (!list.is_array()) throw AliasesError(fmt::format("/{}: not an array", key));
  for (std::size_t i = 0; i < list.size(); ++i) {
    const json& e = list[i];
    auto where = fmt::format("/{}/{}", key, i);
    if (!e.is_object()) throw AliasesError(where + ": not an object");
    for (const auto& [k, v] : e.items())
      if (k != "name" && k != "names" && k != "note") throw AliasesError(fmt::format("{}: unknown field \"{}\"", where, k));
    if (!e.contains("name") || !e.at("name").is_string() || e.at("name").get<std::string>().empty())
      throw AliasesError(where + "/name: a non-empty string is required");
    OwnerAliases::Entry entry;
    entry.name = e.at("name").get<std::string>();
    entry.names.push_back(fold_owner_name(entry.name));
    if (e.contains("names")) {
      const json& names = e.at("names");
      if (!names.is_array()) throw AliasesError(where + "/names: not an array");
      for (std::size_t n = 0; n < names.size(); ++n) {
        if (!names[n].is_string() || fold_owner_name(names[n].get<std::string>()).empty())
          throw AliasesError(fmt::format("{}/names/{}: a name is required", where, n));
        entry.names.push_back(fold_owner_name(names[n].get<std::string>()));
      }
    }
    out.push_back(std::move(entry));
  }
  return out;
}

const OwnerAliases::Entry* find(const std::vector<OwnerAliases::Entry>& entries, std::string_view folded) {
  for (const auto& e : entries)
    for (const auto& n : e.names)
      if (n == folded) return &e;
  return nullptr;
}

}  // namespace

namespace {

// The bytes of a dash or a space outside ASCII at `i` (a word processor's no-break hyphen U+2011, en and em
// dashes, the minus sign, no-break and thin spaces): 0 when there is none. They separate words as '-' and ' ' do.
std::size_t unicode_gap(std::string_view s, std::size_t i) {
  const auto at = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  if (at(i) == 0xC2 && at(i + 1) == 0xA0) return 2;                          // U+00A0
  if (at(i) == 0xE2 && at(i + 1) == 0x80) {
    const unsigned c = at(i + 2);
    // Spaces U+2000-200A and dashes U+2010-2015, U+202F; not the zero-width marks between (U+200B-200F).
    if ((c >= 0x80 && c <= 0x8A) || (c >= 0x90 && c <= 0x95) || c == 0xAF) return 3;
  }
  if (at(i) == 0xE2 && at(i + 1) == 0x88 && at(i + 2) == 0x92) return 3;   // U+2212
  if (at(i) == 0xE3 && at(i + 1) == 0x80 && at(i + 2) == 0x80) return 3;   // U+3000
  return 0;
}

}  // namespace

namespace {

// The lower case of a capital of Latin-1, Latin Extended-A, Greek, Cyrillic or Vietnamese; other code points as
// they are. "COMITÉ 1" is "Comité 1" as "SECRETARIAT" is "Secretariat" (a helper's finding: ASCII alone was
// folded, so the two were two owners).
char32_t lower_letter(char32_t cp) {
  if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) ||
      (cp >= 0x410 && cp <= 0x42F))
    return cp + 0x20;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;
  if (cp == 0x178) return 0xFF;
  // Vietnamese's horned O and U (Latin Extended-B), Greek's accented capitals and final sigma, Turkish's dotted I
  // (a review's findings: "BỘ CÔNG THƯƠNG" and "Bộ Công Thương" were two owners).
  if (cp == 0x1A0 || cp == 0x1AF) return cp + 1;
  if (cp == 0x386) return 0x3AC;
  if (cp >= 0x388 && cp <= 0x38A) return cp + 0x25;
  if (cp == 0x38C) return 0x3CC;
  if (cp == 0x38E || cp == 0x38F) return cp + 0x3F;
  if (cp == 0x3C2) return 0x3C3;
  if (cp == 0x130) return 'i';
  const bool even_capitals = (cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177) ||
                             (cp >= 0x1EA0 && cp <= 0x1EF9);
  const bool odd_capitals = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
  if ((even_capitals && cp % 2 == 0) || (odd_capitals && cp % 2 == 1)) return cp + 1;
  return cp;
}

}  // namespace

std::string fold_owner_name(std::string_view name) {
  std::string out;
  bool gap = false, unicode = false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    const auto u = static_cast<unsigned char>(c);
    if (const std::size_t n = u >= 0x80 ? unicode_gap(name, i) : 0; n > 0) {
      gap = !out.empty();
      unicode = true;
      i += n - 1;
      continue;
    }
    const bool word = u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!word) {
      gap = !out.empty();
      continue;
    }
    if (gap) out.push_back(' ');
    gap = false;
    if (u >= 0xC3) {
      const auto* p = reinterpret_cast<const unsigned char*>(name.data()) + i;
      if (const std::size_t n = utf8::sequence_length(p, name.size() - i); n > 0) {
        utf8::append(out, lower_letter(utf8::code_point(p, n)));
        i += n - 1;
        continue;
      }
    }
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  // A name of nothing but such dashes ("—" for no one) keeps its own bytes, as before they were gaps: it must
  // not become the empty name, which no table holds.
  if (out.empty() && unicode) {
    std::size_t b = 0, e = name.size();
    while (b < e && name[b] == ' ') ++b;
    while (e > b && name[e - 1] == ' ') --e;
    return std::string(name.substr(b, e - b));
  }
  return out;
}

OwnerAliases OwnerAliases::from_json(std::string_view text) {
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::exception& e) {
    // The place too (a helper's finding: "malformed JSON" alone, where the registry's said the line and column).
    throw AliasesError(fmt::format("malformed JSON: {}", json_error_reason(e.what())));
  }
  if (!doc.is_object()) throw AliasesError("not an aliases table (a JSON object is expected)");
  for (const auto& [k, v] : doc.items())
    if (k != "$schema" && k != "schema_version" && k != "groups" && k != "roles" && k != "owners")
      throw AliasesError(fmt::format("/{}: unknown field", k));
  if (doc.contains("schema_version") && doc.at("schema_version") != "1")
    throw AliasesError("/schema_version: only \"1\" is known");
  OwnerAliases a;
  a.groups_ = read_entries(doc, "groups");
  a.roles_ = read_entries(doc, "roles");
  a.owners_ = read_entries(doc, "owners");
  return a;
}

OwnerAliases OwnerAliases::merged_over(const OwnerAliases& base) const {
  OwnerAliases out = *this;
  out.groups_.insert(out.groups_.end(), base.groups_.begin(), base.groups_.end());
  out.roles_.insert(out.roles_.end(), base.roles_.begin(), base.roles_.end());
  out.owners_.insert(out.owners_.end(), base.owners_.begin(), base.owners_.end());
  return out;
}

std::string OwnerAliases::identity(std::string_view written) const {
  // An economy by any of its names, as the parser names an Owner's canonical
  // economy: so that "--owner US" is the owner the plans' "US" tags are.
  if (auto economy = canonical_economy(written)) return *economy;
  const std::string folded = fold_owner_name(written);
  if (const Entry* e = find(owners_, folded)) return e->name;
  if (const Entry* e = find(groups_, folded)) return e->name;
  if (const Entry* e = find(roles_, folded)) return e->name;
  // "MSEG Chair": a group's name, then one of its roles.
  for (const auto& g : groups_)
    for (const auto& n : g.names)
      if (folded.size() > n.size() + 1 && folded.compare(0, n.size(), n) == 0 && folded[n.size()] == ' ')
        if (const Entry* r = find(roles_, std::string_view(folded).substr(n.size() + 1))) return r->name;
  // Unknown: as written, but for a stop at its end, which an abbreviation keeps in one tag and not in the next
  // ("APEC Sec." and "APEC Sec" are one owner: a review's finding, they were counted, diffed and dated apart).
  std::string_view name = written;
  while (!name.empty() && (name.back() == '.' || name.back() == ' ')) name.remove_suffix(1);
  return std::string(name.empty() ? written : name);
}

std::string OwnerAliases::identity(const Owner& owner) const {
  if (owner.canonical) return *owner.canonical;
  return identity(owner.name);
}

std::string_view builtin_aliases_json() {
  return {reinterpret_cast<const char*>(kBuiltinAliasesJson), kBuiltinAliasesJson_size};
}

const OwnerAliases& builtin_aliases() {
  static const OwnerAliases aliases = OwnerAliases::from_json(builtin_aliases_json());
  return aliases;
}

}  // namespace mseg
