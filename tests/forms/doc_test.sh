#!/usr/bin/env bash
# A Word 97 .doc: without LibreOffice, exit 2 with the message that says what to do;
# with it (soffice on PATH), the plan's elements as from the .docx. CI does not install
# LibreOffice, so there the second half is skipped, and says so.
# usage: doc_test.sh MSEG   (run from the project root)
set -uo pipefail
mseg=$1
doc=tests/forms/mseg-workplan-2006-hanoi.doc
fail=0
err=$(PATH=/nonexistent "$mseg" parse "$doc" 2>&1 > /dev/null); st=$?
expected="mseg: error: $doc: a Word 97 .doc file: install libreoffice-writer-nogui, or save it as .docx"
if [ "$st" -ne 2 ] || [ "$err" != "$expected" ]; then
  echo "FAIL: without soffice: exit $st, stderr: $err"; fail=1
else
  echo "ok: without soffice: exit 2, $err"
fi
if command -v soffice > /dev/null; then
  /usr/bin/python3 tests/forms/forms_test.py "$mseg" "$doc" samples/mseg-workplan-2006-hanoi.json || fail=1
  /usr/bin/python3 tests/forms/forms_test.py "$mseg" tests/forms/later-forms-plan.doc tests/forms/later-forms-plan.json || fail=1
else
  echo "SKIPPED: soffice is not on PATH (install libreoffice-writer-nogui to test reading .doc through LibreOffice)"
fi
exit $fail
