// compan and polyvalm (poly.def); lscov, lsqnonneg, pagemtimes,
// tensorprod, condest, normest and rref (linalg.def); eigs (eigen.def).
//
// Least squares follow MATLAB's M-files: lscov solves the weighted problem
// through mldivide (QR), lsqnonneg is Lawson and Hanson's active-set method
// with MATLAB's tolerance 10*eps*norm(C,1)*length(C) and its 3n inner
// iterations. normest is MATLAB's power iteration on A'*A (tolerance 1e-6,
// 100 iterations). condest gives norm(A,1)*norm(inv(A),1), the value
// MATLAB's block estimator approximates (and computes exactly for n <= 4).
// eigs of a dense matrix takes every eigenvalue from eig and keeps the k
// (default 6) that sigma selects, ordered as MATLAB documents: 'largestabs'
// by decreasing magnitude, 'smallestabs' by increasing magnitude,
// 'largestreal' ('largestimag') by decreasing real (imaginary) part,
// 'smallestreal' ('smallestimag') by increasing, a number by increasing
// distance from it.
// Tests: tests/conformance/programs/linalg_matrix_fns.m (Octave 7),
// linalg_pages_matlab.m.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <complex>
#include <numeric>

#include "builtins/Builtin.h"
#include "builtins/Layout.h"
#include "builtins/LinAlg.h"
#include "builtins/Options.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

using Cx = std::complex<double>;

bool isFloatMatrix(const mcc_array* x) {
  return (x->class_id == MCC_CLASS_DOUBLE || x->class_id == MCC_CLASS_SINGLE) && x->ndims == 2;
}

// A real double matrix from values (column-major).
Ref realMatrix(size_t rows, size_t cols, const std::vector<double>& v, const mcc_site* site) {
  return floatArray(false, {rows, cols}, v, site);
}

// --- compan, polyvalm ---------------------------------------------------------------------------------

void companBuiltin(const Args& a) {
  a.arity(1, 1, 1);
  const mcc_array* u = a[0];
  if (!isValueClass(u->class_id) || (!isVectorShape(u) && u->numel != 0)) a.error("Input argument must be a vector.");
  std::vector<Cx> c = complexValues(u);
  size_t n = c.size();
  if (n <= 1) return a.set(0, newArray(MCC_CLASS_DOUBLE, false, {0, 0}, true, a.site));
  Matrix<Cx> m = zeroMatrix<Cx>(n - 1, n - 1);
  for (size_t j = 0; j + 1 < n; ++j) m.at(0, j) = -c[j + 1] / c[0];
  for (size_t i = 1; i + 1 < n; ++i) m.at(i, i - 1) = 1.0;
  Ref r = toArray(m);
  if (u->class_id == MCC_CLASS_SINGLE) r = castArray(r.get(), MCC_CLASS_SINGLE, a.site);
  a.set(0, std::move(r));
}

// polyvalm(p, X) = p(1)*X^(n-1) + ... + p(n)*I by Horner's rule.
void polyvalmBuiltin(const Args& a) {
  a.arity(2, 2, 1);
  const mcc_array* p = a[0];
  const mcc_array* x = a[1];
  if (!isValueClass(p->class_id) || (!isVectorShape(p) && p->numel != 0)) a.error("Input argument must be a vector.");
  if (x->ndims != 2 || x->dims[0] != x->dims[1]) a.error("Input argument must be a square matrix.");
  std::vector<Cx> c = complexValues(p);
  Matrix<Cx> X = load<Cx>(x);
  size_t n = X.rows;
  Matrix<Cx> Y = zeroMatrix<Cx>(n, n);
  for (const Cx& ck : c) {
    Y = multiply(Y, X);
    for (size_t i = 0; i < n; ++i) Y.at(i, i) += ck;
  }
  Ref r = toArray(Y);
  if (p->class_id == MCC_CLASS_SINGLE || x->class_id == MCC_CLASS_SINGLE) r = castArray(r.get(), MCC_CLASS_SINGLE, a.site);
  a.set(0, std::move(r));
}

// --- lscov ---------------------------------------------------------------------------------------------

