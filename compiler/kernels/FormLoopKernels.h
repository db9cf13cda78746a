// Loop fusion over time: a for loop whose body only updates arrays of one
// shape element by element becomes one kernel with the loop inside
// (KernelIR.h, TimeLoop), so each element runs all its steps without its
// arrays going through memory in between (Monte Carlo paths, per-channel
// filters).
//
// A loop qualifies when it counts over a range of scalars (`for t =
// first:step:last`, the range read by nothing else), its body is one block
// (no if, nested loop, break, continue or try), and every instruction of the
// body is an element-wise operation of FormKernels' kinds (arithmetic,
// comparisons, logical operators, KernelMath.def builtins, max and min of
// two, mod of doubles) on real double, single or logical values, of the
// class MATLAB gives (single wins): scalars (the loop variable, values from
// before the loop, constants) or arrays of the one shape of the loop's
// carried arrays. The carried arrays (the variables the body assigns and
// the next step or the code after the loop reads) must be real double or
// single arrays of that shape, of one class on entry and after each step.
// Anything else leaves the loop as it was.
//
// On entry: a typed module (inferTypes), before formKernels. On exit: each
// fused loop is one IR `kernel` instruction at the end of the loop's
// preheader, whose Extracts replace the carried values the code after the
// loop reads; the loop's blocks are gone. A loop of zero steps gives the
// initial values back. Tests: tests/lit/kernels/loop-*.m,
// tests/conformance/programs/kernels_loop_*.m.
#pragma once

#include "ir/IR.h"
#include "kernels/KernelIR.h"

namespace mcc::kernels {

// Rewrites `m` in place; returns true when it fused any loop.
bool formLoopKernels(ir::Module& m, KernelSet& out);

}  // namespace mcc::kernels
