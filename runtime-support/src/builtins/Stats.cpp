// Builtins of stats.def: descriptive statistics (var, std, median, mode,
// cov, corrcoef, prctile, quantile, histcounts, and the moving-window
// movmean, movsum, movmax, movmin, movmedian, movprod, movstd, movvar,
// smoothdata, vecnorm, bounds, rescale) and the
// random functions beside rand/randn (randi, randperm, rng), which draw
// from the same MT19937 stream (Random.h).
//
// The reductions share one plan: the elements of x grouped into the slices
// a dim, a vecdim or 'all' names, each slice gathered into a vector and
// reduced by a small function. Values are computed in double (long double
// for integer classes where exactness matters); single results are stored
// as single. Tests: tests/unit/BuiltinStatsTest.cpp.
#include <algorithm>
#include <array>
#include <cmath>
#include <complex>
#include <numeric>
#include <random>
#include <type_traits>

#include "array/Aggregate.h"
#include "builtins/Builtin.h"
#include "builtins/Random.h"
#include "builtins/StatSlices.h"
#include "builtins/Util.h"

using namespace mcc::rt;
using namespace mcc::rt::stats;

namespace {

// x(:) as a column of the same class.
Ref columnOf(const mcc_array* x, const mcc_site* site) {
  Ref r = newArray(x->class_id, x->is_complex, {x->numel, 1}, false, site);
  if (x->numel) std::memcpy(r->data, x->data, x->numel * elementSize(x));
  return r;
}

// Trailing nanflag options from input `first` on; returns true for 'omitnan'.
bool parseNaNFlag(const Args& a, uint32_t first) {
  bool omit = false;
  for (uint32_t k = first; k < a.nargin; ++k) {
    std::string o = option(a, k);
    if (o == "omitnan" || o == "omitmissing")
      omit = true;
    else if (o == "includenan" || o == "includemissing")
      omit = false;
    else
      a.error("Invalid option '" + a.text(k) + "'.");
  }
  return omit;
}

// Where the options begin: the first char input from `first` on that is
// not 'all' in a dim position.
uint32_t optionStart(const Args& a, uint32_t first, uint32_t dimPosition) {
  for (uint32_t k = first; k < a.nargin; ++k)
    if (isOption(a, k) && !(k == dimPosition && option(a, k) == "all")) return k;
  return a.nargin;
}

// MATLAB's `[]` with no dim given reduces to one NaN (var, median, mode).
bool emptyDefault(const mcc_array* x, const DimSpec& s) { return !s.given && isBracketEmpty(x); }

// --- var, std ------------------------------------------------------------------------

template <class C> typename RealOf<C>::type squaredMagnitude(C v) {
  if constexpr (isComplexType<C>)
    return std::norm(v);
  else
    return v * v;
}

// The variance and mean of one slice (NaN elements dropped when omitting),
// with w == nullptr for the 0/1 normalisations; computed in C's precision
// (single data in single, as MATLAB does), its sums added in double.
template <class C>
std::pair<typename RealOf<C>::type, C> varianceOf(std::vector<C>& v, const std::vector<double>* w, bool biased, bool omitNaN) {
  using R = typename RealOf<C>::type;
  std::vector<R> weights;
  if (w) weights.assign(w->begin(), w->end());
  if (omitNaN) {
    size_t kept = 0;
    for (size_t i = 0; i < v.size(); ++i)
      if (v[i] == v[i]) {
        if (w) weights[kept] = weights[i];
        v[kept++] = v[i];
      }
    v.resize(kept);
    if (w) weights.resize(kept);
  }
  size_t n = v.size();
  if (n == 0) return {R(NaN), C(R(NaN))};
  if (w) {
    R total = 0;
    for (R x : weights) total += x;
    C mean = 0;
    for (size_t i = 0; i < n; ++i) mean += (weights[i] / total) * v[i];
    R s = 0;
    for (size_t i = 0; i < n; ++i) s += (weights[i] / total) * squaredMagnitude(v[i] - mean);
    return {s, mean};
  }
  // As MATLAB's var computes it, sum(x)/n, then sum(abs(x - mean).^2)/(n - 1),
  // each step in C's precision, with the two sums added in double (as sum
  // adds single data: a float running sum of 8M values of rand is off by 0.4%).
  using W = std::conditional_t<std::is_same_v<R, float>, std::conditional_t<std::is_same_v<C, float>, double, std::complex<double>>, C>;
  W sum = 0;
  for (const C& x : v) sum += W(x);
  C mean = C(sum) / R(n);
  double s = 0;
  for (const C& x : v) s += squaredMagnitude(x - mean);
  R denom = (!biased && n > 1) ? R(n - 1) : R(n);
  return {R(s) / denom, mean};
}

// var(x, w, dim, nanflag) and std: the dims and weights parsed, then one
// variance per slice.
void varStd(const Args& a, bool isStd) {
  a.arity(1, 5, 2);
  const mcc_array* x = a[0];
  if (!isValueClass(x->class_id)) a.error("First argument must be single or double.");
  if (isIntegerClass(x->class_id)) a.error("First argument must be single or double.");
  uint32_t optStart = optionStart(a, 1, 2);
  bool omitNaN = parseNaNFlag(a, optStart);
  if (optStart > 3) a.error("Too many input arguments.");
  DimSpec spec;
  if (optStart > 2) spec = parseDim(a, 2, true);
  std::vector<double> w;
  bool weighted = false, biased = false;
  const char* badW = "W must be a vector of nonnegative weights, or a scalar 0 or 1.";
  if (optStart > 1 && !isBracketEmpty(a[1])) {
    const mcc_array* wa = a[1];
    if (wa->class_id == MCC_CLASS_CHAR || wa->is_complex || !(isVectorShape(wa) || wa->numel == 1) || wa->numel == 0)
      a.error(badW);
    w = numbers(wa, a, badW);
    for (double v : w)
      if (!(v >= 0)) a.error(badW);
    if (w.size() == 1 && (w[0] == 0 || w[0] == 1)) {
      biased = w[0] == 1;
    } else {
      weighted = true;
    }
  }
  if (emptyDefault(x, spec)) {
    a.set(0, store(std::vector<double>{NaN}, {1, 1}, floatResultClass(x), a.site));
    a.set(1, store(std::vector<double>{NaN}, {1, 1}, floatResultClass(x), a.site));
    return;
  }
  Plan p = planFor(x, spec);
  if (weighted && w.size() != p.len) {
    if (w.size() == 1) a.error(badW);
    a.error("The length of W must be compatible with X.");
  }
  uint32_t cls = floatResultClass(x);
  std::vector<double> result(p.count);
  auto run = [&](auto zero) {
    using C = decltype(zero);
    std::vector<C> scratch, slice;
    const C* values = loadAs<C>(x, scratch);
    std::vector<C> means(p.count);
    for (size_t o = 0; o < p.count; ++o) {
      gather(values, p, o, slice);
      auto [v, m] = varianceOf(slice, weighted ? &w : nullptr, biased, omitNaN);
      result[o] = isStd ? std::sqrt(v) : v;
      means[o] = m;
    }
    return means;
  };
  if (x->is_complex) {
    // Complex single is computed in double.
    std::vector<std::complex<double>> means = run(std::complex<double>());
    a.set(0, store(result, p.outDims, cls, a.site));
    if (a.nargout > 1) {
      Ref m = newArray(cls, true, p.outDims, false, a.site);
      visitClass(cls, [&](auto tag) {
        using T = typename decltype(tag)::T;
        if constexpr (std::is_floating_point_v<T>) {
          for (size_t i = 0; i < means.size(); ++i) {
            dataOf<T>(m.get())[2 * i] = T(means[i].real());
            dataOf<T>(m.get())[2 * i + 1] = T(means[i].imag());
          }
        }
      });
      a.set(1, narrowComplex(std::move(m)));
    }
    return;
  }
  if (cls == MCC_CLASS_SINGLE) {
    std::vector<float> means = run(0.0f);
    a.set(0, store(result, p.outDims, cls, a.site));
    a.set(1, store(means, p.outDims, cls, a.site));
    return;
  }
  std::vector<double> means = run(0.0);
  a.set(0, store(result, p.outDims, cls, a.site));
  a.set(1, store(means, p.outDims, cls, a.site));
}

// --- median ----------------------------------------------------------------------------

void medianBuiltin(const Args& a) {
  a.arity(1, 3, 1);
  const mcc_array* x = a[0];
  if (x->is_complex) notImplemented("median of complex values", a.site);
  uint32_t optStart = optionStart(a, 1, 1);
  bool omitNaN = parseNaNFlag(a, optStart);
  DimSpec spec;
  if (optStart > 1) spec = parseDim(a, 1, true);
  // Integers keep their class; logical and char give double.
  uint32_t cls = isNumericClass(x->class_id) ? x->class_id : MCC_CLASS_DOUBLE;
  if (emptyDefault(x, spec)) {
    a.set(0, store(std::vector<double>{NaN}, {1, 1}, cls, a.site));
    return;
  }
  Plan p = planFor(x, spec);
  auto run = [&](auto zero) {
    using C = decltype(zero);
    std::vector<C> scratch, slice, result(p.count);
    const C* values = loadAs<C>(x, scratch);
    for (size_t o = 0; o < p.count; ++o) {
      gather(values, p, o, slice);
      result[o] = medianOf(slice, omitNaN, isIntegerClass(x->class_id));
    }
    a.set(0, store(result, p.outDims, cls, a.site));
  };
  if (isIntegerClass(x->class_id))
    run((long double)0);
  else if (x->class_id == MCC_CLASS_SINGLE)
    run(0.0f);
  else
    run(0.0);
}

// --- mode ------------------------------------------------------------------------------

// [M, F, C] = mode(x, dim): the most frequent value of each slice (the
// smallest among ties), NaN ignored; an empty or all-NaN slice gives NaN
// (0 for integer classes) with frequency 0. C{k} is a sorted column of
// every value of slice k with that frequency.
void modeBuiltin(const Args& a) {
  a.arity(1, 2, 3);
  const mcc_array* x = a[0];
  if (x->is_complex) notImplemented("mode of complex values", a.site);
  DimSpec spec;
  if (a.nargin > 1) spec = parseDim(a, 1, true);
  if (emptyDefault(x, spec)) {
    a.set(0, store(std::vector<double>{NaN}, {1, 1}, x->class_id, a.site));
    a.set(1, scalarResult(0));
    if (a.nargout > 2) {
      Ref c = newCell({1, 1}, a.site);
      Ref none = store(std::vector<double>{}, {0, 1}, x->class_id, a.site);
      setCellElement(c.get(), 0, none.get());
      a.set(2, std::move(c));
    }
    return;
  }
  Plan p = planFor(x, spec);
  std::vector<long double> scratch, slice, modes(p.count);
  std::vector<double> freq(p.count);
  Ref ties = a.nargout > 2 ? newCell(p.outDims, a.site) : Ref();
  const long double* values = loadAs<long double>(x, scratch);
  for (size_t o = 0; o < p.count; ++o) {
    gather(values, p, o, slice);
    slice.erase(std::remove_if(slice.begin(), slice.end(), [](long double v) { return v != v; }), slice.end());
    std::sort(slice.begin(), slice.end());
    long double best = NaN;
    size_t bestCount = 0;
    for (size_t i = 0; i < slice.size();) {
      size_t j = i;
      while (j < slice.size() && slice[j] == slice[i]) ++j;
      if (j - i > bestCount) {
        bestCount = j - i;
        best = slice[i];
      }
      i = j;
    }
    modes[o] = best;
    freq[o] = double(bestCount);
    if (!ties) continue;
    std::vector<long double> tied;
    for (size_t i = 0; i < slice.size();) {
      size_t j = i;
      while (j < slice.size() && slice[j] == slice[i]) ++j;
      if (j - i == bestCount) tied.push_back(slice[i]);
      i = j;
    }
    if (tied.empty()) tied.push_back(best);
    Ref column = store(tied, {tied.size(), 1}, x->class_id, a.site);
    setCellElement(ties.get(), o, column.get());
  }
  a.set(0, store(modes, p.outDims, x->class_id, a.site));
  a.set(1, store(freq, p.outDims, MCC_CLASS_DOUBLE, a.site));
  if (ties) a.set(2, std::move(ties));
}

// --- cov, corrcoef ---------------------------------------------------------------------------

// The observations of cov/corrcoef: m rows of n variables, column-major.
template <class C> struct Observations {
  size_t m = 0, n = 0;
  std::vector<C> values;
};

// x as variables in columns (a vector is one variable), or [x(:) y(:)].
template <class C> Observations<C> observations(const Args& a, const mcc_array* x, const mcc_array* y) {
  Observations<C> obs;
  std::vector<C> scratch;
  auto append = [&](const mcc_array* v) {
    const C* p = loadAs<C>(v, scratch);
    obs.values.insert(obs.values.end(), p, p + v->numel);
  };
  if (y) {
    if (x->numel != y->numel) a.error("The number of elements in A and B must match.");
    obs.m = x->numel;
    obs.n = 2;
    append(x);
    append(y);
    return obs;
  }
  if (x->ndims > 2) a.error("Inputs must be 2-D.");
  if (isVectorShape(x) && x->numel > 0) {
    obs.m = x->numel;
    obs.n = 1;
  } else {
    obs.m = x->dims[0];
    obs.n = x->dims[1];
  }
  append(x);
  return obs;
}

// The covariance matrix (n x n) of the observations; NaN when there are
// none. 'omitrows' drops every observation holding a NaN first.
template <class C> std::vector<C> covariance(Observations<C> obs, bool biased, bool omitRows) {
  size_t m = obs.m, n = obs.n;
  if (omitRows) {
    std::vector<C> kept;
    size_t rows = 0;
    std::vector<bool> keep(m, true);
    for (size_t j = 0; j < n; ++j)
      for (size_t i = 0; i < m; ++i)
        if (obs.values[j * m + i] != obs.values[j * m + i]) keep[i] = false;
    for (size_t i = 0; i < m; ++i) rows += keep[i];
    for (size_t j = 0; j < n; ++j)
      for (size_t i = 0; i < m; ++i)
        if (keep[i]) kept.push_back(obs.values[j * m + i]);
    obs.values = std::move(kept);
    m = rows;
  }
  std::vector<C> c(n * n, C(NaN));
  if (m == 0) return c;
  std::vector<C> centered(obs.values);
  for (size_t j = 0; j < n; ++j) {
    C sum = 0;
    for (size_t i = 0; i < m; ++i) sum += centered[j * m + i];
    C mean = sum / double(m);
    for (size_t i = 0; i < m; ++i) centered[j * m + i] -= mean;
  }
  double denom = (!biased && m > 1) ? double(m - 1) : double(m);
  for (size_t j = 0; j < n; ++j)
    for (size_t k = 0; k < n; ++k) {
      C s = 0;
      for (size_t i = 0; i < m; ++i) {
        if constexpr (isComplexType<C>)
          s += std::conj(centered[j * m + i]) * centered[k * m + i];
        else
          s = std::fma(centered[j * m + i], centered[k * m + i], s);
      }
      c[k * n + j] = s / denom;
    }
  return c;
}

// corrcoef's normalisation of a covariance matrix as MATLAB's corrcoef does
// it: r ./ d ./ d' with d = sqrt(diag(c)), made exactly symmetric by
// (r + r')/2, magnitudes above 1 clipped, and sign(diag) on the diagonal.
template <class C> C signOf(C v) {
  if (v != v || std::abs(v) == 0) return v;
  return v / std::abs(v);
}

template <class C> C adjoint(C v) {
  if constexpr (isComplexType<C>)
    return std::conj(v);
  else
    return v;
}

template <class C> void correlate(std::vector<C>& c, size_t n) {
  std::vector<double> d(n);
  for (size_t j = 0; j < n; ++j) d[j] = std::sqrt(std::real(c[j * n + j]));
  for (size_t k = 0; k < n; ++k)
    for (size_t j = 0; j < n; ++j) c[k * n + j] = c[k * n + j] / d[j] / d[k];
  for (size_t k = 0; k < n; ++k)
    for (size_t j = 0; j <= k; ++j) {
      C r = (c[k * n + j] + adjoint(c[j * n + k])) / 2.0;
      if (std::abs(r) > 1) r = signOf(r);
      c[k * n + j] = r;
      c[j * n + k] = adjoint(r);
    }
  for (size_t j = 0; j < n; ++j) c[j * n + j] = signOf(c[j * n + j]);
}

// cov(x), cov(x, y), cov(..., w), cov(..., nanflag) and corrcoef(x),
// corrcoef(x, y), corrcoef(..., 'Rows', r).
void covariances(const Args& a, bool isCorr) {
  a.arity(1, 4, 1);
  uint32_t end = a.nargin;
  bool omitRows = false;
  if (isCorr) {
    if (end >= 3 && isOption(a, end - 2)) {
      if (option(a, end - 2) != "rows") a.error("Invalid parameter name '" + a.text(end - 2) + "'.");
      std::string r = isOption(a, end - 1) ? option(a, end - 1) : "";
      if (r == "complete") omitRows = true;
      else if (r == "pairwise") notImplemented("corrcoef(..., 'Rows', 'pairwise')", a.site);
      else if (r != "all") a.error("Invalid value for 'Rows'.");
      end -= 2;
    }
  } else if (end >= 2 && isOption(a, end - 1)) {
    std::string o = option(a, end - 1);
    if (o == "omitrows")
      omitRows = true;
    else if (o == "partialrows")
      notImplemented("cov(..., 'partialrows')", a.site);
    else if (o != "includenan")
      a.error("Invalid option '" + a.text(end - 1) + "'.");
    --end;
  }
  for (uint32_t k = 0; k < end; ++k)
    if (a[k]->class_id == MCC_CLASS_CHAR || !isValueClass(a[k]->class_id)) a.error("Inputs must be numeric.");
  if (end == 0) a.error("Not enough input arguments.");
  bool biased = false;
  const mcc_array* y = nullptr;
  auto isWeight = [&](uint32_t k) {
    return a[k]->numel == 1 && !a[k]->is_complex && (mcc_array_to_double(a[k], a.site) == 0 || mcc_array_to_double(a[k], a.site) == 1);
  };
  if (!isCorr && end == 3) {
    if (!isWeight(2)) a.error("W must be 0 or 1.");
    biased = mcc_array_to_double(a[2], a.site) == 1;
    y = a[1];
  } else if (!isCorr && end == 2 && a[0]->numel != 1 && isWeight(1)) {
    biased = mcc_array_to_double(a[1], a.site) == 1;
  } else if (end == 2) {
    y = a[1];
  } else if (end > 2) {
    a.error("Too many input arguments.");
  }
  const mcc_array* x = a[0];
  uint32_t cls = (x->class_id == MCC_CLASS_SINGLE || (y && y->class_id == MCC_CLASS_SINGLE)) ? MCC_CLASS_SINGLE : MCC_CLASS_DOUBLE;
  auto finish = [&](auto zero) {
    using C = decltype(zero);
    Observations<C> obs = observations<C>(a, x, y);
    size_t n = obs.n;
    if (isBracketEmpty(x) && !y) n = 1;
    if (isBracketEmpty(x) && !y) obs.n = 1;
    std::vector<C> c = covariance(std::move(obs), biased, omitRows);
    if (isCorr) correlate(c, n);
    Ref r = newArray(cls, isComplexType<C>, {n, n}, false, a.site);
    visitClass(cls, [&](auto tag) {
      using T = typename decltype(tag)::T;
      if constexpr (std::is_floating_point_v<T>) {
        T* out = dataOf<T>(r.get());
        for (size_t i = 0; i < c.size(); ++i) {
          if constexpr (isComplexType<C>) {
            out[2 * i] = T(c[i].real());
            out[2 * i + 1] = T(c[i].imag());
          } else {
            out[i] = T(c[i]);
          }
        }
      }
    });
    a.set(0, narrowComplex(std::move(r)));
  };
  if (x->is_complex || (y && y->is_complex))
    finish(std::complex<double>());
  else
    finish(0.0);
}

// --- prctile, quantile --------------------------------------------------------------------

// prctile(x, p, dim) and quantile(x, q, dim): the dim's extent becomes
// numel(p); NaN elements are ignored.
void quantiles(const Args& a, bool percent) {
  a.arity(2, 3, 1);
  const mcc_array* x = a[0];
  if (x->is_complex || x->class_id == MCC_CLASS_CHAR) a.error("Input data must be real numeric values.");
  const char* badP = percent ? "Percentiles must be a scalar or vector of values between 0 and 100."
                             : "Probabilities must be a scalar or vector of values between 0 and 1.";
  const mcc_array* pa = a[1];
  if (pa->class_id == MCC_CLASS_CHAR || pa->is_complex || pa->numel == 0 || !(isVectorShape(pa))) a.error(badP);
  std::vector<double> p = numbers(pa, a, badP);
  double scale = percent ? 100 : 1;
  if (!percent && p.size() == 1 && p[0] > 1 && p[0] == std::floor(p[0])) {
    // quantile(x, n): n evenly spaced probabilities (1:n)/(n+1).
    size_t count = static_cast<size_t>(p[0]);
    p.resize(count);
    for (size_t i = 0; i < count; ++i) p[i] = double(i + 1) / double(count + 1);
  }
  for (double& v : p) {
    if (!(v >= 0 && v <= scale)) a.error(badP);
    v /= scale;
  }
  DimSpec spec;
  if (a.nargin > 2) spec = parseDim(a, 2, true);
  Ref flat;
  if (spec.all) {
    flat = columnOf(x, a.site);
    x = flat.get();
    spec = DimSpec{true, false, {1}};
  } else if (spec.dims.size() > 1) {
    notImplemented(std::string(percent ? "prctile" : "quantile") + " with a vector of dims", a.site);
  }
  size_t dim = spec.given ? spec.dims[0] : defaultDim(x);
  Plan plan = planOver(x, {dim});
  Dims out = dimsOf(x);
  if (out.size() < dim) out.resize(dim, 1);
  out[dim - 1] = p.size();
  // Results of slice o at probability j go where o's element would sit
  // with index j along dim.
  size_t before = 1;
  for (size_t k = 0; k + 1 < dim; ++k) before *= out[k];
  std::vector<double> result(plan.count * p.size());
  std::vector<double> scratch, slice;
  const double* values = loadAs<double>(x, scratch);
  for (size_t o = 0; o < plan.count; ++o) {
    gather(values, plan, o, slice);
    slice.erase(std::remove_if(slice.begin(), slice.end(), [](double v) { return v != v; }), slice.end());
    std::sort(slice.begin(), slice.end());
    size_t lo = o % before, hi = o / before;
    for (size_t j = 0; j < p.size(); ++j) result[lo + before * (j + p.size() * hi)] = quantileOf(slice, p[j]);
  }
  a.set(0, store(result, normalizeDims(out), floatResultClass(x), a.site));
}

// --- histcounts ------------------------------------------------------------------------------

double epsOf(double v) {
  v = std::fabs(v);
  if (!std::isfinite(v)) return NaN;
  return std::nextafter(v, INFINITY) - v;
}

// MATLAB's bin picker: "nice" edges covering [xmin, xmax], either by a raw
// bin width (nbins == 0: the automatic rules) or for nbins bins.
std::vector<double> binPicker(double xmin, double xmax, size_t nbins, double rawWidth) {
  double xscale = std::max(std::fabs(xmin), std::fabs(xmax));
  double xrange = xmax - xmin;
  rawWidth = std::max(rawWidth, epsOf(xscale));
  double left, right, width;
  size_t actual;
  if (xrange > std::max(std::sqrt(epsOf(xscale)), std::numeric_limits<double>::min())) {
    double powOfTen = std::pow(10.0, std::floor(std::log10(rawWidth)));
    double relSize = rawWidth / powOfTen;
    if (nbins == 0) {
      width = relSize < 1.5 ? powOfTen : relSize < 2.5 ? 2 * powOfTen : relSize < 4 ? 3 * powOfTen : relSize < 7.5 ? 5 * powOfTen : 10 * powOfTen;
      left = std::max(std::min(width * std::floor(xmin / width), xmin), -std::numeric_limits<double>::max());
      actual = static_cast<size_t>(std::max(1.0, std::ceil((xmax - left) / width)));
    } else {
      width = powOfTen * std::floor(relSize);
      left = std::max(std::min(width * std::floor(xmin / width), xmin), -std::numeric_limits<double>::max());
      if (nbins > 1) {
        double ll = (xmax - left) / double(nbins);
        double ul = (xmax - left) / double(nbins - 1);
        double p10 = std::pow(10.0, std::floor(std::log10(ul - ll)));
        width = p10 * std::ceil(ll / p10);
      }
      actual = nbins;
    }
    right = std::min(std::max(left + double(actual) * width, xmax), std::numeric_limits<double>::max());
  } else {
    // Nearly constant data: bins of about unit width around it.
    if (nbins == 0) nbins = 1;
    double binRange = std::max(1.0, std::ceil(double(nbins) * epsOf(xscale)));
    left = std::floor(2 * (xmin - binRange / 4)) / 2;
    right = std::ceil(2 * (xmax + binRange / 4)) / 2;
    width = (right - left) / double(nbins);
    actual = nbins;
  }
  std::vector<double> edges(actual + 1);
  for (size_t i = 0; i <= actual; ++i)
    edges[i] = !std::isfinite(width) ? left + (double(i) * (right - left)) / double(actual) : left + double(i) * width;
  edges[0] = left;
  edges[actual] = right;
  return edges;
}

// histcounts' binning options: the positional nbins or edges and the
// name-value arguments (histcounts documentation).
struct Binning {
  std::string norm = "count";
  std::string method = "auto";
  double nbins = 0;                  // NumBins or the positional scalar; 0: none
  const mcc_array* edges = nullptr;  // BinEdges or the positional vector
  double width = 0;                  // BinWidth; 0: none
  bool limited = false;              // BinLimits given
  double lo = 0, hi = 0;
};

Binning parseBinning(const Args& a) {
  Binning b;
  uint32_t k = 1;
  if (a.nargin > 1 && !isOption(a, 1)) {
    if (a[1]->numel == 1) {
      double m = a.scalar(1);
      if (!(m >= 1) || m != std::floor(m) || a[1]->class_id == MCC_CLASS_CHAR)
        a.error("Expected input number 2, m, to be integer-valued and positive.");
      b.nbins = m;
    } else {
      b.edges = a[1];
    }
    k = 2;
  }
  if ((a.nargin - k) % 2) a.error("Name-value arguments must come in pairs.");
  for (; k < a.nargin; k += 2) {
    if (!isOption(a, k)) a.error("Invalid option.");
    std::string name = option(a, k);
    const mcc_array* v = a[k + 1];
    if (name == "normalization") {
      if (!isOption(a, k + 1)) a.error("Normalization must be a character vector or string scalar.");
      b.norm = option(a, k + 1);
      if (b.norm != "count" && b.norm != "probability" && b.norm != "countdensity" && b.norm != "pdf" &&
          b.norm != "cumcount" && b.norm != "cdf")
        a.error("Normalization must be 'count', 'probability', 'countdensity', 'pdf', 'cumcount' or 'cdf'.");
    } else if (name == "binwidth") {
      if (v->numel != 1 || v->is_complex || v->class_id == MCC_CLASS_CHAR || !(a.scalar(k + 1) > 0) ||
          !std::isfinite(a.scalar(k + 1)))
        a.error("Expected BinWidth to be positive and finite.");
      b.width = a.scalar(k + 1);
    } else if (name == "numbins") {
      double m = v->numel == 1 && v->class_id != MCC_CLASS_CHAR ? a.scalar(k + 1) : 0;
      if (!(m >= 1) || m != std::floor(m)) a.error("Expected NumBins to be integer-valued and positive.");
      b.nbins = m;
    } else if (name == "binedges") {
      b.edges = v;
    } else if (name == "binlimits") {
      std::vector<double> l = v->class_id == MCC_CLASS_CHAR || v->is_complex || v->numel != 2
                                  ? std::vector<double>{}
                                  : numbers(v, a, "Expected BinLimits to be real.");
      if (l.size() != 2 || !(l[0] <= l[1]) || !std::isfinite(l[0]) || !std::isfinite(l[1]))
        a.error("Expected BinLimits to be a 2-element vector of finite, nondecreasing values.");
      b.limited = true;
      b.lo = l[0];
      b.hi = l[1];
    } else if (name == "binmethod") {
      if (!isOption(a, k + 1)) a.error("BinMethod must be a character vector or string scalar.");
      b.method = option(a, k + 1);
      if (b.method != "auto" && b.method != "scott" && b.method != "fd" && b.method != "integers" &&
          b.method != "sturges" && b.method != "sqrt")
        a.error("BinMethod must be 'auto', 'scott', 'fd', 'integers', 'sturges' or 'sqrt'.");
    } else {
      a.error("Invalid option '" + a.text(k) + "'.");
    }
  }
  return b;
}

// The edges of histcounts' automatic rules for the finite data (those
// within the limits when BinLimits are given).
std::vector<double> ruleEdges(const Args& a, const Binning& b, std::vector<double>& finite, bool integerClass, bool nan) {
  if (finite.empty()) return b.limited ? std::vector<double>{b.lo, b.hi} : std::vector<double>{0, 1};
  double minx = *std::min_element(finite.begin(), finite.end());
  double maxx = *std::max_element(finite.begin(), finite.end());
  double n = double(finite.size());
  std::string method = b.method;
  if (method == "auto") {
    bool integers =
        integerClass || (!nan && std::all_of(finite.begin(), finite.end(), [](double v) { return v == std::round(v); }));
    double limit = 4503599627370496.0;  // flintmax / 2
    method = integers && maxx - minx <= 50 && maxx <= limit && minx >= -limit ? "integers" : "scott";
  }
  if (method == "fd") notImplemented("histcounts with 'BinMethod' 'fd'", a.site);
  if (b.limited && method != "integers") notImplemented("histcounts with 'BinLimits' and no NumBins or BinWidth", a.site);
  std::vector<double> edges;
  if (method == "integers") {
    double lo = b.limited ? b.lo : minx, hi = b.limited ? b.hi : maxx;
    if (hi - lo > 65536) notImplemented("histcounts' integer bins over a range above 65536", a.site);
    for (double e = std::floor(lo) - 0.5; e <= std::ceil(hi) + 0.5; e += 1) edges.push_back(e);
    if (b.limited) {
      // The outer bins end at the limits.
      edges.front() = std::max(edges.front(), b.lo);
      edges.back() = std::min(edges.back(), b.hi);
    }
  } else if (method == "scott") {
    std::vector<double> v(finite);
    double s = std::sqrt(varianceOf(v, nullptr, false, false).first);
    edges = binPicker(minx, maxx, 0, 3.5 * s / std::cbrt(n));
  } else {
    double bins = method == "sturges" ? std::ceil(std::log2(n) + 1) : std::ceil(std::sqrt(n));
    bins = std::max(bins, 1.0);
    edges = binPicker(minx, maxx, size_t(bins), (maxx - minx) / bins);
  }
  return edges;
}

// [N, edges, bin] = histcounts(x), histcounts(x, nbins), histcounts(x, edges),
// histcounts(..., Name, Value) with Normalization, BinWidth, NumBins,
// BinEdges, BinLimits and BinMethod.
void histcountsBuiltin(const Args& a) {
  a.arity(1, 15, 3);
  Binning b = parseBinning(a);
  const mcc_array* x = a[0];
  if (x->is_complex || !isNumericClass(x->class_id)) a.error("Expected input number 1, x, to be real and numeric.");
  std::vector<double> scratch;
  const double* xv = loadAs<double>(x, scratch);
  std::vector<double> finite;
  for (size_t i = 0; i < x->numel; ++i)
    if (std::isfinite(xv[i]) && (!b.limited || (xv[i] >= b.lo && xv[i] <= b.hi))) finite.push_back(xv[i]);
  double minx = finite.empty() ? 0 : *std::min_element(finite.begin(), finite.end());
  double maxx = finite.empty() ? 0 : *std::max_element(finite.begin(), finite.end());
  std::vector<double> edges;
  if (b.edges) {
    const mcc_array* e = b.edges;
    if (e->class_id == MCC_CLASS_CHAR || e->is_complex || e->numel == 0 || !isVectorShape(e))
      a.error("Expected input number 2, edges, to be a nonempty real vector.");
    edges = numbers(e, a, "Expected input number 2, edges, to be real.");
    for (size_t i = 1; i < edges.size(); ++i)
      if (!(edges[i] >= edges[i - 1])) a.error("Expected input number 2, edges, to be nondecreasing.");
  } else if (b.nbins > 0 && b.limited) {
    // nbins uniform bins spanning the limits exactly.
    size_t nbins = size_t(b.nbins);
    for (size_t i = 0; i <= nbins; ++i) edges.push_back(b.lo + (b.hi - b.lo) * double(i) / double(nbins));
    edges.back() = b.hi;
  } else if (b.nbins > 0) {
    size_t nbins = size_t(b.nbins);
    if (finite.empty()) {
      for (size_t i = 0; i <= nbins; ++i) edges.push_back(double(i));
    } else {
      edges = binPicker(minx, maxx, nbins, (maxx - minx) / double(nbins));
    }
  } else if (b.width > 0) {
    // Bins of the width from a multiple of it at or below the data (or from
    // the lower limit, the last bin then ending at the upper one); at most
    // 65536 of them, widened to fit.
    double w = b.width, left = b.limited ? b.lo : finite.empty() ? 0 : w * std::floor(minx / w);
    double right = b.limited ? b.hi : finite.empty() ? w : maxx;
    double count = std::max(1.0, std::ceil((right - left) / w));
    if (count > 65536) {
      count = 65536;
      w = (right - left) / count;
    }
    for (size_t i = 0; i <= size_t(count); ++i) edges.push_back(left + double(i) * w);
    if (b.limited) {
      while (edges.size() > 2 && edges[edges.size() - 2] >= right) edges.pop_back();
      edges.back() = right;
    }
  } else {
    // round(x) == x fails for NaN and compares Inf with itself: NaN spoils
    // the integer rule of 'auto'.
    bool nan = false;
    for (size_t i = 0; i < x->numel && !isIntegerClass(x->class_id); ++i) nan = nan || xv[i] != xv[i];
    edges = ruleEdges(a, b, finite, isIntegerClass(x->class_id), nan);
  }
  const std::string& norm = b.norm;
  size_t nb = edges.size() - 1;
  std::vector<double> counts(nb, 0), bins(x->numel, 0);
  for (size_t i = 0; i < x->numel && nb; ++i) {
    double v = xv[i];
    if (!(v >= edges[0] && v <= edges[nb])) continue;
    size_t k = static_cast<size_t>(std::upper_bound(edges.begin(), edges.end(), v) - edges.begin());
    if (k > nb) k = nb;  // the last bin holds its right edge
    while (k > 1 && edges[k - 1] == edges[k] && v == edges[k]) --k;
    counts[k - 1] += 1;
    bins[i] = double(k);
  }
  double total = double(x->numel), running = 0;
  for (size_t k = 0; k < nb; ++k) {
    double width = edges[k + 1] - edges[k];
    if (norm == "probability") counts[k] /= total;
    else if (norm == "countdensity") counts[k] /= width;
    else if (norm == "pdf") counts[k] /= total * width;
    else if (norm == "cumcount") counts[k] = running += counts[k];
    else if (norm == "cdf") counts[k] = (running += counts[k]) / total;
  }
  uint32_t edgeClass = x->class_id == MCC_CLASS_SINGLE && a.nargin < 2 ? MCC_CLASS_SINGLE : MCC_CLASS_DOUBLE;
  if (b.edges && isFloatClass(b.edges->class_id)) edgeClass = b.edges->class_id;
  a.set(0, rowOf(counts, MCC_CLASS_DOUBLE, a.site));
  a.set(1, rowOf(edges, edgeClass, a.site));
  a.set(2, store(bins, dimsOf(x), MCC_CLASS_DOUBLE, a.site));
}

// --- movmean, movsum, movmax, movmin, movmedian, movprod, movstd, movvar --------------------

// Gaussian is smoothdata's 'gaussian': a mean weighted by a Gaussian whose
// standard deviation is a fifth of the window's width.
enum class Window { Mean, Sum, Max, Min, Median, Prod, Std, Var, Gaussian };

const char* windowName(Window w) {
  static const char* const names[] = {"movmean", "movsum",  "movmax", "movmin",    "movmedian",
                                      "movprod", "movstd", "movvar", "smoothdata"};
  return names[static_cast<int>(w)];
}

// One window's statistic; v holds its values (NaN omitted when asked).
// MATLAB's movstd/movvar give 0 for a window of one value (normalised by
// N - 1 otherwise, by N with w = 1). A NaN in a window gives NaN unless
// 'omitnan' took it out (MATLAB's 'includenan' default for every mov*).
double windowValue(Window w, std::vector<double>& v, double norm) {
  size_t n = v.size();
  switch (w) {
    case Window::Sum: return std::accumulate(v.begin(), v.end(), 0.0);
    case Window::Mean: return n ? std::accumulate(v.begin(), v.end(), 0.0) / double(n) : NaN;
    case Window::Prod: return std::accumulate(v.begin(), v.end(), 1.0, std::multiplies<double>());
    case Window::Max:
    case Window::Min: {
      double best = NaN;
      for (double e : v) {
        if (e != e) return NaN;
        if (best != best || (w == Window::Max ? e > best : e < best)) best = e;
      }
      return best;
    }
    case Window::Median: {
      if (!n) return NaN;
      for (double e : v)
        if (e != e) return NaN;
      std::sort(v.begin(), v.end());
      return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
    case Window::Gaussian: return NaN;  // weighted: moving() computes it
    case Window::Std:
    case Window::Var: {
      if (!n) return NaN;
      double m = std::accumulate(v.begin(), v.end(), 0.0) / double(n), s = 0;
      for (double e : v) s += (e - m) * (e - m);
      double r = n == 1 ? 0 : s / (norm == 1 ? double(n) : double(n - 1));
      return w == Window::Std ? std::sqrt(r) : r;
    }
  }
  return NaN;
}

// movmean/movsum/...(x, k, dim, nanflag, 'Endpoints', e): a window of kb
// elements before and kf after each one, shrunk at the ends (or the ends
// discarded, or filled with a value). movstd and movvar take a
// normalisation w (0 or 1) before dim.
void moving(const Args& a, Window kind) {
  a.arity(2, 7, 1);
  const mcc_array* x = a[0];
  const std::string fname = windowName(kind);
  if (x->is_complex) notImplemented(fname + " of complex values", a.site);
  if (!isValueClass(x->class_id)) a.error("Invalid data type. First argument must be numeric or logical.");
  const char* badK = "Window length must be a finite positive scalar or 2-element vector of nonnegative values.";
  const mcc_array* ka = a[1];
  if (ka->class_id == MCC_CLASS_CHAR || ka->is_complex || (ka->numel != 1 && ka->numel != 2)) a.error(badK);
  std::vector<double> k = numbers(ka, a, badK);
  double kb, kf, width = k.size() == 1 ? k[0] : k[0] + k[1] + 1;
  if (k.size() == 1) {
    if (!(k[0] > 0) || !std::isfinite(k[0])) a.error(badK);
    if (k[0] == std::floor(k[0])) {
      kb = std::floor(k[0] / 2);
      kf = std::floor((k[0] - 1) / 2);
    } else {
      kb = kf = std::floor(k[0] / 2);
    }
  } else {
    if (!(k[0] >= 0 && k[1] >= 0) || !std::isfinite(k[0]) || !std::isfinite(k[1])) a.error(badK);
    kb = std::floor(k[0]);
    kf = std::floor(k[1]);
  }
  DimSpec spec;
  bool omitNaN = false;
  enum { Shrink, Discard, Fill } ends = Shrink;
  double fill = NaN;
  double norm = 0;
  bool spread = kind == Window::Std || kind == Window::Var;
  for (uint32_t i = 2; i < a.nargin; ++i) {
    if (!isOption(a, i)) {
      if (spread && i == 2) {
        if (a[i]->numel == 0) continue;
        norm = a.scalar(i);
        if (norm != 0 && norm != 1) a.error("Normalization must be 0 or 1.");
        continue;
      }
      if (i != (spread ? 3u : 2u)) a.error("Invalid option.");
      spec = parseDim(a, i, false);
      continue;
    }
    std::string o = option(a, i);
    if (o == "omitnan" || o == "omitmissing") {
      omitNaN = true;
    } else if (o == "includenan" || o == "includemissing") {
      omitNaN = false;
    } else if (o == "endpoints" && i + 1 < a.nargin) {
      ++i;
      if (isOption(a, i)) {
        std::string e = option(a, i);
        if (e == "shrink") ends = Shrink;
        else if (e == "discard") ends = Discard;
        else if (e == "fill") ends = Fill;
        else a.error("Endpoints must be 'shrink', 'discard', 'fill', or a numeric or logical scalar.");
      } else {
        if (a[i]->numel != 1 || a[i]->is_complex)
          a.error("Endpoints must be 'shrink', 'discard', 'fill', or a numeric or logical scalar.");
        ends = Fill;
        fill = a.scalar(i);
      }
    } else if (o == "samplepoints") {
      notImplemented(fname + " with 'SamplePoints'", a.site);
    } else {
      a.error("Invalid option '" + a.text(i) + "'.");
    }
  }
  size_t dim = spec.given ? spec.dims[0] : defaultDim(x);
  Plan p = planOver(x, {dim});
  size_t n = p.len;
  size_t b = static_cast<size_t>(std::min(kb, double(n))), f = static_cast<size_t>(std::min(kf, double(n)));
  // Positions [first, last) of each slice are kept; 'discard' keeps only
  // those with a whole window.
  size_t first = 0, last = n;
  if (ends == Discard) {
    first = std::min(b, n);
    last = n >= f ? n - f : 0;
    if (last < first) last = first;
  }
  Dims out = dimsOf(x);
  if (out.size() < dim) out.resize(dim, 1);
  out[dim - 1] = last - first;
  size_t before = 1;
  for (size_t d = 0; d + 1 < dim; ++d) before *= out[d];
  size_t kept = last - first;
  std::vector<double> result(p.count * kept);
  std::vector<double> scratch, slice, window;
  const double* values = loadAs<double>(x, scratch);
  for (size_t o = 0; o < p.count; ++o) {
    gather(values, p, o, slice);
    size_t lo = o % before, hi = o / before;
    for (size_t i = first; i < last; ++i) {
      size_t from = i >= b ? i - b : 0, to = std::min(n, i + f + 1);
      double v;
      if (ends == Fill && (i < b || i + f >= n)) {
        v = fill;
      } else if (kind == Window::Gaussian) {
        // The weights of the values in the window, normalised to sum to 1
        // (so shrunk ends and omitted NaN renormalise what is left).
        double sigma = width / 5, sum = 0, weights = 0;
        for (size_t j = from; j < to; ++j) {
          if (omitNaN && slice[j] != slice[j]) continue;
          double d = (double(j) - double(i)) / sigma, w = std::exp(-0.5 * d * d);
          sum += w * slice[j];
          weights += w;
        }
        v = weights > 0 ? sum / weights : NaN;
      } else {
        window.clear();
        for (size_t j = from; j < to; ++j)
          if (!omitNaN || slice[j] == slice[j]) window.push_back(slice[j]);
        v = windowValue(kind, window, norm);
      }
      result[lo + before * ((i - first) + kept * hi)] = v;
    }
  }
  // movsum, movprod, movmax, movmin and movmedian keep an integer class
  // (saturating); otherwise double, single for single.
  bool keepsInt = kind != Window::Mean && kind != Window::Std && kind != Window::Var && kind != Window::Gaussian;
  uint32_t cls = (keepsInt && isIntegerClass(x->class_id)) ? x->class_id : floatResultClass(x);
  a.set(0, store(result, normalizeDims(out), cls, a.site));
}

// --- vecnorm, bounds, rescale ------------------------------------------------------------

// vecnorm(A, p, dim): the p-norm (p >= 1 or Inf, default 2) of each vector
// along dim (default the first non-singleton one).
void vecnormBuiltin(const Args& a) {
  a.arity(1, 3, 1);
  const mcc_array* x = checked(a[0]);
  if (!isValueClass(x->class_id) || x->class_id == MCC_CLASS_CHAR || isIntegerClass(x->class_id))
    a.error("Input must be a numeric array of class single or double.");
  double p = 2;
  if (a.nargin >= 2 && a[1]->numel) {
    p = a.scalar(1);
    if (!(p >= 1)) a.error("The norm type must be a real positive scalar greater than or equal to 1, or Inf.");
  }
  DimSpec spec;
  if (a.nargin == 3) spec = parseDim(a, 2, false);
  Plan plan = planFor(x, spec);
  std::vector<std::complex<double>> scratch, slice;
  const std::complex<double>* values = loadAs<std::complex<double>>(x, scratch);
  std::vector<double> r(plan.count);
  for (size_t o = 0; o < plan.count; ++o) {
    gather(values, plan, o, slice);
    double acc = 0;
    if (std::isinf(p)) {
      for (auto v : slice) acc = std::max(acc, std::abs(v));
    } else if (p == 2) {
      double scale = 0, sum = 1;  // LAPACK's dnrm2 scaling, safe from overflow
      for (auto v : slice)
        for (double part : {v.real(), v.imag()}) {
          double m = std::fabs(part);
          if (m == 0) continue;
          if (m != m) { scale = m; break; }
          if (scale < m) {
            sum = 1 + sum * (scale / m) * (scale / m);
            scale = m;
          } else {
            sum += (m / scale) * (m / scale);
          }
        }
      acc = scale * std::sqrt(sum);
    } else if (p == 1) {
      for (auto v : slice) acc += std::abs(v);
    } else {
      for (auto v : slice) acc += std::pow(std::abs(v), p);
      acc = std::pow(acc, 1 / p);
    }
    r[o] = acc;
  }
  a.set(0, store(r, plan.outDims, floatResultClass(x), a.site));
}

// [S, L] = bounds(A), bounds(A, dim), bounds(A, 'all'): min(A) and max(A)
// along the same dim (NaN omitted unless 'includenan').
void boundsBuiltin(const Args& a) {
  a.arity(1, 3, 2);
  double empty[2] = {0, 0};
  Ref none(mcc_zeros(MCC_CLASS_DOUBLE, 2, empty, a.site));
  Ref dim = scalarResult(double(defaultDim(a[0])));
  std::vector<mcc_array*> in = {a.in[0], none.get(), dim.get()};
  for (uint32_t k = 1; k < a.nargin; ++k) {
    if (isOption(a, k) && option(a, k) != "all") {
      in.push_back(a.in[k]);  // a nanflag
    } else {
      in[2] = a.in[k];
    }
  }
  mcc_array* lo = nullptr;
  mcc_bi_min(1, &lo, static_cast<uint32_t>(in.size()), in.data(), a.site);
  a.set(0, Ref(lo));
  if (a.outputs() > 1) {
    mcc_array* hi = nullptr;
    mcc_bi_max(1, &hi, static_cast<uint32_t>(in.size()), in.data(), a.site);
    a.set(1, Ref(hi));
  }
}

// rescale(A), rescale(A, l, u), rescale(..., 'InputMin', inmin,
// 'InputMax', inmax): A's values, clipped to [inmin, inmax] (default
// [min(A(:)), max(A(:))]), mapped linearly onto [l, u] (default [0, 1]) by
// MATLAB's formula l + (A - inmin) ./ (inmax - inmin) .* (u - l); a
// constant A gives l.
void rescaleBuiltin(const Args& a) {
  a.arity(1, 7, 1);
  const mcc_array* x = checked(a[0]);
  if (x->is_complex || !isValueClass(x->class_id) || x->class_id == MCC_CLASS_CHAR)
    a.error("Input must be a real numeric or logical array.");
  uint32_t k = 1;
  double l = 0, u = 1;
  if (a.nargin > 1 && !a.isText(1)) {
    if (a.nargin < 3 || a.isText(2)) a.error("Not enough input arguments.");
    l = a.scalar(1);
    u = a.scalar(2);
    k = 3;
  }
  if (l > u) a.error("Lower bound must be less than or equal to the upper bound.");
  std::vector<double> scratch;
  const double* v = loadAs<double>(x, scratch);
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  for (size_t i = 0; i < x->numel; ++i)
    if (v[i] == v[i]) lo = std::min(lo, v[i]), hi = std::max(hi, v[i]);
  for (; k < a.nargin; k += 2) {
    std::string name = isOption(a, k) ? option(a, k) : "";
    if ((name != "inputmin" && name != "inputmax") || k + 1 >= a.nargin)
      a.error("Expected the name-value arguments 'InputMin' and 'InputMax'.");
    if (a[k + 1]->numel != 1) notImplemented("rescale with an array of 'InputMin' or 'InputMax' values", a.site);
    (name == "inputmin" ? lo : hi) = a.scalar(k + 1);
  }
  std::vector<double> r(x->numel);
  for (size_t i = 0; i < x->numel; ++i) {
    double e = v[i] == v[i] ? std::min(std::max(v[i], lo), hi) : v[i];
    r[i] = hi > lo ? l + (e - lo) / (hi - lo) * (u - l) : (v[i] == v[i] ? l : v[i]);
  }
  a.set(0, store(r, dimsOf(x), floatResultClass(x), a.site));
}

// --- Random integers and permutations ----------------------------------------------------------

// The sizes and class of randi's trailing arguments (as rand takes them).
struct RandomShape {
  Dims dims{1, 1};
  uint32_t cls = MCC_CLASS_DOUBLE;
};

RandomShape parseRandomShape(const Args& a, uint32_t first) {
  RandomShape s;
  uint32_t end = a.nargin;
  if (end >= first + 2 && isOption(a, end - 2) && option(a, end - 2) == "like") {
    const mcc_array* proto = a[end - 1];
    if (proto->is_complex) a.error("Complex values are not supported for randi.");
    s.cls = proto->class_id;
    end -= 2;
  } else if (end >= first + 1 && isOption(a, end - 1)) {
    std::string name = a.text(end - 1);
    s.cls = MCC_CLASS_COLON;
    for (uint32_t k = 0; k <= MCC_CLASS_LOGICAL; ++k)
      if (name == className(k) && k != MCC_CLASS_INT64 && k != MCC_CLASS_UINT64) s.cls = k;
    if (s.cls == MCC_CLASS_COLON) a.error("Invalid data type '" + name + "'.");
    --end;
  }
  std::vector<double> sizes;
  for (uint32_t k = first; k < end; ++k)
    if (a[k]->class_id == MCC_CLASS_CHAR) a.error("Size inputs must be numeric.");
  if (end == first + 1 && a[first]->numel != 1) {
    const mcc_array* v = a[first];
    if (v->numel && !(v->ndims == 2 && v->dims[0] == 1)) a.error("Size vector must be a row vector with real elements.");
    sizes = numbers(v, a, "Size vector must be a row vector with real elements.");
    if (sizes.empty()) sizes = {0, 0};
  } else {
    for (uint32_t k = first; k < end; ++k) {
      if (a[k]->numel != 1) a.error("Size inputs must be scalar.");
      sizes.push_back(numbers(a[k], a, "Size inputs must be real.")[0]);
    }
  }
  if (sizes.empty()) return s;
  s.dims.clear();
  for (double v : sizes) {
    if (v != std::floor(v) || std::isnan(v)) a.error("Size inputs must be integers.");
    if (v > 1e15) a.error("Maximum variable size allowed by the program is exceeded.");
    s.dims.push_back(v < 0 ? 0 : static_cast<size_t>(v));
  }
  if (s.dims.size() == 1) s.dims.push_back(s.dims[0]);
  return s;
}

// randi(imax, ...), randi([imin imax], ...): imin - 1 + ceil(r * (imax -
// imin + 1)) for each uniform draw r, as MATLAB's randi(imax) is
// ceil(rand * imax) on the twister stream.
void randiBuiltin(const Args& a) {
  a.arity(1, UINT32_MAX, 1);
  const char* badRange =
      "The first input must be a positive scalar integer value IMAX, or two integer values [IMIN IMAX] with IMIN less "
      "than or equal to IMAX.";
  const mcc_array* r = a[0];
  if (r->class_id == MCC_CLASS_CHAR || r->is_complex || (r->numel != 1 && r->numel != 2)) a.error(badRange);
  std::vector<double> range = numbers(r, a, badRange);
  double lo = 1, hi = range[0];
  if (range.size() == 2) {
    lo = range[0];
    hi = range[1];
  }
  if (lo != std::floor(lo) || hi != std::floor(hi) || !(hi >= lo) || !std::isfinite(lo) || !std::isfinite(hi)) a.error(badRange);
  if (range.size() == 1 && hi < 1) a.error(badRange);
  if (hi - lo + 1 > 9007199254740992.0) a.error("The difference between IMAX and IMIN must be less than or equal to 2^53-1.");
  RandomShape s = parseRandomShape(a, 1);
  if (s.cls == MCC_CLASS_CHAR) a.error("Invalid data type 'char'.");
  Ref out = newArray(s.cls, false, s.dims, false, a.site);
  double width = hi - lo + 1;
  visitClass(s.cls, [&](auto tag) {
    using T = typename decltype(tag)::T;
    T* p = dataOf<T>(out.get());
    for (size_t i = 0; i < out->numel; ++i) {
      double v = lo - 1 + std::ceil(uniform53() * width);
      if constexpr (tag.id == MCC_CLASS_LOGICAL)
        p[i] = v != 0;
      else
        p[i] = convertValue<tag.id>(v);
    }
  });
  a.set(0, std::move(out));
}

// randperm(n): the positions of n uniform draws in ascending order (MATLAB's
// randperm(n) equals [~, p] = sort(rand(1, n))); randperm(n, k): the first
// k of those.
void randpermBuiltin(const Args& a) {
  a.arity(1, 3, 1);
  if (a.nargin == 3) notImplemented("randperm(n, k, s) with a stream", a.site);
  double n = a.scalar(0);
  if (!(n >= 0) || n != std::floor(n) || !std::isfinite(n)) a.error("N must be a nonnegative integer scalar.");
  double k = n;
  if (a.nargin > 1) {
    k = a.scalar(1);
    if (!(k >= 0) || k != std::floor(k) || !std::isfinite(k)) a.error("K must be a nonnegative integer scalar.");
    if (k > n) a.error("K must be less than or equal to N.");
  }
  size_t count = static_cast<size_t>(n);
  std::vector<double> draws(count);
  for (double& d : draws) d = uniform53();
  std::vector<size_t> order(count);
  std::iota(order.begin(), order.end(), size_t(0));
  std::sort(order.begin(), order.end(),
            [&](size_t i, size_t j) { return draws[i] < draws[j] || (draws[i] == draws[j] && i < j); });
  std::vector<double> perm(static_cast<size_t>(k));
  for (size_t i = 0; i < perm.size(); ++i) perm[i] = double(order[i] + 1);
  a.set(0, rowOf(perm, MCC_CLASS_DOUBLE, a.site));
}

// The seed the stream was last set from (rng's Seed field).
uint32_t& lastSeed() {
  static uint32_t seed = 0;
  return seed;
}

// rng's settings: a struct with Type 'twister', Seed (uint32) and State
// (625x1 uint32: MT19937's 624 words, then the position in them).
Ref rngSettings(const mcc_site* site) {
  Ref s = newStruct({1, 1}, {"Type", "Seed", "State"}, site);
  Ref type = fromText("twister");
  Ref seed(mcc_array_create(MCC_CLASS_UINT32, 2, std::array<size_t, 2>{1, 1}.data()));
  dataOf<uint32_t>(seed.get())[0] = lastSeed();
  Ref state(mcc_array_create(MCC_CLASS_UINT32, 2, std::array<size_t, 2>{Twister::kWords + 1, 1}.data()));
  twister().save(dataOf<uint32_t>(state.get()));
  setStructField(s.get(), 0, 0, type.get());
  setStructField(s.get(), 0, 1, seed.get());
  setStructField(s.get(), 0, 2, state.get());
  return s;
}

// rng(s): the stream and seed of settings saved by `s = rng`.
void restoreRng(const Args& a, const mcc_array* s) {
  const char* bad = "Invalid generator settings structure.";
  const FieldTable* table = fieldsOf(s);
  long type = table->find("Type"), seed = table->find("Seed"), state = table->find("State");
  if (s->numel != 1 || type < 0 || seed < 0 || state < 0) a.error(bad);
  Ref t = structField(s, 0, type), sd = structField(s, 0, seed), st = structField(s, 0, state);
  if (!t || t->class_id != MCC_CLASS_CHAR || lower(toText(t.get())) != "twister")
    notImplemented("rng with generator settings of another type than 'twister'", a.site);
  if (st->class_id != MCC_CLASS_UINT32 || st->numel != Twister::kWords + 1 || sd->numel != 1) a.error(bad);
  twister().load(dataOf<uint32_t>(st.get()));
  lastSeed() = static_cast<uint32_t>(mcc_array_to_double(sd.get(), a.site));
}

// rng, rng(seed), rng(seed, 'twister'), rng('default'), rng('shuffle'),
// rng('twister'), rng(s): reseeds the shared twister or restores saved
// settings; with an output, gives the settings from before the call.
// MATLAB's seed 0 (the default) is MT19937's 5489.
void rngBuiltin(const Args& a) {
  a.arity(0, 2, 1);
  if (a.nargout > 0 || a.nargin == 0) a.set(0, rngSettings(a.site));
  if (a.nargin == 0) return;
  const char* badSeed =
      "First input must be a nonnegative integer seed less than 2^32, 'shuffle', 'default', or generator settings "
      "captured previously using S = RNG.";
  if (a[0]->class_id == MCC_CLASS_STRUCT) {
    if (a.nargin == 2) a.error("Too many input arguments.");
    return restoreRng(a, a[0]);
  }
  if (a.nargin == 2) {
    std::string gen = a.isText(1) ? option(a, 1) : "";
    if (gen != "twister") notImplemented("rng with generator '" + (a.isText(1) ? a.text(1) : std::string("?")) + "'", a.site);
  }
  uint32_t seed = 0;
  if (isOption(a, 0)) {
    std::string o = option(a, 0);
    if (o == "shuffle") {
      seed = std::random_device{}();
    } else if (o == "default" || o == "twister") {
      if (o == "default" && a.nargin == 2) a.error("Too many input arguments.");
      seed = 0;
    } else {
      a.error(badSeed);
    }
  } else {
    const mcc_array* s = a[0];
    if (s->numel != 1 || s->is_complex || s->class_id == MCC_CLASS_CHAR || !isValueClass(s->class_id)) a.error(badSeed);
    double v = mcc_array_to_double(s, a.site);
    if (!(v >= 0) || v != std::floor(v) || v >= 4294967296.0) a.error(badSeed);
    seed = static_cast<uint32_t>(v);
  }
  twister().seed(seed == 0 ? 5489u : seed);
  lastSeed() = seed;
}

}  // namespace

MCC_DEFINE_BUILTIN(var) { varStd(a, false); }
MCC_DEFINE_BUILTIN(std) { varStd(a, true); }
MCC_DEFINE_BUILTIN(median) { medianBuiltin(a); }
MCC_DEFINE_BUILTIN(mode) { modeBuiltin(a); }
MCC_DEFINE_BUILTIN(cov) { covariances(a, false); }
MCC_DEFINE_BUILTIN(corrcoef) { covariances(a, true); }
MCC_DEFINE_BUILTIN(prctile) { quantiles(a, true); }
MCC_DEFINE_BUILTIN(quantile) { quantiles(a, false); }
MCC_DEFINE_BUILTIN(histcounts) { histcountsBuiltin(a); }
// smoothdata(A, method, window), smoothdata(A, dim, method, window) and a
// trailing nanflag: movmean ('movmean', the default method), movmedian or
// a Gaussian-weighted mean ('gaussian': standard deviation a fifth of the
// window, weights normalised over the values present, as MathWorks
// describes it) over the window, NaN left out unless 'includenan'
// (MATLAB's default is 'omitnan'), ends shrunk. MATLAB picks a window
// heuristically when none is given, and smooths by 'lowess', 'loess',
// 'rlowess', 'rloess' or 'sgolay' too: those are not implemented.
void smoothdataBuiltin(const Args& a) {
  a.arity(1, 8, 1);
  uint32_t k = 1;
  mcc_array* dim = nullptr;
  if (k < a.nargin && !a.isText(k)) dim = a.in[k++];
  Window kind = Window::Mean;
  if (k < a.nargin && isOption(a, k)) {
    std::string m = option(a, k);
    if (m == "movmean" || m == "movmedian" || m == "gaussian") {
      kind = m == "movmean" ? Window::Mean : m == "movmedian" ? Window::Median : Window::Gaussian;
      ++k;
    } else if (m == "lowess" || m == "loess" || m == "rlowess" || m == "rloess" || m == "sgolay") {
      notImplemented("smoothdata's '" + m + "' method", a.site);
    }
  }
  if (k >= a.nargin || a.isText(k)) notImplemented("smoothdata without a window (MATLAB's heuristic window)", a.site);
  const mcc_array* window = a[k++];
  Ref nanflag = fromText("omitnan");
  for (; k < a.nargin; ++k) {
    std::string o = isOption(a, k) ? option(a, k) : "";
    if (o == "omitnan" || o == "omitmissing" || o == "includenan" || o == "includemissing")
      nanflag = fromText(o);
    else if (o == "smoothingfactor" || o == "samplepoints" || o == "degree")
      notImplemented("smoothdata's '" + a.text(k) + "' option", a.site);
    else
      a.error("Invalid option.");
  }
  std::vector<mcc_array*> in{a.in[0], const_cast<mcc_array*>(window)};
  if (dim) in.push_back(dim);
  in.push_back(nanflag.get());
  moving(Args{a.nargout, a.out, uint32_t(in.size()), in.data(), a.site}, kind);
}

MCC_DEFINE_BUILTIN(movmean) { moving(a, Window::Mean); }
MCC_DEFINE_BUILTIN(smoothdata) { smoothdataBuiltin(a); }
MCC_DEFINE_BUILTIN(movsum) { moving(a, Window::Sum); }
MCC_DEFINE_BUILTIN(movmax) { moving(a, Window::Max); }
MCC_DEFINE_BUILTIN(movmin) { moving(a, Window::Min); }
MCC_DEFINE_BUILTIN(movmedian) { moving(a, Window::Median); }
MCC_DEFINE_BUILTIN(movprod) { moving(a, Window::Prod); }
MCC_DEFINE_BUILTIN(movstd) { moving(a, Window::Std); }
MCC_DEFINE_BUILTIN(movvar) { moving(a, Window::Var); }
MCC_DEFINE_BUILTIN(vecnorm) { vecnormBuiltin(a); }
MCC_DEFINE_BUILTIN(bounds) { boundsBuiltin(a); }
MCC_DEFINE_BUILTIN(rescale) { rescaleBuiltin(a); }
MCC_DEFINE_BUILTIN(randi) { randiBuiltin(a); }
MCC_DEFINE_BUILTIN(randperm) { randpermBuiltin(a); }
MCC_DEFINE_BUILTIN(rng) { rngBuiltin(a); }

// range(x), range(x, dim), range(x, 'all'): max minus min along the same
// dim as max and min take it (MATLAB's range is max(x, [], dim) - min(x,
// [], dim), so integers saturate and NaN is omitted).
MCC_DEFINE_BUILTIN(range) {
  a.arity(1, 2, 1);
  double empty[2] = {0, 0};
  Ref none(mcc_zeros(MCC_CLASS_DOUBLE, 2, empty, a.site));
  Ref dim = scalarResult(double(defaultDim(a[0])));
  mcc_array* const in[] = {a.in[0], none.get(), a.nargin == 2 ? a.in[1] : dim.get()};
  mcc_array* hi = nullptr;
  mcc_bi_max(1, &hi, 3, in, a.site);
  Ref high(hi);
  mcc_array* lo = nullptr;
  mcc_bi_min(1, &lo, 3, in, a.site);
  Ref low(lo);
  a.set(0, Ref(mcc_binary(MCC_OP_MINUS, high.get(), low.get(), a.site)));
}
