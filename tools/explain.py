#!/usr/bin/env python3
"""Show where a catalogue and a gold file disagree, task by task.

usage: tools/explain.py GOLD.gold.json CATALOGUE.json [--field units|deadlines|recurrence|targets]

Matches and compares with the scorer's own functions (tests/eval/score.py, a
copy of ../shared/eval/score.py): a gold item's anchor contained in a task's
title + text after normalization, subtasks folded into their task.
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "eval"))
from score import flat_tasks, gold_sets, norm  # noqa: E402

FIELDS = ("units", "deadlines", "recurrence", "targets")


def main(argv):
    only = None
    if "--field" in argv:
        only = argv[argv.index("--field") + 1]
        argv = [a for a in argv if a not in ("--field", only)]
    gold = json.load(open(argv[0]))
    pred = flat_tasks(json.load(open(argv[1])).get("tasks"))
    used = set()
    for it in gold["items"]:
        a = norm(it["anchor"])
        m = next((i for i, t in enumerate(pred) if i not in used and a in t["text"]), None)
        if m is None:
            if (it.get("kind") or "task") == "task":
                print(f"MISSING TASK  {it['anchor']}")
            continue
        used.add(m)
        if (it.get("kind") or "task") != "task":
            continue
        g = dict(zip(FIELDS, gold_sets(it)))
        t = pred[m]
        p = dict(zip(FIELDS, (t["units"], t["dues"], t["freqs"], t["targets"])))
        for f in FIELDS:
            if (not only or f == only) and g[f] != p[f]:
                print(f"{it['anchor'][:16]:<18} {f}: missing {sorted(g[f] - p[f])} "
                      f"extra {sorted(p[f] - g[f])}")
    for i, t in enumerate(pred):
        if i not in used and t["kind"] == "task":
            print(f"EXTRA TASK    {t['text'][:30]}  {sorted(t['units'])}")


if __name__ == "__main__":
    main(sys.argv[1:])
