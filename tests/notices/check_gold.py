#!/usr/bin/env python3
"""Check that the gold files of this test set are well-formed.

usage: check_gold.py [NOTICES_DIR]      (default: the folder of this script)

For every NOTICES_DIR/gold/<stem>.gold.json:
  - the JSON parses and has exactly the keys of ../../../shared/eval/gold;
  - "source" names a notice beside it (UTF-8, or GB18030 for *_gbk_*);
  - every anchor occurs exactly once in its notice (NFKC, whitespace removed,
    as score.py compares them);
  - kinds, roles, ISO due dates, recurrence freqs and target ops are valid;
  - every unit name and the metadata strings occur in the notice text;
  - no unit is listed twice under one role.
Prints one line per problem and a summary; exit status 1 if any problem.
"""
import datetime
import json
import os
import sys
import unicodedata

KINDS = {"task", "problem", "achievement", "principle", "goal"}
ROLES = ("lead", "cooperating", "responsible", "supervising")
FREQS = {"daily", "weekly", "monthly", "quarterly", "semiannual", "yearly"}
OPS = {">=", "<=", "~", "=", ">", "<"}
DOC_KEYS = ["doc_number", "issuer", "title", "doc_type", "date",
            "recipients", "enclosed_title"]
ITEM_KEYS = ["anchor", "kind", "path", "units", "deadlines", "recurrence",
             "targets"]
TITLE_MARKS = str.maketrans("〈〉", "《》")


def norm(s):
    s = unicodedata.normalize("NFKC", str(s)).translate(TITLE_MARKS)
    return "".join(s.split())


def read_notice(path):
    raw = open(path, "rb").read()
    if "_gbk_" in os.path.basename(path):
        try:
            raw.decode("utf-8")
            return None, "named _gbk_ but is valid UTF-8"
        except UnicodeDecodeError:
            return raw.decode("gb18030"), None
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as e:
        return None, "not UTF-8: %s" % e


def check(gold_path, notices_dir):
    errs = []
    stem = os.path.basename(gold_path)[: -len(".gold.json")]
    try:
        g = json.load(open(gold_path, encoding="utf-8"))
    except ValueError as e:
        return ["JSON: %s" % e], 0
    if list(g.keys()) != ["source", "document", "items"]:
        errs.append("top-level keys %s" % list(g.keys()))
    if g.get("source") != stem + ".txt":
        errs.append("source %r != %r" % (g.get("source"), stem + ".txt"))
    tpath = os.path.join(notices_dir, g.get("source") or "")
    if not os.path.isfile(tpath):
        return errs + ["no notice %s" % tpath], 0
    size = os.path.getsize(tpath)
    if not 1000 <= size <= 6500:
        errs.append("notice size %d bytes outside 1-6 KB" % size)
    text, err = read_notice(tpath)
    if err:
        return errs + [err], 0
    nt = norm(text)
    d = g.get("document") or {}
    if list(d.keys()) != DOC_KEYS:
        errs.append("document keys %s" % list(d.keys()))
    for f in ("doc_number", "title", "enclosed_title"):
        if d.get(f) and norm(d[f]) not in nt:
            errs.append("document.%s %r not in text" % (f, d[f]))
    if d.get("issuer"):
        for part in d["issuer"].split():
            if norm(part) not in nt:
                errs.append("issuer part %r not in text" % part)
    for r in d.get("recipients") or []:
        if norm(r) not in nt:
            errs.append("recipient %r not in text" % r)
    if d.get("date"):
        try:
            datetime.date.fromisoformat(d["date"])
        except ValueError:
            errs.append("document.date %r" % d["date"])
    items = g.get("items") or []
    for i, it in enumerate(items):
        where = "item %d (%s)" % (i + 1, it.get("anchor"))
        if list(it.keys()) != ITEM_KEYS:
            errs.append("%s: keys %s" % (where, list(it.keys())))
        a = norm(it.get("anchor") or "")
        n = nt.count(a)
        if len(a) < 4 or n != 1:
            errs.append("%s: anchor occurs %d times" % (where, n))
        if it.get("kind") not in KINDS:
            errs.append("%s: kind %r" % (where, it.get("kind")))
        p = it.get("path")
        if not p or not all(isinstance(x, str) and x for x in p):
            errs.append("%s: path %r" % (where, p))
        u = it.get("units") or {}
        if list(u.keys()) != list(ROLES):
            errs.append("%s: unit roles %s" % (where, list(u.keys())))
        for role in ROLES:
            names = u.get(role) or []
            if len(set(map(norm, names))) != len(names):
                errs.append("%s: duplicate unit under %s" % (where, role))
            for name in names:
                if norm(name) not in nt:
                    errs.append("%s: unit %r not in text" % (where, name))
                if name.endswith("等"):
                    errs.append("%s: unit %r ends in 等" % (where, name))
        for due in it.get("deadlines") or []:
            try:
                datetime.date.fromisoformat(due)
            except ValueError:
                errs.append("%s: due %r" % (where, due))
        for fq in it.get("recurrence") or []:
            if fq not in FREQS:
                errs.append("%s: freq %r" % (where, fq))
        for t in it.get("targets") or []:
            if set(t.keys()) != {"metric", "op", "value", "unit"}:
                errs.append("%s: target keys %s" % (where, sorted(t.keys())))
            if t.get("op") not in OPS:
                errs.append("%s: target op %r" % (where, t.get("op")))
            if not isinstance(t.get("value"), (int, float)):
                errs.append("%s: target value %r" % (where, t.get("value")))
        if it.get("kind") != "task" and any(u.get(r) for r in ROLES):
            errs.append("%s: non-task item with units (GUIDE: then it is a task)" % where)
    # anchors in document order (the scorer matches greedily in gold order)
    pos = [nt.find(norm(it.get("anchor") or "")) for it in items]
    if pos != sorted(pos):
        errs.append("items are not in document order")
    return errs, len(items)


def main(argv):
    here = argv[1] if len(argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    gdir = os.path.join(here, "gold")
    golds = sorted(f for f in os.listdir(gdir) if f.endswith(".gold.json"))
    texts = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
    bad = 0
    total = 0
    for t in texts:
        if t[:-4] + ".gold.json" not in golds:
            print("%s: no gold file" % t)
            bad += 1
    for f in golds:
        errs, n = check(os.path.join(gdir, f), here)
        total += n
        for e in errs:
            print("%s: %s" % (f, e))
        bad += len(errs)
    print("%d gold files, %d items, %d problems" % (len(golds), total, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