std::vector<double> realOf(const Ref& r, const Args& a) {
  if (r->is_complex) notImplemented("complex least squares", a.site);
  return realValues(r.get());
}

// [x, stdx, mse] = lscov(A, b, w): the weighted least-squares solution of
// A*x = b (weights w, or a covariance matrix V), its standard errors and the
// mean squared error, as MATLAB's lscov for A of full column rank.
void lscovBuiltin(const Args& a) {
  a.arity(2, 4, 3);
  const mcc_array* A = a[0];
  const mcc_array* b = a[1];
  if (!isFloatMatrix(A) || !isFloatMatrix(b) || A->is_complex || b->is_complex)
    a.error("A and B must be real floating-point matrices.");
  size_t m = A->dims[0], n = A->dims[1], nb = b->dims[1];
  if (b->dims[0] != m) a.error("The number of rows in A and B must be the same.");
  if (a.nargin == 4) notImplemented("lscov's ALG argument", a.site);
  std::vector<double> Av = realValues(A), bv = realValues(b);
  // The rows scaled by sqrt(w) (or whitened by the Cholesky factor of V).
  std::vector<double> w(m, 1.0);
  Ref Aw = realMatrix(m, n, Av, a.site), bw = realMatrix(m, nb, bv, a.site);
  if (a.nargin >= 3) {
    const mcc_array* W = a[2];
    if (isVectorShape(W) && W->numel == m && m != 1) {
      w = numbers(W, a, "W must be a real vector.");
      for (double x : w)
        if (!(x >= 0)) a.error("The weights in W must be nonnegative.");
      for (size_t j = 0; j < n; ++j)
        for (size_t i = 0; i < m; ++i) Av[j * m + i] *= std::sqrt(w[i]);
      for (size_t j = 0; j < nb; ++j)
        for (size_t i = 0; i < m; ++i) bv[j * m + i] *= std::sqrt(w[i]);
    } else if (W->ndims == 2 && W->dims[0] == m && W->dims[1] == m) {
      // V = T'*T (chol); solve T'\A and T'\b.
      std::vector<Ref> T = callEntry(mcc_bi_chol, {W}, 1, a.site);
      Ref Tt = callOne(mcc_bi_transpose, {T[0].get()}, a.site);
      Av = realOf(callOne(mcc_bi_mldivide, {Tt.get(), A}, a.site), a);
      bv = realOf(callOne(mcc_bi_mldivide, {Tt.get(), b}, a.site), a);
    } else {
      a.error("W must be a vector of weights with one per row of A, or a symmetric positive definite covariance matrix.");
    }
    Aw = realMatrix(m, n, Av, a.site), bw = realMatrix(m, nb, bv, a.site);
  }
  Ref x = callOne(mcc_bi_mldivide, {Aw.get(), bw.get()}, a.site);
  std::vector<double> xv = realOf(x, a);
  a.set(0, std::move(x));
  if (a.nargout < 2) return;
  // mse = sum of squared weighted residuals / (m - n); stdx = sqrt(diag(inv(Aw'*Aw)) * mse).
  std::vector<double> mse(nb, 0.0);
  for (size_t j = 0; j < nb; ++j) {
    for (size_t i = 0; i < m; ++i) {
      double r = bv[j * m + i];
      for (size_t k = 0; k < n; ++k) r -= Av[k * m + i] * xv[j * n + k];
      mse[j] += r * r;
    }
    mse[j] = m > n ? mse[j] / double(m - n) : 0.0;
  }
  std::vector<double> ata(n * n, 0.0);
  for (size_t p = 0; p < n; ++p)
    for (size_t q = 0; q < n; ++q)
      for (size_t i = 0; i < m; ++i) ata[q * n + p] += Av[p * m + i] * Av[q * m + i];
  Ref ataRef = realMatrix(n, n, ata, a.site);
  std::vector<double> inv = realOf(callOne(mcc_bi_inv, {ataRef.get()}, a.site), a);
  std::vector<double> stdx(n * nb);
  for (size_t j = 0; j < nb; ++j)
    for (size_t k = 0; k < n; ++k) stdx[j * n + k] = std::sqrt(std::max(0.0, inv[k * n + k] * mse[j]));
  a.set(1, realMatrix(n, nb, stdx, a.site));
  if (a.nargout > 2) a.set(2, floatArray(false, {1, nb}, mse, a.site));
}

