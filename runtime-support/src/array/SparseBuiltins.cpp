// Sparse matrices: the builtins that make them (sparse, speye, spdiags,
// spalloc, full, issparse, nonzeros), and sparseBuiltin, the table of every builtin
// that takes a sparse input (the list of compiler/ir/SparseBuiltins.def).
#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include "array/Sparse.h"
#include "builtins/Builtin.h"
#include "mcc/runtime.h"

namespace mcc::rt {

namespace {

struct Triplet {
  size_t row, col;
  double value;
};

// The matrix of triplets: duplicates summed (or'ed for logical), zeros dropped.
Csc fromTriplets(size_t m, size_t n, std::vector<Triplet>& t, bool logical) {
  std::sort(t.begin(), t.end(), [](const Triplet& x, const Triplet& y) {
    return x.col != y.col ? x.col < y.col : x.row < y.row;
  });
  Csc c;
  c.m = m;
  c.n = n;
  c.logical = logical;
  c.colptr.assign(n + 1, 0);
  for (size_t k = 0; k < t.size();) {
    size_t e = k;
    double v = 0;
    for (; e < t.size() && t[e].row == t[k].row && t[e].col == t[k].col; ++e) v += t[e].value;
    if (logical && v != 0) v = 1;
    if (v != 0) {
      c.rowidx.push_back(t[k].row);
      c.values.push_back(v);
      ++c.colptr[t[k].col + 1];
    }
    k = e;
  }
  for (size_t j = 0; j < n; ++j) c.colptr[j + 1] += c.colptr[j];
  return c;
}

// A size argument: a non-negative whole number (negative counts as 0).
size_t sizeArg(const Args& a, uint32_t k) {
  double v = a.scalar(k);
  if (std::isnan(v) || v != std::floor(v) || std::isinf(v)) a.error("Sparse matrix sizes must be non-negative integers.");
  return v < 0 ? 0 : static_cast<size_t>(v);
}

std::vector<double> valuesOf(const mcc_array* x, const Args& a) {
  if (isSparse(x)) a.error("Sparse index or value vectors are not implemented yet in mcc.");
  checked(x);
  if (x->is_complex) a.error("A complex sparse matrix is not implemented yet in mcc.");
  if (!isNumericClass(x->class_id) && x->class_id != MCC_CLASS_LOGICAL && x->class_id != MCC_CLASS_CHAR)
    a.error(std::string("Undefined function 'sparse' for input arguments of type '") + className(x->class_id) + "'.");
  std::vector<double> v(x->numel);
  visitClass(x->class_id, [&](auto tag) {
    using T = typename decltype(tag)::T;
    const T* p = dataOf<const T>(x);
    for (size_t k = 0; k < x->numel; ++k) v[k] = static_cast<double>(p[k]);
  });
  return v;
}

// 0-based positions from 1-based index values, MATLAB's checks.
std::vector<size_t> positionsOf(const std::vector<double>& v, const Args& a) {
  std::vector<size_t> p(v.size());
  for (size_t k = 0; k < v.size(); ++k) {
    if (!(v[k] >= 1) || std::isinf(v[k])) a.error("Index into matrix must be positive.");
    if (v[k] != std::floor(v[k])) a.error("Index into matrix must be an integer.");
    p[k] = static_cast<size_t>(v[k]) - 1;
  }
  return p;
}

Csc cscArg(const Args& a, uint32_t k, const char* what) { return toCsc(a[k], what, a.site); }

// --- The builtins a sparse input reaches (sparseBuiltin) ---------------------------

using Handler = void (*)(const Args&);

void shapeQuery(const Args& a, const char* name) {
  const Csc& c = cscOf(a[0]);
  std::string n = name;
  size_t m = c.m, cols = c.n;
  if (n == "numel") return a.set(0, scalarResult(static_cast<double>(m * cols)));
  if (n == "length") return a.set(0, scalarResult(m == 0 || cols == 0 ? 0.0 : static_cast<double>(std::max(m, cols))));
  if (n == "ndims") return a.set(0, scalarResult(2));
  if (n == "rows") return a.set(0, scalarResult(static_cast<double>(m)));
  if (n == "columns") return a.set(0, scalarResult(static_cast<double>(cols)));
  if (n == "isempty") return a.set(0, boolResult(m == 0 || cols == 0));
  if (n == "isscalar") return a.set(0, boolResult(m == 1 && cols == 1));
  if (n == "isvector") return a.set(0, boolResult((m == 1 || cols == 1)));
  if (n == "isrow") return a.set(0, boolResult(m == 1));
  if (n == "iscolumn") return a.set(0, boolResult(cols == 1));
  if (n == "ismatrix") return a.set(0, boolResult(true));
  if (n == "issquare") return a.set(0, boolResult(m == cols));
  internalError("no shape query " + n);
}

void sizeOf(const Args& a) {
  a.arity(1, 2, 64);
  const Csc& c = cscOf(a[0]);
  double dims[2] = {static_cast<double>(c.m), static_cast<double>(c.n)};
  auto extent = [&](double d) { return d == 1 ? dims[0] : d == 2 ? dims[1] : 1.0; };
  if (a.nargin == 2) {
    double d = a.scalar(1);
    if (!(d >= 1) || d != std::floor(d)) a.error("Dimension argument must be a positive integer scalar within indexing range.");
    return a.set(0, scalarResult(extent(d)));
  }
  if (a.nargout <= 1) {
    Ref r = newArray(MCC_CLASS_DOUBLE, false, {1, 2}, false, a.site);
    dataOf<double>(r.get())[0] = dims[0];
    dataOf<double>(r.get())[1] = dims[1];
    return a.set(0, std::move(r));
  }
  for (uint32_t k = 0; k < a.nargout; ++k) a.set(k, scalarResult(k == 0 ? dims[0] : k == 1 ? dims[1] : 1.0));
}

void findOf(const Args& a) {
  a.arity(1, 1, 3);
  const Csc& c = cscOf(a[0]);
  size_t nz = c.nnz();
  // A row for a row vector, else a column (find's shape).
  Dims shape = c.m == 1 && c.n != 1 ? Dims{1, nz} : Dims{nz, 1};
  Ref rows = newArray(MCC_CLASS_DOUBLE, false, shape, false, a.site);
  Ref cols = newArray(MCC_CLASS_DOUBLE, false, shape, false, a.site);
  Ref vals = newArray(c.logical ? MCC_CLASS_LOGICAL : MCC_CLASS_DOUBLE, false, shape, false, a.site);
  size_t at = 0;
  for (size_t j = 0; j < c.n; ++j)
    for (size_t k = c.colptr[j]; k < c.colptr[j + 1]; ++k, ++at) {
      dataOf<double>(rows.get())[at] = static_cast<double>(c.rowidx[k] + 1);
      dataOf<double>(cols.get())[at] = static_cast<double>(j + 1);
      if (c.logical) dataOf<uint8_t>(vals.get())[at] = 1;
      else dataOf<double>(vals.get())[at] = c.values[k];
    }
  if (a.nargout <= 1) {  // linear indices
    for (size_t k = 0; k < nz; ++k)
      dataOf<double>(rows.get())[k] += (dataOf<double>(cols.get())[k] - 1) * static_cast<double>(c.m);
    return a.set(0, std::move(rows));
  }
  a.set(0, std::move(rows));
  a.set(1, std::move(cols));
  a.set(2, std::move(vals));
}

Ref nonzerosColumn(const Csc& c, const mcc_site* site) {
  Ref r = newArray(MCC_CLASS_DOUBLE, false, {c.nnz(), 1}, false, site);
  std::copy(c.values.begin(), c.values.end(), dataOf<double>(r.get()));
  return r;
}

// sum(S) and sum(S, dim): sparse.
void sumOf(const Args& a) {
  a.arity(1, 2, 1);
  const Csc& c = cscOf(a[0]);
  size_t dim = a.nargin == 2 ? mcc_dim_arg(a.scalar(1), a.site) : (c.m != 1 ? 1 : 2);
  std::vector<Triplet> t;
  if (dim == 1) {
    for (size_t j = 0; j < c.n; ++j) {
      double s = 0;
      for (size_t k = c.colptr[j]; k < c.colptr[j + 1]; ++k) s += c.values[k];
      t.push_back({0, j, s});
    }
    return a.set(0, sparseArray(fromTriplets(1, c.n, t, false), a.site));
  }
  if (dim == 2) {
    std::vector<double> s(c.m, 0.0);
    for (size_t k = 0; k < c.nnz(); ++k) s[c.rowidx[k]] += c.values[k];
    for (size_t i = 0; i < c.m; ++i) t.push_back({i, 0, s[i]});
    return a.set(0, sparseArray(fromTriplets(c.m, 1, t, false), a.site));
  }
  Csc copy = c;  // sum along a dim beyond 2: the matrix itself (as double)
  copy.logical = false;
  a.set(0, sparseArray(std::move(copy), a.site));
}

// diag(S) and diag(S, k): a diagonal of a matrix as a sparse column, or a
// sparse vector as a diagonal matrix.
void diagOf(const Args& a) {
  a.arity(1, 2, 1);
  const Csc& c = cscOf(a[0]);
  double kd = a.nargin == 2 ? a.scalar(1) : 0;
  if (kd != std::floor(kd)) a.error("K-th diagonal input must be an integer scalar.");
  long k = static_cast<long>(kd);
  std::vector<Triplet> t;
  if (c.m == 1 || c.n == 1) {
    size_t len = std::max(c.m, c.n);
    size_t size = len + static_cast<size_t>(std::labs(k));
    for (size_t j = 0; j < c.n; ++j)
      for (size_t p = c.colptr[j]; p < c.colptr[j + 1]; ++p) {
        size_t at = c.m == 1 ? j : c.rowidx[p];
        size_t row = k >= 0 ? at : at + static_cast<size_t>(-k);
        size_t col = k >= 0 ? at + static_cast<size_t>(k) : at;
        t.push_back({row, col, c.values[p]});
      }
    return a.set(0, sparseArray(fromTriplets(size, size, t, false), a.site));
  }
  size_t count = 0;
  if (k >= 0 && static_cast<size_t>(k) < c.n) count = std::min(c.m, c.n - static_cast<size_t>(k));
  if (k < 0 && static_cast<size_t>(-k) < c.m) count = std::min(c.m - static_cast<size_t>(-k), c.n);
  for (size_t d = 0; d < count; ++d) {
    size_t row = k >= 0 ? d : d + static_cast<size_t>(-k);
    size_t col = k >= 0 ? d + static_cast<size_t>(k) : d;
    for (size_t p = c.colptr[col]; p < c.colptr[col + 1]; ++p)
      if (c.rowidx[p] == row) t.push_back({d, 0, c.values[p]});
  }
  a.set(0, sparseArray(fromTriplets(count, 1, t, false), a.site));
}

// norm(S, 1), norm(S, Inf), norm(S, 'fro'); norm(v) and norm(v, p) of a sparse vector.
void normOf(const Args& a) {
  a.arity(1, 2, 1);
  const Csc& c = cscOf(a[0]);
  double p = 2;
  bool fro = false;
  if (a.nargin == 2) {
    if (a.isText(1)) {
      std::string t = a.text(1);
      if (t == "fro") fro = true;
      else if (t == "inf" || t == "Inf") p = INFINITY;
      else a.error("The only matrix norms available are 1, 2, inf, and 'fro'.");
    } else {
      p = a.scalar(1);
    }
  }
  bool vector = c.m == 1 || c.n == 1;
  double r = 0;
  if (fro || (vector && p == 2)) {
    double scale = 0;
    for (double v : c.values) scale = std::max(scale, std::fabs(v));
    double s = 0;
    if (scale > 0 && std::isfinite(scale))
      for (double v : c.values) s += (v / scale) * (v / scale);
    r = std::isfinite(scale) ? scale * std::sqrt(s) : scale;
  } else if (vector) {
    if (std::isinf(p)) {
      for (double v : c.values) r = p > 0 ? std::max(r, std::fabs(v)) : r;
      if (p < 0) {
        r = c.nnz() == c.m * c.n && c.nnz() ? INFINITY : 0;
        for (double v : c.values) r = std::min(r, std::fabs(v));
      }
    } else {
      double s = 0;
      for (double v : c.values) s += std::pow(std::fabs(v), p);
      r = std::pow(s, 1 / p);
    }
  } else if (p == 1) {
    for (size_t j = 0; j < c.n; ++j) {
      double s = 0;
      for (size_t k = c.colptr[j]; k < c.colptr[j + 1]; ++k) s += std::fabs(c.values[k]);
      r = std::max(r, s);
    }
  } else if (std::isinf(p) && p > 0) {
    std::vector<double> s(c.m, 0.0);
    for (size_t k = 0; k < c.nnz(); ++k) s[c.rowidx[k]] += std::fabs(c.values[k]);
    for (double v : s) r = std::max(r, v);
  } else if (p == 2) {
    a.error("norm(S) and norm(S, 2) of a sparse matrix are not implemented yet in mcc (MATLAB suggests normest); use "
            "norm(S, 1), norm(S, Inf) or norm(S, 'fro').");
  } else {
    a.error("The only matrix norms available are 1, 2, inf, and 'fro'.");
  }
  a.set(0, scalarResult(r));
}

// tril(S, k) and triu(S, k): the entries on and below (above) diagonal k.
void triangle(const Args& a, bool lower) {
  a.arity(1, 2, 1);
  double kd = a.nargin == 2 ? a.scalar(1) : 0;
  if (kd != std::floor(kd)) a.error("K-th diagonal input must be an integer scalar.");
  const Csc& c = cscOf(a[0]);
  Csc r{c.m, c.n, {0}, {}, {}, c.logical};
  for (size_t j = 0; j < c.n; ++j) {
    for (size_t p = c.colptr[j]; p < c.colptr[j + 1]; ++p) {
      double offset = double(j) - double(c.rowidx[p]);  // the diagonal the entry is on
      if (lower ? offset <= kd : offset >= kd) {
        r.rowidx.push_back(c.rowidx[p]);
        r.values.push_back(c.values[p]);
      }
    }
    r.colptr.push_back(r.rowidx.size());
  }
  a.set(0, sparseArray(std::move(r), a.site));
}

// isequal(A, B, ...) with a sparse argument: the same size and values.
void isequalOf(const Args& a) {
  a.arity(2, UINT32_MAX, 1);
  Csc first = cscArg(a, 0, "isequal");
  for (uint32_t k = 1; k < a.nargin; ++k) {
    Csc other = cscArg(a, k, "isequal");
    if (other.m != first.m || other.n != first.n || other.colptr != first.colptr || other.rowidx != first.rowidx ||
        other.values != first.values)
      return a.set(0, boolResult(false));
  }
  a.set(0, boolResult(true));
}

void displayOf(const Args& a) {
  a.arity(1, 2, 0);
  std::string name = a.nargin == 2 ? a.text(1) : "";
  sparseDisplay(name, a[0]);
}

// f of the arguments with sparse ones made full: the dense methods of eigs,
// condest and normest (MatrixFns.cpp).
template <void (*F)(uint32_t, mcc_array**, uint32_t, mcc_array* const*, const mcc_site*)>
void onFull(const Args& a) {
  std::vector<Ref> full;
  std::vector<mcc_array*> in;
  for (uint32_t k = 0; k < a.nargin; ++k) {
    if (a[k]->class_id == MCC_CLASS_SPARSE) full.push_back(fullOf(cscOf(a[k]), a.site));
    else full.push_back(Ref::share(a[k]));
    in.push_back(full.back().get());
  }
  F(a.nargout, a.out, a.nargin, in.data(), a.site);
}

const std::unordered_map<std::string, Handler>& handlers() {
  static const std::unordered_map<std::string, Handler> table = {
      {"sparse", [](const Args& a) {
         if (a.nargin != 1) a.error("Sparse index or value vectors are not implemented yet in mcc.");
         a.set(0, Ref::share(a[0]));
       }},
      {"full", [](const Args& a) { a.arity(1, 1, 1), a.set(0, fullOf(cscOf(a[0]), a.site)); }},
      {"issparse", [](const Args& a) { a.arity(1, 1, 1), a.set(0, boolResult(true)); }},
      {"nnz", [](const Args& a) { a.arity(1, 1, 1), a.set(0, scalarResult(static_cast<double>(cscOf(a[0]).nnz()))); }},
      {"nonzeros", [](const Args& a) { a.arity(1, 1, 1), a.set(0, nonzerosColumn(cscOf(a[0]), a.site)); }},
      {"find", findOf},
      {"size", sizeOf},
#define MCC_SPARSE_SHAPE_QUERY_(n) {#n, [](const Args& a) { a.arity(1, 1, 1), shapeQuery(a, #n); }},
      MCC_SPARSE_SHAPE_QUERY_(numel) MCC_SPARSE_SHAPE_QUERY_(length) MCC_SPARSE_SHAPE_QUERY_(ndims)
      MCC_SPARSE_SHAPE_QUERY_(rows) MCC_SPARSE_SHAPE_QUERY_(columns) MCC_SPARSE_SHAPE_QUERY_(isempty)
      MCC_SPARSE_SHAPE_QUERY_(isscalar) MCC_SPARSE_SHAPE_QUERY_(isvector) MCC_SPARSE_SHAPE_QUERY_(isrow)
      MCC_SPARSE_SHAPE_QUERY_(iscolumn) MCC_SPARSE_SHAPE_QUERY_(ismatrix) MCC_SPARSE_SHAPE_QUERY_(issquare)
#undef MCC_SPARSE_SHAPE_QUERY_
      {"class", [](const Args& a) { a.arity(1, 1, 1), a.set(0, fromText(cscOf(a[0]).logical ? "logical" : "double")); }},
      {"isreal", [](const Args& a) { a.arity(1, 1, 1), a.set(0, boolResult(true)); }},
      {"isnumeric", [](const Args& a) { a.arity(1, 1, 1), a.set(0, boolResult(!cscOf(a[0]).logical)); }},
      {"isfloat", [](const Args& a) { a.arity(1, 1, 1), a.set(0, boolResult(!cscOf(a[0]).logical)); }},
      {"islogical", [](const Args& a) { a.arity(1, 1, 1), a.set(0, boolResult(cscOf(a[0]).logical)); }},
      {"disp", [](const Args& a) { a.arity(1, 1, 0), sparseDisplay("", a[0]); }},
      {"display", displayOf},
      {"norm", normOf},
      {"abs", [](const Args& a) {
         a.arity(1, 1, 1);
         a.set(0, sparseArray(mapValues(cscOf(a[0]), [](double v, double) { return std::fabs(v); }, 0), a.site));
       }},
      {"sum", sumOf},
      {"diag", diagOf},
      {"transpose", [](const Args& a) { a.arity(1, 1, 1), a.set(0, sparseTranspose(a[0])); }},
      {"ctranspose", [](const Args& a) { a.arity(1, 1, 1), a.set(0, sparseTranspose(a[0])); }},
      {"uminus", [](const Args& a) { a.arity(1, 1, 1), a.set(0, sparseUminus(a[0], a.site)); }},
      {"kron", [](const Args& a) {
         a.arity(2, 2, 1);
         a.set(0, sparseArray(kronOf(cscArg(a, 0, "kron"), cscArg(a, 1, "kron")), a.site));
       }},
      {"tril", [](const Args& a) { triangle(a, true); }},
      {"triu", [](const Args& a) { triangle(a, false); }},
      {"isequal", isequalOf},
      {"eigs", onFull<mcc_bi_eigs>},
      {"condest", onFull<mcc_bi_condest>},
      {"normest", onFull<mcc_bi_normest>},
      {"mtimes", [](const Args& a) { a.arity(2, 2, 1), a.set(0, sparseMtimes(a[0], a[1], a.site)); }},
      {"mldivide", [](const Args& a) { a.arity(2, 2, 1), a.set(0, sparseMldivide(a[0], a[1], a.site)); }},
      {"mrdivide", [](const Args& a) { a.arity(2, 2, 1), a.set(0, sparseMrdivide(a[0], a[1], a.site)); }},
  };
  return table;
}

}  // namespace

void sparseBuiltin(const char* name, const Args& a) {
  auto it = handlers().find(name);
  if (it == handlers().end()) a.error(std::string("'") + name + "' of a sparse matrix is not implemented yet in mcc.");
  it->second(a);
}

namespace {
const SparseHooks hooks = {
    sparseBinary, sparseUminus, sparseTranspose, sparseSubsref, sparseSubsasgn, sparseConcat,
    [](const mcc_array* a, const mcc_site* site) { return fullOf(cscOf(a), site); },
    copySparse, releaseSparse, sparseDisplay, sparseBuiltin};
// Installed when this file is linked (a program that calls sparse, speye or spdiags).
const bool installed = (installedSparseHooks = &hooks, true);
}  // namespace

}  // namespace mcc::rt

