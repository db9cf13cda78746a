// Builtins of shape.def: functions that rearrange or build arrays from the
// positions of elements (circshift, rot90, tril, triu, diag, meshgrid,
// ndgrid, permute, ipermute, squeeze, shiftdim, repelem, blkdiag, toeplitz), the
// structured matrices (vander, hilb), the structure tests (istriu, istril,
// isdiag, issymmetric), index conversion
// (sub2ind, ind2sub) and the ones that walk an array along a dimension
// (issorted, sortrows, trapz, cumtrapz, histc, accumarray).
//
// Rearranging keeps the class and complexity of the input; everything is
// written with gathered() from Layout.h: each result element names the
// position of the input it comes from.
// Tests: tests/conformance/programs/array_*.m.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "builtins/Builtin.h"
#include "builtins/Layout.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

// Input k as whole numbers (error `bad` for non-integers, NaN or complex).
std::vector<long long> integers(const Args& a, uint32_t k, const char* bad) {
  std::vector<long long> r;
  for (double v : numbers(a[k], a, bad)) {
    if (v != std::floor(v) || !std::isfinite(v)) a.error(bad);
    r.push_back(static_cast<long long>(v));
  }
  return r;
}

// Input k as a dim argument (from 1).
size_t dimArg(const Args& a, uint32_t k) {
  if (a[k]->numel != 1 || a[k]->class_id == MCC_CLASS_CHAR) a.error(dimText);
  return mcc_dim_arg(numbers(a[k], a, dimText)[0], a.site);
}

// The diagonal offset K of tril, triu, diag (input k, 0 when absent).
long long diagonalOffset(const Args& a, uint32_t k) {
  if (a.nargin <= k) return 0;
  const char* bad = "K-th diagonal input must be an integer scalar.";
  std::vector<long long> v = integers(a, k, bad);
  if (v.size() != 1) a.error(bad);
  return v[0];
}

// Input k as a size vector (sub2ind, ind2sub, accumarray).
Dims sizeVector(const Args& a, uint32_t k) {
  const char* bad = "Size vector must have at least two elements, each a nonnegative integer.";
  Dims d;
  for (long long v : integers(a, k, bad)) {
    if (v < 0) a.error(bad);
    d.push_back(static_cast<size_t>(v));
  }
  return d;
}

// A double array of dims from values.
Ref doubles(const Dims& dims, const std::vector<double>& v, const mcc_site* site) {
  Ref r = newArray(MCC_CLASS_DOUBLE, false, dims, false, site);
  std::copy(v.begin(), v.end(), dataOf<double>(r.get()));
  return r;
}

// --- circshift, rot90, tril, triu, diag ------------------------------------------

void circshiftBuiltin(const Args& a) {
  a.arity(2, 3, 1);
  const mcc_array* x = checked(a[0]);
  const char* bad = "Invalid shift type: must be a finite, nonsparse, real integer vector.";
  std::vector<long long> k = integers(a, 1, bad);
  size_t first = a.nargin == 3 ? dimArg(a, 2) : (k.size() == 1 ? defaultDim(x) : 1);
  if (a.nargin == 3 && k.size() != 1) a.error(bad);
  Dims dims = paddedDims(x, first + k.size() - 1);
  std::vector<long long> shift(dims.size(), 0);
  for (size_t i = 0; i < k.size(); ++i) shift[first - 1 + i] = k[i];
  Dims src = dims;
  a.set(0, gathered(x, dimsOf(x), [&](size_t, const std::vector<size_t>& sub) {
          std::vector<size_t> from(sub);
          from.resize(dims.size(), 0);
          for (size_t d = 0; d < dims.size(); ++d) {
            long long n = static_cast<long long>(dims[d]);
            if (n) from[d] = static_cast<size_t>((((static_cast<long long>(from[d]) - shift[d]) % n) + n) % n);
          }
          return linearIndex(src, from);
        }, a.site));
}

