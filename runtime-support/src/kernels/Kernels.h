// What the kernel launchers share (Kernels.cpp runs kernels on the CPU,
// Launch.cpp routes them between CPU and GPU).
#pragma once

#include <cstdint>
#include <functional>

#include "mcc/runtime.h"

namespace mcc::rt {

// The threads mcc_kernel_run uses for n elements.
unsigned kernel_threads(int64_t n);
// Runs block(b) for b in [0, blocks), on the thread pool when threads > 1
// (each block once, in no particular order; the calling thread works too).
void run_blocks(int64_t blocks, unsigned threads, const std::function<void(int64_t)>& block);
// Folding reduction partials (MCC_REDUCE_*): acc combined with x, as the
// runtime's reductions fold (max/min: NaN loses unless all are NaN).
double combine_reduction(uint32_t kind, double acc, double x);
double reduction_identity(uint32_t kind);
// The array whose dims are a kernel's space: the first empty one, else the
// first of the most elements. It is input 0, except in an outer kernel
// (x - x'), whose inputs are all expanded and whose first array output has
// the space's shape: an expanded input has fewer elements, and where one is
// empty, so is the space (MATLAB expands an extent 0 against 1 to 0).
const mcc_array* kernel_space(uint32_t narrays, mcc_array* const* arrays);

}  // namespace mcc::rt
