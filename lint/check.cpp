// check_plan: the parser's diagnostics or the JSON reader's problems, then the
// lint rules, then the user's settings.
#include <mseg/lint.hpp>
#include <mseg/load.hpp>
#include <mseg/parse.hpp>
#include <mseg/diagnostics.hpp>

#include <fmt/format.h>

#include <algorithm>

#include "findings.hpp"

namespace mseg::lint {
namespace {

// The loader's problems as validate reports them: a json-schema message names its pointer first.
void add_json_problems(const LoadedPlan& loaded, std::vector<Diagnostic>& out) {
  for (Diagnostic d : loaded.json_problems) {
    // The root's pointer is the empty string, which would read as nothing at all.
    if (d.code != "json-syntax") d.message = fmt::format("{}: {}", d.pointer.empty() ? "(root)" : d.pointer, d.message);
    out.push_back(std::move(d));
  }
}

// The lint rules' diagnostics on a text plan, at the model's spans.
void add_text_findings(Diagnostics& found, std::vector<Diagnostic>& out) {
  for (auto& d : found) {
    if (!d.related.empty()) d.message += fmt::format(" (first at line {})", d.related.front().span.line);
    out.push_back(std::move(d));
  }
}

// Plan JSON read from a .docx or .pdf keeps each element's place there: a
// finding names it after its pointer, " (plan.pdf:page 3)" as validate on the
// document itself would, for the person who has the document and not the JSON.
std::string in_document(const Plan& plan, const Span& span) {
  if (!span.place) return {};
  const std::string& path = plan.source.path;
  if (path.empty() || path == "-") return fmt::format(" ({})", describe(*span.place));
  return fmt::format(" ({}:{})", path, describe(*span.place));
}

// The lint rules' diagnostics on plan JSON, placed by pointer in the JSON text: the file's, or
// for one plan of several, that plan's text (`within` says where it stands).
void add_json_findings(std::string_view bytes, const LoadedPlan& loaded, Diagnostics& findings,
                       std::vector<Diagnostic>& out) {
  if (loaded.within) bytes = bytes.substr(loaded.within->offset, loaded.within->length);
  auto in_file = [&](std::optional<JsonPlace>& p) {
    if (!p || !loaded.within) return;
    const JsonPlace& w = *loaded.within;
    if (p->line == 1) {
      p->column += w.column - 1;
      p->end_column += w.column - 1;
    }
    p->line += w.line - 1;
    p->offset += w.offset;
  };
  std::vector<std::string> pointers;
  pointers.reserve(findings.size() * 2);
  for (const auto& d : findings) {
    pointers.push_back(d.pointer);
    pointers.push_back(d.related.empty() ? std::string() : d.related.front().pointer);
  }
  auto places = find_json_pointers(bytes, pointers);
  for (auto& p : places) in_file(p);
  for (std::size_t k = 0; k < findings.size(); ++k) {
    Diagnostic& d = findings[k];
    std::string message = fmt::format("{}{}{}: {}", loaded.pointer, d.pointer, in_document(loaded.plan, d.span), d.message);
    if (!d.related.empty()) {
      Note& first = d.related.front();
      if (const auto& place = places[2 * k + 1]) {
        message += fmt::format(" (first at line {})", place->line);
        first.span = span_of(*place);
      } else {
        message += fmt::format(" (first at {}{})", loaded.pointer, first.pointer);
        first.span = Span{};
      }
    }
    d.message = std::move(message);
    d.pointer = loaded.pointer + d.pointer;
    for (Note& n : d.related) n.pointer = loaded.pointer + n.pointer;
    d.span = places[2 * k] ? span_of(*places[2 * k]) : Span{};
    out.push_back(std::move(d));
  }
}

void apply(const RuleSettings& settings, std::vector<Diagnostic>& diags) {
  if (settings.disabled.empty() && settings.severity.empty()) return;
  std::erase_if(diags, [&](const Diagnostic& d) { return settings.disabled.contains(d.code); });
  for (auto& d : diags)
    if (auto it = settings.severity.find(d.code); it != settings.severity.end()) d.severity = it->second;
}

}  // namespace

std::vector<Diagnostic> lint_plan(const Plan& plan) {
  Diagnostics findings = run_rules(plan);
  std::vector<Diagnostic> out;
  add_text_findings(findings, out);
  return out;
}

namespace {

// A text plan, .docx or .pdf, checked as the parser hands over its sections,
// each forgotten once the rules have read it: validate never holds the whole
// plan (issue 20 item 12). Gives the text the spans' lines are lines of, when
// kept (parse_plan's source_text).
std::string check_text(std::string_view bytes, const std::string& path, const CheckOptions& options,
                       FileReport& report) {
  struct Check : PlanSink {
    std::optional<Rules> rules;
    Source source;
    std::size_t sections = 0;
    std::vector<Diagnostic> parsed;
    void begin(const Plan& head) override {
      source = head.source;
      rules.emplace(head);
    }
    void section(Section&& sec) override { rules->section(sec, sections++); }
    void end(std::vector<Diagnostic>&& diagnostics) override { parsed = std::move(diagnostics); }
  } check;
  const ParseOptions parse{path, options.registry, options.layout};
  std::string source_text;
  if (options.keep_source) parse_plan(bytes, parse, check, source_text);
  else parse_plan(bytes, parse, check);
  report.format = check.source.format;
  report.encoding = check.source.encoding;
  report.diagnostics = std::move(check.parsed);
  Diagnostics findings = check.rules->take();
  add_text_findings(findings, report.diagnostics);
  return source_text;
}

// The errors parse recorded in plan JSON are not reported one by one (their lines are the text plan's), but a plan
// read with errors must not validate as whole: one error, at the first (a new user's finding: `validate --strict`
// passed such a plan while query warned of it).
void recorded_errors(const LoadedPlan& loaded, const RuleSettings& settings, Diagnostics& findings) {
  // The recorded errors as the settings have them: `--disable cell-count` passes the JSON as it passes the text
  // (a review's finding). Counted on a copy of the diagnostics alone, only when a setting touches them.
  const auto& recorded = loaded.plan.diagnostics;
  // Any recorded code a setting names: an error disabled or made a warning, or a warning made an error (`--error
  // tag-separator` counts the recorded tag-separator warnings, as it does in the text: a second review's finding).
  const bool touched = std::any_of(recorded.begin(), recorded.end(), [&](const Diagnostic& d) {
    return (d.severity == Severity::error && settings.disabled.contains(d.code)) || settings.severity.contains(d.code);
  });
  LoadedPlan adjusted;
  if (touched) {
    adjusted.within = loaded.within;
    adjusted.from_json = loaded.from_json;
    adjusted.plan.source = loaded.plan.source;
    for (const Diagnostic& d : recorded) {
      if (settings.disabled.contains(d.code)) {
        adjusted.plan.diagnostics.push_back(Diagnostic{Severity::note, d.code, {}, d.span});  // keeps the index
        continue;
      }
      adjusted.plan.diagnostics.push_back(Diagnostic{d.severity, d.code, {}, d.span});
      if (auto it = settings.severity.find(d.code); it != settings.severity.end())
        adjusted.plan.diagnostics.back().severity = it->second;
    }
  }
  const LoadedPlan& counted = touched ? adjusted : loaded;
  const auto summary = error_summary(counted);
  if (!summary) return;
  std::size_t k = 0;
  while (counted.plan.diagnostics[k].severity != Severity::error) ++k;
  const std::string& source = loaded.plan.source.path;
  std::string message = *summary;
  if (!source.empty() && source != "-") message += fmt::format("; 'mseg validate {}' shows them", source);
  findings.push_back(found(DiagnosticCode::recorded_error, std::move(message), Span{}, fmt::format("/diagnostics/{}", k)));
}

}  // namespace

FileReport check_plan(std::string_view bytes, const std::string& path, const CheckOptions& options) {
  FileReport report;
  report.path = path;
  report.from_json = looks_like_json(bytes);
  auto& diags = report.diagnostics;
  std::string source_text;
  if (!report.from_json) {
    source_text = check_text(bytes, path, options, report);
  } else {
    // A file may hold several plans (an array, JSON Lines), each checked on its own.
    for (LoadedPlan& loaded : load_plans(bytes, path, options.registry)) {
      if (!loaded.json_problems.empty()) {
        add_json_problems(loaded, diags);
      } else {
        Diagnostics findings = run_rules(loaded.plan);
        check_deadline_texts(loaded.plan, findings);
        recorded_errors(loaded, options.settings, findings);
        add_json_findings(bytes, loaded, findings, diags);
      }
    }
  }
  apply(options.settings, diags);
  // Unplaced diagnostics (line 0) first, then in reading order (a PDF's by page).
  std::stable_sort(diags.begin(), diags.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if ((a.span.line == 0) != (b.span.line == 0)) return a.span.line == 0;
    return reading_order(a.span) < reading_order(b.span);
  });
  // A text plan's, .docx's or .pdf's lines came with the plan: the document is
  // read once. A UTF-8 plan's lines are its bytes, copied only when shown.
  if (options.keep_source && !diags.empty()) {
    const bool own_bytes =
        report.from_json || (source_text.empty() && report.format == "text" && report.encoding.starts_with("utf-8"));
    report.source = own_bytes ? SourceLines::from_bytes(bytes) : SourceLines(std::move(source_text));
  }
  return report;
}

}  // namespace mseg::lint
