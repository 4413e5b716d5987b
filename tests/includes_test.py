#!/usr/bin/env python3
"""No file includes another folder's private header (issue 14).

A folder's public headers are its mseg/ subfolder (parser's: parser/include/mseg/), included as
<mseg/NAME.hpp>; everything else in the folder is private to it. base/ is the private library below every
layer and may be included from anywhere as "base/NAME.hpp". A folder's internal/ subfolder
(schema/internal/, diff/internal/) holds what mseg's other folders may use but the installed API does not
show (the plan's and a word diff's writers through base/json_writer.hpp): never installed, included as
"FOLDER/internal/NAME.hpp" from any other folder. Tests, fuzz targets and benchmarks reach into what they
test on purpose and are not checked. Exits 1 and names each offending include.

Usage: includes_test.py [SOURCE_DIR]
"""
import os
import re
import sys

CHECKED = ["parser", "schema", "cite", "owners", "load", "lint", "query", "diff", "history", "report", "cli", "base"]

# Includes allowed though they cross folders: none now. Add one only with the reason beside it.
KNOWN = set()


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
    os.chdir(root)
    private = {}  # basename -> paths of private headers with that name
    for folder in CHECKED + ["tests", "fuzz", "bench"]:
        for dirpath, _, files in os.walk(folder):
            if "/mseg" in dirpath or dirpath.endswith("/include"):
                continue
            for f in files:
                if f.endswith(".hpp"):
                    private.setdefault(f, []).append(os.path.join(dirpath, f))
    bad = []
    for folder in CHECKED:
        for dirpath, _, files in os.walk(folder):
            for f in files:
                if not (f.endswith(".cpp") or f.endswith(".hpp")) or f.endswith("_test.cpp") or f.endswith("_test_util.hpp"):
                    continue
                path = os.path.join(dirpath, f)
                with open(path, encoding="utf-8", errors="replace") as fh:
                    text = fh.read()
                for inc in re.findall(r'#include "([^"]+)"', text):
                    if os.path.exists(os.path.join(dirpath, inc)):
                        continue  # a header of its own folder
                    if "/" in inc:
                        target = inc
                        parts = inc.split("/")
                        if parts[0] in (folder, "base"):
                            continue
                        if len(parts) == 3 and parts[1] == "internal" and os.path.exists(inc):
                            continue  # shared in-tree, never installed
                    else:
                        owners = [p for p in private.get(inc, []) if not p.startswith(folder + "/")]
                        if not owners:
                            continue  # generated (build/.../generated) or its own folder's
                        target = owners[0]
                    if (path, target) not in KNOWN:
                        bad.append(f"{path}: includes {target}, private to {target.split('/')[0]}/")
    for line in bad:
        print(line)
    if bad:
        print(f"{len(bad)} include(s) of another folder's private header; make what is shared public "
              "(<mseg/...>) or move it to base/")
        return 1
    print("includes: no folder includes another's private header")
    return 0


if __name__ == "__main__":
    sys.exit(main())
