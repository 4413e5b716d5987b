#include "io.hpp"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <mseg/form.hpp>

#include "base/bom.hpp"
#include "base/huge_pages.hpp"
#include "base/utf8.hpp"
#include "suggest.hpp"

namespace mseg::cli {
namespace {

std::string reason(int err) { return std::strerror(err); }

// Writes all of data to fd, retrying on short writes and EINTR.
bool write_all(int fd, std::string_view data, int& err) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      err = errno;
      return false;
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

// A write error: a reader that went away ends the run quietly (main), anything
// else names what could not be written.
[[noreturn]] void throw_write_error(std::string_view name, int err) {
  if (err == EPIPE) throw BrokenPipe();
  throw CliError(fmt::format("{}: {}", name, reason(err)));
}

bool starts_utf16(std::string_view s) {
  return s.size() >= 2 && ((s[0] == '\xFF' && s[1] == '\xFE') || (s[0] == '\xFE' && s[1] == '\xFF'));
}

// `expected` is the size fstat reported, 0 when unknown (stdin, pipes, devices).
std::string read_fd(int fd, const std::string& name, std::uint64_t max_bytes, std::size_t expected = 0,
                    std::string_view limit = "--max-bytes") {
  std::string out;
  if (expected > 0) {
    // Read straight into the string; one spare byte shows whether the file grew. Large pages first: the
    // zeroing resize would fault in every 4 KiB page of a big plan one at a time.
    out.reserve(expected + 1);
    base::advise_huge_pages(out.data(), out.capacity());
    out.resize(expected + 1);
    std::size_t got = 0;
    while (got < out.size()) {
      ssize_t n = ::read(fd, out.data() + got, out.size() - got);
      if (n < 0) {
        if (errno == EINTR) continue;
        throw CliError(fmt::format("{}: {}", name, reason(errno)));
      }
      if (n == 0) break;
      got += static_cast<std::size_t>(n);
    }
    out.resize(got);
    if (got <= expected) return out;
  }
  // Pipes and devices in bounded chunks, each looked at as it arrives: /dev/zero
  // is refused at its first byte rather than after --max-bytes of zeros. Only
  // UTF-16 (which starts with its BOM) and the binary forms (a .docx, .pdf or
  // .doc piped in) may hold NUL bytes; which, the first 8 bytes tell. The
  // message is the one the decoder gives for a NUL in a file.
  constexpr std::size_t kMagic = 8;
  std::optional<bool> nul_allowed;  // decided once kMagic bytes (or all) are in
  std::size_t checked = 0;          // bytes looked at for NUL so far
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw CliError(fmt::format("{}: {}", name, reason(errno)));
    }
    out.append(buf, static_cast<std::size_t>(n));
    if (!nul_allowed && (out.size() >= kMagic || n == 0))
      nul_allowed = starts_utf16(out) || may_be_binary_form(out);
    if (nul_allowed && !*nul_allowed) {
      if (const void* nul = std::memchr(out.data() + checked, '\0', out.size() - checked))
        throw CliError(fmt::format("{}: contains NUL bytes at byte {}{}", name,
                                   static_cast<const char*>(nul) - out.data(), bom::nul_reason(out)));
      checked = out.size();
    }
    if (n == 0) break;
    if (out.size() > max_bytes)
      throw CliError(fmt::format("{}: larger than {} ({} bytes)", name, limit, max_bytes));
  }
  return out;
}

// Every file read as an input in this run (device and inode), so that an
// output can never replace one. Parse workers read concurrently.
struct InputIds {
  std::mutex mutex;
  std::vector<std::pair<dev_t, ino_t>> ids;
  std::vector<std::string> names;
};
InputIds& inputs_read() {
  static InputIds ids;
  return ids;
}

// stat(2) of the file `path` names, also when it is written with a slash after it ("p.txt/", which names no
// file to open but is the file p.txt to the user who typed it). False when there is none.
bool stat_named(const std::string& path, struct stat& st) {
  if (::stat(path.c_str(), &st) == 0) return true;
  std::size_t end = path.size();
  while (end > 1 && path[end - 1] == '/') --end;
  return end != path.size() && ::stat(path.substr(0, end).c_str(), &st) == 0;
}

