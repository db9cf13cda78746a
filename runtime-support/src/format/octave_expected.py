#!/usr/bin/env python3
"""Checks (or produces) the GNU Octave expectations of tests/unit/FormatTest.cpp.

A test line whose expected value came from Octave ends in a comment naming the
Octave expression that produced it:

    EXPECT_EQ(sp("%5.2f|", {n({1, 2.5})}), "  1.00|  2.50|");  // octave: sprintf('%5.2f|', [1 2.5])

    check   re-runs every such expression in octave-cli and compares its
            result with the C++ literal (a string, or CharRows{...} for a
            char matrix, one literal per row); exits 1 on any mismatch.
    emit    reads Octave expressions, one per line, from stdin and prints each
            result as a C++ literal, to paste into a new test.

Usage: octave_expected.py check [tests/unit/FormatTest.cpp]
       octave_expected.py emit < expressions.txt
"""
import ast
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
DEFAULT_TEST = os.path.join(ROOT, "tests", "unit", "FormatTest.cpp")

ANNOTATED = re.compile(r"^(?P<code>.*?);\s*// octave: (?P<expr>.+?)\s*$")
STRING_LITERALS = r'(?:"(?:[^"\\]|\\.)*"\s*)+'
EXPECTED = re.compile(r",\s*(?P<exp>\(CharRows\{.*\}\)|" + STRING_LITERALS + r")\)\s*$")


def run_octave(exprs):
    """Evaluates each expression in one octave-cli session; returns a list of
    row lists (each row as bytes), or an error string per expression."""
    lines = []
    for i, e in enumerate(exprs):
        lines.append(
            "try\n  s = %s;\n  x = double(s.');\n"
            "  printf('@%d %%d %%d:', rows(s), columns(s)); printf('%%d,', x(:)); printf('\\n');\n"
            "catch err\n  printf('@%d ERR %%s\\n', err.message);\nend\n" % (e, i, i)
        )
    with tempfile.NamedTemporaryFile("w", suffix=".m", delete=False) as f:
        f.write("".join(lines))
        script = f.name
    try:
        out = subprocess.run(
            ["octave-cli", "--no-gui", "-q", "--eval", "source('%s')" % script],
            capture_output=True, text=True, check=False,
        ).stdout
    finally:
        os.unlink(script)
    results = [None] * len(exprs)
    for line in out.splitlines():
        m = re.match(r"^@(\d+) (.*)$", line)
        if not m:
            continue
        i, rest = int(m.group(1)), m.group(2)
        if rest.startswith("ERR "):
            results[i] = rest
            continue
        shape, codes = rest.split(":", 1)
        nrows, ncols = map(int, shape.split())
        data = bytes(int(c) for c in codes.split(",") if c)
        results[i] = [data[r * ncols:(r + 1) * ncols] for r in range(nrows)]
    return results


def decode_expected(text):
    """A C++ string literal (or CharRows{...}) as a list of rows of bytes."""
    if text.startswith("(CharRows{"):
        rows = ast.literal_eval("[" + text[len("(CharRows{"):-2] + "]")
    else:
        rows = [ast.literal_eval(text)]
    return [r.encode("latin-1") for r in rows]


def cpp_literal(data):
    out = '"'
    for b in data:
        c = chr(b)
        if c in '"\\':
            out += "\\" + c
        elif c == "\n":
            out += "\\n"
        elif c == "\t":
            out += "\\t"
        elif 32 <= b < 127:
            out += c
        else:
            out += "\\%03o" % b
    return out + '"'


def check(path):
    cases = []
    for lineno, line in enumerate(open(path, encoding="ascii"), 1):
        m = ANNOTATED.match(line.rstrip("\n"))
        if not m:
            continue
        e = EXPECTED.search(m.group("code"))
        if not e:
            print("%s:%d: cannot find the expected literal" % (path, lineno))
            return 1
        cases.append((lineno, m.group("expr"), decode_expected(e.group("exp"))))
    results = run_octave([c[1] for c in cases])
    failures = 0
    for (lineno, expr, expected), got in zip(cases, results):
        # A 1x0 or 0x0 char is one empty row in the C++ API's string form.
        if isinstance(got, list) and got == [] and expected in ([], [b""]):
            continue
        if isinstance(got, list) and len(got) == 1 and expected == [] and got[0] == b"":
            continue
        if got != expected:
            failures += 1
            print("%s:%d: %s\n  octave: %s\n  test:   %s" % (path, lineno, expr, got, expected))
    print("%d Octave expectations checked, %d mismatches" % (len(cases), failures))
    return 1 if failures else 0


def emit():
    exprs = [l.strip() for l in sys.stdin if l.strip()]
    for expr, got in zip(exprs, run_octave(exprs)):
        if not isinstance(got, list):
            print("// %s -> %s" % (expr, got))
        elif len(got) == 1:
            print("%s  // octave: %s" % (cpp_literal(got[0]), expr))
        else:
            rows = ", ".join(cpp_literal(r) for r in got)
            print("(CharRows{%s})  // octave: %s" % (rows, expr))
    return 0


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2] if len(sys.argv) > 2 else DEFAULT_TEST))
    if len(sys.argv) == 2 and sys.argv[1] == "emit":
        sys.exit(emit())
    print(__doc__)
    sys.exit(2)
