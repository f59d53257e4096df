#!/usr/bin/env python3
"""Check the gold files of the HTML test pages against the text a browser shows.

usage: check_html_gold.py [HTML_DIR]      (default: the folder of this script)
       check_html_gold.py --text PAGE.html   (print the visible text of a page)

For every HTML_DIR/gold/<stem>.gold.json, with its page HTML_DIR/<stem>.html:
  - the page's visible text is extracted with html.parser: <head> (so <title>),
    <script>, <style> and comments are skipped, entities are decoded, block
    elements and <br> end a line, table cells are separated by a TAB;
  - every anchor occurs exactly once in that text (NFKC, whitespace removed, as
    score.py compares), and anchors are in document order;
  - every unit name, recipient and metadata string occurs in it;
  - kinds, roles, ISO dates, freqs and target ops are valid;
  - a fake prediction is built from the gold (each item's text runs from its
    anchor to the next anchor) and scored with shared/eval/score.py, which
    must give 1.000 on every metric (tests/eval/score.py, the project's copy).
Prints one line per problem and the score table; exit status 1 on a problem.
"""
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from html.parser import HTMLParser

# the project's copy of shared/eval/score.py (make test checks that they agree)
SCORE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "eval", "score.py")
SKIP = {"head", "script", "style", "noscript", "template"}
BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
         "ul", "ol", "li", "dl", "dt", "dd", "section", "article", "header",
         "footer", "nav", "blockquote", "hr", "tbody", "thead"}
KINDS = {"task", "problem", "achievement", "principle", "goal"}
ROLES = ("lead", "cooperating", "responsible", "supervising")
FREQS = {"daily", "weekly", "monthly", "quarterly", "semiannual", "yearly"}
OPS = {">=", "<=", "~", "=", ">", "<"}
WS = re.compile(r"[ \t\r\n\f]+")


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append("\t")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:  # a browser collapses runs of ASCII white space
            self.parts.append(WS.sub(" ", data))


def visible_text(path):
    p = Visible()
    p.feed(open(path, encoding="utf-8").read())
    p.close()
    lines = (l.strip(" ") for l in "".join(p.parts).split("\n"))
    return "\n".join(l for l in lines if l.strip())


def norm(s):
    s = unicodedata.normalize("NFKC", str(s)).translate(str.maketrans("〈〉", "《》"))
    return "".join(s.split())


def check(gold_path, html_dir):
    errs = []
    stem = os.path.basename(gold_path)[: -len(".gold.json")]
    g = json.load(open(gold_path, encoding="utf-8"))
    page = os.path.join(html_dir, stem + ".html")
    if g.get("source") != stem + ".html" or not os.path.isfile(page):
        return ["source %r / no page %s" % (g.get("source"), page)], None, None
    size = os.path.getsize(page)
    if not 6000 <= size <= 20480:
        errs.append("page size %d bytes outside 6-20 KB" % size)
    text = visible_text(page)
    nt = norm(text)
    d = g["document"]
    for f in ("doc_number", "issuer", "title", "enclosed_title"):
        if d.get(f) and norm(d[f]) not in nt:
            errs.append("document.%s %r not in visible text" % (f, d[f]))
    for r in d.get("recipients") or []:
        if norm(r) not in nt:
            errs.append("recipient %r not in visible text" % r)
    if d.get("date"):
        datetime.date.fromisoformat(d["date"])
    pos, last = [], -1
    for i, it in enumerate(g["items"]):
        a = norm(it["anchor"])
        n = nt.count(a)
        if n != 1:
            errs.append("item %d anchor %r occurs %d times" % (i, it["anchor"], n))
        p = nt.find(a)
        if p <= last:
            errs.append("item %d anchor %r out of order" % (i, it["anchor"]))
        last = p
        pos.append(p)
        if it["kind"] not in KINDS:
            errs.append("item %d kind %r" % (i, it["kind"]))
        for role, names in it["units"].items():
            if role not in ROLES or len(set(map(norm, names))) != len(names):
                errs.append("item %d role %r or duplicate names" % (i, role))
            for name in names:
                if norm(name) not in nt:
                    errs.append("item %d unit %r not in visible text" % (i, name))
        for due in it["deadlines"]:
            datetime.date.fromisoformat(due)
        for f in it["recurrence"]:
            if f not in FREQS:
                errs.append("item %d freq %r" % (i, f))
        for t in it["targets"]:
            if t["op"] not in OPS or not isinstance(t["value"], (int, float)):
                errs.append("item %d target %r" % (i, t))
    # fake prediction: each item's text runs from its anchor to the next one
    tasks = []
    for i, it in enumerate(g["items"]):
        end = pos[i + 1] if i + 1 < len(pos) else len(nt)
        tasks.append({
            "kind": it["kind"], "title": "", "text": nt[pos[i]:end],
            "units": [{"role": r, "name": n}
                      for r in ROLES for n in it["units"][r]],
            "deadlines": [{"due": x} for x in it["deadlines"]],
            "recurrence": [{"freq": x} for x in it["recurrence"]],
            "targets": [{"value": t["value"]} for t in it["targets"]]})
    pred = {"document": d, "tasks": tasks}
    return errs, stem, pred


def main():
    if sys.argv[1:2] == ["--text"]:
        for page in sys.argv[2:]:
            print(visible_text(page))
        return 0
    html_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    gold_dir = os.path.join(html_dir, "gold")
    problems = 0
    with tempfile.TemporaryDirectory() as out:
        for fn in sorted(os.listdir(gold_dir)):
            if not fn.endswith(".gold.json"):
                continue
            errs, stem, pred = check(os.path.join(gold_dir, fn), html_dir)
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


if __name__ == "__main__":
    sys.exit(main())
