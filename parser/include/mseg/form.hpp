// Which form a plan's bytes are in, by their magic bytes, never the file's
// name: a .docx renamed .txt is still a zip, and text is what is left.
#pragma once

#include <string_view>

namespace mseg {

enum class Form { text, docx, pdf, doc, odt };

// PK\x03\x04 with word/document.xml: docx; %PDF- at the start (after white space or a UTF-8 BOM, or on a line of
// the first 1024 bytes of a file with %%EOF in its last 1024, as after a mail's headers): pdf; D0 CF 11 E0 A1 B1 1A E1 (OLE2): doc; PK\x03\x04
// whose first entry is OpenDocument text's `mimetype` (LibreOffice's own form): odt.
Form detect_form(std::string_view bytes);
const char* to_string(Form form);  // "text", "docx", "pdf", "doc", "odt"

// Whether the bytes are an OLE2 file holding an EncryptedPackage stream: a .docx (or .xlsx, .pptx) saved with a
// password, which the OLE2 magic would otherwise take for a Word 97 .doc.
bool encrypted_office_file(std::string_view bytes);
// Whether the bytes are a zip package that is no .docx nor .odt (an .xlsx, a .pptx, an archive): not text either.
bool zip_not_docx(std::string_view bytes);

// Whether bytes that begin so may be a form that holds NUL bytes by nature (a
// zip, a PDF, an OLE2 file), judged from the first 8 bytes (fewer: the whole
// input; a PDF's header on a line of the first 1024 bytes, from what is given): a reader of a
// pipe looks for NUL bytes only in what is not.
bool may_be_binary_form(std::string_view first_bytes);

}  // namespace mseg
