// The registry of citable documents (docs/citations.md): which document and
// meeting a citation such as "(Ministerial Statement 2004)" means. mseg ships
// one, built in (cite/registry.json); users add to it from a file of the same
// shape. Like the rest of the library it reads no files: callers pass text.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <mseg/plan.hpp>

namespace mseg::cite {

// Registry JSON that cannot be used; what() names the place: "/entries/3/key: ...".
struct RegistryError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Meeting {
  std::string body;           // "APEC Transportation Ministerial Meeting"
  std::optional<int> ordinal; // 4
  std::string short_name;     // "TMM4"; may be empty
  std::string city;           // "Bali"
  std::string economy;        // "Indonesia"
  std::optional<Date> start;
  std::optional<Date> end;
};

struct Entry {
  std::string key;   // "ministerial-statement-2004"
  std::string kind;  // "ministerial-statement"
  std::optional<int> year;
  Meeting meeting;
  std::string title;
  std::vector<std::string> aliases;  // written forms: "Joint Ministerial Statement 2004"
  std::string source;                // address of the page that shows the facts
  bool verified = false;
  std::optional<std::string> note;
  // The key of the entry that is the same document, where this entry is a reading of it under another name
  // (the plans' "Leaders' Statement 2005" is the Busan Declaration): diff and history compare the two as one.
  // That entry may have a same_as of its own; a cycle is refused.
  std::optional<std::string> same_as;
  // What a citation resolving here carries; built once, shared by all of them.
  std::shared_ptr<const CitationSource> resolution;
};

// A body meeting at most once a year, listed completely over the years given:
// a citation of one of `kinds` in a year with no entry of the body names a
// meeting that was not held.
struct Series {
  std::string name;  // "Transportation Ministerial Meeting", as the warning says it
  std::string body;
  std::vector<std::string> kinds;
  int first_year = 0;
  int last_year = 0;
};

// How a citation fared against the registry.
struct Resolution {
  const Entry* entry = nullptr;          // the document, when found
  const Series* missing_meeting = nullptr;  // set when the series held no meeting in the citation's year
};

class Registry {
 public:
  // Reads registry JSON (schema/registry.schema.json). Throws RegistryError.
  static Registry from_json(std::string_view text);

  // Adds the other registry's entries, replacing those with the same key, and
  // its series, replacing those of the same body.
  void merge(const Registry& other);

  const std::vector<Entry>& entries() const { return entries_; }
  const std::vector<Series>& series() const { return series_; }
  const Entry* find_key(std::string_view key) const;

  // The entry a citation (as the parser read it) means: its key or a written
  // form equal to it, else the series' document of its year.
  Resolution resolve(const Citation& citation) const;
  // The same for a citation written out: "Leaders’ Statement 2005", "Bogor Goal".
  Resolution resolve_text(std::string_view written) const;
  // The document a citation names: the source it carries (plan JSON keeps the
  // one it resolved to when parsed), else this registry's entry; null for neither.
  std::shared_ptr<const CitationSource> source_of(const Citation& citation) const;

  // Every entry a user's word can mean (`query --cites`): a key, a title (as `mseg cites` prints it), an alias
  // (as written in plans, any apostrophe), a meeting ("TMM4", "Bali") or a year.
  std::vector<const Entry*> find(std::string_view wanted) const;

  // Each entry's key that names another's document (its `same_as`) -> the key its same_as entries lead to:
  // diff's SameDocuments.
  std::map<std::string, std::string, std::less<>> same_documents() const;

 private:
  void index();
  void check_same_as() const;  // throws RegistryError
  const Entry& document_of(const Entry& e) const;
  std::vector<Entry> entries_;
  std::vector<Series> series_;
  // Citation keys (keys and aliases read as citations), then folded written forms.
  std::unordered_map<std::string, std::size_t> by_key_;
  std::unordered_map<std::string, std::size_t> by_form_;
};

// Gives each citation of `plan` that carries no source the one `registry`
// resolves it to: a plan JSON parsed with a smaller registry then names the
// documents the user's registry knows, as a text plan read with it would.
void resolve_unresolved(Plan& plan, const Registry& registry);

// The registry built into mseg.
const Registry& builtin_registry();
// Its JSON text, as shipped (share/mseg/registry.json).
std::string_view builtin_registry_json();

// "4th APEC Transportation Ministerial Meeting"; the body alone without an ordinal.
std::string meeting_name(const Meeting& m);
// "Bali, Indonesia"
std::string meeting_place(const Meeting& m);
// "27-29 July 2004", "12 June 1995", "November 2005"... or "" without dates.
std::string meeting_dates(const Meeting& m);

// The key the parser gives a citation written out ("Ministerial Statement
// 2004" -> "ministerial-statement-2004"); nullopt when it reads as no known form.
std::optional<std::string> citation_key(std::string_view written);

}  // namespace mseg::cite
