#include "base/per_thread.hpp"

#include <mutex>
#include <utility>
#include <vector>

namespace mseg::detail {

void keep_until_exit(std::shared_ptr<void> object) {
  static std::mutex mutex;
  static std::vector<std::shared_ptr<void>> kept;  // freed at exit, after main's threads are joined
  std::lock_guard lock(mutex);
  kept.push_back(std::move(object));
}

}  // namespace mseg::detail
