// The diff as a markdown report for meeting minutes or a pull request.
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include <mseg/diff_format.hpp>

#include "base/text_escape.hpp"
#include "base/text_pieces.hpp"
#include "describe.hpp"
#include "normalize.hpp"

namespace mseg {
namespace {

std::string md(std::string_view text) { return markdown_inline(text); }

std::string title_case(const char* s) {
  std::string out = s;
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

// The word diff with removed words struck through and inserted words in bold.
std::string marked(const std::vector<TextOp>& ops) {
  std::string out;
  for (const auto& op : ops) {
    if (!out.empty()) out.push_back(' ');
    std::string t = md(op.text);
    if (op.op == TextOp::Op::remove) out += "~~" + t + "~~";
    else if (op.op == TextOp::Op::insert) out += "**" + t + "**";
    else out += t;
  }
  return out;
}

// A table of changes of one kind. Columns that no row fills are left out:
// minutes readers should not scan an always-empty column.
void table(std::string& out, const PlanDiff& d, ChangeKind which, const char* heading, const TextSink& sink) {
  struct Row {
    std::string kind, id, similarity, text, owners, deadline, citations, section;
  };
  auto row_of = [which](const Change& c) {
    Row r;
    r.kind = to_string(c.kind);
    r.id = md(diff::change_ids(c, "→"));
    if (c.similarity && (which == ChangeKind::moved || which == ChangeKind::unchanged))
      r.similarity = diff::similarity_text(*c.similarity);
    const ElementRef& element = diff::shown_element(c);
    r.text = md(element.text());
    const auto facts = diff::facts_of(element);
    r.owners = md(facts.owners);
    r.deadline = md(facts.deadline);
    r.citations = md(facts.citations);
    for (const auto& f : c.fields)
      if (f.field == "section") r.section = md(diff::describe_field(f, "→"));
    return r;
  };
  struct Column {
    const char* name;
    std::string Row::*cell;
  };
  const Column all[] = {{"Kind", &Row::kind},         {"Id", &Row::id},           {"Similarity", &Row::similarity},
                        {"Text", &Row::text},         {"Owners", &Row::owners},   {"Deadline", &Row::deadline},
                        {"Citations", &Row::citations}, {"Section", &Row::section}};
  // Which columns any row fills, from a first pass: the rows are made again
  // as they are written rather than held (with --all, one per element).
  constexpr std::size_t kColumns = std::size(all);
  bool filled[kColumns] = {};
  bool any = false;
  for (const auto& c : d.changes) {
    if (c.change != which) continue;
    any = true;
    const Row r = row_of(c);
    for (std::size_t k = 0; k < kColumns; ++k)
      filled[k] = filled[k] || std::string_view(all[k].name) == "Text" || !(r.*all[k].cell).empty();
  }
  if (!any) return;
  std::vector<const Column*> shown;
  for (std::size_t k = 0; k < kColumns; ++k)
    if (filled[k]) shown.push_back(&all[k]);
  out += fmt::format("\n## {}\n\n|", heading);
  for (const auto* col : shown) out += fmt::format(" {} |", col->name);
  out += "\n|";
  for (std::size_t i = 0; i < shown.size(); ++i) out += "---|";
  out += '\n';
  for (const auto& c : d.changes) {
    if (c.change != which) continue;
    const Row r = row_of(c);
    out += '|';
    for (const auto* col : shown) out += fmt::format(" {} |", r.*col->cell);
    out += '\n';
    pass_on(out, sink);
  }
}

}  // namespace

void format_diff_markdown(const PlanDiff& d, bool all, const TextSink& sink) {
  std::string out = fmt::format("# Plan changes: `{}` → `{}`\n\n", d.old_file.empty() ? d.old_source.path : d.old_file,
                                d.new_file.empty() ? d.new_source.path : d.new_file);
  out += "| Kind | Modified | Moved | Removed | Added | Unchanged |\n|---|---|---|---|---|---|\n";
  const std::pair<const char*, ElementKind> kinds[] = {
      {"Actions", ElementKind::action}, {"Directives", ElementKind::directive}, {"Priorities", ElementKind::priority}};
  auto row = [&](const char* name, const DiffCounts& c) {
    out += fmt::format("| {} | {} | {} | {} | {} | {} |\n", name, c.modified, c.moved, c.removed, c.added, c.unchanged);
  };
  for (const auto& [name, kind] : kinds) row(name, d.summary.by_kind[static_cast<std::size_t>(kind)]);
  row("All", d.summary);
  out += fmt::format("\nElements were paired by word similarity (threshold {}).\n", d.threshold);

  bool any = false;
  for (const auto& c : d.changes) {
    if (c.change != ChangeKind::modified) continue;
    if (!any) out += "\n## Modified\n";
    any = true;
    out += fmt::format("\n### {} {} (similarity {})\n\n", title_case(to_string(c.kind)), md(diff::change_ids(c, "→")),
                       diff::similarity_text(c.similarity.value_or(0)));
    out += marked(c.text_diff) + "\n";
    bool first = true;
    for (const auto& [field, value] : diff::detail_lines(c, "→")) {
      if (first) out += '\n';
      first = false;
      out += fmt::format("- **{}:** {}\n", field, md(value));
    }
    pass_on(out, sink);
  }
  table(out, d, ChangeKind::moved, "Moved", sink);
  table(out, d, ChangeKind::removed, "Removed", sink);
  table(out, d, ChangeKind::added, "Added", sink);
  if (all) table(out, d, ChangeKind::unchanged, "Unchanged", sink);
  sink(out);
}

std::string format_diff_markdown(const PlanDiff& d, bool all) {
  return gather([&](const TextSink& sink) { format_diff_markdown(d, all, sink); });
}

}  // namespace mseg