void rot90Builtin(const Args& a) {
  a.arity(1, 2, 1);
  const mcc_array* x = checked(a[0]);
  long long k = 1;
  if (a.nargin == 2) {
    std::vector<long long> v = integers(a, 1, "K must be a real scalar integer.");
    if (v.size() != 1) a.error("K must be a real scalar integer.");
    k = ((v[0] % 4) + 4) % 4;
  }
  Dims d = dimsOf(x);
  size_t m = d[0], n = d[1];
  Dims out = d;
  if (k % 2) std::swap(out[0], out[1]);
  a.set(0, gathered(x, out, [&](size_t, const std::vector<size_t>& sub) {
          size_t i = sub[0], j = sub[1], page = 0, stride = 1;
          for (size_t q = 2; q < d.size(); ++q) {
            page += sub[q] * stride;
            stride *= d[q];
          }
          size_t r = i, c = j;
          if (k == 1) r = j, c = n - 1 - i;
          if (k == 2) r = m - 1 - i, c = n - 1 - j;
          if (k == 3) r = m - 1 - j, c = i;
          return page * m * n + c * m + r;
        }, a.site));
}

void triangle(const Args& a, bool lower) {
  a.arity(1, 2, 1);
  const mcc_array* x = checked(a[0]);
  if (x->ndims > 2) a.error("First input must be 2D.");
  long long k = diagonalOffset(a, 1);
  a.set(0, gathered(x, dimsOf(x), [&](size_t at, const std::vector<size_t>& sub) {
          long long off = static_cast<long long>(sub[1]) - static_cast<long long>(sub[0]);
          return (lower ? off <= k : off >= k) ? at : noElement;
        }, a.site));
}

void diagBuiltin(const Args& a) {
  a.arity(1, 2, 1);
  const mcc_array* x = checked(a[0]);
  long long k = diagonalOffset(a, 1);
  if (x->ndims > 2) a.error("First input must be 2-D.");
  size_t m = x->dims[0], n = x->dims[1];
  size_t shift = static_cast<size_t>(k < 0 ? -k : k);
  if (m == 1 || n == 1) {
    // A vector (1x0 and 0x1 too) goes on the k-th diagonal of a square matrix.
    size_t len = x->numel, side = len + shift;
    a.set(0, gathered(x, {side, side}, [&](size_t, const std::vector<size_t>& sub) {
            long long off = static_cast<long long>(sub[1]) - static_cast<long long>(sub[0]);
            if (off != k) return noElement;
            return k >= 0 ? sub[0] : sub[1];
          }, a.site));
    return;
  }
  // The k-th diagonal of a matrix, as a column.
  size_t len = 0;
  if (k >= 0 && shift < n) len = std::min(m, n - shift);
  if (k < 0 && shift < m) len = std::min(m - shift, n);
  if (m == 0 && n == 0) {
    a.set(0, newArray(x->class_id, x->is_complex, {0, 0}, true, a.site));
    return;
  }
  a.set(0, gathered(x, {len, 1}, [&](size_t i, const std::vector<size_t>&) {
          return k >= 0 ? (i + shift) * m + i : i * m + i + shift;
        }, a.site));
}

// --- Grids --------------------------------------------------------------------------

// Output q of a grid over vectors: the dims of the grid, and which vector
// varies along which dim (dim q for ndgrid; meshgrid swaps the first two).
void grids(const Args& a, const std::vector<const mcc_array*>& vecs, const std::vector<size_t>& along) {
  Dims dims;
  for (size_t d = 0; d < along.size(); ++d) dims.push_back(0);
  for (size_t q = 0; q < vecs.size(); ++q) dims[along[q]] = vecs[q]->numel;
  if (dims.size() == 1) dims.push_back(1);
  for (uint32_t q = 0; q < a.outputs(); ++q) {
    const mcc_array* v = vecs[q];
    size_t dim = along[q];
    a.set(q, gathered(v, dims, [&](size_t, const std::vector<size_t>& sub) { return sub[dim]; }, a.site));
  }
}

void checkGridInputs(const Args& a, const char* name) {
  for (uint32_t k = 0; k < a.nargin; ++k)
    if (!isValueClass(a[k]->class_id)) a.error(std::string("Input arguments to ") + name + " must be numeric.");
}

