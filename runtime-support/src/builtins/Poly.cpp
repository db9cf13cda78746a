// Builtins of poly.def: polynomials (poly, polyval, polyfit, roots, conv,
// deconv, polyder, polyint, residue) and interpolation (interp1 with linear,
// nearest, previous, next, pchip, spline, makima; interp2 linear, nearest,
// cubic and spline; spline, pchip and makima).
//
// Coefficients are rows, highest power first, as in MATLAB. roots and
// poly(A) take eigenvalues through eig, polyfit solves its Vandermonde
// system through mldivide (QR), as MATLAB's own M-files do. Piecewise
// cubics (spline's not-a-knot and clamped ends, pchip's shape-preserving
// slopes, makima's modified Akima slopes) are Hermite cubics on each
// interval, evaluated in local power form as MATLAB's ppval does.
// Tests: tests/conformance/programs/math_poly.m, math_interp.m,
// interp2_spline.m, interp2_cubic_matlab.m, interp_makima_matlab.m.
#include <algorithm>
#include <cmath>
#include <complex>
#include <numeric>

#include "array/Aggregate.h"
#include "builtins/Builtin.h"
#include "builtins/Layout.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

using Cx = std::complex<double>;

// f(inputs) through a builtin's C entry point, with one output.
Ref callBuiltin(void (*f)(uint32_t, mcc_array**, uint32_t, mcc_array* const*, const mcc_site*),
                std::vector<const mcc_array*> in, const mcc_site* site) {
  mcc_array* out = nullptr;
  f(1, &out, static_cast<uint32_t>(in.size()), const_cast<mcc_array* const*>(in.data()), site);
  return Ref(out);
}

// A result of dims from complex values: real when every imaginary part is
// zero and `keepComplex` is false; single when asked.
Ref complexResult(const Dims& dims, const std::vector<Cx>& v, bool keepComplex, bool single, const mcc_site* site) {
  bool complex = keepComplex;
  for (const Cx& z : v) complex = complex || z.imag() != 0;
  uint32_t cls = single ? MCC_CLASS_SINGLE : MCC_CLASS_DOUBLE;
  Ref r = newArray(cls, complex, dims, false, site);
  for (size_t i = 0; i < v.size(); ++i) {
    if (single) {
      float* p = dataOf<float>(r.get());
      if (complex) p[2 * i] = float(v[i].real()), p[2 * i + 1] = float(v[i].imag());
      else p[i] = float(v[i].real());
    } else {
      double* p = dataOf<double>(r.get());
      if (complex) p[2 * i] = v[i].real(), p[2 * i + 1] = v[i].imag();
      else p[i] = v[i].real();
    }
  }
  return r;
}
Ref realRow(const std::vector<double>& v, bool single, const mcc_site* site) {
  return complexResult({1, v.size()}, std::vector<Cx>(v.begin(), v.end()), false, single, site);
}

void requireVector(const Args& a, uint32_t k, const char* text) {
  if (!isVectorShape(a[k]) && a[k]->numel != 0) a.error(text);
  if (!isValueClass(a[k]->class_id)) a.error(text);
}

std::vector<Cx> convolve(const std::vector<Cx>& u, const std::vector<Cx>& v) {
  if (u.empty() || v.empty()) return {};
  std::vector<Cx> c(u.size() + v.size() - 1, 0.0);
  for (size_t i = 0; i < u.size(); ++i)
    for (size_t j = 0; j < v.size(); ++j) c[i + j] += u[i] * v[j];
  return c;
}

// --- poly, polyval, polyfit, roots -------------------------------------------------------

void polyBuiltin(const Args& a) {
  a.arity(1, 1, 1);
  const mcc_array* x = checked(a[0]);
  std::vector<Cx> r;
  if (x->ndims == 2 && x->dims[0] == x->dims[1] && x->dims[0] > 1) {
    Ref e = callBuiltin(mcc_bi_eig, {x}, a.site);
    r = complexValues(e.get());
  } else if (isVectorShape(x) || x->numel == 0) {
    r = complexValues(x);
  } else {
    a.error("Argument must be a vector or a square matrix.");
  }
  std::vector<Cx> c{1.0};
  for (const Cx& root : r) c = convolve(c, {1.0, -root});
  // Roots in conjugate pairs give a real polynomial, as MATLAB checks.
  std::vector<Cx> pos, neg;
  for (const Cx& z : r)
    if (z.imag() > 0) pos.push_back(z);
    else if (z.imag() < 0) neg.push_back(std::conj(z));
  auto byParts = [](const Cx& p, const Cx& q) { return p.real() != q.real() ? p.real() < q.real() : p.imag() < q.imag(); };
  std::sort(pos.begin(), pos.end(), byParts);
  std::sort(neg.begin(), neg.end(), byParts);
  if (pos == neg)
    for (Cx& z : c) z = z.real();
  a.set(0, complexResult({1, c.size()}, c, false, x->class_id == MCC_CLASS_SINGLE, a.site));
}

// [y, delta] = polyval(p, x, S, mu): delta, the standard error of a
// prediction, is normr/sqrt(df) * sqrt(1 + sum((A/R).^2, 2)) for A the
// Vandermonde rows of x and R, df, normr polyfit's S (polyval's
// documentation); Inf where df is 0.
void polyvalBuiltin(const Args& a) {
  a.arity(2, 4, 2);
  requireVector(a, 0, "Input argument P must be a vector.");
  std::vector<Cx> p = complexValues(a[0]);
  const mcc_array* x = checked(a[1]);
  std::vector<Cx> xv = complexValues(x);
  if (a.nargin == 4) {
    std::vector<double> mu = numbers(a[3], a, "MU must be a 2-element vector.");
    if (mu.size() < 2) a.error("MU must be a 2-element vector.");
    for (Cx& z : xv) z = (z - mu[0]) / mu[1];
  }
  std::vector<Cx> y(xv.size(), 0.0);
  for (size_t i = 0; i < xv.size(); ++i)
    for (const Cx& c : p) y[i] = y[i] * xv[i] + c;
  a.set(0, complexResult(dimsOf(x), y, false, anySingle(a), a.site));
  if (a.nargout < 2) return;
  const char* needS = "S input must be a structure with fields R, df and normr as polyfit returns it.";
  if (a.nargin < 3 || a[2]->class_id != MCC_CLASS_STRUCT || a[2]->numel != 1) a.error(needS);
  long fr = fieldsOf(a[2])->find("R"), fdf = fieldsOf(a[2])->find("df"), fn = fieldsOf(a[2])->find("normr");
  if (fr < 0 || fdf < 0 || fn < 0) a.error(needS);
  Ref R = structField(a[2], 0, size_t(fr)), df = structField(a[2], 0, size_t(fdf)), normr = structField(a[2], 0, size_t(fn));
  size_t n = p.size(), m = xv.size();
  if (R->ndims != 2 || R->dims[0] != n || R->dims[1] != n || R->is_complex) a.error(needS);
  std::vector<double> r = numbers(R.get(), a, needS);
  double dfv = numbers(df.get(), a, needS).at(0), nr = numbers(normr.get(), a, needS).at(0);
  std::vector<double> delta(m), row(n);
  for (size_t i = 0; i < m; ++i) {
    // row = A(i,:) / R, by forward substitution on the upper triangular R
    double pw = 1, ss = 0;
    std::vector<double> ai(n);
    for (size_t j = n; j-- > 0;) ai[j] = pw, pw *= xv[i].real();
    for (size_t j = 0; j < n; ++j) {
      double v = ai[j];
      for (size_t k = 0; k < j; ++k) v -= row[k] * r[j * n + k];
      row[j] = v / r[j * n + j];
      ss += row[j] * row[j];
    }
    delta[i] = dfv == 0 ? INFINITY : nr / std::sqrt(dfv) * std::sqrt(1 + ss);
  }
  std::vector<Cx> d(delta.begin(), delta.end());
  a.set(1, complexResult(dimsOf(x), d, false, anySingle(a), a.site));
}

