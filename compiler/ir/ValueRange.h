// Bounds on the elements of a real value, for type inference: sqrt(x),
// log(x) and x.^p stay real where x is provably never negative
// (sqrt(-2*log(mod(k, m)/m)), Box-Muller's radius, is real).
//
// The bounds hold for the values the program computes in floating point:
// each bound is computed with the operation the program does on the ends of
// its operands' bounds, and every operation admitted is monotone in each
// operand (rounding to nearest keeps that), or bounded by what it is
// (cos in [-1, 1], exp >= 0). NaN may be an element of any value (NaN is
// real). Phis, calls the analysis does not know, and anything not real are
// unbounded; a parameter starts from what every call of its specialisation
// passes (whole; positive or non-negative: InferTypes keys specialisations
// on it). mod(x, y) of a positive y is taken in [0, y], and of whole
// numbers in [0, y - 1]: exact for |x| < 2^53, where a floating remainder
// means anything at all. Test: tests/lit/kernels/value-range.m.
#pragma once

#include "ir/IR.h"

namespace mcc::ir {

struct Interval {
  double lo, hi;         // lo <= every non-NaN element <= hi
  bool integer = false;  // every element is a whole number (or NaN, +-Inf)
};

// Bounds on every element of `i`, given the types inference has so far.
Interval valueRange(const Instr* i);

// Every element of `i` is >= 0 or NaN.
inline bool nonNegative(const Instr* i) { return valueRange(i).lo >= 0; }

}  // namespace mcc::ir
