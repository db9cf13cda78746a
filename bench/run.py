#!/usr/bin/env python3
"""Builds and runs mcc's benchmarks side by side and prints a table of ratios.

    bench/run.py [--mcc build/bin/mcc] [--repeat 5] [--no-octave] [--only NAME...]

For each workload in bench/core/ (NAME.m and the same program in C,
NAME.c, compiled with gcc -O2): compiles the .m file with mcc, runs both
programs `--repeat` times and keeps the fastest run, and checks that they
print the same thing. GNU Octave runs the same .m file with a smaller problem
size (the first line `n = ...` rewritten), checked against mcc's output at
that size; its time, less Octave's own start-up (measured on an empty
script), is scaled to the full size by the workload's cost model and marked
as such. Where a workload has NAME.py (NumPy), it runs at the full size
with `python3` and its output is checked too (its time includes Python's
and NumPy's start-up, about 0.1 s). Times include process start-up (about
1 ms for mcc and C programs).
"""
import argparse
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "conformance"))
from regen import scratch_copy  # noqa: E402  (Octave 7 wants a script's local functions in files)

# name: (Octave's problem size, cost of size n relative to size m, C libraries)
WORKLOADS = {
    "recursive_fib": (20, lambda n, m: ((1 + 5 ** 0.5) / 2) ** (n - m), []),
    "pi_sum": (20, lambda n, m: n / m, []),
    "mandel_scalar": (60, lambda n, m: (n / m) ** 2, []),
    "mandel_complex": (60, lambda n, m: (n / m) ** 2, []),
    "quicksort": (2, lambda n, m: n / m, []),
    "matrix_multiply": (200, lambda n, m: (n / m) ** 2, ["-lopenblas"]),
    "matrix_statistics": (100, lambda n, m: n / m, ["-lopenblas"]),
    "parse_integers": (2000, lambda n, m: n / m, []),
    "print_to_file": (2000, lambda n, m: n / m, []),
    "elementwise_chain": (400000, lambda n, m: n / m, []),
    "reduction": (800000, lambda n, m: n / m, []),
    "whole_stats": (216000, lambda n, m: n / m, []),
    "struct_step": (20000, lambda n, m: n / m, []),
    "nbody_rows": (500, lambda n, m: n / m, ["-lm"]),
    "arrayfun_map": (50000, lambda n, m: n / m, []),
    "handle_calls": (200000, lambda n, m: n / m, []),
    "cellfun_map": (20000, lambda n, m: n / m, []),
}


def run_timed(cmd, repeat, cwd):
    best, out = math.inf, None
    for _ in range(repeat):
        t0 = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, timeout=600)
        dt = time.perf_counter() - t0
        if r.returncode != 0:
            raise RuntimeError("%s failed: %s" % (" ".join(cmd), r.stderr[-500:]))
        best, out = min(best, dt), r.stdout
    return best, out


def with_size(source, n):
    return re.sub(r"^n = [0-9.]+;", "n = %d;" % n, source, count=1, flags=re.M)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mcc", default=os.path.join(HERE, "..", "build", "bin", "mcc"))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-octave", action="store_true")
    ap.add_argument("--only", nargs="+", metavar="NAME", help="run only these workloads")
    args = ap.parse_args()
    mcc = os.path.abspath(args.mcc)
    octave = None if args.no_octave else shutil.which("octave-cli")
    rows, ok = [], True
    # The running Python, else the system's (Debian's python3-numpy is for /usr/bin/python3).
    numpy_python = next((p for p in (sys.executable, "/usr/bin/python3")
                         if os.path.exists(p) and subprocess.run([p, "-c", "import numpy"],
                                                                 capture_output=True).returncode == 0), None)
    with tempfile.TemporaryDirectory() as tmp:
        octave_startup = 0.0
        if octave:
            octave_startup, _ = run_timed([octave, "--no-gui", "--norc", "--quiet", "--no-history", "--eval", "1;"],
                                          3, tmp)
        for name, (octave_n, cost, libs) in WORKLOADS.items():
            if args.only and name not in args.only:
                continue
            src = open(os.path.join(HERE, "core", name + ".m")).read()
            full_n = int(re.search(r"^n = ([0-9]+);", src, re.M).group(1))
            m_file = os.path.join(tmp, name + ".m")
            open(m_file, "w").write(src)
            subprocess.run([mcc, m_file, "-o", os.path.join(tmp, name + "_mcc")], check=True)
            subprocess.run(["gcc", "-O2", os.path.join(HERE, "core", name + ".c"), "-o",
                            os.path.join(tmp, name + "_c")] + libs + ["-lm"], check=True)
            t_mcc, out_mcc = run_timed([os.path.join(tmp, name + "_mcc")], args.repeat, tmp)
            t_c, out_c = run_timed([os.path.join(tmp, name + "_c")], args.repeat, tmp)
            check = "ok" if out_mcc == out_c else "MISMATCH"
            ok &= out_mcc == out_c
            t_oct = None
            if octave:
                small_dir = os.path.join(tmp, "small")
                octave_dir = os.path.join(tmp, "octave_" + name)
                os.makedirs(small_dir, exist_ok=True)
                os.makedirs(octave_dir, exist_ok=True)
                small = os.path.join(small_dir, name + ".m")
                open(small, "w").write(with_size(src, octave_n))
                subprocess.run([mcc, small, "-o", small[:-2]], check=True)
                _, out_small = run_timed([small[:-2]], 1, tmp)
                script = scratch_copy(small, octave_dir)
                t, out_oct = run_timed([octave, "--no-gui", "--norc", "--quiet", "--no-history", "--eval", script], 1,
                                       octave_dir)
                if out_oct != out_small:
                    check += ", Octave MISMATCH"
                    ok = False
                t_oct = max(t - octave_startup, 0.0) * cost(full_n, octave_n)
            t_np = None
            py = os.path.join(HERE, "core", name + ".py")
            if os.path.exists(py) and numpy_python:
                t_np, out_np = run_timed([numpy_python, py], args.repeat, tmp)
                if out_np != out_mcc:
                    check += ", NumPy MISMATCH"
                    ok = False
            rows.append((name, full_n, t_c, t_mcc, t_oct, octave_n, t_np, check))
    print("| benchmark | n | C gcc -O2 (s) | mcc (s) | mcc / C | Octave (s, scaled) | Octave / mcc | NumPy (s) | "
          "NumPy / mcc | outputs |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, n, t_c, t_mcc, t_oct, octave_n, t_np, check in rows:
        octave_cells = ("%.1f (from n=%d)" % (t_oct, octave_n), "%.0fx" % (t_oct / t_mcc)) if t_oct else ("-", "-")
        numpy_cells = ("%.3f" % t_np, "%.1fx" % (t_np / t_mcc)) if t_np else ("-", "-")
        print("| %s | %d | %.3f | %.3f | %.2fx | %s | %s | %s | %s | %s |" % (
            name, n, t_c, t_mcc, t_mcc / t_c, octave_cells[0], octave_cells[1], numpy_cells[0], numpy_cells[1], check))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
