#!/bin/sh
# Run the fuzz targets (used by tests/mk/80-fuzz.mk).
#
# usage: run.sh test|fuzz SECONDS FUZZDIR TARGET...
#
# For each target:
#  1. every file in tests/fuzz/regressions/TARGET/ is run once through the
#     target (libFuzzer runs the files given as arguments); any crash fails;
#  2. the target fuzzes for SECONDS from its seed corpus FUZZDIR/corpus-NAME.
#     test: new inputs go to a scratch directory emptied first, so each run
#           of `make test` starts from the same seeds;
#     fuzz: new inputs go to FUZZDIR/found-NAME, kept from run to run.
# A crash, a timeout (an input taking more than 10 s), running out of memory
# or a leak fails the run; the input is saved under FUZZDIR/artifacts/TARGET/
# and the report is printed. All targets run before the status is returned.
set -u
mode=$1 seconds=$2 dir=$3
shift 3
here=$(dirname "$0")
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
failed=""

# The report in a libFuzzer log: from the first error line, without ASan's
# shadow byte map, at most 80 lines (the end of the log if nothing matches).
report() {
  out=$(sed -n '/ERROR: \|runtime error:\|invariant broken\|ALARM: \|out-of-memory\|deadly signal/,$p' "$1" |
    sed '/^Shadow bytes/,/^==[0-9]*==ABORTING/d' | grep -v -E '^#[0-9]+[[:space:]]+(NEW|REDUCE|pulse)' | head -n 80)
  if [ -n "$out" ]; then echo "$out"; else tail -n 40 "$1"; fi
}

for target in "$@"; do
  name=${target#fuzz_}
  case $name in
  text | wordxml | html) bin=$dir/fuzz_read ;; # the format is sniffed from the bytes
  *) bin=$dir/$target ;;
  esac
  seeds=$dir/corpus-$name
  artifacts=$dir/artifacts/$target
  log=$dir/$target.log
  mkdir -p "$artifacts"
  case $name in
  text | extract) dict=$here/text.dict ;;
  docx | wordxml) dict=$here/xml.dict ;;
  html) dict=$here/html.dict ;;
  *) dict= ;;
  esac

  # 1. regressions
  regs=$(find "$here/regressions/$target" -type f ! -name '.*' ! -name '*.md' 2>/dev/null | sort)
  if [ -n "$regs" ]; then
    # shellcheck disable=SC2086 # one argument per file (names have no blanks)
    if ! "$bin" -timeout=10 -rss_limit_mb=2048 $regs >"$log" 2>&1; then
      echo "FAIL $target: a regression input crashes again:"
      report "$log"
      failed="$failed $target"
      continue
    fi
    nregs=$(echo "$regs" | wc -l)
  else
    nregs=0
  fi

  # 2. fuzzing
  if [ "$mode" = test ]; then
    work=$dir/test-$name
    rm -rf "$work"
  else
    work=$dir/found-$name
  fi
  mkdir -p "$work"
  set -- -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/"
  [ -n "$dict" ] && set -- "$@" -dict="$dict"
  if "$bin" "$@" "$work" "$seeds" >"$log" 2>&1; then
    stats=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1 | sed 's/^#\([0-9]*\)[[:space:]]*DONE[[:space:]]*/\1 runs, /')
    echo "ok   $target: $nregs regression inputs; ${seconds}s fuzzing: ${stats:-done}"
  else
    echo "FAIL $target (log: $log):"
    report "$log"
    crash=$(ls -t "$artifacts" 2>/dev/null | head -n 1)
    if [ -n "$crash" ]; then
      echo "  input: $artifacts/$crash"
      echo "  minimize: $bin -minimize_crash=1 -runs=100000 -exact_artifact_path=min $artifacts/$crash"
      echo "  then save the result as tests/fuzz/regressions/$target/<name> (it runs on every make test)"
    fi
    failed="$failed $target"
  fi
done

if [ -n "$failed" ]; then
  echo "fuzz: failing targets:$failed"
  exit 1
fi
exit 0
