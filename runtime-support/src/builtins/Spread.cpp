// Builtins of stats.def that measure the spread and shape of data: iqr,
// rms, mad, skewness, kurtosis (MATLAB's Statistics Toolbox functions, also in
// Octave's core) and zscore. Each groups x's elements into the slices its
// dim, vecdim or 'all' names (StatSlices.h) and works on one slice at a
// time, in double (single results are stored as single).
//
// NaN: iqr, mad, skewness and kurtosis leave NaN elements out of each
// slice, as MATLAB's do ("treats NaNs as missing values and removes them";
// Octave 7's mad, skewness and kurtosis give NaN instead); zscore keeps them
// (its mean and std give NaN). Tests: conformance stats_spread_shape
// (Octave 7.3) and stats_spread_nan_matlab (MATLAB's documentation).
#include <algorithm>
#include <cmath>
#include <vector>

#include "builtins/Builtin.h"
#include "builtins/StatSlices.h"
#include "builtins/Util.h"

using namespace mcc::rt;
using namespace mcc::rt::stats;

namespace {

// x must be real numeric or logical data.
void checkData(const Args& a, const char* fname) {
  const mcc_array* x = a[0];
  if (!isValueClass(x->class_id) || x->class_id == MCC_CLASS_CHAR)
    a.error(std::string(fname) + ": X must be a numeric vector or matrix.");
  if (x->is_complex) notImplemented(std::string(fname) + " of complex values", a.site);
}

// A 0/1 flag at input k ([] keeps the default).
double flagAt(const Args& a, uint32_t k, double fallback, const char* message) {
  if (k >= a.nargin || isBracketEmpty(a[k])) return fallback;
  if (a[k]->numel != 1 || a[k]->class_id == MCC_CLASS_CHAR || a[k]->is_complex) a.error(message);
  double f = a.scalar(k);
  if (f != 0 && f != 1) a.error(message);
  return f;
}

// The values of one slice without its NaNs.
std::vector<double> withoutNaN(std::vector<double> v) {
  v.erase(std::remove_if(v.begin(), v.end(), [](double e) { return e != e; }), v.end());
  return v;
}

double meanOf(const std::vector<double>& v) {
  double s = 0;
  for (double e : v) s += e;
  return v.empty() ? NaN : s / double(v.size());
}

// The plan of x for a dim argument at input k (or the default dim).
Plan planAt(const Args& a, uint32_t k) {
  DimSpec spec;
  if (k < a.nargin) spec = parseDim(a, k, true);
  return planFor(a[0], spec);
}

// One value per slice of x: reduce(slice) for the slices of plan p.
template <class F> void perSlice(const Args& a, const Plan& p, F reduce) {
  std::vector<double> scratch, slice, result(p.count);
  const double* values = loadAs<double>(a[0], scratch);
  for (size_t o = 0; o < p.count; ++o) {
    gather(values, p, o, slice);
    result[o] = reduce(slice);
  }
  a.set(0, store(result, p.outDims, floatResultClass(a[0]), a.site));
}

// The central moments m2 and mk (k = 3 or 4) of v, and its count.
struct Moments {
  double m2, mk, n;
};
Moments momentsOf(const std::vector<double>& v, int k) {
  double mu = meanOf(v), m2 = 0, mk = 0;
  for (double e : v) {
    double d = e - mu;
    m2 += d * d;
    mk += k == 3 ? d * d * d : d * d * d * d;
  }
  double n = double(v.size());
  return {m2 / n, mk / n, n};
}

// skewness(x, flag, dim) and kurtosis(x, flag, dim): m3/m2^1.5 and
// m4/m2^2, corrected for bias with flag 0 (NaN for fewer than 3 or 4
// values), as MATLAB's documentation gives the formulas.
void shapeStatistic(const Args& a, bool isKurtosis) {
  const char* fname = isKurtosis ? "kurtosis" : "skewness";
  a.arity(1, 3, 1);
  checkData(a, fname);
  double flag = flagAt(a, 1, 1, isKurtosis ? "kurtosis: FLAG must be 0 or 1." : "skewness: FLAG must be 0 or 1.");
  perSlice(a, planAt(a, 2), [&](const std::vector<double>& slice) {
    std::vector<double> v = withoutNaN(slice);
    if (v.empty()) return NaN;
    Moments m = momentsOf(v, isKurtosis ? 4 : 3);
    double n = m.n;
    if (!isKurtosis) {
      double s = m.mk / std::pow(m.m2, 1.5);
      if (flag == 0) s = n < 3 ? NaN : s * std::sqrt((n - 1) / n) * n / (n - 2);
      return s;
    }
    double k = m.mk / (m.m2 * m.m2);
    if (flag == 0) k = n < 4 ? NaN : ((n + 1) * k - 3 * (n - 1)) * (n - 1) / ((n - 2) * (n - 3)) + 3;
    return k;
  });
}

}  // namespace

