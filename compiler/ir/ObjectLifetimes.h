// Trims the lifetime marks of a program with destructors to the values
// that may hold objects.
//
// MATLAB destroys a handle object when its last reference goes: a variable
// reassigned or cleared, its function returning. Generated code releases a
// value after its last use (codegen/llvm/OWNERSHIP.md), which would run a
// destructor early, so in a program with a class that has a destructor
// (onCleanup included) LowerAST marks where each variable's value ends:
// `lifetime_end_(v, ...)`, a call of the runtime that does nothing but keep
// its operands alive up to there.
//
// On entry: a typed module. On exit: each mark keeps only its operands whose
// type may hold a handle object (unknown, cell, struct or object, function
// handle, a record with such a field: not a number, logical, char or
// string, whose release destroys nothing); a mark left without operands is
// gone, and so are the phis only such marks used. Tests: tests/conformance/programs/classdef_destructor*.m,
// tests/lit/typed/classdef-lifetimes.m.
#pragma once

#include "ir/IR.h"

namespace mcc::ir {

void trimLifetimeEnds(Module& m);

// Whether releasing a value of type t may destroy a handle object.
bool mayHoldObject(const Type& t);

// Whether i is a lifetime mark: lifetime_end_(v, ...).
bool isLifetimeMark(const Instr& i);

// Whether m keeps any lifetime mark (after trimLifetimeEnds: a program with
// destructors that has values which may hold objects). ScalarizeStructs
// then carries a record's marks onto its fields (ScalarizeStructs.h).
bool keepsLifetimes(const Module& m);

}  // namespace mcc::ir
