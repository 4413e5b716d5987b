// The CLI's only contact with files: reading inputs, writing outputs safely.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <mseg/text_sink.hpp>

#include "base/unique_fd.hpp"

namespace mseg::cli {

// Exit codes every subcommand shares (the man page's EXIT STATUS, README.md).
enum Exit : int { kOk = 0, kFound = 1, kTrouble = 2 };

// A failure the user must hear about: printed as "mseg: error: <what>", exit 2.
struct CliError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The reader of stdout (or of an output pipe) went away, as when piped into
// `head`: main() ends the run quietly by SIGPIPE, as grep and git do.
struct BrokenPipe : std::exception {
  const char* what() const noexcept override { return "Broken pipe"; }
};

// Inputs larger than this are refused rather than exhausting memory (--max-bytes).
// 32 MiB: the costliest input shapes still peak at up to ~85 times their size
// (docs/performance.md, "Memory by input shape"), so this keeps the worst run
// near 3 GB; the largest real plan is 8 KB.
inline constexpr std::uint64_t kDefaultMaxBytes = 32ull << 20;

// Reads a whole file, or standard input for "-". Throws CliError naming the
// file and the reason (missing, a directory, unreadable, too large, a NUL byte
// in a pipe or device). Every file read is remembered: an Output refuses to
// replace it.
// `limit` names the bound in the message when the input is larger ("--max-bytes", or a project file's own).
std::string read_input(const std::string& path, std::uint64_t max_bytes = kDefaultMaxBytes,
                       std::string_view limit = "--max-bytes");

// Throws CliError when `output` (not "-") is one of `inputs`: the same file
// by device and inode, so another spelling, a symbolic or a hard link count.
// For a subcommand that opens its output before reading its inputs.
void refuse_output_onto_inputs(const std::string& output, const std::vector<std::string>& inputs);

// Throws CliError when `output` (not "-") would be written where `path` is or will be, through symbolic links and
// however spelt: `what` says what `path` is ("where --fix keeps plan.txt's original"). For a file mseg makes
// during the run, which no input check can know yet (a hardening audit's finding: `validate --fix plan.txt -o
// plan.txt.orig` replaced the only copy of the original with the report).
void refuse_output_onto(const std::string& output, const std::string& path, std::string_view what);

// Throws CliError when standard output is one of `inputs`' files (the shell's `>> p.txt`): for a subcommand that
// changes files or writes before its output is committed (validate --fix).
void refuse_stdout_onto(const std::vector<std::string>& inputs);

// Removes the temporary file an output is being written to, if any, as the signal handlers do: for an end that
// runs no destructors (memory_reserve.cpp). Async-signal-safe, allocates nothing.
void remove_temporary_now();

// Registers `path`, a file this run made, as an input: no output may replace it (Output refuses as for an input).
void protect_from_output(const std::string& path);

// Writes `data` to `path` through a temporary file renamed into place, so the
// file is either the old one or the complete new one. "-" means stdout.
void write_output(const std::string& path, std::string_view data);

// write_output onto a file read as an input, on purpose: validate --fix, once
// the original bytes are kept elsewhere. The one write that may replace an input.
void rewrite_input(const std::string& path, std::string_view data);

// An output written piece by piece. A file: a temporary beside it (beside the
// file a symbolic link names, so the link stays) that commit() renames into
// place; until then the old file is untouched, and an Output destroyed
// uncommitted, or a run ended by any signal that can be caught, removes the
// temporary. Stdout ("-") and devices: held back (in memory, then in an
// unnamed temporary file) and written by commit(), so a failed run writes
// nothing there either. Refuses (CliError) to replace a file read as an input.
// write() and commit() throw CliError naming the file (a full disk), or
// BrokenPipe.
class Output {
 public:
  explicit Output(const std::string& path);
  ~Output();
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  void write(std::string_view data);
  // write() as a TextSink: each piece written, then emptied, as a sink must.
  TextSink sink();
  void commit();
  // write() and commit() of an output complete at once: stdout and devices get
  // it directly (it cannot be followed by a failure), files as above.
  void write_whole(std::string_view data);

 private:
  std::string_view name() const;
  void release_held();
  void refuse_stdout_onto_read();  // standard output is an input read so far: throws, nothing written
  void unspill();  // spill_ filled: its bytes back into held_, which keeps all from then on

  std::string path_;
  std::string target_;  // path_ with symbolic links followed
  std::string tmp_;     // empty when writing to stdout or a device
  std::optional<std::string> held_;  // output for stdout or a device, until commit()
  UniqueFd spill_;                   // where held_ went once it grew large
  std::uint64_t spilled_ = 0;        // bytes written whole to spill_
  bool no_spill_ = false;            // no temporary file could be made, or it filled: held_ keeps it all
  int fd_ = -1;
  bool is_stdout_ = false;  // fd_ is stdout itself (path "-"), not a file or a copy of a descriptor
  bool done_ = false;
};

// Writes to stdout at once; a full disk throws CliError, a closed pipe BrokenPipe.
void write_stdout(std::string_view data);

// Prints "mseg: error: <message>" (or "mseg: warning: ...") on stderr.
void print_error(std::string_view message);
void print_warning(std::string_view message);
// "mseg: MESSAGE" on stderr, neither error nor warning ("FILE: applied 2 fixes"); UTF-8 as the two above.
void print_note(std::string_view message);

// Ends the process by SIGPIPE (status 141 in a shell), with no message.
[[noreturn]] void die_of_broken_pipe();

// Whether stdout/stderr is a terminal.
bool stdout_is_terminal();
bool stderr_is_terminal();
// Whether to colour output that goes to stdout (to_stdout) or to an -o file:
// "always" and "never" mean just that; "auto" colours a terminal's stdout
// unless NO_COLOR is set in the environment, and never a file.
bool color_wanted(std::string_view choice /* "auto", "always", "never" */, bool to_stdout);

// Makes sure file descriptors 0, 1 and 2 are open, each on /dev/null the wrong
// way round when it was closed (`mseg ... >&-`): a write to a closed stdout
// then fails as it should, instead of landing in the first file mseg opens,
// which the system would give the free number 1.
void reserve_standard_fds();

// Columns of the terminal on stdout, or `fallback` when not a terminal.
int terminal_width(int fallback = 100);

}  // namespace mseg::cli
