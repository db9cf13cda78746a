// X(:) read whole: `sum(X(:))`, `mean(X(:))`, `max(X(:))`, `std(X(:))`,
// `var(X(:), w)` and the element-wise chains between (`sum(X(:).^2)`)
// become the reductions over every element of X itself: `sum(X, 'all')`,
// `max(X, [], 'all')`, `std(X, w, 'all')`, with `X.^2` computed over X's
// own shape. MATLAB defines 'all' as the reduction of X(:), so results are
// the same, but X(:) is a copy of the array in the runtime (each statement
// of `m = mean(X(:)); s = std(X(:));` made one) and a reduction of it a
// separate pass, where 'all' fuses (FormKernels; std and var through
// ExpandSpread).
//
// An element-wise operation on columns moves before the colon only when its
// array operands are columns of arrays of one proven shape (constant or
// symbolic extents that agree), so X(:) + Y(:) of a 2x3 and a 3x2 stays as
// written. A column something else reads stays, and so does the copy.
//
// On entry: a typed module (inferTypes types X(:) as numel x 1). Runs before
// ExpandSpread. Test: tests/lit/kernels/column-reductions.m.
#pragma once

#include "ir/IR.h"

namespace mcc::kernels {

// Rewrites `m` in place; returns true when it rewrote any call.
bool reduceColumns(ir::Module& m);

}  // namespace mcc::kernels
