// Builtins of fft.def: fft, ifft (with padding or truncation to n points,
// along any dim, and ifft's 'symmetric'), fft2, ifft2, fftshift, ifftshift.
//
// The transforms are KISS FFT's header-only C++ template (kissfft.hh from
// Debian's libkissfft-dev, BSD-3-Clause) instantiated for double, so only
// programs that call these builtins carry it, and nothing is linked at run
// time. The transform of real data is exactly conjugate symmetric, as a
// real-to-complex FFT gives it; ifft gives a real result for 'symmetric'
// and when its input is exactly conjugate symmetric along the transform;
// as everywhere in MATLAB, a result whose imaginary parts are all zero is
// real.
// Tests: tests/conformance/programs/math_fft.m.
#include <kissfft/kissfft.hh>

#include <cmath>
#include <complex>

#include "builtins/Builtin.h"
#include "builtins/Layout.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

using Cx = std::complex<double>;

// Whether a line is conjugate symmetric (line[k] == conj(line[n-k])), the
// transform of real data.
bool conjugateSymmetric(const std::vector<Cx>& line) {
  size_t n = line.size();
  for (size_t k = 0; k < n; ++k)
    if (line[k] != std::conj(line[(n - k) % n])) return false;
  return true;
}

// x transformed along dim (from 1) to n points (zero padded or truncated).
// The transform of real data is made exactly conjugate symmetric, as a
// real-to-complex FFT gives it; `symmetric` says whether every line of an
// inverse transform's input was (its result is then real).
Ref transformAlong(const mcc_array* x, size_t dim, size_t n, bool inverse, bool* symmetric, const mcc_site* site) {
  std::vector<Cx> scratch;
  const Cx* in = loadAs<Cx>(x, scratch);
  Slices s = slicesAlong(x, dim);
  Dims dims = paddedDims(x, dim);
  dims[dim - 1] = n;
  Ref r = newArray(MCC_CLASS_DOUBLE, true, dims, false, site);
  Cx* out = dataOf<Cx>(r.get());
  if (symmetric) *symmetric = true;
  if (n == 0 || r->numel == 0) return r;
  kissfft<double> plan(n, inverse);
  std::vector<Cx> line(n), res(n);
  for (size_t o = 0; o < s.after; ++o)
    for (size_t i = 0; i < s.before; ++i) {
      for (size_t k = 0; k < n; ++k) line[k] = k < s.len ? in[s.at(o, k, i)] : Cx(0);
      if (symmetric && !conjugateSymmetric(line)) *symmetric = false;
      plan.transform(line.data(), res.data());
      if (!x->is_complex && !inverse) {
        res[0].imag(0);
        for (size_t k = 1; 2 * k <= n; ++k) res[n - k] = std::conj(res[k]);
        if (n % 2 == 0) res[n / 2].imag(0);
      }
      for (size_t k = 0; k < n; ++k) out[(o * n + k) * s.before + i] = inverse ? res[k] / double(n) : res[k];
    }
  return r;
}

// Single inputs give single results.
Ref inClassOf(Ref r, const mcc_array* x, const mcc_site* site) {
  if (x->class_id == MCC_CLASS_SINGLE) return castArray(r.get(), MCC_CLASS_SINGLE, site);
  return r;
}

// A real copy (the real parts) of a complex double array.
Ref realPart(const mcc_array* z, const mcc_site* site) {
  Ref r = newArray(MCC_CLASS_DOUBLE, false, dimsOf(z), false, site);
  for (size_t i = 0; i < z->numel; ++i) dataOf<double>(r.get())[i] = dataOf<const double>(z)[2 * i];
  return r;
}

const mcc_array* numericInput(const Args& a) {
  const mcc_array* x = checked(a[0]);
  if (!isFloatClass(x->class_id) && !isIntegerClass(x->class_id) && x->class_id != MCC_CLASS_LOGICAL &&
      x->class_id != MCC_CLASS_CHAR)
    a.error("Invalid data type. First argument must be numeric or logical.");
  return x;
}

// fft/ifft(x, n, dim, 'symmetric').
void fftBuiltin(const Args& a, bool inverse) {
  a.arity(1, 4, 1);
  const mcc_array* x = numericInput(a);
  uint32_t nargs = a.nargin;
  bool symmetric = false;
  if (inverse && nargs >= 2 && a.isText(nargs - 1)) {
    std::string o = option(a, nargs - 1);
    if (o != "symmetric" && o != "nonsymmetric") a.error("Invalid option.");
    symmetric = o == "symmetric";
    --nargs;
  }
  size_t dim = nargs >= 3 ? mcc_dim_arg(a.scalar(2), a.site) : defaultDim(x);
  size_t n = extent(x, dim - 1);
  if (nargs >= 2 && a[1]->numel) {
    double v = a.scalar(1);
    if (!(v >= 0) || v != std::floor(v)) a.error("Number of points must be a positive integer scalar.");
    n = static_cast<size_t>(v);
  }
  bool wasSymmetric = false;
  Ref r = transformAlong(x, dim, n, inverse, inverse ? &wasSymmetric : nullptr, a.site);
  if (inverse && (symmetric || wasSymmetric)) r = realPart(r.get(), a.site);
  else r = narrowComplex(std::move(r));
  a.set(0, inClassOf(std::move(r), x, a.site));
}