void remember_input(const struct stat& st, const std::string& name) {
  if (!S_ISREG(st.st_mode)) return;
  auto& in = inputs_read();
  std::lock_guard lock(in.mutex);
  in.ids.emplace_back(st.st_dev, st.st_ino);
  in.names.push_back(name);
}

// The input `target` is, if any, else nullptr.
const std::string* input_named_by(const struct stat& target) {
  auto& in = inputs_read();
  std::lock_guard lock(in.mutex);
  for (std::size_t i = 0; i < in.ids.size(); ++i)
    if (in.ids[i] == std::pair{target.st_dev, target.st_ino}) return &in.names[i];
  return nullptr;
}

// The input a descriptor's file is, if any: an output handed over as one.
const std::string* input_open_on(int fd) {
  struct stat st {};
  return ::fstat(fd, &st) == 0 ? input_named_by(st) : nullptr;
}

[[noreturn]] void throw_output_is_input(const std::string& output, const std::string& input) {
  if (output == input) throw CliError(fmt::format("{}: is an input too; refusing to overwrite it", output));
  throw CliError(fmt::format("{}: is the input {} too; refusing to overwrite it", output, input));
}

// The number of this process's own descriptor that `path` names (/dev/stdout,
// /dev/fd/9, /proc/self/fd/1, /proc/thread-self/fd/2), else -1: its folder is
// /proc/PID/fd or /proc/PID/task/TID/fd, PID this process, and its name a number.
int own_fd_named_by(const std::string& path) {
  const auto slash = path.rfind('/');
  const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  if (name.empty() || name.size() > 9 || name.find_first_not_of("0123456789") != std::string::npos) return -1;
  const std::string dir = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
  char real[PATH_MAX];
  if (::realpath(dir.c_str(), real) == nullptr) return -1;
  const std::string own = fmt::format("/proc/{}/", ::getpid());
  const std::string_view r(real);
  if (!r.starts_with(own)) return -1;
  const std::string_view rest = r.substr(own.size());
  const bool task = rest.starts_with("task/") && rest.ends_with("/fd") && rest.size() > 8 &&
                    rest.substr(5, rest.size() - 8).find_first_not_of("0123456789") == std::string_view::npos;
  if (rest != "fd" && !task) return -1;
  return std::stoi(name);
}