// --- lsqnonneg ----------------------------------------------------------------------------------------------

// min ||C*x - d|| subject to x >= 0: MATLAB's lsqnonneg (Lawson and Hanson,
// "Solving Least Squares Problems", 1974, chapter 23). Outputs x, resnorm,
// residual, exitflag.
void lsqnonnegBuiltin(const Args& a) {
  a.arity(2, 3, 4);
  const mcc_array* C = a[0];
  const mcc_array* d = a[1];
  if (!isFloatMatrix(C) || !isFloatMatrix(d) || C->is_complex || d->is_complex)
    a.error("C and d must be real double matrices.");
  size_t m = C->dims[0], n = C->dims[1];
  if (d->dims[0] != m || d->dims[1] != 1) a.error("The number of rows in C must equal the length of d.");
  std::vector<double> Cv = realValues(C), dv = realValues(d);
  double norm1 = 0;
  for (size_t j = 0; j < n; ++j) {
    double s = 0;
    for (size_t i = 0; i < m; ++i) s += std::fabs(Cv[j * m + i]);
    norm1 = std::max(norm1, s);
  }
  double tol = 10 * DBL_EPSILON * norm1 * double(std::max(m, n));
  tol = SolverOptions(a, 2, "lsqnonneg").number("TolX", tol);
  std::vector<bool> P(n, false);
  std::vector<double> x(n, 0.0), z(n, 0.0), resid(m), w(n);
  auto residual = [&](const std::vector<double>& at) {
    for (size_t i = 0; i < m; ++i) {
      double r = dv[i];
      for (size_t j = 0; j < n; ++j) r -= Cv[j * m + i] * at[j];
      resid[i] = r;
    }
    for (size_t j = 0; j < n; ++j) {
      double s = 0;
      for (size_t i = 0; i < m; ++i) s += Cv[j * m + i] * resid[i];
      w[j] = s;
    }
  };
  // z(P) = C(:, P) \ d, zero elsewhere.
  auto solveP = [&]() {
    std::vector<size_t> cols;
    for (size_t j = 0; j < n; ++j)
      if (P[j]) cols.push_back(j);
    std::fill(z.begin(), z.end(), 0.0);
    if (cols.empty()) return;
    std::vector<double> sub;
    for (size_t j : cols) sub.insert(sub.end(), Cv.begin() + long(j * m), Cv.begin() + long((j + 1) * m));
    Ref Cp = realMatrix(m, cols.size(), sub, a.site);
    std::vector<double> s = realOf(callOne(mcc_bi_mldivide, {Cp.get(), d}, a.site), a);
    for (size_t k = 0; k < cols.size(); ++k) z[cols[k]] = s[k];
  };
  residual(x);
  size_t iter = 0, itmax = 3 * n;
  double exitflag = 1;
  for (;;) {
    size_t t = n;
    double best = -INFINITY;
    for (size_t j = 0; j < n; ++j)
      if (!P[j] && w[j] > tol && w[j] > best) best = w[j], t = j;
    if (t == n) break;
    P[t] = true;
    solveP();
    bool stopped = false;
    for (;;) {
      bool nonpositive = false;
      for (size_t j = 0; j < n; ++j) nonpositive |= P[j] && z[j] <= 0;
      if (!nonpositive) break;
      if (++iter > itmax) {
        exitflag = 0;
        stopped = true;
        break;
      }
      double alpha = INFINITY;
      for (size_t j = 0; j < n; ++j)
        if (P[j] && z[j] <= 0) alpha = std::min(alpha, x[j] / (x[j] - z[j]));
      for (size_t j = 0; j < n; ++j) x[j] += alpha * (z[j] - x[j]);
      for (size_t j = 0; j < n; ++j)
        if (P[j] && std::fabs(x[j]) < tol) P[j] = false;
      solveP();
    }
    if (stopped) {
      z = x;
      residual(x);
      break;
    }
    x = z;
    residual(x);
  }
  a.set(0, realMatrix(n, 1, x, a.site));
  if (a.nargout > 1) {
    double rn = 0;
    for (double r : resid) rn += r * r;
    a.set(1, scalarResult(rn));
  }
  if (a.nargout > 2) a.set(2, realMatrix(m, 1, resid, a.site));
  if (a.nargout > 3) a.set(3, scalarResult(exitflag));
}