void polyfitBuiltin(const Args& a) {
  a.arity(3, 3, 3);
  const mcc_array* x = checked(a[0]);
  const mcc_array* y = checked(a[1]);
  if (x->numel != y->numel) a.error("The first two inputs must have the same number of elements.");
  double nd = a.scalar(2);
  if (nd < 0 || nd != std::floor(nd)) a.error("N must be a nonnegative integer.");
  size_t n = static_cast<size_t>(nd), m = x->numel;
  std::vector<double> xv = numbers(x, a, "X must be real."), yv = numbers(y, a, "Y must be real.");
  double mu[2] = {0, 1};
  if (a.nargout == 3) {
    // Centring and scaling: xhat = (x - mean(x)) / std(x).
    double mean = std::accumulate(xv.begin(), xv.end(), 0.0) / double(m), ss = 0;
    for (double v : xv) ss += (v - mean) * (v - mean);
    mu[0] = mean;
    mu[1] = m > 1 ? std::sqrt(ss / double(m - 1)) : 0;
    for (double& v : xv) v = (v - mu[0]) / mu[1];
  }
  Ref V = newArray(MCC_CLASS_DOUBLE, false, {m, n + 1}, false, a.site);
  for (size_t i = 0; i < m; ++i) {
    double pw = 1;
    for (size_t j = n + 1; j-- > 0;) {
      dataOf<double>(V.get())[j * m + i] = pw;
      pw *= xv[i];
    }
  }
  Ref col = newArray(MCC_CLASS_DOUBLE, false, {m, 1}, false, a.site);
  std::copy(yv.begin(), yv.end(), dataOf<double>(col.get()));
  Ref p = callBuiltin(mcc_bi_mldivide, {V.get(), col.get()}, a.site);
  std::vector<double> pv = realValues(p.get());
  a.set(0, realRow(pv, anySingle(a), a.site));
  if (a.nargout >= 2) {
    // S: R of the economy QR of the Vandermonde matrix, the degrees of
    // freedom and the norm of the residuals (polyfit's documentation).
    mcc_array* qr[2] = {nullptr, nullptr};
    Ref zero = newArray(MCC_CLASS_DOUBLE, false, {1, 1}, true, a.site);
    const mcc_array* in[2] = {V.get(), zero.get()};
    mcc_bi_qr(2, qr, 2, const_cast<mcc_array* const*>(in), a.site);
    Ref Q(qr[0]), R(qr[1]);
    double rr = 0;
    for (size_t i = 0; i < m; ++i) {
      double fit = 0;
      for (size_t j = 0; j <= n; ++j) fit += dataOf<double>(V.get())[j * m + i] * pv[j];
      rr += (yv[i] - fit) * (yv[i] - fit);
    }
    Ref S = newStruct({1, 1}, {"R", "df", "normr"}, a.site);
    setStructField(S.get(), 0, 0, R.get());
    setStructField(S.get(), 0, 1, realRow({double(m > n + 1 ? m - (n + 1) : 0)}, false, a.site).get());
    setStructField(S.get(), 0, 2, realRow({std::sqrt(rr)}, false, a.site).get());
    a.set(1, std::move(S));
  }
  if (a.nargout == 3) {
    Ref muCol = newArray(MCC_CLASS_DOUBLE, false, {2, 1}, false, a.site);
    dataOf<double>(muCol.get())[0] = mu[0];
    dataOf<double>(muCol.get())[1] = mu[1];
    a.set(2, std::move(muCol));
  }
}

void rootsBuiltin(const Args& a) {
  a.arity(1, 1, 1);
  requireVector(a, 0, "Input must be a vector.");
  std::vector<Cx> c = complexValues(a[0]);
  for (const Cx& z : c)
    if (!std::isfinite(z.real()) || !std::isfinite(z.imag())) a.error("Input to ROOTS must not contain NaN or Inf.");
  size_t first = 0, last = c.size();
  while (first < last && c[first] == 0.0) ++first;
  while (last > first && c[last - 1] == 0.0) --last;
  size_t zeros = c.size() - last;
  std::vector<Cx> r;
  size_t n = last - first;
  bool complex = a[0]->is_complex;
  if (n > 1) {
    // The companion matrix: first row -c(2:n)/c(1), ones below the diagonal.
    size_t d = n - 1;
    Ref A = newArray(MCC_CLASS_DOUBLE, complex, {d, d}, true, a.site);
    for (size_t j = 0; j < d; ++j) {
      Cx v = -c[first + 1 + j] / c[first];
      if (complex) dataOf<Cx>(A.get())[j * d] = v;
      else dataOf<double>(A.get())[j * d] = v.real();
    }
    for (size_t i = 1; i < d; ++i) {
      if (complex) dataOf<Cx>(A.get())[(i - 1) * d + i] = 1.0;
      else dataOf<double>(A.get())[(i - 1) * d + i] = 1.0;
    }
    Ref e = callBuiltin(mcc_bi_eig, {A.get()}, a.site);
    r = complexValues(e.get());
    complex = complex || e->is_complex;
  }
  r.insert(r.end(), zeros, 0.0);
  if (r.empty() && c.empty()) {
    a.set(0, newArray(MCC_CLASS_DOUBLE, false, {0, 0}, true, a.site));
    return;
  }
  a.set(0, complexResult({r.size(), 1}, r, complex, a[0]->class_id == MCC_CLASS_SINGLE, a.site));
}

// --- conv, deconv, polyder, polyint ---------------------------------------------------------

