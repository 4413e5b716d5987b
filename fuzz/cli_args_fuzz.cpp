// The command line as mseg reads it: fuzz bytes become argv words (split at
// NUL, or at newlines when there is no NUL), CLI11 parses them against the very
// app main() builds (cli/app.hpp), with every subcommand's action told to run
// nothing (Outcome::dry_run), so nothing is read or written. Parsing must end in success or a CLI11 error
// (usage, --help, --version), never another exception or a crash.
#include <CLI/CLI.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cli/app.hpp"
#include "cli/io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const char separator = bytes.find('\0') != std::string_view::npos ? '\0' : '\n';
  std::vector<std::string> args;
  for (std::size_t start = 0; start <= bytes.size() && args.size() < 64;) {
    std::size_t end = bytes.find(separator, start);
    if (end == std::string_view::npos) end = bytes.size();
    args.emplace_back(bytes.substr(start, end - start));
    start = end + 1;
  }
  if (!args.empty() && args.back().empty()) args.pop_back();
  CLI::App app{"mseg", "mseg"};
  // The actions read and write files: parsing alone is under test. They own
  // their options' storage, so they stay, told to return at once.
  mseg::cli::Outcome outcome;
  outcome.dry_run = true;
  mseg::cli::build_app(app, outcome, args);
  std::vector<const char*> words{"mseg"};
  for (const auto& a : args) words.push_back(a.c_str());
  try {
    app.parse(static_cast<int>(words.size()), words.data());
  } catch (const CLI::Error&) {
    // Usage errors, --help and --version (CLI::Success) are answers.
  } catch (const mseg::cli::CliError&) {
    // A value an option's own check refused.
  }
  return 0;
}
