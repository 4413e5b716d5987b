// Helpers shared by unit tests: tests may read files, the library may not.
#pragma once

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace mseg::test {

// Reads a file relative to the project root.
inline std::string read_file(const std::string& relative) {
  std::ifstream in(std::string(MSEG_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Appends `count` texts of 1 to `max_words` of `words` joined by `joins`,
// drawn with a fixed seed: the same texts on every run. For comparing a hand
// matcher with its pattern on near misses as well as matches.
template <std::size_t W, std::size_t J>
void append_random_texts(std::vector<std::string>& out, const char* const (&words)[W],
                         const char* const (&joins)[J], int count, unsigned max_words, std::uint32_t seed) {
  std::mt19937 rng(seed);
  for (int n = 0; n < count; ++n) {
    std::string text;
    const auto n_words = 1 + rng() % max_words;
    for (unsigned w = 0; w < n_words; ++w) {
      if (w > 0) text += joins[rng() % J];
      text += words[rng() % W];
    }
    out.push_back(text);
  }
}

}  // namespace mseg::test
