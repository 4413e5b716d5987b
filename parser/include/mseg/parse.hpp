// Parsing a work plan from bytes in memory. The library does no I/O: the
// caller reads the file and passes its bytes and the name to report.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <mseg/plan.hpp>

namespace mseg {
namespace cite {
class Registry;
}

// Thrown when the bytes cannot be read as a plan at all (empty, NUL bytes,
// broken UTF-16). what() is the reason alone, without the file name.
struct InputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct ParseOptions {
  std::string path = "-";  // what source.path reports; never opened
  // Where citations are resolved (mseg/registry.hpp); null: the built-in registry.
  const cite::Registry* registry = nullptr;
  // The layout reader to read the text with (docs/format.md: "tab-cells",
  // "side-by-side", "column-blocks", "markdown"); empty: detected from the text.
  // A name not known throws InputError.
  std::string layout = {};
  // A .docx part may inflate to at most this many bytes (0: 256 MiB); the CLI passes --max-bytes.
  std::uint64_t max_inflated = 0;
  // The form the caller converted the bytes from ("doc": a Word 97 file LibreOffice
  // turned into .docx; "odt", an OpenDocument one), for source.format; empty: the bytes' own form.
  std::string converted_from = {};
  // With converted_from: the bytes converted, which source.sha256 and source.bytes
  // describe (the file the user gave, not the conversion); must outlive the call.
  std::string_view original = {};
  // The threads one document may use: 1, this thread only (for a program that
  // keeps the cores busy with plans of its own, as mseg parse --jobs does);
  // any other value, as many as help (a PDF of 8 or more pages is read on two).
  unsigned threads = 0;
  // false: only diagnostics of severity error are kept, the others dropped as
  // they are found (mseg query and diff read no warnings or notes: in a plan
  // of many, such as a warning for every tag, they were most of its memory).
  bool warnings = true;
  // false: diagnostics carry no repair (Diagnostic::fix), which plan JSON never
  // writes: mseg parse drops them, so that a plan with a fix for each of its
  // 400,000 tags does not hold 400,000 unread fixes (issue 20 item 12).
  bool fixes = true;
};

// How many PDFs are being read in this process now, in any thread. poppler's
// allocator, unlike the rest of mseg, does not throw when memory runs out: it
// writes "Out of memory" and calls abort(). A program's SIGABRT handler may ask
// this (it is async-signal-safe) to tell that abort from others: mseg's ends
// the run as running out of memory ends it, exit 2 (docs/reliability.md).
int pdf_reads_in_progress() noexcept;

// The layout readers' names, for ParseOptions::layout (docs/format.md).
std::vector<std::string> layout_names();

// Reads a plan from its original bytes (any supported encoding). Problems in
// the plan become diagnostics in the result; only unreadable input throws.
Plan parse_plan(std::string_view bytes, const ParseOptions& options = {});

// As above, also giving the text the plan's spans count lines and columns in,
// for showing a line under a message: a text plan's text, decoded; a .docx's
// or .pdf's tab-cell text as its reader laid it out. The document is read and
// laid out once (mseg validate). For a text plan that was UTF-8 already
// (`source.encoding` "utf-8" or "utf-8-bom", no byte replaced) it is left
// empty: that text is `bytes` itself less a leading BOM, and a large plan is
// not held twice. (Other text may be empty too: a UTF-16 file of a BOM alone.)
Plan parse_plan(std::string_view bytes, const ParseOptions& options, std::string& source_text);

// As above, handing the plan to `sink` piece by piece; what parse_plan would
// return is exactly what the sink receives. Throws InputError (before begin)
// for unreadable input, and passes on whatever the sink throws.
void parse_plan(std::string_view bytes, const ParseOptions& options, PlanSink& sink);

// Both: the plan to `sink` piece by piece, and its source text as the overload
// with `source_text` gives it (mseg validate, which checks a plan a section at
// a time and shows the lines its findings are on).
void parse_plan(std::string_view bytes, const ParseOptions& options, PlanSink& sink, std::string& source_text);

}  // namespace mseg
