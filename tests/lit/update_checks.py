#!/usr/bin/env python3
"""Regenerates the CHECK lines of lit tests from what mcc prints now.

    tests/lit/update_checks.py [--mcc build/bin/mcc] tests/lit/parse/*.m

For each test, the first RUN line's command (everything before `| FileCheck`)
is run with %mcc and %s substituted; its output becomes `% CHECK:` (first
line) and `% CHECK-NEXT:` lines appended after a marker at the end of the
file, replacing the CHECK lines that were there. The command runs on the
file without its expectations (so that they do not feed back into output
such as --emit=tokens), and a final end-of-file token line is dropped. The
test's own path in the output becomes {{.*}}<name>. Read the new expectations before committing
them: a golden is only as right as the person who reviewed it.
"""
import argparse
import os
import re
import subprocess
import sys

MARKER = "% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----"


def escape(line):
    # FileCheck gives [[ and {{ a meaning; match them literally.
    line = line.replace("{{", "{{[{][{]}}").replace("[[", "{{\\[\\[}}")
    return line


def update(path, mcc):
    text = open(path, encoding="utf-8").read()
    run = None
    for line in text.splitlines():
        m = re.match(r"^\s*[%#]\s*RUN:\s*(.*)$", line)
        if m:
            run = m.group(1)
            break
    if run is None:
        print("skip (no RUN line): " + path)
        return
    cmd = run.split("| FileCheck")[0].strip()
    if cmd.startswith("not "):
        cmd = cmd[4:]
    abspath = os.path.abspath(path)
    import tempfile
    tmp = os.path.join(tempfile.mkdtemp(prefix="update_checks_"), "t")
    cmd = (cmd.replace("%mcc", mcc).replace("%python", sys.executable).replace("%S", os.path.dirname(abspath))
              .replace("%s", abspath).replace("%t", tmp))
    kept = []
    for line in text.splitlines():
        if line.strip() == MARKER:
            break
        if re.match(r"^\s*%\s*CHECK(-NEXT|-EMPTY|-NOT)?:", line):
            continue
        kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    open(path, "w", encoding="utf-8").write("\n".join(kept) + "\n")
    try:
        out = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, errors="replace").stdout
    finally:
        open(path, "w", encoding="utf-8").write(text)
    lines = out.rstrip("\n").split("\n")
    if lines and re.match(r"^\d+:\d+ Eof$", lines[-1]):
        lines.pop()
    while len(lines) > 1 and not lines[0].strip():  # FileCheck cannot start with CHECK-EMPTY
        lines.pop(0)
    name = os.path.basename(path)
    checks = []
    for i, line in enumerate(lines):
        line = escape(line.replace(abspath, "@@PATH@@")).replace("@@PATH@@", "{{.*}}" + name)
        if not line.strip():
            checks.append("% CHECK-EMPTY:")
            continue
        checks.append(("% CHECK: " if i == 0 else "% CHECK-NEXT: ") + line.rstrip())
    open(path, "w", encoding="utf-8").write("\n".join(kept + ["", MARKER] + checks) + "\n")
    print("updated " + path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mcc", default=os.path.join(os.path.dirname(__file__), "..", "..", "build", "bin", "mcc"))
    ap.add_argument("tests", nargs="+")
    args = ap.parse_args()
    mcc = os.path.abspath(args.mcc)
    for t in args.tests:
        update(t, mcc)


if __name__ == "__main__":
    sys.exit(main())
