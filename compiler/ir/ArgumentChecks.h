// A function's `arguments` block as statements at the start of its body.
//
// For each input the block declares, in the order of the function's
// parameters: `if nargin < K, x = DEFAULT; end` when it has a default, then
// `x = property_check_(x, 'Invalid argument at position K. ', CLASS, SIZE,
// VALIDATOR, {ARGS}, ...)` when it has a size, a class or validators (the
// runtime converts, sizes and checks the value as MATLAB does, with its
// messages). LowerAST lowers these statements before the body. What mcc
// does not apply (name-value arguments, (Repeating) and (Output) blocks,
// varargin, validators outside the runtime's table, classes it lacks) is a
// NotImplemented diagnostic, and the result is then empty.
// Tests: tests/conformance/programs/func_arguments_block_matlab.m,
// tests/conformance/errors/err_func_arguments_block_matlab.m.
#pragma once

#include <functional>
#include <string>

#include "frontend/AST.h"
#include "frontend/Diagnostics.h"

namespace mcc::ir {

// The statements checking `f`'s inputs (none when it has no arguments
// block); false after reporting what is not supported. `isClass` says
// whether a class name is a classdef class of the program. New nodes are
// made in `nodes`, at the declarations' source ranges.
bool argumentChecks(const File& file, const mcc::Function& f, ASTContext& nodes,
                    const std::function<bool(const std::string&)>& isClass, DiagnosticEngine& diags, mcc::Block& out);

}  // namespace mcc::ir
