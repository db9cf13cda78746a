// Scalar replacement of small arrays: a real double or logical array whose
// shape inference knows to be constant and 2-D, with 2 to 16 elements
// (kMaxSmallElements), lives as one SSA scalar per element where the
// operations on it allow, as ScalarizeStructs keeps records as their fields.
//
// Element-wise operators (+ - .* ./ .\ .^ comparisons & | ~ unary minus,
// and * / \ with a scalar side), transposes, concatenations of scalars,
// x(i,:), x(:,j), x(i,j), x(k), x(:) reads, x(i,:) = v (and the other forms
// of those indices) writes that keep x's shape and class, phis, end, numel,
// length, isempty, zeros/ones of constant sizes, sum (default dimension, 1
// or 2), dot and norm of vectors and the element-wise builtins codegen computes
// inline for scalars (sqrt, abs, exp, max(a, b), ...) become scalar
// instructions: in generated code, machine values with no runtime call and
// no heap allocation. An index counts only where it is a colon, `end`, a
// constant within the extent, or a double scalar that ValueRange proves
// whole, within the extent and never NaN (a for loop's value over a range,
// sums of those); a run-time index then picks its element through a chain
// of `select` instructions. Anything else (a growing assignment, an index
// that may be out of range, a complex or single or unknown-shaped result,
// a value passed to a function, printed, stored or returned) keeps the
// general path, with MATLAB's semantics and errors: the boxed array is
// rebuilt from its elements just before that use (once a block), and a
// small array that a runtime call makes is read element by element just
// after it is made, where a scalarized operation needs its elements.
//
// Why 16: each array operation becomes one scalar operation per element
// and a run-time index a chain of up to numel - 1 selects, so code grows
// with numel; 16 covers the fixed-size vectors and matrices of numeric code
// (3-vectors, quaternions, 4x4 transforms, the 5x3 states of an n-body step)
// while the runtime's kernels keep the arrays where a loop pays off. Single
// is left alone: generated code keeps single scalars boxed, so nothing would
// be gained.
//
// On entry: a typed module (InferTypes, after ScalarizeStructs). On exit:
// the same program, with fewer array values; `select` instructions appear.
// Printed with --emit=scalarized (off with -fno-small-arrays). Tests:
// tests/lit/typed/scalarize-small-arrays.m, tests/lit/codegen/small-arrays-rows.m,
// tests/unit/ScalarizeSmallArraysTest.cpp, tests/conformance/programs/small_arrays.m,
// tests/conformance/errors/err_small_array_row_past_end.m.
#pragma once

#include "ir/IR.h"

namespace mcc::ir {

constexpr int64_t kMaxSmallElements = 16;

// Returns whether anything changed.
bool scalarizeSmallArrays(Module& m);

}  // namespace mcc::ir