// Follows `path` through symbolic links to the file they name, which need not
// exist (a dangling link): an output written there keeps the link a link.
// Stops at one of the process's own descriptors (/dev/stdout is
// /proc/self/fd/1) and sets `own_fd` to its number: that names a file the
// process has open, which only the descriptor reaches rightly (a pipe's link
// reads "pipe:[123]"; a file's names the file but not its offset or O_APPEND).
std::string resolve_links(const std::string& path, int& own_fd) {
  std::string at = path;
  own_fd = -1;
  // As deep as the kernel follows a path (MAXSYMLINKS, 40): a chain that cat can read is one mseg can write.
  for (int followed = 0;; ++followed) {
    if ((own_fd = own_fd_named_by(at)) >= 0) return at;
    struct stat st {};
    if (::lstat(at.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return at;
    if (followed == 40) break;
    std::string target(static_cast<std::size_t>(st.st_size > 0 ? st.st_size : PATH_MAX), '\0');
    ssize_t n = ::readlink(at.c_str(), target.data(), target.size());
    if (n < 0) throw CliError(fmt::format("{}: {}", path, reason(errno)));
    target.resize(static_cast<std::size_t>(n));
    if (target.empty() || target[0] == '/') {
      at = target;
    } else {
      const auto slash = at.rfind('/');
      at = slash == std::string::npos ? target : at.substr(0, slash + 1) + target;
    }
  }
  throw CliError(fmt::format("{}: {}", path, reason(ELOOP)));
}

// The temporary file being written, for the signal handler: a fixed buffer,
// since a handler may not allocate. One output is open at a time.
char g_temp_path[4096];
volatile std::sig_atomic_t g_temp_active = 0;

// Every signal whose default action ends the process and that a handler can
// catch; SIGKILL and SIGSTOP cannot be caught.
std::vector<int> terminating_signals() {
  std::vector<int> sigs = {SIGHUP,  SIGINT,  SIGQUIT, SIGILL,  SIGTRAP,   SIGABRT, SIGBUS, SIGFPE,
                           SIGUSR1, SIGSEGV, SIGUSR2, SIGPIPE, SIGALRM,   SIGTERM, SIGXCPU,
                           SIGXFSZ, SIGVTALRM, SIGPROF, SIGIO, SIGSYS};
#ifdef SIGSTKFLT
  sigs.push_back(SIGSTKFLT);
#endif
#ifdef SIGPWR
  sigs.push_back(SIGPWR);
#endif
  for (int sig = SIGRTMIN; sig <= SIGRTMAX; ++sig) sigs.push_back(sig);
  return sigs;
}

// The dispositions replaced, restored before the signal is delivered again.
struct sigaction g_previous[_NSIG];

extern "C" void remove_temp_and_die(int sig, siginfo_t* info, void*) {
  if (g_temp_active) ::unlink(g_temp_path);
  g_temp_active = 0;
  ::sigaction(sig, &g_previous[sig], nullptr);
  // A fault (SIGSEGV from a bad access) recurs when the handler returns and
  // then reaches the previous handler (a sanitizer's) with its real details;
  // anything sent (kill, raise, abort) is sent again. Either way the process
  // ends by the same signal, so the shell sees what happened.
  if (info != nullptr && info->si_code > 0 &&
      (sig == SIGSEGV || sig == SIGBUS || sig == SIGFPE || sig == SIGILL || sig == SIGTRAP || sig == SIGSYS))
    return;
  ::raise(sig);
}

void install_handlers() {
  static const bool installed = [] {
    struct sigaction sa {};
    sa.sa_sigaction = remove_temp_and_die;
    sa.sa_flags = SA_SIGINFO;
    sigfillset(&sa.sa_mask);
    for (int sig : terminating_signals()) {
      struct sigaction old {};
      if (::sigaction(sig, nullptr, &old) != 0) continue;
      // A signal the caller (nohup) or main (SIGPIPE) ignores stays ignored.
      if (!(old.sa_flags & SA_SIGINFO) && old.sa_handler == SIG_IGN) continue;
      g_previous[sig] = old;
      ::sigaction(sig, &sa, nullptr);
    }
    return true;
  }();
  (void)installed;
}

void unguard_temp() { g_temp_active = 0; }

// Blocks every signal for its lifetime, so a handler never sees a temporary
// half registered.
class SignalsBlocked {
 public:
  SignalsBlocked() {
    sigset_t all;
    sigfillset(&all);
    ::pthread_sigmask(SIG_BLOCK, &all, &old_);
  }
  ~SignalsBlocked() { ::pthread_sigmask(SIG_SETMASK, &old_, nullptr); }
  SignalsBlocked(const SignalsBlocked&) = delete;
  SignalsBlocked& operator=(const SignalsBlocked&) = delete;

 private:
  sigset_t old_;
};

// Output for stdout and devices is held back until commit(): in memory up to
// this size, then in an unnamed temporary file, so a run that fails midway
// writes nothing rather than the start of a plan.
constexpr std::size_t kHeldInMemory = 1u << 20;

// The largest file this process may write (`ulimit -f`): a spill file kept
// below it never draws SIGXFSZ, which would end the run for a limit the
// output's own destination (a pipe) does not have.
std::uint64_t file_size_limit() {
  static const std::uint64_t limit = [] {
    struct rlimit r {};
    if (::getrlimit(RLIMIT_FSIZE, &r) != 0 || r.rlim_cur == RLIM_INFINITY) return UINT64_MAX;
    return static_cast<std::uint64_t>(r.rlim_cur);
  }();
  return limit;
}

int unnamed_temp_file_in(const char* dir) {
  int fd = ::open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd >= 0) return fd;
  // File systems without O_TMPFILE: a named one, unlinked at once.
  std::string name = std::string(dir) + "/mseg-XXXXXX";
  SignalsBlocked blocked;
  fd = ::mkstemp(name.data());
  if (fd >= 0) ::unlink(name.c_str());
  return fd;
}

// In $TMPDIR, else in /tmp (a TMPDIR that names no usable folder is no reason to fail).
int unnamed_temp_file() {
  const char* dir = std::getenv("TMPDIR");
  if (dir != nullptr && *dir != '\0') {
    const int fd = unnamed_temp_file_in(dir);
    if (fd >= 0 || std::string_view(dir) == "/tmp") return fd;
  }
  return unnamed_temp_file_in("/tmp");
}

}  // namespace