void convBuiltin(const Args& a) {
  a.arity(2, 3, 1);
  requireVector(a, 0, "A and B must be vectors.");
  requireVector(a, 1, "A and B must be vectors.");
  std::string shape = a.nargin == 3 ? option(a, 2) : "full";
  if (shape != "full" && shape != "same" && shape != "valid") a.error("SHAPE must be 'full', 'same', or 'valid'.");
  std::vector<Cx> u = complexValues(a[0]), v = complexValues(a[1]);
  std::vector<Cx> c = convolve(u, v);
  size_t nu = u.size(), nv = v.size();
  if (shape == "same") {
    size_t start = nv / 2;
    std::vector<Cx> s(nu, 0.0);
    for (size_t i = 0; i < nu && i + start < c.size(); ++i) s[i] = c[i + start];
    c = s;
  } else if (shape == "valid") {
    size_t len = nu >= nv && nv > 0 ? nu - nv + 1 : 0;
    c = std::vector<Cx>(c.begin() + (len ? nv - 1 : 0), c.begin() + (len ? nv - 1 + len : 0));
  }
  // A row when both are rows (the 'same' result follows u), else a column.
  bool row = shape == "same" ? a[0]->dims[0] == 1 : a[0]->dims[0] == 1 && a[1]->dims[0] == 1;
  if (shape != "same" && (a[0]->numel == 1 || a[1]->numel == 1))
    row = (a[0]->numel == 1 ? a[1] : a[0])->dims[0] == 1 && (a[0]->numel == 1 ? a[1] : a[0])->numel > 0;
  Dims dims = row ? Dims{1, c.size()} : Dims{c.size(), 1};
  if (shape == "valid" && c.empty()) dims = row ? Dims{1, 0} : Dims{0, 1};
  a.set(0, complexResult(dims, c, false, anySingle(a), a.site));
}

void deconvBuiltin(const Args& a) {
  a.arity(2, 2, 2);
  requireVector(a, 0, "Input arguments must be vectors.");
  requireVector(a, 1, "Input arguments must be vectors.");
  std::vector<Cx> y = complexValues(a[0]), d = complexValues(a[1]);
  if (d.empty() || d[0] == 0.0) a.error("First coefficient of A must be non-zero.");
  size_t ny = y.size(), nd = d.size();
  bool row = a[0]->dims[0] == 1;
  std::vector<Cx> q, r = y;
  if (ny >= nd) {
    q.assign(ny - nd + 1, 0.0);
    for (size_t k = 0; k < q.size(); ++k) {
      q[k] = r[k] / d[0];
      for (size_t j = 0; j < nd; ++j) r[k + j] -= q[k] * d[j];
      r[k] = 0.0;
    }
  } else {
    q = {0.0};
  }
  Dims qd = row ? Dims{1, q.size()} : Dims{q.size(), 1};
  a.set(0, complexResult(qd, q, false, anySingle(a), a.site));
  if (a.nargout > 1) a.set(1, complexResult(dimsOf(a[0]), r, false, anySingle(a), a.site));
}

// Drops leading zeros, keeping at least one coefficient.
std::vector<Cx> trimmed(std::vector<Cx> p) {
  size_t k = 0;
  while (k + 1 < p.size() && p[k] == 0.0) ++k;
  p.erase(p.begin(), p.begin() + static_cast<long>(k));
  if (p.empty()) p.push_back(0.0);
  return p;
}
std::vector<Cx> derivative(const std::vector<Cx>& p) {
  std::vector<Cx> d;
  for (size_t k = 0; k + 1 < p.size(); ++k) d.push_back(p[k] * double(p.size() - 1 - k));
  return trimmed(d);
}
std::vector<Cx> sum(std::vector<Cx> p, std::vector<Cx> q) {
  if (p.size() < q.size()) std::swap(p, q);
  for (size_t k = 0; k < q.size(); ++k) p[p.size() - q.size() + k] += q[k];
  return p;
}

// [r, p, k] = residue(b, a): the partial fractions of b(s)/a(s), as
// MATLAB's residue. The poles are roots(a) in decreasing magnitude, those
// within 0.001 (relative) of each other one pole of higher multiplicity
// (their mean), listed once per power; r(j) is the numerator of
// 1/(s - p(j))^m for the m-th listing of a pole; k the direct term
// (deconv's quotient, [] when deg b < deg a). The residues solve
// b = sum r(j) * a / (s - p(j))^m, one equation per coefficient.
void residueBuiltin(const Args& a) {
  a.arity(2, 3, 3);
  if (a.nargin == 3) notImplemented("residue(r, p, k) (the polynomials of partial fractions)", a.site);
  requireVector(a, 0, "Input arguments must be vectors.");
  requireVector(a, 1, "Input arguments must be vectors.");
  std::vector<Cx> b = trimmed(complexValues(a[0])), den = trimmed(complexValues(a[1]));
  if (den[0] == 0.0) a.error("Denominator must have a nonzero leading coefficient.");
  Cx lead = den[0];
  for (Cx& c : b) c /= lead;
  for (Cx& c : den) c /= lead;
  size_t n = den.size() - 1;
  bool single = anySingle(a);
  auto column = [&](const std::vector<Cx>& v) { return complexResult({v.size(), v.empty() ? 0u : 1u}, v, false, single, a.site); };
  std::vector<Cx> k;
  if (b.size() > n && n > 0) {
    // b = k * den + remainder
    std::vector<Cx> rem = b;
    k.assign(b.size() - n, 0.0);
    for (size_t i = 0; i < k.size(); ++i) {
      k[i] = rem[i];
      for (size_t j = 0; j <= n; ++j) rem[i + j] -= k[i] * den[j];
    }
    b.assign(rem.end() - long(n), rem.end());
  } else if (n == 0) {
    k = b;
    b.clear();
  }
  if (n == 0) {
    a.set(0, newArray(MCC_CLASS_DOUBLE, false, {0, 0}, true, a.site));
    if (a.nargout > 1) a.set(1, newArray(MCC_CLASS_DOUBLE, false, {0, 0}, true, a.site));
    if (a.nargout > 2) a.set(2, complexResult({1, k.size()}, k, false, single, a.site));
    return;
  }
  Ref denRow = complexResult({1, den.size()}, den, false, false, a.site);
  std::vector<Cx> roots = complexValues(callBuiltin(mcc_bi_roots, {denRow.get()}, a.site).get());
  std::vector<size_t> order = stableOrder(roots.size(), [&](size_t i, size_t j) { return std::abs(roots[i]) > std::abs(roots[j]); });
  std::vector<Cx> poles;
  std::vector<size_t> power;
  std::vector<bool> used(roots.size(), false);
  for (size_t oi = 0; oi < order.size(); ++oi) {
    size_t i = order[oi];
    if (used[i]) continue;
    std::vector<Cx> group;
    double scale = std::abs(roots[i]) > 0 ? std::abs(roots[i]) : 1.0;
    for (size_t oj = oi; oj < order.size(); ++oj) {
      size_t j = order[oj];
      if (!used[j] && std::abs(roots[j] - roots[i]) < 0.001 * scale) used[j] = true, group.push_back(roots[j]);
    }
    Cx mean = 0.0;
    for (const Cx& z : group) mean += z;
    mean /= double(group.size());
    if (std::fabs(mean.imag()) < 1e-14 * scale) mean = mean.real();
    for (size_t m = 1; m <= group.size(); ++m) poles.push_back(mean), power.push_back(m);
  }
  // Column j: den / (s - p_j)^m, n coefficients (leading zeros padded).
  std::vector<Cx> A(n * n, 0.0), rhs(n, 0.0);
  for (size_t c = 0; c < n; ++c) {
    std::vector<Cx> q = den;
    for (size_t m = 0; m < power[c]; ++m) {
      std::vector<Cx> next(q.size() - 1);
      Cx carry = 0.0;
      for (size_t i = 0; i + 1 < q.size(); ++i) next[i] = carry = q[i] + carry * poles[c];
      q = next;
    }
    for (size_t i = 0; i < q.size(); ++i) A[c * n + (n - q.size() + i)] = q[i];
  }
  for (size_t i = 0; i < b.size() && i < n; ++i) rhs[n - b.size() + i] = b[i];
  Ref Am = complexResult({n, n}, A, true, false, a.site), Bm = complexResult({n, 1}, rhs, true, false, a.site);
  std::vector<Cx> r = complexValues(callBuiltin(mcc_bi_mldivide, {Am.get(), Bm.get()}, a.site).get());
  a.set(0, column(r));
  if (a.nargout > 1) a.set(1, column(poles));
  if (a.nargout > 2) {
    if (k.empty()) a.set(2, newArray(MCC_CLASS_DOUBLE, false, {0, 0}, true, a.site));
    else a.set(2, complexResult({1, k.size()}, k, false, single, a.site));
  }
}

