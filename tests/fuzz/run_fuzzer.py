#!/usr/bin/env python3
"""Runs the front-end fuzzer for a bounded time from the seed corpora.

The committed seeds (tests/fuzz/corpus, the lit inputs, the examples) are
copied into a scratch corpus so the source tree is never written. Exit status
is libFuzzer's: non-zero on any crash, leak, timeout or sanitizer report.
"""
import argparse
import os
import shutil
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fuzzer", required=True)
    ap.add_argument("--seeds", action="append", default=[])
    ap.add_argument("--work", required=True)
    ap.add_argument("--seconds", type=int, default=60)
    args = ap.parse_args()

    corpus = os.path.join(args.work, "corpus")
    artifacts = os.path.join(args.work, "artifacts") + os.sep
    os.makedirs(corpus, exist_ok=True)
    os.makedirs(artifacts, exist_ok=True)
    n = 0
    for root in args.seeds:
        for dirpath, _, files in os.walk(root):
            for f in files:
                if f.endswith((".m", ".txt")) or "corpus" in dirpath:
                    src = os.path.join(dirpath, f)
                    shutil.copyfile(src, os.path.join(corpus, "seed_%d_%s" % (n, f)))
                    n += 1
    print("fuzz: %d seed inputs, %d s" % (n, args.seconds), flush=True)
    cmd = [args.fuzzer, corpus, "-max_total_time=%d" % args.seconds, "-timeout=10",
           "-rss_limit_mb=2048", "-max_len=4096", "-artifact_prefix=" + artifacts,
           "-print_final_stats=1"]
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1", UBSAN_OPTIONS="print_stacktrace=1")
    r = subprocess.run(cmd, env=env)
    if r.returncode != 0:
        print("fuzz: FAILED; reproducers are in " + artifacts, file=sys.stderr)
    return r.returncode


if __name__ == "__main__":
    sys.exit(main())
