// Type inference with whole-program specialisation.
//
// Every function reached from the entry is copied once per signature (the
// types of its arguments at a call) and its values are typed by a forward
// analysis over the CFG to a fixpoint (phis join, loops widen through the
// lattice in Types.h). Calls to specialised functions take the callee's
// result types; recursion converges by re-analysing until no result changes.
// Builtins get their results from the rules of Builtins.def; anything else is
// an unknown, boxed value, so no valid program is rejected for being dynamic.
//
// On entry: a lowered module (LowerAST). On exit: a new module holding only
// the specialisations, named f<arg types>, each value typed; calls name the
// specialisation they reach. Tests: tests/lit/typed/*.m.
#pragma once

#include <memory>

#include "frontend/Diagnostics.h"
#include "ir/IR.h"

namespace mcc::ir {

// The entry function's inputs come from the command line at run time: their
// types are `entryInputs` (what its arguments block guarantees) when given,
// else unknown. Diagnostics are for errors certain at compile time.
std::unique_ptr<Module> inferTypes(const Module& generic, DiagnosticEngine& diags,
                                   const std::vector<Type>& entryInputs = {});

// Whether `name` is a builtin of Builtins.def.
bool isKnownBuiltin(const std::string& name);
// Whether the builtin `name` called with nargout 0 may give no value (disp,
// fprintf, warning, feval...), or is not one of Builtins.def's.
bool mayGiveNoValue(const std::string& name);
// Whether the builtin `name`, called as a statement, never gives a value (fprintf, disp).
bool givesNoValue(const std::string& name);
// The runtime implements it (runtime-support/include/mcc/builtins.def).
bool isRuntimeBuiltin(const std::string& name);

// err.NAME of an MException: its properties (identifier, message, stack,
// cause) and its methods (getReport, throw, rethrow, throwAsCaller,
// addCause; the runtime's objectMethod table in Exceptions.cpp).
bool isExceptionProperty(const std::string& name);
bool isExceptionMethod(const std::string& name);

// Whether a list (CellRef or Field with Instr::list) is known to hold
// exactly one value: a brace index by numeric scalars, a field of a 1x1
// struct. True for any instruction that is not a list.
bool isSingleValue(const Instr& list);

}  // namespace mcc::ir
