#include "backup.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "io.hpp"

namespace mseg::cli {
namespace {

[[noreturn]] void fail(const std::string& backup, int err) {
  if (err == EEXIST)
    throw CliError(fmt::format("{}: exists already; move it away first (mseg never overwrites a backup)", backup));
  throw CliError(fmt::format("{}: cannot keep the original: {}", backup, std::strerror(err)));
}

// O_EXCL: created here or not at all, so an existing backup is never touched.
void copy_to(const std::string& backup, std::string_view bytes, mode_t mode) {
  const int fd = ::open(backup.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
  if (fd < 0) fail(backup, errno);
  int err = 0;
  while (!bytes.empty() && err == 0) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno != EINTR) err = errno;
    if (n > 0) bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  if (err == 0 && ::fsync(fd) != 0) err = errno;
  if (::close(fd) != 0 && err == 0) err = errno;
  if (err != 0) {
    ::unlink(backup.c_str());
    fail(backup, err);
  }
}

}  // namespace

void keep_backup(const std::string& path, const std::string& backup, std::string_view bytes) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) fail(path, errno);
  // A link is atomic and exact; the file is then replaced by rename, so the
  // link keeps the old content. Only a file still of the size read is linked.
  // Linked to what a symbolic link names (AT_SYMLINK_FOLLOW): a link to the
  // symbolic link itself would show the fixed plan written through it, the
  // original lost (a reviewer's finding).
  if (static_cast<std::uint64_t>(st.st_size) == bytes.size()) {
    if (::linkat(AT_FDCWD, path.c_str(), AT_FDCWD, backup.c_str(), AT_SYMLINK_FOLLOW) == 0) return;
    if (errno == EEXIST) fail(backup, EEXIST);
  }
  copy_to(backup, bytes, st.st_mode & 0777);
}

}  // namespace mseg::cli
