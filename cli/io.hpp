// The CLI's only contact with files: reading inputs, writing outputs safely.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace mseg::cli {

// Exit codes every subcommand shares (the man page's EXIT STATUS, README.md).
enum Exit : int { kOk = 0, kFound = 1, kTrouble = 2 };

// A failure the user must hear about: printed as "mseg: error: <what>", exit 2.
struct CliError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Inputs larger than this are refused rather than exhausting memory (--max-bytes).
inline constexpr std::uint64_t kDefaultMaxBytes = 1ull << 30;

// Reads a whole file, or standard input for "-". Throws CliError naming the
// file and the reason (missing, a directory, unreadable, too large).
std::string read_input(const std::string& path, std::uint64_t max_bytes = kDefaultMaxBytes);

// Writes `data` to `path` through a temporary file renamed into place, so the
// file is either the old one or the complete new one. "-" means stdout.
void write_output(const std::string& path, std::string_view data);

// An output written piece by piece: stdout for "-", otherwise a temporary
// file beside `path` that commit() renames into place. Until then the old file
// is untouched; an Output destroyed uncommitted, or a run ended by SIGINT,
// SIGTERM or SIGHUP, removes the temporary. write() and commit() throw
// CliError naming the file (a full disk, a closed pipe).
class Output {
 public:
  explicit Output(const std::string& path);
  ~Output();
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  void write(std::string_view data);
  void commit();

 private:
  std::string path_;
  std::string tmp_;  // empty when writing straight to stdout or a device
  int fd_ = -1;
  bool done_ = false;
};

// Writes to stdout and flushes; a closed pipe or full disk throws CliError.
void write_stdout(std::string_view data);

// Prints "mseg: error: <message>" on stderr.
void print_error(std::string_view message);

// Whether stdout/stderr is a terminal, and whether colour is wanted there
// (NO_COLOR set in the environment turns colour off).
bool stdout_is_terminal();
bool stderr_is_terminal();
bool color_wanted(std::string_view choice /* "auto", "always", "never" */);

// Columns of the terminal on stdout, or `fallback` when not a terminal.
int terminal_width(int fallback = 100);

}  // namespace mseg::cli
