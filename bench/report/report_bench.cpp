// mseg report on a generated plan of 10,000 actions, through the mseg
// executable: time, peak memory and the size of the page. Prints ROW lines for
// bench/run and one plain line with the page size. Goals (issue 18): under
// 0.5 s and a page under 10 MB.
// usage: mseg_bench_report [--quick] [MSEG]
#include <cstdio>
#include <exception>
#include <stdexcept>
#include <string>

#include "measure.hpp"

using namespace mseg::bench;

int main(int argc, char** argv) {
  const BenchArgs args = parse_bench_args(argc, argv, MSEG_BIN);
  const std::string dir = make_temp_dir();
  int status = 0;
  try {
    const std::string plan = dir + "/plan.txt", page = dir + "/report.html";
    generate({"--actions", "10000", "--seed", "18", "-o", plan});
    const double mb = static_cast<double>(file_size(plan)) / 1e6;
    const RunFigures r =
        best_of(args.repeats(), {args.mseg, "report", plan, "--as-of", "2010-01-01", "-o", page});
    if (r.exit_code != 0) throw std::runtime_error("mseg report failed");
    print_row("report -o page.html", "10,000 actions (text)", mb, 10000, r, "< 0.5 s, < 10 MB page");
    std::printf("report page: %.2f MB for 10,000 actions (goal < 10 MB)\n",
                static_cast<double>(file_size(page)) / 1e6);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "mseg_bench_report: %s\n", e.what());
    status = 1;
  }
  remove_dir(dir);
  return status;
}
