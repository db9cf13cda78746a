#!/usr/bin/env python3
"""Checks that every builtin `mcc --list-builtins` lists is called by a conformance program.

    tests/conformance/builtin_coverage.py --mcc build/bin/mcc [--list]

A builtin counts as covered when its name appears as an identifier (a call,
a command-syntax call or a function handle `@name`) outside comments and
text literals in some tests/conformance/programs/*.m or errors/*.m. Operators
do not count for their function names: `A*B` does not cover `mtimes`, a
program must call `mtimes(A, B)`. Exits 1 and names the builtins no program
calls, so each new builtin comes with a conformance test (issue 6). --list
prints, for each builtin, the programs that call it.
"""
import argparse
import glob
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# A function of a package (containers.Map) counts by its dotted name.
DOTTED = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+")
# A quote opens a text literal unless it follows something a transpose can
# follow: an identifier, a number, a closing bracket, a dot or another quote.
TRANSPOSE_AFTER = re.compile(r"[A-Za-z0-9_)\]}.']$")


def code_identifiers(path):
    """The identifiers of a .m file, with comments and text literals removed."""
    names = set()
    block = 0
    for line in open(path, encoding="utf-8", errors="replace"):
        s = line.strip()
        if s in ("%{", "#{"):
            block += 1
            continue
        if s in ("%}", "#}") and block:
            block -= 1
            continue
        if block:
            continue
        code, i = [], 0
        while i < len(line):
            c = line[i]
            if c in "%#":
                break
            if c == "." and line.startswith("...", i):
                break
            if c == '"' or (c == "'" and not TRANSPOSE_AFTER.search("".join(code))):
                j = i + 1
                while j < len(line):
                    if line[j] == c:
                        if j + 1 < len(line) and line[j + 1] == c:
                            j += 2
                            continue
                        break
                    j += 1
                code.append(" ")
                i = j + 1
                continue
            code.append(c)
            i += 1
        names.update(IDENT.findall("".join(code)))
        names.update(DOTTED.findall("".join(code)))
    return names


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mcc", required=True)
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    out = subprocess.run([args.mcc, "--list-builtins"], capture_output=True, text=True, check=True).stdout
    builtins = [line.split("\t", 1)[0] for line in out.splitlines() if line]
    callers = {}
    for path in sorted(glob.glob(os.path.join(HERE, "programs", "*.m")) + glob.glob(os.path.join(HERE, "errors", "*.m"))):
        for name in code_identifiers(path):
            callers.setdefault(name, []).append(os.path.splitext(os.path.basename(path))[0])
    missing = [b for b in builtins if b not in callers]
    if args.list:
        for b in builtins:
            print("%s\t%s" % (b, " ".join(callers.get(b, [])) or "-"))
    if missing:
        print("builtin_coverage: %d of %d builtins are called by no conformance program "
              "(tests/conformance/programs or errors):" % (len(missing), len(builtins)))
        print(" ".join(missing))
        return 1
    print("builtin_coverage: all %d builtins are called by a conformance program" % len(builtins))
    return 0


if __name__ == "__main__":
    sys.exit(main())
