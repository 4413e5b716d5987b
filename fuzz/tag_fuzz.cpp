// The owner/deadline tag grammar: one parenthesised group as read_tag sees it.
// Findings must point inside the group they were found in.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "parser/tag.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // read_tag is handed a whole group "(...)"; wrap the bytes so every input is one.
  std::string group = "(";
  group.append(reinterpret_cast<const char*>(data), size);
  group.push_back(')');
  const std::string_view view(group);
  mseg::Findings findings;
  (void)mseg::read_tag(view, findings);
  for (const auto& f : findings) {
    if (f.where.data() < view.data() || f.where.data() + f.where.size() > view.data() + view.size())
      __builtin_trap();
  }
  return 0;
}
