// Room kept aside for the moment memory runs out.
#pragma once

#include <cstddef>

namespace mseg::cli {

// Sets `bytes` of address space aside (allocated, never touched: it costs no resident memory) and installs a
// new-handler: the first failed allocation frees the reserve and is tried again; the next ends the run with
// "mseg: error: out of memory", exit 2, its temporary output removed. No std::bad_alloc is then thrown where
// throwing is std::terminate: nlohmann::json frees a document through a vector it allocates, in destructors and
// noexcept assignments, and such a failure aborted the run (exit 134) where it should end with exit 2 (issue 20
// item 5, a hardening audit's finding on plan JSON, and a review's). Also catches SIGABRT: poppler's allocator
// aborts when memory runs out, and an abort while a PDF is read ends the run the same way (exit 2).
void keep_memory_reserve(std::size_t bytes);

}  // namespace mseg::cli
