// mseg query speed on one plan of 100,000 actions, as text and as plan JSON,
// through the mseg executable. Prints ROW lines for bench/run. The plan JSON
// (about 80 MB) is over the default --max-bytes (32 MiB), hence the larger limit.
// usage: mseg_bench_query [--quick] [MSEG]
#include <string>

#include "measure.hpp"

using namespace mseg::bench;

int main(int argc, char** argv) {
  const BenchArgs args = parse_bench_args(argc, argv, MSEG_BIN);
  const std::string& mseg = args.mseg;
  return for_text_and_json("mseg_bench_query", mseg, [&](const std::string& input, const std::string& label, double mb) {
    print_row("query --owner Japan", label, mb, 100000,
              best_of(args.repeats(), {mseg, "query", "--max-bytes", "1073741824", "--owner", "Japan", "--format", "jsonl", input}), "-");
    print_row("query --due-before 2010 --sort deadline", label, mb, 100000,
              best_of(args.repeats(),
                      {mseg, "query", "--max-bytes", "1073741824", "--due-before", "2010", "--sort", "deadline", "--format", "csv", input}),
              "-");
  });
}
