// mseg validate --fix: applying diagnostics' safe fixes to a text plan's bytes,
// and showing them as a unified diff (--fix --dry-run). No I/O here.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <mseg/plan.hpp>

namespace mseg::lint {

struct FixedText {
  std::string bytes;        // the plan with the fixes applied
  std::size_t applied = 0;  // fixes applied
  std::size_t skipped = 0;  // safe fixes left out: overlapping an earlier one
};

// Applies the safe fixes of `diagnostics` (spans from check_plan on these
// very bytes) in file order; a fix overlapping one already applied is skipped.
// Unsafe fixes are never applied. `encoding` is the bytes' as check_plan found
// it (FileReport::encoding). Throws InputError for bytes a fix cannot be
// written into: a UTF-16 plan, where mseg's UTF-8 replacement text would not fit.
FixedText apply_fixes(std::string_view bytes, std::string_view encoding, const std::vector<Diagnostic>& diagnostics);

// `diff -u` of two versions of one file, headed "--- a/PATH" and "+++ b/PATH",
// with 3 lines of context; "" when they are equal. Fixes change lines but never
// add or remove one, so lines are paired by number; versions with different
// line counts are shown as one hunk replacing the whole file.
std::string unified_diff(std::string_view before, std::string_view after, const std::string& path);

}  // namespace mseg::lint
