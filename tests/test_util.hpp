// Helpers shared by unit tests: tests may read files, the library may not.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace mseg::test {

// Reads a file relative to the project root.
inline std::string read_file(const std::string& relative) {
  std::ifstream in(std::string(MSEG_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace mseg::test
