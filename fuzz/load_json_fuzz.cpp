// Loading plan JSON: syntax, depth, and the model checks in plan_from_json.
// Plans it accepts must survive a write/read round trip unchanged.
#include <mseg/load.hpp>
#include <mseg/plan_json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // Keep the fuzzer on the JSON side of load_plan: text plans have their own target.
  std::string json;
  if (!mseg::looks_like_json(bytes)) {
    json = "{" + std::string(bytes);
    bytes = json;
  }
  try {
    const mseg::LoadedPlan loaded = mseg::load_plan(bytes, "fuzz.json");
    if (loaded.from_json && loaded.json_problems.empty()) {
      const std::string once = mseg::to_json(loaded.plan, false);
      const mseg::LoadedPlan again = mseg::load_plan(once, "fuzz.json");
      if (!again.json_problems.empty() || mseg::to_json(again.plan, false) != once) __builtin_trap();
    }
  } catch (const mseg::InputError&) {
  }
  return 0;
}
