// The grids of matches and summaries (internal to the engine); the Grid itself
// and its renderers are public (mseg/query_grid.hpp).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <mseg/query_format.hpp>
#include <mseg/query_grid.hpp>

namespace mseg::query {

// A grid's rows one at a time, for the renderers: a Grid's own, or made on
// demand each time a renderer passes over them, so that a table of every
// action of a large plan is not held beside the plan (issue 20 item 12). What
// row() and alert() return stays valid until either is called for another row.
class GridRows {
 public:
  virtual ~GridRows() = default;
  virtual std::size_t size() const = 0;
  virtual const std::vector<std::string>& row(std::size_t r) = 0;
  virtual const std::vector<bool>& alert(std::size_t r) = 0;
};

// The rows a Grid holds.
class HeldRows final : public GridRows {
 public:
  explicit HeldRows(const Grid& g) : g_(g) {}
  std::size_t size() const override { return g_.rows.size(); }
  const std::vector<std::string>& row(std::size_t r) override { return g_.rows[r]; }
  const std::vector<bool>& alert(std::size_t r) override { return g_.alert[r]; }

 private:
  const Grid& g_;
};

// The renderers of mseg/query_grid.hpp over any rows: `shape` gives the header
// and the column settings (its own rows are not read).
void render_table(const Grid& shape, GridRows& rows, int width, bool color, Fit fit, const TextSink& sink);
void render_markdown(const Grid& shape, GridRows& rows, const TextSink& sink);
void render_csv(const Grid& shape, GridRows& rows, const TextSink& sink);

// Matches as rows, made one at a time: with `full` every column, as CSV writes
// them; otherwise as a table or markdown shows them, only the columns the
// asked-for kinds use. `matches` must outlive it.
class MatchRows final : public GridRows {
 public:
  MatchRows(const std::vector<Match>& matches, const FormatOptions& options, bool full);
  const Grid& shape() const { return shape_; }  // the header and column settings, no rows
  std::size_t size() const override { return matches_.size(); }
  const std::vector<std::string>& row(std::size_t r) override;
  const std::vector<bool>& alert(std::size_t r) override;

 private:
  void make(std::size_t r);

  const std::vector<Match>& matches_;
  Date as_of_;  // which deadlines are overdue
  bool full_;
  bool source_ = false, kind_ = false, tags_ = false, cites_ = false;  // the shown grid's optional columns
  std::size_t deadline_column_ = 0;
  std::size_t common_dir_ = 0;  // the length of the directory all sources share, cut from the shown grid's
  Grid shape_;
  std::size_t made_;  // the row in cells_ and alert_
  std::vector<std::string> cells_;
  std::vector<bool> alert_;
};

// The --group-by summary.
Grid summary_grid(const Summary& summary, bool show_source);

}  // namespace mseg::query