// --- pagemtimes, tensorprod -----------------------------------------------------------------------------------

// How pagemtimes uses a page: as it is, transposed or conjugate transposed.
enum class PageOp { None, Transpose, CTranspose };
PageOp pageOp(const Args& a, uint32_t k) {
  if (!a.isText(k)) a.error("Transpose options must be 'none', 'transpose', or 'ctranspose'.");
  std::string s = option(a, k);
  if (s == "none") return PageOp::None;
  if (s == "transpose") return PageOp::Transpose;
  if (s == "ctranspose") return PageOp::CTranspose;
  a.error("Transpose options must be 'none', 'transpose', or 'ctranspose'.");
}

void pagemtimesBuiltin(const Args& a) {
  if (a.nargin != 2 && a.nargin != 4) a.error(a.nargin < 2 ? "Not enough input arguments." : "Too many input arguments.");
  a.arity(2, 4, 1);
  const mcc_array* X = a[0];
  const mcc_array* Y = a[a.nargin == 4 ? 2 : 1];
  PageOp ox = a.nargin == 4 ? pageOp(a, 1) : PageOp::None, oy = a.nargin == 4 ? pageOp(a, 3) : PageOp::None;
  for (const mcc_array* v : {X, Y})
    if (!isNumericClass(v->class_id) && v->class_id != MCC_CLASS_LOGICAL)
      a.error("Inputs must be numeric or logical.");
  size_t nd = std::max<size_t>({X->ndims, Y->ndims, 3});
  Dims dx = paddedDims(X, nd), dy = paddedDims(Y, nd);
  size_t xr = dx[0], xc = dx[1], yr = dy[0], yc = dy[1];
  if (ox != PageOp::None) std::swap(xr, xc);
  if (oy != PageOp::None) std::swap(yr, yc);
  if (xc != yr)
    a.error("Incorrect dimensions for matrix multiplication. Check that the number of columns in the first "
            "page matches the number of rows in the second page.");
  Dims out(nd);
  out[0] = xr, out[1] = yc;
  for (size_t k = 2; k < nd; ++k) {
    if (dx[k] != dy[k] && dx[k] != 1 && dy[k] != 1) a.error("Arrays have incompatible sizes for this operation.");
    out[k] = dx[k] == 1 ? dy[k] : dx[k];
  }
  std::vector<Cx> xv = complexValues(X), yv = complexValues(Y);
  bool complex = X->is_complex || Y->is_complex;
  std::vector<Cx> result;
  Dims pages(out.begin() + 2, out.end());
  auto pageOf = [&](const std::vector<Cx>& v, const Dims& d, size_t page, PageOp op) {
    Matrix<Cx> m = zeroMatrix<Cx>(op == PageOp::None ? d[0] : d[1], op == PageOp::None ? d[1] : d[0]);
    size_t base = page * d[0] * d[1];
    for (size_t c = 0; c < d[1]; ++c)
      for (size_t r = 0; r < d[0]; ++r) {
        Cx e = v[base + c * d[0] + r];
        if (op == PageOp::None) m.at(r, c) = e;
        else m.at(c, r) = op == PageOp::CTranspose ? std::conj(e) : e;
      }
    return m;
  };
  forEachSubscript(pages, [&](size_t, const std::vector<size_t>& sub) {
    std::vector<size_t> sx(sub.size()), sy(sub.size());
    for (size_t k = 0; k < sub.size(); ++k) sx[k] = dx[k + 2] == 1 ? 0 : sub[k], sy[k] = dy[k + 2] == 1 ? 0 : sub[k];
    Dims px(dx.begin() + 2, dx.end()), py(dy.begin() + 2, dy.end());
    Matrix<Cx> p = pageOf(xv, dx, linearIndex(px, sx), ox), q = pageOf(yv, dy, linearIndex(py, sy), oy);
    Matrix<Cx> r = xc ? multiply(p, q) : zeroMatrix<Cx>(xr, yc);
    result.insert(result.end(), r.v.begin(), r.v.end());
  });
  while (out.size() > 2 && out.back() == 1) out.pop_back();
  Ref r = toArray(result, out);
  if (complex && !r->is_complex) r = toComplex(r.get());
  if (X->class_id == MCC_CLASS_SINGLE || Y->class_id == MCC_CLASS_SINGLE) r = castArray(r.get(), MCC_CLASS_SINGLE, a.site);
  a.set(0, std::move(r));
}

