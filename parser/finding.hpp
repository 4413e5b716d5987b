// A diagnostic as the parser's stages report it: the code (mseg/diagnostics.def
// gives its severity) located by a view into the decoded text, so a stage needs
// no knowledge of lines or byte offsets. The assembler turns it into a
// Diagnostic, `where` into a Span.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <mseg/diagnostics.hpp>

namespace mseg {

// A repair (mseg::Fix): the text at `where` becomes `text`.
struct FindingFix {
  std::string_view where;  // must point into the decoded text
  std::string text;
  std::string description = {};  // "replace 'X' with 'Y'" when empty
  bool safe = true;
};

struct Finding {
  DiagnosticCode code;
  std::string message;
  std::string_view where;  // must point into the decoded text
  // Few findings have a repair: held apart, a finding is 64 bytes, not 144 (a column-blocks plan's reader
  // makes some 50,000 notes).
  std::unique_ptr<FindingFix> fix = {};
};

using Findings = std::vector<Finding>;

}  // namespace mseg
