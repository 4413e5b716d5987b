#include <mseg/form.hpp>

#include <algorithm>

#include "docx_reader.hpp"

namespace mseg {

Form detect_form(std::string_view bytes) {
  if (layout::looks_like_docx(bytes)) return Form::docx;
  if (bytes.substr(0, 5) == "%PDF-") return Form::pdf;
  if (bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) return Form::doc;
  // OpenDocument's package names its type in a first entry, stored, at a fixed place (ODF 1.2, part 3, 3.3): a
  // local header of 30 bytes, the name "mimetype", then the type.
  constexpr std::string_view kOdt = "mimetypeapplication/vnd.oasis.opendocument.text";
  // The type itself, not a template's or a master document's ("...text-template").
  if (bytes.size() > 30 && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4) && bytes.substr(30).starts_with(kOdt) &&
      !bytes.substr(30 + kOdt.size()).starts_with("-"))
    return Form::odt;
  return Form::text;
}

bool may_be_binary_form(std::string_view first_bytes) {
  if (first_bytes.empty()) return false;
  for (std::string_view magic : {std::string_view("PK\x03\x04"), std::string_view("%PDF-"),
                                 std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)}) {
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
