#include "convert_to_docx.hpp"

#include <mseg/parse.hpp>

#include <fmt/format.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>
#include <vector>

#include <mseg/form.hpp>

extern char** environ;

namespace mseg::cli {
namespace {

// soffice on PATH: its full name, or empty.
std::string find_soffice() {
  const char* path = std::getenv("PATH");
  if (!path) return {};
  std::string_view rest(path);
  while (!rest.empty()) {
    std::size_t colon = rest.find(':');
    std::string dir(rest.substr(0, colon));
    rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
    if (dir.empty()) continue;
    std::string candidate = dir + "/soffice";
    if (access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return {};
}

// How long LibreOffice may take over one file: MSEG_SOFFICE_TIMEOUT seconds, else two minutes. A damaged or
// hostile file must not hang mseg (a review's finding: it waited for soffice for ever).
int soffice_timeout() {
  if (const char* v = std::getenv("MSEG_SOFFICE_TIMEOUT")) {
    char* end = nullptr;
    const long n = std::strtol(v, &end, 10);
    if (end != v && *end == '\0' && n > 0 && n <= 86400) return static_cast<int>(n);
  }
  return 120;
}

struct TempDir {
  std::filesystem::path path;
  ~TempDir() {
    std::error_code ec;
    if (!path.empty()) std::filesystem::remove_all(path, ec);
  }
};

}  // namespace

std::optional<Converted> convert_to_docx(std::string& bytes) {
  const Form form = detect_form(bytes);
  // A password-protected .docx is an OLE2 file too: no LibreOffice can open it without the password, and the
  // parser says so.
  if ((form != Form::doc && form != Form::odt) || encrypted_office_file(bytes)) return std::nullopt;
  const std::string soffice = find_soffice();
  if (soffice.empty()) return std::nullopt;
  const std::string ext = to_string(form);
  const std::string what = form == Form::doc ? "a Word 97 .doc file" : "an OpenDocument .odt file";
  // A private folder (mode 0700) for the copy, the result and LibreOffice's own profile, so
  // that a user's running LibreOffice cannot block the conversion nor see the plan.
  TempDir dir;
  std::string pattern = (std::filesystem::temp_directory_path() / "mseg-doc-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw InputError(fmt::format("cannot make a temporary folder to convert the .{} file", ext));
  dir.path = pattern;
  const auto doc = dir.path / ("plan." + ext);
  {
    std::ofstream out(doc, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw InputError(fmt::format("cannot write the .{} file to a temporary folder for LibreOffice", ext));
  }
  std::vector<std::string> args = {soffice,
                                    "-env:UserInstallation=file://" + (dir.path / "profile").string(),
                                    "--headless",
                                    "--convert-to",
                                    "docx",
                                    "--outdir",
                                    dir.path.string(),
                                    doc.string()};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  // LibreOffice's chatter is not ours to print.
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  // A process group of its own, so that a conversion that takes too long is ended with the processes soffice
  // starts (soffice.bin).
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attr, 0);
  pid_t pid = 0;
  int spawned = posix_spawn(&pid, soffice.c_str(), &actions, &attr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (spawned != 0) throw InputError(fmt::format("{}: cannot run {}", what, soffice));
  int status = 0;
  const int timeout = soffice_timeout();
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout);
  for (;;) {
    const pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid || (done < 0 && errno != EINTR)) break;
    if (std::chrono::steady_clock::now() >= deadline) {
      kill(-pid, SIGKILL);
      while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
      throw InputError(fmt::format("{}: LibreOffice did not convert it within {} s (MSEG_SOFFICE_TIMEOUT)", what, timeout));
    }
    usleep(20'000);
  }
  std::ifstream in(dir.path / "plan.docx", std::ios::binary);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !in)
    throw InputError(fmt::format("{} that LibreOffice could not convert to .docx (damaged?)", what));
  std::ostringstream s;
  s << in.rdbuf();
  Converted converted{ext, std::move(bytes)};
  bytes = s.str();
  return converted;
}

}  // namespace mseg::cli
