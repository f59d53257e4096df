#!/usr/bin/env python3
"""Run the spec examples: small notices and the catalogue summary expected of
each (the format of cmark's spec.txt).

usage: run_spec.py [--gongwen BIN] [--filter TEXT] FILE.md...

An example is a fenced block

    ```````````````````````````````` example [encoding]
    notice text
    .
    expected summary lines
    ````````````````````````````````

`encoding` (optional) is the encoding the notice is saved in before it is
read: utf-8 (default), utf-8-sig, gb18030, utf-16 (with BOM), utf-16-le.
A trailing `⏎` at the end of a notice line stands for a tab (so editors keep
it); `→` does too.

The summary has a line per non-empty document field (`@field value`, lists
joined with ` | `) and a line per task: its path, then `[kind]` unless it is
a task (after a space), then `lead:`, `cooperating:`, `responsible:`, `supervising:` unit
lists, `people:`, `due:` dates, `start:` dates, `ongoing`, `every:`
frequencies, `target:` values, `subtasks: N` when a task has two or more,
joined with ` | `.
"""
import json
import os
import subprocess
import sys
import tempfile

FENCE = "`" * 32


def parse(path):
    examples = []
    section = ""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("#"):
            section = line.lstrip("#").strip()
        if line.startswith(FENCE + " example"):
            info = line[len(FENCE) + len(" example"):].strip()
            start = i + 1
            j = start
            while j < len(lines) and lines[j] != ".":
                j += 1
            k = j + 1
            while k < len(lines) and lines[k] != FENCE:
                k += 1
            notice = "\n".join(lines[start:j]).replace("→", "\t").replace("⏎", "\t").replace("␌", "\f") + "\n"
            expected = [l for l in lines[j + 1:k] if l.strip()]
            examples.append({"file": path, "line": i + 1, "section": section,
                             "encoding": info or "utf-8", "notice": notice,
                             "expected": expected})
            i = k
        i += 1
    return examples


def render(cat):
    out = []
    d = cat["document"]
    for k in ("doc_number", "issuer", "title", "doc_type", "date", "enclosed_title", "signer",
              "printed_by", "printed_date"):
        if d.get(k):
            out.append(f"@{k} {d[k]}")
    for k in ("recipients", "cc", "attachments"):
        if d.get(k):
            out.append(f"@{k} " + " | ".join(d[k]))
    if d.get("public") is not None:
        out.append(f"@public {'true' if d['public'] else 'false'}")
    for t in cat["tasks"]:
        head = " ".join(t["path"])
        if t["kind"] != "task":
            head += f" [{t['kind']}]"
        parts = [head]
        for role in ("lead", "cooperating", "responsible", "supervising"):
            names = [u["name"] for u in t["units"] if u["role"] == role]
            if names:
                parts.append(f"{role}: " + ",".join(names))
        if t.get("leaders"):
            parts.append("people: " + ",".join(p["name"] for p in t["leaders"]))
        dues = [x["due"] for x in t["deadlines"] if x["due"]]
        if dues:
            parts.append("due: " + ",".join(dues))
        starts = [x["start"] for x in t["deadlines"] if x["start"]]
        if starts:
            parts.append("start: " + ",".join(starts))
        if any(x.get("ongoing") for x in t["deadlines"]):
            parts.append("ongoing")
        if t["recurrence"]:
            parts.append("every: " + ",".join(r["freq"] for r in t["recurrence"]))
        if t["targets"]:
            def fmt(g):
                v = g["value"]
                v = int(v) if float(v).is_integer() else v
                return f"{g['op']}{v}{g['unit'] or ''}"
            parts.append("target: " + ",".join(fmt(g) for g in t["targets"]))
        if len(t.get("subtasks") or []) >= 2:
            parts.append(f"subtasks: {len(t['subtasks'])}")
        out.append(" | ".join(parts))
    return out


def run(example, gongwen, tmp):
    path = os.path.join(tmp, "notice.txt")
    with open(path, "wb") as f:
        f.write(example["notice"].encode(example["encoding"]))
    proc = subprocess.run([gongwen, "extract", "-q", path], capture_output=True, timeout=30)
    if proc.returncode != 0:
        return [f"(exit {proc.returncode}) {proc.stderr.decode('utf-8', 'replace').strip()}"]
    return render(json.loads(proc.stdout))


def main(argv):
    gongwen = os.environ.get("GONGWEN", "build/gongwen")
    filt = None
    files = []
    it = iter(argv)
    for a in it:
        if a == "--gongwen":
            gongwen = next(it)
        elif a == "--filter":
            filt = next(it)
        else:
            files.append(a)
    examples = [e for f in files for e in parse(f)]
    if filt:
        examples = [e for e in examples if filt in e["section"] or filt in e["notice"]]
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for e in examples:
            got = run(e, gongwen, tmp)
            if got != e["expected"]:
                failed += 1
                print(f"FAIL {e['file']}:{e['line']} ({e['section']})")
                print("  expected:")
                for l in e["expected"]:
                    print("    " + l)
                print("  got:")
                for l in got:
                    print("    " + l)
    print(f"spec: {len(examples) - failed} of {len(examples)} examples passed")
    return 1 if failed or not examples else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
