// Checks for option values that CLI11's own conversions would let through,
// and the options every subcommand that reads plans or writes a file shares.
#pragma once

#include <charconv>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "io.hpp"

namespace mseg::cli {

// Leading zeros taken off a number in decimal digits: CLI11 reads "010" as octal, 8, and "0005850" not at all (a
// hardening helper's finding: --max-bytes 07000 was 3584 bytes).
// Decimal digits only, or why not (`what`: "a number of bytes"); the value left without its leading zeros.
inline std::string decimal_digits(std::string& value, const std::string& what) {
  if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos)
    return "expected " + what + " (decimal digits only), got '" + value + "'";
  const std::size_t zeros = value.find_first_not_of('0');
  value.erase(0, zeros == std::string::npos ? value.size() - 1 : zeros);
  return {};
}

// A number of bytes, in decimal digits. CLI11 reads "-1" as 2^64-1 (no limit
// at all) and "010" as octal.
inline CLI::Validator byte_count() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        if (std::string why = decimal_digits(value, "a number of bytes"); !why.empty()) return why;
        // Past 2^64-1 CLI11 would hold the largest value, silently (a new user's finding).
        std::uint64_t n = 0;
        if (std::from_chars(value.data(), value.data() + value.size(), n).ec != std::errc())
          return "'" + value + "' bytes is more than any file can hold";
        return {};
      },
      "");
}

// A count in decimal digits: CLI11 reads "0x10" as 16 and "02000" as octal, 1024.
inline CLI::Validator decimal_count() {
  return CLI::Validator(
      [](std::string& value) -> std::string { return decimal_digits(value, "a number"); },
      "");
}

// A fraction from 0 to 1; `meaning` says what it is for, since CLI11's own
// words ("Could not convert") would not. CLI::Range passes "nan": every
// comparison with NaN is false.
inline CLI::Validator fraction(std::string meaning) {
  return CLI::Validator(
      [meaning](std::string& value) -> std::string {
        double x = 0;
        if (!CLI::detail::lexical_cast(value, x) || !std::isfinite(x) || x < 0 || x > 1)
          return "'" + value + "' is not a number from 0 to 1 (" + meaning + ")";
        return {};
      },
      "");
}

// A value that may not be empty: `-o "$OUT"` with OUT unset would otherwise
// reach the file system as "" and come back as ": No such file or directory",
// and `--as-of ""` would mean today.
inline CLI::Validator not_empty() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        if (value.empty()) return "an empty value (an unset shell variable?)";
        return {};
      },
      "");
}

// A name, not the next option: CLI11 takes "--owner --count" as the owner "--count" (a new user's finding: a
// warning that no owner is named so, and exit 1).
inline CLI::Validator not_an_option() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        if (value.empty()) return "an empty value (an unset shell variable?)";
        if (value.starts_with("--")) return "no value given (the next word, '" + value + "', is an option)";
        return {};
      },
      "");
}

// An option that shapes some formats only, refused with any other: given there, it would be ignored, silently (a
// new user's finding: `query --format ics --wide`). `why` ends the message, in parentheses.
inline void refuse_unless_format(bool given, std::string_view option, const std::string& format,
                                 std::initializer_list<std::string_view> formats, std::string_view why) {
  if (!given || std::find(formats.begin(), formats.end(), format) != formats.end()) return;
  std::string names;
  for (auto f : formats) names += std::string(names.empty() ? "" : " or ") + "--format " + std::string(f);
  throw CliError(std::string(option) + ": only for " + names + " (" + std::string(why) + ")");
}

// -o/--output FILE. `what` starts the help line ("Write the report to FILE").
inline CLI::Option* add_output_option(CLI::App* cmd, std::string& output, const std::string& what = "Write to FILE") {
  return cmd->add_option("-o,--output", output, what + " (through a temporary file renamed into place) instead of stdout")
      ->type_name("FILE")
      ->check(not_empty());
}

// --max-bytes N, with its default shown in --help.
inline CLI::Option* add_max_bytes_option(CLI::App* cmd, std::uint64_t& max_bytes,
                                         const std::string& help = "Refuse inputs larger than this many bytes") {
  return cmd->add_option("--max-bytes", max_bytes, help)
      ->type_name("N")
      ->transform(byte_count())
      ->capture_default_str();
}

}  // namespace mseg::cli