// tensorprod(A, B, dimA, dimB) contracts dimA of A with dimB of B;
// tensorprod(A, B) is the outer product, tensorprod(A, B, 'all') the inner
// product. The result's dimensions are A's free ones, then B's.
void tensorprodBuiltin(const Args& a) {
  a.arity(2, 4, 1);
  const mcc_array* A = a[0];
  const mcc_array* B = a[1];
  for (const mcc_array* v : {A, B})
    if (!isNumericClass(v->class_id) && v->class_id != MCC_CLASS_LOGICAL) a.error("Inputs must be numeric or logical.");
  std::vector<size_t> ca, cb;  // contracted dimensions, from 0
  size_t na = A->ndims, nb = B->ndims;
  auto dimsList = [&](uint32_t k) {
    std::vector<double> v = numbers(a[k], a, "Dimensions must be positive integers.");
    std::vector<size_t> r;
    for (double d : v) {
      if (!(d >= 1) || d != std::floor(d)) a.error("Dimensions must be positive integers.");
      r.push_back(size_t(d) - 1);
    }
    return r;
  };
  if (a.nargin == 3 && a.isText(2)) {
    if (option(a, 2) != "all") a.error("Invalid option. The third argument must be 'all' or a dimension.");
    if (dimsOf(A) != dimsOf(B)) a.error("Sizes of A and B must match for 'all'.");
    for (size_t k = 0; k < na; ++k) ca.push_back(k), cb.push_back(k);
  } else if (a.nargin == 3) {
    ca = cb = dimsList(2);
  } else if (a.nargin == 4) {
    ca = dimsList(2), cb = dimsList(3);
  }
  if (ca.size() != cb.size()) a.error("Number of dimensions to contract must match.");
  for (size_t k : ca) na = std::max(na, k + 1);
  for (size_t k : cb) nb = std::max(nb, k + 1);
  Dims da = paddedDims(A, na), db = paddedDims(B, nb);
  for (size_t k = 0; k < ca.size(); ++k)
    if (da[ca[k]] != db[cb[k]]) a.error("Sizes of contracted dimensions must match.");
  std::vector<size_t> fa, fb;
  for (size_t k = 0; k < na; ++k)
    if (std::find(ca.begin(), ca.end(), k) == ca.end()) fa.push_back(k);
  for (size_t k = 0; k < nb; ++k)
    if (std::find(cb.begin(), cb.end(), k) == cb.end()) fb.push_back(k);
  Dims out, inner;
  for (size_t k : fa) out.push_back(da[k]);
  for (size_t k : fb) out.push_back(db[k]);
  for (size_t k : ca) inner.push_back(da[k]);
  std::vector<Cx> av = complexValues(A), bv = complexValues(B);
  size_t total = 1;
  for (size_t e : out) total *= e;
  std::vector<Cx> r(total, 0.0);
  Dims outShape = out.empty() ? Dims{1} : out;
  std::vector<size_t> sa(na), sb(nb);
  forEachSubscript(outShape, [&](size_t k, const std::vector<size_t>& sub) {
    for (size_t i = 0; i < fa.size(); ++i) sa[fa[i]] = sub[i];
    for (size_t i = 0; i < fb.size(); ++i) sb[fb[i]] = sub[fa.size() + i];
    Cx s = 0;
    forEachSubscript(inner.empty() ? Dims{1} : inner, [&](size_t, const std::vector<size_t>& in) {
      for (size_t i = 0; i < ca.size(); ++i) sa[ca[i]] = in[i], sb[cb[i]] = in[i];
      s += av[linearIndex(da, sa)] * bv[linearIndex(db, sb)];
    });
    r[k] = s;
  });
  while (out.size() < 2) out.push_back(1);
  while (out.size() > 2 && out.back() == 1) out.pop_back();
  Ref res = toArray(r, out);
  if ((A->is_complex || B->is_complex) && !res->is_complex) res = toComplex(res.get());
  if (A->class_id == MCC_CLASS_SINGLE || B->class_id == MCC_CLASS_SINGLE) res = castArray(res.get(), MCC_CLASS_SINGLE, a.site);
  a.set(0, std::move(res));
}

