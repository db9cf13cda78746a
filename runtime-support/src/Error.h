// How the runtime reports a MATLAB run-time error, and how tests intercept it.
//
// A user's error (an index out of range, a size mismatch) ends the program
// as MATLAB's does: the message on stderr, then the .m file and line of the
// statement, exit status 1. Unit tests install a hook that throws instead, so
// the message can be checked in-process; the runtime's own code holds its
// temporaries in owning handles, so nothing leaks when a hook throws.
#pragma once

#include <string>

#include "mcc/runtime.h"

namespace mcc::rt {

// Reports a MATLAB error for `site` and does not return.
[[noreturn]] void fail(const std::string& message, const mcc_site* site);

// A misuse of the C ABI by generated code (a compiler bug, not a user error):
// prints the message and aborts.
[[noreturn]] void internalError(const std::string& message);

// Called by fail() instead of exiting, when set. It must not return (a test
// hook throws); if it does, fail() exits as usual.
using FailHook = void (*)(const std::string& message, const mcc_site* site);
void setFailHook(FailHook hook);

}  // namespace mcc::rt
