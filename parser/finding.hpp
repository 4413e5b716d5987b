// A diagnostic as the parser's stages report it: the code (mseg/diagnostics.def
// gives its severity) located by a view into the decoded text, so a stage needs
// no knowledge of lines or byte offsets. The assembler turns it into a
// Diagnostic, `where` into a Span.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <mseg/diagnostics.hpp>

namespace mseg {

struct Finding {
  DiagnosticCode code;
  std::string message;
  std::string_view where;  // must point into the decoded text
  // A safe repair (mseg::Fix): the text at fix_where becomes fix_text; none when fix_where is null.
  std::string_view fix_where = {};
  std::string fix_text = {};
  std::string fix_description = {};  // "replace 'X' with 'Y'" when empty
  bool fix_safe = true;
};

using Findings = std::vector<Finding>;

}  // namespace mseg
