// Large buffers a reader fills once, front to back (the laid-out text, its
// pieces, the lines): each 4 KiB page's first touch is a page fault, and in a
// virtual machine a costly one (a third of the column-blocks reader's time).
// Asking the kernel for 2 MiB pages where its transparent huge pages are
// "madvise" makes that one fault per 2 MiB. Only a hint: nothing changes where
// the kernel declines, and small buffers are left alone.
#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <cstdint>

namespace mseg::base {

inline void advise_huge_pages(const void* data, std::size_t bytes) {
  constexpr std::uintptr_t kHuge = std::uintptr_t{2} << 20;
  const auto begin = reinterpret_cast<std::uintptr_t>(data);
  const std::uintptr_t first = (begin + kHuge - 1) & ~(kHuge - 1);
  const std::uintptr_t last = (begin + bytes) & ~(kHuge - 1);
  if (bytes < 2 * kHuge || last <= first) return;
  ::madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
}

}  // namespace mseg::base
