#!/usr/bin/env python3
"""Golden tests: extract every corpus notice and compare the catalogue with
corpus/expected/<stem>.json field by field.

usage: golden.py GONGWEN EXPECTED_DIR NOTICE...
Differences are printed as JSON paths with both values (the first 20 per
document); exit status 1 when any document differs. `make golden`
regenerates the expected files after a reviewed change.
"""
import json
import os
import subprocess
import sys


def diff(a, b, path, out):
    if type(a) is not type(b):
        out.append((path, a, b))
    elif isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                out.append((f"{path}/{k}", a.get(k, "(absent)"), b.get(k, "(absent)")))
            else:
                diff(a[k], b[k], f"{path}/{k}", out)
    elif isinstance(a, list):
        if len(a) != len(b):
            out.append((f"{path} (length)", len(a), len(b)))
        for i, (x, y) in enumerate(zip(a, b)):
            diff(x, y, f"{path}/{i}", out)
    elif a != b:
        out.append((path, a, b))


def short(v):
    s = json.dumps(v, ensure_ascii=False)
    return s if len(s) <= 80 else s[:77] + "..."


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    gongwen, expected_dir, notices = argv[0], argv[1], argv[2:]
    failed = 0
    for notice in notices:
        stem = os.path.splitext(os.path.basename(notice))[0]
        exp_path = os.path.join(expected_dir, stem + ".json")
        if not os.path.exists(exp_path):
            print(f"golden: {notice}: no expected catalogue {exp_path} (run make golden)")
            failed += 1
            continue
        proc = subprocess.run([gongwen, "extract", "-q", notice], capture_output=True, timeout=60)
        if proc.returncode != 0:
            print(f"golden: {notice}: exit {proc.returncode}: {proc.stderr.decode(errors='replace')}")
            failed += 1
            continue
        got = json.loads(proc.stdout)
        with open(exp_path, encoding="utf-8") as f:
            want = json.load(f)
        # The input path is where it was read from, not part of the result.
        got["source"].pop("file", None)
        want["source"].pop("file", None)
        out = []
        diff(want, got, "", out)
        if out:
            failed += 1
            print(f"golden: {notice}: {len(out)} difference(s) from {exp_path}")
            for path, w, g in out[:20]:
                print(f"  {path}: expected {short(w)}, got {short(g)}")
    print(f"golden: {len(notices) - failed} of {len(notices)} catalogues match corpus/expected/")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
