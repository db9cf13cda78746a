// Builtins of signal.def that work on sampled data: the cosine windows
// hann and hamming (Signal Processing Toolbox; MATLAB's documented
// formulas), detrend, and the local extrema islocalmax and islocalmin.
// detrend and the extrema work on one slice of x at a time along a dim
// (StatSlices.h), in double; single data gives single results.
//
// Tests: conformance signal_windows_matlab (hann, hamming), signal_detrend
// (Octave 7.3), signal_islocalmax_matlab, errors/err_hann_negative.
#include <cmath>
#include <string>
#include <vector>

#include "builtins/Builtin.h"
#include "builtins/StatSlices.h"
#include "builtins/Util.h"

using namespace mcc::rt;
using namespace mcc::rt::stats;

namespace {

// --- Windows ----------------------------------------------------------------------

// The length L of a window (MATLAB's check_order): rounded with a warning
// when it is not whole, an error when negative.
size_t windowLength(const Args& a, const char* fname) {
  if (a[0]->numel != 1 || a[0]->is_complex || !isValueClass(a[0]->class_id))
    a.error(std::string(fname) + ": The order N must be a real, positive integer.");
  double n = a.scalar(0);
  if (n != n) a.error(std::string(fname) + ": The order N must be a real, positive integer.");
  if (n != std::round(n)) {
    n = std::round(n);
    issueWarning("signal:check_order:InvalidOrderRounding", "Rounding order to nearest integer.");
  }
  if (n < 0) raise("signal:check_order:InvalidOrderNegative", "Order cannot be less than zero.", a.site);
  return size_t(n);
}

// hann(L), hamming(L) with 'symmetric' (the default) or 'periodic'
// sampling: w(k) = a0 - (1-a0) cos(2 pi k/(N-1)), k = 0..N-1, with N = L
// (symmetric) or N = L+1 and its last point dropped (periodic). As
// MATLAB's gencoswin computes it, the first half is computed and mirrored,
// so the window is exactly symmetric.
void cosineWindow(const Args& a, const char* fname, double a0) {
  a.arity(1, 2, 1);
  size_t len = windowLength(a, fname);
  bool periodic = false;
  if (a.nargin > 1) {
    std::string flag = a.isText(1) ? option(a, 1) : "";
    if (flag == "periodic") periodic = true;
    else if (flag != "symmetric")
      a.error(std::string(fname) + ": The sampling flag must be either 'symmetric' or 'periodic'.");
  }
  std::vector<double> w;
  if (len == 1) {
    w = {1};
  } else if (len > 1) {
    size_t n = periodic ? len + 1 : len;
    size_t half = (n + 1) / 2;
    w.resize(n);
    for (size_t k = 0; k < half; ++k) {
      double x = double(k) / double(n - 1);
      w[k] = w[n - 1 - k] = a0 - (1 - a0) * std::cos(2 * M_PI * x);
    }
    w.resize(len);
  }
  a.set(0, floatArray(false, {len, 1}, w, a.site));
}

// --- detrend ----------------------------------------------------------------------

// x minus its least-squares polynomial of degree `degree` in the sample
// index: the polynomials (of a scaled index, for conditioning) are made
// orthonormal by modified Gram-Schmidt, twice, and projected out. A degree
// above the slice length less one removes everything the slice spans.
void removeTrend(std::vector<double>& v, size_t degree) {
  size_t n = v.size();
  if (n == 0) return;
  double mid = double(n - 1) / 2, scale = n > 1 ? double(n - 1) / 2 : 1;
  std::vector<std::vector<double>> basis;
  for (size_t d = 0; d <= degree && basis.size() < n; ++d) {
    std::vector<double> q(n);
    for (size_t i = 0; i < n; ++i) q[i] = std::pow((double(i) - mid) / scale, double(d));
    double before = 0;
    for (double e : q) before += e * e;
    for (int pass = 0; pass < 2; ++pass)
      for (const auto& b : basis) {
        double dot = 0;
        for (size_t i = 0; i < n; ++i) dot += b[i] * q[i];
        for (size_t i = 0; i < n; ++i) q[i] -= dot * b[i];
      }
    double norm = 0;
    for (double e : q) norm += e * e;
    if (!(norm > 1e-20 * before)) continue;
    norm = std::sqrt(norm);
    for (double& e : q) e /= norm;
    basis.push_back(std::move(q));
  }
  for (const auto& b : basis) {
    double dot = 0;
    for (size_t i = 0; i < n; ++i) dot += b[i] * v[i];
    for (size_t i = 0; i < n; ++i) v[i] -= dot * b[i];
  }
}

// --- Local extrema ----------------------------------------------------------------

enum class Flat { Center, First, Last, All };

// Marks in tf the local maxima (or minima) of v: a run of equal values
// whose neighbours on both sides are lower (higher); the ends of v never
// are. Of a run longer than one, flat picks the element(s).
void markExtrema(const std::vector<double>& v, bool maxima, Flat flat, std::vector<double>& tf) {
  size_t n = v.size();
  tf.assign(n, 0);
  auto beyond = [&](double inner, double outer) { return maxima ? outer < inner : outer > inner; };
  size_t s = 1;
  while (s + 1 < n) {
    size_t e = s;
    while (e + 1 < n && v[e + 1] == v[s]) ++e;
    if (e + 1 < n && beyond(v[s], v[s - 1]) && beyond(v[e], v[e + 1])) {
      switch (flat) {
        case Flat::Center: tf[s + (e - s) / 2] = 1; break;
        case Flat::First: tf[s] = 1; break;
        case Flat::Last: tf[e] = 1; break;
        case Flat::All:
          for (size_t k = s; k <= e; ++k) tf[k] = 1;
          break;
      }
    }
    s = e + 1;
  }
}

// islocalmax(A), islocalmax(A, dim), with 'FlatSelection' 'center' (the
// default), 'first', 'last' or 'all'; logical of A's size.
void localExtrema(const Args& a, bool maxima) {
  const char* fname = maxima ? "islocalmax" : "islocalmin";
  a.arity(1, UINT32_MAX, 1);
  const mcc_array* x = a[0];
  if (!isValueClass(x->class_id) || x->class_id == MCC_CLASS_CHAR || x->is_complex)
    a.error("Invalid data type. First argument must be numeric or logical.");
  uint32_t k = 1;
  size_t dim = defaultDim(x);
  if (k < a.nargin && !a.isText(k)) dim = parseDim(a, k++, false).dims[0];
  Flat flat = Flat::Center;
  for (; k < a.nargin; k += 2) {
    std::string name = a.isText(k) ? option(a, k) : "";
    if (name.empty()) a.error("Expected a name-value argument name.");
    if (k + 1 >= a.nargin) a.error("Name-value arguments must come in pairs.");
    if (name != "flatselection") notImplemented(std::string(fname) + " option '" + a.text(k) + "'", a.site);
    std::string value = a.isText(k + 1) ? option(a, k + 1) : "";
    if (value == "center") flat = Flat::Center;
    else if (value == "first") flat = Flat::First;
    else if (value == "last") flat = Flat::Last;
    else if (value == "all") flat = Flat::All;
    else a.error("Flat selection value must be 'center', 'first', 'last', or 'all'.");
  }
  Plan p = planOver(x, {dim});
  std::vector<double> scratch, slice, tf, result(x->numel);
  const double* values = loadAs<double>(x, scratch);
  for (size_t o = 0; o < p.count; ++o) {
    gather(values, p, o, slice);
    markExtrema(slice, maxima, flat, tf);
    for (size_t i = 0; i < p.len; ++i) result[p.index[o * p.len + i]] = tf[i];
  }
  a.set(0, store(result, dimsOf(x), MCC_CLASS_LOGICAL, a.site));
}

}  // namespace

