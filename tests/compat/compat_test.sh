#!/usr/bin/env bash
# Byte-identical guarantee (issue 14): every case of cases.txt must print what the previous release printed,
# byte for byte, on standard output and standard error, with the same exit status. The expected files were
# written by that release's binary (tests/compat/generate.sh) and read by hand; a difference is a regression
# unless an issue says the output changes, and then the expected file changes in the same commit, with why.
# usage: compat_test.sh MSEG   (run from the repository root)
set -u
mseg=$1
here=$(dirname "$0")
expected=$here/expected
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0 count=0
while IFS=$'\t' read -r name args; do
  [[ -z $name || $name == \#* ]] && continue
  count=$((count + 1))
  read -r -a argv <<<"$args"
  # Fixed environment: no colour from the terminal, one clock (SOURCE_DATE_EPOCH: the ICS stamp).
  NO_COLOR=1 SOURCE_DATE_EPOCH=1200000000 TZ=UTC LC_ALL=C.UTF-8 "$mseg" "${argv[@]}" >"$work/$name.out" 2>"$work/$name.err" </dev/null
  echo $? >"$work/$name.rc"
  for part in out err rc; do
    if ! cmp -s "$expected/$name.$part" "$work/$name.$part"; then
      echo "FAIL $name ($part differs): mseg $args"
      diff -u "$expected/$name.$part" "$work/$name.$part" | head -20
      failed=$((failed + 1))
    fi
  done
done <"$here/cases.txt"
if ((count == 0)); then echo "no cases read"; exit 1; fi
if ((failed)); then echo "$failed difference(s) in $count cases"; exit 1; fi
echo "$count cases byte-identical to the previous release"
