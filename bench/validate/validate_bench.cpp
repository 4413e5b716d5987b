// mseg validate speed on one plan of 100,000 actions, as text and as plan
// JSON, through the mseg executable. Prints ROW lines for bench/run.
// usage: mseg_bench_validate [--quick] [MSEG]
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
      print_row("validate", input == text ? "100,000 actions, text" : "100,000 actions, JSON", mb, 100000,
                best_of(repeats, {mseg, "validate", input}), "-");
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "mseg_bench_validate: %s\n", e.what());
    remove_dir(dir);
    return 1;
  }
  remove_dir(dir);
  return 0;
}
