// A Word 97 .doc (the 2006 and 2007 plans were first circulated so) is read by
// having LibreOffice convert it to .docx: the library does no I/O and runs no
// programs, so the CLI does this before parsing.
#pragma once

#include <string>

namespace mseg::cli {

// When `bytes` is a .doc (OLE2 magic) and soffice is on PATH: converts it in a
// private temporary folder, replaces `bytes` with the .docx and returns true.
// Without soffice: returns false and leaves the bytes, which the library
// refuses with the message that says to install LibreOffice or save as .docx.
// Throws InputError when LibreOffice is there but fails.
bool convert_word97(std::string& bytes);

}  // namespace mseg::cli
