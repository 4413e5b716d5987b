// Benchmark inputs built on bench/plan_generator: text of a given size or
// action count, and directories of plan-sized files. Seeded: the same
// arguments always give the same bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace mseg::bench {

// A plan of `actions` actions, as text.
std::string plan_text(std::size_t actions, std::uint64_t seed = 1);

// A plan of about `bytes` bytes (within a few per cent), as text.
std::string plan_of_size(double bytes, std::uint64_t seed = 1);

// Writes `count` plan-sized files (50 to 150 actions each, like the real
// plans' 20 to 60 with room to grow) as DIR/plan-0001.txt ...; returns their paths.
std::vector<std::string> write_plan_files(const std::string& dir, std::size_t count, std::uint64_t seed = 1);

}  // namespace mseg::bench
