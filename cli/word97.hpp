// A Word 97 .doc (the 2006 and 2007 plans were first circulated so) is read by
// having LibreOffice convert it to .docx: the library does no I/O and runs no
// programs, so the CLI does this before parsing.
#pragma once

#include <optional>
#include <string>

namespace mseg::cli {

// When `bytes` is a .doc (OLE2 magic) and soffice is on PATH: converts it in a
// private temporary folder, replaces `bytes` with the .docx and returns the
// .doc's own bytes, which the plan's source describes (LibreOffice's .docx
// differs at each conversion: its hash would too). Without soffice: nullopt,
// the bytes left, which the library refuses with the message that says to
// install LibreOffice or save as .docx. Throws InputError when LibreOffice is
// there but fails.
std::optional<std::string> convert_word97(std::string& bytes);

}  // namespace mseg::cli
