// mseg query speed on one plan of 100,000 actions, as text and as plan JSON,
// through the mseg executable. Prints ROW lines for bench/run.
// usage: mseg_bench_query [--quick] [MSEG]
#include <cstdio>
#include <string>

#include "measure.hpp"

using namespace mseg::bench;

int main(int argc, char** argv) {
  const BenchArgs args = parse_bench_args(argc, argv, MSEG_BIN);
  const std::string& mseg = args.mseg;
  const int repeats = args.repeats();
  const std::string dir = make_temp_dir();
  try {
    const std::string text = dir + "/plan.txt", json = dir + "/plan.json";
    generate({"--actions", "100000", "--seed", "2", "-o", text});
    run_process({mseg, "parse", "--compact", text, "-o", json});
    for (const std::string& input : {text, json}) {
      const double mb = static_cast<double>(file_size(input)) / 1e6;
      const std::string what = input == text ? "100,000 actions, text" : "100,000 actions, JSON";
      print_row("query --owner Japan", what, mb, 100000,
                best_of(repeats, {mseg, "query", "--owner", "Japan", "--format", "jsonl", input}), "-");
      print_row("query --due-before 2010 --sort deadline", what, mb, 100000,
                best_of(repeats, {mseg, "query", "--due-before", "2010", "--sort", "deadline", "--format", "csv",
                                  input}),
                "-");
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "mseg_bench_query: %s\n", e.what());
    remove_dir(dir);
    return 1;
  }
  remove_dir(dir);
  return 0;
}
