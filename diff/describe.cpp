#include "describe.hpp"

#include <fmt/format.h>

namespace mseg::diff {
namespace {

std::string list(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) {
    if (!out.empty()) out += ", ";
    out += s;
  }
  return out;
}

std::string one(const std::vector<std::string>& v) { return v.empty() ? "(none)" : v.front(); }

}  // namespace

std::string summary_line(const DiffSummary& s) {
  return fmt::format("{} modified, {} moved, {} removed, {} added, {} unchanged", s.modified, s.moved, s.removed,
                     s.added, s.unchanged);
}

std::string describe_field(const FieldChange& f, std::string_view arrow) {
  if (f.list) {
    std::string out;
    if (!f.removed.empty()) out += "removed " + list(f.removed);
    if (!f.added.empty()) out += (out.empty() ? "" : "; ") + std::string("added ") + list(f.added);
    // Same values, different identity (e.g. a pinpoint changed): show both lists.
    if (out.empty()) out = fmt::format("{} {} {}", list(f.old_values), arrow, list(f.new_values));
    return out;
  }
  std::string out = fmt::format("{} {} {}", one(f.old_values), arrow, one(f.new_values));
  if (!f.direction.empty()) out += fmt::format(" ({})", f.direction);
  return out;
}

std::string similarity_text(double s) { return fmt::format("{:.2f}", s); }

}  // namespace mseg::diff