// --- condest, normest ------------------------------------------------------------------------------------------

void condestBuiltin(const Args& a) {
  a.arity(1, 2, 1);
  const mcc_array* A = a[0];
  if (A->ndims != 2 || A->dims[0] != A->dims[1]) a.error("Matrix must be square.");
  Ref one(mcc_array_from_scalar(1));
  double n1 = mcc_array_to_double(callOne(mcc_bi_norm, {A, one.get()}, a.site).get(), a.site);
  if (A->numel == 0) return a.set(0, scalarResult(0));
  Ref inv = callOne(mcc_bi_inv, {A}, a.site);
  double ni = mcc_array_to_double(callOne(mcc_bi_norm, {inv.get(), one.get()}, a.site).get(), a.site);
  a.set(0, scalarResult(n1 * ni));
}

// [nrm, cnt] = normest(S, tol): MATLAB's power iteration for norm(S).
void normestBuiltin(const Args& a) {
  a.arity(1, 2, 2);
  const mcc_array* S = a[0];
  if (S->ndims != 2 || !isValueClass(S->class_id)) a.error("Input must be a 2-D numeric matrix.");
  double tol = a.nargin == 2 ? a.scalar(1) : 1e-6;
  Matrix<Cx> M = load<Cx>(S);
  size_t m = M.rows, n = M.cols;
  std::vector<Cx> x(n, 0.0);
  for (size_t j = 0; j < n; ++j)
    for (size_t i = 0; i < m; ++i) x[j] += std::abs(M.at(i, j));
  auto norm2 = [](const std::vector<Cx>& v) {
    double s = 0;
    for (const Cx& e : v) s += std::norm(e);
    return std::sqrt(s);
  };
  double e = norm2(x), e0 = 0, cnt = 0;
  if (e != 0) {
    for (Cx& v : x) v /= e;
    while (std::fabs(e - e0) > tol * e) {
      e0 = e;
      std::vector<Cx> Sx(m, 0.0);
      for (size_t j = 0; j < n; ++j)
        for (size_t i = 0; i < m; ++i) Sx[i] += M.at(i, j) * x[j];
      std::vector<Cx> y(n, 0.0);
      for (size_t j = 0; j < n; ++j)
        for (size_t i = 0; i < m; ++i) y[j] += std::conj(M.at(i, j)) * Sx[i];
      double nx = norm2(y), nsx = norm2(Sx);
      if (nsx == 0) break;
      e = nx / nsx;
      for (size_t j = 0; j < n; ++j) x[j] = y[j] / nx;
      if (++cnt > 100) {
        std::fflush(stdout);
        std::fprintf(stderr, "Warning: NORMEST did not converge for 100 iterations with tolerance %g\n", tol);
        break;
      }
    }
  }
  a.set(0, scalarResult(e));
  if (a.nargout > 1) a.set(1, scalarResult(cnt));
}

// --- eigs ----------------------------------------------------------------------------------------------------

