#!/bin/sh
# Throughput of gongwen extract against the floor (make bench).
#
# usage: bench.sh [BUILD_DIR]      (default build; needs BUILD_DIR/gongwen and
#                                   BUILD_DIR/bench/{floor,segment})
# Environment: BENCH_MB (50) corpus size, BENCH_REPEAT (3) rounds: each
# round runs every measurement once, in turn, and the fastest run of each
# counts; PYTHON (python3).
#
# 1. Data (not timed): corpus/*.txt copied over and over into
#    BUILD_DIR/bench-data/text/ up to BENCH_MB MB, each copy with a counter
#    line appended so that no two documents are the same. Made once, again
#    only when the corpus or BENCH_MB change.
# 2. Every file is read once (cat > /dev/null) so that all runs see a warm
#    page cache, then on the same files:
#      floor      read each file + validate/decode its UTF-8 with ICU
#      segment    the same + ICU Chinese word segmentation (ubrk, "zh")
#      extract-j1 gongwen extract -j 1 -o DIR (default output)
#    DIR is on a RAM file system (a fresh directory under /dev/shm, removed
#    at the end) so that what is timed is gongwen and not the disk: on a
#    virtual disk creating a few thousand files costs anywhere from 0.1 to
#    2.5 seconds from one run to the next. BENCH_OUT_DIR=DIR puts the
#    catalogues on another file system instead.
#      extract-jN gongwen extract -j $(nproc) -o DIR
#    Wall time (date +%s%N, process start-up included) and peak RSS
#    (/usr/bin/time -f %M) of each; the output directory is emptied before
#    each run, outside the timing.
# 3. With .docx fixtures under tests/fixtures/ that gongwen reads, extract -j 1
#    on copies of them against the same notices as text (corpus/<stem>.txt);
#    skipped when there are none.
# 4. Linear time: four inputs (a long notice, an unclosed bracket, one long
#    line, deeply nested brackets) at 1 MB and at 10 MB; the larger may take
#    at most 12 times as long.
set -eu
B=${1:-build}
PYTHON=${PYTHON:-python3}
BENCH_MB=${BENCH_MB:-50}
BENCH_REPEAT=${BENCH_REPEAT:-3}
GONGWEN=$B/gongwen
DATA=$B/bench-data
OUT=$B/bench-out
NPROC=$(nproc)
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "bench: $TIME is missing (Debian package 'time')" >&2; exit 1; }
for p in "$GONGWEN" "$B/bench/floor" "$B/bench/segment"; do
  [ -x "$p" ] || { echo "bench: $p is missing; run make bench" >&2; exit 1; }
done

