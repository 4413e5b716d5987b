// The pipeline: decode -> split_table -> read front matter, header and rows ->
// read directives, priorities and actions -> number ids -> locate diagnostics.
#include <mseg/parse.hpp>
#include <mseg/version.hpp>

#include <fmt/format.h>

#include <algorithm>

#include "citation.hpp"
#include "clean.hpp"
#include "decode.hpp"
#include "docx_reader.hpp"
#include "finding.hpp"
#include "form.hpp"
#include "pdf_reader.hpp"
#include "lost_cell.hpp"
#include "parens.hpp"
#include "resolve.hpp"
#include "patterns.hpp"
#include "source_text.hpp"
#include "table.hpp"
#include "tag.hpp"

namespace mseg {
namespace {

constexpr std::string_view kDefaultColumns[3] = {"Directives", "Priorities", "Action Items"};
constexpr std::size_t kMaxHeaderCell = 80;

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Word exports keep list bullets as characters: ·, •, - or –.
bool is_bullet(std::string_view p) {
  return starts_with(p, "\u00B7") || starts_with(p, "\u2022") || starts_with(p, "-") || starts_with(p, "\u2013");
}

std::string_view view(const re2::StringPiece& p) { return {p.data(), p.size()}; }

// The view from the start of `a` to the end of `b`; both view the same text.
std::string_view join_views(std::string_view a, std::string_view b) {
  return {a.data(), static_cast<std::size_t>(b.data() + b.size() - a.data())};
}

// "1A" -> "1": the section a directive number belongs to.
std::string section_of(std::string_view number) {
  std::size_t n = 0;
  while (n < number.size() && number[n] >= '0' && number[n] <= '9') ++n;
  return std::string(number.substr(0, n));
}

std::size_t word_count(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = is_space(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

class Assembler {
 public:
  Assembler(const SourceText& source, Plan& head, PlanSink& sink, const cite::Registry& registry)
      : source_(source), plan_(head), sink_(sink), registry_(registry) {}

  void run(const Table& table) {
    read_front(table.before);
    const auto& cells = table.cells;
    if (cells.empty()) {
      findings_.push_back({Severity::error, "no-table", "no table found: no line starts with a tab",
                           source_.text().substr(0, 0)});
      sink_.begin(plan_);
      finish();
      return;
    }
    std::size_t first_row = read_header(cells);
    sink_.begin(plan_);
    std::vector<Cell> restored;  // the cells with a lost boundary put back, when one is found
    if (cells.size() % 3 != 0) {
      if (auto lost = find_lost_cell(cells, first_row)) {
        report_lost_cell(cells, *lost);
        restored = cells;
        restore_cell(restored, *lost);
      } else {
        std::size_t partial = cells.size() % 3;
        findings_.push_back({Severity::error, "cell-count",
                             fmt::format("the table has {} cells, not a multiple of three: its last row has {}",
                                         cells.size(), partial == 1 ? "1 cell" : "2 cells"),
                             cells[cells.size() - partial].extent});
      }
    }
    const auto& rows = restored.empty() ? cells : restored;
    static const Cell kEmpty{};
    for (std::size_t i = first_row; i < rows.size(); i += 3) {
      const Cell& d = rows[i];
      const Cell& p = i + 1 < rows.size() ? rows[i + 1] : kEmpty;
      const Cell& a = i + 2 < rows.size() ? rows[i + 2] : kEmpty;
      read_row(d, p, a);
    }
    finish();
  }

 private:
  void read_front(const std::vector<std::string_view>& before) {
    std::size_t preamble = before.size();
    re2::StringPiece name, acronym;
    for (std::size_t i = 0; i < before.size(); ++i) {
      if (RE2::PartialMatch(before[i], patterns::group_naming(), &name, &acronym)) {
        preamble = i;
        plan_.group = Group{collapse_whitespace(view(name)), std::string(view(acronym))};
        break;
      }
    }
    // Without a sentence naming the group, a long last paragraph is still the preamble.
    if (preamble == before.size() && !before.empty() && word_count(before.back()) >= 12) preamble = before.size() - 1;
    if (preamble > 0) plan_.title = collapse_whitespace(before[0]);
    if (preamble > 1) plan_.meeting = collapse_whitespace(before[1]);
    if (preamble < before.size()) {
      std::string text;
      for (std::size_t i = preamble; i < before.size(); ++i) {
        if (!text.empty()) text.push_back('\n');
        append_collapsed(text, before[i]);
      }
      plan_.preamble = std::move(text);
    }
  }

  // One error where the tab was lost, and a note on how the table is read
  // from there, instead of an error at the table's end and a warning for
  // every cell misread on the way.
  void report_lost_cell(const std::vector<Cell>& cells, const LostCell& lost) {
    static constexpr std::string_view kColumn[3] = {"directives", "priorities", "actions"};
    static constexpr std::string_view kLooks[3] = {"a directive", "a priority", "an action"};
    const Cell& cell = cells[lost.cell];
    const std::string_view paragraph = cell.paragraphs[lost.paragraph];
    const std::string_view line = line_start_of(paragraph, cell.extent);
    Finding error{Severity::error, "cell-count",
                  fmt::format("a table cell seems to start here without its tab: the table has {} cells, not a "
                              "multiple of three, and line {}, {}, would stand in the {} column",
                              cells.size(), source_.span(lost.misfit).line,
                              kLooks[lost.misfit_looks], kColumn[lost.misfit_column]),
                  line.substr(0, 0)};
    error.fix_where = line.substr(0, 0);
    error.fix_text = "\t";
    error.fix_description = fmt::format("insert a tab at the start of line {}", source_.span(line).line);
    error.fix_safe = false;  // a guess: the plan's author must confirm it
    findings_.push_back(std::move(error));
    findings_.push_back({Severity::note, "cell-boundary-assumed",
                         fmt::format("read as the start of the row's {} cell, as if the tab were there; the rows "
                                     "after it are read from this boundary",
                                     kColumn[lost.column]),
                         paragraph});
  }

  // Returns the index of the first data cell.
  std::size_t read_header(const std::vector<Cell>& cells) {
    bool header = cells.size() >= 3;
    for (std::size_t i = 0; header && i < 3; ++i) {
      const auto& ps = cells[i].paragraphs;
      if (ps.size() > 1) header = false;
      if (ps.size() == 1 && (ps[0].size() > kMaxHeaderCell || ps[0].back() == ')')) header = false;
    }
    if (header && cells[0].paragraphs.empty() && cells[1].paragraphs.empty() && cells[2].paragraphs.empty())
      header = false;
    if (header && !cells[0].paragraphs.empty()) {
      std::string_view first = cells[0].paragraphs[0], number;
      if (patterns::consume_directive_number(first, number)) header = false;  // a numbered directive, not a header
    }
    if (header) {
      for (std::size_t i = 0; i < 3; ++i)
        plan_.columns[i] = cells[i].paragraphs.empty() ? std::string() : collapse_whitespace(cells[i].paragraphs[0]);
      return 3;
    }
    for (std::size_t i = 0; i < 3; ++i) plan_.columns[i] = std::string(kDefaultColumns[i]);
    findings_.push_back({Severity::error, "no-header",
                         "the table has no header row: its first row should name the three columns",
                         cells[0].extent});
    return 0;
  }

  void read_row(const Cell& d, const Cell& p, const Cell& a) {
    std::vector<Directive> directives = read_directives(d);
    bool new_section = !open_;
    if (!directives.empty()) {
      std::optional<std::string> number;
      if (directives.front().number) number = section_of(*directives.front().number);
      // "2E." after "2A.".."2D." carries on section 2 rather than starting another.
      bool continues = open_ && number && section_.number && *section_.number == *number;
      new_section = !continues;
    }
    if (new_section) {
      if (open_) emit();
      open_ = true;
      if (!directives.empty() && directives.front().number) section_.number = section_of(*directives.front().number);
      section_begin_ = d.extent.data();
      section_end_ = d.extent.data() + d.extent.size();
    }
    Section& s = section_;
    make_room(s.directives, directives.size());
    for (auto& dir : directives) s.directives.push_back(std::move(dir));
    make_room(s.actions, a.paragraphs.size());
    read_priorities(p, s);
    read_actions(a, s);
    for (const Cell* c : {&d, &p, &a})
      if (c->extent.data()) section_end_ = std::max(section_end_, c->extent.data() + c->extent.size());
  }

  // Room for `more` elements: exactly, for a section's first row (most have
  // one), and by half again for later rows, so long sections stay linear.
  // push_back's doubling left a fifth of a large plan's actions unused.
  template <typename T>
  static void make_room(std::vector<T>& v, std::size_t more) {
    const std::size_t need = v.size() + more;
    if (need > v.capacity()) v.reserve(v.empty() ? need : std::max(need, v.capacity() + v.capacity() / 2));
  }

  void check_parens(std::string_view paragraph) {
    if (auto at = unbalanced_paren(paragraph)) {
      findings_.push_back({Severity::warning, "unbalanced-parentheses",
                           fmt::format("'{}' has no matching '{}'", paragraph[*at], paragraph[*at] == '(' ? ')' : '('),
                           paragraph.substr(*at, 1)});
    }
  }

  std::vector<Directive> read_directives(const Cell& cell) {
    std::vector<std::vector<std::string_view>> units;
    for (std::string_view p : cell.paragraphs) {
      if (is_bullet(p) && !units.empty())
        units.back().push_back(p);
      else
        units.push_back({p});
    }
    std::vector<Directive> out;
    out.reserve(units.size());
    for (auto& unit : units) {
      for (std::string_view p : unit) check_parens(p);
      Directive dir;
      dir.span = source_.span(join_views(unit.front(), unit.back()));
      if (std::string_view number; patterns::consume_directive_number(unit.front(), number))
        dir.number = std::string(number);
      std::string_view& last = unit.back();
      TrailingGroups& tg = groups_;
      trailing_groups(last, ".;", tg);
      const char* cut = last.data() + last.size();
      for (std::string_view g : tg.groups) {
        auto citation = read_citation(g, findings_);
        if (!citation) break;
        cite::resolve_citation(registry_, *citation, g, findings_);
        citation->span = source_.span(g);
        dir.citations.push_back(std::move(*citation));
        cut = g.data();
      }
      std::reverse(dir.citations.begin(), dir.citations.end());
      if (!dir.citations.empty()) last = last.substr(0, static_cast<std::size_t>(cut - last.data()));
      for (std::string_view p : unit) {
        if (trim(p).empty()) continue;
        if (!dir.text.empty()) dir.text.push_back('\n');
        append_collapsed(dir.text, p);
      }
      if (dir.text.capacity() > dir.text.size() + 64) dir.text.shrink_to_fit();  // appends doubled it
      out.push_back(std::move(dir));
    }
    return out;
  }

  void read_priorities(const Cell& cell, Section& s) {
    Priority* current = nullptr;
    std::string_view current_first;
    for (std::string_view p : cell.paragraphs) {
      std::string_view rest = p;
      std::string_view number;
      bool numbered = patterns::consume_priority_number(rest, number);
      if (numbered || !current) {
        Priority pr;
        if (numbered) pr.number = std::string(number);
        pr.title = collapse_whitespace(rest);
        pr.span = source_.span(p);
        s.priorities.push_back(std::move(pr));
        current = &s.priorities.back();
        current_first = p;
      } else {
        current->items.push_back({collapse_whitespace(p), source_.span(p)});
        current->span = source_.span(join_views(current_first, p));
      }
    }
  }

  void read_actions(const Cell& cell, Section& s) {
    for (std::string_view p : cell.paragraphs) {
      check_parens(p);
      TrailingGroups& tg = groups_;
      trailing_groups(p, {}, tg);
      std::vector<Tag> tags;
      const char* cut = p.data() + p.size();
      for (std::string_view g : tg.groups) {
        auto tag = read_tag(g, findings_);
        if (!tag) break;
        tag->span = source_.span(g);
        tags.push_back(std::move(*tag));
        cut = g.data();
      }
      std::reverse(tags.begin(), tags.end());
      std::string_view text = trim(p.substr(0, static_cast<std::size_t>(cut - p.data())));
      if (text.empty() && !s.actions.empty()) {
        // A tag on its own line belongs to the action before it.
        Action& prev = s.actions.back();
        for (auto& t : tags) prev.tags.push_back(std::move(t));
        std::size_t begin = last_action_begin_;
        prev.span = source_.span(begin, static_cast<std::size_t>(p.data() + p.size() - source_.text().data()));
        continue;
      }
      Action act;
      act.text = collapse_whitespace(text);
      act.tags = std::move(tags);
      act.span = source_.span(p);
      if (act.text.empty()) {
        findings_.push_back({Severity::warning, "tag-without-action",
                             "this tag follows no action: a tag on its own line belongs to the action above it", p});
      }
      s.actions.push_back(std::move(act));
      last_action_begin_ = static_cast<std::size_t>(p.data() - source_.text().data());
    }
  }

  // Numbers the finished section, notes its untagged actions and hands it on.
  void emit() {
    Section& s = section_;
    const char* base = source_.text().data();
    s.id = "S" + std::to_string(++sections_);
    s.span = source_.span(static_cast<std::size_t>(section_begin_ - base),
                          static_cast<std::size_t>(section_end_ - base));
    // Built by hand: three ids per action made fmt::format a twentieth of parsing.
    auto number = [&s](std::string& id, char kind, std::size_t k) {
      id.reserve(s.id.size() + 8);
      id = s.id;
      id.push_back('.');
      id.push_back(kind);
      id += std::to_string(k + 1);
    };
    for (std::size_t k = 0; k < s.directives.size(); ++k) number(s.directives[k].id, 'D', k);
    for (std::size_t k = 0; k < s.priorities.size(); ++k) number(s.priorities[k].id, 'P', k);
    for (std::size_t k = 0; k < s.actions.size(); ++k) number(s.actions[k].id, 'A', k);
    for (const auto& a : s.actions)
      if (a.tags.empty() && !a.text.empty())
        untagged_.push_back({Severity::warning, "action-without-tag", "action has no (Owner/Deadline) tag", a.span});
    sink_.section(std::move(s));
    section_ = Section{};
    open_ = false;
  }

  void finish() {
    if (open_) emit();
    std::vector<Diagnostic> diags;
    diags.reserve(plan_.diagnostics.size() + findings_.size() + untagged_.size());
    for (auto& d : plan_.diagnostics) diags.push_back(std::move(d));
    for (auto& f : findings_) {
      diags.push_back({f.severity, std::move(f.code), std::move(f.message), source_.span(f.where)});
      if (!f.fix_where.data()) continue;
      if (f.fix_description.empty()) f.fix_description = fmt::format("replace '{}' with '{}'", f.fix_where, f.fix_text);
      diags.back().fix =
          Fix{std::move(f.fix_description), source_.span(f.fix_where), std::move(f.fix_text), f.fix_safe};
    }
    for (auto& d : untagged_) diags.push_back(std::move(d));
    std::stable_sort(diags.begin(), diags.end(),
                     [](const Diagnostic& x, const Diagnostic& y) { return x.span.offset < y.span.offset; });
    plan_.diagnostics.clear();
    sink_.end(std::move(diags));
  }

  const SourceText& source_;
  Plan& plan_;  // the head: everything but sections; its diagnostics come first
  PlanSink& sink_;
  Findings findings_;
  std::vector<Diagnostic> untagged_;  // action-without-tag, found as sections finish
  Section section_;                   // the section being read, while open_
  bool open_ = false;
  std::size_t sections_ = 0;  // sections handed on so far
  const char* section_begin_ = nullptr;
  const char* section_end_ = nullptr;
  std::size_t last_action_begin_ = 0;
  TrailingGroups groups_;  // one paragraph's trailing groups at a time, its room reused
  const cite::Registry& registry_;
};

// A .docx or .pdf read by its layout reader: the original bytes for `source`,
// the laid-out text for the rest.
struct LaidForm {
  std::string_view original;
  Form form;
  const layout::Laid* laid;
  std::uint32_t pages;
};

// Reads tab-cell text; `form`, when given, is what the text was laid out from.
void parse_text(std::string_view bytes, const ParseOptions& options, PlanSink& sink, const LaidForm* form) {
  DecodedText decoded = decode(bytes);
  Plan head;
  const std::string_view original = form ? form->original : bytes;
  head.source.path = options.path;
  head.source.sha256 = sha256_hex(original);
  head.source.bytes = original.size();
  head.source.encoding = decoded.encoding;
  head.source.line_ending = decoded.line_ending;
  head.source.mseg_version = kVersion;
  if (form) {
    head.source.format = options.converted_from.empty() ? to_string(form->form) : options.converted_from;
    head.source.layout = form->laid->reader;
    head.source.pages = form->pages;
  }
  if (decoded.encoding == "windows-1252") {
    head.diagnostics.push_back({Severity::note, "decoded-windows-1252",
                                "the file is not valid UTF-8; it was read as Windows-1252", Span{1, 1, 1, 1, 0, 0}});
  }
  SourceText source(decoded);
  for (const auto& r : decoded.replaced) {
    // The bytes as they were, in hex: the reader looks for them in the file.
    const std::uint64_t from = decoded.original_offset(r.at);
    std::string hex;
    for (std::uint64_t k = from; k < from + r.bytes && k < bytes.size(); ++k)
      hex += fmt::format("{}0x{:02X}", hex.empty() ? "" : " ", static_cast<unsigned char>(bytes[k]));
    head.diagnostics.push_back(
        {Severity::warning, "invalid-utf8",
         fmt::format("{} not UTF-8 ({}), read as U+FFFD", r.bytes == 1 ? "a byte" : fmt::format("{} bytes", r.bytes), hex),
         source.span(r.at, r.at + 3 * std::size_t{r.bytes})});
  }
  if (form) {
    // The reader's findings view into the laid text, which decode viewed, not copied, when it was UTF-8.
    const std::string_view text = decoded.text();
    for (const auto& f : form->laid->findings) {
      bool inside = f.where.data() >= text.data() && f.where.data() + f.where.size() <= text.data() + text.size();
      head.diagnostics.push_back({f.severity, f.code, f.message, inside ? source.span(f.where) : Span{1, 1, 1, 1, 0, 0}});
    }
  }
  Table table = split_table(decoded.text());
  Assembler(source, head, sink, options.registry ? *options.registry : cite::builtin_registry()).run(table);
}

}  // namespace

// The layout stage's seam for .docx and .pdf: the reader lays the plan out as
// tab-cell text and the text is parsed as any other; spans are of the laid text
// until they carry a place (layout::place_at).
void parse_plan(std::string_view bytes, const ParseOptions& options, PlanSink& sink) {
  const Form form = detect_form(bytes);
  if (form == Form::doc)
    throw InputError("a Word 97 .doc file: install libreoffice-writer-nogui, or save it as .docx");
  if (form == Form::docx) {
    layout::DocxLimits limits;
    if (options.max_inflated) limits.max_inflated = options.max_inflated;
    const layout::Laid laid = layout::read_docx(bytes, limits);
    const LaidForm laid_form{bytes, form, &laid, 0};
    parse_text(laid.text, options, sink, &laid_form);
    return;
  }
  if (form == Form::pdf) {
    std::uint32_t pages = 0;
    const layout::Laid laid = layout::read_pdf(bytes, &pages);
    const LaidForm laid_form{bytes, form, &laid, pages};
    parse_text(laid.text, options, sink, &laid_form);
    return;
  }
  parse_text(bytes, options, sink, nullptr);
}

Plan parse_plan(std::string_view bytes, const ParseOptions& options) {
  struct Collect : PlanSink {
    Plan plan;
    void begin(const Plan& head) override { plan = head; }
    void section(Section&& s) override { plan.sections.push_back(std::move(s)); }
    void end(std::vector<Diagnostic>&& diagnostics) override { plan.diagnostics = std::move(diagnostics); }
  } collect;
  parse_plan(bytes, options, collect);
  return std::move(collect.plan);
}

}  // namespace mseg