namespace {

// " (did you mean 'samples/mseg-workplan-2006-hanoi.txt'?)" for a file name mistyped, from the names in its folder
// (a new user's finding: commands, options and owners had one, file names none). Bounded: a folder of very many
// files is not read through.
std::string file_suggestion(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
  const std::string prefix = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  std::error_code ec;
  std::vector<std::string> names;
  // Files only: a plan is a file, and a folder suggested ("samplez" -> "sample") is refused next (a review's finding).
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end && names.size() < 4096; it.increment(ec))
    if (std::error_code kind; !it->is_directory(kind)) names.push_back(prefix + it->path().filename().string());
  return did_you_mean(path, names);
}

}  // namespace

std::string read_input(const std::string& path, std::uint64_t max_bytes, std::string_view limit) {
  if (path == "-") {
    // A second "-" would read what the first left: nothing ("-: empty file"), or the rest of a pipe.
    static std::atomic<bool> stdin_read{false};
    if (stdin_read.exchange(true)) throw CliError("-: standard input is given twice; it can be read only once");
    struct stat st {};
    if (::fstat(STDIN_FILENO, &st) == 0) remember_input(st, "-");
    return read_fd(STDIN_FILENO, "-", max_bytes, 0, limit);
  }
  const UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd) {
    const int err = errno;
    // An input not read is an input still: validate goes on past it and writes its report, which must not replace
    // it (a helper's finding: "validate p.txt/ -o p.txt" and an unreadable "secret.txt -o secret.txt" did).
    if (struct stat st {}; stat_named(path, st)) remember_input(st, path);
    throw CliError(fmt::format("{}: {}{}", path, reason(err), err == ENOENT ? file_suggestion(path) : std::string()));
  }
  struct stat st {};
  if (::fstat(fd.get(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) throw CliError(fmt::format("{}: is a directory", path));
    remember_input(st, path);
    if (S_ISREG(st.st_mode) && static_cast<std::uint64_t>(st.st_size) > max_bytes)
      throw CliError(fmt::format("{}: {} bytes is larger than {} ({} bytes)", path, st.st_size, limit, max_bytes));
  }
  // Sized up front: growing by doubling would hold up to twice the file.
  return read_fd(fd.get(), path, max_bytes, S_ISREG(st.st_mode) ? static_cast<std::size_t>(st.st_size) : 0, limit);
}

namespace {
// The input of `inputs` ("-" is stdin) that is the file `out` is, if any: for checks made before inputs are read.
const std::string* input_among(const struct stat& out, const std::vector<std::string>& inputs) {
  if (!S_ISREG(out.st_mode)) return nullptr;
  for (const auto& input : inputs) {
    struct stat in {};
    const bool got = input == "-" ? ::fstat(STDIN_FILENO, &in) == 0 : stat_named(input, in);
    if (got && in.st_dev == out.st_dev && in.st_ino == out.st_ino) return &input;
  }
  return nullptr;
}
}  // namespace

void refuse_output_onto_inputs(const std::string& output, const std::vector<std::string>& inputs) {
  if (output == "-") return;
  struct stat out {};
  if (::stat(output.c_str(), &out) != 0) return;
  if (const std::string* input = input_among(out, inputs)) throw_output_is_input(output, *input);
}

void refuse_output_onto(const std::string& output, const std::string& path, std::string_view what) {
  if (output == "-") return;
  int own_fd = -1;
  const std::string target = resolve_links(output, own_fd);
  if (own_fd >= 0) return;  // a descriptor handed over: Output checks it against the inputs
  std::error_code a, b;
  // Absolute first: weakly_canonical leaves a relative path with no existing part as it is ("p.orig" against
  // "./p.orig").
  const auto canonical = [](const std::string& p, std::error_code& ec) {
    const auto full = std::filesystem::absolute(p, ec);
    return ec ? full : std::filesystem::weakly_canonical(full, ec);
  };
  const auto out = canonical(target, a), at = canonical(path, b);
  if (!a && !b && out == at) throw CliError(fmt::format("{}: is {}; refusing to overwrite it", output, what));
}

void protect_from_output(const std::string& path) {
  struct stat st {};
  if (stat_named(path, st)) remember_input(st, path);
}

