#!/usr/bin/env bash
# Quick start, second command: builds (incrementally) and runs the whole test
# suite: unit tests, lit golden tests, the front-end fuzzer (60 s by default;
# MCC_FUZZ_SECONDS overrides) and the parse coverage of Octave's library.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

fuzz_seconds=${MCC_FUZZ_SECONDS:-60}
cmake --preset default -DMCC_FUZZ_SECONDS="$fuzz_seconds" > /dev/null
cmake --build --preset default
ctest --preset default
