// Shared by the query engine's unit tests: the sample plans, and running a query on them.
#pragma once

#include <string>
#include <vector>

#include <mseg/parse.hpp>
#include <mseg/query.hpp>

#include "tests/test_util.hpp"

namespace mseg::query::test {

inline const Plan& hanoi() {
  static const Plan plan = parse_plan(mseg::test::read_file("samples/mseg-workplan-2006-hanoi.txt"),
                                      ParseOptions{"samples/mseg-workplan-2006-hanoi.txt"});
  return plan;
}

inline const Plan& y2007() {
  static const Plan plan = parse_plan(mseg::test::read_file("samples/meg-sec-workplan-2007.txt"),
                                      ParseOptions{"samples/meg-sec-workplan-2007.txt"});
  return plan;
}

inline std::vector<Match> run(const QueryOptions& options, const Plan& plan, Date today = Date{2008, 4, 1}) {
  return run_query(compile_query(options, today), {Input{"plan.txt", &plan}});
}

// The ids of the matches, in order, joined by spaces.
inline std::string ids(const std::vector<Match>& matches) {
  std::string out;
  for (const auto& m : matches) {
    if (!out.empty()) out += ' ';
    out += m.element.id();
  }
  return out;
}

}  // namespace mseg::query::test
