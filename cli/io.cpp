#include "io.hpp"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fmt/format.h>

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

// `expected` is the size fstat reported, 0 when unknown (stdin, pipes).
std::string read_fd(int fd, const std::string& name, std::uint64_t max_bytes, std::size_t expected = 0) {
  std::string out;
  if (expected > 0) {
    // Read straight into the string; one spare byte shows whether the file grew.
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
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw CliError(fmt::format("{}: {}", name, reason(errno)));
    }
    if (n == 0) break;
    out.append(buf, static_cast<std::size_t>(n));
    if (out.size() > max_bytes)
      throw CliError(fmt::format("{}: larger than --max-bytes ({} bytes)", name, max_bytes));
  }
  return out;
}

// The temporary file being written, for the signal handler: a fixed buffer,
// since a handler may not allocate. One output is open at a time.
char g_temp_path[4096];
volatile std::sig_atomic_t g_temp_active = 0;

extern "C" void remove_temp_and_die(int sig) {
  if (g_temp_active) ::unlink(g_temp_path);
  // Die of the same signal, so the shell sees what happened.
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

void guard_temp(const std::string& tmp) {
  static const bool installed = [] {
    struct sigaction sa {};
    sa.sa_handler = remove_temp_and_die;
    sigemptyset(&sa.sa_mask);
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
      struct sigaction old {};
      // A signal the caller ignores (nohup) stays ignored.
      if (::sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
      ::sigaction(sig, &sa, nullptr);
    }
    return true;
  }();
  (void)installed;
  if (tmp.size() >= sizeof g_temp_path) return;
  std::memcpy(g_temp_path, tmp.c_str(), tmp.size() + 1);
  g_temp_active = 1;
}

void unguard_temp() { g_temp_active = 0; }

}  // namespace

std::string read_input(const std::string& path, std::uint64_t max_bytes) {
  if (path == "-") return read_fd(STDIN_FILENO, "-", max_bytes);
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw CliError(fmt::format("{}: {}", path, reason(errno)));
  struct stat st {};
  if (::fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      ::close(fd);
      throw CliError(fmt::format("{}: is a directory", path));
    }
    if (S_ISREG(st.st_mode) && static_cast<std::uint64_t>(st.st_size) > max_bytes) {
      ::close(fd);
      throw CliError(fmt::format("{}: {} bytes is larger than --max-bytes ({} bytes)", path, st.st_size, max_bytes));
    }
  }
  std::string out;
  try {
    // Sized up front: growing by doubling would hold up to twice the file.
    out = read_fd(fd, path, max_bytes, S_ISREG(st.st_mode) ? static_cast<std::size_t>(st.st_size) : 0);
  } catch (...) {
    ::close(fd);
    throw;
  }
  ::close(fd);
  return out;
}

Output::Output(const std::string& path) : path_(path) {
  if (path == "-") {
    fd_ = STDOUT_FILENO;
    return;
  }
  // Devices and pipes (/dev/full, /dev/stdout) cannot be replaced by rename: write to them directly.
  struct stat target {};
  if (::stat(path.c_str(), &target) == 0 && !S_ISREG(target.st_mode)) {
    if (S_ISDIR(target.st_mode)) throw CliError(fmt::format("{}: is a directory", path));
    fd_ = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd_ < 0) throw CliError(fmt::format("{}: {}", path, reason(errno)));
    return;
  }
  std::string dir = ".";
  if (auto slash = path.rfind('/'); slash != std::string::npos) dir = slash == 0 ? "/" : path.substr(0, slash);
  // A temporary beside the target so rename() stays on one file system.
  tmp_ = path + ".mseg-XXXXXX";
  // Blocked while the name is being registered, so a signal cannot slip between.
  sigset_t block, old;
  sigemptyset(&block);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&block, sig);
  ::sigprocmask(SIG_BLOCK, &block, &old);
  fd_ = ::mkstemp(tmp_.data());
  const int err = errno;
  if (fd_ >= 0) guard_temp(tmp_);
  ::sigprocmask(SIG_SETMASK, &old, nullptr);
  if (fd_ < 0) throw CliError(fmt::format("{}: cannot create a temporary file in {}: {}", path, dir, reason(err)));
}

Output::~Output() {
  if (done_ || fd_ < 0) return;
  if (fd_ != STDOUT_FILENO) ::close(fd_);
  if (!tmp_.empty()) {
    ::unlink(tmp_.c_str());
    unguard_temp();
  }
}

void Output::write(std::string_view data) {
  int err = 0;
  if (!write_all(fd_, data, err)) throw CliError(fmt::format("{}: {}", fd_ == STDOUT_FILENO ? "stdout" : path_, reason(err)));
}

void Output::commit() {
  if (fd_ == STDOUT_FILENO) {
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
    if (::stat(path_.c_str(), &st) == 0) {
      mode = st.st_mode & 07777;
    } else {
      mode_t mask = ::umask(0);
      ::umask(mask);
      mode = 0666 & ~mask;
    }
    ::chmod(tmp_.c_str(), mode);
    if (::rename(tmp_.c_str(), path_.c_str()) != 0) {
      ok = false;
      err = errno;
    }
  }
  if (!tmp_.empty()) {
    if (!ok) ::unlink(tmp_.c_str());
    unguard_temp();
  }
  done_ = true;
  if (!ok) throw CliError(fmt::format("{}: {}", path_, reason(err)));
}

void write_output(const std::string& path, std::string_view data) {
  Output out(path);
  out.write(data);
  out.commit();
}

void write_stdout(std::string_view data) {
  int err = 0;
  if (!write_all(STDOUT_FILENO, data, err)) throw CliError(fmt::format("stdout: {}", reason(err)));
}

void print_error(std::string_view message) {
  std::string line = fmt::format("mseg: error: {}\n", message);
  int err = 0;
  write_all(STDERR_FILENO, line, err);
}

bool stdout_is_terminal() { return ::isatty(STDOUT_FILENO) == 1; }
bool stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

bool color_wanted(std::string_view choice) {
  if (choice == "always") return true;
  if (choice == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return stdout_is_terminal();
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
