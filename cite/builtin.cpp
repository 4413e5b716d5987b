// The registry shipped with mseg, compiled in from cite/registry.json.
#include <mseg/registry.hpp>

#include "builtin_registry_json.hpp"

namespace mseg::cite {

std::string_view builtin_registry_json() {
  return {reinterpret_cast<const char*>(kBuiltinRegistryJson), kBuiltinRegistryJson_size};
}

const Registry& builtin_registry() {
  // Read once, on first use; the tests check that it reads.
  static const Registry registry = Registry::from_json(builtin_registry_json());
  return registry;
}

}  // namespace mseg::cite