void eigsBuiltin(const Args& a) {
  a.arity(1, 4, 3);
  const mcc_array* A = a[0];
  if (mcc_is_function_handle(A)) notImplemented("eigs of a function handle", a.site);
  if (A->ndims != 2 || A->dims[0] != A->dims[1]) a.error("Matrix A must be square.");
  size_t n = A->dims[0];
  uint32_t next = 1;
  if (a.nargin > 1 && !a.isText(1) && a[1]->numel > 1) notImplemented("the generalized problem eigs(A, B)", a.site);
  double k = std::min<double>(6, double(n));
  if (next < a.nargin && !a.isText(next) && a[next]->class_id != MCC_CLASS_STRUCT) {
    if (a[next]->numel) {
      k = a.scalar(next);
      if (!(k >= 0) || k != std::floor(k)) a.error("K must be a nonnegative integer scalar.");
      if (k > double(n)) a.error("K must be less than or equal to the order of A.");  // MATLAB's condition
    }
    ++next;
  }
  std::string sigma = "largestabs";
  Cx target = 0;
  bool numericSigma = false;
  if (next < a.nargin && a[next]->class_id != MCC_CLASS_STRUCT) {
    if (a.isText(next)) {
      sigma = option(a, next);
      static const std::pair<const char*, const char*> aliases[] = {
          {"lm", "largestabs"}, {"sm", "smallestabs"}, {"la", "largestreal"}, {"lr", "largestreal"},
          {"sa", "smallestreal"}, {"sr", "smallestreal"}, {"li", "largestimag"}, {"si", "smallestimag"},
          {"be", "bothendsreal"}};
      for (auto [from, to] : aliases)
        if (sigma == from) sigma = to;
      static const char* known[] = {"largestabs", "smallestabs", "largestreal", "smallestreal",
                                    "largestimag", "smallestimag", "bothendsreal"};
      if (std::find_if(std::begin(known), std::end(known), [&](const char* s) { return sigma == s; }) == std::end(known))
        a.error("Invalid value for sigma: it must be a numeric scalar or one of 'largestabs', 'smallestabs', "
                "'largestreal', 'smallestreal', 'bothendsreal', 'largestimag', 'smallestimag' or 'bothendsimag'.");
    } else {
      if (a[next]->numel != 1) a.error("Sigma must be a scalar.");
      target = complexValues(a[next])[0];
      numericSigma = true;
    }
    ++next;
  }
  // (an options structure, if any, only tunes the iteration that the dense solve does not do)
  Ref full = Ref::share(A);
  Ref vec = fromText("vector");
  std::vector<Ref> e = callEntry(mcc_bi_eig, {full.get(), vec.get()}, 2, a.site);
  std::vector<Cx> d = complexValues(e[1].get());
  std::vector<size_t> order;
  auto sortBy = [&](auto key) {
    order = stableOrder(d.size(), [&](size_t i, size_t j) { return key(d[i]) < key(d[j]); });
  };
  if (numericSigma) sortBy([&](Cx z) { return std::abs(z - target); });
  else if (sigma == "largestabs") sortBy([](Cx z) { return -std::abs(z); });
  else if (sigma == "smallestabs") sortBy([](Cx z) { return std::abs(z); });
  else if (sigma == "largestreal") sortBy([](Cx z) { return -z.real(); });
  else if (sigma == "smallestreal") sortBy([](Cx z) { return z.real(); });
  else if (sigma == "largestimag") sortBy([](Cx z) { return -z.imag(); });
  else if (sigma == "smallestimag") sortBy([](Cx z) { return z.imag(); });
  else {
    // bothendsreal: alternately from the top and the bottom of the real
    // parts, the extra one from the top, listed in decreasing order.
    sortBy([](Cx z) { return -z.real(); });
    std::vector<size_t> top, bottom;
    size_t kk = size_t(k), lo = 0, hi = order.size();
    for (size_t t = 0; t < kk; ++t) {
      if (t % 2 == 0) top.push_back(order[lo++]);
      else bottom.push_back(order[--hi]);
    }
    std::reverse(bottom.begin(), bottom.end());
    top.insert(top.end(), bottom.begin(), bottom.end());
    order = top;
  }
  order.resize(size_t(k));
  std::vector<Cx> sel;
  for (size_t i : order) sel.push_back(d[i]);
  auto values = [&](bool matrix) {
    Matrix<Cx> D = zeroMatrix<Cx>(sel.size(), matrix ? sel.size() : 1);
    for (size_t i = 0; i < sel.size(); ++i) D.at(i, matrix ? i : 0) = sel[i];
    return toArray(D);
  };
  if (a.outputs() == 1) return a.set(0, values(false));
  Matrix<Cx> V = load<Cx>(e[0].get());
  Matrix<Cx> W = zeroMatrix<Cx>(n, order.size());
  for (size_t c = 0; c < order.size(); ++c)
    for (size_t r = 0; r < n; ++r) W.at(r, c) = V.at(r, order[c]);
  a.set(0, toArray(W));
  a.set(1, values(true));
  if (a.nargout > 2) a.set(2, scalarResult(0));
}

}  // namespace