void polyderBuiltin(const Args& a) {
  a.arity(1, 2, 2);
  std::vector<Cx> p = complexValues(checked(a[0]));
  bool single = anySingle(a);
  auto row = [&](const std::vector<Cx>& v) { return complexResult({1, v.size()}, v, false, single, a.site); };
  if (a.nargin == 1) {
    if (a.nargout > 1) a.error("Too many output arguments.");
    a.set(0, row(derivative(p)));
    return;
  }
  std::vector<Cx> q = complexValues(checked(a[1]));
  std::vector<Cx> dp = derivative(p), dq = derivative(q);
  if (a.nargout < 2) {
    a.set(0, row(trimmed(sum(convolve(dp, q), convolve(p, dq)))));
    return;
  }
  // d/dx (b/a) = (a b' - b a') / a^2, for polyder(b, a).
  std::vector<Cx> neg = convolve(p, dq);
  for (Cx& z : neg) z = -z;
  a.set(0, row(trimmed(sum(convolve(q, dp), neg))));
  a.set(1, row(trimmed(convolve(q, q))));
}

void polyintBuiltin(const Args& a) {
  a.arity(1, 2, 1);
  std::vector<Cx> p = complexValues(checked(a[0]));
  Cx k = 0.0;
  if (a.nargin == 2) k = complexValues(a[1]).at(0);
  std::vector<Cx> r;
  for (size_t i = 0; i < p.size(); ++i) r.push_back(p[i] / double(p.size() - i));
  r.push_back(k);
  a.set(0, complexResult({1, r.size()}, r, false, anySingle(a), a.site));
}

// --- Piecewise cubics ------------------------------------------------------------------------

// Slopes of the not-a-knot (or, with end slopes, clamped) cubic spline
// through (x, y): the tridiagonal system of MATLAB's spline.m.
std::vector<double> splineSlopes(const std::vector<double>& x, const std::vector<double>& y, const double* ends) {
  size_t n = x.size();
  std::vector<double> h(n - 1), del(n - 1);
  for (size_t i = 0; i + 1 < n; ++i) h[i] = x[i + 1] - x[i], del[i] = (y[i + 1] - y[i]) / h[i];
  if (n == 2 && !ends) return {del[0], del[0]};
  if (n == 3 && !ends) {
    // The parabola through the three points.
    double c2 = (del[1] - del[0]) / (x[2] - x[0]);
    return {del[0] - c2 * h[0], del[0] + c2 * h[0], del[1] + c2 * h[1]};
  }
  std::vector<double> sub(n, 0), diag(n, 0), sup(n, 0), b(n, 0);
  for (size_t i = 1; i + 1 < n; ++i) {
    sub[i] = h[i];
    diag[i] = 2 * (h[i - 1] + h[i]);
    sup[i] = h[i - 1];
    b[i] = 3 * (h[i] * del[i - 1] + h[i - 1] * del[i]);
  }
  if (ends) {
    diag[0] = 1, b[0] = ends[0];
    diag[n - 1] = 1, b[n - 1] = ends[1];
  } else {
    double x31 = x[2] - x[0], xn = x[n - 1] - x[n - 3];
    diag[0] = h[1], sup[0] = x31;
    b[0] = ((h[0] + 2 * x31) * h[1] * del[0] + h[0] * h[0] * del[1]) / x31;
    sub[n - 1] = xn, diag[n - 1] = h[n - 3];
    b[n - 1] = (h[n - 2] * h[n - 2] * del[n - 3] + (2 * xn + h[n - 2]) * h[n - 3] * del[n - 2]) / xn;
  }
  // Thomas algorithm.
  for (size_t i = 1; i < n; ++i) {
    double m = sub[i] / diag[i - 1];
    diag[i] -= m * sup[i - 1];
    b[i] -= m * b[i - 1];
  }
  std::vector<double> s(n);
  s[n - 1] = b[n - 1] / diag[n - 1];
  for (size_t i = n - 1; i-- > 0;) s[i] = (b[i] - sup[i] * s[i + 1]) / diag[i];
  return s;
}

int signOf(double v) { return (v > 0) - (v < 0); }

// pchip's shape-preserving slopes (Fritsch-Carlson, with MATLAB's
// three-point ends).
std::vector<double> pchipSlopes(const std::vector<double>& x, const std::vector<double>& y) {
  size_t n = x.size();
  std::vector<double> h(n - 1), del(n - 1), s(n, 0);
  for (size_t i = 0; i + 1 < n; ++i) h[i] = x[i + 1] - x[i], del[i] = (y[i + 1] - y[i]) / h[i];
  if (n == 2) return {del[0], del[0]};
  for (size_t k = 1; k + 1 < n; ++k) {
    if (signOf(del[k - 1]) * signOf(del[k]) > 0) {
      double w1 = 2 * h[k] + h[k - 1], w2 = h[k] + 2 * h[k - 1];
      s[k] = (w1 + w2) / (w1 / del[k - 1] + w2 / del[k]);
    }
  }
  auto end = [](double h0, double h1, double d0, double d1) {
    double d = ((2 * h0 + h1) * d0 - h0 * d1) / (h0 + h1);
    if (signOf(d) != signOf(d0)) d = 0;
    else if (signOf(d0) != signOf(d1) && std::fabs(d) > std::fabs(3 * d0)) d = 3 * d0;
    return d;
  };
  s[0] = end(h[0], h[1], del[0], del[1]);
  s[n - 1] = end(h[n - 2], h[n - 3], del[n - 2], del[n - 3]);
  return s;
}

