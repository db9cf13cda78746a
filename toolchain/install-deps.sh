#!/usr/bin/env bash
# Installs every Debian 12 package mcc needs to build, test and benchmark itself.
# Idempotent and safe to re-run as root (apt-get skips what is already installed).
#
#   toolchain/install-deps.sh              # everything, GNU Octave included
#   toolchain/install-deps.sh --no-octave  # skip Octave (only needed to regenerate
#                                          # expected outputs and for the parse-coverage test)
set -euo pipefail

with_octave=1
for arg in "$@"; do
  case "$arg" in
    --no-octave) with_octave=0 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "install-deps: unknown option '$arg'" >&2; exit 2 ;;
  esac
done

packages=(
  # build
  build-essential cmake ninja-build git python3 pkg-config
  # compiler: LLVM 19 (code generation), clang 19 (fuzzer + sanitizers), FileCheck and lit
  llvm-19-dev llvm-19-tools clang-19 libclang-rt-19-dev lld-19
  # C interop: libclang parses the C headers of coder.cinclude and loadlibrary
  # (headers at build time; mcc loads libclang-19.so.1 when a program needs it)
  libclang-19-dev
  # GPU: GLSL -> SPIR-V, Vulkan headers and loader, volk, lavapipe for tests, spirv-val
  glslang-dev glslang-tools libvulkan-dev libvulkan-volk-dev mesa-vulkan-drivers spirv-tools
  # runtime libraries linked into users' programs (all permissively licensed)
  libopenblas-dev liblapacke-dev libkissfft-dev
  # Boost.Math (header-only): the special functions gammainc, betainc, expint, besselj, bessely, legendre
  libboost-dev
  # MAT-files for load/save: the header at build time, libmatio.so.11 loaded by programs that call them
  libmatio-dev
  # S \ b of sparse matrices: SuiteSparse's AMD ordering (BSD-3-Clause), libamd.so.2
  # loaded with dlopen by programs that solve sparse systems (no header needed)
  libamd2
  # driver and tests (gdb: the debugger test)
  libboost-program-options-dev libgtest-dev gdb
  # benchmarks: the NumPy column of bench/run.py
  python3-numpy
  # cross-compilation to 64-bit ARM: Debian's cross toolchain, qemu to run the
  # programs in tests, OpenBLAS and LAPACKE for arm64 (multiarch)
  g++-aarch64-linux-gnu qemu-user libopenblas-dev:arm64 liblapacke-dev:arm64
)
if [ "$with_octave" = 1 ]; then
  # reference implementation for conformance expectations and the parse-coverage test
  packages+=(octave)
fi

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

# arm64 packages (the aarch64 runtime's OpenBLAS and LAPACKE) come from Debian's
# multiarch archive.
if ! dpkg --print-foreign-architectures | grep -qx arm64; then
  echo "install-deps: dpkg --add-architecture arm64"
  $SUDO dpkg --add-architecture arm64
fi
echo "install-deps: apt-get update"
$SUDO apt-get update -q
echo "install-deps: installing ${packages[*]}"
$SUDO apt-get install -y -q --no-install-recommends "${packages[@]}"
echo "install-deps: done"
