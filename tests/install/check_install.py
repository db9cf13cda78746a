#!/usr/bin/env python3
"""Installs the build into a scratch prefix, moves the prefix (it must be
relocatable), then checks what users get from it:

- the installed mcc builds and runs a program (examples/hello.m);
- an outside CMake project (examples/cmake-project) finds the package with
  find_package(mcc), builds its add_matlab_executable() target, runs it with
  command-line inputs, and rebuilds it when a .m file it reaches changes (the
  depfile mcc writes) and not when nothing changed;
- the headers, the shader library and the CMake package files are there."""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile


def fail(message):
    print("check_install: " + message, file=sys.stderr)
    sys.exit(1)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def check_cmake_project(prefix, example, cc, tmp):
    src = os.path.join(tmp, "project")
    shutil.copytree(example, src)
    build = os.path.join(tmp, "project-build")
    run(["cmake", "-S", src, "-B", build, "-G", "Ninja", "-DCMAKE_PREFIX_PATH=" + prefix, "-DCMAKE_C_COMPILER=" + cc])
    run(["cmake", "--build", build])
    model = os.path.join(build, "model")
    out = run([model, "20", "0.5"])
    if "after 20 steps: 0.999999" not in out or "y =" not in out:
        fail("the CMake-built model printed:\n" + out)
    out = run([model])  # the arguments block's defaults
    if "after 10 steps: 0.943686" not in out:
        fail("the CMake-built model with default inputs printed:\n" + out)
    # Nothing changed: nothing to do.
    if "no work to do" not in run(["cmake", "--build", build]):
        fail("a second build with no change rebuilt something")
    # A helper found through INCLUDE_DIRS changes: the program is rebuilt.
    helper = os.path.join(src, "helpers", "filter_step.m")
    with open(helper) as f:
        text = f.read()
    with open(helper, "w") as f:
        f.write(text.replace("s = s + alpha * (input - s);", "s = s + alpha * (input - s) / 2;"))
    run(["cmake", "--build", build])
    out = run([model, "1", "0.5"])
    if "after 1 steps: 0.250000" not in out:
        fail("after editing helpers/filter_step.m the model was not rebuilt:\n" + out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    ap.add_argument("--example", required=True)
    ap.add_argument("--cmake-example", required=True)
    ap.add_argument("--cc", default="cc", help="the C compiler the outside project links with")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        prefix = os.path.join(tmp, "prefix")
        subprocess.run(["cmake", "--install", args.build, "--prefix", prefix], check=True, stdout=subprocess.DEVNULL)
        moved = os.path.join(tmp, "moved")
        shutil.move(prefix, moved)  # relocatable: nothing points back at the prefix
        exe = os.path.join(tmp, "example")
        subprocess.run([os.path.join(moved, "bin", "mcc"), args.example, "-o", exe], check=True)
        out = run([exe])
        if not out.strip():
            fail("the installed mcc built a program that printed nothing")
        for path in ["include/mcc/runtime.h", "include/mcc/builtins.def", "lib/libmcc_runtime.a",
                     "lib/libmcc_runtime.so", "share/mcc/shaders", "lib/cmake/mcc/mccConfig.cmake",
                     "lib/cmake/mcc/mccConfigVersion.cmake", "lib/cmake/mcc/aarch64-linux-gnu.cmake"]:
            if not os.path.exists(os.path.join(moved, path)):
                fail("missing " + path)
        check_cmake_project(moved, args.cmake_example, args.cc, tmp)
        print("installed tree ok: " + out.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
