#!/usr/bin/env python3
"""expect-status.py STATUS CMD [ARGS...]: runs CMD, discarding its output, and
succeeds only when it exits with exactly STATUS. (lit's `not` accepts any
non-zero status, a crash included; lit's internal shell has no `$?`.)"""
import subprocess
import sys

want = int(sys.argv[1])
got = subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
if got != want:
    print(f"expected exit status {want}, got {got}: {' '.join(sys.argv[2:])}", file=sys.stderr)
    sys.exit(1)
