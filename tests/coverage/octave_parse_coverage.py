#!/usr/bin/env python3
"""Parse coverage of code nobody here wrote: GNU Octave's own function library.

Runs `mcc -fsyntax-only` over every .m file under Octave's m/ directory
(/usr/share/octave/<version>/m) and reports how many parse. Files listed in
octave_known_invalid.txt (with the reason) are expected to fail; any other
failure, crash or hang fails the test, and so does a listed file that now
parses (the list must stay true). Exits 77 (skipped) when Octave's library is
not installed.
"""
import argparse
import concurrent.futures
import glob
import os
import subprocess
import sys


def load_known(path):
    known = {}
    if path and os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, _, reason = line.partition(" ")
            known[name] = reason.strip().lstrip("#").strip()
    return known


def check(mcc, root, rel):
    path = os.path.join(root, rel)
    try:
        r = subprocess.run([mcc, "-fsyntax-only", "-fdiagnostics-color=never", path],
                           capture_output=True, text=True, errors="replace", timeout=20)
    except subprocess.TimeoutExpired:
        return rel, "hang", "timed out after 20 s"
    if r.returncode == 0:
        return rel, "ok", ""
    if r.returncode != 1:
        return rel, "crash", "exit status %d: %s" % (r.returncode, r.stderr.strip()[-400:])
    first = next((l for l in r.stderr.splitlines() if ": error: " in l), r.stderr.strip()[:200])
    return rel, "error", first.replace(root + os.sep, "")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mcc", required=True)
    ap.add_argument("--root", help="Octave's m/ directory (default: /usr/share/octave/*/m)")
    ap.add_argument("--known", help="file listing the genuinely invalid files")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()

    root = args.root
    if not root:
        roots = sorted(glob.glob("/usr/share/octave/[0-9]*/m"),
                       key=lambda p: [int(x) for x in p.split("/")[-2].split(".") if x.isdigit()])
        if not roots:
            print("octave_parse_coverage: GNU Octave's library is not installed; skipped")
            return 77
        root = roots[-1]
    files = sorted(os.path.relpath(p, root) for p in glob.glob(os.path.join(root, "**", "*.m"), recursive=True))
    known = load_known(args.known)

    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(lambda rel: check(args.mcc, root, rel), files))

    parsed = sum(1 for _, status, _ in results if status == "ok")
    unexpected, stale = [], []
    for rel, status, detail in results:
        if status == "ok" and rel in known:
            stale.append(rel)
        elif status != "ok" and (rel not in known or status in ("crash", "hang")):
            unexpected.append((rel, status, detail))
    expected_fail = sum(1 for rel, status, _ in results if status != "ok" and rel in known)

    print("Octave library: %s" % root)
    print("parsed %d of %d files (%.2f%%); %d listed as genuinely invalid"
          % (parsed, len(files), 100.0 * parsed / max(1, len(files)), expected_fail))
    for rel, status, detail in unexpected:
        print("UNEXPECTED %s %s: %s" % (status, rel, detail))
    for rel in stale:
        print("STALE: %s parses now; remove it from %s" % (rel, args.known))
    ok = not unexpected and not stale
    print("1 passed, 0 failed" if ok else "0 passed, 1 failed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
