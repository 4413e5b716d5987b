// mseg validate speed on one plan of 100,000 actions, as text and as plan
// JSON, through the mseg executable. Prints ROW lines for bench/run. The plan
// JSON (about 80 MB) is over the default --max-bytes (32 MiB), hence the larger limit.
// usage: mseg_bench_validate [--quick] [MSEG]
#include <string>

#include "measure.hpp"

using namespace mseg::bench;

int main(int argc, char** argv) {
  const BenchArgs args = parse_bench_args(argc, argv, MSEG_BIN);
  return for_text_and_json("mseg_bench_validate", args.mseg,
                           [&](const std::string& input, const std::string& label, double mb) {
                             print_row("validate", label, mb, 100000,
                                       best_of(args.repeats(), {args.mseg, "validate", "--max-bytes", "1073741824", input}), "-");
                           });
}
