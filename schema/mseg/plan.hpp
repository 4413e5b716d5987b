// The plan model: plain data types for a parsed work plan, apart from the code
// that finds them. Every element found in the text carries a Span so tools can
// point back at the line it came from. Field names follow docs/json.md.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <mseg/boxed.hpp>
#include <mseg/rare_vector.hpp>
#include <mseg/shared_name.hpp>

namespace mseg {

// Where in a Word document's body; all 1-based, 0 where it does not apply (table 0: a paragraph outside any table).
struct WordPlace { std::uint32_t table = 0; std::uint32_t row = 0; std::uint32_t cell = 0; std::uint32_t paragraph = 0; std::uint32_t offset = 0; /* characters into the paragraph */ };
// Where on a PDF page: page 1-based; the box in points with its origin at the page's top-left; offset: characters into the page's text.
struct PdfPlace { std::uint32_t page = 0; float x = 0, y = 0, width = 0, height = 0; std::uint32_t offset = 0; };

// A place in a document that is not plain text: the readers of .docx and .pdf fill one in.
using Place = std::variant<WordPlace, PdfPlace>;

// Where something stands in the original file. Lines and columns are 1-based,
// columns count characters (code points); end_column is one past the last
// character, as in SARIF. offset/length are bytes of the original file.
// A span in a Word document or a PDF has its place set; its lines and columns
// are those of the plan's text as mseg laid it out (validate shows that line).
struct Span {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::uint32_t end_line = 0;
  std::uint32_t end_column = 0;
  std::uint64_t offset = 0;
  std::uint64_t length = 0;
  // Out of line, so that a text span grows by a pointer, not by a Place:
  // null in a text plan; otherwise a place from intern_place, which lives as
  // long as the program.
  const Place* place = nullptr;
};

// A key that orders spans as a reader meets them (diagnostics, in validate's report and in plan JSON): by offset,
// a PDF's by page first (its laid-out text goes row by row, and a row's cells may start on one page and end on the
// next). The page stands above any offset (40 bits: a terabyte).
inline std::uint64_t reading_order(const Span& span) {
  const PdfPlace* pdf = span.place ? std::get_if<PdfPlace>(span.place) : nullptr;
  return (std::uint64_t{pdf ? pdf->page : 0} << 40) | span.offset;
}

// The one stored copy of `p`, kept for the rest of the program: equal places
// share it, so a reader may intern one per element. Safe from several threads.
const Place* intern_place(const Place& p);

// How messages name a place: "table 1, row 3, cell 2, paragraph 1" (a paragraph
// outside tables: "paragraph 4"; a whole table: "table 2"; a cell with no
// paragraph of its own: "table 1, row 3, cell 2"), "page 3".
std::string describe(const Place& p);

enum class Severity { error, warning, note };

// A mechanical repair of a diagnostic: the characters at `span` replaced by
// `text`. A safe fix cannot change what an attentive reader takes the plan to
// say; mseg validate --fix applies only those (docs/diagnostics.md lists them).
struct Fix {
  std::string description;  // "replace 'Marhc' with 'March'"
  Span span;
  std::string text;
  bool safe = true;
};

// Another place a diagnostic refers to: "first at line 8".
struct Note {
  std::string message;
  Span span;
  std::string pointer;  // the same place in plan JSON, when it is about a plan's model
};

// A problem found in the plan, with a stable code documented in docs/diagnostics.md
// (mseg/diagnostics.hpp has the table of codes). Every stage reports this one type:
// in a text plan `span` is its place; about plan JSON, `pointer` names the value
// (RFC 6901) and `span` is its place in the JSON file once known.
struct Diagnostic {
  Severity severity = Severity::warning;
  std::string code;
  std::string message;
  Span span;
  Boxed<Fix> fix = std::nullopt;          // not part of plan JSON: validate reports it
  std::string pointer = {};               // not part of plan JSON either
  RareVector<Note> related = {};          // nor these (rare: one pointer until any, issue 20 item 12)
  // About text the plan's laid-out text does not hold (a PDF's running footer, a .docx table not read): the
  // span is where it was found, the place where it stands, and validate shows no source line. Not in plan JSON.
  bool off_text = false;
};

// A calendar day, as written in JSON as YYYY-MM-DD. Four bytes, not twelve: a
// deadline holds two and every tag has one (issue 20 item 12). Fields read as
// ints; `Date{2008, 3, 1}` takes constants, make() computed values.
struct Date {
  std::int16_t year = 0;
  std::uint8_t month = 0;  // 1-12; 0 in a Date{} that stands for none
  std::uint8_t day = 0;    // 1-31
  friend auto operator<=>(const Date&, const Date&) = default;
  // A date of computed fields; throws std::out_of_range for a field its type
  // cannot hold, never a date wrapped to another (the readers give years of
  // four digits and months and days checked, so this is a bug, not a plan's).
  static Date make(int year, int month, int day) {
    if (year < INT16_MIN || year > INT16_MAX || month < 0 || month > 255 || day < 0 || day > 255)
      throw std::out_of_range("mseg::Date::make: a field out of range");
    return Date{static_cast<std::int16_t>(year), static_cast<std::uint8_t>(month), static_cast<std::uint8_t>(day)};
  }
};

// The registry entry a citation resolves to (docs/citations.md): the document
// and the meeting that issued it, as the reader wants them.
struct CitationSource {
  std::string key;      // the entry's key: "ministerial-statement-2004"
  std::string meeting;  // "4th APEC Transportation Ministerial Meeting"
  std::string place;    // "Bali, Indonesia"
  std::optional<Date> start;  // the meeting's first day
  std::optional<Date> end;    // its last day
  std::string title;    // "Joint Ministerial Statement"
  std::string url;      // where the facts can be read
  bool verified = false;  // every fact confirmed by the source
  // The object as compact JSON, rendered once by the registry so that
  // `parse --compact` copies it instead of writing it per citation; empty
  // when the source was read from plan JSON.
  std::string compact_json;
};

// The source a directive cites, e.g. "(Ministerial Statement 2004)".
struct Citation {
  std::string text;                     // as written, parentheses included
  std::string kind;                     // e.g. "ministerial-statement", "bogor-goal", "unknown"
  std::optional<int> year;              // null for Bogor Goal(s)
  std::string key;                      // kind plus year: "ministerial-statement-2004"
  std::optional<std::string> pinpoint;  // "para 12"
  // Null when no registry entry matches. Shared: every citation of one
  // document points at the same entry, so resolving costs no copies.
  std::shared_ptr<const CitationSource> source;
  Span span;
};

struct Directive {
  std::string id;                     // "S1.D1"
  std::optional<std::string> number;  // "1A", "4"
  std::string text;                   // without number and citation; bullet paragraphs joined by '\n'
  std::vector<Citation> citations;
  Span span;
};

struct PriorityItem {
  std::string text;
  Span span;
};

struct Priority {
  std::string id;                     // "S1.P1"
  std::optional<std::string> number;  // "1.1"
  std::string title;
  std::vector<PriorityItem> items;
  Span span;
};

// One party responsible for an action, as named in a tag.
struct Owner {
  std::string name;                      // as written: "US"
  SharedName canonical;                  // APEC member name: "United States"; null for non-economies (shared, issue 20 item 12)
  bool economy = false;
};

// The three kinds of element a plan holds, one per table column.
enum class ElementKind { directive, priority, action };

enum class DeadlineKind : std::uint8_t { date, month, quarter, part, year, range, ongoing, tbd, meeting, unknown };

struct Deadline {
  std::string text;  // as written, trimmed: "September 2006"
  DeadlineKind kind = DeadlineKind::unknown;
  std::optional<Date> start;  // first day the deadline covers
  std::optional<Date> end;    // last day the deadline covers
};

// "(Label – Role: owner, owner/Deadline)" at the end of an action.
struct Tag {
  std::string text;                   // as written, parentheses included
  Boxed<std::string> label;           // "Pilot Project" (rare: held apart, issue 20 item 12)
  Boxed<std::string> role;            // "Lead Economies"
  std::vector<Owner> owners;
  bool tentative = false;             // "to be confirmed" / "TBC" beside an owner
  Deadline deadline;
  Span span;
  // issue 15: "(in collaboration with the IMO)", "(with APEC Secretariat
  // support)" beside an owner: who helps, not who answers for it. JSON: only when any.
  RareVector<std::string> collaborators;  // rare: one pointer until any (issue 20 item 12)
};

// issue 15: a deadline read from the action's own sentence ("by March 2008")
// when no tag gives one. JSON: "deadline" with "from": "text".
struct TextDeadline {
  Deadline deadline;  // text: the phrase as written, preposition included
  Span span;
};

// issue 15: a cell of a column beyond the three (Lead, Timeline, Status...).
struct ExtraField {
  std::string column;  // the column's name, as in Plan::extra_columns
  std::string text;
};

struct Action {
  std::string id;  // "S1.A1"
  std::string text;  // without its tags
  std::vector<Tag> tags;
  Span span;
  Boxed<TextDeadline> deadline;          // issue 15; JSON: only when set (rare: held apart, issue 20 item 12)
  RareVector<ExtraField> extra;          // issue 15; JSON: only when any (rare: one pointer until any)
};

// The deadline tag `t` of action `a` answers for: the tag's own, or, when the
// tag gives no time (none, TBD, a form not read), the one read from the action's
// text ("... by March 2008", issue 15), so that calendars, the report, the
// grouping and the overdue check see it.
const Deadline& deadline_for(const Action& a, const Tag& t);

// The action's tags as deadline comparisons read them: a.tags itself when the
// text gave no deadline (no copy: diff runs this on every element); otherwise
// `scratch` filled with the tags, each with deadline_for, or with one tag of
// the text's deadline alone when the action has no tag.
const std::vector<Tag>& deadline_tags(const Action& a, std::vector<Tag>& scratch);

// One table row group: the directives, priorities and actions that belong together.
struct Section {
  std::string id;                     // "S1"
  std::optional<std::string> number;  // leading number of its directives: "1"
  Span span;
  std::vector<Directive> directives;
  std::vector<Priority> priorities;
  std::vector<Action> actions;
  std::optional<std::string> part;  // issue 15: "Part B. Directives – ..." over it; JSON: only when set
};

struct Source {
  std::string path;         // as given by the caller ("-" for stdin)
  std::string sha256;       // of the original bytes, lowercase hex
  std::uint64_t bytes = 0;  // size of the original bytes
  std::string encoding;     // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252"
  std::string line_ending;  // "lf", "crlf", "cr", "mixed", "none"
  std::string layout;       // the reader that read it: "tab-cells", "side-by-side", "column-blocks", "markdown", "tsv", "csv", "docx", "pdf"
  std::string mseg_version; // the version of mseg that read it
  // The form the plan was read from, by its magic bytes: "text", "docx", "pdf", "doc", "odt".
  // JSON writes format and pages only for a form other than text.
  std::string format = "text";
  std::uint32_t pages = 0;  // a PDF's page count
};

struct Group {
  std::string name;     // "Maritime Security Experts Group"
  std::string acronym;  // "MSEG"
};

// issue 15: the APEC meeting-document cover sheet.
struct Document {
  std::optional<std::string> number;        // "2010/SOM3/SCE/010"
  std::optional<std::string> agenda_item;   // "3.5"
  std::optional<std::string> purpose;       // "Consideration"
  std::optional<std::string> submitted_by;  // "MEG-SEC Chair"
};

// issue 15: when the meeting was held, as written and as days.
struct MeetingDates {
  std::string text;  // "30 July – 03 August 2012"
  std::optional<Date> start;
  std::optional<Date> end;
};

struct Plan {
  std::string schema_version = "1";
  Source source;
  std::optional<std::string> title;
  std::optional<std::string> meeting;
  std::optional<Group> group;
  std::optional<std::string> preamble;
  std::array<std::string, 3> columns;
  // issue 15, each written to JSON only when present, so plans without a
  // cover sheet or a wider table keep the JSON they had (docs/json.md).
  std::optional<Document> document;
  std::optional<std::string> meeting_place;    // "Tokyo, Japan"
  std::optional<MeetingDates> meeting_dates;
  std::vector<std::string> extra_columns;      // names of the columns after the third; JSON: in "columns"
  std::vector<Section> sections;
  std::vector<Diagnostic> diagnostics;
};

// Receives a plan in pieces, in order, as parse_plan (mseg/parse.hpp) reads
// it: a large plan need never be held whole. JsonTextSink (mseg/plan_json.hpp)
// writes each piece's JSON as it comes.
class PlanSink {
 public:
  virtual ~PlanSink() = default;
  // Everything but sections and diagnostics: source, title, meeting, group,
  // preamble, columns. Called once, before any section.
  virtual void begin(const Plan& head) = 0;
  // Each section once its last row is read, ids and span set.
  virtual void section(Section&& section) = 0;
  // The plan's diagnostics, in the order of parse_plan's, after the last section.
  virtual void end(std::vector<Diagnostic>&& diagnostics) = 0;
};

// Names used in JSON and messages.
const char* to_string(Severity s);
const char* to_string(DeadlineKind k);
const char* to_string(ElementKind k);  // "directive", "priority", "action"
std::optional<Severity> severity_from_string(std::string_view s);
std::optional<DeadlineKind> deadline_kind_from_string(std::string_view s);
std::string to_string(const Date& d);  // "2006-09-30"
std::optional<Date> date_from_string(std::string_view s);  // a real day as YYYY-MM-DD, else nullopt

// True when the plan holds a diagnostic of severity error.
bool has_errors(const Plan& plan);
bool has_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace mseg
