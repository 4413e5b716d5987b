// Diagnostics as the parser's stages report them: located by a view into the
// decoded text, so a stage needs no knowledge of lines or byte offsets. The
// assembler turns `where` into a Span.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <mseg/plan.hpp>

namespace mseg {

struct Finding {
  Severity severity;
  std::string code;
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
