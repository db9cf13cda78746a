#!/usr/bin/env python3
"""Cross-compilation: compiles a part of the conformance suite with
`mcc --target=aarch64-linux-gnu --cpu=cortex-a72`, runs each program under
qemu-aarch64 (-L /usr/aarch64-linux-gnu) and compares its output with the
expected output of the host's run. Also checks that the programs are 64-bit
ARM executables that do not need libmvec (Debian 12's aarch64 glibc has
none). Skipped (exit 77) without the cross toolchain, qemu or the aarch64
runtime (lib/aarch64-linux-gnu/ beside mcc)."""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

PROGRAMS = [
    "arith_scalar_basic", "arith_elementwise_ops", "arith_implicit_expansion", "arith_ieee_special",
    "bench_mandelbrot", "bench_quicksort", "builtin_sort", "builtin_cumsum_cumprod", "ctrl_switch_char",
    "fmt_sprintf_text", "fmt_width_precision", "func_recursion", "index_logical", "assign_growth",
    "linalg_det_inv_trace", "matrix_multiply", "matrix_divide", "math_trig", "math_exp_log", "text_char_ops",
    "complex_scalar_loops",
]
TRIPLE = "aarch64-linux-gnu"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mcc", required=True)
    args = ap.parse_args()
    runtime = os.path.join(os.path.dirname(os.path.realpath(args.mcc)), "..", "lib", TRIPLE, "libmcc_runtime.a")
    for need in ["qemu-aarch64", TRIPLE + "-gcc", "readelf"]:
        if not shutil.which(need):
            print("check_aarch64: no %s; skipped" % need)
            return 77
    if not os.path.exists(runtime):
        print("check_aarch64: no aarch64 runtime (%s); skipped" % runtime)
        return 77
    here = os.path.dirname(os.path.abspath(__file__))
    conformance = os.path.join(here, "..", "conformance")
    # One OpenBLAS thread: its worker threads spin, which under qemu on a
    # small machine costs minutes.
    env = dict(os.environ, MCC_CHECK_LEAKS="1", OPENBLAS_NUM_THREADS="1")
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name in PROGRAMS:
            src = os.path.join(conformance, "programs", name + ".m")
            exe = os.path.join(tmp, name)
            r = subprocess.run([args.mcc, "--target=" + TRIPLE, "--cpu=cortex-a72", src, "-o", exe],
                               capture_output=True, text=True)
            if r.returncode != 0:
                print("FAIL %s (compile)\n%s" % (name, r.stderr))
                failed += 1
                continue
            header = subprocess.run(["readelf", "-h", "-d", exe], capture_output=True, text=True).stdout
            if "AArch64" not in header or "libmvec" in header:
                print("FAIL %s: not an aarch64 executable without libmvec\n%s" % (name, header))
                failed += 1
                continue
            r = subprocess.run(["qemu-aarch64", "-L", "/usr/" + TRIPLE, exe], capture_output=True, text=True,
                               errors="replace", timeout=300, cwd=tmp, env=env)
            with open(os.path.join(conformance, "expected", name + ".out")) as f:
                expected = f.read()
            if r.returncode != 0 or r.stdout != expected:
                print("FAIL %s (exit %d)\n%s\n--- expected:\n%s--- got:\n%s" % (name, r.returncode, r.stderr,
                                                                                  expected, r.stdout))
                failed += 1
    print("%d passed, %d failed (aarch64 under qemu)" % (len(PROGRAMS) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
