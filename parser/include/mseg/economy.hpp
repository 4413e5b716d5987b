// The 21 APEC member economies and the names plans use for them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mseg {

// The canonical APEC name of an economy written as `name` ("US", "U.S.",
// "Vietnam"), or nullopt when `name` is not an economy. Case-insensitive.
std::optional<std::string> canonical_economy(std::string_view name);

// Every canonical economy name, in alphabetical order.
const std::vector<std::string>& economy_names();

}  // namespace mseg
