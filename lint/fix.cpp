#include <mseg/fix.hpp>
#include <mseg/parse.hpp>

#include <fmt/format.h>

#include <algorithm>


namespace mseg::lint {
namespace {

// Lines with their endings, so the diff reproduces the file exactly.
std::vector<std::string_view> lines_of(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t begin = 0;
  while (begin < s.size()) {
    std::size_t end = s.find('\n', begin);
    end = end == std::string_view::npos ? s.size() : end + 1;
    out.push_back(s.substr(begin, end - begin));
    begin = end;
  }
  return out;
}

void append_line(std::string& out, char mark, std::string_view line) {
  out.push_back(mark);
  out += line;
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

// "@@ -start,count +start,count @@" as diff -u writes it: an empty range starts one line earlier.
std::string range(std::size_t first, std::size_t count) {
  return count == 1 ? fmt::format("{}", first + 1) : fmt::format("{},{}", count == 0 ? first : first + 1, count);
}

}  // namespace

FixedText apply_fixes(std::string_view bytes, std::string_view encoding, const std::vector<Diagnostic>& diagnostics) {
  std::vector<const Fix*> fixes;
  for (const auto& d : diagnostics)
    if (d.fix && d.fix->safe) fixes.push_back(&*d.fix);
  FixedText out;
  if (fixes.empty()) {
    out.bytes = std::string(bytes);
    return out;
  }
  if (encoding == "utf-16le" || encoding == "utf-16be")
    throw InputError("--fix rewrites UTF-8 and Windows-1252 plans only; this one is " + std::string(encoding));
  std::stable_sort(fixes.begin(), fixes.end(), [](const Fix* a, const Fix* b) { return a->span.offset < b->span.offset; });
  std::uint64_t done = 0;  // end of the last fix applied
  for (const Fix* f : fixes) {
    const std::uint64_t begin = f->span.offset, end = f->span.offset + f->span.length;
    // Replacement texts are ASCII, the same bytes in Windows-1252 as in UTF-8.
    const bool ascii = std::all_of(f->text.begin(), f->text.end(), [](char c) { return (c & 0x80) == 0; });
    if (begin < done || end > bytes.size() || (!ascii && encoding == "windows-1252")) {
      ++out.skipped;
      continue;
    }
    out.bytes.append(bytes.substr(done, begin - done));
    out.bytes += f->text;
    done = end;
    ++out.applied;
  }
  out.bytes.append(bytes.substr(done));
  return out;
}

std::string unified_diff(std::string_view before, std::string_view after, const std::string& path) {
  if (before == after) return {};
  const auto a = lines_of(before), b = lines_of(after);
  std::string out = fmt::format("--- a/{}\n+++ b/{}\n", path, path);
  if (a.size() != b.size()) {
    out += fmt::format("@@ -{} +{} @@\n", range(0, a.size()), range(0, b.size()));
    for (auto line : a) append_line(out, '-', line);
    for (auto line : b) append_line(out, '+', line);
    return out;
  }
  constexpr std::size_t kContext = 3;
  std::vector<std::size_t> changed;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) changed.push_back(i);
  for (std::size_t k = 0; k < changed.size();) {
    // One hunk: changes whose contexts touch or overlap.
    std::size_t last = k;
    while (last + 1 < changed.size() && changed[last + 1] - changed[last] <= 2 * kContext + 1) ++last;
    const std::size_t first_line = changed[k] > kContext ? changed[k] - kContext : 0;
    const std::size_t end_line = std::min(a.size(), changed[last] + kContext + 1);
    const std::size_t n = end_line - first_line;
    out += fmt::format("@@ -{} +{} @@\n", range(first_line, n), range(first_line, n));
    for (std::size_t i = first_line; i < end_line;) {
      if (a[i] == b[i]) {
        append_line(out, ' ', a[i++]);
        continue;
      }
      // A run of changed lines: all of the old, then all of the new, as diff -u does.
      std::size_t j = i;
      while (j < end_line && a[j] != b[j]) ++j;
      for (std::size_t x = i; x < j; ++x) append_line(out, '-', a[x]);
      for (std::size_t x = i; x < j; ++x) append_line(out, '+', b[x]);
      i = j;
    }
    k = last + 1;
  }
  return out;
}

}  // namespace mseg::lint