// The slopes of the modified Akima cubic (MATLAB's makima): at point i the
// mean of the neighbouring secants d(i-1) and d(i) weighted by
// w1 = |d(i+1) - d(i)| + |d(i+1) + d(i)|/2 and w2 = |d(i-1) - d(i-2)| +
// |d(i-1) + d(i-2)|/2 (slope 0 where both vanish), the secants extended by
// two on each side linearly (d(-1) = 2 d(0) - d(1), ...). Two points give
// their line.
std::vector<double> makimaSlopes(const std::vector<double>& x, const std::vector<double>& y) {
  size_t n = x.size();
  std::vector<double> d(n + 3);  // d[k + 2] is the secant of interval k, k = -2 .. n
  for (size_t i = 0; i + 1 < n; ++i) d[i + 2] = (y[i + 1] - y[i]) / (x[i + 1] - x[i]);
  if (n == 2) return {d[2], d[2]};
  d[1] = 2 * d[2] - d[3];
  d[0] = 2 * d[1] - d[2];
  d[n + 1] = 2 * d[n] - d[n - 1];
  d[n + 2] = 2 * d[n + 1] - d[n];
  std::vector<double> s(n);
  for (size_t i = 0; i < n; ++i) {
    double dm2 = d[i], dm1 = d[i + 1], d0 = d[i + 2], d1 = d[i + 3];
    double w1 = std::fabs(d1 - d0) + std::fabs(d1 + d0) / 2, w2 = std::fabs(dm1 - dm2) + std::fabs(dm1 + dm2) / 2;
    s[i] = w1 + w2 == 0 ? 0 : (w1 * dm1 + w2 * d0) / (w1 + w2);
  }
  return s;
}

// The Hermite cubic through (x, y) with slopes s at xq (the first or last
// piece beyond the ends).
double hermite(const std::vector<double>& x, const std::vector<double>& y, const std::vector<double>& s, double xq) {
  size_t n = x.size();
  size_t k = static_cast<size_t>(std::upper_bound(x.begin(), x.end(), xq) - x.begin());
  k = k == 0 ? 0 : std::min(k - 1, n - 2);
  double h = x[k + 1] - x[k], del = (y[k + 1] - y[k]) / h, t = xq - x[k];
  double c = (3 * del - 2 * s[k] - s[k + 1]) / h, b = (s[k] - 2 * del + s[k + 1]) / (h * h);
  return y[k] + t * (s[k] + t * (c + t * b));
}

// --- interp1 ---------------------------------------------------------------------------------

enum class Method { Linear, Nearest, Previous, Next, Pchip, Spline, Makima };

Method methodNamed(const Args& a, const std::string& m) {
  if (m == "linear" || m == "*linear") return Method::Linear;
  if (m == "nearest" || m == "*nearest") return Method::Nearest;
  if (m == "previous") return Method::Previous;
  if (m == "next") return Method::Next;
  if (m == "pchip" || m == "cubic" || m == "*cubic" || m == "*pchip") return Method::Pchip;
  if (m == "spline" || m == "*spline") return Method::Spline;
  if (m == "makima") return Method::Makima;
  if (m == "v5cubic") notImplemented("interp1 method '" + m + "'", a.site);
  a.error("Invalid interpolation method.");
}

// Interpolates one data set (x ascending) at xq; extrapolate says whether
// points outside [x(1), x(end)] use the method (else they get `fill`).
double interpolate(Method m, const std::vector<double>& x, const std::vector<double>& y, const std::vector<double>& s,
                   double xq, bool extrapolate, double fill) {
  size_t n = x.size();
  if (xq != xq) return xq;
  bool outside = xq < x[0] || xq > x[n - 1];
  if (outside && !extrapolate) return fill;
  if (m == Method::Pchip || m == Method::Spline || m == Method::Makima) return hermite(x, y, s, xq);
  size_t k = static_cast<size_t>(std::upper_bound(x.begin(), x.end(), xq) - x.begin());
  // x[k-1] <= xq < x[k]
  switch (m) {
    case Method::Previous:
      if (xq < x[0]) return fill;
      return y[k - 1];
    case Method::Next: {
      if (xq > x[n - 1]) return fill;
      size_t j = static_cast<size_t>(std::lower_bound(x.begin(), x.end(), xq) - x.begin());
      return y[j];
    }
    case Method::Nearest: {
      if (xq <= x[0]) return y[0];
      if (xq >= x[n - 1]) return y[n - 1];
      // Halfway goes to the larger x, as MATLAB rounds.
      return xq - x[k - 1] < x[k] - xq ? y[k - 1] : y[k];
    }
    default: {
      size_t j = k == 0 ? 0 : std::min(k - 1, n - 2);
      if (n == 1) return y[0];
      double t = (xq - x[j]) / (x[j + 1] - x[j]);
      if (xq == x[j + 1]) return y[j + 1];
      return y[j] + t * (y[j + 1] - y[j]);
    }
  }
}

void interp1Builtin(const Args& a) {
  a.arity(2, 5, 1);
  // Forms: (v, xq), (x, v, xq), then method, then 'extrap' or a fill value.
  uint32_t k = 0;
  bool haveX = a.nargin >= 3 && !a.isText(2);
  const mcc_array* xa = haveX ? checked(a[k++]) : nullptr;
  const mcc_array* va = checked(a[k++]);
  const mcc_array* xqa = checked(a[k++]);
  Method m = Method::Linear;
  if (k < a.nargin && a.isText(k)) {
    std::string s = option(a, k);
    if (s != "extrap") {
      m = methodNamed(a, s);
      ++k;
    }
  }
  bool extrapolate = m == Method::Pchip || m == Method::Spline || m == Method::Makima;
  double fill = std::numeric_limits<double>::quiet_NaN();
  if (k < a.nargin) {
    if (a.isText(k)) {
      if (option(a, k) != "extrap") a.error("Invalid extrapolation option.");
      extrapolate = true;
    } else {
      extrapolate = false;
      fill = a.scalar(k);
    }
    ++k;
  }
  if (k != a.nargin) a.error("Too many input arguments.");
  if (va->is_complex) notImplemented("interp1 of complex values", a.site);
  // The data: columns of v (one column for a vector).
  bool vecV = isVectorShape(va);
  size_t n = vecV ? va->numel : va->dims[0], sets = vecV ? 1 : va->numel / std::max<size_t>(n, 1);
  std::vector<double> x(n), v = numbers(va, a, "V must be real.");
  if (xa) {
    if (xa->numel != n) a.error("The sample points X and the values V must have the same length.");
    x = numbers(xa, a, "X must be real.");
  } else {
    std::iota(x.begin(), x.end(), 1.0);
  }
  if (n < 2) a.error("Interpolation requires at least two sample points for each dimension.");
  // Sort the sample points (their values follow them).
  std::vector<size_t> order = stableOrder(n, [&](size_t i, size_t j) { return x[i] < x[j]; });
  std::vector<double> xs(n);
  for (size_t i = 0; i < n; ++i) {
    xs[i] = x[order[i]];
    if (xs[i] != xs[i]) a.error("NaN is not an appropriate value for X.");
    if (i && xs[i] == xs[i - 1]) a.error("The sample points must be finite and unique.");
  }
  std::vector<double> xq = numbers(xqa, a, "XQ must be real.");
  Dims out = vecV ? dimsOf(xqa) : (isVectorShape(xqa) ? Dims{xq.size(), sets} : Dims{});
  if (out.empty()) {
    out = dimsOf(xqa);
    out.push_back(sets);
  }
  std::vector<double> r(xq.size() * sets);
  for (size_t d = 0; d < sets; ++d) {
    std::vector<double> ys(n);
    for (size_t i = 0; i < n; ++i) ys[i] = v[d * n + order[i]];
    std::vector<double> s;
    if (m == Method::Spline) s = splineSlopes(xs, ys, nullptr);
    if (m == Method::Pchip) s = pchipSlopes(xs, ys);
    if (m == Method::Makima) s = makimaSlopes(xs, ys);
    for (size_t i = 0; i < xq.size(); ++i) r[d * xq.size() + i] = interpolate(m, xs, ys, s, xq[i], extrapolate, fill);
  }
  bool single = va->class_id == MCC_CLASS_SINGLE;
  a.set(0, complexResult(normalizeDims(out), std::vector<Cx>(r.begin(), r.end()), false, single, a.site));
}

