#!/usr/bin/env bash
# The registry knows every code the parser emits, at the parser's severity, and
# docs/diagnostics.md documents every code with its meaning, an example and the fix.
set -uo pipefail
source "$(dirname "$0")/lib.sh" "$1"

"$mseg" validate --list-rules > "$tmp/rules"
check "--list-rules: 0" test $? -eq 0
# Codes the parser's sources (and its resolve step, cite/) emit, as "severity code".
grep -ohE 'Severity::(error|warning|note), "[a-z0-9-]+"' parser/*.cpp cite/*.cpp \
  | sed -E 's/Severity::([a-z]+), "([a-z0-9-]+)"/\1 \2/' | sort -u > "$tmp/parser-codes"
check "found the parser's codes" test "$(wc -l < "$tmp/parser-codes")" -ge 10
while read -r severity code; do
  check "registry lists $code as $severity" grep -qE "^$code +$severity " "$tmp/rules"
done < "$tmp/parser-codes"

docs=docs/diagnostics.md
while read -r code severity _; do
  check "docs: section for $code" grep -qx "## \`$code\`" "$docs"
  section=$(awk -v h="## \`$code\`" '$0 == h {on = 1; next} /^## / {on = 0} on' "$docs")
  check "docs: $code gives its severity" grep -qi "severity: $severity" <<< "$section"
  check "docs: $code has an example" grep -q "^\*\*Example" <<< "$section"
  check "docs: $code says how to fix it" grep -q "^\*\*Fix" <<< "$section"
done < "$tmp/rules"
finish
