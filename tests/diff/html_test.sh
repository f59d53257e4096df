#!/bin/sh
# The HTML report as a reader sees it: one self-contained file (no script,
# no external asset), opened in headless Chromium: the page renders (a
# screenshot of real size) and its summary table shows the diff's numbers.
# usage: html_test.sh GONGWEN PAIR_DIR
set -u
G=$1 P=$2
PY=${PYTHON:-/usr/bin/python3}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: html: $*"; exit 1; }

"$G" diff --format html -o "$T/report.html" "$P/old.txt" "$P/new.txt"
[ $? = 1 ] || fail "gongwen diff --format html did not report differences"
"$G" diff "$P/old.txt" "$P/new.txt" >"$T/report.json"
grep -qi '<script' "$T/report.html" && fail "the report has a script"
grep -qiE '<link|src=|@import|url\(' "$T/report.html" && fail "the report loads something from elsewhere"

command -v chromium >/dev/null 2>&1 || fail "chromium is not installed (make deps installs it)"
run_chromium() {
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$T/profile" --hide-scrollbars "$@" 2>"$T/chromium.log"
}
run_chromium --window-size=1280,1600 --screenshot="$T/shot.png" "file://$T/report.html" ||
  fail "chromium could not render the report: $(tail -3 "$T/chromium.log")"
run_chromium --dump-dom "file://$T/report.html" >"$T/dom.html" || fail "chromium --dump-dom failed"

"$PY" - "$T/shot.png" "$T/dom.html" "$T/report.json" <<'PYEOF' || exit 1
import json, re, struct, sys, zlib
shot, dom, report = sys.argv[1:4]
data = open(shot, "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "the screenshot is not a PNG"
w, h = struct.unpack(">II", data[16:24])
assert (w, h) == (1280, 1600), f"screenshot is {w}x{h}"
# a rendered page is not one colour: the compressed image is not tiny
assert len(data) > 20000, f"screenshot is only {len(data)} bytes: blank page?"
html = open(dom, encoding="utf-8").read()
summary = json.load(open(report))["summary"]
for status, count in summary.items():
    m = re.search(r'class="count-%s">(\d+)<' % status, html)
    assert m, f"no {status} count in the rendered page"
    assert int(m.group(1)) == count, f"{status}: page says {m.group(1)}, diff says {count}"
changes = len(json.load(open(report))["changes"])
links = len(re.findall(r'<a href="#c\d+">', html))
sections = len(re.findall(r'<section class="change', html))
assert links == changes == sections, f"{changes} changes, {links} links, {sections} sections"
assert "<del>" in html and "<ins>" in html, "no marked deletions and insertions"
print(f"html: report renders ({w}x{h}, {len(data)} bytes), {changes} changes linked from the summary")
PYEOF
