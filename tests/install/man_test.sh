#!/usr/bin/env bash
# The man page says what --help says: a section per subcommand with every
# option and its help text, every example and exit status from the footers,
# and the environment variables the CLI reads. It renders without warnings.
# usage: man_test.sh MSEG MAN_PAGE   (from the project root)
set -uo pipefail
mseg=$1 page=$2
source tests/lib.sh  # check, py, $tmp (removed on exit)
squeeze() { tr -s ' \t' ' ' | sed 's/^ //; s/ $//'; }

check "mseg man prints the built page" cmp <("$mseg" man) "$page"
groff -man -Tascii -ww -z "$page" 2> "$tmp/warnings"
check "groff renders it without warnings" test ! -s "$tmp/warnings"
cat "$tmp/warnings"
# Wide lines and no hyphenation, so help text can be found in the rendering.
groff -man -Tascii -rLL=400n -rHY=0 -P-cbou "$page" > "$tmp/page.txt"
squeeze < "$tmp/page.txt" > "$tmp/flat.txt"
section() {  # the rendered lines of a top-level section, squeezed
  awk -v s="$1" '/^[A-Z]/ { on = ($0 == s) ; next } on' "$tmp/page.txt" | squeeze
}

version=$(sed -n 's/^project(mseg VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
check "title line names the version" grep -q "^\.TH MSEG 1 \"\" \"mseg $version\"" "$page"
for s in NAME SYNOPSIS DESCRIPTION OPTIONS COMMANDS EXAMPLES "EXIT STATUS" ENVIRONMENT FILES "SEE ALSO"; do
  check "section $s" grep -qx "$s" "$tmp/page.txt"
done

subcommands=$("$mseg" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
check "--help lists subcommands" test -n "$subcommands"
check "hidden helpers (man, completion) are not documented as commands" \
  bash -c "! grep -Eq '^\.SS \"mseg (man|completion)\"' '$page'"
section EXAMPLES > "$tmp/examples"
section "EXIT STATUS" > "$tmp/exit"
for cmd in $subcommands; do
  check "$cmd: own subsection" grep -qx ".SS \"mseg $cmd\"" "$page"
  awk -v s="mseg $cmd" '/^   [a-z]/ { on = ($0 == "   " s); next } /^[A-Z]/ { on = 0 } on' "$tmp/page.txt" | squeeze > "$tmp/$cmd.txt"
  "$mseg" "$cmd" --help > "$tmp/$cmd.help"
  check "$cmd: description" grep -qxF "$("$mseg" --help | awk -v c="$cmd" '$1 == c { $1 = ""; print }' | squeeze)." "$tmp/$cmd.txt"
  # Every option line of --help: its first name and the start of its help text.
  # CLI11 pads names to 30 columns; longer ones put the text on the next line.
  py - "$tmp/$cmd.help" > "$tmp/$cmd.options" <<'PY'
import sys
lines = open(sys.argv[1]).read().split("\n")
for i, line in enumerate(lines):
    if not line.startswith("  -"):
        continue
    if len(line) > 30 and line[29] == " " and line[30] != " ":
        text = line[30:]
    else:
        text = lines[i + 1].strip()
    print(line.split()[0].split(",")[0] + "\t" + " ".join(text.split())[:40])
PY
  while IFS=$'\t' read -r opt text; do
    check "$cmd: option $opt" grep -qE -- "(^|, )$opt(,| |$)" "$tmp/$cmd.txt"
    check "$cmd: help text of $opt" grep -qF -- "$text" "$tmp/$cmd.txt"
  done < "$tmp/$cmd.options"
  sed -n '/^Examples:/,/^$/p' "$tmp/$cmd.help" | sed '1d;/^$/d' | squeeze > "$tmp/$cmd.examples"
  check "$cmd: --help has examples" test -s "$tmp/$cmd.examples"
  while read -r example; do
    check "$cmd: example '$example'" grep -qxF -- "$example" "$tmp/examples"
  done < "$tmp/$cmd.examples"
  status=$(sed -n 's/^Exit status: //p' "$tmp/$cmd.help" | squeeze)
  check "$cmd: --help has an exit status" test -n "$status"
  check "$cmd: exit status" grep -qF -- "$cmd $status" <(tr '\n' ' ' < "$tmp/exit" | squeeze)
done

# Every environment variable the CLI reads is documented.
section ENVIRONMENT > "$tmp/env"
for var in $(grep -ohE 'getenv\("[A-Z_]+"\)' cli/*.cpp | sed -E 's/getenv\("(.*)"\)/\1/' | sort -u); do
  check "ENVIRONMENT documents $var" grep -qE "^$var( |$)" "$tmp/env"
done
check "ENVIRONMENT documents NO_COLOR" grep -qE "^NO_COLOR( |$)" "$tmp/env"

echo "$fails failure(s)"
[ "$fails" -eq 0 ]
