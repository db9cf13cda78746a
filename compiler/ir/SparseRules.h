// Sparse matrices in type inference: which operations take a value that is
// or may be sparse, and the sparsity of what they give.
//
// MATLAB's rules, from its documentation of each operation: sparse +- full
// is full, sparse .* anything and sparse * scalar are sparse, sparse * full
// matrix and sparse \ full are full, transpose, abs, sum and diag keep
// sparsity; full(S), nnz, find, norm and the shape queries give full values.
// Indexing S(i, j) by scalars gives a full scalar (MATLAB gives a 1x1
// sparse of the same value: mcc's one deviation, so that scalar code stays
// unboxed); with a colon or a vector index it gives a sparse matrix.
//
// When an operand's sparsity (or whether it is a scalar) is not known, the
// result is what every possibility gives: one sparsity when they agree,
// else Unknown. The invariant the rest of the compiler relies on: a value
// typed Full is dense at run time. Values that are or may be sparse are
// boxed and reach only the runtime's entry points that dispatch on the
// array's storage (hideSparseTypes). Tests: tests/lit/sparse/*.m.
#pragma once

#include <string>
#include <vector>

#include "ir/IR.h"

namespace mcc::ir {

struct SparseOutcome {
  bool supported = true;
  std::string what;               // when not supported: the operation, for "WHAT is not implemented yet"
  std::vector<Sparsity> outputs;  // the sparsity of each result; empty: as the dense rules give
};

// The outcome of instruction `i`, one of whose operands is or may be sparse.
// Calls of user functions and of function handles are InferTypes's (they
// specialise), as are the builtins that make sparse values (below).
SparseOutcome sparseOutcome(const Instr& i, uint32_t nout);

// The builtins that make a sparse matrix from full arguments: sparse,
// speye, spdiags, spalloc. Their results are sparse on every path of inference.
bool makesSparse(const std::string& name);

// Any operand of `i` is or may be sparse.
bool hasSparseOperand(const Instr& i);

// After inference: every value that is or may be sparse becomes a boxed
// value of unknown class and shape (its sparsity kept), so that no later
// pass or code generator applies a dense fast path, a fused kernel or an
// unboxed scalar to it; the runtime's generic entry points dispatch on the
// storage instead.
void hideSparseTypes(Module& m);

}  // namespace mcc::ir
