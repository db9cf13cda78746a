// Builtins of signal.def that work on sampled data: the cosine windows
// hann and hamming (Signal Processing Toolbox; MATLAB's documented
// formulas), detrend, and the local extrema islocalmax and islocalmin.
// detrend and the extrema work on one slice of x at a time along a dim
// (StatSlices.h), in double; single data gives single results.
//
// Tests: conformance signal_windows_matlab (hann, hamming), signal_detrend
// (Octave 7.3), signal_islocalmax_matlab, errors/err_hann_negative.
#include <algorithm>
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

// The columns whose span is detrend's trend over samples t = 1..n: the
// polynomials of degree `degree` (of a scaled index, for conditioning),
// and at each breakpoint b either the truncated powers max(t - b, 0)^j,
// j = 1..degree (a trend continuous at b), or, when the trend may jump
// there, a polynomial of its own for each segment [b_k, b_k+1).
std::vector<std::vector<double>> trendBasis(size_t n, size_t degree, const std::vector<double>& breaks, bool continuous) {
  double mid = double(n - 1) / 2, scale = n > 1 ? double(n - 1) / 2 : 1;
  std::vector<std::vector<double>> columns;
  if (continuous || breaks.empty()) {
    for (size_t d = 0; d <= degree && d < n; ++d) {
      columns.emplace_back(n);
      for (size_t i = 0; i < n; ++i) columns.back()[i] = std::pow((double(i) - mid) / scale, double(d));
    }
    for (double b : breaks)
      for (size_t d = 1; d <= degree && d < n; ++d) {
        columns.emplace_back(n);
        for (size_t i = 0; i < n; ++i) columns.back()[i] = std::pow(std::max(double(i + 1) - b, 0.0) / scale, double(d));
      }
    return columns;
  }
  std::vector<double> starts(breaks);
  std::sort(starts.begin(), starts.end());
  for (size_t k = 0; k <= starts.size(); ++k) {
    double from = k == 0 ? -INFINITY : starts[k - 1], to = k == starts.size() ? INFINITY : starts[k];
    for (size_t d = 0; d <= degree && d < n; ++d) {
      columns.emplace_back(n, 0.0);
      for (size_t i = 0; i < n; ++i)
        if (double(i + 1) >= from && double(i + 1) < to) columns.back()[i] = std::pow((double(i) - mid) / scale, double(d));
    }
  }
  return columns;
}

