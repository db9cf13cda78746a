# CMake toolchain file for 64-bit ARM Linux (Debian's cross toolchain:
# g++-aarch64-linux-gnu; programs run under qemu-aarch64 -L /usr/aarch64-linux-gnu).
#
#   cmake -DCMAKE_TOOLCHAIN_FILE=toolchain/aarch64-linux-gnu.cmake ...
#
# Used to build mcc's runtime for aarch64 (lib/aarch64-linux-gnu/), and by
# projects whose add_matlab_executable() targets build for aarch64 (it sets
# MCC_TARGET_TRIPLE, which mcc's CMake package passes as --target).
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(MCC_TARGET_TRIPLE aarch64-linux-gnu)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
# The cross toolchain's sysroot, and / for arm64 packages from Debian's
# multiarch archive (/usr/lib/aarch64-linux-gnu) and arch-independent headers.
set(CMAKE_FIND_ROOT_PATH /usr/aarch64-linux-gnu /)
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64 -L /usr/aarch64-linux-gnu)
