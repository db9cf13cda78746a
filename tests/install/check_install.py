#!/usr/bin/env python3
"""Installs the build into a scratch prefix and checks that the installed mcc
finds its runtime (../lib beside bin/mcc) and builds a working program, also
after the prefix is moved elsewhere."""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    ap.add_argument("--example", required=True)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        prefix = os.path.join(tmp, "prefix")
        subprocess.run(["cmake", "--install", args.build, "--prefix", prefix], check=True, stdout=subprocess.DEVNULL)
        moved = os.path.join(tmp, "moved")
        shutil.move(prefix, moved)  # relocatable: nothing points back at the prefix
        exe = os.path.join(tmp, "example")
        subprocess.run([os.path.join(moved, "bin", "mcc"), args.example, "-o", exe], check=True)
        out = subprocess.run([exe], capture_output=True, text=True, check=True).stdout
        if not out.strip():
            print("the installed mcc built a program that printed nothing", file=sys.stderr)
            return 1
        for header in ["runtime.h", "builtins.def"]:
            if not os.path.exists(os.path.join(moved, "include", "mcc", header)):
                print("missing include/mcc/" + header, file=sys.stderr)
                return 1
        print("installed tree ok: " + out.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
