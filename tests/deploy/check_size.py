#!/usr/bin/env python3
"""What a program carries: a stripped hello-world is under 1 MB and needs no
OpenBLAS or LAPACKE (the runtime links only the functions a program reaches);
a program that uses linear algebra does load them; a function named only at
run time (feval of a char variable) still finds the builtin it names."""
import argparse
import os
import subprocess
import sys
import tempfile

LIMIT = 1_000_000  # bytes (issue 7: a stripped hello-world under 1 MB)


def compile_and_run(mcc, tmp, name, source, extra=()):
    src = os.path.join(tmp, name + ".m")
    with open(src, "w") as f:
        f.write(source)
    exe = os.path.join(tmp, name)
    subprocess.run([mcc, "-O2", *extra, src, "-o", exe], check=True)
    out = subprocess.run([exe], capture_output=True, text=True, timeout=60)
    return exe, out


def needed(exe):
    dyn = subprocess.run(["readelf", "-d", exe], capture_output=True, text=True, check=True).stdout
    return [line.split("[")[1].split("]")[0] for line in dyn.splitlines() if "(NEEDED)" in line]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mcc", required=True)
    ap.add_argument("--sanitized", action="store_true", help="an ASan/UBSan build: no size limit")
    args = ap.parse_args()
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        exe, out = compile_and_run(args.mcc, tmp, "hello", "disp('Hello, world!')\n", ["-s"])
        size = os.path.getsize(exe)
        libs = needed(exe)
        print(f"hello: {size} bytes, needs {' '.join(libs)}")
        if out.stdout != "Hello, world!\n":
            failures.append(f"hello printed {out.stdout!r}")
        if size >= LIMIT and not args.sanitized:
            failures.append(f"stripped hello-world is {size} bytes, not under {LIMIT}")
        if any("openblas" in l or "lapack" in l for l in libs):
            failures.append("hello-world needs " + " ".join(libs))

        exe, out = compile_and_run(args.mcc, tmp, "solve", "A = [4 1; 2 3];\nx = A \\ [1; 2];\nfprintf('%.4f\\n', x);\n")
        if out.stdout != "0.1000\n0.6000\n":
            failures.append(f"solve printed {out.stdout!r}")
        if not any("lapack" in l or "openblas" in l for l in needed(exe)):
            failures.append("a program with mldivide does not load LAPACK: " + " ".join(needed(exe)))

        exe, out = compile_and_run(
            args.mcc, tmp, "byname",
            "names = {'sqrt', 'abs'};\nfor k = 1:2\n  f = names{k};\n  fprintf('%g\\n', feval(f, -4 + 8*(k == 1)));\nend\n")
        if out.stdout != "2\n4\n":
            failures.append(f"feval by a run-time name printed {out.stdout!r} {out.stderr!r}")
    for f in failures:
        print("check_size: " + f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
