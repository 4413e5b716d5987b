#include "bench_files.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "bench/plan_generator.hpp"

namespace mseg::bench {

std::string plan_text(std::size_t actions, std::uint64_t seed) {
  GeneratorOptions options;
  options.seed = seed;
  options.actions = actions;
  return render_plan(generate_plan(options));
}

std::string plan_of_size(double bytes, std::uint64_t seed) {
  // Size per action varies with the seed; measure a sample, then scale.
  const std::size_t probe = 2000;
  const double per_action = static_cast<double>(plan_text(probe, seed).size()) / probe;
  const auto actions = static_cast<std::size_t>(bytes / per_action);
  return plan_text(actions > 0 ? actions : 1, seed);
}

std::vector<std::string> write_plan_files(const std::string& dir, std::size_t count, std::uint64_t seed) {
  std::filesystem::create_directories(dir);
  std::vector<std::string> paths;
  paths.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "/plan-%04zu.txt", i + 1);
    const std::string path = dir + name;
    const std::size_t actions = 50 + (seed * 7919 + i * 104729) % 101;
    std::ofstream out(path, std::ios::binary);
    out << plan_text(actions, seed + i);
    if (!out) throw std::runtime_error("cannot write " + path);
    paths.push_back(path);
  }
  return paths;
}

}  // namespace mseg::bench