MCC_DEFINE_BUILTIN(hann) { cosineWindow(a, "hann", 0.5); }
MCC_DEFINE_BUILTIN(hamming) { cosineWindow(a, "hamming", 0.54); }

// detrend(x), detrend(x, 'linear'), detrend(x, 'constant'), detrend(x, n):
// x less its best-fit line, its mean or its polynomial of degree n, along
// a vector or down each column of a matrix. Breakpoints (a third input)
// are not implemented.
MCC_DEFINE_BUILTIN(detrend) {
  a.arity(1, 3, 1);
  const mcc_array* x = a[0];
  if (!isValueClass(x->class_id) || x->class_id == MCC_CLASS_CHAR)
    a.error("detrend: X must be a numeric vector or matrix.");
  if (x->is_complex) notImplemented("detrend of complex values", a.site);
  if (a.nargin > 2) notImplemented("detrend with breakpoints", a.site);
  size_t degree = 1;
  if (a.nargin > 1) {
    if (a.isText(1)) {
      std::string t = option(a, 1);
      if (t == "constant") degree = 0;
      else if (t == "linear") degree = 1;
      else a.error("detrend: Trend type must be 'constant', 'linear', or a nonnegative integer polynomial degree.");
    } else {
      if (a[1]->numel != 1 || a[1]->is_complex || !isValueClass(a[1]->class_id))
        a.error("detrend: Trend type must be 'constant', 'linear', or a nonnegative integer polynomial degree.");
      double d = a.scalar(1);
      if (!(d >= 0) || d != std::floor(d) || d > 1e6)
        a.error("detrend: Trend type must be 'constant', 'linear', or a nonnegative integer polynomial degree.");
      degree = size_t(d);
    }
  }
  size_t dim = x->ndims == 2 && x->dims[0] == 1 ? 2 : 1;
  Plan p = planOver(x, {dim});
  std::vector<double> scratch, slice, result(x->numel);
  const double* values = loadAs<double>(x, scratch);
  for (size_t o = 0; o < p.count; ++o) {
    gather(values, p, o, slice);
    removeTrend(slice, degree);
    for (size_t i = 0; i < p.len; ++i) result[p.index[o * p.len + i]] = slice[i];
  }
  a.set(0, store(result, dimsOf(x), floatResultClass(x), a.site));
}

MCC_DEFINE_BUILTIN(islocalmax) { localExtrema(a, true); }
MCC_DEFINE_BUILTIN(islocalmin) { localExtrema(a, false); }