void meshgridBuiltin(const Args& a) {
  a.arity(1, 3, a.nargin == 2 ? 2 : 3);
  checkGridInputs(a, "meshgrid");
  const mcc_array* x = a[0];
  const mcc_array* y = a.nargin >= 2 ? a[1] : x;
  const mcc_array* z = a.nargin == 3 ? a[2] : x;
  bool three = a.nargin == 3 || a.nargout == 3;
  std::vector<const mcc_array*> vecs{x, y, z};
  std::vector<size_t> along{1, 0, 2};
  if (!three) {
    vecs.pop_back();
    along.pop_back();
  }
  grids(a, vecs, along);
}

void ndgridBuiltin(const Args& a) {
  a.arity(1, 64, 64);
  checkGridInputs(a, "ndgrid");
  size_t n = a.nargin == 1 ? std::max<uint32_t>(a.nargout, 1) : a.nargin;
  if (a.nargin > 1 && a.nargout > a.nargin) a.error("Too many output arguments.");
  std::vector<const mcc_array*> vecs;
  std::vector<size_t> along;
  for (size_t q = 0; q < n; ++q) {
    vecs.push_back(a[a.nargin == 1 ? 0 : static_cast<uint32_t>(q)]);
    along.push_back(q);
  }
  grids(a, vecs, along);
}

// --- sub2ind, ind2sub ----------------------------------------------------------------

// The size vector (input 0) seen through n subscripts: fewer fold the
// trailing dims into the last one, more see extents of 1.
Dims sizeForSubscripts(const Args& a, size_t n) {
  Dims sz = sizeVector(a, 0);
  if (sz.size() < 2) sz.push_back(1);
  if (n < sz.size()) {
    size_t tail = 1;
    for (size_t d = n - 1; d < sz.size(); ++d) tail *= sz[d];
    sz.resize(n);
    sz[n - 1] = tail;
  }
  sz.resize(n, 1);
  return sz;
}

void sub2indBuiltin(const Args& a) {
  a.arity(2, 64, 1);
  size_t nsubs = a.nargin - 1;
  Dims sz = sizeForSubscripts(a, nsubs);
  const mcc_array* first = a[1];
  std::vector<double> idx(first->numel, 0);
  size_t stride = 1;
  for (uint32_t q = 0; q < nsubs; ++q) {
    const mcc_array* s = a[q + 1];
    if (dimsOf(s) != dimsOf(first)) a.error("The subscript vectors must all be of the same size.");
    std::vector<double> v = numbers(s, a, "Out of range subscript.");
    for (size_t i = 0; i < v.size(); ++i) {
      if (!(v[i] >= 1) || v[i] != std::floor(v[i])) a.error("Index must be a positive integer or logical.");
      if (v[i] > double(sz[q])) a.error("Out of range subscript.");
      idx[i] += (v[i] - 1) * double(stride);
    }
    stride *= sz[q];
  }
  for (double& v : idx) v += 1;
  a.set(0, doubles(dimsOf(first), idx, a.site));
}

void ind2subBuiltin(const Args& a) {
  a.arity(2, 2, 64);
  size_t nout = a.outputs();
  Dims sz = sizeForSubscripts(a, nout);
  size_t total = 1;
  for (size_t d : sz) total *= d;
  const mcc_array* ind = a[1];
  std::vector<double> v = numbers(ind, a, "Index out of range; index must be a positive integer.");
  std::vector<std::vector<double>> subs(nout, std::vector<double>(v.size()));
  for (size_t i = 0; i < v.size(); ++i) {
    if (!(v[i] >= 1) || v[i] != std::floor(v[i])) a.error("Index must be a positive integer or logical.");
    if (v[i] > double(total)) a.error("Index out of range; index must be a positive integer.");
    size_t k = static_cast<size_t>(v[i]) - 1;
    for (size_t d = 0; d < nout; ++d) {
      subs[d][i] = double(k % sz[d] + 1);
      k /= sz[d];
    }
  }
  for (size_t d = 0; d < nout; ++d) a.set(static_cast<uint32_t>(d), doubles(dimsOf(ind), subs[d], a.site));
}

