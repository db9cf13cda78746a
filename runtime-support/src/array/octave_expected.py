#!/usr/bin/env python3
"""Checks (or produces) the GNU Octave expectations of the array core's unit
tests (tests/unit/ArrayTest.cpp and ArrayIndexTest.cpp).

The tests print an array as one line: its class, its size and its elements in
column-major order (show() in tests/unit/ArrayTesting.h):

    double 2x2: 1 3 2 4
    logical 1x3: 1 0 1
    double 1x2: (1,2) (3,-4)      complex: (real,imaginary)

Numbers are %.17g, with NaN, Inf and -Inf spelled so; integer, logical and
char elements are printed as integers (char by its code). A test line whose
expectation came from Octave ends in a comment naming the Octave expression
that produced it:

    EXPECT_EQ(show(plus(row({1, 2}), num(1))), "double 1x2: 2 3");  // octave: [1 2] + 1

    check   re-runs every such expression in octave-cli and compares its
            printed form with the C++ literal; exits 1 on any mismatch.
    emit    reads Octave expressions, one per line, from stdin and prints
            each result's line as a C++ literal, to paste into a new test.

Usage: octave_expected.py check [TEST.cpp ...]
       octave_expected.py emit < expressions.txt
"""
import ast
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
DEFAULT_TESTS = [os.path.join(ROOT, "tests", "unit", f) for f in ("ArrayTest.cpp", "ArrayIndexTest.cpp")]

ANNOTATED = re.compile(r"^(?P<code>.*?);\s*// octave: (?P<expr>.+?)\s*$")
EXPECTED = re.compile(r',\s*(?P<exp>"(?:[^"\\]|\\.)*")\)\s*$')

# Octave's side of show(): the same line for a value.
SHOW = r"""1;
function t = show_elem(e)
  if isfloat(e)
    if isnan(e)
      t = 'NaN';
    elseif isinf(e)
      if e > 0, t = 'Inf'; else, t = '-Inf'; end
    else
      t = sprintf('%.17g', double(e));
    end
  else
    t = sprintf('%d', double(e));
    if isinteger(e), t = sprintf('%d', e); end
  end
end
function s = show(v)
  s = [class(v) ' ' strjoin(arrayfun(@(d) sprintf('%d', d), size(v), 'UniformOutput', false), 'x') ':'];
  x = v(:);
  for i = 1:numel(x)
    if iscomplex(v)
      s = [s ' (' show_elem(real(x(i))) ',' show_elem(imag(x(i))) ')'];
    else
      s = [s ' ' show_elem(x(i))];
    end
  end
end
"""


def run_octave(exprs):
    """Evaluates each expression in one octave-cli session; returns its show()
    line, or 'ERR message'."""
    lines = [SHOW]
    for i, e in enumerate(exprs):
        lines.append("try\n  printf('@%d %%s\\n', show(%s));\ncatch err\n  printf('@%d ERR %%s\\n', err.message);\nend\n"
                     % (i, e, i))
    with tempfile.NamedTemporaryFile("w", suffix=".m", delete=False) as f:
        f.write("".join(lines))
        script = f.name
    try:
        out = subprocess.run(["octave-cli", "--no-gui", "-q", "--eval", "source('%s')" % script],
                             capture_output=True, text=True, check=False).stdout
    finally:
        os.unlink(script)
    results = [None] * len(exprs)
    for line in out.splitlines():
        m = re.match(r"^@(\d+) (.*)$", line)
        if m:
            results[int(m.group(1))] = m.group(2)
    return results


def check(paths):
    cases = []
    for path in paths:
        for lineno, line in enumerate(open(path, encoding="ascii"), 1):
            m = ANNOTATED.match(line.rstrip("\n"))
            if not m:
                continue
            e = EXPECTED.search(m.group("code"))
            if not e:
                print("%s:%d: cannot find the expected literal" % (path, lineno))
                return 1
            cases.append((path, lineno, m.group("expr"), ast.literal_eval(e.group("exp"))))
    results = run_octave([c[2] for c in cases])
    failures = 0
    for (path, lineno, expr, expected), got in zip(cases, results):
        if got != expected:
            failures += 1
            print("%s:%d: %s\n  octave: %s\n  test:   %s" % (path, lineno, expr, got, expected))
    print("%d Octave expectations checked, %d mismatches" % (len(cases), failures))
    return 1 if failures else 0


def emit():
    exprs = [l.strip() for l in sys.stdin if l.strip()]
    for expr, got in zip(exprs, run_octave(exprs)):
        print('"%s"  // octave: %s' % (got, expr))
    return 0


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2:] or DEFAULT_TESTS))
    if len(sys.argv) == 2 and sys.argv[1] == "emit":
        sys.exit(emit())
    print(__doc__)
    sys.exit(2)
