// Reading the plans a subcommand is given, text or JSON, with one way of
// reporting what cannot be read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <mseg/load.hpp>

namespace mseg::cli {

// Reads FILE ("-" for stdin) and loads it as a text plan or plan JSON. When it
// cannot (unreadable, too large, not a plan, plan JSON with problems) it prints
// "mseg: error: FILE: reason" and returns nullopt.
// Citations of text plans resolve against `registry` (null: the built-in one).
std::optional<LoadedPlan> read_plan_input(const std::string& file, std::uint64_t max_bytes,
                                          const cite::Registry* registry = nullptr);

}  // namespace mseg::cli