MCC_DEFINE_BUILTIN(compan) { companBuiltin(a); }
MCC_DEFINE_BUILTIN(polyvalm) { polyvalmBuiltin(a); }
MCC_DEFINE_BUILTIN(lscov) { lscovBuiltin(a); }
MCC_DEFINE_BUILTIN(lsqnonneg) { lsqnonnegBuiltin(a); }
MCC_DEFINE_BUILTIN(pagemtimes) { pagemtimesBuiltin(a); }
MCC_DEFINE_BUILTIN(tensorprod) { tensorprodBuiltin(a); }
MCC_DEFINE_BUILTIN(condest) { condestBuiltin(a); }
MCC_DEFINE_BUILTIN(normest) { normestBuiltin(a); }
MCC_DEFINE_BUILTIN(eigs) { eigsBuiltin(a); }

// [R, jb] = rref(A), rref(A, tol): the reduced row echelon form by
// Gauss-Jordan elimination with partial pivoting, as MATLAB's rref: a
// column whose largest remaining magnitude is at most tol (default
// max(size(A)) * eps * norm(A, inf)) is zeroed below the current row and
// has no pivot; jb lists the pivot columns.
MCC_DEFINE_BUILTIN(rref) {
  a.arity(1, 2, 2);
  const mcc_array* x = a[0];
  if (!isValueClass(x->class_id) || x->class_id == MCC_CLASS_CHAR || x->ndims > 2)
    a.error("Input must be a 2-D numeric matrix.");
  if (x->is_complex) notImplemented("rref of complex values", a.site);
  size_t m = x->dims[0], n = x->dims[1];
  std::vector<double> v = realValues(x);
  auto at = [&](size_t i, size_t j) -> double& { return v[j * m + i]; };
  double tol;
  if (a.nargin == 2) {
    tol = a.scalar(1);
  } else {
    double inf = 0;  // norm(A, inf): the largest absolute row sum
    for (size_t i = 0; i < m; ++i) {
      double row = 0;
      for (size_t j = 0; j < n; ++j) row += std::fabs(at(i, j));
      inf = std::max(inf, row);
    }
    tol = double(std::max(m, n)) * DBL_EPSILON * inf;
  }
  std::vector<double> pivots;
  size_t i = 0;
  for (size_t j = 0; j < n && i < m; ++j) {
    size_t k = i;
    for (size_t r = i + 1; r < m; ++r)
      if (std::fabs(at(r, j)) > std::fabs(at(k, j))) k = r;
    if (!(std::fabs(at(k, j)) > tol)) {
      for (size_t r = i; r < m; ++r) at(r, j) = 0;
      continue;
    }
    pivots.push_back(double(j + 1));
    for (size_t c = j; c < n; ++c) std::swap(at(i, c), at(k, c));
    double p = at(i, j);
    for (size_t c = j; c < n; ++c) at(i, c) /= p;
    for (size_t r = 0; r < m; ++r) {
      if (r == i) continue;
      double f = at(r, j);
      for (size_t c = j; c < n; ++c) at(r, c) -= f * at(i, c);
    }
    ++i;
  }
  a.set(0, floatArray(x->class_id == MCC_CLASS_SINGLE, {m, n}, v, a.site));
  a.set(1, floatArray(false, {1, pivots.size()}, pivots, a.site));
}
