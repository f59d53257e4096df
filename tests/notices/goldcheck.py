"""The checks shared by the gold checkers of tests/notices (standard library only).

check_gold.py (plain-text notices) uses the field checks; html/check_html_gold.py
and docx/check_docx_gold.py use all of it through main(), each with its own
function that extracts the text a reader sees (also printed by --text):
  - every anchor occurs exactly once in that text (NFKC, whitespace removed, as
    score.py compares), and anchors are in document order;
  - the gold is well-formed: keys, kinds, roles, paths, ISO dates, freqs and
    target ops;
  - every unit name, recipient and metadata string occurs in the text;
  - a fake prediction is built from each gold (each item's text runs from its
    anchor to the next anchor) and scored with tests/eval/score.py (the
    project's copy of shared/eval/score.py; SCORE_PY overrides the path),
    which must give 1.000 on every metric.
"""
import datetime
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

# the project's copy of shared/eval/score.py (SCORE_PY overrides it)
SCORE = os.environ.get("SCORE_PY") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "eval", "score.py")
KINDS = {"task", "problem", "achievement", "principle", "goal"}
ROLES = ("lead", "cooperating", "responsible", "supervising")
FREQS = {"daily", "weekly", "monthly", "quarterly", "semiannual", "yearly"}
OPS = {">=", "<=", "~", "=", ">", "<"}
TOP_KEYS = ["source", "document", "items"]
DOC_KEYS = ["doc_number", "issuer", "title", "doc_type", "date",
            "recipients", "enclosed_title"]
ITEM_KEYS = ["anchor", "kind", "path", "units", "deadlines", "recurrence",
             "targets"]
TARGET_KEYS = {"metric", "op", "value", "unit"}
TITLE_MARKS = str.maketrans("〈〉", "《》")


def norm(s):
    """NFKC, 〈〉 as 《》, whitespace removed: the text score.py compares."""
    s = unicodedata.normalize("NFKC", str(s)).translate(TITLE_MARKS)
    return "".join(s.split())


def missing_golds(doc_dir, ext, golds):
    """The documents of doc_dir (names ending in ext) without a gold file."""
    return [f for f in sorted(os.listdir(doc_dir))
            if f.endswith(ext) and f[:-len(ext)] + ".gold.json" not in golds]


def check_top_keys(g):
    if list(g.keys()) != TOP_KEYS:
        return ["top-level keys %s" % list(g.keys())]
    return []


def check_document(d, nt, noun, split_issuer=False):
    """The document's keys; its strings and recipients occur in nt (the issuer
    word by word with split_issuer); an ISO date."""
    errs = []
    if list(d.keys()) != DOC_KEYS:
        errs.append("document keys %s" % list(d.keys()))
    for f in ("doc_number", "issuer", "title", "enclosed_title"):
        if f == "issuer" and split_issuer:
            continue
        if d.get(f) and norm(d[f]) not in nt:
            errs.append("document.%s %r not in %s" % (f, d[f], noun))
    if split_issuer and d.get("issuer"):
        for part in d["issuer"].split():
            if norm(part) not in nt:
                errs.append("issuer part %r not in %s" % (part, noun))
    for r in d.get("recipients") or []:
        if norm(r) not in nt:
            errs.append("recipient %r not in %s" % (r, noun))
    if d.get("date"):
        try:
            datetime.date.fromisoformat(d["date"])
        except ValueError:
            errs.append("document.date %r" % d["date"])
    return errs


def item_where(i, it):
    return "item %d (%s)" % (i + 1, it.get("anchor"))


def check_anchor(where, it, a, nt):
    """The item's keys; its normalized anchor a occurs exactly once in nt."""
    errs = []
    if list(it.keys()) != ITEM_KEYS:
        errs.append("%s: keys %s" % (where, list(it.keys())))
    n = nt.count(a)
    if len(a) < 4 or n != 1:
        errs.append("%s: anchor occurs %d times" % (where, n))
    return errs


def check_kind_path_units(where, it, nt, noun, roles=None):
    """The kind, the path and the units: the four roles as keys, no name twice
    under a role, every name in nt and none ending in 等. The names are read
    under roles (default: every key of the item's units)."""
    errs = []
    if it.get("kind") not in KINDS:
        errs.append("%s: kind %r" % (where, it.get("kind")))
    p = it.get("path")
    if not p or not all(isinstance(x, str) and x for x in p):
        errs.append("%s: path %r" % (where, p))
    u = it.get("units") or {}
    if list(u.keys()) != list(ROLES):
        errs.append("%s: unit roles %s" % (where, list(u.keys())))
    for role in (list(u.keys()) if roles is None else roles):
        names = u.get(role) or []
        if len(set(map(norm, names))) != len(names):
            errs.append("%s: duplicate unit under %s" % (where, role))
        for name in names:
            if norm(name) not in nt:
                errs.append("%s: unit %r not in %s" % (where, name, noun))
            if name.endswith("等"):
                errs.append("%s: unit %r ends in 等" % (where, name))
    return errs


def has_units(it):
    u = it.get("units") or {}
    return any(u.get(r) for r in ROLES)