Output::Output(const std::string& path) : path_(path) {
  if (path == "-") {
    fd_ = STDOUT_FILENO;
    is_stdout_ = true;
    held_.emplace();
    return;
  }
  int own_fd = -1;
  target_ = resolve_links(path, own_fd);
  if (own_fd >= 0) {
    // A descriptor the shell handed mseg (-o /dev/stdout >> log, -o /dev/fd/3):
    // written through a copy of it, so the output goes where the shell meant,
    // at its offset and with its O_APPEND, and a closed one (kept on
    // /dev/null read-only, reserve_standard_fds) fails as a closed stdout does.
    fd_ = ::fcntl(own_fd, F_DUPFD_CLOEXEC, 3);
    if (fd_ < 0) throw CliError(fmt::format("{}: {}", path, reason(errno)));
    if (const std::string* input = input_open_on(fd_)) {
      ::close(fd_);
      fd_ = -1;
      throw_output_is_input(path, *input);
    }
    held_.emplace();
    return;
  }
  // Devices and pipes (/dev/full) cannot be replaced by rename: write to them directly.
  struct stat target {};
  if (::stat(target_.c_str(), &target) == 0) {
    if (S_ISDIR(target.st_mode)) throw CliError(fmt::format("{}: is a directory", path));
    if (const std::string* input = input_named_by(target)) throw_output_is_input(path, *input);
    if (!S_ISREG(target.st_mode)) {
      fd_ = ::open(target_.c_str(), O_WRONLY | O_CLOEXEC);
      if (fd_ < 0) throw CliError(fmt::format("{}: {}", path, reason(errno)));
      held_.emplace();
      return;
    }
  }
  std::string dir = ".";
  if (auto slash = target_.rfind('/'); slash != std::string::npos) dir = slash == 0 ? "/" : target_.substr(0, slash);
  // A temporary beside the target (through any link) so rename() stays on one
  // file system and replaces the file the link names, not the link.
  tmp_ = target_ + ".mseg-XXXXXX";
  // A name within 12 bytes of the file system's limit for one name (255) cannot take the suffix: the temporary is
  // ".mseg-XXXXXX" alone in that folder (a hardening helper's finding: "File name too long" for a name the shell
  // made).
  const std::size_t base = target_.size() - (target_.rfind('/') == std::string::npos ? 0 : target_.rfind('/') + 1);
  if (base + 12 > NAME_MAX) tmp_ = (dir == "/" ? std::string() : dir) + "/.mseg-XXXXXX";
  if (tmp_.size() >= sizeof g_temp_path) throw CliError(fmt::format("{}: {}", path, reason(ENAMETOOLONG)));
  install_handlers();
  int err = 0;
  {
    SignalsBlocked blocked;
    fd_ = ::mkstemp(tmp_.data());
    err = errno;
    if (fd_ >= 0) {
      std::memcpy(g_temp_path, tmp_.c_str(), tmp_.size() + 1);
      g_temp_active = 1;
    }
  }
  // The commonest cause said plainly (a new user's finding: "cannot create a temporary file in nodir").
  if (fd_ < 0 && err == ENOENT) throw CliError(fmt::format("{}: the folder {} does not exist", path, dir));
  if (fd_ < 0) throw CliError(fmt::format("{}: cannot create a temporary file in {}: {}", path, dir, reason(err)));
}

Output::~Output() {
  if (done_ || fd_ < 0) return;
  if (!is_stdout_) ::close(fd_);
  if (!tmp_.empty()) {
    SignalsBlocked blocked;
    ::unlink(tmp_.c_str());
    unguard_temp();
  }
}

std::string_view Output::name() const { return is_stdout_ ? std::string_view("stdout") : path_; }

void Output::write(std::string_view data) {
  int err = 0;
  if (!held_) {
    if (!write_all(fd_, data, err)) throw_write_error(name(), err);
    return;
  }
  if (!spill_ && held_->size() + data.size() <= kHeldInMemory) {
    // Room for all of it at once: address space, not memory, until written;
    // grown by doubling, 1 MB held would peak at 1.5 MB while copied.
    if (held_->capacity() < kHeldInMemory) held_->reserve(kHeldInMemory);
    held_->append(data);
    return;
  }
  if (!spill_ && !no_spill_) {
    spill_.reset(unnamed_temp_file());
    // No temporary file anywhere: the output stays in memory, whole, as a
    // smaller one would (more memory, not a failed run).
    no_spill_ = !spill_;
  }
  if (no_spill_) {
    held_->append(data);
    return;
  }
  if (spilled_ + held_->size() + data.size() > file_size_limit()) {
    unspill();
    held_->append(data);
    return;
  }
  if (held_->size() > 0) {
    if (!write_all(spill_.get(), *held_, err)) {
      unspill();
      held_->append(data);
      return;
    }
    spilled_ += held_->size();
    std::string().swap(*held_);
  }
  if (!write_all(spill_.get(), data, err)) {
    unspill();
    held_->append(data);
    return;
  }
  spilled_ += data.size();
}

