#include "io.hpp"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
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

std::string read_fd(int fd, const std::string& name, std::uint64_t max_bytes) {
  std::string out;
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
    out = read_fd(fd, path, max_bytes);
  } catch (...) {
    ::close(fd);
    throw;
  }
  ::close(fd);
  return out;
}

void write_output(const std::string& path, std::string_view data) {
  if (path == "-") {
    write_stdout(data);
    return;
  }
  std::string dir = ".";
  if (auto slash = path.rfind('/'); slash != std::string::npos) dir = slash == 0 ? "/" : path.substr(0, slash);
  // Devices and pipes (/dev/full, /dev/stdout) cannot be replaced by rename: write to them directly.
  struct stat target {};
  if (::stat(path.c_str(), &target) == 0 && !S_ISREG(target.st_mode)) {
    if (S_ISDIR(target.st_mode)) throw CliError(fmt::format("{}: is a directory", path));
    int out = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (out < 0) throw CliError(fmt::format("{}: {}", path, reason(errno)));
    int err = 0;
    bool ok = write_all(out, data, err);
    if (::close(out) != 0 && ok) {
      ok = false;
      err = errno;
    }
    if (!ok) throw CliError(fmt::format("{}: {}", path, reason(err)));
    return;
  }
  // A temporary beside the target so rename() stays on one file system.
  std::string tmp = path + ".mseg-XXXXXX";
  int fd = ::mkstemp(tmp.data());
  if (fd < 0) throw CliError(fmt::format("{}: cannot create a temporary file in {}: {}", path, dir, reason(errno)));
  int err = 0;
  bool ok = write_all(fd, data, err);
  if (ok && ::fsync(fd) != 0) {
    ok = false;
    err = errno;
  }
  if (::close(fd) != 0 && ok) {
    ok = false;
    err = errno;
  }
  if (ok) {
    // Keep the mode an existing file had; a new one gets the usual 0666 & ~umask.
    struct stat st {};
    mode_t mode = 0;
    if (::stat(path.c_str(), &st) == 0) {
      mode = st.st_mode & 07777;
    } else {
      mode_t mask = ::umask(0);
      ::umask(mask);
      mode = 0666 & ~mask;
    }
    ::chmod(tmp.c_str(), mode);
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
      ok = false;
      err = errno;
    }
  }
  if (!ok) {
    ::unlink(tmp.c_str());
    throw CliError(fmt::format("{}: {}", path, reason(err)));
  }
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
