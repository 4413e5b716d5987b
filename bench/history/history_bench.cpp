// Times `mseg history`'s engine on a synthetic series: N plans of A actions,
// each the edited and reshuffled next edition of the one before
// (bench/plan_generator.hpp). Plans are generated and parsed outside the
// timing; build_history and the JSON report are timed. Each size runs in its
// own child process so that its peak memory (VmHWM) is its own: memory should
// grow linearly with the plans.
//
//   mseg_bench_history              # 10, 25 and 50 plans of 2,000 actions
//   mseg_bench_history 50 2000      # one size: plans, actions
//   mseg_bench_history 50 2000 DIR  # writes the series' text plans into DIR instead (to
//                                   # compare `mseg history` of two builds on them)
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include <mseg/history.hpp>
#include <mseg/history_format.hpp>
#include <mseg/parse.hpp>

#include "bench/plan_generator.hpp"

namespace {

double cpu_ms() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto ms = [](const timeval& t) { return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3; };
  return ms(usage.ru_utime) + ms(usage.ru_stime);
}

double peak_mib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::strtod(line.c_str() + 6, nullptr) / 1024.0;
  return 0;
}

void run(std::size_t plans, std::size_t actions) {
  using namespace mseg;
  std::vector<Plan> parsed;
  parsed.reserve(plans);
  auto synthetic = bench::generate_plan({.seed = 42, .actions = actions});
  std::size_t bytes = 0;
  for (std::size_t i = 0; i < plans; ++i) {
    if (i > 0) synthetic = bench::edit_plan(synthetic, {.seed = 100 + i});
    std::string text = bench::render_plan(synthetic);
    bytes += text.size();
    parsed.push_back(parse_plan(text, {"plan-" + std::to_string(2000 + i) + ".txt"}));
  }
  synthetic = {};
  std::vector<const Plan*> series;
  for (const auto& p : parsed) series.push_back(&p);
  double before = peak_mib();
  double c0 = cpu_ms();
  History h = build_history(series);
  double history_cpu = cpu_ms() - c0;
  double after = peak_mib();
  double c1 = cpu_ms();
  std::string json = format_history_json(h, false);
  double json_cpu = cpu_ms() - c1;
  std::size_t slips = 0;
  for (const auto& t : h.threads) slips += t.slips;
  std::printf("%3zu plans x %5zu actions  %6.1f MB text  history cpu %7.1f ms  json cpu %6.1f ms  "
              "peak %6.1f MiB (plans parsed %.1f, history added %.1f)  [%zu threads, %zu slips]\n",
              plans, actions, static_cast<double>(bytes) / 1e6, history_cpu, json_cpu, peak_mib(), before,
              after - before, h.threads.size(), slips);
  std::fflush(stdout);
}

}  // namespace

int write_series(std::size_t plans, std::size_t actions, const std::string& dir) {
  auto synthetic = mseg::bench::generate_plan({.seed = 42, .actions = actions});
  for (std::size_t i = 0; i < plans; ++i) {
    if (i > 0) synthetic = mseg::bench::edit_plan(synthetic, {.seed = 100 + i});
    std::ofstream out(dir + "/plan-" + std::to_string(2000 + i) + ".txt", std::ios::binary);
    out << mseg::bench::render_plan(synthetic);
    if (!out) return 2;
  }
  return 0;
}

int main(int argc, char** argv) {
  if (argc == 4) return write_series(std::strtoull(argv[1], nullptr, 10), std::strtoull(argv[2], nullptr, 10), argv[3]);
  std::vector<std::pair<std::size_t, std::size_t>> sizes;
  if (argc == 3) sizes.emplace_back(std::strtoull(argv[1], nullptr, 10), std::strtoull(argv[2], nullptr, 10));
  else sizes = {{10, 2000}, {25, 2000}, {50, 2000}};
  std::printf("mseg history benchmark: N plans of A actions, each an edited copy of the one before; "
              "goal: 50 x 2,000 under 2 s of CPU, memory linear\n");
  std::fflush(stdout);
  int status = 0;
  for (auto [n, a] : sizes) {
    pid_t child = fork();
    if (child < 0) return 2;
    if (child == 0) {
      run(n, a);
      std::_Exit(0);
    }
    int child_status = 0;
    waitpid(child, &child_status, 0);
    if (!WIFEXITED(child_status) || WEXITSTATUS(child_status) != 0) status = 1;
  }
  return status;
}
