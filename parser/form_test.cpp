#include <mseg/form.hpp>

#include <doctest/doctest.h>

#include <string>

using mseg::Form;

TEST_CASE("form: magic bytes decide, not the name") {
  CHECK(mseg::detect_form("\tDirectives\n") == Form::text);
  CHECK(mseg::detect_form("%PDF-1.7\n...") == Form::pdf);
  CHECK(mseg::detect_form(std::string("PK\x03\x04", 4) + "....word/document.xml") == Form::docx);
  // A zip that is not a Word package (an .xlsx, say) is not a .docx.
  CHECK(mseg::detect_form(std::string("PK\x03\x04", 4) + "....xl/workbook.xml") == Form::text);
  CHECK(mseg::detect_form(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + "rest") == Form::doc);
  // OpenDocument text: its first entry, stored, names the type (a helper's finding: an .odt was refused as
  // "contains NUL bytes at byte 5").
  const std::string odt_head = std::string("PK\x03\x04", 4) + std::string(26, '\0') + "mimetype";
  CHECK(mseg::detect_form(odt_head + "application/vnd.oasis.opendocument.text") == Form::odt);
  // A spreadsheet or a presentation in OpenDocument is neither.
  CHECK(mseg::detect_form(odt_head + "application/vnd.oasis.opendocument.spreadsheet") == Form::text);
  CHECK(mseg::detect_form(odt_head + "application/vnd.oasis.opendocument.text-template") == Form::text);
  CHECK(std::string(mseg::to_string(Form::odt)) == "odt");
  CHECK(mseg::detect_form(std::string("PK\x03\x04", 4)) == Form::text);  // shorter than the entry's header
  // Text that merely mentions %PDF- is text.
  CHECK(mseg::detect_form("Work plan\n%PDF-1.4 is a version") == Form::text);
  CHECK(std::string(mseg::to_string(Form::pdf)) == "pdf");
}

TEST_CASE("form: a PDF after white space, a password-protected .docx, a zip that is no .docx") {
  // Helpers' findings, each refused as "contains NUL bytes", a text file's message.
  // A line break a mail or a transfer put before the header: PDF readers look in the first 1024 bytes.
  CHECK(mseg::detect_form("\r\n%PDF-1.7\n...") == Form::pdf);
  CHECK(mseg::may_be_binary_form("\r\n%PDF-1.7"));
  CHECK(mseg::detect_form(std::string(1100, '\n') + "%PDF-1.7") == Form::text);  // past the first 1024 bytes
  CHECK(mseg::detect_form("Plan\n%PDF-1.7") == Form::text);                      // after text, not white space
  // After a mail's headers, in a file that ends as a PDF does.
  CHECK(mseg::detect_form("Content-Type: application/pdf\n\n%PDF-1.6\n...\n%%EOF\n") == Form::pdf);
  CHECK(mseg::detect_form("Content-Type: application/pdf\n\n%PDF-1.6\n...\n") == Form::text);
  CHECK(mseg::detect_form("A note: %PDF-1.6 ...\n%%EOF") == Form::text);  // mid-line
  CHECK(mseg::may_be_binary_form("Subject: plan\n\n%PDF-1.6"));
  // An adversarial helper's findings: a UTF-8 byte order mark before the header, and a mail's closing boundary
  // after %%EOF (PDF readers look for it in the last 1024 bytes), both read by poppler.
  CHECK(mseg::detect_form("\xEF\xBB\xBF%PDF-1.7\n...") == Form::pdf);
  CHECK(mseg::may_be_binary_form("\xEF\xBB\xBF%PDF-1.7"));
  CHECK(mseg::detect_form("Subject: plan\n\n%PDF-1.6\n...\n%%EOF\n\n--boundary--\n") == Form::pdf);
  CHECK(mseg::detect_form("Subject: plan\n\n%PDF-1.6\n...%%EOF" + std::string(1100, '\n') + "end") == Form::text);
  // Word's Encrypt with Password writes an OLE2 compound file with an EncryptedPackage stream.
  const std::string ole = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(64, '\0');
  const std::string name{"E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32};
  CHECK(mseg::encrypted_office_file(ole + name));
  CHECK_FALSE(mseg::encrypted_office_file(ole + "WordDocument"));  // a Word 97 .doc
  CHECK_FALSE(mseg::encrypted_office_file("EncryptedPackage"));
  CHECK(mseg::zip_not_docx(std::string("PK\x03\x04", 4) + "....xl/workbook.xml"));
  CHECK_FALSE(mseg::zip_not_docx(std::string("PK\x03\x04", 4) + "....word/document.xml"));
  CHECK_FALSE(mseg::zip_not_docx("\tDirectives\n"));
}
