#!/usr/bin/env python3
"""Extract notices, score them against gold, fail under the thresholds.

usage: check_accuracy.py GONGWEN GOLD_DIR NOTICE...
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
THRESHOLDS = {"tasks": 0.95, "units": 0.95, "deadlines": 0.95, "metadata": 0.95,
              "recurrence": 0.90, "targets": 0.90}


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    gongwen, gold, notices = argv[0], argv[1], argv[2:]
    with tempfile.TemporaryDirectory() as out:
        proc = subprocess.run([gongwen, "extract", "-q", "-o", out] + notices,
                              capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"accuracy: extract failed: {proc.stderr.strip()}")
            return 1
        score = subprocess.run([sys.executable, os.path.join(HERE, "score.py"), gold, out, "--json"],
                               capture_output=True, text=True)
        if score.returncode != 0:
            print(score.stderr)
            return 1
        total = json.loads(score.stdout)["total"]
    bad = [f"{m} {total[m]['f1']:.3f} < {t}" for m, t in THRESHOLDS.items() if total[m]["f1"] < t]
    line = " ".join(f"{m}={total[m]['f1']:.3f}" for m in THRESHOLDS)
    print(f"accuracy: {os.path.basename(os.path.normpath(gold))}: {line}")
    for b in bad:
        print(f"accuracy: FAIL {b}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
