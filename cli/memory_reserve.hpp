// Room kept aside for the moment memory runs out.
#pragma once

#include <cstddef>

namespace mseg::cli {

// Sets `bytes` of address space aside (allocated, never touched: it costs no resident memory) and installs a
// new-handler that frees it when an allocation first fails, then lets that allocation fail with std::bad_alloc.
// The destructors that run while the failure unwinds then find room: nlohmann::json frees a document through a
// vector it allocates, and a second std::bad_alloc from a destructor aborted the run (exit 134) where it should
// end with "out of memory" and exit 2 (issue 20 item 5, a hardening audit's finding on plan JSON).
void keep_memory_reserve(std::size_t bytes);

}  // namespace mseg::cli
