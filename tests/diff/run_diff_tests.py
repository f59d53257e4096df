#!/usr/bin/env python3
"""Tests of `gongwen diff` on the year pairs in tests/diff/pairs.

usage: run_diff_tests.py GONGWEN PAIRS_DIR

For every pair: the JSON report is valid against schema/diff.schema.json,
holds every task of both sides exactly once, and is scored against the
pair's gold alignment (tests/eval/score_diff.py). Over all pairs, links must
reach precision and recall 0.95 and added/removed detection F1 0.9. Also:
a notice diffed against itself reports only `unchanged` (exit 0), a
catalogue diffed against a notice gives what the two notices give, and the
text report reads as it should.
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "eval"))
import score_diff  # noqa: E402

from jsonschema import Draft202012Validator  # noqa: E402

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print(f"FAIL: {what}")


def run(args, expect=None):
    proc = subprocess.run(args, capture_output=True, timeout=60)
    if expect is not None:
        check(proc.returncode in expect,
              f"{' '.join(args)}: exit {proc.returncode}, stderr {proc.stderr.decode(errors='replace')[:300]}")
    return proc


def extract(gongwen, notice):
    """The catalogue of a notice, as JSON bytes."""
    return run([gongwen, "extract", "-q", notice], {0}).stdout


def task_ids(catalogue):
    return [t["id"] for t in json.loads(catalogue)["tasks"] if t["kind"] == "task"]


def order_independent_similarity(gongwen):
    """How alike two tasks are does not depend on where the other tasks of
    the notices stand: the same pair diffed with the rest of the tasks
    before it and after it gets the same similarity. (Enough filler tasks
    that the vocabulary of both notices grows its table several times.)"""
    han = [chr(c) for c in range(0x4E00, 0x4E00 + 1500)]
    fillers = ["".join(han[(i * 37 + k * 11) % len(han)] for k in range(24)) + "。"
               for i in range(60)]
    old_x = "加强安全生产隐患排查整治，压实企业主体责任，每月开展一次检查。"
    new_x = "加强安全生产隐患排查整治，落实企业主体责任，每季度开展一次检查。"
    sims = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, first in (("before", True), ("after", False)):
            paths = []
            for side, x in (("old", old_x), ("new", new_x)):
                tasks = [x] + fillers if first else fillers + [x]
                body = "".join(f"{i + 1}.{t}\n" for i, t in enumerate(tasks))
                path = os.path.join(tmp, f"{name}-{side}.txt")
                with open(path, "w", encoding="utf-8") as f:
                    f.write("一、重点任务\n" + body)
                paths.append(path)
            report = json.loads(run([gongwen, "diff"] + paths, {0, 1}).stdout)
            sim = [c["similarity"] for c in report["changes"]
                   if c.get("old") and c["old"][0]["text"].startswith("加强安全生产")]
            sims.append(sim[0] if sim else None)
    check(sims[0] is not None and sims[0] == sims[1],
          f"similarity of one pair depends on the order of the other tasks: {sims}")


def main(argv):
    gongwen, pairs_dir = argv[0], argv[1]
    with open(os.path.join(ROOT, "schema", "diff.schema.json"), encoding="utf-8") as f:
        validator = Draft202012Validator(json.load(f))
    total = score_diff.PairScore()
    pairs = sorted(d for d in os.listdir(pairs_dir) if os.path.isdir(os.path.join(pairs_dir, d)))
    with tempfile.TemporaryDirectory() as tmp:
        for name in pairs:
            p = os.path.join(pairs_dir, name)
            old, new = os.path.join(p, "old.txt"), os.path.join(p, "new.txt")
            proc = run([gongwen, "diff", old, new], {1})
            report = json.loads(proc.stdout)
            errors = list(validator.iter_errors(report))
            check(not errors, f"{name}: diff report invalid: {errors[:1]}")
            # every task of both sides exactly once
            old_cat = extract(gongwen, old)
            olds = [t["id"] for c in report["changes"] for t in c["old"]]
            news = [t["id"] for c in report["changes"] for t in c["new"]]
            check(sorted(olds) == sorted(task_ids(old_cat)), f"{name}: old tasks not each once")
            check(sorted(news) == sorted(task_ids(extract(gongwen, new))),
                  f"{name}: new tasks not each once")
            with open(os.path.join(p, "gold.json"), encoding="utf-8") as f:
                gold = json.load(f)
            s = score_diff.score_pair(gold, report)
            total.merge(s)
            r = s.report()
            print(f"diff: {name}: links P {r['links']['precision']:.3f} R {r['links']['recall']:.3f}, "
                  f"added F1 {r['added']['f1']:.3f}, removed F1 {r['removed']['f1']:.3f}, "
                  f"status {r['status']['accuracy']}")
            # the same notice on both sides: nothing but unchanged, exit 0
            same = json.loads(run([gongwen, "diff", old, old], {0}).stdout)
            check(all(c["status"] == "unchanged" for c in same["changes"]) and same["changes"],
                  f"{name}: a notice against itself is not all unchanged")
            # a catalogue on one side gives what the notice gives
            cat = os.path.join(tmp, name + ".json")
            with open(cat, "wb") as f:
                f.write(old_cat)
            via_cat = json.loads(run([gongwen, "diff", cat, new], {1}).stdout)
            check(via_cat["changes"] == report["changes"],
                  f"{name}: diffing the catalogue differs from diffing the notice")
        # the text report: summary line, word-diff marks, colours only when asked
        p = os.path.join(pairs_dir, pairs[0])
        text = run([gongwen, "diff", "--format", "text", "--color", "never",
                    os.path.join(p, "old.txt"), os.path.join(p, "new.txt")], {1}).stdout.decode()
        check(text.splitlines()[1].startswith("kept "), "text report: no summary line")
        check("{+" in text and "[-" in text, "text report: no word-diff marks")
        check("\033[" not in text, "text report: colours with --color never")
        colored = run([gongwen, "diff", "--format", "text", "--color=always",
                       os.path.join(p, "old.txt"), os.path.join(p, "new.txt")], {1}).stdout.decode()
        check("\033[32m" in colored, "text report: no colours with --color=always")
        bad = run([gongwen, "diff", "--format", "xml", os.path.join(p, "old.txt"),
                   os.path.join(p, "new.txt")], {2})
        check(b"--format" in bad.stderr, "a bad --format is reported")
        run([gongwen, "diff", os.path.join(p, "old.txt")], {2})
        run([gongwen, "diff", os.path.join(p, "old.txt"), os.path.join(tmp, "missing.txt")], {2})
    order_independent_similarity(gongwen)
    t = total.report()
    print(f"diff: all pairs: links P {t['links']['precision']:.3f} R {t['links']['recall']:.3f}, "
          f"added F1 {t['added']['f1']:.3f}, removed F1 {t['removed']['f1']:.3f}, "
          f"status {t['status']['accuracy']}")
    check(t["links"]["precision"] >= 0.95 and t["links"]["recall"] >= 0.95,
          "link precision and recall under 0.95")
    check(t["added"]["f1"] >= 0.9 and t["removed"]["f1"] >= 0.9, "added/removed F1 under 0.9")
    print(f"diff: {len(pairs)} pairs, {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
