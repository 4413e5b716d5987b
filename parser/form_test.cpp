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
  // Text that merely mentions %PDF- is text.
  CHECK(mseg::detect_form("Work plan\n%PDF-1.4 is a version") == Form::text);
  CHECK(std::string(mseg::to_string(Form::pdf)) == "pdf");
}