using namespace mcc::rt;

// sparse(A), sparse(m, n), sparse(i, j, v), sparse(i, j, v, m, n), sparse(i, j, v, m, n, nz).
MCC_DEFINE_BUILTIN(sparse) {
  a.arity(1, 6, 1);
  if (a.nargin == 1) return a.set(0, sparseArray(toCsc(a[0], "sparse", a.site), a.site));
  if (a.nargin == 2) {
    size_t m = sizeArg(a, 0), n = sizeArg(a, 1);
    return a.set(0, sparseArray(Csc{m, n, std::vector<size_t>(n + 1, 0), {}, {}, false}, a.site));
  }
  if (a.nargin == 4) a.error("Not enough input arguments.");
  std::vector<double> iv = valuesOf(a[0], a), jv = valuesOf(a[1], a), vv = valuesOf(a[2], a);
  size_t count = std::max({iv.size(), jv.size(), vv.size()});
  for (const auto* v : {&iv, &jv, &vv})
    if (v->size() != 1 && v->size() != count) a.error("Vectors must be the same lengths.");
  if (iv.empty() || jv.empty() || vv.empty()) count = 0;
  std::vector<size_t> ip = positionsOf(iv, a), jp = positionsOf(jv, a);
  size_t m = 0, n = 0;
  for (size_t k = 0; k < count; ++k) {
    m = std::max(m, ip[ip.size() == 1 ? 0 : k] + 1);
    n = std::max(n, jp[jp.size() == 1 ? 0 : k] + 1);
  }
  if (a.nargin >= 5) {
    size_t mm = sizeArg(a, 3), nn = sizeArg(a, 4);
    if (m > mm || n > nn) a.error("Index exceeds array dimensions.");
    m = mm;
    n = nn;
  }
  std::vector<Triplet> t(count);
  for (size_t k = 0; k < count; ++k)
    t[k] = {ip[ip.size() == 1 ? 0 : k], jp[jp.size() == 1 ? 0 : k], vv[vv.size() == 1 ? 0 : k]};
  a.set(0, sparseArray(fromTriplets(m, n, t, a[2]->class_id == MCC_CLASS_LOGICAL), a.site));
}

