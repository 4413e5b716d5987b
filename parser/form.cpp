#include <mseg/form.hpp>

#include <algorithm>

#include "docx_reader.hpp"

namespace mseg {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Where a PDF's header starts: at the first byte, or after white space that a mail or a transfer put before it
// (a line break: PDF readers look for the header in the first 1024 bytes, and poppler reads such a file; a
// helper's finding: refused as "contains NUL bytes", a text file's message). npos: no PDF header.
std::size_t pdf_header_at(std::string_view bytes) {
  // A UTF-8 byte order mark first, as an editor or a download may put there (a helper's finding: refused as
  // "contains NUL bytes", where pdftotext reads the file).
  const std::size_t from = bytes.starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0;
  std::size_t i = bytes.substr(from, 1024 - from).find_first_not_of(" \t\r\n");
  if (i == std::string_view::npos) return i;
  i += from;
  return bytes.substr(i).starts_with("%PDF-") ? i : std::string_view::npos;
}

// Whether a line of the first 1024 bytes starts with a PDF's header: what a mail's or a server's headers put
// before it leaves a PDF all the same (poppler reads it), while text may mention "%PDF-1.4" on a line of its own.
bool pdf_header_on_a_line(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 1024);
  for (std::size_t at = head.find("%PDF-"); at != std::string_view::npos; at = head.find("%PDF-", at + 1))
    if (at == 0 || head[at - 1] == '\n' || head[at - 1] == '\r' || (at == 3 && head.starts_with(kUtf8Bom))) return true;
  return false;
}

// Whether the bytes end as a PDF does: its end-of-file marker in the last 1024 bytes, where PDF readers look for
// it (a mail's closing boundary may follow it: a helper's finding, refused as "contains NUL bytes").
bool ends_as_pdf(std::string_view bytes) {
  return bytes.substr(bytes.size() > 1024 ? bytes.size() - 1024 : 0).find("%%EOF") != std::string_view::npos;
}

constexpr std::string_view kZip{"PK\x03\x04", 4};
constexpr std::string_view kOle2{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8};

// OpenDocument's package names its type in a first entry, stored, at a fixed place (ODF 1.2, part 3, 3.3): a
// local header of 30 bytes, the name "mimetype", then the type; the type itself, not a template's or a master
// document's ("...text-template").
bool is_odt(std::string_view bytes) {
  constexpr std::string_view kOdt = "mimetypeapplication/vnd.oasis.opendocument.text";
  return bytes.size() > 30 && bytes.starts_with(kZip) && bytes.substr(30).starts_with(kOdt) &&
         !bytes.substr(30 + kOdt.size()).starts_with("-");
}

}  // namespace

Form detect_form(std::string_view bytes) {
  if (layout::looks_like_docx(bytes)) return Form::docx;
  // The header first, after white space at most; or on a line of its own in the first 1024 bytes of a file that
  // ends as a PDF (after a mail's headers: a helper's finding, refused as "contains NUL bytes").
  if (pdf_header_at(bytes) != std::string_view::npos || (pdf_header_on_a_line(bytes) && ends_as_pdf(bytes)))
    return Form::pdf;
  if (bytes.starts_with(kOle2)) return Form::doc;
  if (is_odt(bytes)) return Form::odt;
  return Form::text;
}

bool encrypted_office_file(std::string_view bytes) {
  // The stream's name in the compound file's directory, in UTF-16LE.
  constexpr std::string_view kEncryptedPackage{"E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32};
  return bytes.starts_with(kOle2) && bytes.find(kEncryptedPackage) != std::string_view::npos;
}

bool zip_not_docx(std::string_view bytes) {
  return bytes.starts_with(kZip) && !layout::looks_like_docx(bytes) && !is_odt(bytes);
}

bool may_be_binary_form(std::string_view first_bytes) {
  if (first_bytes.empty()) return false;
  if (pdf_header_on_a_line(first_bytes)) return true;  // its end is not in yet: detect_form tells, once it is
  for (std::string_view magic : {kZip, std::string_view("%PDF-"), kOle2}) {
    const std::size_t n = std::min(first_bytes.size(), magic.size());
    if (first_bytes.substr(0, n) == magic.substr(0, n)) return true;
  }
  return false;
}

const char* to_string(Form form) {
  switch (form) {
    case Form::docx: return "docx";
    case Form::pdf: return "pdf";
    case Form::doc: return "doc";
    case Form::odt: return "odt";
    case Form::text: break;
  }
  return "text";
}

}  // namespace mseg
