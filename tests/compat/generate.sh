#!/usr/bin/env bash
# Writes tests/compat/expected/ from a given binary: first the previous release's (0.2.0 before issue 14), since
# then the merged tree's, once each difference was read and traced to a change the CHANGELOG names (source.layout,
# diff for delegates, owner aliases, the new diagnostic codes and options, a 32 MiB --max-bytes). Never to bless.
# usage: tests/compat/generate.sh /path/to/previous/mseg   (run from the repository root)
set -u
mseg=$1
here=$(dirname "$0")
mkdir -p "$here/expected"
while IFS=$'\t' read -r name args; do
  [[ -z $name || $name == \#* ]] && continue
  read -r -a argv <<<"$args"
  NO_COLOR=1 SOURCE_DATE_EPOCH=1200000000 TZ=UTC LC_ALL=C.UTF-8 "$mseg" "${argv[@]}" >"$here/expected/$name.out" 2>"$here/expected/$name.err" </dev/null
  echo $? >"$here/expected/$name.rc"
done <"$here/cases.txt"
