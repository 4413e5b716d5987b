// The diff as a markdown report for meeting minutes or a pull request.
#include <fmt/format.h>

#include <mseg/diff_format.hpp>

#include "describe.hpp"
#include "normalize.hpp"

namespace mseg {
namespace {

// Text safe inside a paragraph or a table cell: one line, markdown characters escaped.
std::string md(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    if (std::string_view("\\`*_[]<>|~#").find(c) != std::string_view::npos) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

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

std::string ids(const Change& c) {
  if (c.old_id && c.new_id) return *c.old_id == *c.new_id ? *c.old_id : fmt::format("{} → {}", *c.old_id, *c.new_id);
  return c.old_id ? *c.old_id : *c.new_id;
}

// A table of changes of one kind: kind, ids, similarity, text.
void table(std::string& out, const PlanDiff& d, ChangeKind which, const char* heading) {
  bool any = false;
  for (const auto& c : d.changes) {
    if (c.change != which) continue;
    if (!any) {
      out += fmt::format("\n## {}\n\n| Kind | Id | Similarity | Text |\n|---|---|---|---|\n", heading);
      any = true;
    }
    std::string sim = c.similarity ? diff::similarity_text(*c.similarity) : "";
    const auto& text = c.new_text ? *c.new_text : *c.old_text;
    std::string extra;
    for (const auto& f : c.fields)
      if (f.field == "section") extra = fmt::format(" (section {})", diff::describe_field(f, "→"));
    out += fmt::format("| {} | {}{} | {} | {} |\n", to_string(c.kind), ids(c), extra, sim, md(text));
  }
}

}  // namespace

std::string format_diff_markdown(const PlanDiff& d, bool all) {
  std::string out = fmt::format("# Plan changes: `{}` → `{}`\n\n", d.old_source.path, d.new_source.path);
  out += "| Modified | Moved | Removed | Added | Unchanged |\n|---|---|---|---|---|\n";
  out += fmt::format("| {} | {} | {} | {} | {} |\n", d.summary.modified, d.summary.moved, d.summary.removed,
                     d.summary.added, d.summary.unchanged);
  out += fmt::format("\nElements were paired by word similarity (threshold {}); see docs/diff.md.\n", d.threshold);

  bool any = false;
  for (const auto& c : d.changes) {
    if (c.change != ChangeKind::modified) continue;
    if (!any) out += "\n## Modified\n";
    any = true;
    out += fmt::format("\n### {} {} (similarity {})\n\n", title_case(to_string(c.kind)), ids(c),
                       diff::similarity_text(c.similarity.value_or(0)));
    out += marked(c.text_diff) + "\n";
    bool first = true;
    for (const auto& f : c.fields) {
      if (f.field == "text") continue;
      if (first) out += '\n';
      first = false;
      out += fmt::format("- **{}:** {}\n", f.field, md(diff::describe_field(f, "→")));
    }
  }
  table(out, d, ChangeKind::moved, "Moved");
  table(out, d, ChangeKind::removed, "Removed");
  table(out, d, ChangeKind::added, "Added");
  if (all) table(out, d, ChangeKind::unchanged, "Unchanged");
  return out;
}

}  // namespace mseg
