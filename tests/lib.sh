# Shared by the whole-program test scripts (sourced from the project root):
# the samples, a scratch directory removed on exit, check() and py().
hanoi=samples/mseg-workplan-2006-hanoi.txt
y2007=samples/meg-sec-workplan-2007.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
# check NAME COMMAND...: runs COMMAND; prints ok or FAIL with NAME and counts failures.
check() {
  local name=$1; shift
  if "$@"; then echo "ok: $name"; else echo "FAIL: $name"; fails=$((fails + 1)); fi
}
# Debian's python3, which has python3-jsonschema (a pyenv python3 may come first on PATH).
py() { /usr/bin/python3 "$@"; }
