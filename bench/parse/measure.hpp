// Running mseg as a user would and measuring it: wall time, CPU time (user +
// system, steadier than wall time on a busy machine) and peak memory, each
// run in its own child process so the figures are that run's alone.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace mseg::bench {

struct RunFigures {
  double wall_s = 0;
  double cpu_s = 0;
  double peak_mib = 0;  // the child's maximum resident set
  int exit_code = -1;
};

// Runs argv (argv[0] a path) with stdout to `out` (e.g. /dev/null) and stdin
// from `in`; stderr is kept. Throws std::runtime_error if it cannot start.
RunFigures run_process(const std::vector<std::string>& argv, const std::string& out = "/dev/null",
                       const std::string& in = "/dev/null");

// The run with the least CPU time out of `repeats` (the least disturbed by other load).
RunFigures best_of(int repeats, const std::vector<std::string>& argv, const std::string& out = "/dev/null");

// One line of the table bench/run prints:
// "ROW|benchmark|input|MB/s|actions/s|wall s|cpu s|peak MiB|peak/input|goal".
// Figures that do not apply are "-".
void print_row(const std::string& benchmark, const std::string& input, double megabytes, double actions,
               const RunFigures& r, const std::string& goal);

// Runs mseg_bench_generate with these arguments, in its own process so this
// one stays small: a child forked from a large parent would count the
// parent's pages in its peak memory.
void generate(const std::vector<std::string>& args);

// A benchmark program's command line: [--quick] [MSEG].
struct BenchArgs {
  std::string mseg;    // the mseg executable to measure
  bool quick = false;  // one run per figure instead of the best of three, smaller batches
  int repeats() const { return quick ? 1 : 3; }
};
BenchArgs parse_bench_args(int argc, char** argv, const std::string& default_mseg);

// Runs `each` on a generated plan of 100,000 actions, first as text, then as
// the plan JSON `mseg parse --compact` makes of it, with its size in MB and a
// label for the table. Returns main's exit status: 1, with a message naming
// `program`, when anything failed.
using EachInput = std::function<void(const std::string& input, const std::string& label, double megabytes)>;
int for_text_and_json(const std::string& program, const std::string& mseg, const EachInput& each);

// The regular files in a directory, sorted by name.
std::vector<std::string> list_files(const std::string& dir);

// Bytes in a file.
std::uint64_t file_size(const std::string& path);

// A fresh temporary directory, removed with remove_dir.
std::string make_temp_dir();
void remove_dir(const std::string& dir);

}  // namespace mseg::bench
