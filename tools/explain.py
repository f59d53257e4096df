#!/usr/bin/env python3
"""Show where a catalogue and a gold file disagree, task by task.

usage: tools/explain.py GOLD.gold.json CATALOGUE.json [--field units|deadlines|recurrence|targets]

Uses the matching rules of ../shared/eval/score.py (anchor contained in
title + text after NFKC and whitespace removal).
"""
import json
import sys
import unicodedata

ROLES = ("lead", "cooperating", "responsible", "supervising")


def norm(s):
    return "".join(unicodedata.normalize("NFKC", s or "").split())


def fields(t):
    units, dues, freqs, targets = set(), set(), set(), set()

    def take(x):
        for u in x.get("units") or []:
            units.add((u["role"], norm(u["name"])))
        for d in x.get("deadlines") or []:
            if d.get("due"):
                dues.add(d["due"])
        for r in x.get("recurrence") or []:
            freqs.add(r["freq"])
        for g in x.get("targets") or []:
            targets.add(float(g["value"]))
        for s in x.get("subtasks") or []:
            take(s)

    take(t)
    return {"units": units, "deadlines": dues, "recurrence": freqs, "targets": targets}


def gold_fields(it):
    units = {(r, norm(n)) for r in ROLES for n in (it.get("units") or {}).get(r, [])}
    return {"units": units, "deadlines": set(it.get("deadlines") or []),
            "recurrence": set(it.get("recurrence") or []),
            "targets": {float(g["value"]) for g in it.get("targets") or []}}


def main(argv):
    only = None
    if "--field" in argv:
        only = argv[argv.index("--field") + 1]
        argv = [a for a in argv if a not in ("--field", only)]
    gold = json.load(open(argv[0]))
    pred = json.load(open(argv[1]))
    tasks = pred.get("tasks") or []
    texts = [norm((t.get("title") or "") + t.get("text", "")) for t in tasks]
    used = set()
    for it in gold["items"]:
        a = norm(it["anchor"])
        m = next((i for i, t in enumerate(texts) if i not in used and a in t), None)
        if m is None:
            if (it.get("kind") or "task") == "task":
                print(f"MISSING TASK  {it['anchor']}")
            continue
        used.add(m)
        if (it.get("kind") or "task") != "task":
            continue
        g, p = gold_fields(it), fields(tasks[m])
        for f in ("units", "deadlines", "recurrence", "targets"):
            if only and f != only:
                continue
            if g[f] != p[f]:
                print(f"{it['anchor'][:16]:<18} {f}: missing {sorted(g[f] - p[f])} extra {sorted(p[f] - g[f])}")
    for i, t in enumerate(tasks):
        if i not in used and t.get("kind") == "task":
            print(f"EXTRA TASK    {texts[i][:30]}  {fields(t)}")


if __name__ == "__main__":
    main(sys.argv[1:])
