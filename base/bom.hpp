// The UTF-8 byte order mark, which Windows editors put at the start of text
// files (plans and plan JSON alike) and which counts as no character.
#pragma once

#include <string_view>

namespace mseg::bom {

inline constexpr std::string_view kUtf8 = "\xEF\xBB\xBF";

inline bool starts_utf8(std::string_view bytes) { return bytes.substr(0, kUtf8.size()) == kUtf8; }

// The bytes after a leading UTF-8 BOM, or all of them when there is none.
inline std::string_view skip_utf8(std::string_view bytes) {
  return starts_utf8(bytes) ? bytes.substr(kUtf8.size()) : bytes;
}

// Why a file with a NUL byte is not read: " (binary file?)"; a PDF with bytes before its header; or, when its
// first bytes are ASCII text with a NUL beside every character, that it looks like UTF-16 without a byte order
// mark (`iconv -t UTF-16LE` writes none; a new user's finding: "binary file?" for a plan). Such a file is not
// guessed at: the reason tells how to save it.
inline std::string_view nul_reason(std::string_view bytes) {
  // A PDF after bytes that are neither white space nor a mail's headers (NULs, a stray character): not read as a
  // PDF, and not said to be a binary file of no kind (a helper's finding).
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos)
    return ": a PDF whose header (%PDF-) stands after other bytes; remove what stands before it, or save the PDF "
           "again";
  // Not after a UTF-8 BOM: the halves would be read a byte off (a second review's finding).
  if (starts_utf8(bytes)) return " (binary file?)";
  const std::size_t n = bytes.size() < 128 ? bytes.size() & ~std::size_t{1} : 128;
  if (n < 8) return " (binary file?)";
  const auto text = [](char c) { return (c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n' || c == '\r'; };
  // Most characters ASCII, each beside a NUL: an accent or a dash here and there has a byte of its own there.
  std::size_t le = 0, be = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    le += text(bytes[i]) && bytes[i + 1] == '\0';
    be += bytes[i] == '\0' && text(bytes[i + 1]);
  }
  const std::size_t pairs = n / 2, most = pairs - pairs / 8;
  if (le >= most || be >= most)
    return le >= most ? ": it looks like UTF-16 (little-endian) without a byte order mark; save it as UTF-8, or as UTF-16 "
                "with one (iconv -f UTF-16LE -t UTF-8)"
              : ": it looks like UTF-16 (big-endian) without a byte order mark; save it as UTF-8, or as UTF-16 "
                "with one (iconv -f UTF-16BE -t UTF-8)";
  return " (binary file?)";
}

}  // namespace mseg::bom
