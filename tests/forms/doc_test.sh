#!/usr/bin/env bash
# A Word 97 .doc, and an OpenDocument .odt (LibreOffice's own form, read the same way): without
# LibreOffice, exit 2 with the message that says what to do; with it (soffice on PATH), the plan's
# elements as from the .docx. CI does not install LibreOffice, so there the second half is
# skipped, and says so.
# usage: doc_test.sh MSEG   (run from the project root)
set -uo pipefail
mseg=$1
doc=tests/forms/mseg-workplan-2006-hanoi.doc
odt=tests/forms/mseg-workplan-2006-hanoi.odt
fail=0
# says SEARCH_PATH FILE MESSAGE: with PATH set so, `mseg parse FILE` exits 2 with the one line
# `mseg: error: FILE: MESSAGE`.
says() {
  local err st
  err=$(PATH="$1" "$mseg" parse "$2" 2>&1 > /dev/null); st=$?
  if [ "$st" -ne 2 ] || [ "$err" != "mseg: error: $2: $3" ]; then
    echo "FAIL: $2 (PATH=$1): exit $st, stderr: $err"; fail=1
  else
    echo "ok: exit 2, $err"
  fi
}
# Without soffice, the one line that says what to do.
says /nonexistent "$doc" "a Word 97 .doc file: install libreoffice-writer-nogui, or save it as .docx"
says /nonexistent "$odt" "an OpenDocument .odt file: install libreoffice-writer-nogui, or save it as .docx"
# Helpers' findings, each refused as "contains NUL bytes", a text file's message: a .docx saved with a password (an
# OLE2 file, as a .doc is, holding an EncryptedPackage stream: no LibreOffice is tried, none could open it), a zip
# that is no .docx (an .xlsx sent by mistake), and a PDF after a line break or a mail's headers (read as
# the PDF).
odd=$(mktemp -d)
/usr/bin/python3 - "$odd" <<'PY'
import sys, zipfile
d = sys.argv[1]
open(f"{d}/locked.docx", "wb").write(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(504) + "EncryptedPackage".encode("utf-16-le") + bytes(64))
with zipfile.ZipFile(f"{d}/book.docx", "w") as z:
    z.writestr("xl/workbook.xml", "<workbook/>")
pdf = open("tests/forms/mseg-workplan-2006-hanoi.pdf", "rb").read()
open(f"{d}/crlf.pdf", "wb").write(b"\r\n" + pdf)
open(f"{d}/mail.pdf", "wb").write(b"Content-Type: application/pdf\r\nContent-Length: %d\r\n\r\n" % len(pdf) + pdf)
PY
printf '#!/bin/sh\necho "soffice tried" >&2\nexit 1\n' > "$odd/soffice"
chmod +x "$odd/soffice"
# With a soffice on PATH that would say so if it were tried.
says "$odd:$PATH" "$odd/locked.docx" "a password-protected Word file (an encrypted .docx): remove its password in Word (File, Info, Protect Document) and save it again"
says "$odd:$PATH" "$odd/book.docx" "a zip package without word/document.xml: not a .docx (an .xlsx, a .pptx or an archive?)"
for pdf in crlf mail; do
  /usr/bin/python3 tests/forms/forms_test.py "$mseg" "$odd/$pdf.pdf" samples/mseg-workplan-2006-hanoi.json \
    page-furniture layout-inferred layout-hyphen || fail=1
done
rm -rf "$odd"
# A LibreOffice that never finishes (a hostile file) is ended after MSEG_SOFFICE_TIMEOUT seconds, with the
# processes it started: a stand-in soffice that sleeps, in CI too.
fake=$(mktemp -d)
printf '#!/bin/sh\nsleep 60.123 &\nsleep 60.123\n' > "$fake/soffice"
chmod +x "$fake/soffice"
start=$(date +%s)
err=$(PATH="$fake:$PATH" MSEG_SOFFICE_TIMEOUT=1 "$mseg" parse "$odt" 2>&1 > /dev/null); st=$?
took=$(( $(date +%s) - start ))
expected="mseg: error: $odt: an OpenDocument .odt file: LibreOffice did not convert it within 1 s (MSEG_SOFFICE_TIMEOUT)"
sleep 0.2
left=$(pgrep -fx "sleep 60.123" | wc -l)
if [ "$st" -ne 2 ] || [ "$err" != "$expected" ] || [ "$took" -gt 10 ] || [ "$left" -ne 0 ]; then
  echo "FAIL: a soffice that hangs: exit $st after ${took}s, $left of its processes left, stderr: $err"; fail=1
