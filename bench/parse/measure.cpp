#include "measure.hpp"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

namespace mseg::bench {

RunFigures run_process(const std::vector<std::string>& argv, const std::string& out, const std::string& in) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    const int ofd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int ifd = ::open(in.c_str(), O_RDONLY);
    if (ofd < 0 || ifd < 0) ::_exit(127);
    ::dup2(ofd, STDOUT_FILENO);
    ::dup2(ifd, STDIN_FILENO);
    ::execv(args[0], args.data());
    ::_exit(127);
  }
  int status = 0;
  rusage usage{};
  ::wait4(pid, &status, 0, &usage);
  RunFigures r;
  r.wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  auto secs = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  r.cpu_s = secs(usage.ru_utime) + secs(usage.ru_stime);
  r.peak_mib = static_cast<double>(usage.ru_maxrss) / 1024.0;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  if (r.exit_code == 127) throw std::runtime_error("cannot run " + argv[0]);
  return r;
}

RunFigures best_of(int repeats, const std::vector<std::string>& argv, const std::string& out) {
  RunFigures best;
  for (int i = 0; i < repeats; ++i) {
    RunFigures r = run_process(argv, out);
    if (i == 0 || r.cpu_s < best.cpu_s) best = r;
  }
  return best;
}

void print_row(const std::string& benchmark, const std::string& input, double megabytes, double actions,
               const RunFigures& r, const std::string& goal) {
  auto fmt = [](double v, const char* f) {
    if (v <= 0) return std::string("-");
    char buf[32];
    std::snprintf(buf, sizeof buf, f, v);
    return std::string(buf);
  };
  const double cpu = r.cpu_s > 0 ? r.cpu_s : r.wall_s;
  std::printf("ROW|%s|%s|%s|%s|%s|%s|%s|%s|%s\n", benchmark.c_str(), input.c_str(),
              fmt(megabytes > 0 ? megabytes / cpu : 0, "%.1f").c_str(),
              fmt(actions > 0 ? actions / cpu : 0, "%.0f").c_str(), fmt(r.wall_s, "%.3f").c_str(),
              fmt(r.cpu_s, "%.3f").c_str(), fmt(r.peak_mib, "%.1f").c_str(),
              fmt(megabytes > 0 ? r.peak_mib * 1.048576 / megabytes : 0, "%.1fx").c_str(), goal.c_str());
  std::fflush(stdout);
}

void generate(const std::vector<std::string>& args) {
  std::vector<std::string> argv = {MSEG_BENCH_GENERATE};
  argv.insert(argv.end(), args.begin(), args.end());
  if (run_process(argv).exit_code != 0) throw std::runtime_error("mseg_bench_generate failed");
}

std::vector<std::string> list_files(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.is_regular_file()) out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::uint64_t file_size(const std::string& path) { return std::filesystem::file_size(path); }

std::string make_temp_dir() {
  std::string dir = (std::filesystem::temp_directory_path() / "mseg-bench-XXXXXX").string();
  if (!::mkdtemp(dir.data())) throw std::runtime_error("cannot create a temporary directory");
  return dir;
}

void remove_dir(const std::string& dir) { std::filesystem::remove_all(dir); }

BenchArgs parse_bench_args(int argc, char** argv, const std::string& default_mseg) {
  BenchArgs args{default_mseg};
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--quick")
      args.quick = true;
    else
      args.mseg = a;
  }
  return args;
}

int for_text_and_json(const std::string& program, const std::string& mseg, const EachInput& each) {
  const std::string dir = make_temp_dir();
  int status = 0;
  try {
    const std::string text = dir + "/plan.txt", json = dir + "/plan.json";
    generate({"--actions", "100000", "--seed", "2", "-o", text});
    run_process({mseg, "parse", "--compact", text, "-o", json});
    for (const std::string& input : {text, json}) {
      each(input, input == text ? "100,000 actions, text" : "100,000 actions, JSON",
           static_cast<double>(file_size(input)) / 1e6);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: %s\n", program.c_str(), e.what());
    status = 1;
  }
  remove_dir(dir);
  return status;
}

}  // namespace mseg::bench
