// Finds the calls that can re-enter the function they are in: the edges of
// the call graph inside a recursive strongly connected component.
//
// MATLAB stops a recursion at a depth of 500 calls ("Maximum recursion
// limit of 500 reached."). Generated code counts the depth around these
// calls only (codegen/llvm), so code outside a recursive cycle pays nothing,
// and a recursion LLVM would turn into a loop (a tail call, an infinite
// mutual recursion) still stops with MATLAB's error at its line.
//
// The graph: a call of a user function (Callee::Local or File) and a call
// of a handle whose target inference knows are edges to that function's
// specialisation (arrayfun's per-element body too). A call that the runtime
// carries out, where a function handle or an object may reach it (a handle
// of unknown target, a builtin given a value of unknown class, a function
// handle or an object, indexing such a value), may call any function a
// handle was made to (Function::boxedEntry); an operator on a value of
// unknown class or an object may call the class's methods (the
// `.operators` dispatcher the program registers with operator_methods_).
//
// On entry: a typed module (after InferTypes; names of calls are
// specialisations). On exit: Instr::recursive is set on exactly those
// calls and operators one of whose targets lies in its function's strongly
// connected component. Tests: tests/lit/codegen/recursion-depth.m,
// tests/conformance/errors/err_recursion_*.m.
#pragma once

#include "ir/IR.h"

namespace mcc::ir {

void markRecursiveCalls(Module& m);

}  // namespace mcc::ir
