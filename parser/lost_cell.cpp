#include "lost_cell.hpp"

#include <algorithm>

#include "citation.hpp"
#include "parens.hpp"
#include "patterns.hpp"
#include "tag.hpp"

namespace mseg {
namespace {

// Cells after the first misread one that a candidate boundary must explain.
constexpr std::size_t kWindow = 6;
// A directive or action is a sentence; a priority a title.
constexpr std::size_t kTitleMax = 80;
// How much an empty cell lost must outscore the best split of a cell: a lost tab is the commoner damage.
constexpr int kEmptyMargin = 2;

enum class Looks { directive, priority, action, other };

// What a paragraph shows of its column: a closing (Owner/Deadline) tag makes
// it an action, a closing citation or a directive number ("1A.") a directive,
// a priority number ("1.1") a priority.
Looks looks(std::string_view p) {
  Findings ignored;
  std::string_view rest = p, number;
  if (patterns::consume_priority_number(rest, number)) return Looks::priority;
  rest = p;
  if (patterns::consume_directive_number(rest, number)) return Looks::directive;
  TrailingGroups tg = trailing_groups(p, {});
  if (!tg.groups.empty() && read_tag(tg.groups.front(), ignored)) return Looks::action;
  tg = trailing_groups(p, ".;");
  if (!tg.groups.empty()) {
    auto citation = read_citation(tg.groups.front(), ignored);
    if (citation && citation->kind != "unknown") return Looks::directive;
  }
  return Looks::other;
}

bool misfits(Looks l, std::size_t column) {
  switch (l) {
    case Looks::action:
      return column != 2;
    case Looks::directive:
      return column != 0;
    case Looks::priority:
      return column != 1;
    case Looks::other:
      return false;
  }
  return false;
}

// How well paragraphs fit a column: marked ones count most, misplaced ones
// count against, and plain ones fit by length (titles among priorities).
int fit(const std::vector<Looks>& kinds, std::span<const std::string_view> ps, std::size_t from,
        std::size_t to, std::size_t column) {
  int score = 0;
  for (std::size_t k = from; k < to; ++k) {
    if (misfits(kinds[k], column)) {
      score -= 4;
    } else if (kinds[k] != Looks::other) {
      score += 2;
    } else if ((ps[k].size() <= kTitleMax) == (column == 1)) {
      score += 1;
    }
  }
  return score;
}

}  // namespace

std::optional<LostCell> find_lost_cell(const std::vector<Cell>& cells, std::size_t first_row, bool empty_cells) {
  if (first_row >= cells.size() || (cells.size() - first_row) % 3 != 2) return std::nullopt;
  const auto column = [&](std::size_t i) { return (i - first_row) % 3; };

  std::size_t misread = cells.size();
  std::string_view misfit;
  std::size_t misfit_looks = 0;
  for (std::size_t i = first_row; i < cells.size() && misread == cells.size(); ++i) {
    for (std::string_view p : cells[i].paragraphs()) {
      if (const Looks l = looks(p); misfits(l, column(i))) {
        misread = i;
        misfit = p;
        misfit_looks = l == Looks::action ? 2 : l == Looks::priority ? 1 : 0;
        break;
      }
    }
  }
  if (misread == cells.size()) return std::nullopt;

  const std::size_t first = std::max(first_row, misread >= 2 ? misread - 2 : 0);
  const std::size_t last = std::min(cells.size(), misread + kWindow + 1);
  // What each paragraph looks like, kept for the window's cells alone: a vector for every cell of the table cost
  // 24 bytes a cell, twelve times the input on a plan of lone tabs (issue 20 item 12).
  std::vector<std::vector<Looks>> kinds(last - first);
  const auto kinds_of = [&](std::size_t i) -> const std::vector<Looks>& {
    auto& ks = kinds[i - first];
    if (ks.size() != cells[i].paragraphs().size())
      for (std::string_view p : cells[i].paragraphs()) ks.push_back(looks(p));
    return ks;
  };
  // The window as it stands, to beat.
  int standing = 0;
  for (std::size_t i = first; i < last; ++i)
    standing += fit(kinds_of(i), cells[i].paragraphs(), 0, cells[i].paragraphs().size(), column(i));

  // The best split of a cell, and apart the best empty cell lost: an empty cell must win by kEmptyMargin, as a cell
  // left in the column it stands in scores by its length alone (a short line of an action's reads as a priority's
  // title), which favoured leaving cells where they stand (the fuzz corpus: "Peru and Chile", the end of an
  // action, kept among the priorities behind an empty actions cell).
  std::optional<LostCell> best, best_empty;
  int best_score = standing, best_empty_score = standing;
  // Between splits of one score, one whose new cell starts with a paragraph marked for its column ("2A. ..." in the
  // directives) wins: the earliest of them had won (a helper's finding: a tab lost before "2A." moved four lines of
  // an action's cell to the directives instead, as each of them fits any column by its length alone).
  bool best_marked = false;
  int before = 0;  // the window's cells before j, where they stand
  for (std::size_t j = first; j <= misread; ++j) {
    if (j > first)
      before += fit(kinds_of(j - 1), cells[j - 1].paragraphs(), 0, cells[j - 1].paragraphs().size(), column(j - 1));
    const auto ps = cells[j].paragraphs();
    int after = before;  // with the cells after j, each one column on
    for (std::size_t i = j + 1; i < last; ++i)
      after += fit(kinds_of(i), cells[i].paragraphs(), 0, cells[i].paragraphs().size(), (column(i) + 1) % 3);
    // Split after paragraph s; s at the cell's end puts an empty cell after it (a lone tab's line lost: a new
    // user's finding, an owned action read as a directive, the rows after it a column off).
    if (ps.empty() && !empty_cells) continue;
    const std::size_t last_split = empty_cells ? ps.size() : ps.size() - 1;
    for (std::size_t s = std::min<std::size_t>(1, ps.size()); s <= last_split; ++s) {
      const int score = fit(kinds_of(j), ps, 0, s, column(j)) + fit(kinds_of(j), ps, s, ps.size(), (column(j) + 1) % 3) +
                        after;
      const bool empty = s == ps.size();
      const LostCell here{j, s, (column(j) + 1) % 3, misread, misfit, misfit_looks, column(misread)};
      if (empty) {
        if (score > best_empty_score) {
          best_empty_score = score;
          best_empty = here;
        }
        continue;
      }
      const bool marked = kinds_of(j)[s] != Looks::other && !misfits(kinds_of(j)[s], here.column);
      if (score > best_score || (best && score == best_score && marked && !best_marked)) {
        best_score = score;
        best = here;
        best_marked = marked;
      }
    }
  }
  if (best_empty && best_empty_score >= best_score + kEmptyMargin) return best_empty;
  return best;
}

std::string_view lost_empty_cell_at(const std::vector<Cell>& cells, const LostCell& lost) {
  if (lost.cell + 1 < cells.size()) return cells[lost.cell + 1].extent().substr(0, 0);
  const std::string_view extent = cells[lost.cell].extent();
  return extent.substr(extent.size());
}

std::string_view line_start_of(std::string_view paragraph, std::string_view cell_extent) {
  const char* begin = paragraph.data();
  while (begin > cell_extent.data() && begin[-1] != '\n' && begin[-1] != '\r') --begin;
  return {begin, static_cast<std::size_t>(paragraph.data() + paragraph.size() - begin)};
}

void restore_cell(std::vector<Cell>& cells, const LostCell& lost) {
  Cell& old = cells[lost.cell];
  if (lost.empty(cells)) {
    Cell empty;
    empty.set_extent(lost_empty_cell_at(cells, lost));
    cells.insert(cells.begin() + static_cast<std::ptrdiff_t>(lost.cell) + 1, empty);
    return;
  }
  const std::string_view first = old.paragraphs()[lost.paragraph];
  const std::string_view line = line_start_of(first, old.extent());
  Cell tail;
  tail.set_paragraphs(old.paragraphs().subspan(lost.paragraph));
  tail.set_extent({line.data(), static_cast<std::size_t>(old.extent().data() + old.extent().size() - line.data())});
  const std::string_view last_kept = old.paragraphs()[lost.paragraph - 1];
  old.set_paragraphs(old.paragraphs().first(lost.paragraph));
  old.set_extent(
      {old.extent().data(), static_cast<std::size_t>(last_kept.data() + last_kept.size() - old.extent().data())});
  cells.insert(cells.begin() + static_cast<std::ptrdiff_t>(lost.cell) + 1, std::move(tail));
}

}  // namespace mseg
