#!/usr/bin/env python3
"""Runs every console example of README.md and docs/*.md and compares its output.

An example is a ```console block: each line starting "$ " is a command (bash),
the lines under it, up to the next "$ " line or the end of the block, are what
it prints (stdout and stderr together). A line "..." in the expected output
stands for any number of lines (an elision). A block preceded by the line
<!-- docs-test: skip REASON --> is not run. A "$ mseg" line anywhere else (an
indented block, another kind of fence) is a failure: every example is checked.

Commands run in a scratch directory where `samples`, `schema` and `docs` are the
repository's, `mseg` is on PATH and `build/mseg` is the binary under test, with
NO_COLOR set, COLUMNS unset and LC_ALL=C.UTF-8.

    docs_test.py MSEG SOURCE_DIR      run the examples
    docs_test.py --self-test          check the matcher on its own
"""
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

COMMAND = re.compile(r"^\$ (?:build/)?mseg\b")
SKIP = re.compile(r"^<!--\s*docs-test:\s*skip\b")


def matches(expected, actual):
    """Whether the actual lines match the expected ones, "..." matching any run of lines."""
    # Dynamic programming over (expected index, actual index).
    n, m = len(expected), len(actual)
    reach = [[False] * (m + 1) for _ in range(n + 1)]
    reach[0][0] = True
    for i in range(n + 1):
        for j in range(m + 1):
            if not reach[i][j] or i == n:
                continue
            if expected[i] == "...":
                reach[i + 1][j] = True
                if j < m:
                    reach[i][j + 1] = True
            elif j < m and expected[i] == actual[j]:
                reach[i + 1][j + 1] = True
    return reach[n][m]


def examples(path, text):
    """Yields (line number, command, expected lines) for each command, and
    (line number, None, message) for a "$ mseg" line outside a console block."""
    lines = text.split("\n")
    fence = None  # the info string of the open fence, or None
    skip = False
    command = None
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if fence is None:
            if stripped.startswith("```"):
                fence = stripped[3:].strip()
                skip = number >= 2 and SKIP.match(lines[number - 2].strip()) is not None
                continue
            if COMMAND.match(stripped):
                yield number, None, "a console example outside a ```console block (it would never be checked)"
            continue
        if stripped.startswith("```"):
            if command:
                yield command
            command = None
            fence = None
            continue
        if fence != "console":
            if COMMAND.match(stripped):
                yield number, None, f"a console example in a ```{fence} block: make it ```console"
            continue
        if skip:
            continue
        if line.startswith("$ "):
            if command:
                yield command
            command = (number, line[2:], [])
        elif command and not command[2] and command[1].endswith("\\"):
            # A command continued on the next line.
            command = (command[0], command[1] + "\n" + line, [])
        elif command:
            command[2].append(line)


def workspace(mseg, source):
    root = tempfile.mkdtemp(prefix="mseg-docs-")
    for name in ("samples", "schema", "docs", "examples", "tests"):
        os.symlink(os.path.join(os.path.abspath(source), name), os.path.join(root, name))
    os.makedirs(os.path.join(root, "build"))
    os.makedirs(os.path.join(root, "bin"))
    for link in (os.path.join(root, "build", "mseg"), os.path.join(root, "bin", "mseg")):
        os.symlink(os.path.abspath(mseg), link)
    return root


def run(mseg, source):
    root = workspace(mseg, source)
    env = dict(os.environ)
    env.pop("COLUMNS", None)
    env.update(NO_COLOR="1", LC_ALL="C.UTF-8", PATH=os.path.join(root, "bin") + ":" + env.get("PATH", ""))
    files = [os.path.join(source, "README.md")] + sorted(
        os.path.join(source, "docs", f) for f in os.listdir(os.path.join(source, "docs")) if f.endswith(".md"))
    failures = checked = 0
    try:
        for path in files:
            rel = os.path.relpath(path, source)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            for number, command, expected in examples(rel, text):
                if command is None:
                    print(f"{rel}:{number}: {expected}")
                    failures += 1
                    continue
                checked += 1
                done = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=root, env=env,
                                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
                actual = done.stdout.decode("utf-8", "replace").split("\n")
                if actual and actual[-1] == "":
                    actual.pop()
                while expected and expected[-1] == "":
                    expected = expected[:-1]
                if matches(expected, actual):
                    continue
                failures += 1
                print(f"{rel}:{number}: the output of `{command}` differs from the example")
                print(f"  (exit status {done.returncode}; '-' the doc's lines, '+' what the command printed)")
                for d in difflib.unified_diff(expected, actual, "expected", "actual", lineterm="", n=2):
                    print("  " + d)
    finally:
        shutil.rmtree(root)
    print(f"docs_test: {checked} examples run, {failures} failing")
    return 1 if failures else 0


def self_test():
    assert matches(["a", "b"], ["a", "b"])
    assert not matches(["a", "b"], ["a", "c"])
    assert not matches(["a"], ["a", "b"])
    assert matches(["a", "...", "d"], ["a", "b", "c", "d"])
    assert matches(["a", "...", "d"], ["a", "d"])
    assert matches(["...", "x", "..."], ["a", "x", "b"])
    assert not matches(["...", "x"], ["x", "y"])
    assert matches([], [])
    doc = "\n".join([
        "```console",
        "$ mseg one",
        "out 1",
        "$ build/mseg two \\",
        "    | cat",
        "```",
        "<!-- docs-test: skip needs a file -->",
        "```console",
        "$ mseg skipped",
        "```",
        "    $ mseg indented",
        "```sh",
        "$ mseg in-sh",
        "```",
    ])
    got = list(examples("x.md", doc))
    assert got[0] == (2, "mseg one", ["out 1"]), got
    assert got[1] == (4, "build/mseg two \\\n    | cat", []), got
    assert got[2][0] == 11 and got[2][1] is None, got
    assert got[3][0] == 13 and got[3][1] is None, got
    assert len(got) == 4, got
    print("docs_test: self-test passed")
    return 0


if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        sys.exit(self_test())
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(run(sys.argv[1], sys.argv[2]))