// --- permute, ipermute, squeeze -------------------------------------------------------

// x with its dims in the order perm (from 0; at least ndims(x) entries).
Ref permuted(const mcc_array* x, const std::vector<size_t>& perm, const mcc_site* site) {
  size_t n = perm.size();
  Dims in = paddedDims(x, n), out(n);
  for (size_t i = 0; i < n; ++i) out[i] = in[perm[i]];
  std::vector<size_t> from(n);
  // The result's subscripts stop at its last non-singleton dim (the
  // array drops trailing singletons of `out`): the rest are 0.
  return gathered(x, out, [&](size_t, const std::vector<size_t>& sub) {
    for (size_t i = 0; i < n; ++i) from[perm[i]] = i < sub.size() ? sub[i] : 0;
    return linearIndex(in, from);
  }, site);
}

// x's elements in their order with other dims.
Ref reshapedCopy(const mcc_array* x, const Dims& dims, const mcc_site* site) {
  Ref r = newArray(x->class_id, x->is_complex, dims, false, site);
  if (x->numel) std::memcpy(r->data, x->data, x->numel * elementSize(x));
  return r;
}

void permuteBuiltin(const Args& a, bool inverse) {
  a.arity(2, 2, 1);
  const mcc_array* x = checked(a[0]);
  const char* bad = "ORDER contains an invalid permutation index.";
  std::vector<long long> order = integers(a, 1, bad);
  if (order.size() < x->ndims) a.error("ORDER must have at least N elements for an N-D array.");
  size_t n = order.size();
  std::vector<size_t> perm(n);
  std::vector<uint8_t> seen(n, 0);
  for (size_t i = 0; i < n; ++i) {
    if (order[i] < 1 || order[i] > static_cast<long long>(n) || seen[order[i] - 1]) a.error(bad);
    seen[order[i] - 1] = 1;
    perm[i] = static_cast<size_t>(order[i] - 1);
  }
  if (inverse) {
    std::vector<size_t> inv(n);
    for (size_t i = 0; i < n; ++i) inv[perm[i]] = i;
    perm = inv;
  }
  a.set(0, permuted(x, perm, a.site));
}

void squeezeBuiltin(const Args& a) {
  a.arity(1, 1, 1);
  const mcc_array* x = checked(a[0]);
  Dims d = dimsOf(x);
  if (d.size() > 2) {
    Dims kept;
    for (size_t e : d)
      if (e != 1) kept.push_back(e);
    while (kept.size() < 2) kept.push_back(1);
    d = kept;
  }
  a.set(0, reshapedCopy(x, d, a.site));
}

// [y, ns] = shiftdim(x) removes x's leading singleton dims (ns of them);
// shiftdim(x, n) moves the first n dims to the end (n > 0, taken modulo
// ndims(x)) or puts -n singleton dims in front (n < 0).
void shiftdimBuiltin(const Args& a) {
  a.arity(1, 2, 2);
  const mcc_array* x = checked(a[0]);
  Dims d = dimsOf(x);
  long long nd = static_cast<long long>(d.size()), n = 0;
  if (a.nargin == 1) {
    n = nd;
    for (long long k = 0; k < nd; ++k)
      if (d[k] != 1) {
        n = k;
        break;
      }
  } else {
    if (a[1]->numel != 1 || a.isText(1)) a.error("shiftdim: N must be a scalar integer.");
    double v = a.scalar(1);
    if (v != std::floor(v)) a.error("shiftdim: N must be a scalar integer.");
    n = static_cast<long long>(v);
  }
  if (n >= nd) n %= nd;
  if (n < 0) {
    Dims out(static_cast<size_t>(-n), 1);
    out.insert(out.end(), d.begin(), d.end());
    a.set(0, reshapedCopy(x, out, a.site));
  } else {
    std::vector<size_t> perm;
    for (long long k = n; k < nd; ++k) perm.push_back(static_cast<size_t>(k));
    for (long long k = 0; k < n; ++k) perm.push_back(static_cast<size_t>(k));
    a.set(0, permuted(x, perm, a.site));
  }
  a.set(1, scalarResult(double(n)));
}

