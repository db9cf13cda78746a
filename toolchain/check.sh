#!/usr/bin/env bash
# Quick start, second command: builds (incrementally) and runs the whole test
# suite: unit tests, lit golden tests, the conformance programs, the front-end
# fuzzer (60 s by default; MCC_FUZZ_SECONDS overrides) and the parse coverage
# of Octave's library; then the same tests again on a build of the compiler
# with ASan and UBSan (build-sanitize/; MCC_SKIP_SANITIZE=1 skips it).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

fuzz_seconds=${MCC_FUZZ_SECONDS:-60}
cmake --preset default -DMCC_FUZZ_SECONDS="$fuzz_seconds" > /dev/null
cmake --build --preset default
ctest --preset default

if [ "${MCC_SKIP_SANITIZE:-0}" != 1 ]; then
  echo "check: the suite again on the ASan + UBSan build"
  cmake --preset sanitize > /dev/null
  cmake --build --preset sanitize
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --preset sanitize
fi
