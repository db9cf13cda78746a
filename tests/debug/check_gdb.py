#!/usr/bin/env python3
"""Runs gdb in batch mode on a program mcc compiled with -g (tests/debug/model.m)
and checks what a user debugging .m code relies on: a breakpoint at FILE.m:LINE
stops there, `bt` names the .m functions, `print` shows a scalar local, `next`
moves to the next .m line and `step` enters a called .m function."""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile


def fail(message, out):
    print("check_gdb: " + message + "\n--- gdb said:\n" + out, file=sys.stderr)
    sys.exit(1)


def gdb(exe, commands):
    cmd = ["gdb", "-batch", "-nx", "-ex", "set debuginfod enabled off", "-ex", "set style enabled off"]
    for c in commands:
        cmd += ["-ex", c]
    return subprocess.run(cmd + [exe], capture_output=True, text=True, timeout=120).stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mcc", required=True)
    ap.add_argument("--opt", default="-O0")
    args = ap.parse_args()
    if not shutil.which("gdb"):
        print("check_gdb: no gdb; skipped")
        return 77
    here = os.path.dirname(os.path.abspath(__file__))
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "model.m")
        shutil.copy(os.path.join(here, "model.m"), src)
        exe = os.path.join(tmp, "model")
        subprocess.run([args.mcc, "-g", args.opt, src, "-o", exe], check=True)

        # break in a function at a .m line; the backtrace names the .m functions
        out = gdb(exe, ["break model.m:10", "run", "bt", "print scaled", "print k", "print t"])
        if not re.search(r"Breakpoint 1, accumulate \(.*\) at .*model\.m:10", out):
            fail("no stop at model.m:10 in accumulate", out)
        if not re.search(r"#0 +accumulate .* at .*model\.m:10", out) or not re.search(r"#1 +.* model .* at .*model\.m:4", out):
            fail("the backtrace does not show accumulate (model.m:10) called from model (model.m:4)", out)
        if not re.search(r"\$1 = 10\b", out) or not re.search(r"\$2 = 1\b", out) or not re.search(r"\$3 = 0\b", out):
            fail("print of the scalar locals scaled, k, t is not 10, 1, 0", out)

        # next goes line by line in the script; step enters accumulate (at its
        # function line), next goes on through its lines
        out = gdb(exe, ["break model.m:2", "run", "next", "next", "step", "next", "next", "print scaled"])
        stops = re.findall(r"^(\d+)\t", out, re.M)
        if stops[:3] != ["2", "3", "4"]:
            fail("next from model.m:2 did not go to lines 3 then 4 (stops: %s)" % stops, out)
        if not re.search(r"accumulate \(.*\) at .*model\.m:[89]\n", out):
            fail("step at model.m:4 did not enter accumulate", out)
        if stops[-2:] != ["9", "10"]:
            fail("next in accumulate did not go to lines 9 then 10 (stops: %s)" % stops, out)
        if not re.search(r"\$1 = 10\b", out):
            fail("after scaled = k * 10 with k = 1, print scaled is not 10", out)
    print("gdb ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