// Visits the pairs (k, mirror of k) of each m x n page of a complex array:
// the mirror of (i, j) is (-i mod m, -j mod n).
template <class F> void forEachMirror(const mcc_array* z, size_t m, size_t n, F f) {
  size_t pages = m * n ? z->numel / (m * n) : 0;
  for (size_t p = 0; p < pages; ++p)
    for (size_t j = 0; j < n; ++j)
      for (size_t i = 0; i < m; ++i) f(p * m * n + j * m + i, p * m * n + ((n - j) % n) * m + (m - i) % m);
}

// fft2/ifft2(x, m, n): the 2-D transform of each page. The transform of
// real data is made exactly conjugate symmetric in 2-D; the inverse of such
// a spectrum is real.
void fft2Builtin(const Args& a, bool inverse) {
  a.arity(1, 3, 1);
  if (a.nargin == 2) a.error("Not enough input arguments.");
  const mcc_array* x = numericInput(a);
  size_t m = extent(x, 0), n = extent(x, 1);
  if (a.nargin == 3) {
    double mv = a.scalar(1), nv = a.scalar(2);
    if (!(mv >= 0) || !(nv >= 0) || mv != std::floor(mv) || nv != std::floor(nv))
      a.error("Number of points must be a positive integer scalar.");
    m = static_cast<size_t>(mv);
    n = static_cast<size_t>(nv);
  }
  Ref r1 = transformAlong(x, 1, m, inverse, nullptr, a.site);
  bool symmetric = inverse;
  if (inverse) {
    // The input, padded or truncated to m x n, must be symmetric.
    Dims d = dimsOf(x);
    Ref padded = gathered(x, [&] { Dims e = d; e[0] = m; e[1] = n; return e; }(),
                          [&](size_t, const std::vector<size_t>& sub) {
                            if (sub[0] >= d[0] || sub[1] >= d[1]) return noElement;
                            std::vector<size_t> at(sub);
                            return linearIndex(d, at);
                          }, a.site);
    Ref z = castArray(padded.get(), MCC_CLASS_DOUBLE, a.site);
    if (!z->is_complex) z = toComplex(z.get());
    const Cx* p = dataOf<const Cx>(z.get());
    forEachMirror(z.get(), m, n, [&](size_t k, size_t q) { symmetric = symmetric && p[k] == std::conj(p[q]); });
  }
  Ref r = transformAlong(r1.get(), 2, n, inverse, nullptr, a.site);
  Cx* out = dataOf<Cx>(r.get());
  if (!inverse && !x->is_complex)
    forEachMirror(r.get(), m, n, [&](size_t k, size_t q) {
      if (k == q) out[k].imag(0);
      else if (k < q) out[q] = std::conj(out[k]);
    });
  if (inverse && symmetric) r = realPart(r.get(), a.site);
  else r = narrowComplex(std::move(r));
  a.set(0, inClassOf(std::move(r), x, a.site));
}

// fftshift/ifftshift(x, dim): a circular shift by half of each dim.
void shiftBuiltin(const Args& a, bool inverse) {
  a.arity(1, 2, 1);
  const mcc_array* x = checked(a[0]);
  size_t only = a.nargin == 2 ? mcc_dim_arg(a.scalar(1), a.site) : 0;
  Dims d = paddedDims(x, only);
  std::vector<size_t> shift(d.size(), 0);
  for (size_t k = 0; k < d.size(); ++k)
    if (!only || k + 1 == only) shift[k] = inverse ? d[k] - d[k] / 2 : d[k] / 2;
  a.set(0, gathered(x, dimsOf(x), [&](size_t, const std::vector<size_t>& sub) {
          std::vector<size_t> from(d.size(), 0);
          for (size_t k = 0; k < d.size(); ++k) {
            size_t at = k < sub.size() ? sub[k] : 0;
            from[k] = d[k] ? (at + d[k] - shift[k] % d[k]) % d[k] : 0;
          }
          return linearIndex(d, from);
        }, a.site));
}

}  // namespace

MCC_DEFINE_BUILTIN(fft) { fftBuiltin(a, false); }
MCC_DEFINE_BUILTIN(ifft) { fftBuiltin(a, true); }
MCC_DEFINE_BUILTIN(fft2) { fft2Builtin(a, false); }
MCC_DEFINE_BUILTIN(ifft2) { fft2Builtin(a, true); }
MCC_DEFINE_BUILTIN(fftshift) { shiftBuiltin(a, false); }
MCC_DEFINE_BUILTIN(ifftshift) { shiftBuiltin(a, true); }
