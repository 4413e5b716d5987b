#include "memory_reserve.hpp"

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <exception>
#include <new>

#include <unistd.h>

#include <mseg/parse.hpp>

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

// poppler's allocator does not throw when memory runs out: it writes "Out of memory" and aborts (a helper's
// finding: exit 134 reading a PDF under ulimit -v, in a batch at every limit tried). An abort while a PDF is read
// is that, and ends the run as the new-handler does, after poppler's own line; any other abort is delivered as
// it was. (The temporary output's handler, installed later, runs first and hands the signal on to this one.)
extern "C" void on_abort(int sig) {
  if (pdf_reads_in_progress() > 0) {
    remove_temporary_now();
    static constexpr char kMessage[] = "mseg: error: out of memory (poppler, reading a PDF)\n";
    [[maybe_unused]] const auto written = ::write(STDERR_FILENO, kMessage, sizeof kMessage - 1);
    std::_Exit(2);
  }
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

}  // namespace

void keep_memory_reserve(std::size_t bytes) {
  reserve.store(std::malloc(bytes));
  std::set_new_handler(on_out_of_memory);
  struct sigaction sa {};
  sa.sa_handler = on_abort;
  sigfillset(&sa.sa_mask);
  ::sigaction(SIGABRT, &sa, nullptr);
}

}  // namespace mseg::cli
