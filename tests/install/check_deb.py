#!/usr/bin/env python3
"""CPack makes a Debian package of mcc: `cpack -G DEB` in the build folder
(what this test runs, into a scratch folder), and the package holds the
compiler, the runtime, the headers and the CMake package under /usr."""
import argparse
import glob
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["cpack", "-G", "DEB", "--config", args.build + "/CPackConfig.cmake", "-B", tmp],
                       check=True, capture_output=True, text=True)
        debs = glob.glob(tmp + "/mcc_*.deb")
        if len(debs) != 1:
            print("check_deb: expected one mcc_*.deb, found %s" % debs, file=sys.stderr)
            return 1
        files = subprocess.run(["dpkg-deb", "-c", debs[0]], check=True, capture_output=True, text=True).stdout
        info = subprocess.run(["dpkg-deb", "-I", debs[0]], check=True, capture_output=True, text=True).stdout
        for path in ["./usr/bin/mcc", "./usr/lib/libmcc_runtime.a", "./usr/include/mcc/runtime.h",
                     "./usr/lib/cmake/mcc/mccConfig.cmake"]:
            if path not in files:
                print("check_deb: %s is not in %s\n%s" % (path, debs[0], files), file=sys.stderr)
                return 1
        if "Depends:" not in info or "liblapacke-dev" not in info:
            print("check_deb: the package does not declare its dependencies\n" + info, file=sys.stderr)
            return 1
        print("deb ok: " + debs[0].rsplit("/", 1)[1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
