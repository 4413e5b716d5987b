#!/usr/bin/env bash
# Builds examples/library/plan_summary.cpp against an installed prefix, the way
# a downstream project would, and runs it on the samples.
# usage: downstream_test.sh cmake|pkg-config PREFIX MSEG CXX LIBDIR   (from the project root)
set -uo pipefail
mode=$1 prefix=$2 mseg=$3 cxx=$4 libdir=$5
source tests/lib.sh  # check, py, $tmp (removed on exit)
test -x "$prefix/bin/mseg" || { echo "FAIL: no installed mseg in $prefix (install.prefix runs first)"; exit 1; }

# A downstream project sets no C++ standard of its own: the package's usage requirements must bring C++20.
check "examples/library sets no C++ standard" bash -c '! grep -Eq "CMAKE_CXX_STANDARD|cxx_std_|CXX_STANDARD" examples/library/CMakeLists.txt'
if [ "$mode" = cmake ]; then
  # Only the test prefix may provide mseg: no package registry, no system prefixes first.
  if ! cmake -S examples/library -B "$tmp/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER="$cxx" \
        -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF > "$tmp/configure.log" 2>&1; then
    cat "$tmp/configure.log"; echo "FAIL: find_package(mseg) against $prefix"; exit 1
  fi
  found=$(sed -n 's/^mseg_DIR:PATH=//p' "$tmp/build/CMakeCache.txt")
  check "find_package(mseg) found the test prefix" test "$(cd "$found" && pwd -P)" = "$(cd "$prefix/$libdir/cmake/mseg" && pwd -P)"
  if ! cmake --build "$tmp/build" > "$tmp/build.log" 2>&1; then
    cat "$tmp/build.log"; echo "FAIL: building against mseg::mseg"; exit 1
  fi
  summary=$tmp/build/plan_summary
else
  flags=$(PKG_CONFIG_PATH="$prefix/$libdir/pkgconfig" pkg-config --cflags --libs mseg) || { echo "FAIL: pkg-config mseg"; exit 1; }
  echo "pkg-config --cflags --libs mseg: $flags"
  # shellcheck disable=SC2086  # the flags are words
  # No -std here: the flags pkg-config gives must be enough (g++ 12 defaults to C++17).
  if ! "$cxx" -O1 -Wall -Wextra -Werror examples/library/plan_summary.cpp $flags -o "$tmp/plan_summary" 2> "$tmp/build.log"; then
    cat "$tmp/build.log"; echo "FAIL: compiling with pkg-config --cflags --libs mseg"; exit 1
  fi
  summary=$tmp/plan_summary
fi

# What plan_summary must print, worked out independently from the hand-checked golden JSON.
expected() {  # expected GOLDEN.json PARSE_OUTPUT.json
  py - "$1" "$2" <<'PY'
import json, sys
golden = json.load(open(sys.argv[1]))
json_bytes = len(open(sys.argv[2], 'rb').read()) - 1  # without the final newline
def deadline(d):
    s = f"{d['text']} ({d['kind']}"
    if d['start'] and d['end']:
        s += f", {d['start']}..{d['end']}"
    return s + ")"
print(f"plan: {golden['title'] or '(untitled)'}")
print(f"read by mseg {golden['source']['mseg_version']}, sha256 {golden['source']['sha256']}")
for s in golden['sections']:
    print(f"section {s['id']}: {len(s['directives'])} directives, {len(s['priorities'])} priorities, {len(s['actions'])} actions")
    for a in s['actions']:
        line = f"  {a['id']} line {a['span']['line']}"
        for t in a['tags']:
            owners = ", ".join(o['canonical'] or o['name'] for o in t['owners'])
            line += f" | owners: {owners} | deadline: {deadline(t['deadline'])}"
        print(line)
print(f"diagnostics: {len(golden['diagnostics'])}")
for d in golden['diagnostics']:
    print(f"  {golden['source']['path']}:{d['span']['line']}:{d['span']['column']}: {d['severity']}: {d['message']} [{d['code']}]")
print(f"json: {json_bytes} bytes, reads back with {len(golden['sections'])} sections")
PY
}

version=$(sed -n 's/^project(mseg VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
for sample in mseg-workplan-2006-hanoi meg-sec-workplan-2007; do
  txt=samples/$sample.txt
  "$summary" "$txt" "$tmp/$sample.json" > "$tmp/$sample.out"; st=$?
  check "$sample: plan_summary exits 0" test $st -eq 0
  "$mseg" parse "$txt" > "$tmp/$sample.parse.json"
  # The golden records the version current when it was checked; the library reports its own.
  sed "s/\"mseg_version\": \"[^\"]*\"/\"mseg_version\": \"$version\"/" "samples/$sample.json" > "$tmp/$sample.golden.json"
  check "$sample: walk of sections, actions, tags and diagnostics matches the golden" \
    diff -u <(expected "$tmp/$sample.golden.json" "$tmp/$sample.parse.json") "$tmp/$sample.out"
  check "$sample: serialised plan is byte for byte what mseg parse prints" cmp "$tmp/$sample.json" "$tmp/$sample.parse.json"
done
check "hanoi: the tag-separator warning is reported with its place" \
  grep -qx "  samples/mseg-workplan-2006-hanoi.txt:34:20: warning: .* \[tag-separator\]" "$tmp/mseg-workplan-2006-hanoi.out"

printf 'Title\n\tOnly\n\tTwo cells\n' > "$tmp/bad.txt"
"$summary" "$tmp/bad.txt" > "$tmp/bad.out"; st=$?
check "plan with error diagnostics exits 1" test $st -eq 1
check "error diagnostics are printed as errors" grep -q ": error: " "$tmp/bad.out"
: > "$tmp/empty.txt"
"$summary" "$tmp/empty.txt" > /dev/null 2> "$tmp/empty.err"; st=$?
check "unreadable (empty) input exits 2" test $st -eq 2
check "unreadable input: InputError's reason" grep -qx "plan_summary: $tmp/empty.txt: empty file" "$tmp/empty.err"

echo "$fails failure(s)"
[ "$fails" -eq 0 ]
