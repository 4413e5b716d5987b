// A Word 97 .doc (the 2006 and 2007 plans were first circulated so) or an
// OpenDocument .odt (LibreOffice's own form) is read by having LibreOffice
// convert it to .docx: the library does no I/O and runs no programs, so the CLI
// does this before parsing.
#pragma once

#include <optional>
#include <string>

namespace mseg::cli {

// What a conversion started from.
struct Converted {
  std::string format;    // source.format: "doc" or "odt"
  std::string original;  // the file's own bytes, which the plan's source describes
};

// When `bytes` is a .doc (OLE2 magic) or an .odt and soffice is on PATH: converts it in a
// private temporary folder, replaces `bytes` with the .docx and returns the form and the
// file's own bytes (LibreOffice's .docx differs at each conversion: its hash would too).
// Otherwise (another form, or no soffice): nullopt, the bytes left, which the library
// refuses with the message that says to install LibreOffice or save as .docx. Throws
// InputError when LibreOffice is there but fails.
std::optional<Converted> convert_to_docx(std::string& bytes);

}  // namespace mseg::cli
