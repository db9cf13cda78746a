// CPU code for fused kernels (kernels/KernelIR.h): each kernel's body as an
// LLVM loop over a range of its iteration space, and its launch through the
// runtime's mcc_kernel_launch (mcc/runtime.h, "Fused kernels"), which routes
// it to the CPU body or to its GPU version: the kernel's mcc_kernel_spec is
// a constant of the module, with the SPIR-V words when it has one and the
// op mix per element the router's cost model counts.
//
// The body reads its array pointers into the arguments of an inner
// always-inline function whose pointers are noalias (outputs are fresh
// arrays), so LLVM vectorises the loop without run-time alias checks; math
// builtins are LLVM intrinsics or readnone libm calls, which the loop
// vectoriser maps to the vector math library (libmvec on x86-64).
// Element-wise results are those of the runtime's operations bit for bit
// where the math library is the same (arithmetic, comparisons, rounding);
// vectorised sin, exp... come from libmvec (within 4 ulp, its documented
// bound). Reductions add in element order within a block (MCC_KERNEL_BLOCK).
//
// Tests: tests/lit/kernels (run-*.m compile and run fused programs), the
// conformance suite.
#pragma once

#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/PassManager.h>
#include <llvm/Target/TargetMachine.h>

#include <string>
#include <vector>

#include "codegen/gpu/GpuBinary.h"
#include "kernels/KernelIR.h"

namespace mcc::codegen {

// Emits kernel k's body (once per kernel) and a launch at the builder's
// insertion point; `gpu`: its GPU version, or null. `inputs`: the kernel's
// inputs as generated code holds them (mcc_array* for arrays, double or i1
// for scalars). Returns its outputs in order, each a new mcc_array*
// reference.
std::vector<llvm::Value*> emitKernelLaunch(llvm::IRBuilderBase& b, const kernels::Kernel& k, const GpuBinary* gpu,
                                           const std::vector<llvm::Value*>& inputs, llvm::Value* site);

// Lets the optimiser vectorise math calls with the vector math library of
// the machine's target (libmvec on x86-64 Linux; none elsewhere). Call
// before the function analyses are registered.
void useVectorMathLibrary(llvm::FunctionAnalysisManager& fam, const llvm::TargetMachine& machine);

}  // namespace mcc::codegen