// --- Piecewise polynomials: mkpp, unmkpp, ppval -------------------------------------------

// MATLAB's pp structure of a scalar-valued piecewise polynomial: form 'pp',
// the breaks as a row, one row of coefficients per piece (highest power
// first, in the local variable x - breaks(j)), pieces, order and dim 1.
Ref ppStruct(const std::vector<double>& breaks, const std::vector<double>& coefs, size_t order, const mcc_site* site) {
  size_t pieces = breaks.size() - 1;
  Ref pp = newStruct({1, 1}, {"form", "breaks", "coefs", "pieces", "order", "dim"}, site);
  std::vector<double> byColumn(coefs.size());  // coefs holds the pieces' rows one after the other
  for (size_t j = 0; j < pieces; ++j)
    for (size_t k = 0; k < order; ++k) byColumn[k * pieces + j] = coefs[j * order + k];
  setStructField(pp.get(), 0, 0, fromText("pp").get());
  setStructField(pp.get(), 0, 1, realRow(breaks, false, site).get());
  setStructField(pp.get(), 0, 2, floatArray(false, {pieces, order}, byColumn, site).get());
  setStructField(pp.get(), 0, 3, scalarResult(double(pieces)).get());
  setStructField(pp.get(), 0, 4, scalarResult(double(order)).get());
  setStructField(pp.get(), 0, 5, scalarResult(1).get());
  return pp;
}

struct PiecewisePolynomial {
  std::vector<double> breaks;
  std::vector<double> coefs;  // piece j's coefficients at [j * order, (j + 1) * order)
  size_t order = 0;
};

// The breaks and coefficients of a pp structure (scalar-valued only).
PiecewisePolynomial ppOf(const mcc_array* s, const Args& a) {
  auto field = [&](const char* name) {
    long f = s->class_id == MCC_CLASS_STRUCT && s->numel == 1 && s->fields ? fieldsOf(s)->find(name) : -1;
    if (f < 0) a.error("PP must be a piecewise polynomial structure.");
    return structField(s, 0, size_t(f));
  };
  PiecewisePolynomial pp;
  Ref breaks = field("breaks"), coefs = field("coefs"), order = field("order"), dim = field("dim");
  if (mcc_array_to_double(dim.get(), a.site) != 1) notImplemented("ppval of vector-valued piecewise polynomials", a.site);
  pp.breaks = numbers(breaks.get(), a, "Breaks must be real.");
  pp.order = size_t(mcc_array_to_double(order.get(), a.site));
  size_t pieces = pp.breaks.size() - 1;
  std::vector<double> c = numbers(coefs.get(), a, "Coefficients must be real.");
  if (pp.breaks.size() < 2 || c.size() != pieces * pp.order) a.error("PP must be a piecewise polynomial structure.");
  pp.coefs.resize(c.size());
  for (size_t j = 0; j < pieces; ++j)
    for (size_t k = 0; k < pp.order; ++k) pp.coefs[j * pp.order + k] = c[k * pieces + j];
  return pp;
}

// pp = mkpp(breaks, coefs): coefs' elements, in column order, are the
// pieces' coefficients as an L-by-k matrix (L = numel(breaks) - 1).
void mkppBuiltin(const Args& a) {
  a.arity(2, 3, 1);
  if (a.nargin == 3 && a.scalar(2) != 1) notImplemented("mkpp of vector-valued piecewise polynomials", a.site);
  std::vector<double> breaks = numbers(a[0], a, "Breaks must be real."), c = numbers(a[1], a, "Coefficients must be real.");
  if (breaks.size() < 2) a.error("The breaks should be a vector of at least two increasing values.");
  for (size_t i = 1; i < breaks.size(); ++i)
    if (!(breaks[i] > breaks[i - 1])) a.error("The breaks should be increasing.");
  size_t pieces = breaks.size() - 1, order = c.size() / pieces;
  if (order == 0 || order * pieces != c.size())
    a.error("The specified number of pieces is incompatible with the size of the coefficient array.");
  std::vector<double> rows(c.size());
  for (size_t j = 0; j < pieces; ++j)
    for (size_t k = 0; k < order; ++k) rows[j * order + k] = c[k * pieces + j];
  a.set(0, ppStruct(breaks, rows, order, a.site));
}

// [breaks, coefs, l, k, d] = unmkpp(pp)
void unmkppBuiltin(const Args& a) {
  a.arity(1, 1, 5);
  PiecewisePolynomial pp = ppOf(a[0], a);
  size_t pieces = pp.breaks.size() - 1;
  std::vector<double> byColumn(pp.coefs.size());
  for (size_t j = 0; j < pieces; ++j)
    for (size_t k = 0; k < pp.order; ++k) byColumn[k * pieces + j] = pp.coefs[j * pp.order + k];
  a.set(0, realRow(pp.breaks, false, a.site));
  if (a.nargout > 1) a.set(1, floatArray(false, {pieces, pp.order}, byColumn, a.site));
  if (a.nargout > 2) a.set(2, scalarResult(double(pieces)));
  if (a.nargout > 3) a.set(3, scalarResult(double(pp.order)));
  if (a.nargout > 4) a.set(4, scalarResult(1));
}

