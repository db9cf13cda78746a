// Builtins of signal.def: filter (direct form II transposed, with initial
// and final conditions, along any dim), filtfilt (zero-phase, MATLAB's
// odd reflection at the ends and steady-state initial conditions) and conv2
// (full, same, valid, and the separable conv2(u, v, A)), filter2 and convn
// (N-d).
//
// Values are complex doubles inside; real inputs give real results, single
// inputs single ones.
// Tests: tests/conformance/programs/math_filter_conv2.m, math_filtfilt.m.
#include <algorithm>
#include <cmath>
#include <complex>
#include <functional>
#include <numeric>

#include "builtins/Builtin.h"
#include "builtins/Layout.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

using Cx = std::complex<double>;

bool anyComplex(const Args& a, uint32_t upTo) {
  for (uint32_t k = 0; k < std::min(a.nargin, upTo); ++k)
    if (a[k]->is_complex) return true;
  return false;
}

// An array of dims from complex values, real unless `complex`.
Ref result(const Dims& dims, const std::vector<Cx>& v, bool complex, bool single, const mcc_site* site) {
  Ref r = newArray(single ? MCC_CLASS_SINGLE : MCC_CLASS_DOUBLE, complex, dims, false, site);
  visitClass(r->class_id, [&](auto tag) {
    using T = typename decltype(tag)::T;
    if constexpr (std::is_floating_point_v<T>) {
      T* p = dataOf<T>(r.get());
      for (size_t i = 0; i < v.size(); ++i) {
        if (complex) p[2 * i] = T(v[i].real()), p[2 * i + 1] = T(v[i].imag());
        else p[i] = T(v[i].real());
      }
    }
  });
  return r;
}

// The coefficients of a filter, normalised by a(1) and padded to one length.
struct Coefficients {
  std::vector<Cx> b, a;
};
Coefficients coefficients(const Args& a) {
  for (uint32_t k = 0; k < 2; ++k)
    if (!isValueClass(a[k]->class_id) || (!isVectorShape(a[k]) && a[k]->numel != 1))
      a.error(k == 0 ? "Numerator coefficients must be a vector." : "Denominator coefficients must be a vector.");
  Coefficients c{complexValues(a[0]), complexValues(a[1])};
  if (c.a.empty() || c.b.empty()) a.error("Filter coefficients must be non-empty vectors.");
  if (c.a[0] == 0.0) a.error("First denominator filter coefficient must be non-zero.");
  Cx a0 = c.a[0];
  for (Cx& v : c.b) v /= a0;
  for (Cx& v : c.a) v /= a0;
  size_t n = std::max(c.a.size(), c.b.size());
  c.a.resize(n, 0.0);
  c.b.resize(n, 0.0);
  return c;
}

// Filters one sequence (stride apart in data) in place, with the state z
// (length n-1) updated to the final conditions.
void filterRun(const Coefficients& c, Cx* data, size_t len, size_t stride, std::vector<Cx>& z) {
  size_t n = c.a.size();
  for (size_t k = 0; k < len; ++k) {
    Cx x = data[k * stride];
    Cx y = c.b[0] * x + (n > 1 ? z[0] : 0.0);
    for (size_t i = 1; i + 1 < n; ++i) z[i - 1] = c.b[i] * x + z[i] - c.a[i] * y;
    if (n > 1) z[n - 2] = c.b[n - 1] * x - c.a[n - 1] * y;
    data[k * stride] = y;
  }
}

