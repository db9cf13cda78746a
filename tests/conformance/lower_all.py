#!/usr/bin/env python3
"""Until code generation lands: every conformance program must parse and lower.

Runs `mcc --emit=ir` on tests/conformance/programs/*.m and errors/*.m (the
error programs fail at run time, not at compile time) and fails on any
diagnostic, crash or hang. The runner that compiles, runs and compares
stdout replaces this script when the compiler core can generate code.
"""
import argparse
import glob
import os
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mcc", required=True)
    args = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    files = sorted(glob.glob(os.path.join(here, "programs", "*.m")) + glob.glob(os.path.join(here, "errors", "*.m")))
    failed = 0
    for f in files:
        try:
            helpers = os.path.splitext(f)[0] + ".files"  # NAME.files/: the .m files it calls (README)
            search = ["-I", helpers] if os.path.isdir(helpers) else []
            r = subprocess.run([args.mcc, "--emit=ir", "-fdiagnostics-color=never", f] + search,
                               capture_output=True, text=True, errors="replace", timeout=60)
            ok = r.returncode == 0
            why = r.stderr.strip().splitlines()[:3]
        except subprocess.TimeoutExpired:
            ok, why = False, ["timed out"]
        if not ok:
            failed += 1
            print("FAIL %s\n  %s" % (os.path.relpath(f, here), "\n  ".join(why)))
    print("%d passed, %d failed" % (len(files) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
