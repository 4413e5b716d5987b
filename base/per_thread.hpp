// One object per thread, without a thread_local destructor. glibc registers a
// thread_local's destructor with a malloc of its own that, when memory has run
// out, ends the process ("Fatal glibc error: failed to register TLS
// destructor", exit 134: a helper's finding, as a parse worker first used a
// cache under ulimit -v), where every other allocation throws std::bad_alloc,
// which mseg answers with exit 2 and one line (issue 20 item 5). Here a thread
// holds a plain pointer; its object is made on the heap, and kept until the program
// ends (with those of threads that have ended: mseg's threads are its --jobs
// workers, made once), in a list a leak checker sees.
#pragma once

#include <memory>

namespace mseg::detail {

// Keeps `object` alive until the program ends. Throws std::bad_alloc.
void keep_until_exit(std::shared_ptr<void> object);

// This thread's T for the place `Site` names (a type declared there, so that two
// places using one type have an object each). Made on first use; throws std::bad_alloc.
template <class T, class Site>
T& per_thread() {
  thread_local T* mine = nullptr;  // a pointer: nothing to register at the thread's exit
  if (mine == nullptr) {
    auto made = std::make_shared<T>();
    keep_until_exit(made);
    mine = made.get();
  }
  return *mine;
}

}  // namespace mseg::detail
