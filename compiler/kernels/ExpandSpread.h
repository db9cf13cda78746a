// std and var as MATLAB defines them, so that kernels can compute them:
// `std(x, w, dims)` and `var(x, w, dims)` (dims a constant vecdim or 'all')
// of a real double or single array
// become sqrt(sum(abs(x - mean(x, dims)).^2, dims) / d) (var: without the
// sqrt), with d = n - 1 for w = 0 (n when w = 1 or n = 1), where n, the
// number of elements each result covers, is known at build time (or, for
// 'all', numel(x) at run time). Kernel
// formation then fuses the mean, the deviations and their sum: a GPU
// computes a spread without the CPU reading the data (bench/gpu's
// normalize.m). The results are the runtime's (runtime-support's var: each
// step in x's precision, the sums added in double).
//
// Left to the runtime: weights, 'omitnan', complex or integer data, a
// count along dims not known at build time (an empty slice is NaN there),
// two outputs.
//
// The same pass folds min([a, b, c]) and max([...]) of real scalars of
// one class into two-argument min/max (no array, no reduction launch).
#pragma once

#include "ir/IR.h"

namespace mcc::kernels {

// Rewrites `m` in place; returns true when it rewrote any call.
bool expandSpread(ir::Module& m);

}  // namespace mcc::kernels
