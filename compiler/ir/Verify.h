// The IR's invariants, checked after each stage that builds or rewrites IR.
//
// Every block ends in exactly one terminator and holds its phis first, with
// one operand per predecessor; every operand is a live instruction of the
// same function; use lists match operands; branch targets and predecessor
// lists agree. A violation is a compiler bug, never a user error: the driver
// reports it as an internal error and the fuzzer aborts on it.
#pragma once

#include <string>

#include "ir/IR.h"

namespace mcc::ir {

// Returns an empty string when `m` is well formed, else what is wrong first.
std::string verifyModule(const Module& m);

}  // namespace mcc::ir
