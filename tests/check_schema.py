#!/usr/bin/python3
"""Validates JSON documents against a JSON Schema with Debian's python3-jsonschema.

usage: check_schema.py SCHEMA FILE...   (FILE may be '-'; a JSON array of plans is checked element-wise
with --each). Exits 1 and prints every error with its JSON path when a document does not validate."""
import json
import sys

import jsonschema


def main(argv):
    each = "--each" in argv
    argv = [a for a in argv if a != "--each"]
    schema = json.load(open(argv[0], encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema, format_checker=jsonschema.FormatChecker())
    bad = 0
    for name in argv[1:]:
        text = sys.stdin.read() if name == "-" else open(name, encoding="utf-8").read()
        docs = json.loads(text)
        for i, doc in enumerate(docs if each else [docs]):
            for err in validator.iter_errors(doc):
                bad += 1
                print(f"{name}[{i}] {err.json_path}: {err.message}")
    if bad:
        return 1
    print(f"{len(argv) - 1} document(s) valid against {argv[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
