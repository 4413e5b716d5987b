// What the parts of the page share (internal): the owner lanes, each action
// with its state and its change since the first older plan, and the diffs.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include <mseg/diff.hpp>
#include <mseg/plan_report.hpp>

#include "html.hpp"

namespace mseg::report {

// One owner: an economy under its APEC name, or a role or group as written.
struct Lane {
  std::string label;
  bool economy = false;
  std::string token;  // "o3": the filter value, safe in any attribute
  std::vector<std::string> written;  // the names the plan writes it by ("US", "United States"), each once
};

enum class Mark { none, added, changed, slipped };  // since the first older plan

struct ActionView {
  const Section* section = nullptr;
  const Action* action = nullptr;
  State state = State::none;
  Mark mark = Mark::none;
  std::vector<std::vector<std::size_t>> lanes;  // per tag: its owners' lanes
};

struct Model {
  const Plan* plan = nullptr;
  ReportOptions options;
  std::vector<Lane> lanes;  // economies, then roles and groups, each by name
  std::vector<ActionView> actions;
  std::vector<PlanDiff> diffs;  // one per older plan, in the order given
};

Model build_model(const Plan& plan, const ReportOptions& options);

// The lane an owner belongs to: who it is by `aliases`, folded.
std::string lane_key(const Owner& owner, const OwnerAliases& aliases);

const char* mark_name(Mark m);  // "new", "changed", "slipped", ""

// The parts of the page, in page order.
void write_header(Html& h, const Model& m);
void write_timeline(Html& h, const Model& m);
void write_table(Html& h, const Model& m);
void write_changes(Html& h, const Model& m);

}  // namespace mseg::report
