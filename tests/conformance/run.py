#!/usr/bin/env python3
"""Compiles each conformance program with mcc, runs it, compares stdout.

A program mcc cannot compile yet (a "not implemented yet" diagnostic) is
counted as skipped; any other compile error, a crash, a wrong exit status or
output that differs from tests/conformance/expected/NAME.out is a failure.
Error programs (errors/NAME.m) must exit with status 1 and print every fact
of errors/NAME.expect (message text, file, line, stdout before the error,
stdout-not: text that must not be printed).
Last line: 'N passed, N failed, N skipped'.
"""
import argparse
import glob
import os
import subprocess
import sys
import tempfile


def compile_program(mcc, src, exe):
    r = subprocess.run([mcc, "-fdiagnostics-color=never", src, "-o", exe], capture_output=True, text=True,
                       errors="replace", timeout=300)
    if r.returncode == 0:
        return "ok", ""
    if "is not implemented yet" in r.stderr and "internal:" not in r.stderr:
        return "skip", r.stderr.strip().splitlines()[0]
    return "fail", r.stderr.strip()[-1500:]


def run_program(exe, cwd, src):
    # MCC_CHECK_LEAKS: a program that ends normally must have freed every
    # array it made (exit status 3 otherwise), which tests the compiler's
    # reference counting on every conformance program. Standard input is
    # NAME.stdin beside the program when there is one (for input()), else empty.
    env = dict(os.environ, MCC_CHECK_LEAKS="1")
    stdin = os.path.splitext(src)[0] + ".stdin"
    with open(stdin if os.path.exists(stdin) else os.devnull, "rb") as f:
        return subprocess.run([exe], capture_output=True, text=True, errors="replace", timeout=120, cwd=cwd, env=env,
                              stdin=f)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mcc", required=True)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--filter", default="", help="only programs whose name contains this")
    args = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    passed = failed = skipped = 0
    with tempfile.TemporaryDirectory() as tmp:
        for src in sorted(glob.glob(os.path.join(here, "programs", "*.m"))):
            name = os.path.splitext(os.path.basename(src))[0]
            if args.filter not in name:
                continue
            exe = os.path.join(tmp, name)
            status, why = compile_program(args.mcc, src, exe)
            if status == "skip":
                skipped += 1
                if args.verbose:
                    print("SKIP %s: %s" % (name, why))
                continue
            if status == "fail":
                failed += 1
                print("FAIL %s (compile)\n%s" % (name, why))
                continue
            r = run_program(exe, tmp, src)
            expected = open(os.path.join(here, "expected", name + ".out"), encoding="utf-8", errors="replace").read()
            if r.returncode == 0 and r.stdout == expected:
                passed += 1
                if args.verbose:
                    print("PASS %s" % name)
            else:
                failed += 1
                print("FAIL %s (exit %d)\n--- expected\n%s--- got\n%s--- stderr\n%s" % (
                    name, r.returncode, expected[:2000], r.stdout[:2000], r.stderr[:1000]))
        for src in sorted(glob.glob(os.path.join(here, "errors", "*.m"))):
            name = os.path.splitext(os.path.basename(src))[0]
            if args.filter not in name:
                continue
            exe = os.path.join(tmp, name)
            status, why = compile_program(args.mcc, src, exe)
            if status == "skip":
                skipped += 1
                continue
            if status == "fail":
                failed += 1
                print("FAIL %s (compile)\n%s" % (name, why))
                continue
            r = run_program(exe, tmp, src)
            facts = [l.rstrip("\n") for l in open(os.path.join(here, "errors", name + ".expect"), encoding="utf-8")]
            missing = []
            for fact in facts:
                key, _, value = fact.partition(":")
                value = value.strip()
                if not value:
                    continue
                if key == "message" and value not in r.stderr:
                    missing.append(fact)
                elif key == "file" and value not in r.stderr:
                    missing.append(fact)
                elif key == "line" and ("line " + value) not in r.stderr:
                    missing.append(fact)
                elif key == "stdout" and value not in r.stdout:
                    missing.append(fact)
                elif key == "stdout-not" and value in r.stdout:
                    missing.append(fact)
            if r.returncode == 1 and not missing:
                passed += 1
            else:
                failed += 1
                print("FAIL %s (exit %d, missing %s)\n--- stderr\n%s" % (name, r.returncode, missing, r.stderr[:1000]))
    print("%d passed, %d failed, %d skipped" % (passed, failed, skipped))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
