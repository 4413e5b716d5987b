// The deadline grammar ("September 2006", "Q3 2009", "ongoing", ranges):
// never fails, and a dated deadline's start never follows its end.
#include <mseg/deadline.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const mseg::Deadline d = mseg::read_deadline(text);
  if (d.start && d.end && *d.end < *d.start) __builtin_trap();
  return 0;
}