void filterBuiltin(const Args& a) {
  a.arity(3, 5, 2);
  Coefficients c = coefficients(a);
  const mcc_array* x = checked(a[2]);
  if (!isValueClass(x->class_id)) a.error("Input X must be numeric.");
  size_t dim = a.nargin == 5 ? mcc_dim_arg(a.scalar(4), a.site) : defaultDim(x);
  Slices s = slicesAlong(x, dim);
  size_t order = c.a.size() - 1, channels = s.before * s.after;
  std::vector<Cx> zi(order * channels, 0.0);
  bool complex = anyComplex(a, 4);
  if (a.nargin >= 4 && a[3]->numel) {
    const mcc_array* z = a[3];
    if (z->numel != order * channels && !(z->numel == order && channels == 1))
      a.error("Initial conditions must be a vector of length max(length(a),length(b))-1, or an array with the leading "
              "dimension of size max(length(a),length(b))-1 and with remaining dimensions matching those of x.");
    zi = complexValues(z);
    complex = complex || z->is_complex;
  }
  std::vector<Cx> y = complexValues(x), zf(order * channels);
  std::vector<Cx> state(order);
  for (size_t o = 0; o < s.after; ++o)
    for (size_t i = 0; i < s.before; ++i) {
      size_t ch = o * s.before + i;
      std::copy(zi.begin() + static_cast<long>(ch * order), zi.begin() + static_cast<long>((ch + 1) * order), state.begin());
      filterRun(c, y.data() + s.at(o, 0, i), s.len, s.before, state);
      std::copy(state.begin(), state.end(), zf.begin() + static_cast<long>(ch * order));
    }
  complex = complex || std::any_of(c.b.begin(), c.b.end(), [](Cx v) { return v.imag() != 0; }) ||
            std::any_of(c.a.begin(), c.a.end(), [](Cx v) { return v.imag() != 0; });
  bool single = anySingle(a);
  a.set(0, result(dimsOf(x), y, complex, single, a.site));
  if (a.nargout > 1) {
    Dims zd = channels == 1 ? Dims{order, 1} : Dims{order, channels};
    a.set(1, result(zd, zf, complex, single, a.site));
  }
}

// Solves the small dense system m z = r (Gaussian elimination with
// partial pivoting), m column-major n x n.
std::vector<Cx> solve(std::vector<Cx> m, std::vector<Cx> r, size_t n) {
  for (size_t k = 0; k < n; ++k) {
    size_t p = k;
    for (size_t i = k + 1; i < n; ++i)
      if (std::abs(m[k * n + i]) > std::abs(m[k * n + p])) p = i;
    if (p != k) {
      for (size_t j = 0; j < n; ++j) std::swap(m[j * n + k], m[j * n + p]);
      std::swap(r[k], r[p]);
    }
    for (size_t i = k + 1; i < n; ++i) {
      Cx f = m[k * n + i] / m[k * n + k];
      for (size_t j = k; j < n; ++j) m[j * n + i] -= f * m[j * n + k];
      r[i] -= f * r[k];
    }
  }
  for (size_t k = n; k-- > 0;) {
    for (size_t j = k + 1; j < n; ++j) r[k] -= m[j * n + k] * r[j];
    r[k] /= m[k * n + k];
  }
  return r;
}

void filtfiltBuiltin(const Args& a) {
  a.arity(3, 3, 1);
  Coefficients c = coefficients(a);
  const mcc_array* x = checked(a[2]);
  if (!isValueClass(x->class_id)) a.error("Input X must be numeric.");
  size_t nfilt = c.a.size(), nfact = std::max<size_t>(1, 3 * (nfilt - 1));
  // A vector filters as one channel; a matrix column by column.
  bool vec = isVectorShape(x);
  size_t len = vec ? x->numel : x->dims[0], channels = vec ? 1 : x->numel / std::max<size_t>(len, 1);
  if (len <= nfact) a.error("Data must have length more than 3 times filter order.");
  // The steady-state initial conditions for a unit step.
  size_t m = nfilt - 1;
  std::vector<Cx> zi;
  if (m) {
    std::vector<Cx> mat(m * m, 0.0), rhs(m);
    for (size_t i = 0; i < m; ++i) {
      mat[i] = i == 0 ? 1.0 + c.a[1] : c.a[i + 1];
      if (i >= 1) mat[i * m + i] = 1.0;
      if (i + 1 < m) mat[(i + 1) * m + i] = -1.0;
      rhs[i] = c.b[i + 1] - c.b[0] * c.a[i + 1];
    }
    zi = solve(mat, rhs, m);
  }
  std::vector<Cx> xv = complexValues(x), out(xv.size());
  for (size_t ch = 0; ch < channels; ++ch) {
    const Cx* in = xv.data() + ch * len;
    std::vector<Cx> y;
    for (size_t k = nfact; k >= 1; --k) y.push_back(2.0 * in[0] - in[k]);
    y.insert(y.end(), in, in + len);
    for (size_t k = 1; k <= nfact; ++k) y.push_back(2.0 * in[len - 1] - in[len - 1 - k]);
    for (int pass = 0; pass < 2; ++pass) {
      std::vector<Cx> state(m);
      for (size_t i = 0; i < m; ++i) state[i] = zi[i] * y[0];
      filterRun(c, y.data(), y.size(), 1, state);
      std::reverse(y.begin(), y.end());
    }
    std::copy(y.begin() + static_cast<long>(nfact), y.begin() + static_cast<long>(nfact + len), out.begin() + static_cast<long>(ch * len));
  }
  bool complex = anyComplex(a, 3);
  a.set(0, result(dimsOf(x), out, complex, anySingle(a), a.site));
}

