// The per-owner figures of a history.
#pragma once

#include <vector>

#include <mseg/history.hpp>

namespace mseg::history {

// Over action threads: each owner who ever held one, with the threads it held
// (in any plan), how they ended, and every extension of their deadlines. Most
// held first, then by name.
std::vector<OwnerHistory> owner_summaries(const std::vector<Thread>& threads);

}  // namespace mseg::history