# ---- 1. data -------------------------------------------------------------------
stamp="$BENCH_MB $(cat corpus/*.txt | cksum)"
if [ ! -f "$DATA/stamp" ] || [ "$(cat "$DATA/stamp")" != "$stamp" ]; then
  echo "bench: writing about $BENCH_MB MB of notices into $DATA/text/ ..."
  rm -rf "$DATA"
  mkdir -p "$DATA/text"
  "$PYTHON" - "$DATA/text" "$BENCH_MB" corpus/*.txt <<'EOF'
import os, sys
out, mb, paths = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
docs = [(os.path.splitext(os.path.basename(p))[0], open(p, "rb").read()) for p in paths]
total, n = 0, 0
while total < mb * 1000 * 1000:
    stem, data = docs[n % len(docs)]
    copy = data.rstrip(b"\n") + ("\n（基准测试副本第%d份）\n" % n).encode()
    with open(os.path.join(out, "%05d_%s.txt" % (n, stem)), "wb") as f:
        f.write(copy)
    total += len(copy)
    n += 1
EOF
  echo "$stamp" >"$DATA/stamp"
fi
set -- "$DATA"/text/*.txt
ndocs=$#
bytes=$(cat "$@" | wc -c) # also warms the page cache

# ---- 2. measurements -----------------------------------------------------------
results=$OUT/results
rm -rf "$OUT"
mkdir -p "$OUT"
if [ -n "${BENCH_OUT_DIR:-}" ]; then
  CATALOGUES=$BENCH_OUT_DIR/catalogues
elif [ -d /dev/shm ] && [ -w /dev/shm ]; then
  shm=$(mktemp -d /dev/shm/gongwen-bench.XXXXXX)
  trap 'rm -rf "$shm"' EXIT
  CATALOGUES=$shm/catalogues
else
  CATALOGUES=$OUT/catalogues
fi
: >"$results"

# measure NAME COMMAND...: one timed run; appends "NAME NANOSECONDS
# PEAK_RSS_KB" to $results. Measurements that are compared with each other
# are taken in rounds, one run of each per round, BENCH_REPEAT rounds: on a
# virtual machine whose speed drifts from one second to the next, each
# compared pair then sees the same stretches of slow and fast. The report
# keeps each one's fastest run.
measure() {
  name=$1
  shift
  rm -rf "$CATALOGUES"
  t0=$(date +%s%N)
  if ! "$TIME" -f %M -o "$OUT/$name.rss" "$@" >"$OUT/$name.stdout" 2>"$OUT/$name.stderr"; then
    echo "bench: $name failed; $OUT/$name.stderr:" >&2
    tail -n 20 "$OUT/$name.stderr" >&2
    exit 1
  fi
  t1=$(date +%s%N)
  echo "$name $((t1 - t0)) $(tail -n 1 "$OUT/$name.rss")" >>"$results"
}

# check_catalogues N: the last extract run wrote N catalogues.
check_catalogues() {
  got=$(find "$CATALOGUES" -name '*.json' | wc -l)
  [ "$got" -eq "$1" ] || { echo "bench: expected $1 catalogues, found $got" >&2; exit 1; }
}

echo "bench: $ndocs documents, $bytes bytes; best of $BENCH_REPEAT rounds (one run of each a round); $NPROC cores;" \
  "catalogues written to $(df -P "$(dirname "$CATALOGUES")" | awk 'NR==2 {print $1}')"
round=0
while [ $round -lt "$BENCH_REPEAT" ]; do
  measure floor "$B/bench/floor" "$@"
  measure segment "$B/bench/segment" "$@"
  measure extract-j1 "$GONGWEN" extract -q -j 1 -o "$CATALOGUES" "$@"
  check_catalogues "$ndocs"
  measure extract-j$NPROC "$GONGWEN" extract -q -j "$NPROC" -o "$CATALOGUES" "$@"
  check_catalogues "$ndocs"
  round=$((round + 1))
done

# ---- 3. docx against text ------------------------------------------------------
# The .docx fixtures gongwen reads without error (tests/fixtures/bad/ holds
# broken ones on purpose), each against the same notice as text when
# corpus/<stem>.txt exists. Both sets are copied DOCX_COPIES times.
DOCX_COPIES=${DOCX_COPIES:-200}
docx_note="" ndocx=0 dbytes=0 ntext=0 tbytes=0
good=""
for f in $(find tests/fixtures -name '*.docx' 2>/dev/null | sort); do
  if "$GONGWEN" extract -q "$f" >/dev/null 2>>"$OUT/docx-check.stderr"; then good="$good $f"; fi
done
if [ -z "$(find tests/fixtures -name '*.docx' 2>/dev/null)" ]; then
  docx_note="docx: skipped (no .docx under tests/fixtures/)"
elif [ -z "$good" ]; then
  docx_note="docx: skipped (gongwen extract fails on every .docx fixture: $(head -n 1 "$OUT/docx-check.stderr"))"
else
  rm -rf "$DATA/docx" "$DATA/docx-text"
  mkdir -p "$DATA/docx" "$DATA/docx-text"
  for f in $good; do
    stem=$(basename "$f" .docx)
    i=0
    while [ $i -lt "$DOCX_COPIES" ]; do
      cp "$f" "$DATA/docx/$(printf %04d $i)_$stem.docx"
      [ -f "corpus/$stem.txt" ] && cp "corpus/$stem.txt" "$DATA/docx-text/$(printf %04d $i)_$stem.txt"
      i=$((i + 1))
    done
  done
  set -- "$DATA"/docx/*.docx
  ndocx=$#
  dbytes=$(cat "$@" | wc -c)
  if [ -n "$(ls "$DATA/docx-text")" ]; then
    set -- "$DATA"/docx-text/*.txt
    ntext=$#
    tbytes=$(cat "$@" | wc -c)
  fi
  round=0
  while [ $round -lt "$BENCH_REPEAT" ]; do
    measure docx-j1 "$GONGWEN" extract -q -j 1 -o "$CATALOGUES" "$DATA"/docx/*.docx
    check_catalogues "$ndocx"
    if [ "$ntext" -gt 0 ]; then
      measure docx-text-j1 "$GONGWEN" extract -q -j 1 -o "$CATALOGUES" "$DATA"/docx-text/*.txt
      check_catalogues "$ntext"
    fi
    round=$((round + 1))
  done
fi

# ---- report ----------------------------------------------------------------------
"$PYTHON" - "$results" "$ndocs" "$bytes" "$NPROC" "$ndocx" "$dbytes" "$ntext" "$tbytes" "$docx_note" <<'EOF'
import sys
path, note = sys.argv[1], sys.argv[9]
ndocs, nbytes, nproc, ndocx, dbytes, ntext, tbytes = map(int, sys.argv[2:9])
runs = {}  # name: (fastest seconds, largest peak RSS)
for line in open(path):
    name, ns, rss = line.split()
    sec, kb = int(ns) / 1e9, int(rss)
    if name in runs:
        sec, kb = min(sec, runs[name][0]), max(kb, runs[name][1])
    runs[name] = (sec, kb)
labels = {
    "floor": "floor: read + ICU UTF-8 decode",
    "segment": "ICU word segmentation (zh)",
    "extract-j1": "gongwen extract -j 1",
    f"extract-j{nproc}": f"gongwen extract -j {nproc}",
    "docx-j1": "gongwen extract -j 1, .docx",
    "docx-text-j1": "  the same notices as text",
}
print(f"{'':34} {'seconds':>8} {'MB/s':>9} {'docs/s':>10} {'peak RSS':>10}")
for name, (sec, rss) in runs.items():
    docs, size = {"docx-j1": (ndocx, dbytes), "docx-text-j1": (ntext, tbytes)}.get(name, (ndocs, nbytes))
    print(f"{labels.get(name, name):34} {sec:8.3f} {size / 1e6 / sec:9.1f} {docs / sec:10.0f} "
          f"{rss / 1024:8.1f}MB")
floor, j1, jn = runs["floor"][0], runs["extract-j1"][0], runs[f"extract-j{nproc}"][0]
print(f"extract -j 1 / floor:     {j1 / floor:.1f}x the floor's time")
print(f"extract -j 1 / segment:   {j1 / runs['segment'][0]:.2f}x ICU segmentation's time")
print(f"speedup -j {nproc} over -j 1:  {j1 / jn:.2f}x on {nproc} cores")
print(f"peak RSS: -j 1 {runs['extract-j1'][1] / 1024:.1f} MB, "
      f"-j {nproc} {runs[f'extract-j{nproc}'][1] / 1024:.1f} MB")
if "docx-text-j1" in runs:
    d, t = runs["docx-j1"][0] / ndocx, runs["docx-text-j1"][0] / ntext
    print(f"docx vs text: {d * 1e3:.2f} ms against {t * 1e3:.2f} ms a document "
          f"({d / t:.2f}x the time of the same notices as text)")
elif "docx-j1" in runs:
    print(f"docx vs text: {ndocx / runs['docx-j1'][0]:.0f} against {ndocs / j1:.0f} documents/s "
          "(no text counterparts in corpus/ for the .docx fixtures)")
else:
    print(note)
EOF

# ---- 4. linear time ----------------------------------------------------------------
# Each input at about 1 MB and at 10 MB, made by tools in Python (not timed):
# a long notice (the corpus one after another), a bracket never closed, one
# line without a break, brackets nested thousands deep. The larger may take
# at most 12 times the smaller's time.
mkdir -p "$DATA/linear"
"$PYTHON" - "$DATA/linear" corpus/*.txt <<'PY'
import os, sys
out, paths = sys.argv[1], sys.argv[2:]
corpus = b"\n".join(open(p, "rb").read() for p in paths)
sentence = "开展安全生产大检查，区应急局牵头，各镇（街道）配合，2023年6月底前完成。".encode()
def make(name, mb):
    n = mb * 1000 * 1000
    if name == "notice":
        body = (corpus * (n // len(corpus) + 1))[:n]
        body = body[: body.rfind(b"\n") + 1]
    elif name == "unclosed":
        body = "一、重点任务\n1.（".encode() + (sentence * (n // len(sentence) + 1))[: n // 3 * 3]
    elif name == "line":
        body = "一、重点任务\n1.".encode() + sentence * (n // len(sentence))
    else:  # nested
        k = n // 12
        body = "一、重点任务\n1.".encode() + "（".encode() * k + "区应急局负责".encode() + "）".encode() * k
    with open(os.path.join(out, f"{name}-{mb}mb.txt"), "wb") as f:
        f.write(body)
for name in ("notice", "unclosed", "line", "nested"):
    for mb in (1, 10):
        make(name, mb)
PY
round=0
while [ $round -lt "$BENCH_REPEAT" ]; do
  for input in notice unclosed line nested; do
    for mb in 1 10; do
      measure "linear-$input-$mb" "$GONGWEN" extract -q --no-text "$DATA/linear/$input-${mb}mb.txt"
    done
  done
  round=$((round + 1))
done
"$PYTHON" - "$results" "$BENCH_REPEAT" <<'PY'
import sys
runs = {}  # name: fastest seconds
for line in open(sys.argv[1]):
    name, ns, _ = line.split()
    runs[name] = min(int(ns) / 1e9, runs.get(name, float("inf")))
print(f"linear time: extract of one input at 1 MB and at 10 MB (best of {sys.argv[2]})")
over = []
for name in ("notice", "unclosed", "line", "nested"):
    small, large = runs[f"linear-{name}-1"], runs[f"linear-{name}-10"]
    ratio = large / small
    print(f"  {name:<9} {small:7.3f} s -> {large:7.3f} s  {ratio:5.1f}x  "
          + ("ok" if ratio <= 12 else "OVER 12x"))
    if ratio > 12:
        over.append(name)
if over:
    sys.exit("bench: more than 12 times as long for 10 times the input: " + ", ".join(over))
PY