// --- conv2 ------------------------------------------------------------------------------------

struct Matrix {
  size_t rows = 0, cols = 0;
  std::vector<Cx> v;
  Cx at(size_t i, size_t j) const { return v[j * rows + i]; }
};
Matrix matrixOf(const Args& a, uint32_t k) {
  const mcc_array* x = checked(a[k]);
  if (x->ndims > 2 || !isValueClass(x->class_id)) a.error("N-D arrays are not supported.");
  return {x->dims[0], x->dims[1], complexValues(x)};
}

Matrix convolve2(const Matrix& A, const Matrix& B) {
  Matrix C;
  C.rows = A.rows && B.rows ? A.rows + B.rows - 1 : 0;
  C.cols = A.cols && B.cols ? A.cols + B.cols - 1 : 0;
  C.v.assign(C.rows * C.cols, 0.0);
  for (size_t j = 0; j < A.cols; ++j)
    for (size_t i = 0; i < A.rows; ++i) {
      Cx w = A.at(i, j);
      if (w == 0.0) continue;
      for (size_t q = 0; q < B.cols; ++q)
        for (size_t p = 0; p < B.rows; ++p) C.v[(j + q) * C.rows + i + p] += w * B.at(p, q);
    }
  return C;
}

// The part of full result C that conv2's shape keeps, for A (the first
// data input) and kernel extents kr x kc.
Matrix shaped(const Matrix& C, const std::string& shape, size_t ar, size_t ac, size_t kr, size_t kc) {
  if (shape == "full") return C;
  size_t r0, c0, rows, cols;
  if (shape == "same") {
    r0 = kr / 2, c0 = kc / 2, rows = ar, cols = ac;
  } else {
    r0 = kr ? kr - 1 : 0, c0 = kc ? kc - 1 : 0;
    rows = ar >= kr ? ar - kr + 1 : 0, cols = ac >= kc ? ac - kc + 1 : 0;
    if (kr == 0 || kc == 0) rows = ar, cols = ac;
  }
  Matrix S;
  S.rows = rows, S.cols = cols;
  S.v.assign(rows * cols, 0.0);
  for (size_t j = 0; j < cols; ++j)
    for (size_t i = 0; i < rows; ++i)
      if (i + r0 < C.rows && j + c0 < C.cols) S.v[j * rows + i] = C.at(i + r0, j + c0);
  return S;
}

// The shape argument k of conv2, filter2 and convn.
std::string shapeOption(const Args& a, uint32_t k) {
  std::string shape = a.isText(k) ? option(a, k) : "";
  if (shape != "full" && shape != "same" && shape != "valid") a.error("SHAPE must be 'full', 'same', or 'valid'.");
  return shape;
}

void conv2Builtin(const Args& a) {
  a.arity(2, 4, 1);
  uint32_t data = a.nargin;
  std::string shape = "full";
  if (a.isText(a.nargin - 1)) {
    shape = shapeOption(a, a.nargin - 1);
    --data;
  }
  Matrix C;
  size_t ar, ac, kr, kc;
  if (data == 3) {
    // conv2(u, v, A): the columns of A with u, then its rows with v.
    Matrix u = matrixOf(a, 0), v = matrixOf(a, 1), A = matrixOf(a, 2);
    Matrix U{u.v.size(), 1, u.v}, V{1, v.v.size(), v.v};
    C = convolve2(convolve2(A, U), V);
    ar = A.rows, ac = A.cols, kr = U.rows, kc = V.cols;
  } else if (data == 2) {
    Matrix A = matrixOf(a, 0), B = matrixOf(a, 1);
    C = convolve2(A, B);
    ar = A.rows, ac = A.cols, kr = B.rows, kc = B.cols;
  } else {
    a.error("Not enough input arguments.");
  }
  Matrix S = shaped(C, shape, ar, ac, kr, kc);
  a.set(0, result({S.rows, S.cols}, S.v, anyComplex(a, data), anySingle(a), a.site));
}

