# Shared by the validate tests: a temporary directory, check(), and helpers.
# usage: source lib.sh MSEG_BINARY
mseg=$1
source tests/lib.sh
clean=tests/validate/plans/clean.txt
# validate ARGS...: runs mseg validate, output in $out, exit status in $st.
validate() { out=$("$mseg" validate "$@" 2> "$tmp/stderr"); st=$?; }
# variant NAME SED-SCRIPT: a copy of the clean plan edited by sed, path in $plan.
variant() { plan="$tmp/$1.txt"; sed "$2" "$clean" > "$plan"; }
finish() {
  if [ "$fails" -ne 0 ]; then echo "$fails check(s) failed"; exit 1; fi
  echo "all passed"
}
