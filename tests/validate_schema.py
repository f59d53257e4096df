#!/usr/bin/env python3
"""Validate JSON documents against a JSON Schema (2020-12) with jsonschema.

usage: validate_schema.py SCHEMA FILE.json...
Prints one line per invalid document (file, JSON path, reason) and a summary;
exit status 1 when any document is invalid.
"""
import json
import sys

try:
    from jsonschema import Draft202012Validator
except ImportError:  # pragma: no cover
    print("validate_schema.py: python3-jsonschema is not installed (make deps)", file=sys.stderr)
    sys.exit(2)


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(argv[0], encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    bad = 0
    for path in argv[1:]:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
        for e in errors[:5]:
            where = "/".join(str(p) for p in e.path)
            print(f"{path}: /{where}: {e.message[:200]}")
        bad += bool(errors)
    print(f"schema: {len(argv) - 1 - bad} of {len(argv) - 1} documents valid against {argv[0]}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
