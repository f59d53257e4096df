#!/bin/sh
# The command line as a user meets it: outputs, exit statuses, messages, and
# bad input (empty, binary, invalid UTF-8, a 10 MB line, no numbering).
# usage: tests/cli_test.sh [GONGWEN]
set -u
G=${1:-build/gongwen}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
PY=${PYTHON:-/usr/bin/python3}

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

# expect STATUS DESCRIPTION -- command...
expect() {
  want=$1 what=$2
  shift 3
  "$@" >"$T/out" 2>"$T/err"
  got=$?
  if [ "$got" = "$want" ]; then ok; else bad "$what: exit $got, expected $want; stderr: $(head -c 300 "$T/err")"; fi
}
# has FILE TEXT DESCRIPTION
has() {
  if grep -qF -- "$2" "$1"; then ok; else bad "$3: '$2' not in $(basename "$1"): $(head -c 300 "$1")"; fi
}
json_field() { "$PY" -c "import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))" "$1" "$2"; }

N=corpus/002_e0fedd1fff0104c5.txt

# --- help, version, usage errors -------------------------------------------
expect 0 "--help" -- "$G" --help
has "$T/out" "usage: gongwen" "--help"
expect 0 "extract --help" -- "$G" extract --help
has "$T/out" "--max-file-size" "extract --help lists the limits"
expect 0 "--version" -- "$G" --version
has "$T/out" "gongwen " "--version"
expect 2 "no command" -- "$G"
expect 2 "unknown command" -- "$G" frobnicate
has "$T/err" "gongwen: 'frobnicate' is not a command" "unknown command message"
expect 2 "extract without files" -- "$G" extract
expect 2 "bad -j" -- "$G" extract -j x "$N"
expect 2 "bad limit value" -- "$G" extract --max-tasks 0 "$N"
expect 2 "unknown option" -- "$G" extract --no-such-option "$N"

# --- one input: the catalogue on stdout ---------------------------------------
expect 0 "one notice to stdout" -- "$G" extract "$N"
[ "$(json_field "$T/out" "d['format']")" = gongwen-catalogue ] && ok || bad "stdout catalogue format"
[ "$(json_field "$T/out" "len(d['tasks'])")" = 25 ] && ok || bad "002 has 25 tasks"
[ "$(json_field "$T/out" "d['document']['doc_number']")" = "大安委发〔2020〕2号" ] && ok || bad "002 doc number"
[ "$(json_field "$T/out" "d['source']['encoding']")" = "UTF-8" ] && ok || bad "encoding recorded"
# every span points at its own text
"$PY" - "$T/out" <<'EOF' && ok || bad "unit spans point at the unit names in text"
import json, sys
d = json.load(open(sys.argv[1]))
text = d["text"]
for t in d["tasks"]:
    for u in t["units"]:
        s, e = u["span"]
        assert "".join(text[s:e].split()) == u["name"], (u, text[s:e])
    for x in t["deadlines"]:
        s, e = x["span"]
        assert text[s:e] == x["text"], (x, text[s:e])
EOF
expect 0 "--no-text" -- "$G" extract --no-text "$N"
[ "$(json_field "$T/out" "'text' in d")" = False ] && ok || bad "--no-text omits text"
expect 0 "--pretty" -- "$G" extract --pretty "$N"
[ "$(sed -n 2p "$T/out" | cut -c1-2)" = "  " ] && ok || bad "--pretty indents"

# --- several inputs: one JSON object a line, in input order -------------------
expect 0 "two notices to stdout" -- "$G" extract corpus/000_865e64c438e38093.txt "$N"
[ "$(wc -l <"$T/out")" = 2 ] && ok || bad "two lines of JSON"
"$PY" -c "import json,sys; ls=open(sys.argv[1]).read().splitlines(); assert json.loads(ls[1])['document']['doc_number']=='大安委发〔2020〕2号'" "$T/out" && ok || bad "input order kept"