// --- repelem, blkdiag -----------------------------------------------------------------

// For counts along one dim of extent n (a scalar repeats every element),
// the source position of each result position.
std::vector<size_t> repeatedPositions(const Args& a, uint32_t k, size_t n) {
  const char* bad = "Replication factors must be a row vector of integers or integer scalars.";
  std::vector<long long> r = integers(a, k, bad);
  if (r.size() != 1 && r.size() != n)
    a.error("R1 must either be a scalar or have the same number of elements as the vector to be replicated.");
  std::vector<size_t> from;
  for (size_t i = 0; i < n; ++i) {
    long long c = r.size() == 1 ? r[0] : r[i];
    for (long long j = 0; j < c; ++j) from.push_back(i);
  }
  return from;
}

void repelemBuiltin(const Args& a) {
  a.arity(2, 64, 1);
  const mcc_array* x = checked(a[0]);
  if (a.nargin == 2) {
    if (!isVectorShape(x) && x->numel != 0) a.error("The input must be a vector when called with two inputs.");
    std::vector<size_t> from = repeatedPositions(a, 1, x->numel);
    Dims out = x->dims[0] == 1 && x->ndims == 2 ? Dims{1, from.size()} : Dims{from.size(), 1};
    if (x->numel == 1) out = Dims{1, from.size()};
    a.set(0, gathered(x, out, [&](size_t i, const std::vector<size_t>&) { return from[i]; }, a.site));
    return;
  }
  size_t n = a.nargin - 1;
  Dims in = paddedDims(x, n), out(std::max(n, in.size()));
  std::vector<std::vector<size_t>> from(out.size());
  for (size_t d = 0; d < out.size(); ++d) {
    if (d < n) {
      from[d] = repeatedPositions(a, static_cast<uint32_t>(d + 1), in[d]);
    } else {
      from[d].resize(in[d]);
      std::iota(from[d].begin(), from[d].end(), size_t(0));
    }
    out[d] = from[d].size();
  }
  std::vector<size_t> src(out.size());
  a.set(0, gathered(x, out, [&](size_t, const std::vector<size_t>& sub) {
          for (size_t d = 0; d < out.size(); ++d) src[d] = from[d][sub[d]];
          return linearIndex(in, src);
        }, a.site));
}

void blkdiagBuiltin(const Args& a) {
  size_t rows = 0, cols = 0;
  std::vector<const mcc_array*> parts;
  for (uint32_t k = 0; k < a.nargin; ++k) {
    const mcc_array* p = checked(a[k]);
    if (p->ndims > 2) a.error("Inputs must be 2-D.");
    parts.push_back(p);
    rows += p->dims[0];
    cols += p->dims[1];
  }
  if (parts.empty()) {
    a.set(0, Ref(mcc_array_empty()));
    return;
  }
  // The class of the result is the class of the inputs concatenated.
  std::vector<Ref> flat;
  std::vector<const mcc_array*> rowsOf;
  for (const mcc_array* p : parts) {
    flat.push_back(newArray(p->class_id, p->is_complex, {1, p->numel}, false, a.site));
    if (p->numel) std::memcpy(flat.back()->data, p->data, p->numel * elementSize(p));
    rowsOf.push_back(flat.back().get());
  }
  Ref joined(mcc_horzcat(rowsOf.size(), rowsOf.data(), a.site));
  Ref r = newArray(joined->class_id, joined->is_complex, {rows, cols}, true, a.site);
  size_t r0 = 0, c0 = 0;
  for (const mcc_array* p : parts) {
    Ref q = castArray(p, joined->class_id, a.site);
    if (joined->is_complex && !q->is_complex) q = toComplex(q.get());
    visitElements(r.get(), [&](auto t) {
      using E = typename decltype(t)::type;
      for (size_t j = 0; j < p->dims[1]; ++j)
        for (size_t i = 0; i < p->dims[0]; ++i)
          dataOf<E>(r.get())[(c0 + j) * rows + r0 + i] = dataOf<const E>(q.get())[j * p->dims[0] + i];
    });
    r0 += p->dims[0];
    c0 += p->dims[1];
  }
  a.set(0, std::move(r));
}