TextSink Output::sink() {
  return [this](std::string& piece) {
    write(piece);
    piece.clear();
  };
}

// The temporary file filled (a full /tmp, a `ulimit -f`): what it holds comes
// back into memory, and the output stays there, whole, as when no file could
// be made: more memory, not a failed run. Bytes of a write that failed midway
// are not read back; held_ still has them.
void Output::unspill() {
  std::string back(spilled_, '\0');
  for (std::uint64_t at = 0; at < spilled_;) {
    const ssize_t n = ::pread(spill_.get(), back.data() + at, spilled_ - at, static_cast<off_t>(at));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw CliError(fmt::format("{}: cannot read back the temporary file: {}", name(), reason(n < 0 ? errno : EIO)));
    at += static_cast<std::uint64_t>(n);
  }
  back.append(*held_);
  held_->swap(back);
  spill_.reset();
  spilled_ = 0;
  no_spill_ = true;
}

void Output::release_held() {
  int err = 0;
  if (!spill_) {
    if (!write_all(fd_, *held_, err)) throw_write_error(name(), err);
    std::string().swap(*held_);
    return;
  }
  if (::lseek(spill_.get(), 0, SEEK_SET) != 0) throw CliError(fmt::format("{}: {}", name(), reason(errno)));
  std::string chunk(1 << 20, '\0');
  for (;;) {
    ssize_t n = ::read(spill_.get(), chunk.data(), chunk.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      throw CliError(fmt::format("{}: {}", name(), reason(errno)));
    }
    if (n == 0) break;
    if (!write_all(fd_, std::string_view(chunk.data(), static_cast<std::size_t>(n)), err))
      throw_write_error(name(), err);
  }
}

// Standard output sent into an input by the shell ("mseg parse p.txt >> p.txt": a hardening audit's finding, the
// plan got its JSON appended): refused as -o onto an input is, with nothing written.
void Output::refuse_stdout_onto_read() {
  struct stat st {};
  if (::fstat(STDOUT_FILENO, &st) == 0)
    if (const std::string* input = input_named_by(st)) {
      done_ = true;
      throw_output_is_input("stdout", *input);
    }
}

void refuse_stdout_onto(const std::vector<std::string>& inputs) {
  struct stat out {};
  if (::fstat(STDOUT_FILENO, &out) != 0) return;
  if (const std::string* input = input_among(out, inputs)) throw_output_is_input("stdout", *input);
}

void Output::write_whole(std::string_view data) {
  if (is_stdout_) refuse_stdout_onto_read();  // written at once below, before commit() could check
  // The output is finished before its first byte: nothing can fail after it
  // began, so stdout and devices need no held-back copy (which spilled a report
  // over kHeldInMemory into a temporary file only to copy it back).
  if (held_ && held_->empty() && !spill_) {
    held_.reset();
    write(data);
    commit();
    return;
  }
  write(data);
  commit();
}