def check_schedule(where, it):
    """ISO due dates and known recurrence freqs."""
    errs = []
    for due in it.get("deadlines") or []:
        try:
            datetime.date.fromisoformat(due)
        except ValueError:
            errs.append("%s: due %r" % (where, due))
    for fq in it.get("recurrence") or []:
        if fq not in FREQS:
            errs.append("%s: freq %r" % (where, fq))
    return errs


def check_target_keys(where, t):
    if set(t.keys()) != TARGET_KEYS:
        return ["%s: target keys %s" % (where, sorted(t.keys()))]
    return []


def check_items(items, nt, noun):
    """The checks of every item against the shown text nt; returns the
    problems and each anchor's position in nt."""
    errs, pos, last = [], [], -1
    for i, it in enumerate(items):
        where = item_where(i, it)
        a = norm(it["anchor"])
        errs += check_anchor(where, it, a, nt)
        p = nt.find(a)
        if p <= last:
            errs.append("%s: anchor out of order" % where)
        last = max(last, p)
        pos.append(p)
        errs += check_kind_path_units(where, it, nt, noun)
        if it.get("kind") != "task" and has_units(it):
            errs.append("%s: non-task item with units" % where)
        errs += check_schedule(where, it)
        for t in it.get("targets") or []:
            errs += check_target_keys(where, t)
            if t["op"] not in OPS or not isinstance(t["value"], (int, float)):
                errs.append("%s: target %r" % (where, t))
    return errs, pos


def fake_prediction(g, nt, pos):
    """A prediction built from the gold: each item's text runs from its anchor
    to the next one."""
    tasks = []
    for i, it in enumerate(g["items"]):
        end = pos[i + 1] if i + 1 < len(pos) else len(nt)
        tasks.append({
            "kind": it["kind"], "title": "", "text": nt[pos[i]:end],
            "units": [{"role": r, "name": n} for r in ROLES for n in it["units"][r]],
            "deadlines": [{"due": x} for x in it["deadlines"]],
            "recurrence": [{"freq": x} for x in it["recurrence"]],
            "targets": [{"value": t["value"]} for t in it["targets"]]})
    return {"document": g["document"], "tasks": tasks}


def check(gold_path, doc_dir, ext, what, extract, noun, size):
    """Check one gold file against the text extract() shows of its document
    doc_dir/<stem><ext> (called a `what` in messages; its text a `noun`).
    size = (measure, low, high, message): measure(path, nt) must lie in
    low..high, else message % measure(path, nt) is a problem.
    Returns the problems, the stem and the fake prediction (None, None if the
    document is missing)."""
    stem = os.path.basename(gold_path)[: -len(".gold.json")]
    g = json.load(open(gold_path, encoding="utf-8"))
    path = os.path.join(doc_dir, stem + ext)
    errs = check_top_keys(g)
    if g.get("source") != stem + ext or not os.path.isfile(path):
        return errs + ["source %r / no %s %s" % (g.get("source"), what, path)], None, None
    nt = norm(extract(path))
    measure, low, high, message = size
    n = measure(path, nt)
    if not low <= n <= high:
        errs.append(message % n)
    errs += check_document(g["document"], nt, noun)
    item_errs, pos = check_items(g["items"], nt, noun)
    return errs + item_errs, stem, fake_prediction(g, nt, pos)


def main(argv, here, ext, what, extract, noun, size):
    """The command line of html/ and docx/ checkers: `--text FILE...` prints
    what extract() reads of each file; else run() on argv[1] (default here)."""
    if argv[1:2] == ["--text"]:
        for path in argv[2:]:
            print(extract(path))
        return 0
    doc_dir = argv[1] if len(argv) > 1 else here
    return run(doc_dir, ext, what, extract, noun, size)


def run(doc_dir, ext, what, extract, noun, size):
    """Check every doc_dir/gold/<stem>.gold.json (see check()), score the fake
    predictions, print one line per problem, the score table and the count of
    problems; return the exit status (1 on a problem)."""
    gold_dir = os.path.join(doc_dir, "gold")
    problems = 0
    golds = sorted(f for f in os.listdir(gold_dir) if f.endswith(".gold.json"))
    for f in missing_golds(doc_dir, ext, golds):
        print("%s: no gold file" % f)
        problems += 1
    with tempfile.TemporaryDirectory() as out:
        for fn in golds:
            errs, stem, pred = check(os.path.join(gold_dir, fn), doc_dir, ext, what,
                                     extract, noun, size)
            for e in errs:
                print("%s: %s" % (fn, e))
            problems += len(errs)
            if pred:
                with open(os.path.join(out, stem + ".json"), "w", encoding="utf-8") as f:
                    json.dump(pred, f, ensure_ascii=False)
        res = subprocess.run([sys.executable, SCORE, gold_dir, out, "--json"],
                             capture_output=True, text=True)
        subprocess.run([sys.executable, SCORE, gold_dir, out])
    total = json.loads(res.stdout)["total"]
    for m, v in total.items():
        if v["f1"] != 1.0:
            print("fake prediction: %s f1 %.3f, not 1.000" % (m, v["f1"]))
            problems += 1
    print("%d problem(s)" % problems)
    return 1 if problems else 0
