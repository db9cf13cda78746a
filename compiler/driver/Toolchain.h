// The outside tools mcc runs (the system's C compiler driver, ar, ld) and
// the arguments that link a program or library with runtime-support.
#pragma once

#include <string>
#include <vector>

#include "Driver.h"
#include "frontend/Diagnostics.h"

namespace mcc {

// Runs argv (no shell: paths may hold anything); a failure is a LinkFailed
// diagnostic showing the command. Returns whether it exited with 0.
bool runTool(std::vector<std::string> argv, DiagnosticEngine& diags);

// The runtime library beside this mcc (../lib, ../lib/TRIPLE for another
// target; the .so with --shared-runtime), then what it needs: OpenBLAS and
// LAPACKE as needed, libstdc++, libm, libmvec on x86-64, the rpath of the
// shared runtime, the user's -l/-L/-Wl arguments. Empty after a diagnostic
// when the runtime is missing.
std::vector<std::string> runtimeLinkArguments(const DriverOptions& opts, DiagnosticEngine& diags);

// The linker choice for cCompiler's link of a program: lld when mcc was built
// where one was found and it is still there (a program against the static
// runtime links in about 0.2 s where GNU ld takes 0.5 s), else none (the
// driver's default linker). The sanitizer build has its own (runTool).
std::vector<std::string> linkerArguments();

// The system's C compiler driver for the target (cc, or TRIPLE-gcc).
std::string cCompiler(const DriverOptions& opts);

}  // namespace mcc
