#include "memory_reserve.hpp"

#include <atomic>
#include <cstdlib>
#include <exception>
#include <new>

#include <unistd.h>

#include "io.hpp"

namespace mseg::cli {
namespace {

std::atomic<void*> reserve{nullptr};

// Called by operator new on each failed attempt. The first frees the reserve and lets the allocation try again,
// which then succeeds: whatever was allocating goes on, a destructor or a noexcept function among them, where a
// std::bad_alloc is std::terminate (nlohmann::json frees a document through a vector it allocates, inside noexcept
// assignments and destructors: a review's finding, exit 134 in windows of a few MB). The next failure ends the
// run as main() would end it: one line, exit 2, the temporary output removed, nothing more written (stdout is
// held back until an output is complete, so nothing of it was).
void on_out_of_memory() {
  if (void* p = reserve.exchange(nullptr)) {
    std::free(p);
    return;
  }
  remove_temporary_now();
  static constexpr char kMessage[] = "mseg: error: out of memory\n";
  [[maybe_unused]] const auto written = ::write(STDERR_FILENO, kMessage, sizeof kMessage - 1);
  std::_Exit(2);
}

}  // namespace

void keep_memory_reserve(std::size_t bytes) {
  reserve.store(std::malloc(bytes));
  std::set_new_handler(on_out_of_memory);
}

}  // namespace mseg::cli
