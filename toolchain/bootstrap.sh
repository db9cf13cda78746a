#!/usr/bin/env bash
# Quick start, first command: installs the Debian packages mcc needs, builds
# mcc in build/, compiles examples/series.m to a native program and runs it.
#
#   toolchain/bootstrap.sh [--no-octave]
#
# Run it as root, or as a user with sudo (the install step needs root).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

"$root/toolchain/install-deps.sh" "$@"

echo "bootstrap: configuring and building in $root/build"
cmake --preset default
cmake --build --preset default

echo "bootstrap: build/bin/mcc examples/series.m -o build/series && build/series"
build/bin/mcc examples/series.m -o build/series
build/series
