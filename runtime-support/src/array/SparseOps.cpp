// Sparse matrices: arithmetic (element-wise, products, transpose, kron) and
// the operators' sparse branches; see Sparse.h for the result rules.
#include <algorithm>
#include <cmath>
#include <string>

#include "array/Sparse.h"

namespace mcc::rt {

namespace {

// Appends column j's entries (row, value) from a dense accumulator over the
// rows `touched` (sorted first), dropping zeros; clears the accumulator.
void flushColumn(Csc& r, std::vector<double>& acc, std::vector<uint8_t>& mark, std::vector<size_t>& touched) {
  std::sort(touched.begin(), touched.end());
  for (size_t i : touched) {
    if (acc[i] != 0) {
      r.rowidx.push_back(i);
      r.values.push_back(acc[i]);
    }
    acc[i] = 0;
    mark[i] = 0;
  }
  touched.clear();
  r.colptr.push_back(r.rowidx.size());
}

Csc emptyLike(size_t m, size_t n) {
  Csc r;
  r.m = m;
  r.n = n;
  r.colptr.reserve(n + 1);
  r.colptr.push_back(0);
  return r;
}

bool isScalarArray(const mcc_array* a) { return a->numel == 1 && a->ndims == 2; }

double scalarOf(const mcc_array* a, const mcc_site* site) {
  if (isSparse(a)) {
    const Csc& c = cscOf(a);
    return c.nnz() ? c.values[0] : 0.0;
  }
  return mcc_array_to_double(a, site);
}

void requireReal(const mcc_array* a, const char* op, const mcc_site* site) {
  if (!isSparse(a) && a->is_complex)
    fail(std::string("'") + op + "' of a sparse matrix and a complex value is not implemented yet in mcc.", site);
}

void sameSize(const Csc& a, const Csc& b, const mcc_site* site) {
  if (a.m != b.m || a.n != b.n) fail("Arrays have incompatible sizes for this operation.", site);
}

}  // namespace

Csc mapValues(const Csc& c, double (*f)(double, double), double arg) {
  double f0 = f(0.0, arg);
  Csc r = emptyLike(c.m, c.n);
  if (f0 == 0) {
    for (size_t j = 0; j < c.n; ++j) {
      for (size_t k = c.colptr[j]; k < c.colptr[j + 1]; ++k) {
        double v = f(c.values[k], arg);
        if (v != 0) {
          r.rowidx.push_back(c.rowidx[k]);
          r.values.push_back(v);
        }
      }
      r.colptr.push_back(r.rowidx.size());
    }
    return r;
  }
  // f(0) is not zero (S ./ 0, S .^ 0): every element is stored.
  for (size_t j = 0; j < c.n; ++j) {
    size_t k = c.colptr[j];
    for (size_t i = 0; i < c.m; ++i) {
      double v = f0;
      if (k < c.colptr[j + 1] && c.rowidx[k] == i) v = f(c.values[k++], arg);
      if (v != 0) {
        r.rowidx.push_back(i);
        r.values.push_back(v);
      }
    }
    r.colptr.push_back(r.rowidx.size());
  }
  return r;
}

Csc transposeOf(const Csc& c) {
  Csc r;
  r.m = c.n;
  r.n = c.m;
  r.logical = c.logical;
  r.colptr.assign(r.n + 1, 0);
  for (size_t i : c.rowidx) ++r.colptr[i + 1];
  for (size_t i = 0; i < r.n; ++i) r.colptr[i + 1] += r.colptr[i];
  r.rowidx.resize(c.nnz());
  r.values.resize(c.nnz());
  std::vector<size_t> next(r.colptr.begin(), r.colptr.end() - 1);
  for (size_t j = 0; j < c.n; ++j)
    for (size_t k = c.colptr[j]; k < c.colptr[j + 1]; ++k) {
      size_t at = next[c.rowidx[k]]++;
      r.rowidx[at] = j;
      r.values[at] = c.values[k];
    }
  return r;
}

Csc addOf(const Csc& a, const Csc& b, double sign) {
  Csc r = emptyLike(a.m, a.n);
  for (size_t j = 0; j < a.n; ++j) {
    size_t p = a.colptr[j], q = b.colptr[j];
    while (p < a.colptr[j + 1] || q < b.colptr[j + 1]) {
      size_t i;
      double v;
      if (q == b.colptr[j + 1] || (p < a.colptr[j + 1] && a.rowidx[p] < b.rowidx[q])) {
        i = a.rowidx[p];
        v = a.values[p++];
      } else if (p == a.colptr[j + 1] || b.rowidx[q] < a.rowidx[p]) {
        i = b.rowidx[q];
        v = sign * b.values[q++];
      } else {
        i = a.rowidx[p];
        v = a.values[p++] + sign * b.values[q++];
      }
      if (v != 0) {
        r.rowidx.push_back(i);
        r.values.push_back(v);
      }
    }
    r.colptr.push_back(r.rowidx.size());
  }
  return r;
}

Csc timesOf(const Csc& a, const Csc& b) {
  Csc r = emptyLike(a.m, a.n);
  for (size_t j = 0; j < a.n; ++j) {
    size_t p = a.colptr[j], q = b.colptr[j];
    while (p < a.colptr[j + 1] && q < b.colptr[j + 1]) {
      if (a.rowidx[p] < b.rowidx[q]) ++p;
      else if (b.rowidx[q] < a.rowidx[p]) ++q;
      else {
        double v = a.values[p] * b.values[q];
        if (v != 0) {
          r.rowidx.push_back(a.rowidx[p]);
          r.values.push_back(v);
        }
        ++p, ++q;
      }
    }
    r.colptr.push_back(r.rowidx.size());
  }
  return r;
}

// Gustavson's product, column by column: C(:, j) = sum over k of A(:, k) * B(k, j).
Csc mtimesOf(const Csc& a, const Csc& b) {
  Csc r = emptyLike(a.m, b.n);
  std::vector<double> acc(a.m, 0.0);
  std::vector<uint8_t> mark(a.m, 0);
  std::vector<size_t> touched;
  for (size_t j = 0; j < b.n; ++j) {
    for (size_t q = b.colptr[j]; q < b.colptr[j + 1]; ++q) {
      size_t k = b.rowidx[q];
      double bkj = b.values[q];
      for (size_t p = a.colptr[k]; p < a.colptr[k + 1]; ++p) {
        size_t i = a.rowidx[p];
        if (!mark[i]) {
          mark[i] = 1;
          touched.push_back(i);
        }
        acc[i] += a.values[p] * bkj;
      }
    }
    flushColumn(r, acc, mark, touched);
  }
  return r;
}

Csc kronOf(const Csc& a, const Csc& b) {
  Csc r = emptyLike(a.m * b.m, a.n * b.n);
  for (size_t ja = 0; ja < a.n; ++ja)
    for (size_t jb = 0; jb < b.n; ++jb) {
      for (size_t p = a.colptr[ja]; p < a.colptr[ja + 1]; ++p)
        for (size_t q = b.colptr[jb]; q < b.colptr[jb + 1]; ++q) {
          double v = a.values[p] * b.values[q];
          if (v != 0) {
            r.rowidx.push_back(a.rowidx[p] * b.m + b.rowidx[q]);
            r.values.push_back(v);
          }
        }
      r.colptr.push_back(r.rowidx.size());
    }
  return r;
}

// --- The operators --------------------------------------------------------------

namespace {

using Compare = double (*)(double, double);
Compare comparison(uint32_t op) {
  switch (op) {
    case MCC_OP_EQ: return [](double x, double y) { return double(x == y); };
    case MCC_OP_NE: return [](double x, double y) { return double(x != y); };
    case MCC_OP_LT: return [](double x, double y) { return double(x < y); };
    case MCC_OP_LE: return [](double x, double y) { return double(x <= y); };
    case MCC_OP_GT: return [](double x, double y) { return double(x > y); };
    default: return [](double x, double y) { return double(x >= y); };
  }
}
// x OP y as y OP' x.
uint32_t flipped(uint32_t op) {
  switch (op) {
    case MCC_OP_LT: return MCC_OP_GT;
    case MCC_OP_LE: return MCC_OP_GE;
    case MCC_OP_GT: return MCC_OP_LT;
    case MCC_OP_GE: return MCC_OP_LE;
    default: return op;
  }
}

// S OP c, c OP S (a full scalar c) and S OP T of the same size: a logical
// sparse matrix (every element stored where 0 OP c holds, as MATLAB's is).
Ref sparseComparison(uint32_t op, const mcc_array* a, const mcc_array* b, const char* name, const mcc_site* site) {
  bool as = isSparse(a), bs = isSparse(b);
  Csc r;
  if (as != bs && isScalarArray(as ? b : a)) {
    uint32_t o = as ? op : flipped(op);
    r = mapValues(cscOf(as ? a : b), comparison(o), scalarOf(as ? b : a, site));
  } else if (as && bs && comparison(op)(0, 0) == 0 && !isScalarArray(a) && !isScalarArray(b)) {
    // 0 OP 0 is false: only the union of the patterns can hold true.
    Csc x = cscOf(a), y = cscOf(b);
    sameSize(x, y, site);
    Compare f = comparison(op);
    r = emptyLike(x.m, x.n);
    for (size_t j = 0; j < x.n; ++j) {
      size_t p = x.colptr[j], q = y.colptr[j];
      while (p < x.colptr[j + 1] || q < y.colptr[j + 1]) {
        size_t i;
        double u = 0, v = 0;
        if (q == y.colptr[j + 1] || (p < x.colptr[j + 1] && x.rowidx[p] < y.rowidx[q])) i = x.rowidx[p], u = x.values[p++];
        else if (p == x.colptr[j + 1] || y.rowidx[q] < x.rowidx[p]) i = y.rowidx[q], v = y.values[q++];
        else i = x.rowidx[p], u = x.values[p++], v = y.values[q++];
        if (f(u, v) != 0) {
          r.rowidx.push_back(i);
          r.values.push_back(1);
        }
      }
      r.colptr.push_back(r.rowidx.size());
    }
  } else if (as && bs) {
    // 0 OP 0 holds (==, <=, >=) or a 1x1 operand: through the full comparison.
    Ref x = fullOf(cscOf(a), site), y = fullOf(cscOf(b), site);
    Ref full(mcc_binary(op, x.get(), y.get(), site));
    r = toCsc(full.get(), name, site);
  } else {
    notImplemented(std::string("'") + name + "' of a sparse matrix and a full matrix", site);
  }
  r.logical = true;
  return sparseArray(std::move(r), site);
}

}  // namespace

Ref sparseBinary(uint32_t op, const mcc_array* a, const mcc_array* b, const mcc_site* site) {
  static const char* const names[] = {
#define MCC_BINARY_OP_NAME_(NAME, name) #name,
      MCC_FOR_EACH_BINARY_OP(MCC_BINARY_OP_NAME_)
#undef MCC_BINARY_OP_NAME_
  };
  const char* name = op < MCC_OP_COUNT ? names[op] : "?";
  requireReal(a, name, site);
  requireReal(b, name, site);
  bool as = isSparse(a), bs = isSparse(b);
  switch (op) {
    case MCC_OP_PLUS: case MCC_OP_MINUS: {
      double sign = op == MCC_OP_PLUS ? 1.0 : -1.0;
      if (as && bs && !isScalarArray(a) && !isScalarArray(b)) {
        Csc x = toCsc(a, name, site), y = toCsc(b, name, site);
        sameSize(x, y, site);
        return sparseArray(addOf(x, y, sign), site);
      }
      // sparse +- full is full; with a 1x1 sparse operand, sparse +- sparse is
      // the full sum stored as sparse.
      Ref x = as ? fullOf(cscOf(a), site) : Ref::share(a);
      Ref y = bs ? fullOf(cscOf(b), site) : Ref::share(b);
      Ref sum(mcc_binary(op, x.get(), y.get(), site));
      if (as && bs) return sparseArray(toCsc(sum.get(), name, site), site);
      return sum;
    }
    case MCC_OP_TIMES: {
      // sparse .* anything is sparse; a scalar scales, a full matrix of the same size masks.
      const mcc_array* s = as ? a : b;
      const mcc_array* other = as ? b : a;
      if (isScalarArray(other) && !isSparse(other)) {
        // (Inf * 0 and NaN * 0 are NaN: mapValues then stores every element)
        return sparseArray(mapValues(cscOf(s), [](double v, double k) { return v * k; }, scalarOf(other, site)), site);
      }
      if (isScalarArray(s) && !isScalarArray(other)) {  // a 1x1 sparse scales the other
        Ref full(mcc_binary(op, Ref(fullOf(toCsc(s, name, site), site)).get(), other, site));
        return sparseArray(toCsc(full.get(), name, site), site);
      }
      Csc x = toCsc(a, name, site), y = toCsc(b, name, site);
      sameSize(x, y, site);
      return sparseArray(timesOf(x, y), site);
    }
    case MCC_OP_RDIVIDE: case MCC_OP_POWER: {
      if (!as || bs || !isScalarArray(b)) notImplemented(std::string("'") + name + "' of a sparse matrix other than S " +
                                                             (op == MCC_OP_POWER ? ".^" : "./") + " scalar", site);
      double c = scalarOf(b, site);
      auto f = op == MCC_OP_POWER ? +[](double v, double k) { return std::pow(v, k); }
                                  : +[](double v, double k) { return v / k; };
      if (op == MCC_OP_POWER && c != std::floor(c)) {
        for (double v : cscOf(a).values)
          if (v < 0) notImplemented("A negative sparse element to a non-integer power (complex sparse)", site);
      }
      return sparseArray(mapValues(cscOf(a), f, c), site);
    }
    case MCC_OP_EQ: case MCC_OP_NE: case MCC_OP_LT: case MCC_OP_LE: case MCC_OP_GT: case MCC_OP_GE:
      return sparseComparison(op, a, b, name, site);
    default: notImplemented(std::string("'") + name + "' of a sparse matrix", site);
  }
}

Ref sparseConcat(size_t dim, size_t n, const mcc_array* const* parts, const mcc_site* site) {
  if (dim != 1 && dim != 2) notImplemented("Concatenating sparse matrices along a dim beyond 2", site);
  std::vector<Csc> used;
  bool logical = true;
  for (size_t k = 0; k < n; ++k) {
    const mcc_array* p = parts[k];
    if (!isSparse(p) && p->ndims == 2 && p->dims[0] == 0 && p->dims[1] == 0) continue;  // [] vanishes
    used.push_back(toCsc(p, dim == 1 ? "vertcat" : "horzcat", site));
    logical &= used.back().logical;
  }
  Csc r;
  if (used.empty()) return sparseArray(Csc{0, 0, {0}, {}, {}, false}, site);
  for (const Csc& c : used)
    if ((dim == 2 ? c.m != used[0].m : c.n != used[0].n))
      fail("Dimensions of arrays being concatenated are not consistent.", site);
  if (dim == 2) {  // side by side: the columns of each in turn
    r = emptyLike(used[0].m, 0);
    for (const Csc& c : used) {
      for (size_t j = 0; j < c.n; ++j) r.colptr.push_back(r.colptr.back() + (c.colptr[j + 1] - c.colptr[j]));
      r.rowidx.insert(r.rowidx.end(), c.rowidx.begin(), c.rowidx.end());
      r.values.insert(r.values.end(), c.values.begin(), c.values.end());
      r.n += c.n;
    }
  } else {  // stacked: each column is the parts' columns with their rows offset
    size_t m = 0;
    for (const Csc& c : used) m += c.m;
    r = emptyLike(m, used[0].n);
    for (size_t j = 0; j < r.n; ++j) {
      size_t offset = 0;
      for (const Csc& c : used) {
        for (size_t k = c.colptr[j]; k < c.colptr[j + 1]; ++k) {
          r.rowidx.push_back(c.rowidx[k] + offset);
          r.values.push_back(c.values[k]);
        }
        offset += c.m;
      }
      r.colptr.push_back(r.rowidx.size());
    }
  }
  r.logical = logical;
  return sparseArray(std::move(r), site);
}

Ref sparseUminus(const mcc_array* a, const mcc_site* site) {
  return sparseArray(mapValues(cscOf(a), [](double v, double) { return -v; }, 0), site);
}

Ref sparseTranspose(const mcc_array* a) { return sparseArray(transposeOf(cscOf(a)), nullptr); }

Ref sparseMtimes(const mcc_array* a, const mcc_array* b, const mcc_site* site) {
  requireReal(a, "mtimes", site);
  requireReal(b, "mtimes", site);
  bool as = isSparse(a), bs = isSparse(b);
  if (as && bs) {
    const Csc& x = cscOf(a);
    const Csc& y = cscOf(b);
    if (isScalarArray(a) || isScalarArray(b)) return sparseBinary(MCC_OP_TIMES, a, b, site);
    if (x.n != y.m)
      fail("Incorrect dimensions for matrix multiplication. Check that the number of columns in the first matrix matches "
           "the number of rows in the second matrix. To operate on each element of the matrix individually, use TIMES "
           "(.*) for elementwise multiplication.",
           site);
    return sparseArray(mtimesOf(x, y), site);
  }
  const mcc_array* full = as ? b : a;
  checked(full);
  if (isScalarArray(full)) return sparseBinary(MCC_OP_TIMES, a, b, site);  // S * c, c * S: sparse
  if (full->ndims != 2) fail("Arguments must be 2-D, or at least one argument must be scalar. Use TIMES (.*) for elementwise multiplication.", site);
  Ref x = castArray(full, MCC_CLASS_DOUBLE, site);
  const double* X = dataOf<const double>(x.get());
  const Csc& s = cscOf(as ? a : b);
  if (isScalarArray(as ? a : b)) {  // a 1x1 sparse times a full matrix: full, as inference assumes
    Ref sc(mcc_array_from_scalar(scalarOf(as ? a : b, site)));
    return Ref(mcc_binary(MCC_OP_TIMES, sc.get(), full, site));
  }
  size_t inner = as ? s.n : s.m;
  size_t fullInner = as ? full->dims[0] : full->dims[1];
  if (inner != fullInner)
    fail("Incorrect dimensions for matrix multiplication. Check that the number of columns in the first matrix matches "
         "the number of rows in the second matrix. To operate on each element of the matrix individually, use TIMES "
         "(.*) for elementwise multiplication.",
         site);
  if (as) {  // S (m x n) * X (n x p): full m x p
    size_t p = full->dims[1];
    Ref r = newArray(MCC_CLASS_DOUBLE, false, {s.m, p}, true, site);
    double* Y = dataOf<double>(r.get());
    for (size_t c = 0; c < p; ++c)
      for (size_t j = 0; j < s.n; ++j) {
        double xj = X[c * s.n + j];
        if (xj == 0) continue;
        for (size_t k = s.colptr[j]; k < s.colptr[j + 1]; ++k) Y[c * s.m + s.rowidx[k]] += s.values[k] * xj;
      }
    // (0 * Inf in X where S has no entry: MATLAB's sparse product skips it too)
    return r;
  }
  // X (p x m) * S (m x n): full p x n, column j of the result = X * S(:, j).
  size_t p = full->dims[0];
  Ref r = newArray(MCC_CLASS_DOUBLE, false, {p, s.n}, true, site);
  double* Y = dataOf<double>(r.get());
  for (size_t j = 0; j < s.n; ++j)
    for (size_t k = s.colptr[j]; k < s.colptr[j + 1]; ++k) {
      double v = s.values[k];
      const double* col = X + s.rowidx[k] * p;
      for (size_t i = 0; i < p; ++i) Y[j * p + i] += col[i] * v;
    }
  return r;
}

Ref sparseMldivide(const mcc_array* a, const mcc_array* b, const mcc_site* site) {
  if (!isSparse(a) || isSparse(b)) notImplemented("'mldivide' of a sparse matrix other than S \\ full", site);
  requireReal(b, "mldivide", site);
  checked(b);
  const Csc& s = cscOf(a);
  if (isScalarArray(a)) {  // a 1x1 S divides: full, as inference assumes
    Ref d(mcc_array_from_scalar(scalarOf(a, site)));
    return Ref(mcc_binary(MCC_OP_LDIVIDE, d.get(), b, site));
  }
  if (s.m != s.n) notImplemented("'mldivide' of a non-square sparse matrix (least squares)", site);
  if (b->ndims != 2 || b->dims[0] != s.m)
    fail("Matrix dimensions must agree.", site);
  Ref x = castArray(b, MCC_CLASS_DOUBLE, site);
  size_t nrhs = b->dims[1];
  Ref r = newArray(MCC_CLASS_DOUBLE, false, {s.n, nrhs}, false, site);
  sparseSolve(s, dataOf<const double>(x.get()), nrhs, dataOf<double>(r.get()), site);
  return r;
}

Ref sparseMrdivide(const mcc_array* a, const mcc_array* b, const mcc_site* site) {
  if (!isSparse(a) && isSparse(b)) {
    requireReal(a, "mrdivide", site);
    if (isScalarArray(b)) {  // X / s of a 1x1 sparse s: full, as inference assumes
      Ref d(mcc_array_from_scalar(scalarOf(b, site)));
      return Ref(mcc_binary(MCC_OP_RDIVIDE, a, d.get(), site));
    }
    // X / S = (S' \ X')'
    Ref st = sparseTranspose(b);
    Ref xt(mcc_transpose(a, site));
    Ref solved = sparseMldivide(st.get(), xt.get(), site);
    return Ref(mcc_transpose(solved.get(), site));
  }
  if (!isSparse(a) || isSparse(b) || !isScalarArray(b))
    notImplemented("'mrdivide' of a sparse matrix other than S / scalar and X / S", site);
  return sparseBinary(MCC_OP_RDIVIDE, a, b, site);
}

}  // namespace mcc::rt