// speye, speye(n), speye(m, n), speye([m n]).
MCC_DEFINE_BUILTIN(speye) {
  a.arity(0, 2, 1);
  size_t m = 1, n = 1;
  if (a.nargin == 1 && a[0]->numel == 2) {
    std::vector<double> v = valuesOf(a[0], a);
    m = v[0] < 0 ? 0 : static_cast<size_t>(v[0]);
    n = v[1] < 0 ? 0 : static_cast<size_t>(v[1]);
  } else if (a.nargin >= 1) {
    m = n = sizeArg(a, 0);
    if (a.nargin == 2) n = sizeArg(a, 1);
  }
  Csc c{m, n, std::vector<size_t>(n + 1, 0), {}, {}, false};
  size_t d = std::min(m, n);
  c.rowidx.resize(d);
  c.values.assign(d, 1.0);
  for (size_t j = 0; j < n; ++j) {
    if (j < d) c.rowidx[j] = j;
    c.colptr[j + 1] = std::min(j + 1, d);
  }
  a.set(0, sparseArray(std::move(c), a.site));
}

// spdiags(B, d, m, n): column k of B on diagonal d(k) of an m-by-n matrix.
// As MATLAB: for m >= n, B(j, k) goes to column j (row j - d(k)); for m < n,
// B(i, k) goes to row i (column i + d(k)).
MCC_DEFINE_BUILTIN(spdiags) {
  a.arity(4, 4, 1);
  size_t m = sizeArg(a, 2), n = sizeArg(a, 3);
  const mcc_array* B = a[0];
  std::vector<double> b = valuesOf(B, a), d = valuesOf(a[1], a);
  size_t p = d.size();
  size_t rows = B->numel == 1 ? 1 : B->dims[0];
  size_t bcols = B->numel == 0 ? 0 : B->numel / rows;
  bool scalarB = B->numel == 1;
  if (!scalarB && bcols != p) a.error("Index exceeds matrix dimensions.");
  std::vector<Triplet> t;
  for (size_t k = 0; k < p; ++k) {
    if (d[k] != std::floor(d[k])) a.error("Diagonal indices must be integers.");
    long dk = static_cast<long>(d[k]);
    long lm = static_cast<long>(m), ln = static_cast<long>(n);
    long lo = m >= n ? std::max(1L, 1 + dk) : std::max(1L, 1 - dk);
    long hi = m >= n ? std::min(ln, lm + dk) : std::min(lm, ln - dk);
    for (long i = lo; i <= hi; ++i) {
      size_t at = static_cast<size_t>(i - 1);
      if (!scalarB && at >= rows) a.error("Index exceeds matrix dimensions.");
      double v = scalarB ? b[0] : b[k * rows + at];
      size_t row = m >= n ? static_cast<size_t>(i - dk - 1) : at;
      size_t col = m >= n ? at : static_cast<size_t>(i + dk - 1);
      t.push_back({row, col, v});
    }
  }
  a.set(0, sparseArray(fromTriplets(m, n, t, false), a.site));
}

// spalloc(m, n, nz): an all-zero m-by-n sparse matrix (room for nz
// nonzeros is a hint mcc does not need: storage grows as it is filled).
MCC_DEFINE_BUILTIN(spalloc) {
  a.arity(3, 3, 1);
  size_t m = sizeArg(a, 0), n = sizeArg(a, 1);
  sizeArg(a, 2);
  a.set(0, sparseArray(Csc{m, n, std::vector<size_t>(n + 1, 0), {}, {}, false}, a.site));
}

// full(A) of a full A: A itself (the sparse case is sparseBuiltin's).
MCC_DEFINE_BUILTIN(full) {
  a.arity(1, 1, 1);
  checked(a[0]);
  a.set(0, Ref::share(a[0]));
}

MCC_DEFINE_BUILTIN(issparse) {
  a.arity(1, 1, 1);
  a.set(0, boolResult(false));
}

// nonzeros(A) of a full A: its nonzero elements as a column.
MCC_DEFINE_BUILTIN(nonzeros) {
  a.arity(1, 1, 1);
  a.set(0, nonzerosColumn(toCsc(a[0], "nonzeros", a.site), a.site));
}
