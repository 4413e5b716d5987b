#include <mseg/form.hpp>

#include "docx_reader.hpp"

namespace mseg {

Form detect_form(std::string_view bytes) {
  if (layout::looks_like_docx(bytes)) return Form::docx;
  if (bytes.substr(0, 5) == "%PDF-") return Form::pdf;
  if (bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) return Form::doc;
  return Form::text;
}

const char* to_string(Form form) {
  switch (form) {
    case Form::docx: return "docx";
    case Form::pdf: return "pdf";
    case Form::doc: return "doc";
    case Form::text: break;
  }
  return "text";
}

}  // namespace mseg
