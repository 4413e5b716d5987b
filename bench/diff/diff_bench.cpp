// Times `mseg diff`'s engine on synthetic plan pairs: parse both text plans,
// diff them, write the JSON report. Each size runs in its own child process so
// that its peak memory (VmHWM) is its own.
//
//   mseg_bench_diff              # 1000, 10000 and 50000 actions
//   mseg_bench_diff 20000 5000   # these sizes
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include <mseg/diff.hpp>
#include <mseg/diff_format.hpp>
#include <mseg/parse.hpp>

#include "bench/plan_generator.hpp"

namespace {

using Clock = std::chrono::steady_clock;

// CPU time (user + system) this process has used, in ms: steadier than wall time on a busy machine.
double cpu_ms() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto ms = [](const timeval& t) { return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3; };
  return ms(usage.ru_utime) + ms(usage.ru_stime);
}

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Peak resident memory of this process so far, in MiB (VmHWM; ru_maxrss as a fallback).
double peak_mib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::strtod(line.c_str() + 6, nullptr) / 1024.0;
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void run(std::size_t actions) {
  using namespace mseg;
  auto old_synthetic = bench::generate_plan({.seed = 42, .actions = actions});
  bench::EditLog log;
  auto new_synthetic = bench::edit_plan(old_synthetic, {.seed = 43}, &log);
  std::string old_text = bench::render_plan(old_synthetic), new_text = bench::render_plan(new_synthetic);
  old_synthetic = {};
  new_synthetic = {};
  double before_parse = peak_mib();

  auto t0 = Clock::now();
  Plan old_plan = parse_plan(old_text, {"old.txt"});
  Plan new_plan = parse_plan(new_text, {"new.txt"});
  double parse_ms = ms_since(t0);
  double after_parse = peak_mib();

  auto t1 = Clock::now();
  double c1 = cpu_ms();
  PlanDiff d = diff_plans(old_plan, new_plan);
  double diff_ms = ms_since(t1), diff_cpu = cpu_ms() - c1;
  double after_diff = peak_mib();

  auto t2 = Clock::now();
  std::string json = format_diff_json(d);
  double json_ms = ms_since(t2);

  std::printf("%7zu actions  %6.1f MB text  parse %7.1f ms  diff %7.1f ms (cpu %7.1f)  json %6.1f ms  "
              "peak %6.1f MiB (before parse %.1f, after parse %.1f, after diff %.1f)  "
              "[%zu modified, %zu moved, %zu removed, %zu added, %zu unchanged; edits: %zu reworded, %zu retagged, "
              "%zu dropped, %zu added, %zu moved]\n",
              actions, static_cast<double>(old_text.size() + new_text.size()) / 1e6, parse_ms, diff_ms, diff_cpu, json_ms,
              peak_mib(), before_parse, after_parse, after_diff, d.summary.modified, d.summary.moved, d.summary.removed,
              d.summary.added, d.summary.unchanged, log.reworded, log.retagged, log.dropped, log.added, log.moved);
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::size_t> sizes;
  for (int i = 1; i < argc; ++i) sizes.push_back(std::strtoull(argv[i], nullptr, 10));
  if (sizes.empty()) sizes = {1000, 10000, 50000};
  std::printf("mseg diff benchmark: two plans of N actions, the second edited and reshuffled (bench/plan_generator)\n");
  std::fflush(stdout);
  int status = 0;
  for (auto n : sizes) {
    pid_t child = fork();
    if (child < 0) return 2;
    if (child == 0) {
      run(n);
      std::_Exit(0);
    }
    int child_status = 0;
    waitpid(child, &child_status, 0);
    if (!WIFEXITED(child_status) || WEXITSTATUS(child_status) != 0) status = 1;
  }
  return status;
}
