#include "inputs.hpp"

#include <fmt/format.h>

#include "io.hpp"

namespace mseg::cli {

std::optional<LoadedPlan> read_plan_input(const std::string& file, std::uint64_t max_bytes,
                                          const cite::Registry* registry) {
  try {
    LoadedPlan loaded = load_plan(read_input(file, max_bytes), file, registry);
    if (auto problem = first_json_issue(loaded)) {
      print_error(fmt::format("{}: {}", file, *problem));
      return std::nullopt;
    }
    return loaded;
  } catch (const CliError& e) {
    print_error(e.what());
  } catch (const InputError& e) {
    print_error(fmt::format("{}: {}", file, e.what()));
  }
  return std::nullopt;
}

}  // namespace mseg::cli