// ppval(pp, xx): each point in its piece (the first and last pieces extend
// beyond the breaks), by Horner's rule in x - breaks(j); NaN stays NaN.
void ppvalBuiltin(const Args& a) {
  a.arity(2, 2, 1);
  PiecewisePolynomial pp = ppOf(a[0], a);
  const mcc_array* xa = checked(a[1]);
  std::vector<double> xq = numbers(xa, a, "XX must be real.");
  const std::vector<double>& b = pp.breaks;
  std::vector<Cx> r(xq.size());
  for (size_t i = 0; i < xq.size(); ++i) {
    double x = xq[i];
    if (x != x) {
      r[i] = x;
      continue;
    }
    size_t k = static_cast<size_t>(std::upper_bound(b.begin(), b.end(), x) - b.begin());
    k = k == 0 ? 0 : std::min(k - 1, b.size() - 2);
    double t = x - b[k], v = 0;
    for (size_t c = 0; c < pp.order; ++c) v = v * t + pp.coefs[k * pp.order + c];
    r[i] = v;
  }
  a.set(0, complexResult(dimsOf(xa), r, false, false, a.site));
}

// spline(x, y, xq), pchip(x, y, xq) and makima(x, y, xq); spline's y may
// carry two end slopes.
// With two inputs, the pp structure of the same cubic: one piece per
// interval (spline of two or three points: a line, or a parabola over one
// piece, as MATLAB's).
void cubicBuiltin(const Args& a, Method kind) {
  bool isSpline = kind == Method::Spline;
  a.arity(2, 3, 1);
  std::vector<double> x = numbers(checked(a[0]), a, "X must be real."), y = numbers(checked(a[1]), a, "Y must be real.");
  if (!isVectorShape(a[1])) notImplemented("spline, pchip and makima of matrix-valued data", a.site);
  size_t n = x.size();
  const double* ends = nullptr;
  double endSlopes[2];
  if (isSpline && y.size() == n + 2) {
    endSlopes[0] = y.front();
    endSlopes[1] = y.back();
    ends = endSlopes;
    y = std::vector<double>(y.begin() + 1, y.end() - 1);
  }
  if (y.size() != n) a.error("The number of sites, " + std::to_string(n) + ", is incompatible with the number of values, " + std::to_string(y.size()) + ".");
  if (n < 2) a.error("There should be at least two data points.");
  std::vector<size_t> order = stableOrder(n, [&](size_t i, size_t j) { return x[i] < x[j]; });
  std::vector<double> xs(n), ys(n);
  for (size_t i = 0; i < n; ++i) xs[i] = x[order[i]], ys[i] = y[order[i]];
  for (size_t i = 1; i < n; ++i)
    if (xs[i] == xs[i - 1]) a.error("The data sites should be distinct.");
  std::vector<double> s = isSpline ? splineSlopes(xs, ys, ends) : kind == Method::Makima ? makimaSlopes(xs, ys) : pchipSlopes(xs, ys);
  if (a.nargin == 2) {
    if (isSpline && n < 4 && !ends) {
      // MATLAB's spline of two points is their line (order 2), of three the
      // parabola through them, one piece over [x(1), x(3)].
      double del = (ys[1] - ys[0]) / (xs[1] - xs[0]);
      if (n == 2) return a.set(0, ppStruct(xs, {del, ys[0]}, 2, a.site));
      double c2 = ((ys[2] - ys[1]) / (xs[2] - xs[1]) - del) / (xs[2] - xs[0]);
      return a.set(0, ppStruct({xs[0], xs[2]}, {c2, del - c2 * (xs[1] - xs[0]), ys[0]}, 3, a.site));
    }
    std::vector<double> coefs;
    for (size_t k = 0; k + 1 < n; ++k) {
      double h = xs[k + 1] - xs[k], del = (ys[k + 1] - ys[k]) / h;
      coefs.push_back((s[k] - 2 * del + s[k + 1]) / (h * h));
      coefs.push_back((3 * del - 2 * s[k] - s[k + 1]) / h);
      coefs.push_back(s[k]);
      coefs.push_back(ys[k]);
    }
    return a.set(0, ppStruct(xs, coefs, 4, a.site));
  }
  const mcc_array* xqa = checked(a[2]);
  std::vector<double> xq = numbers(xqa, a, "XQ must be real.");
  std::vector<Cx> r(xq.size());
  for (size_t i = 0; i < xq.size(); ++i) r[i] = xq[i] != xq[i] ? xq[i] : hermite(xs, ys, s, xq[i]);
  a.set(0, complexResult(dimsOf(xqa), r, false, anySingle(a), a.site));
}

// --- interp2 ---------------------------------------------------------------------------------