void Output::commit() {
  // A descriptor handed over (-o /dev/stdout >> p.txt) is checked again, as a
  // file is before its rename: parse opens its output before it reads.
  if (!is_stdout_ && tmp_.empty() && fd_ >= 0)
    if (const std::string* input = input_open_on(fd_)) {
      ::close(fd_);
      fd_ = -1;
      done_ = true;
      throw_output_is_input(path_, *input);
    }
  if (is_stdout_) refuse_stdout_onto_read();
  if (held_) release_held();
  if (is_stdout_) {
    done_ = true;
    return;
  }
  int err = 0;
  bool ok = true;
  if (!tmp_.empty() && ::fsync(fd_) != 0) {
    ok = false;
    err = errno;
  }
  if (::close(fd_) != 0 && ok) {
    ok = false;
    err = errno;
  }
  fd_ = -1;
  if (ok && !tmp_.empty()) {
    // Keep the mode an existing file had; a new one gets the usual 0666 & ~umask.
    struct stat st {};
    mode_t mode = 0;
    if (::stat(target_.c_str(), &st) == 0) {
      // Checked again at the end: an input read after the output was opened
      // (parse opens its output first) must not be replaced either.
      if (const std::string* input = input_named_by(st)) {
        SignalsBlocked blocked;
        ::unlink(tmp_.c_str());
        unguard_temp();
        done_ = true;
        throw_output_is_input(path_, *input);
      }
      mode = st.st_mode & 07777;
    } else {
      mode_t mask = ::umask(0);
      ::umask(mask);
      mode = 0666 & ~mask;
    }
    ::chmod(tmp_.c_str(), mode);
    if (::rename(tmp_.c_str(), target_.c_str()) != 0) {
      ok = false;
      err = errno;
    }
  }
  if (!tmp_.empty()) {
    SignalsBlocked blocked;
    if (!ok) ::unlink(tmp_.c_str());
    unguard_temp();
  }
  done_ = true;
  if (!ok) {
    if (err == EPIPE) throw BrokenPipe();
    throw CliError(fmt::format("{}: {}", path_, reason(err)));
  }
}

void rewrite_input(const std::string& path, std::string_view data) {
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) {
    auto& in = inputs_read();
    std::lock_guard lock(in.mutex);
    for (std::size_t i = in.ids.size(); i-- > 0;) {
      if (in.ids[i] != std::pair{st.st_dev, st.st_ino}) continue;
      in.ids.erase(in.ids.begin() + static_cast<std::ptrdiff_t>(i));
      in.names.erase(in.names.begin() + static_cast<std::ptrdiff_t>(i));
    }
  }
  write_output(path, data);
}

void write_output(const std::string& path, std::string_view data) {
  Output out(path);
  out.write_whole(data);
}

void write_stdout(std::string_view data) {
  int err = 0;
  if (!write_all(STDOUT_FILENO, data, err)) throw_write_error("stdout", err);
}

namespace {
// One line on stderr, UTF-8 whatever the message quotes: a file name, an argument or the JSON library's words on
// bytes that are not (a hardening helper's finding: raw bytes reached the terminal), each such byte as U+FFFD.
void print_line(std::string_view prefix, std::string_view message) {
  std::string line(prefix);
  utf8::append_valid(line, message);
  line += '\n';
  int err = 0;
  write_all(STDERR_FILENO, line, err);
}
}  // namespace

void print_error(std::string_view message) { print_line("mseg: error: ", message); }

void print_warning(std::string_view message) { print_line("mseg: warning: ", message); }

void print_note(std::string_view message) { print_line("mseg: ", message); }

void remove_temporary_now() {
  if (g_temp_active) ::unlink(g_temp_path);
  g_temp_active = 0;
}

void die_of_broken_pipe() {
  std::signal(SIGPIPE, SIG_DFL);
  sigset_t pipe;
  sigemptyset(&pipe);
  sigaddset(&pipe, SIGPIPE);
  ::pthread_sigmask(SIG_UNBLOCK, &pipe, nullptr);
  ::raise(SIGPIPE);
  std::_Exit(128 + SIGPIPE);  // not reached
}

bool stdout_is_terminal() { return ::isatty(STDOUT_FILENO) == 1; }
bool stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

bool color_wanted(std::string_view choice, bool to_stdout) {
  if (choice == "always") return true;
  if (choice == "never" || !to_stdout) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return stdout_is_terminal();
}

void reserve_standard_fds() {
  for (int fd = 0; fd <= 2; ++fd) {
    if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    // Read-only for an output and write-only for stdin, so that using it fails
    // with EBADF, as the closed descriptor would have.
    const int got = ::open("/dev/null", fd == STDIN_FILENO ? O_WRONLY : O_RDONLY);
    if (got >= 0 && got != fd) {
      ::dup2(got, fd);
      ::close(got);
    }
  }
}

int terminal_width(int fallback) {
  struct winsize ws {};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  if (const char* cols = std::getenv("COLUMNS")) {
    int n = std::atoi(cols);
    if (n > 0) return n;
  }
  return fallback;
}

}  // namespace mseg::cli
