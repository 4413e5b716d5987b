#include "memory_reserve.hpp"

#include <atomic>
#include <cstdlib>
#include <new>

namespace mseg::cli {
namespace {

std::atomic<void*> reserve{nullptr};

// Called by operator new on each failed attempt. The reserve goes once, to whoever fails first; every failure
// still throws, so the run unwinds to main()'s "out of memory" rather than living on in the reserve.
void on_out_of_memory() {
  if (void* p = reserve.exchange(nullptr)) std::free(p);
  throw std::bad_alloc();
}

}  // namespace

void keep_memory_reserve(std::size_t bytes) {
  reserve.store(std::malloc(bytes));
  std::set_new_handler(on_out_of_memory);
}

}  // namespace mseg::cli