void interp2Builtin(const Args& a) {
  a.arity(3, 7, 1);
  // Forms: (V, Xq, Yq), (X, Y, V, Xq, Yq), each optionally followed by a
  // method and an extrapolation value.
  uint32_t nData = a.nargin >= 5 && !a.isText(3) ? 5 : 3;
  const mcc_array* V = checked(a[nData == 5 ? 2 : 0]);
  if (V->ndims > 2 || V->is_complex) a.error("V must be a real 2-D matrix.");
  size_t rows = V->dims[0], cols = V->dims[1];
  std::vector<double> x(cols), y(rows);
  if (nData == 5) {
    const mcc_array* X = a[0];
    const mcc_array* Y = a[1];
    std::vector<double> xv = numbers(X, a, "X must be real."), yv = numbers(Y, a, "Y must be real.");
    if (isVectorShape(X) && xv.size() == cols) x = xv;
    else if (X->numel == rows * cols) for (size_t j = 0; j < cols; ++j) x[j] = xv[j * rows];
    else a.error("The lengths of X and Y must match the size of V.");
    if (isVectorShape(Y) && yv.size() == rows) y = yv;
    else if (Y->numel == rows * cols) for (size_t i = 0; i < rows; ++i) y[i] = yv[i];
    else a.error("The lengths of X and Y must match the size of V.");
  } else {
    std::iota(x.begin(), x.end(), 1.0);
    std::iota(y.begin(), y.end(), 1.0);
  }
  const mcc_array* Xq = checked(a[nData - 2]);
  const mcc_array* Yq = checked(a[nData - 1]);
  enum { Linear, Nearest, Cubic, Spline } method = Linear;
  double fill = std::numeric_limits<double>::quiet_NaN();
  for (uint32_t k = nData; k < a.nargin; ++k) {
    if (a.isText(k)) {
      std::string m = option(a, k);
      if (m == "nearest" || m == "*nearest") method = Nearest;
      else if (m == "linear" || m == "*linear") method = Linear;
      else if (m == "cubic" || m == "*cubic") method = Cubic;
      else if (m == "spline") method = Spline;
      else if (m == "makima") notImplemented("interp2 method '" + m + "'", a.site);
      else a.error("Invalid interpolation method.");
    } else {
      fill = a.scalar(k);
    }
  }
  if (rows < 2 || cols < 2) a.error("Interpolation requires at least two sample points in each dimension.");
  std::vector<double> v = numbers(V, a, "V must be real."), xq = numbers(Xq, a, "Xq must be real."),
                      yq = numbers(Yq, a, "Yq must be real.");
  // Vector queries of different orientations form a grid, as in MATLAB.
  Dims out;
  std::vector<double> qx, qy;
  if (isVectorShape(Xq) && isVectorShape(Yq) && Xq->dims[0] == 1 && Yq->dims[1] == 1 && Xq->numel > 1 && Yq->numel > 1) {
    out = {yq.size(), xq.size()};
    for (size_t j = 0; j < xq.size(); ++j)
      for (size_t i = 0; i < yq.size(); ++i) qx.push_back(xq[j]), qy.push_back(yq[i]);
  } else {
    Expanded e = expandPair(Xq, Yq, a.site);
    out = e.out;
    for (size_t i = 0; i < e.ix.size(); ++i) qx.push_back(xq[e.ix[i]]), qy.push_back(yq[e.iy[i]]);
  }
  bool ascX = x[1] > x[0], ascY = y[1] > y[0];
  if (!ascX || !ascY) notImplemented("interp2 with descending grid vectors", a.site);
  // 'cubic' is Keys' cubic convolution on a uniform grid of at least 3 x
  // 3 points, else (as MATLAB's interp2) the spline.
  auto evenlySpaced = [](const std::vector<double>& g) {
    double h = (g.back() - g.front()) / double(g.size() - 1);
    for (size_t k = 1; k < g.size(); ++k)
      if (std::fabs(g[k] - g[k - 1] - h) > 1e-10 * std::fabs(h) * double(g.size())) return false;
    return true;
  };
  bool uniform = rows >= 3 && cols >= 3 && evenlySpaced(x) && evenlySpaced(y);
  std::vector<std::vector<double>> rowValues, rowSlopes;
  if (method == Spline || (method == Cubic && !uniform))
    for (size_t iy = 0; iy < rows; ++iy) {
      std::vector<double> row(cols);
      for (size_t ix = 0; ix < cols; ++ix) row[ix] = v[ix * rows + iy];
      rowSlopes.push_back(splineSlopes(x, row, nullptr));
      rowValues.push_back(std::move(row));
    }
  auto cell = [](const std::vector<double>& g, double q) {
    size_t k = static_cast<size_t>(std::upper_bound(g.begin(), g.end(), q) - g.begin());
    return k == 0 ? size_t(0) : std::min(k - 1, g.size() - 2);
  };
  std::vector<Cx> r(qx.size());
  for (size_t i = 0; i < qx.size(); ++i) {
    double px = qx[i], py = qy[i];
    if (!(px >= x.front() && px <= x.back() && py >= y.front() && py <= y.back())) {
      r[i] = fill;
      continue;
    }
    size_t cx = cell(x, px), cy = cell(y, py);
    double tx = (px - x[cx]) / (x[cx + 1] - x[cx]), ty = (py - y[cy]) / (y[cy + 1] - y[cy]);
    auto at = [&](size_t iy, size_t ix) { return v[ix * rows + iy]; };
    if (method == Nearest) {
      r[i] = at(ty < 0.5 ? cy : cy + 1, tx < 0.5 ? cx : cx + 1);
    } else if (method == Cubic && uniform) {
      // Keys' cubic convolution over the 4 x 4 neighbours, the grid
      // extended by one line beyond each edge (f(-1) = 3 f(0) - 3 f(1) + f(2)).
      auto sample = [&](long iy, long ix) {
        auto edge = [](long k, size_t n, auto&& f) {
          if (k < 0) return 3 * f(0) - 3 * f(1) + f(2);
          if (k >= long(n)) return 3 * f(long(n) - 1) - 3 * f(long(n) - 2) + f(long(n) - 3);
          return f(k);
        };
        return edge(iy, rows, [&](long r) {
          return edge(ix, cols, [&](long c) { return at(size_t(r), size_t(c)); });
        });
      };
      auto keys = [](double t, double f0, double f1, double f2, double f3) {
        return f1 + 0.5 * t * (f2 - f0) + t * t * (f0 - 2.5 * f1 + 2 * f2 - 0.5 * f3) +
               t * t * t * (-0.5 * f0 + 1.5 * f1 - 1.5 * f2 + 0.5 * f3);
      };
      double col[4];
      for (long dy = -1; dy <= 2; ++dy) {
        long r = long(cy) + dy, c = long(cx);
        col[dy + 1] = keys(tx, sample(r, c - 1), sample(r, c), sample(r, c + 1), sample(r, c + 2));
      }
      r[i] = keys(ty, col[0], col[1], col[2], col[3]);
    } else if (method == Cubic || method == Spline) {
      // The tensor-product spline: each row's spline at px, then the
      // spline of those down the column at py.
      std::vector<double> down(rows);
      for (size_t iy = 0; iy < rows; ++iy) down[iy] = hermite(x, rowValues[iy], rowSlopes[iy], px);
      r[i] = hermite(y, down, splineSlopes(y, down, nullptr), py);
    } else {
      double top = at(cy, cx) * (1 - tx) + at(cy, cx + 1) * tx;
      double bottom = at(cy + 1, cx) * (1 - tx) + at(cy + 1, cx + 1) * tx;
      r[i] = top * (1 - ty) + bottom * ty;
    }
  }
  a.set(0, complexResult(out, r, false, anySingle(a), a.site));
}

}  // namespace

MCC_DEFINE_BUILTIN(poly) { polyBuiltin(a); }
MCC_DEFINE_BUILTIN(polyval) { polyvalBuiltin(a); }
MCC_DEFINE_BUILTIN(polyfit) { polyfitBuiltin(a); }
MCC_DEFINE_BUILTIN(roots) { rootsBuiltin(a); }
MCC_DEFINE_BUILTIN(conv) { convBuiltin(a); }
MCC_DEFINE_BUILTIN(deconv) { deconvBuiltin(a); }
MCC_DEFINE_BUILTIN(polyder) { polyderBuiltin(a); }
MCC_DEFINE_BUILTIN(residue) { residueBuiltin(a); }
MCC_DEFINE_BUILTIN(polyint) { polyintBuiltin(a); }
MCC_DEFINE_BUILTIN(interp1) { interp1Builtin(a); }
MCC_DEFINE_BUILTIN(interp2) { interp2Builtin(a); }
MCC_DEFINE_BUILTIN(spline) { cubicBuiltin(a, Method::Spline); }
MCC_DEFINE_BUILTIN(pchip) { cubicBuiltin(a, Method::Pchip); }
MCC_DEFINE_BUILTIN(makima) { cubicBuiltin(a, Method::Makima); }
MCC_DEFINE_BUILTIN(mkpp) { mkppBuiltin(a); }
MCC_DEFINE_BUILTIN(unmkpp) { unmkppBuiltin(a); }
MCC_DEFINE_BUILTIN(ppval) { ppvalBuiltin(a); }
