// mseg_bench_generate: writes synthetic plans to disk for the benchmarks and
// for trying mseg on archive-sized inputs.
//   mseg_bench_generate --actions 100000 -o big.txt          one large plan
//   mseg_bench_generate --files 2000 --dir plans/            many plan-sized files
//   mseg_bench_generate --megabytes 20 -o plan20.txt         a plan of about that size
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include "bench/plan_generator.hpp"
#include "bench_files.hpp"

int main(int argc, char** argv) {
  std::size_t actions = 0, files = 0;
  double megabytes = 0;
  std::uint64_t seed = 1;
  std::string out, dir;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const char* v = i + 1 < argc ? argv[i + 1] : nullptr;
    if (!v) {
      std::fprintf(stderr, "mseg_bench_generate: %s needs a value\n", a.c_str());
      return 2;
    }
    if (a == "--actions") actions = std::strtoull(v, nullptr, 10);
    else if (a == "--files") files = std::strtoull(v, nullptr, 10);
    else if (a == "--megabytes") megabytes = std::strtod(v, nullptr);
    else if (a == "--seed") seed = std::strtoull(v, nullptr, 10);
    else if (a == "-o") out = v;
    else if (a == "--dir") dir = v;
    else {
      std::fprintf(stderr, "usage: mseg_bench_generate (--actions N | --megabytes M) -o FILE | --files N --dir DIR [--seed S]\n");
      return 2;
    }
    ++i;
  }
  try {
    if (files > 0 && !dir.empty()) {
      mseg::bench::write_plan_files(dir, files, seed);
      std::printf("%zu plan-sized files in %s\n", files, dir.c_str());
      return 0;
    }
    if (out.empty() || (actions == 0 && megabytes <= 0)) {
      std::fprintf(stderr, "mseg_bench_generate: give --actions or --megabytes, and -o\n");
      return 2;
    }
    const std::string text = megabytes > 0 ? mseg::bench::plan_of_size(megabytes * 1e6, seed)
                                           : mseg::bench::plan_text(actions, seed);
    std::ofstream(out, std::ios::binary) << text;
    std::printf("%s: %zu bytes\n", out.c_str(), text.size());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "mseg_bench_generate: %s\n", e.what());
    return 2;
  }
  return 0;
}
