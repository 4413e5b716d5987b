// Reading the plans a subcommand is given, text or JSON, with one way of
// reporting what cannot be read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <mseg/load.hpp>

#include <CLI/CLI.hpp>

namespace mseg::cli {

// Reads FILE ("-" for stdin) and loads every plan it holds: a text plan, plan
// JSON, a JSON array of plans or JSON Lines of plans (as mseg parse writes
// them). When it cannot (unreadable, too large, not a plan, plan JSON with
// problems, a plan with no table) it prints "mseg: error: FILE: reason" and
// returns nullopt.
// Citations of text plans resolve against `registry` (null: the built-in one).
// warnings false: a text plan keeps only its errors (query and diff, which read no others).
std::optional<std::vector<LoadedPlan>> read_plan_inputs(const std::string& file, std::uint64_t max_bytes,
                                                        const cite::Registry* registry = nullptr,
                                                        bool warnings = true);

// An empty array (or JSON Lines of no line) is read, as the docs say, but
// never silently by a command that takes several plans (query, history): a
// series or a query that skipped a file would otherwise look complete.
void warn_if_no_plan(const std::string& file, const std::vector<LoadedPlan>& plans);

// The name results give plans[k] of `file`: the file itself when it holds one plan; else the text plan each was
// parsed from (plan JSON's source.path), or FILE#N.
std::string plan_input_name(const std::string& file, const std::vector<LoadedPlan>& plans, std::size_t k);

// Frees the plans' diagnostics, for a subcommand that reads none (query,
// diff): in a plan of many warnings they are much of its memory (a tag
// written "(Japan. 2006)" is 14 bytes and a warning with a fix), given back
// before the next plan is read (issue 20 item 12).
void drop_diagnostics(std::vector<LoadedPlan>& plans);

// The same for a subcommand that takes one plan from FILE: a file of several
// plans is refused.
std::optional<LoadedPlan> read_plan_input(const std::string& file, std::uint64_t max_bytes,
                                          const cite::Registry* registry = nullptr);

// Adds --layout NAME to a subcommand that reads plans' text; every plan read
// through read_plan_inputs then uses that reader. The choice is the process's:
// one subcommand runs per process.
void add_layout_option(CLI::App* cmd);
// The reader --layout named; empty when detection chooses.
const std::string& chosen_layout();
// --layout names a text form: said on stderr when FILE's bytes are a .docx,
// .pdf or .doc, which are read as their own form whatever it says.
void warn_if_layout_unused(const std::string& file, std::string_view bytes);

// The files to read when none was given: standard input ("-") when it is a
// pipe or a file; on a terminal, where nothing would come, a CliError.
std::vector<std::string> stdin_or_refuse();

}  // namespace mseg::cli