# --- -o DIR, -j, --summary -------------------------------------------------------
expect 0 "-o DIR with -j 2 and --summary" -- "$G" extract -j 2 -o "$T/o1/sub" --summary corpus/*.txt
for f in corpus/*.txt; do
  s=$(basename "$f" .txt)
  [ -s "$T/o1/sub/$s.json" ] && ok || bad "-o wrote $s.json"
done
has "$T/out" "大安委发〔2020〕2号" "--summary lists doc numbers"
has "$T/out" "5 of 5 documents" "--summary total line"
[ -z "$(ls "$T/o1/sub" | grep -v '\.json$')" ] && ok || bad "no temporary files left in the output directory"
expect 2 "--summary needs -o" -- "$G" extract --summary "$N"
# Inputs with the same stem: the first given writes the catalogue, each later
# one is an error naming both; the others still go.
mkdir -p "$T/same/c" "$T/same/a" "$T/same/b"
for d in c a b; do cp corpus/000_865e64c438e38093.txt "$T/same/$d/x.txt"; done
expect 1 "three inputs with one stem" -- "$G" extract -o "$T/o5" "$T/same/c/x.txt" "$T/same/a/x.txt" "$N" "$T/same/b/x.txt"
has "$T/err" "gongwen: $T/same/a/x.txt: its catalogue $T/o5/x.json would overwrite that of $T/same/c/x.txt; skipped" "second same-stem input named with the first"
has "$T/err" "gongwen: $T/same/b/x.txt: its catalogue $T/o5/x.json would overwrite that of $T/same/c/x.txt; skipped" "third same-stem input named with the first"
[ "$(json_field "$T/o5/x.json" "d['source']['file']")" = "$T/same/c/x.txt" ] && ok || bad "the first same-stem input keeps its catalogue"
[ -s "$T/o5/002_e0fedd1fff0104c5.json" ] && ok || bad "the other input of a same-stem batch is written"

# --- aliases ------------------------------------------------------------------
printf '区应急局\t益阳市大通湖区应急管理局\n' >"$T/aliases.tsv"
expect 0 "--aliases FILE" -- "$G" extract --aliases "$T/aliases.tsv" "$N"
"$PY" -c "
import json,sys; d=json.load(open(sys.argv[1]))
c={u['canonical'] for t in d['tasks'] for u in t['units'] if u['name']=='区应急局'}
assert c=={'益阳市大通湖区应急管理局'}, c
c={u['canonical'] for t in d['tasks'] for u in t['units'] if u['name']=='区交警大队'}
assert c=={'区公安交警大队'}, c" "$T/out" && ok || bad "aliases from the file and the shipped table"
printf 'no tab here\n' >"$T/bad-aliases.tsv"
expect 2 "malformed alias file" -- "$G" extract --aliases "$T/bad-aliases.tsv" "$N"
has "$T/err" "bad-aliases.tsv:1" "alias error names file and line"

# --- bad input: error naming the file, the rest of the batch goes on ---------
: >"$T/empty.txt"
"$PY" -c "import random; r = random.Random(7); open('$T/garbage.bin','wb').write(bytes(r.randrange(256) for _ in range(4096)))"
printf '%s\n' '一、任务' >"$T/ok.txt"
"$PY" -c "open('$T/longline.txt','w').write('一、'+'很长的一行'*700000)"
printf '关于放假的通知\n\n各单位：\n现将有关事项通知如下，请遵照执行。\n' >"$T/plain.txt"
expect 1 "batch with bad files" -- "$G" extract -o "$T/o2" "$T/empty.txt" "$T/garbage.bin" "$T/missing.txt" "$T/ok.txt" "$N"
has "$T/err" "gongwen: $T/empty.txt: empty file" "empty file message"
has "$T/err" "gongwen: $T/garbage.bin: " "binary garbage is named"
has "$T/err" "gongwen: $T/missing.txt: cannot open" "missing file message"
[ -s "$T/o2/002_e0fedd1fff0104c5.json" ] && ok || bad "the rest of the batch was written"
[ ! -e "$T/o2/empty.json" ] && ok || bad "no catalogue for a failed input"
expect 0 "a 10 MB line is read" -- "$G" extract -q "$T/longline.txt"
expect 1 "a line over --max-line" -- "$G" extract --max-line 1M "$T/longline.txt"
has "$T/err" "longer than" "long line message"
expect 1 "a file over --max-file-size" -- "$G" extract --max-file-size 1k "$N"
has "$T/err" "--max-file-size" "file size message names the flag"
expect 1 "more tasks than --max-tasks" -- "$G" extract --max-tasks 3 "$N"
has "$T/err" "--max-tasks" "task limit message"
expect 0 "no numbering at all: valid, empty catalogue" -- "$G" extract "$T/plain.txt"
[ "$(json_field "$T/out" "len(d['tasks'])")" = 0 ] && ok || bad "no tasks"
has "$T/err" "warning: no numbered tasks found" "a warning says the catalogue is empty"
expect 1 "legacy .doc" -- sh -c "printf '\320\317\021\340\241\261\032\341' > '$T/old.doc'; '$G' extract '$T/old.doc'"
has "$T/err" ".doc (OLE2) is not supported" ".doc message"
# GBK with a few bad bytes: read, with a warning
"$PY" -c "open('$T/gbk.txt','wb').write('一、重点任务\n1.开展隐患排查。（区应急局牵头）\n'.encode('gb18030')+b'\x81\x20'+'二、其他\n'.encode('gb18030'))"
expect 0 "GBK with an invalid byte" -- "$G" extract "$T/gbk.txt"
has "$T/err" "replaced by U+FFFD" "invalid bytes are reported"
[ "$(json_field "$T/out" "d['source']['encoding']")" = GB18030 ] && ok || bad "GB18030 recorded"

# --- output that cannot be written ------------------------------------------
# A file where the output directory should be: unwritable even for root,
# and told once, before any notice is read.
: >"$T/ro"
expect 2 "output directory that is a file" -- "$G" extract -o "$T/ro" "$N"
has "$T/err" "ro: cannot open the output directory: Not a directory" "names the directory and the reason"
expect 1 "stdout closed" -- sh -c "'$G' extract '$N' >&-"

# --- diff: catalogues as input, output that cannot be written ---------------
"$G" extract "$N" >"$T/cat.json" 2>/dev/null
printf '\357\273\277' | cat - "$T/cat.json" >"$T/cat-bom.json"
expect 0 "diff of a catalogue with a BOM against its notice" -- "$G" diff "$T/cat-bom.json" "$N"
expect 2 "diff into a file in a missing directory" -- "$G" diff -o "$T/no/such/r.json" "$N" "$N"
[ "$(grep -o 'r\.json' "$T/err" | wc -l)" = 1 ] && ok || bad "diff names the output file once: $(cat "$T/err")"
if [ -w /dev/full ]; then
  expect 2 "diff into a full disk is trouble, not 'differences'" -- sh -c "'$G' diff '$N' '$N' >/dev/full"
fi

echo "cli: $pass checks passed, $fail failed"
[ "$fail" = 0 ]
