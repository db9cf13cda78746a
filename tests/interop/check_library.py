#!/usr/bin/env python3
"""mcc -static-lib / -shared and add_matlab_library: a C program calls MATLAB
entry functions (examples/c-library).

- the generated header compiles with cc -std=c99 -Wall -Wextra -Werror -pedantic
  (and as C++);
- the static library, linked with the runtime, and the shared library (runtime
  inside, exporting only the library's functions) both give the expected output
  (examples/c-library/expected.txt, worked out by hand from the .m code) with
  MCC_CHECK_LEAKS=1;
- an input its arguments block rejects is MATLAB's error (status 1);
- with --build, an installed mcc builds examples/c-library/CMakeLists.txt
  (add_matlab_library) and its program prints the same.
"""
import argparse
import os
import platform
import subprocess
import sys
import tempfile

ENTRIES = ["scale_sum", "greet", "count_above"]


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def run(cmd, env=None, expect=0):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    if expect is not None and p.returncode != expect:
        fail("%s exited with %d (expected %d)\nstdout:\n%s\nstderr:\n%s" %
             (" ".join(cmd), p.returncode, expect, p.stdout, p.stderr))
    return p


def check_output(program, expected, label):
    env = dict(os.environ, MCC_CHECK_LEAKS="1")
    out = run([program], env=env).stdout
    if out != expected:
        fail("%s printed:\n%s\nexpected:\n%s" % (label, out, expected))
    bad = run([program, "bad"], env=env, expect=1)
    if "Invalid argument at position 2. Value must be positive." not in bad.stderr or "scale_sum.m" not in bad.stderr:
        fail("%s bad: stderr lacks MATLAB's validation message:\n%s" % (label, bad.stderr))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mcc", required=True)
    ap.add_argument("--example", required=True)
    ap.add_argument("--cc", default="cc")
    ap.add_argument("--cxx", default="c++")
    ap.add_argument("--build", help="the build folder, to install and build the example's CMake project")
    ap.add_argument("--sanitized", action="store_true", help="the runtime is instrumented (ASan/UBSan)")
    args = ap.parse_args()
    sources = [os.path.join(args.example, e + ".m") for e in ENTRIES]
    expected = open(os.path.join(args.example, "expected.txt")).read()
    entry_flags = [flag for e in ENTRIES for flag in ("--entry", e)]
    san = ["-fsanitize=address,undefined"] if args.sanitized else []
    lib = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(args.mcc))), "lib")
    with tempfile.TemporaryDirectory() as tmp:
        # Static library and its header.
        archive = os.path.join(tmp, "libcmodel.a")
        run([args.mcc, "-static-lib"] + entry_flags + sources + ["-o", archive])
        header = os.path.join(tmp, "cmodel.h")
        if not os.path.exists(header):
            fail("no header beside the library")
        text = open(header).read()
        for proto in ["void scale_sum(const mcc_c_array *x, double k, mcc_c_array *y, mcc_c_array *total);",
                      "void greet(const char *name, int32_t times, mcc_c_array *msg);",
                      "void count_above(const mcc_c_array *v, uint8_t limit, mcc_c_array *n, mcc_c_array *where);",
                      "void cmodel_initialize(void);", "int cmodel_terminate(void);"]:
            if proto not in text:
                fail("the header lacks '%s':\n%s" % (proto, text))
        run([args.cc, "-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic", "-fsyntax-only", "-x", "c", header])
        run([args.cxx, "-std=c++17", "-Wall", "-Wextra", "-Werror", "-fsyntax-only", "-x", "c++", header])
        main_c = os.path.join(args.example, "main.c")
        static_main = os.path.join(tmp, "main_static")
        # What the README says a static library is linked with.
        runtime_libs = [os.path.join(lib, "libmcc_runtime.a"), "-Wl,--gc-sections", "-Wl,--as-needed", "-llapacke",
                        "-lopenblas"] + (["-lmvec"] if platform.machine() == "x86_64" else []) + ["-lstdc++", "-lm"]
        run([args.cc, "-std=c99", "-Wall", "-Werror", "-I", tmp, main_c, archive] + runtime_libs + ["-o", static_main] + san)
        check_output(static_main, expected, "static library")

        # Shared library: the runtime inside, only the library's functions exported.
        shared_dir = os.path.join(tmp, "shared")
        os.mkdir(shared_dir)
        so = os.path.join(shared_dir, "libcmodel.so")
        run([args.mcc, "-shared"] + entry_flags + sources + ["-o", so])
        lines = run(["nm", "-D", "--defined-only", so]).stdout.splitlines()
        ours = {l.split()[-1] for l in lines if l.split() and not l.split()[-1].startswith("_")}
        want = set(ENTRIES) | {"cmodel_initialize", "cmodel_terminate"}
        if not want <= ours or any(s.startswith("mcc_") for s in ours):
            fail("libcmodel.so exports %s (want %s and no mcc_ symbol)" % (sorted(ours), sorted(want)))
        shared_main = os.path.join(tmp, "main_shared")
        run([args.cc, "-std=c99", "-Wall", "-Werror", "-I", shared_dir, main_c, "-L", shared_dir, "-lcmodel",
             "-Wl,-rpath," + shared_dir, "-o", shared_main] + san)
        check_output(shared_main, expected, "shared library")

        # add_matlab_library in an outside CMake project, against an installed mcc.
        if args.build:
            prefix = os.path.join(tmp, "prefix")
            run(["cmake", "--install", args.build, "--prefix", prefix])
            build = os.path.join(tmp, "cmake-build")
            run(["cmake", "-S", args.example, "-B", build, "-G", "Ninja", "-DCMAKE_PREFIX_PATH=" + prefix,
                 "-DCMAKE_C_COMPILER=" + args.cc])
            run(["cmake", "--build", build])
            check_output(os.path.join(build, "main"), expected, "add_matlab_library")
    print("PASS: static and shared libraries, header, add_matlab_library")


if __name__ == "__main__":
    main()
