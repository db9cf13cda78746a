#!/usr/bin/env python3
"""Runs the C interop programs (tests/cinterop/programs/*.m): each is compiled
with mcc (its C code comes in through coder.updateBuildInfo or, for
loadlibrary, a shared library built here from ct.c), run with
MCC_CHECK_LEAKS=1, and must print exactly NAME.expected (written by hand
from what ct.c computes; GNU Octave has no coder.ceval nor calllib of C)."""
import argparse
import glob
import os
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mcc", required=True)
    ap.add_argument("--cc", default="cc")
    ap.add_argument("--sanitized", action="store_true")
    args = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        # libct.so for the loadlibrary programs, found by dlopen through LD_LIBRARY_PATH.
        san = ["-fsanitize=address,undefined"] if args.sanitized else []
        subprocess.run([args.cc, "-shared", "-fPIC", "-O1", "-o", os.path.join(tmp, "libct.so"),
                        os.path.join(here, "ct.c")] + san, check=True)
        env = dict(os.environ, MCC_CHECK_LEAKS="1",
                   LD_LIBRARY_PATH=tmp + os.pathsep + os.environ.get("LD_LIBRARY_PATH", ""))
        for prog in sorted(glob.glob(os.path.join(here, "programs", "*.m"))):
            name = os.path.splitext(os.path.basename(prog))[0]
            exe = os.path.join(tmp, name)
            c = subprocess.run([args.mcc, prog, "-o", exe], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            if c.returncode != 0:
                print("FAIL %s: mcc exited with %d\n%s" % (name, c.returncode, c.stderr))
                failures += 1
                continue
            r = subprocess.run([exe], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp)
            want = open(os.path.join(here, "programs", name + ".expected")).read()
            if r.returncode != 0 or r.stdout != want:
                print("FAIL %s: exit %d\n--- got\n%s--- expected\n%s--- stderr\n%s" % (name, r.returncode, r.stdout, want, r.stderr))
                failures += 1
            else:
                print("PASS %s" % name)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
