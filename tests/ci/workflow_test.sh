#!/usr/bin/env bash
# The GitHub Actions workflow of docs/ci.md: its shape (permissions, SARIF upload, the
# validate steps), and its summary step run for real on a plan repository whose last
# commit changed one plan and added another.
# usage: workflow_test.sh MSEG_BINARY
set -uo pipefail
source tests/lib.sh
mseg=$(readlink -f "$1")
mkdir -p "$tmp/bin" && ln -s "$mseg" "$tmp/bin/mseg"
export PATH=$tmp/bin:$PATH
export GIT_CONFIG_GLOBAL=$tmp/gitconfig GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.org \
       GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.org

# The workflow: the docs' only yaml block that defines jobs.
py - docs/ci.md "$tmp/workflow.yml" "$tmp/summarise.sh" <<'PY' || { echo "FAIL: workflow shape"; exit 1; }
import re, sys, yaml
blocks = re.findall(r"```yaml\n(.*?)```", open(sys.argv[1]).read(), re.S)
workflows = [yaml.safe_load(b) for b in blocks if "jobs:" in b]
assert len(workflows) == 1, len(workflows)
w = workflows[0]
assert w["permissions"]["security-events"] == "write", w["permissions"]
steps = w["jobs"]["plans"]["steps"]
uses = [s.get("uses", "") for s in steps]
assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses), uses
upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
runs = [s.get("run", "") for s in steps]
assert any("mseg validate --format sarif -o " + upload["with"]["sarif_file"] in r for r in runs), runs
assert any("mseg validate --format github" in r for r in runs), runs
assert any("cmake --install" in r for r in runs), runs
summary = next(s for s in steps if s.get("name") == "Summarise changed plans")
assert summary["if"] == "always()" and summary["shell"] == "bash"
open(sys.argv[3], "w").write(summary["run"])
PY
echo "ok: workflow shape"

# A plan repository: the 2007 plan, then a commit that fixes a word in it and adds a plan.
repo=$tmp/plans
mkdir -p "$repo/plans"
cp "$y2007" "$repo/plans/workplan.txt"
git -C "$repo" init -q && git -C "$repo" add . && git -C "$repo" commit -qm first
base=$(git -C "$repo" rev-parse HEAD)
sed -i 's/Leaders welcomed the work/Leaders warmly welcomed the work/' "$repo/plans/workplan.txt"
cp tests/validate/plans/clean.txt "$repo/plans/new.txt"
git -C "$repo" add . && git -C "$repo" commit -qm second

summary=$tmp/summary.md
(cd "$repo" && BASE=$base GITHUB_STEP_SUMMARY=$summary bash -eo pipefail "$tmp/summarise.sh")
check "summary step: succeeds" test $? -eq 0
check "summary step: the changed plan's diff" grep -qF "# Plan changes:" "$summary"
check "summary step: the changed word" grep -qF "**warmly**" "$summary"
check "summary step: the new plan named" grep -qxF '# New plan: `plans/new.txt`' "$summary"
(cd "$repo" && BASE=0000000000000000000000000000000000000000 GITHUB_STEP_SUMMARY=$summary.first bash -eo pipefail "$tmp/summarise.sh")
check "summary step: a first push has nothing to compare" grep -qF "No earlier version" "$summary.first"
if [ "$fails" -ne 0 ]; then cat "$summary"; echo "$fails check(s) failed"; exit 1; fi
echo "all passed"
