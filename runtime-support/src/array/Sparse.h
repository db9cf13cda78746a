// Sparse matrices: compressed sparse column (CSC) storage behind an
// mcc_array of class MCC_CLASS_SPARSE, and the operations on it.
//
// Storage is O(nnz + columns): column pointers (n + 1), row indices and
// values (nnz each, rows ascending within a column, no stored zeros), so a
// 10^6 x 10^6 tridiagonal matrix takes a few megabytes. The descriptor's
// dims are m x n and its numel m * n; its `data` points at a Csc that the
// runtime owns, never at elements: every other operation of the runtime
// goes through checked(), which reports "... of a sparse matrix is not
// implemented yet" for it, so no dense code reads sparse storage.
//
// Values are real doubles; a logical sparse matrix (sparse of a logical
// array) keeps 1s with its class noted. Complex sparse matrices are not
// implemented (the compiler reports them where it can, the runtime here).
//
// The compiler passes sparse values only to the entry points listed at
// MCC_CLASS_SPARSE in mcc/runtime.h. Which builtins take them, and the
// sparsity of their results, is compiler/ir/SparseBuiltins.def; the table
// in Sparse.cpp implements the same list (sparseBuiltin). Tests:
// tests/unit/SparseTest.cpp, tests/conformance/programs/sparse_*.m.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "array/Array.h"

namespace mcc::rt {

struct Args;

struct Csc {
  size_t m = 0, n = 0;
  std::vector<size_t> colptr;  // n + 1 entries; column j is [colptr[j], colptr[j + 1])
  std::vector<size_t> rowidx;  // nnz row indices (0-based), ascending within a column
  std::vector<double> values;  // nnz values, none zero
  bool logical = false;
  size_t nnz() const { return rowidx.size(); }
};

inline bool isSparse(const mcc_array* a) { return a && a->class_id == MCC_CLASS_SPARSE; }
const Csc& cscOf(const mcc_array* a);
// A sparse array holding c (its m x n as dims).
Ref sparseArray(Csc c, const mcc_site* site);
// A real 2-D numeric or logical array, or a sparse one, as CSC (zeros dropped).
Csc toCsc(const mcc_array* a, const char* what, const mcc_site* site);
// The dense double (or logical) matrix of c.
Ref fullOf(const Csc& c, const mcc_site* site);
// c with every stored value mapped by f; f(0) not zero fills the pattern
// (S ./ 0, S .^ 0): the result is then sparse storage of every element.
Csc mapValues(const Csc& c, double (*f)(double, double), double arg);
Csc transposeOf(const Csc& c);
Csc addOf(const Csc& a, const Csc& b, double sign);
Csc timesOf(const Csc& a, const Csc& b);  // element-wise, same size
Csc mtimesOf(const Csc& a, const Csc& b);
Csc kronOf(const Csc& a, const Csc& b);

// The descriptor's release and copy (Array.cpp).
void releaseSparse(mcc_array* a);
Ref copySparse(const mcc_array* a);

// x = A \ B for square A: sparse LU with partial pivoting (SparseLU.cpp).
// B is n x nrhs column-major, X the same; warns as MATLAB does when A is
// singular to working precision (and gives Inf/NaN as it does).
void sparseSolve(const Csc& a, const double* b, size_t nrhs, double* x, const mcc_site* site);
// The LU factors, for tests: P A Q = L U with L unit lower triangular.
struct SparseLU {
  size_t n = 0;
  Csc l, u;                    // l without its unit diagonal? no: l holds it explicitly
  std::vector<size_t> rowPerm;  // rowPerm[k]: the row of A that is row k of P A
  std::vector<size_t> colPerm;  // colPerm[k]: the column of A that is column k of A Q
  bool singular = false;
  double rcondEstimate = 0;     // min |u_kk| / max |u_kk|
};
SparseLU sparseLU(const Csc& a);
// C = A(order, order) = L L' for a symmetric positive definite A (L lower
// triangular, its diagonal first in each column); false when A is not
// symmetric or a pivot is not positive (then S \ b uses the LU).
bool sparseCholesky(const Csc& a, Csc& l, std::vector<size_t>& order);
// A fill-reducing column order: approximate minimum degree (SuiteSparse's
// AMD, when libamd can be loaded) or else bandOrder.
std::vector<size_t> fillReducingOrder(const Csc& a);
bool haveAmd();
// Reverse Cuthill-McKee on the pattern of A + A': a narrow band.
std::vector<size_t> bandOrder(const Csc& a);

// The entry points' sparse branches (one operand at least is sparse).
Ref sparseBinary(uint32_t op, const mcc_array* a, const mcc_array* b, const mcc_site* site);
Ref sparseUminus(const mcc_array* a, const mcc_site* site);
Ref sparseTranspose(const mcc_array* a);
Ref sparseSubsref(const mcc_array* x, size_t nidx, const mcc_array* const* idx, const mcc_site* site);
Ref sparseSubsasgn(Ref x, const mcc_array* value, size_t nidx, const mcc_array* const* idx, const mcc_site* site);
Ref sparseMtimes(const mcc_array* a, const mcc_array* b, const mcc_site* site);
Ref sparseMldivide(const mcc_array* a, const mcc_array* b, const mcc_site* site);
Ref sparseMrdivide(const mcc_array* a, const mcc_array* b, const mcc_site* site);
void sparseDisplay(std::string_view name, const mcc_array* a);
// cat(dim, parts...) with a sparse part: sparse (full parts converted), 2-D only.
Ref sparseConcat(size_t dim, size_t n, const mcc_array* const* parts, const mcc_site* site);
// A builtin called with a sparse input: its sparse implementation, or
// "'name' of a sparse matrix is not implemented yet" (MCC_DEFINE_BUILTIN).
void sparseBuiltin(const char* name, const Args& a);

// The sparse branches of the runtime's core (descriptor, operators,
// indexing, display, the builtin macro) go through these hooks, which
// SparseBuiltins.cpp installs when it is linked: it defines the only
// builtins that make sparse matrices (sparse, speye, spdiags, spalloc), so a program
// that never calls them carries none of the sparse code.
struct SparseHooks {
  Ref (*binary)(uint32_t op, const mcc_array* a, const mcc_array* b, const mcc_site* site);
  Ref (*uminus)(const mcc_array* a, const mcc_site* site);
  Ref (*transpose)(const mcc_array* a);
  Ref (*subsref)(const mcc_array* x, size_t nidx, const mcc_array* const* idx, const mcc_site* site);
  Ref (*subsasgn)(Ref x, const mcc_array* value, size_t nidx, const mcc_array* const* idx, const mcc_site* site);
  Ref (*concat)(size_t dim, size_t n, const mcc_array* const* parts, const mcc_site* site);
  Ref (*full)(const mcc_array* a, const mcc_site* site);
  Ref (*copy)(const mcc_array* a);
  void (*release)(mcc_array* a);
  void (*display)(std::string_view name, const mcc_array* a);
  void (*builtin)(const char* name, const Args& a);
};
extern const SparseHooks* installedSparseHooks;  // Array.cpp; null until SparseBuiltins.cpp is linked
inline const SparseHooks& sparseHooks() {
  if (!installedSparseHooks) internalError("a sparse matrix in a program without the sparse runtime");
  return *installedSparseHooks;
}

}  // namespace mcc::rt