else
  echo "ok: a soffice that hangs is ended: exit 2 after ${took}s, $err"
fi
pkill -KILL -fx "sleep 60.123" 2> /dev/null
rm -rf "$fake"
if command -v soffice > /dev/null; then
  /usr/bin/python3 tests/forms/forms_test.py "$mseg" "$odt" samples/mseg-workplan-2006-hanoi.json || fail=1
  /usr/bin/python3 tests/forms/forms_test.py "$mseg" tests/forms/later-forms-plan.odt tests/forms/later-forms-plan.json || fail=1
  got=$("$mseg" parse "$odt" | /usr/bin/python3 -c 'import json,sys; s=json.load(sys.stdin)["source"]; print(s["format"], s["sha256"])')
  [ "$got" = "odt $(sha256sum "$odt" | cut -d' ' -f1)" ] && echo "ok: parse: source.format odt, the .odt's sha256" ||
    { echo "FAIL: .odt source: $got"; fail=1; }
  /usr/bin/python3 tests/forms/forms_test.py "$mseg" "$doc" samples/mseg-workplan-2006-hanoi.json || fail=1
  /usr/bin/python3 tests/forms/forms_test.py "$mseg" tests/forms/later-forms-plan.doc tests/forms/later-forms-plan.json || fail=1
  # validate, query and diff read a .doc the same way, as its .docx.
  out=$("$mseg" validate "$doc" 2>&1); st=$?
  case "$out" in
    *"$doc:table 1, row 2, cell 3, paragraph 6: warning: '.' separates owner from deadline"*"1 warning, 0 errors in 1 file"*)
      echo "ok: validate reads the .doc (exit $st)" ;;
    *) echo "FAIL: validate on the .doc: $out"; fail=1 ;;
  esac
  cp "$doc" "${TMPDIR:-/tmp}/mseg-doc-fix-$$.doc"
  err=$("$mseg" validate --fix "${TMPDIR:-/tmp}/mseg-doc-fix-$$.doc" 2>&1 > /dev/null); st=$?
  cmp -s "$doc" "${TMPDIR:-/tmp}/mseg-doc-fix-$$.doc" || { echo "FAIL: validate --fix changed the .doc"; fail=1; }
  rm -f "${TMPDIR:-/tmp}/mseg-doc-fix-$$.doc"*
  case "$err" in
    *"--fix rewrites text plans, not a .doc"*) [ "$st" -eq 2 ] && echo "ok: --fix refuses the .doc" || { echo "FAIL: --fix exit $st"; fail=1; } ;;
    *) echo "FAIL: validate --fix on the .doc: $err"; fail=1 ;;
  esac
  n=$("$mseg" query --owner Canada --format json "$doc" | /usr/bin/python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
  m=$("$mseg" query --owner Canada --format json samples/mseg-workplan-2006-hanoi.txt | /usr/bin/python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
  [ "$n" = "$m" ] && [ "$n" -gt 0 ] && echo "ok: query reads the .doc ($n actions)" || { echo "FAIL: query on the .doc: $n, not $m"; fail=1; }
  a=$("$mseg" diff "$doc" samples/meg-sec-workplan-2007.txt | head -1 | sed 's/^[^:]*: //')
  b=$("$mseg" diff samples/mseg-workplan-2006-hanoi.txt samples/meg-sec-workplan-2007.txt | head -1 | sed 's/^[^:]*: //')
  [ "$a" = "$b" ] && echo "ok: diff reads the .doc: $a" || { echo "FAIL: diff from the .doc: $a, not $b"; fail=1; }
  # source describes the .doc given, not LibreOffice's .docx of it (which differs at each conversion: parse gave
  # a new sha256 each run).
  want="$(sha256sum "$doc" | cut -d' ' -f1) $(wc -c < "$doc")"
  got=$("$mseg" parse "$doc" | /usr/bin/python3 -c 'import json,sys; s=json.load(sys.stdin)["source"]; print(s["sha256"], s["bytes"])')
  [ "$got" = "$want" ] && echo "ok: parse: source.sha256 and bytes are the .doc's" || { echo "FAIL: parse source: $got, not $want"; fail=1; }
  "$mseg" report --as-of 2006-06-01 "$doc" | grep -q "${want%% *}" && echo "ok: report names the .doc's sha256" ||
    { echo "FAIL: report does not name the .doc's sha256"; fail=1; }
else
  echo "SKIPPED: soffice is not on PATH (install libreoffice-writer-nogui to test reading .doc through LibreOffice)"
fi
exit $fail