// iqr(x), iqr(x, dim), iqr(x, vecdim), iqr(x, 'all'): the difference of
// the 75th and 25th percentiles (prctile's method), NaN left out.
MCC_DEFINE_BUILTIN(iqr) {
  a.arity(1, 2, 1);
  checkData(a, "iqr");
  perSlice(a, planAt(a, 1), [](const std::vector<double>& slice) {
    std::vector<double> v = withoutNaN(slice);
    std::sort(v.begin(), v.end());
    return quantileOf(v, 0.75) - quantileOf(v, 0.25);
  });
}

// rms(x), rms(x, dim), rms(x, vecdim), rms(x, 'all'): the root mean
// square sqrt(mean(x.^2)) of each slice; NaN propagates, as MATLAB's
// (its default 'includenan'); an empty slice gives NaN.
MCC_DEFINE_BUILTIN(rms) {
  a.arity(1, 2, 1);
  checkData(a, "rms");
  if (a.nargin == 1 && isBracketEmpty(a[0])) return a.set(0, scalarResult(NaN));  // as mean([])
  perSlice(a, planAt(a, 1), [](const std::vector<double>& slice) {
    double s = 0;
    for (double e : slice) s += e * e;
    return slice.empty() ? NaN : std::sqrt(s / double(slice.size()));
  });
}

// mad(x, flag, dim): the mean absolute deviation from the mean (flag 0,
// the default) or the median absolute deviation from the median (flag 1).
MCC_DEFINE_BUILTIN(mad) {
  a.arity(1, 3, 1);
  checkData(a, "mad");
  bool median = flagAt(a, 1, 0, "mad: FLAG must be 0 or 1.") == 1;
  perSlice(a, planAt(a, 2), [&](const std::vector<double>& slice) {
    std::vector<double> v = withoutNaN(slice);
    if (v.empty()) return NaN;
    std::vector<double> work(v);
    double center = median ? medianOf(work, false, false) : meanOf(v);
    for (double& e : v) e = std::fabs(e - center);
    return median ? medianOf(v, false, false) : meanOf(v);
  });
}

MCC_DEFINE_BUILTIN(skewness) { shapeStatistic(a, false); }
MCC_DEFINE_BUILTIN(kurtosis) { shapeStatistic(a, true); }

// [z, mu, sigma] = zscore(x, flag, dim): (x - mean) ./ std with std's
// normalisation flag (0: n - 1, 1: n), a std of 0 taken as 1; zscore([])
// is [] (mu and sigma too).
MCC_DEFINE_BUILTIN(zscore) {
  a.arity(1, 3, 3);
  checkData(a, "zscore");
  const mcc_array* x = a[0];
  double flag = flagAt(a, 1, 0, "zscore: FLAG must be 0 or 1.");
  uint32_t cls = floatResultClass(x);
  if (isBracketEmpty(x)) {
    for (uint32_t k = 0; k < 3; ++k) a.set(k, store(std::vector<double>{}, {0, 0}, cls, a.site));
    return;
  }
  Plan p = planAt(a, 2);
  std::vector<double> scratch, slice, z(x->numel), mu(p.count), sigma(p.count);
  const double* values = loadAs<double>(x, scratch);
  for (size_t o = 0; o < p.count; ++o) {
    gather(values, p, o, slice);
    double m = meanOf(slice), s = 0;
    for (double e : slice) s += (e - m) * (e - m);
    double n = double(slice.size());
    s = n == 0 ? NaN : std::sqrt(s / (flag == 1 || n == 1 ? n : n - 1));
    mu[o] = m;
    sigma[o] = s;
    double d = s == 0 ? 1 : s;
    for (size_t k = 0; k < p.len; ++k) z[p.index[o * p.len + k]] = (slice[k] - m) / d;
  }
  a.set(0, store(z, dimsOf(x), cls, a.site));
  a.set(1, store(mu, p.outDims, cls, a.site));
  a.set(2, store(sigma, p.outDims, cls, a.site));
}
