#!/usr/bin/env bash
# .pre-commit-hooks.yaml works with Debian's pre-commit: in a temporary Git repository
# holding a good and a damaged plan, the hook passes the good one and fails on the damaged
# one with its diagnostic in the output. No network: language: system, PRE_COMMIT_HOME here.
# usage: pre_commit_test.sh MSEG_BINARY
set -uo pipefail
source tests/lib.sh
mseg=$(readlink -f "$1")
if ! command -v pre-commit > /dev/null; then
  echo "FAIL: pre-commit is missing: scripts/build installs it (Debian package pre-commit)"
  exit 1
fi
export PRE_COMMIT_HOME=$tmp/pre-commit-home
# The hook's entry is "mseg validate": the mseg under test comes first on PATH.
mkdir -p "$tmp/bin" && ln -s "$mseg" "$tmp/bin/mseg"
export PATH=$tmp/bin:$PATH
export GIT_CONFIG_GLOBAL=$tmp/gitconfig GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.org \
       GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.org
git config --file "$GIT_CONFIG_GLOBAL" safe.directory '*'

check "the manifest is valid for pre-commit" pre-commit validate-manifest .pre-commit-hooks.yaml

repo=$tmp/plans
mkdir -p "$repo/plans"
cp tests/validate/plans/clean.txt "$repo/plans/good.txt"
sed 's|(Australia/March 2008)|(Australia/31 February 2008)|' tests/validate/plans/clean.txt > "$repo/plans/bad.txt"
git -C "$repo" init -q
git -C "$repo" add plans

# The hooks repository: this checkout's manifest, committed in a repository of its own, so the
# test does not depend on the checkout being a Git repository or on what it has committed.
hooks=$tmp/hooks
mkdir -p "$hooks" && cp .pre-commit-hooks.yaml "$hooks/"
git -C "$hooks" init -q && git -C "$hooks" add . && git -C "$hooks" commit -qm hooks
run() { (cd "$repo" && pre-commit try-repo "$hooks" mseg-validate --color never "$@" > "$tmp/out" 2>&1); st=$?; }
run --files plans/good.txt
check "good plan: the hook passes" test $st -eq 0
check "good plan: reported as passed" grep -qE '^mseg validate\.+Passed$' "$tmp/out"
run --files plans/good.txt plans/bad.txt
check "damaged plan: the hook fails" test $st -eq 1
check "damaged plan: reported as failed" grep -qE '^mseg validate\.+Failed$' "$tmp/out"
check "damaged plan: the diagnostic in the output" grep -qxF \
  "plans/bad.txt:12:50: error: '31 February 2008' is not a date: February 2008 has 29 days [invalid-date]" "$tmp/out"
# A commit hook sees the staged plans.
run
check "staged plans: the hook fails on the damaged one" test $st -eq 1
check "staged plans: the diagnostic in the output" grep -qF "plans/bad.txt:12:50: error:" "$tmp/out"
[ "$fails" -eq 0 ] || cat "$tmp/out"
if [ "$fails" -ne 0 ]; then echo "$fails check(s) failed"; exit 1; fi
echo "all passed"