// v minus its least-squares fit in the span of the columns: they are made
// orthonormal by modified Gram-Schmidt, twice (those that add nothing
// dropped), and projected out. More columns than samples remove
// everything the slice spans.
void removeTrend(std::vector<double>& v, const std::vector<std::vector<double>>& columns) {
  size_t n = v.size();
  if (n == 0) return;
  std::vector<std::vector<double>> basis;
  for (std::vector<double> q : columns) {
    if (basis.size() >= n) break;
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

// The prominence of the run v[s..e] of equal values h, a local maximum:
// h less the higher of the lowest values on either side before the data
// first rise above h (or the data end).
double prominence(const std::vector<double>& v, size_t s, size_t e) {
  double h = v[s], left = h, right = h;
  for (size_t j = s; j-- > 0 && !(v[j] > h);) left = std::min(left, v[j]);
  for (size_t j = e + 1; j < v.size() && !(v[j] > h); ++j) right = std::min(right, v[j]);
  return h - std::max(left, right);
}

// The local maxima of v (callers negate v for minima): a run of equal
// values whose neighbours on both sides are lower; the ends of v never
// are. Of a run longer than one, flat picks the element(s). Each marked
// element gets its run's prominence in prom (0 elsewhere).
void markExtrema(const std::vector<double>& v, Flat flat, std::vector<double>& tf, std::vector<double>& prom) {
  size_t n = v.size();
  tf.assign(n, 0);
  prom.assign(n, 0);
  size_t s = 1;
  while (s + 1 < n) {
    size_t e = s;
    while (e + 1 < n && v[e + 1] == v[s]) ++e;
    if (e + 1 < n && v[s - 1] < v[s] && v[e + 1] < v[e]) {
      double p = prominence(v, s, e);
      auto mark = [&](size_t k) { tf[k] = 1, prom[k] = p; };
      switch (flat) {
        case Flat::Center: mark(s + (e - s) / 2); break;
        case Flat::First: mark(s); break;
        case Flat::Last: mark(e); break;
        case Flat::All:
          for (size_t k = s; k <= e; ++k) mark(k);
          break;
      }
    }
    s = e + 1;
  }
}

// The selection options: extrema of prominence below minProminence are
// dropped; then, most prominent first (the earlier of equals), each kept
// extremum drops the others closer than minSeparation samples; then only
// the maxNum most prominent stay.
struct Selection {
  double minProminence = 0;
  double minSeparation = 0;
  double maxNum = 0;  // 0: no limit
};

void selectExtrema(const Selection& sel, std::vector<double>& tf, const std::vector<double>& prom) {
  std::vector<size_t> found;
  for (size_t k = 0; k < tf.size(); ++k) {
    if (tf[k] && prom[k] < sel.minProminence) tf[k] = 0;
    if (tf[k]) found.push_back(k);
  }
  std::stable_sort(found.begin(), found.end(), [&](size_t i, size_t j) { return prom[i] > prom[j]; });
  std::vector<size_t> kept;
  for (size_t k : found) {
    bool near = false;
    for (size_t j : kept) near = near || double(k > j ? k - j : j - k) < sel.minSeparation;
    if (near || (sel.maxNum > 0 && double(kept.size()) >= sel.maxNum)) tf[k] = 0;
    else kept.push_back(k);
  }
}

// [TF, P] = islocalmax(A), islocalmax(A, dim), with 'FlatSelection'
// 'center' (the default), 'first', 'last' or 'all', 'MinProminence',
// 'MinSeparation' (in samples) and 'MaxNumExtrema'; TF logical of A's
// size, P the prominence of each extremum found (0 elsewhere, whatever the
// selection options drop).
void localExtrema(const Args& a, bool maxima) {
  const char* fname = maxima ? "islocalmax" : "islocalmin";
  a.arity(1, UINT32_MAX, 2);
  const mcc_array* x = a[0];
  if (!isValueClass(x->class_id) || x->class_id == MCC_CLASS_CHAR || x->is_complex)
    a.error("Invalid data type. First argument must be numeric or logical.");
  uint32_t k = 1;
  size_t dim = defaultDim(x);
  if (k < a.nargin && !a.isText(k)) dim = parseDim(a, k++, false).dims[0];
  Flat flat = Flat::Center;
  Selection sel;
  for (; k < a.nargin; k += 2) {
    std::string name = a.isText(k) ? option(a, k) : "";
    if (name.empty()) a.error("Expected a name-value argument name.");
    if (k + 1 >= a.nargin) a.error("Name-value arguments must come in pairs.");
    const mcc_array* v = a[k + 1];
    bool scalar = v->numel == 1 && !v->is_complex && isValueClass(v->class_id) && v->class_id != MCC_CLASS_CHAR;
    if (name == "flatselection") {
      std::string value = a.isText(k + 1) ? option(a, k + 1) : "";
      if (value == "center") flat = Flat::Center;
      else if (value == "first") flat = Flat::First;
      else if (value == "last") flat = Flat::Last;
      else if (value == "all") flat = Flat::All;
      else a.error("Flat selection value must be 'center', 'first', 'last', or 'all'.");
    } else if (name == "minprominence") {
      if (!scalar || !(a.scalar(k + 1) >= 0)) a.error("Minimum prominence must be a nonnegative scalar.");
      sel.minProminence = a.scalar(k + 1);
    } else if (name == "minseparation") {
      if (!scalar || !(a.scalar(k + 1) >= 0)) a.error("Minimum separation must be a nonnegative scalar.");
      sel.minSeparation = a.scalar(k + 1);
    } else if (name == "maxnumextrema") {
      double m = scalar ? a.scalar(k + 1) : 0;
      if (!(m >= 1) || m != std::floor(m)) a.error("Maximum number of extrema must be a positive integer scalar.");
      sel.maxNum = m;
    } else {
      notImplemented(std::string(fname) + " option '" + a.text(k) + "'", a.site);
    }
  }
  Plan p = planOver(x, {dim});
  std::vector<double> scratch, slice, tf, prom, result(x->numel), prominences(x->numel);
  const double* values = loadAs<double>(x, scratch);
  for (size_t o = 0; o < p.count; ++o) {
    gather(values, p, o, slice);
    if (!maxima)
      for (double& e : slice) e = -e;
    markExtrema(slice, flat, tf, prom);
    selectExtrema(sel, tf, prom);
    for (size_t i = 0; i < p.len; ++i) {
      result[p.index[o * p.len + i]] = tf[i];
      prominences[p.index[o * p.len + i]] = prom[i];
    }
  }
  a.set(0, store(result, dimsOf(x), MCC_CLASS_LOGICAL, a.site));
  if (a.outputs() > 1) a.set(1, store(prominences, dimsOf(x), floatResultClass(x), a.site));
}

}  // namespace

MCC_DEFINE_BUILTIN(hann) { cosineWindow(a, "hann", 0.5); }
MCC_DEFINE_BUILTIN(hamming) { cosineWindow(a, "hamming", 0.54); }

// detrend(x), detrend(x, 'linear'), detrend(x, 'constant'), detrend(x, n),
// detrend(x, n, bp), detrend(..., 'Continuous', tf): x less its best-fit
// line, its mean or its polynomial of degree n, along a vector or down
// each column of a matrix; with breakpoints bp (sample indices), a
// piecewise trend, continuous at them unless 'Continuous' is false.
MCC_DEFINE_BUILTIN(detrend) {
  a.arity(1, 5, 1);
  const mcc_array* x = a[0];
  if (!isValueClass(x->class_id) || x->class_id == MCC_CLASS_CHAR)
    a.error("detrend: X must be a numeric vector or matrix.");
  if (x->is_complex) notImplemented("detrend of complex values", a.site);
  size_t degree = 1;
  const char* badType = "detrend: Trend type must be 'constant', 'linear', or a nonnegative integer polynomial degree.";
  uint32_t k = 1;
  if (a.nargin > 1 && !(a.isText(1) && option(a, 1) == "continuous")) {
    k = 2;
    if (a.isText(1)) {
      std::string t = option(a, 1);
      if (t == "constant") degree = 0;
      else if (t == "linear") degree = 1;
      else a.error(badType);
    } else {
      if (a[1]->numel != 1 || a[1]->is_complex || !isValueClass(a[1]->class_id)) a.error(badType);
      double d = a.scalar(1);
      if (!(d >= 0) || d != std::floor(d) || d > 1e6) a.error(badType);
      degree = size_t(d);
    }
  }
  std::vector<double> breaks;
  if (k < a.nargin && !a.isText(k)) {
    const mcc_array* bp = a[k++];
    if (bp->is_complex || !isValueClass(bp->class_id) || bp->class_id == MCC_CLASS_CHAR || (bp->numel && !isVectorShape(bp)))
      a.error("detrend: Breakpoints must be a real vector.");
    breaks = numbers(bp, a, "detrend: Breakpoints must be a real vector.");
    std::sort(breaks.begin(), breaks.end());
    breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
  }
  bool continuous = true;
  for (; k < a.nargin; k += 2) {
    if (!a.isText(k) || option(a, k) != "continuous" || k + 1 >= a.nargin)
      notImplemented("detrend option '" + (a.isText(k) ? a.text(k) : std::string("?")) + "'", a.site);
    if (a[k + 1]->numel != 1 || !isValueClass(a[k + 1]->class_id)) a.error("detrend: 'Continuous' must be true or false.");
    continuous = a.scalar(k + 1) != 0;
  }
  size_t dim = x->ndims == 2 && x->dims[0] == 1 ? 2 : 1;
  Plan p = planOver(x, {dim});
  std::vector<std::vector<double>> basis = trendBasis(p.len, degree, breaks, continuous);
  std::vector<double> scratch, slice, result(x->numel);
  const double* values = loadAs<double>(x, scratch);
  for (size_t o = 0; o < p.count; ++o) {
    gather(values, p, o, slice);
    removeTrend(slice, basis);
    for (size_t i = 0; i < p.len; ++i) result[p.index[o * p.len + i]] = slice[i];
  }
  a.set(0, store(result, dimsOf(x), floatResultClass(x), a.site));
}

MCC_DEFINE_BUILTIN(islocalmax) { localExtrema(a, true); }
MCC_DEFINE_BUILTIN(islocalmin) { localExtrema(a, false); }
