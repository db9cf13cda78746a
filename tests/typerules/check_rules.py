#!/usr/bin/env python3
"""Every builtin the runtime implements has a type rule.

    tests/typerules/check_rules.py --mcc build/bin/mcc --def compiler/ir/Builtins.def

Runs `mcc --list-builtins` and checks that each name it lists has a
BUILTIN(name, Rule) entry in Builtins.def (an explicit `Unknown` rule is an
entry: it says the result depends on run-time values), and that
Builtins.def names no function the runtime lacks. A builtin without a rule
gives an unknown (boxed) result and stops static types downstream, so a new
builtin must come with its rule.
"""
import argparse
import re
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mcc", required=True)
    ap.add_argument("--def", dest="defs", required=True)
    args = ap.parse_args()
    listed = subprocess.run([args.mcc, "--list-builtins"], check=True, capture_output=True, text=True).stdout
    builtins = {line.split("\t")[0] for line in listed.splitlines() if line.strip()}
    with open(args.defs) as f:
        ruled = re.findall(r"^BUILTIN\(([\w.]+),\s*(\w+)\)", f.read(), re.M)
    names = [n for n, _ in ruled]
    problems = []
    for n in sorted(builtins - set(names)):
        problems.append(f"{n}: listed by --list-builtins but has no BUILTIN({n}, Rule) in Builtins.def")
    for n in sorted(set(names) - builtins):
        problems.append(f"{n}: has a rule in Builtins.def but the runtime has no such builtin")
    for n in sorted({n for n in names if names.count(n) > 1}):
        problems.append(f"{n}: more than one rule in Builtins.def")
    if len(builtins) < 100:
        problems.append(f"--list-builtins printed only {len(builtins)} names")
    for p in problems:
        print(p)
    unknown = sum(1 for _, r in ruled if r == "Unknown")
    print(f"{len(builtins)} builtins, {len(ruled)} rules ({unknown} of them Unknown), {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
