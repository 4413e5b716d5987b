// Naming plans in a history: "2006", "2007", else "P3".
#pragma once

#include <string>
#include <vector>

#include <mseg/history.hpp>

namespace mseg::history {

// One label per plan: its year, else "P<n>" (1-based); a label two plans share
// gets "-2", "-3" ... on the later ones so thread ids stay unique.
std::vector<std::string> plan_labels(const std::vector<const Plan*>& plans);

}  // namespace mseg::history
