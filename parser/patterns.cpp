#include "patterns.hpp"

namespace mseg::patterns {
namespace {
// Patterns live for the whole run; leaking them avoids destruction-order issues at exit.
const RE2& compile(const char* pattern) {
  auto* re = new RE2(pattern, RE2::Quiet);
  return *re;
}
}  // namespace

const RE2& directive_number() {
  static const RE2& re = compile(R"(^(\d{1,3}[A-Za-z]?)\.\s*|^(\d{1,3}[A-Za-z])\s+)");
  return re;
}
const RE2& priority_number() {
  static const RE2& re = compile(R"(^(\d{1,3}\.\d{1,3})\.?\s+)");
  return re;
}
const RE2& bogor_goal() {
  static const RE2& re = compile(R"((?i)^bogor\s+goals?$)");
  return re;
}
const RE2& statement_citation() {
  static const RE2& re = compile(
      R"((?i)^((?:[\pL'’‘`]+\s+){0,5}?)(statement|declaration|communiqu[eé])\s+(\d{4})(?:\s*[,;:]\s*(.+?))?$)");
  return re;
}
const RE2& citation_like() {
  static const RE2& re =
      compile(R"((?i)\b(?:1[89]|2[0-9])\d\d\b|\b(?:statement|declaration|communiqu[eé]|goals?)\b)");
  return re;
}
const RE2& group_naming() {
  static const RE2& re = compile(R"(^\s*The\s+(.+?)\s+\(([A-Z][A-Za-z0-9&-]*[A-Z0-9])\)\s)");
  return re;
}

}  // namespace mseg::patterns
