#!/usr/bin/env python3
"""Compiles each conformance program with mcc, runs it, compares stdout.

A program mcc cannot compile yet (a "not implemented yet" diagnostic) is
counted as skipped; any other compile error, a crash, a wrong exit status or
output that differs from tests/conformance/expected/NAME.out is a failure.
Error programs (errors/NAME.m) must exit with status 1 and print every fact
of errors/NAME.expect (message text, file, line, stdout before the error,
stdout-not: text that must not be printed). `sanitize: skip WHY` in a
.expect skips that program where MCC_SANITIZE=1 (the sanitizer build's
ctest sets it): for a failure ASan reports itself instead of the program.
With --devices cpu,gpu each program is compiled once and run once per
device (MCC_DEVICE=cpu, MCC_DEVICE=gpu): the compile is most of the time a
program takes, so one compile serves both runs; a result is counted per
device run. Without --devices the program runs with the environment's
MCC_DEVICE.
Last line: 'N passed, N failed, N skipped'.
"""
import argparse
import concurrent.futures
import glob
import os
import subprocess
import sys
import tempfile


def helper_folder(src):
    """NAME.files/ beside a program: the .m files it calls (classdef files,
    functions), searched as an -I folder; None when there is none."""
    folder = os.path.splitext(src)[0] + ".files"
    return folder if os.path.isdir(folder) else None


def compile_program(mcc, src, exe):
    folder = helper_folder(src)
    r = subprocess.run([mcc, "-fdiagnostics-color=never", src, "-o", exe] + (["-I", folder] if folder else []),
                       capture_output=True, text=True, errors="replace", timeout=300)
    if r.returncode == 0:
        return "ok", ""
    if "is not implemented yet" in r.stderr and "internal:" not in r.stderr:
        return "skip", r.stderr.strip().splitlines()[0]
    return "fail", r.stderr.strip()[-1500:]


def run_program(exe, cwd, src, device):
    # MCC_CHECK_LEAKS: a program that ends normally must have freed every
    # array it made (exit status 3 otherwise), which tests the compiler's
    # reference counting on every conformance program. Standard input is
    # NAME.stdin beside the program when there is one (for input()), else empty.
    env = dict(os.environ, MCC_CHECK_LEAKS="1")
    if device:
        env["MCC_DEVICE"] = device
    # A program that runs past MCC_CONFORMANCE_TIMEOUT seconds (120 unless
    # set; the sanitizer build's ctest sets more) fails with what it printed.
    stdin = os.path.splitext(src)[0] + ".stdin"
    timeout = float(os.environ.get("MCC_CONFORMANCE_TIMEOUT", "120"))
    with open(stdin if os.path.exists(stdin) else os.devnull, "rb") as f:
        try:
            return subprocess.run([exe], capture_output=True, text=True, errors="replace", timeout=timeout, cwd=cwd,
                                  env=env, stdin=f)
        except subprocess.TimeoutExpired as e:
            text = lambda b: (b.decode(errors="replace") if isinstance(b, bytes) else b) or ""
            return subprocess.CompletedProcess([exe], -1, text(e.stdout),
                                               text(e.stderr) + "\ntimed out after %g s" % timeout)


def missing_facts(facts, r):
    """The facts of an error program's .expect that its run r does not show."""
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
    return missing


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mcc", required=True)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--filter", default="", help="only programs whose name contains this")
    ap.add_argument("--jobs", type=int, default=1, help="programs compiled and run at once")
    ap.add_argument("--devices", default="", help="comma-separated MCC_DEVICE values to run each program with")
    args = ap.parse_args()
    devices = [d for d in args.devices.split(",") if d] or [None]

    def label(name, device):
        return name + (" [MCC_DEVICE=%s]" % device if device else "")

    here = os.path.dirname(os.path.abspath(__file__))
    sources = [(src, False) for src in sorted(glob.glob(os.path.join(here, "programs", "*.m")))]
    sources += [(src, True) for src in sorted(glob.glob(os.path.join(here, "errors", "*.m")))]
    sources = [(src, err) for src, err in sources if args.filter in os.path.splitext(os.path.basename(src))[0]]

    def check(tmp, src, is_error):
        """Compiles and runs one program: (passed, failed, skipped, report)."""
        name = os.path.splitext(os.path.basename(src))[0]
        exe = os.path.join(tmp, name)
        status, why = compile_program(args.mcc, src, exe)
        if status == "skip":
            return 0, 0, 1, ("SKIP %s: %s\n" % (name, why)) if args.verbose and not is_error else ""
        if status == "fail":
            return 0, 1, 0, "FAIL %s (compile)\n%s\n" % (name, why)
        passed = failed = 0
        report = ""
        if is_error:
            facts = [l.rstrip("\n") for l in open(os.path.join(here, "errors", name + ".expect"), encoding="utf-8")]
            if os.environ.get("MCC_SANITIZE") == "1" and any(f.startswith("sanitize: skip") for f in facts):
                return 0, 0, 1, ""
        else:
            expected = open(os.path.join(here, "expected", name + ".out"), encoding="utf-8", errors="replace").read()
        for device in devices:
            r = run_program(exe, tmp, src, device)
            if is_error:
                missing = missing_facts(facts, r)
                ok = r.returncode == 1 and not missing
                why = "FAIL %s (exit %d, missing %s)\n--- stderr\n%s\n" % (label(name, device), r.returncode, missing,
                                                                         r.stderr[:1000])
            else:
                ok = r.returncode == 0 and r.stdout == expected
                why = "FAIL %s (exit %d)\n--- expected\n%s--- got\n%s--- stderr\n%s\n" % (
                    label(name, device), r.returncode, expected[:2000], r.stdout[:2000], r.stderr[:1000])
            if ok:
                passed += 1
                if args.verbose:
                    report += "PASS %s\n" % label(name, device)
            else:
                failed += 1
                report += why
        return passed, failed, 0, report

    passed = failed = skipped = 0
    with tempfile.TemporaryDirectory() as tmp, concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        # Reports print in the programs' order, whatever order they finish in.
        for p, f, s, report in pool.map(lambda job: check(tmp, *job), sources):
            passed, failed, skipped = passed + p, failed + f, skipped + s
            sys.stdout.write(report)
    print("%d passed, %d failed, %d skipped" % (passed, failed, skipped))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
