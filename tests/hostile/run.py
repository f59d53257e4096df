#!/usr/bin/env python3
"""Run `gongwen extract` on every case of the hostile set (tests/hostile/gen.py).

usage: run.py [--sanitized] [--only NAME[,NAME...]] HOSTILE_DIR

--sanitized is implied when GONGWEN is built with AddressSanitizer.

Environment:
  GONGWEN            the binary (default build/gongwen)
  HOSTILE_MEM_MB     address-space cap per run, as `ulimit -v` (default 1024);
                     not applied with --sanitized: ASan reserves terabytes of
                     address space for its shadow memory, so there the cap is
                     ASan's own hard_rss_limit_mb (4096) instead
  HOSTILE_TIMEOUT_SCALE  multiply every timeout (default 1; 3 with --sanitized,
                     since ASan + UBSan run two to three times slower)

Each case runs as `GONGWEN extract [args] FILE` with its stdout and stderr
captured, under its timeout (20 s unless the case says otherwise) and the
memory cap. It passes when the run ends with
  - exit status 0, stdout a JSON catalogue ("format": "gongwen-catalogue"), or
  - exit status 1 and a line "gongwen: FILE: reason" on stderr (not a warning),
and the case's own conditions hold (expect "fail": only exit 1 will do;
stderr: the reason must match; forbid: a string that must appear nowhere).
A signal, a timeout, any other exit status, or with --sanitized a sanitizer
report, fails it. Elapsed times are printed for information only.
"""
import json
import os
import re
import resource
import subprocess
import sys

SANITIZER = re.compile(r"ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:|SUMMARY: \w+Sanitizer")


def main(argv):
    sanitized = "--sanitized" in argv
    argv = [a for a in argv if a != "--sanitized"]
    only = None
    if "--only" in argv:
        i = argv.index("--only")
        only = set(argv[i + 1].split(","))
        del argv[i : i + 2]
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    hostile = argv[0]
    binary = os.environ.get("GONGWEN", "build/gongwen")
    if not sanitized:
        # An ASan binary cannot start under ulimit -v: treat it as --sanitized.
        with open(binary, "rb") as f:
            sanitized = b"__asan_init" in f.read()
    mem_mb = int(os.environ.get("HOSTILE_MEM_MB", "1024"))
    scale = float(os.environ.get("HOSTILE_TIMEOUT_SCALE", "3" if sanitized else "1"))
    with open(os.path.join(hostile, "manifest.json"), encoding="utf-8") as f:
        cases = json.load(f)
    if only:
        cases = [c for c in cases if c["name"] in only]

    env = dict(os.environ)
    if sanitized:
        env.setdefault("ASAN_OPTIONS", "detect_leaks=1:exitcode=99:hard_rss_limit_mb=4096:"
                       "allocator_may_return_null=1")
        env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1:exitcode=99")

    def cap_memory():
        if not sanitized:
            limit = mem_mb << 20
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    failures = []
    width = max((len(c["name"]) for c in cases), default=4)
    mode = "sanitized, no ulimit -v" if sanitized else f"ulimit -v {mem_mb} MiB"
    print(f"hostile: {len(cases)} cases with {binary} ({mode}, timeouts x{scale:g})")
    for c in cases:
        path = c["file"] if os.path.isabs(c["file"]) else os.path.join(hostile, c["file"])
        cmd = [binary, "extract", *c["args"], path]
        timeout = c.get("timeout", 20) * scale
        problems = []
        try:
            p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               timeout=timeout, preexec_fn=cap_memory, env=env)
            rc, out, err = p.returncode, p.stdout, p.stderr
        except subprocess.TimeoutExpired as e:
            rc, out, err = None, e.stdout or b"", e.stderr or b""
            problems.append(f"timed out after {timeout:g} s")
        errtext = err.decode("utf-8", "replace")
        prefix = f"gongwen: {path}: "
        errors = [l[len(prefix):] for l in errtext.splitlines()
                  if l.startswith(prefix) and not l.startswith(prefix + "warning: ")]
        outcome = ""
        if rc is None:
            pass
        elif rc < 0:
            problems.append(f"killed by signal {-rc}")
        elif rc == 0:
            try:
                cat = json.loads(out)
                if cat.get("format") != "gongwen-catalogue":
                    problems.append('stdout is JSON but has no "format": "gongwen-catalogue"')
                outcome = f"catalogue, {len(cat.get('tasks', []))} tasks"
            except (ValueError, AttributeError) as e:
                problems.append(f"exit 0 but stdout is not a JSON catalogue ({e})")
            if c["expect"] == "fail":
                problems.append("exit 0: this input must be refused")
        elif rc == 1:
            if not errors:
                problems.append("exit 1 without a 'gongwen: FILE: reason' line on stderr")
            else:
                outcome = "refused: " + errors[0]
                if c.get("stderr") and not re.search(c["stderr"], errors[0]):
                    problems.append(f"the reason does not match /{c['stderr']}/")
        else:
            problems.append(f"exit status {rc}")
        if c.get("forbid") and (c["forbid"].encode() in out or c["forbid"].encode() in err):
            problems.append(f"output contains {c['forbid']!r}")
        if sanitized and SANITIZER.search(errtext):
            problems.append("sanitizer report")
        status = "FAIL" if problems else "ok  "
        if len(outcome) > 90:
            outcome = outcome[:87] + "..."
        print(f"{status} {c['name']:<{width}}  {'; '.join(problems) or outcome}")
        if problems:
            failures.append(c["name"])
            print(f"     case: {c['why']}")
            print(f"     command: {' '.join(cmd)}")
            lines = [l for l in errtext.splitlines() if "warning: " not in l]
            # A sanitizer report: from its first line to the shadow byte map.
            first = next((i for i, l in enumerate(lines) if SANITIZER.search(l)), None)
            if first is not None:
                lines = lines[first:]
                end = next((i for i, l in enumerate(lines) if l.startswith("Shadow bytes")), None)
                lines = lines[:end]
            for line in lines[:40] if first is not None else lines[-40:]:
                print(f"     | {line}")
    if failures:
        print(f"hostile: {len(failures)} of {len(cases)} cases failed: {' '.join(failures)}")
        return 1
    print(f"hostile: all {len(cases)} cases passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
