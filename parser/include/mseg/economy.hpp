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

// The canonical name of the one economy that `name` misspells ("Phillipines", "Malasia", "Hongkong", "Papua
// New-Guinea"): a name of five letters or more, one edit from one of its names (two from one of eight or more),
// and near no other economy's; nullopt for an economy's own name and for anything else. Case-insensitive.
std::optional<std::string> economy_misspelt(std::string_view name);

// Every canonical economy name, in alphabetical order.
const std::vector<std::string>& economy_names();

}  // namespace mseg
