// The diff for a terminal or a log: `[-old-]{+new+}` marks, or colour.
#include <string_view>

#include <fmt/format.h>

#include <mseg/diff_format.hpp>

#include "base/text_escape.hpp"
#include "base/text_pieces.hpp"
#include "describe.hpp"
#include "normalize.hpp"

namespace mseg {
namespace {

constexpr std::string_view kRed = "\x1b[31m", kGreen = "\x1b[32m", kBold = "\x1b[1m", kReset = "\x1b[0m";

// One word ready to print, and how many columns it takes.
struct Word {
  std::string shown;
  std::size_t columns = 0;
};

std::size_t columns_of(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

// Appends `indent` + the words, wrapped at `width` (0: one line) with continuation lines indented further.
void emit_wrapped(std::string& out, std::string_view indent, const std::vector<Word>& words, int width) {
  std::string cont = std::string(indent) + "    ";
  out += indent;
  std::size_t col = indent.size(), line_words = 0;
  for (const auto& w : words) {
    if (line_words > 0) {
      if (width > 0 && col + 1 + w.columns > static_cast<std::size_t>(width)) {
        out += '\n';
        out += cont;
        col = cont.size();
        line_words = 0;
      } else {
        out += ' ';
        ++col;
      }
    }
    out += w.shown;
    col += w.columns;
    ++line_words;
  }
  out += '\n';
}

// A plan's text, ids, owners and deadlines reach the terminal inert (an escape
// sequence held in plan JSON would move its cursor or colour it): inert_text.
void add_words(std::vector<Word>& words, std::string_view text) {
  for (auto w : diff::text_words(text)) words.push_back({inert_text(w), columns_of(w)});
}

// The word diff as words: each removed run wrapped in [- -], each inserted one in {+ +}, or coloured.
std::vector<Word> marked_words(const std::vector<TextOp>& ops, bool color) {
  std::vector<Word> words;
  for (const auto& op : ops) {
    std::size_t first = words.size();
    add_words(words, op.text);
    if (op.op == TextOp::Op::equal || words.size() == first) continue;
    bool removed = op.op == TextOp::Op::remove;
    if (color) {
      for (std::size_t i = first; i < words.size(); ++i)
        words[i].shown = fmt::format("{}{}{}", removed ? kRed : kGreen, words[i].shown, kReset);
    } else {
      words[first].shown.insert(0, removed ? "[-" : "{+");
      words[first].columns += 2;
      words.back().shown += removed ? "-]" : "+}";
      words.back().columns += 2;
    }
  }
  return words;
}

std::string headline(const Change& c, bool color) {
  std::string ids = inert_text(diff::change_ids(c, "->"));
  std::string line = fmt::format("{} {} {}", to_string(c.change), to_string(c.kind), ids);
  if (c.similarity) line += fmt::format(" (similarity {})", diff::similarity_text(*c.similarity));
  if (!color) return line;
  std::string_view tone = c.change == ChangeKind::removed ? kRed : c.change == ChangeKind::added ? kGreen : kBold;
  return fmt::format("{}{}{}", tone, line, kReset);
}

}  // namespace

void format_diff_text(const PlanDiff& d, const DiffTextOptions& options, const TextSink& sink) {
  std::string out = fmt::format("{} -> {}: {}\n", d.old_file.empty() ? d.old_source.path : d.old_file,
                                d.new_file.empty() ? d.new_source.path : d.new_file, diff::summary_line(d.summary));
  for (const auto& c : d.changes) {
    if (c.change == ChangeKind::unchanged && !options.all) continue;
    out += '\n';
    out += headline(c, options.color);
    out += '\n';
    std::vector<Word> words;
    if (c.change == ChangeKind::removed || c.change == ChangeKind::added) {
      bool removed = c.change == ChangeKind::removed;
      std::vector<TextOp> whole{{removed ? TextOp::Op::remove : TextOp::Op::insert, diff::shown_element(c).text()}};
      words = marked_words(whole, options.color);
    } else {
      words = marked_words(c.text_diff, options.color);
    }
    if (words.empty()) words.push_back({"(no text)", 9});
    words.insert(words.begin(), Word{"text:", 5});
    emit_wrapped(out, "  ", words, options.width);
    for (const auto& [field, value] : diff::detail_lines(c, "->")) out += fmt::format("  {}: {}\n", field, inert_text(value));
    pass_on(out, sink);
  }
  sink(out);
}

std::string format_diff_text(const PlanDiff& d, const DiffTextOptions& options) {
  return gather([&](const TextSink& sink) { format_diff_text(d, options, sink); });
}

}  // namespace mseg
