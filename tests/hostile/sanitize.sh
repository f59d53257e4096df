#!/bin/sh
# The corpus through the ASan/UBSan build of the CLI (tests/mk/95-sanitize.mk).
#
# usage: sanitize.sh ASAN_DIR REFERENCE_GONGWEN NOTICE...
#
# Runs ASAN_DIR/gongwen extract over the notices with one thread, with all
# cores, and in stdout mode; fails on any sanitizer report (ASan, LSan,
# UBSan) and when the catalogues differ from those REFERENCE_GONGWEN (the
# main build) writes: a difference between the two builds points at
# undefined behaviour or uninitialized memory. The hostile set is run after
# this by tests/hostile/run.py --sanitized.
set -u
dir=$1 ref=$2
shift 2
bin=$dir/gongwen
# exitcode=99: a report must not look like gongwen's own exit status 1.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:exitcode=99:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:exitcode=99}"
status=0

# run NAME EXPECTED_STATUS COMMAND...: run, keep the log, check for reports.
ran_ok=" "
run() {
  name=$1 want=$2
  shift 2
  "$@" >"$dir/$name.out" 2>"$dir/$name.log"
  rc=$?
  if grep -q -E 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:|SUMMARY: [A-Za-z]+Sanitizer' "$dir/$name.log" ||
    [ "$rc" -ge 2 ] || [ "$rc" != "$want" ]; then
    echo "FAIL sanitize $name: exit status $rc (the main build: $want); $dir/$name.log:"
    grep -v '^gongwen: .*warning: ' "$dir/$name.log" | head -n 80
    status=1
  else
    echo "ok   sanitize $name"
    ran_ok="$ran_ok$name "
  fi
}

rm -rf "$dir/out-ref" "$dir/out-j1" "$dir/out-jN"
"$ref" extract -q -o "$dir/out-ref" "$@" >/dev/null 2>&1
want=$?
"$ref" extract -q "$@" >"$dir/ref-stdout.jsonl" 2>/dev/null

run corpus-j1 "$want" "$bin" extract -q -o "$dir/out-j1" "$@"
run corpus-jN "$want" "$bin" extract -q -j 0 -o "$dir/out-jN" "$@"
run corpus-stdout "$want" "$bin" extract "$@"
run corpus-pretty "$want" "$bin" extract --pretty --no-text -j 2 -o "$dir/out-pretty" "$@"

for d in j1 jN; do
  case $ran_ok in *" corpus-$d "*) ;; *) continue ;; esac
  d=out-$d
  if ! diff -r "$dir/out-ref" "$dir/$d" >"$dir/$d.diff"; then
    echo "FAIL sanitize: $dir/$d differs from the main build's catalogues ($dir/$d.diff):"
    head -n 20 "$dir/$d.diff"
    status=1
  fi
done
case $ran_ok in *" corpus-stdout "*) stdout_ran=1 ;; *) stdout_ran=0 ;; esac
if [ $stdout_ran = 1 ] && ! cmp -s "$dir/ref-stdout.jsonl" "$dir/corpus-stdout.out"; then
  echo "FAIL sanitize: stdout mode differs from the main build's"
  status=1
fi
exit $status