// --- toeplitz, vander, hilb ------------------------------------------------------------

// toeplitz(c) (symmetric) and toeplitz(c, r): T(i, j) is c(i - j + 1) on
// and below the diagonal, r(j - i + 1) above it (the column wins the
// diagonal), of the class of c.
void toeplitzBuiltin(const Args& a) {
  a.arity(1, 2, 1);
  const mcc_array* c = checked(a[0]);
  const mcc_array* r = checked(a[a.nargin - 1]);
  if (c->is_complex || r->is_complex) notImplemented("toeplitz of complex values", a.site);
  if ((!isVectorShape(c) && c->numel) || (!isVectorShape(r) && r->numel)) a.error("Inputs must be vectors.");
  std::vector<long double> cv = wideValues(c), rv = wideValues(r);
  size_t m = cv.size(), n = rv.size();
  std::vector<long double> t(m * n);
  for (size_t j = 0; j < n; ++j)
    for (size_t i = 0; i < m; ++i) t[j * m + i] = i >= j ? cv[i - j] : rv[j - i];
  uint32_t cls = c->class_id == MCC_CLASS_CHAR || c->class_id == MCC_CLASS_LOGICAL ? MCC_CLASS_DOUBLE : c->class_id;
  a.set(0, fromWide(cls, {m, n}, t, a.site));
}

// vander(v): V(i, j) = v(i)^(n - j) for the n elements of v.
void vanderBuiltin(const Args& a) {
  a.arity(1, 1, 1);
  const mcc_array* v = checked(a[0]);
  if (v->is_complex) notImplemented("vander of complex values", a.site);
  std::vector<double> scratch;
  const double* x = loadAs<double>(v, scratch);
  size_t n = v->numel;
  uint32_t cls = v->class_id == MCC_CLASS_SINGLE ? MCC_CLASS_SINGLE : MCC_CLASS_DOUBLE;
  Ref r = newArray(MCC_CLASS_DOUBLE, false, {n, n}, false, a.site);
  double* out = dataOf<double>(r.get());
  for (size_t i = 0; i < n; ++i) {
    double p = 1;  // built up by products from the last column, as vander.m's cumprod
    for (size_t j = n; j-- > 0;) {
      out[j * n + i] = p;
      p *= x[i];
    }
  }
  a.set(0, cls == MCC_CLASS_DOUBLE ? std::move(r) : castArray(r.get(), cls, a.site));
}

// hilb(n): H(i, j) = 1 / (i + j - 1).
void hilbBuiltin(const Args& a) {
  a.arity(1, 2, 1);
  double nd = a.scalar(0);
  if (nd != std::floor(nd)) a.error("Input must be a nonnegative integer.");
  size_t n = nd < 0 ? 0 : static_cast<size_t>(nd);
  Ref r = newArray(MCC_CLASS_DOUBLE, false, {n, n}, false, a.site);
  for (size_t j = 0; j < n; ++j)
    for (size_t i = 0; i < n; ++i) dataOf<double>(r.get())[j * n + i] = 1.0 / double(i + j + 1);
  if (a.nargin == 2 && option(a, 1) == "single") r = castArray(r.get(), MCC_CLASS_SINGLE, a.site);
  a.set(0, std::move(r));
}

// --- istriu, istril, isdiag, issymmetric -------------------------------------------------

// Whether every element of the 2-D x for which keep(i, j) is false is zero.
template <class Keep> bool zeroOutside(const mcc_array* x, Keep keep) {
  if (x->ndims > 2) return false;
  std::vector<std::complex<double>> scratch;
  const std::complex<double>* v = loadAs<std::complex<double>>(x, scratch);
  size_t m = x->dims[0], n = x->numel ? x->numel / m : 0;
  for (size_t j = 0; j < n; ++j)
    for (size_t i = 0; i < m; ++i)
      if (!keep(i, j) && v[j * m + i] != std::complex<double>(0)) return false;
  return true;
}

