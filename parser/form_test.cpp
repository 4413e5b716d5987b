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