// filter2(b, X), filter2(b, X, shape): the correlation of X with b,
// conv2(X, rot90(b, 2), shape), 'same' by default.
void filter2Builtin(const Args& a) {
  a.arity(2, 3, 1);
  std::string shape = a.nargin == 3 ? shapeOption(a, 2) : "same";
  Matrix b = matrixOf(a, 0), X = matrixOf(a, 1);
  std::reverse(b.v.begin(), b.v.end());  // rot90(b, 2)
  Matrix S = shaped(convolve2(X, b), shape, X.rows, X.cols, b.rows, b.cols);
  a.set(0, result({S.rows, S.cols}, S.v, anyComplex(a, 2), anySingle(a), a.site));
}

// --- convn -------------------------------------------------------------------------------------

// convn(A, B, shape): the N-d convolution, full, or the part of it that
// 'same' (A's size, centred as conv2's) or 'valid' (no zero padding) keeps.
void convnBuiltin(const Args& a) {
  a.arity(2, 3, 1);
  std::string shape = a.nargin == 3 ? shapeOption(a, 2) : "full";
  for (uint32_t k = 0; k < 2; ++k)
    if (!isValueClass(checked(a[k])->class_id)) a.error("Invalid data type. First and second arguments must be numeric or logical.");
  const mcc_array* A = a[0];
  const mcc_array* B = a[1];
  size_t nd = std::max<size_t>(A->ndims, B->ndims);
  auto extent = [](const mcc_array* x, size_t d) { return d < x->ndims ? size_t(x->dims[d]) : size_t(1); };
  Dims full(nd), out(nd), offset(nd, 0);
  for (size_t d = 0; d < nd; ++d) {
    size_t an = extent(A, d), bn = extent(B, d);
    full[d] = an && bn ? an + bn - 1 : 0;
    if (shape == "full") out[d] = full[d];
    else if (shape == "same") out[d] = an, offset[d] = bn / 2;
    else out[d] = bn == 0 ? an : (an >= bn ? an - bn + 1 : 0), offset[d] = bn ? bn - 1 : 0;
  }
  std::vector<Cx> av = complexValues(A), bv = complexValues(B);
  std::vector<Cx> c(std::accumulate(full.begin(), full.end(), size_t(1), std::multiplies<>()), 0.0);
  // Strides of the full result, and each element's N-d subscript as it goes.
  std::vector<size_t> stride(nd, 1), asub(nd, 0), bsub(nd, 0);
  for (size_t d = 1; d < nd; ++d) stride[d] = stride[d - 1] * full[d - 1];
  auto step = [&](std::vector<size_t>& sub, const mcc_array* x) {
    for (size_t d = 0; d < nd; ++d) {
      if (++sub[d] < extent(x, d)) return;
      sub[d] = 0;
    }
  };
  for (size_t i = 0; i < av.size(); ++i, step(asub, A)) {
    if (av[i] == 0.0) continue;
    size_t base = 0;
    for (size_t d = 0; d < nd; ++d) base += asub[d] * stride[d];
    std::fill(bsub.begin(), bsub.end(), 0);
    for (size_t j = 0; j < bv.size(); ++j, step(bsub, B)) {
      size_t at = base;
      for (size_t d = 0; d < nd; ++d) at += bsub[d] * stride[d];
      c[at] += av[i] * bv[j];
    }
  }
  std::vector<Cx> r(std::accumulate(out.begin(), out.end(), size_t(1), std::multiplies<>()), 0.0);
  std::vector<size_t> sub(nd, 0);
  for (size_t i = 0; i < r.size(); ++i) {
    size_t at = 0;
    bool inside = true;
    for (size_t d = 0; d < nd; ++d) {
      inside = inside && sub[d] + offset[d] < full[d];
      at += (sub[d] + offset[d]) * stride[d];
    }
    if (inside) r[i] = c[at];
    for (size_t d = 0; d < nd; ++d) {
      if (++sub[d] < out[d]) break;
      sub[d] = 0;
    }
  }
  while (out.size() > 2 && out.back() == 1) out.pop_back();
  a.set(0, result(out, r, anyComplex(a, 2), anySingle(a), a.site));
}

}  // namespace

MCC_DEFINE_BUILTIN(filter) { filterBuiltin(a); }
MCC_DEFINE_BUILTIN(filter2) { filter2Builtin(a); }
MCC_DEFINE_BUILTIN(filtfilt) { filtfiltBuiltin(a); }
MCC_DEFINE_BUILTIN(conv2) { conv2Builtin(a); }
MCC_DEFINE_BUILTIN(convn) { convnBuiltin(a); }