enum class Structure { Upper, Lower, Diagonal };

void structureTest(const Args& a, Structure kind) {
  a.arity(1, 1, 1);
  const mcc_array* x = a[0];
  if (!isValueClass(x->class_id)) a.error("Input must be a numeric or logical array.");
  checked(x);
  bool r = zeroOutside(x, [&](size_t i, size_t j) {
    return kind == Structure::Upper ? i <= j : kind == Structure::Lower ? i >= j : i == j;
  });
  a.set(0, boolResult(r));
}

// issymmetric(A) and issymmetric(A, 'skew'): A is square and equals A.'
// (or -A.'), exactly.
void issymmetricBuiltin(const Args& a) {
  a.arity(1, 2, 1);
  const mcc_array* x = a[0];
  if (!isValueClass(x->class_id)) a.error("Input must be a numeric or logical array.");
  checked(x);
  bool skew = false;
  if (a.nargin == 2) {
    if (!a.isText(1)) notImplemented("issymmetric with a tolerance", a.site);
    std::string o = option(a, 1);
    if (o == "skew") skew = true;
    else if (o != "nonskew") a.error("Second input must be 'skew' or 'nonskew'.");
  }
  if (x->ndims > 2 || x->dims[0] != x->dims[1]) {
    a.set(0, boolResult(false));
    return;
  }
  std::vector<std::complex<double>> scratch;
  const std::complex<double>* v = loadAs<std::complex<double>>(x, scratch);
  size_t n = x->dims[0];
  bool r = true;
  for (size_t j = 0; j < n && r; ++j)
    for (size_t i = 0; i < n && r; ++i) r = v[j * n + i] == (skew ? -v[i * n + j] : v[i * n + j]);
  a.set(0, boolResult(r));
}

}  // namespace

MCC_DEFINE_BUILTIN(circshift) { circshiftBuiltin(a); }
MCC_DEFINE_BUILTIN(rot90) { rot90Builtin(a); }
MCC_DEFINE_BUILTIN(tril) { triangle(a, true); }
MCC_DEFINE_BUILTIN(triu) { triangle(a, false); }
MCC_DEFINE_BUILTIN(diag) { diagBuiltin(a); }
MCC_DEFINE_BUILTIN(meshgrid) { meshgridBuiltin(a); }
MCC_DEFINE_BUILTIN(ndgrid) { ndgridBuiltin(a); }
MCC_DEFINE_BUILTIN(sub2ind) { sub2indBuiltin(a); }
MCC_DEFINE_BUILTIN(ind2sub) { ind2subBuiltin(a); }
MCC_DEFINE_BUILTIN(permute) { permuteBuiltin(a, false); }
MCC_DEFINE_BUILTIN(ipermute) { permuteBuiltin(a, true); }
MCC_DEFINE_BUILTIN(squeeze) { squeezeBuiltin(a); }
MCC_DEFINE_BUILTIN(shiftdim) { shiftdimBuiltin(a); }
MCC_DEFINE_BUILTIN(repelem) { repelemBuiltin(a); }
MCC_DEFINE_BUILTIN(blkdiag) { blkdiagBuiltin(a); }
MCC_DEFINE_BUILTIN(toeplitz) { toeplitzBuiltin(a); }
MCC_DEFINE_BUILTIN(vander) { vanderBuiltin(a); }
MCC_DEFINE_BUILTIN(hilb) { hilbBuiltin(a); }
MCC_DEFINE_BUILTIN(istriu) { structureTest(a, Structure::Upper); }
MCC_DEFINE_BUILTIN(istril) { structureTest(a, Structure::Lower); }
MCC_DEFINE_BUILTIN(isdiag) { structureTest(a, Structure::Diagonal); }
MCC_DEFINE_BUILTIN(issymmetric) { issymmetricBuiltin(a); }
