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
The field checks are those of goldcheck.py (shared with html/ and docx/).
Prints one line per problem and a summary; exit status 1 if any problem.
"""
import json
import os
import sys

from goldcheck import (ROLES, OPS, norm, missing_golds, check_top_keys, check_document,
                       item_where, check_anchor, check_kind_path_units, has_units,
                       check_schedule, check_target_keys)


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
    errs += check_top_keys(g)
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
    errs += check_document(g.get("document") or {}, nt, "text", split_issuer=True)
    items = g.get("items") or []
    for i, it in enumerate(items):
        where = item_where(i, it)
        errs += check_anchor(where, it, norm(it.get("anchor") or ""), nt)
        errs += check_kind_path_units(where, it, nt, "text", roles=ROLES)
        errs += check_schedule(where, it)
        for t in it.get("targets") or []:
            errs += check_target_keys(where, t)
            if t.get("op") not in OPS:
                errs.append("%s: target op %r" % (where, t.get("op")))
            if not isinstance(t.get("value"), (int, float)):
                errs.append("%s: target value %r" % (where, t.get("value")))
        if it.get("kind") != "task" and has_units(it):
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
    bad = 0
    total = 0
    for t in missing_golds(here, ".txt", golds):
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
