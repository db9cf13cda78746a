// Kernel formation (fusion): groups element-wise array operations and the
// reductions that consume them into kernels (KernelIR.h), across statements.
//
// Within each basic block, an element-wise operation (arithmetic, comparison,
// logical operator, a builtin of KernelMath.def, a cast, max/min of two) on
// real double, single or logical arrays (MATLAB's class rules: single wins)
// joins the kernel of its operands when its array operands provably have
// one shape or expand to one by implicit expansion, that shape being one
// operand's own and the kernel's space (an operand it expands stays an array
// of its own kernel); scalar operands are broadcast. sum, prod, mean, max,
// min, any and all over a whole vector (or with 'all'), or along constant
// dims, join the kernel of their operand. A value stays materialised only
// when something outside its kernel uses it. Anything else is left as it
// was: the runtime's array path.
//
// On entry: a typed module (inferTypes). On exit: each kernel is one IR
// `kernel` instruction (its operands are the kernel's inputs, Extract reads
// its outputs) placed where its last member was; the set owns the kernels.
// Tests: tests/lit/kernels/*.m (how many kernels programs become).
#pragma once

#include <optional>
#include <string>

#include "ir/IR.h"
#include "kernels/KernelIR.h"

namespace mcc::kernels {

// Rewrites `m` in place; returns true when it formed any kernel.
bool formKernels(ir::Module& m, KernelSet& out);

// The rules of what a kernel computes, shared with FormLoopKernels: the
// element type of a value a kernel can hold; the element-wise operator an IR
// binary computes (the matrix forms with a scalar operand); whether a
// builtin of one argument is a kernel math function (KernelMath.def);
// which reduction a builtin is.
std::optional<ElemType> kernelElemType(const ir::Type& t);
std::optional<BinaryOp> kernelBinary(const ir::Instr* i);
bool isKernelMathCall(const std::string& name);
std::optional<ReduceKind> kernelReduceKind(const std::string& name);  // sum, prod, ...: a kernel's reductions
// Node::modulus for the IR call mod(x, p): p when x is provably whole with
// |x| < 2^52 (ir/ValueRange) and p a whole constant in [1, 2^52); else 0.
double wholeModulus(const ir::Instr* call);
// Whether p is a whole constant divisor in [1, 2^52) (the reciprocal's range).
bool isWholeDivisor(double p);

}  // namespace mcc::kernels
