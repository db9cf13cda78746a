// Builtins of missing.def: missing data (NaN in double and single;
// integer and logical arrays have none). fillmissing fills along a dim
// with a constant, the previous or next value, linear, spline or pchip
// interpolation or a moving mean or median; rmmissing removes the elements
// of a vector, or the rows (columns) of a matrix, that hold missing
// values; standardizeMissing turns indicator values into the standard
// missing value. MATLAB functions with no Octave 7 counterpart. Tests:
// conformance builtin_missing_matlab, builtin_missing_more_matlab
// (MATLAB's documentation).
#include <algorithm>
#include <cmath>
#include <vector>

#include "array/Aggregate.h"
#include "builtins/Builtin.h"
#include "builtins/Layout.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

bool isMissing(double v) { return v != v; }

void checkData(const Args& a, const char* fname) {
  const mcc_array* x = a[0];
  if (!isValueClass(x->class_id)) notImplemented(std::string(fname) + " of this class", a.site);
  if (x->is_complex) notImplemented(std::string(fname) + " of complex values", a.site);
}

// The fill methods, and what fills the missing values before the first
// and after the last known one ('EndValues').
enum class Fill { Constant, Previous, Next, Nearest, Linear, Spline, Pchip, Makima, MovMean, MovMedian };
enum class End { Extrap, None, Constant, Previous, Next, Nearest };

struct FillPlan {
  Fill method = Fill::Linear;
  End ends = End::Extrap;
  double endValue = NAN;
  double before = 0, after = 0;  // the moving window of 'movmean' and 'movmedian'
};

// spline(known, v(known), k), pchip or makima at the missing positions k.
void fillCubic(std::vector<double>& out, const std::vector<double>& v, const std::vector<size_t>& known, Fill method,
               const Args& a) {
  std::vector<double> xs, ys, qs;
  for (size_t k : known) xs.push_back(double(k + 1)), ys.push_back(v[k]);
  for (size_t k = 0; k < v.size(); ++k)
    if (isMissing(v[k])) qs.push_back(double(k + 1));
  if (qs.empty()) return;
  Ref x = floatArray(false, {1, xs.size()}, xs, a.site), y = floatArray(false, {1, ys.size()}, ys, a.site),
      q = floatArray(false, {1, qs.size()}, qs, a.site);
  BuiltinEntry f = method == Fill::Spline ? mcc_bi_spline : method == Fill::Pchip ? mcc_bi_pchip : mcc_bi_makima;
  Ref r = callOne(f, {x.get(), y.get(), q.get()}, a.site);
  std::vector<double> filled = realValues(r.get());
  for (size_t i = 0; i < qs.size(); ++i) out[size_t(qs[i]) - 1] = filled[i];
}

// One vector with its missing values filled as the plan says; filled[k]
// marks what changed.
void fillVector(std::vector<double>& v, const FillPlan& plan, double constant, std::vector<bool>& filled, const Args& a) {
  size_t n = v.size();
  std::vector<size_t> known;
  for (size_t k = 0; k < n; ++k)
    if (!isMissing(v[k])) known.push_back(k);
  std::vector<double> out(v);
  if (plan.method == Fill::Spline || plan.method == Fill::Pchip || plan.method == Fill::Makima) {
    if (known.size() >= 2) fillCubic(out, v, known, plan.method, a);
  }
  for (size_t k = 0; k < n; ++k) {
    if (!isMissing(v[k])) continue;
    // The known neighbours: the last before k and the first after it.
    auto after = std::upper_bound(known.begin(), known.end(), k);
    bool hasNext = after != known.end(), hasPrev = after != known.begin();
    size_t next = hasNext ? *after : 0, prev = hasPrev ? *(after - 1) : 0;
    double value = out[k];
    switch (plan.method) {
      case Fill::Constant: value = constant; break;
      case Fill::Previous:
        if (hasPrev) value = v[prev];
        break;
      case Fill::Next:
        if (hasNext) value = v[next];
        break;
      case Fill::Nearest:
        if (hasPrev && (!hasNext || k - prev < next - k)) value = v[prev];
        else if (hasNext) value = v[next];
        break;
      case Fill::Linear: {
        if (known.size() < 2) break;
        size_t i0, i1;
        if (hasPrev && hasNext) {
          i0 = prev;
          i1 = next;
        } else if (hasNext) {  // before the first known value
          i0 = known[0];
          i1 = known[1];
        } else {
          i0 = known[known.size() - 2];
          i1 = known.back();
        }
        double t = (double(k) - double(i0)) / (double(i1) - double(i0));
        value = v[i0] + t * (v[i1] - v[i0]);
        break;
      }
      case Fill::Spline:
      case Fill::Pchip:
      case Fill::Makima: break;  // fillCubic did these
      case Fill::MovMean:
      case Fill::MovMedian: {
        // The mean (median) of the known values in the window around k.
        std::vector<double> w;
        size_t from = double(k) >= plan.before ? k - size_t(plan.before) : 0;
        size_t to = std::min(n, k + size_t(plan.after) + 1);
        for (size_t j = from; j < to; ++j)
          if (!isMissing(v[j])) w.push_back(v[j]);
        if (w.empty()) break;
        if (plan.method == Fill::MovMean) {
          double sum = 0;
          for (double e : w) sum += e;
          value = sum / double(w.size());
        } else {
          std::sort(w.begin(), w.end());
          size_t m = w.size();
          value = m % 2 ? w[m / 2] : (w[m / 2 - 1] + w[m / 2]) / 2;
        }
        break;
      }
    }
    // The ends, before the first and after the last known value.
    bool end = !hasPrev || !hasNext;
    if (end && plan.method != Fill::Constant) {
      switch (plan.ends) {
        case End::Extrap: break;
        case End::None: value = NAN; break;
        case End::Constant: value = plan.endValue; break;
        case End::Previous: value = hasPrev ? v[prev] : NAN; break;
        case End::Next: value = hasNext ? v[next] : NAN; break;
        case End::Nearest: value = hasPrev ? v[prev] : hasNext ? v[next] : NAN; break;
      }
    }
    if (!isMissing(value)) {
      out[k] = value;
      filled[k] = true;
    }
  }
  v = out;
}

// The dim of an optional numeric argument at k, else the default.
size_t dimArg(const Args& a, uint32_t k) {
  double d = a.scalar(k);
  if (!(d >= 1) || d != std::floor(d)) a.error(dimText);
  return size_t(d);
}

// The window of 'movmean' and 'movmedian': k elements (k/2 before and
// after; for even k one fewer after) or [kb kf].
void windowArg(const Args& a, uint32_t k, FillPlan& plan) {
  const char* bad = "Window length must be a finite positive scalar or 2-element vector of nonnegative values.";
  const mcc_array* w = a[k];
  if (w->class_id == MCC_CLASS_CHAR || w->is_complex || (w->numel != 1 && w->numel != 2)) a.error(bad);
  std::vector<double> v = numbers(w, a, bad);
  if (v.size() == 1) {
    if (!(v[0] > 0) || !std::isfinite(v[0])) a.error(bad);
    plan.before = std::floor(v[0] / 2);
    plan.after = v[0] == std::floor(v[0]) ? std::floor((v[0] - 1) / 2) : plan.before;
  } else {
    if (!(v[0] >= 0 && v[1] >= 0) || !std::isfinite(v[0]) || !std::isfinite(v[1])) a.error(bad);
    plan.before = std::floor(v[0]);
    plan.after = std::floor(v[1]);
  }
}

}  // namespace

// [F, TF] = fillmissing(A, method), fillmissing(A, 'constant', v),
// fillmissing(A, 'movmean' or 'movmedian', window), fillmissing(..., dim),
// fillmissing(..., 'EndValues', e) with e 'extrap' (the default), 'none',
// 'previous', 'next', 'nearest' or a scalar. 'linear' interpolates between
// the known neighbours and, at the ends, extends the line through the
// first (last) two known values; 'spline' and 'pchip' interpolate (and
// extrapolate) the known values at their indices as spline and pchip do;
// 'previous' and 'next' leave the ends they cannot reach missing;
// 'movmean' and 'movmedian' take the mean (median) of the known values in
// the window; 'constant' takes a scalar or one value per vector.
MCC_DEFINE_BUILTIN(fillmissing) {
  a.arity(2, 6, 2);
  checkData(a, "fillmissing");
  const mcc_array* x = a[0];
  if (!a.isText(1)) a.error("Second argument must be a fill method.");
  std::string m = option(a, 1);
  FillPlan plan;
  if (m == "constant") plan.method = Fill::Constant;
  else if (m == "previous") plan.method = Fill::Previous;
  else if (m == "next") plan.method = Fill::Next;
  else if (m == "nearest") plan.method = Fill::Nearest;
  else if (m == "linear") plan.method = Fill::Linear;
  else if (m == "spline") plan.method = Fill::Spline;
  else if (m == "pchip") plan.method = Fill::Pchip;
  else if (m == "makima") plan.method = Fill::Makima;
  else if (m == "movmean") plan.method = Fill::MovMean;
  else if (m == "movmedian") plan.method = Fill::MovMedian;
  else if (m == "knn")
    notImplemented("fillmissing with '" + m + "'", a.site);
  else
    a.error("Invalid fill method. Method must be 'constant', 'previous', 'next', 'nearest', 'linear', 'spline', "
            "'pchip', 'makima', 'movmean', 'movmedian', or 'knn'.");
  uint32_t k = 2;
  std::vector<double> constants;
  if (plan.method == Fill::Constant) {
    if (a.nargin < 3) a.error("Fill value must be specified for the 'constant' method.");
    constants = numbers(a[2], a, "Fill value must be real.");
    k = 3;
  } else if (plan.method == Fill::MovMean || plan.method == Fill::MovMedian) {
    if (a.nargin < 3) a.error("Window length must be specified for the '" + m + "' method.");
    windowArg(a, 2, plan);
    k = 3;
  }
  size_t dim = defaultDim(x);
  for (; k < a.nargin; ++k) {
    if (!a.isText(k)) {
      dim = dimArg(a, k);
      continue;
    }
    std::string o = option(a, k);
    if (o != "endvalues" || k + 1 >= a.nargin) a.error("Invalid option '" + a.text(k) + "'.");
    ++k;
    if (a.isText(k)) {
      std::string e = option(a, k);
      if (e == "none") plan.ends = End::None;
      else if (e == "extrap") plan.ends = End::Extrap;
      else if (e == "previous") plan.ends = End::Previous;
      else if (e == "next") plan.ends = End::Next;
      else if (e == "nearest") plan.ends = End::Nearest;
      else a.error("EndValues must be 'extrap', 'previous', 'next', 'nearest', 'none', or a scalar.");
    } else {
      plan.endValue = a.scalar(k);
      plan.ends = End::Constant;
    }
  }
  Slices s = slicesAlong(x, dim);
  if (!isFloatClass(x->class_id)) {
    // Integer, logical and char arrays hold no missing values.
    a.set(0, Ref(mcc_array_retain(const_cast<mcc_array*>(x))));
    a.set(1, Ref(newArray(MCC_CLASS_LOGICAL, false, dimsOf(x), true, a.site)));
    return;
  }
  if (plan.method == Fill::Constant && constants.size() != 1 && constants.size() != s.before * s.after)
    a.error("Fill value must be a scalar or a vector with one value per vector of the data.");
  std::vector<double> values = realValues(x);
  std::vector<bool> mask(x->numel, false);
  std::vector<double> vec(s.len);
  std::vector<bool> filled(s.len);
  for (size_t o = 0; o < s.after; ++o)
    for (size_t i = 0; i < s.before; ++i) {
      for (size_t j = 0; j < s.len; ++j) vec[j] = values[s.at(o, j, i)];
      std::fill(filled.begin(), filled.end(), false);
      double c = plan.method == Fill::Constant ? constants[constants.size() == 1 ? 0 : o * s.before + i] : NAN;
      fillVector(vec, plan, c, filled, a);
      for (size_t j = 0; j < s.len; ++j) {
        values[s.at(o, j, i)] = vec[j];
        mask[s.at(o, j, i)] = filled[j];
      }
    }
  a.set(0, floatArray(x->class_id == MCC_CLASS_SINGLE, dimsOf(x), values, a.site));
  if (a.nargout > 1) {
    Ref tf = newArray(MCC_CLASS_LOGICAL, false, dimsOf(x), false, a.site);
    for (size_t i = 0; i < mask.size(); ++i) dataOf<uint8_t>(tf.get())[i] = mask[i];
    a.set(1, std::move(tf));
  }
}

// [R, TF] = rmmissing(A), rmmissing(A, dim), rmmissing(..., 'MinNumMissing',
// n): a vector loses its missing elements; a matrix loses the rows (dim 1,
// the default) or columns (dim 2) holding at least n (1) missing values.
// TF marks what was removed (a column for rows, a row for columns).
MCC_DEFINE_BUILTIN(rmmissing) {
  a.arity(1, 4, 2);
  checkData(a, "rmmissing");
  const mcc_array* x = a[0];
  if (x->ndims > 2) a.error("Input must be a vector or a matrix.");
  size_t dim = 0;
  double least = 1;
  for (uint32_t k = 1; k < a.nargin; ++k) {
    if (!a.isText(k)) {
      dim = dimArg(a, k);
      if (dim > 2) a.error("Dimension must be 1 or 2.");
      continue;
    }
    if (option(a, k) != "minnummissing" || k + 1 >= a.nargin) a.error("Invalid option '" + a.text(k) + "'.");
    least = a.scalar(++k);
    if (!(least >= 0) || least != std::floor(least)) a.error("'MinNumMissing' value must be a nonnegative integer scalar.");
  }
  std::vector<double> v = realValues(x);
  size_t rows = x->dims[0], cols = x->dims[1];
  bool vector = isVectorShape(x) && dim == 0;
  // Each element, vector element, row or column is one group to keep or remove.
  bool byRow = vector ? rows != 1 : dim != 2;
  size_t groups = byRow ? rows : cols, across = byRow ? cols : rows;
  if (vector) across = 1;
  std::vector<bool> removed(groups, false);
  for (size_t g = 0; g < groups; ++g) {
    size_t count = 0;
    for (size_t j = 0; j < across; ++j) count += isMissing(byRow ? v[j * rows + g] : v[g * rows + j]);
    removed[g] = count >= least && (count > 0 || least == 0);
  }
  std::vector<size_t> kept;
  for (size_t g = 0; g < groups; ++g)
    if (!removed[g]) kept.push_back(g);
  Dims out = byRow ? Dims{kept.size(), cols} : Dims{rows, kept.size()};
  a.set(0, gathered(x, out, [&](size_t, const std::vector<size_t>& sub) {
          return byRow ? sub[1] * rows + kept[sub[0]] : kept[sub[1]] * rows + sub[0];
        }, a.site));
  if (a.nargout > 1) {
    Ref tf = newArray(MCC_CLASS_LOGICAL, false, byRow ? Dims{groups, 1} : Dims{1, groups}, false, a.site);
    for (size_t g = 0; g < groups; ++g) dataOf<uint8_t>(tf.get())[g] = removed[g];
    a.set(1, std::move(tf));
  }
}

// standardizeMissing(A, indicator): A with the elements that
// ismissing(A, indicator) marks replaced by the standard missing value of
// A's class: NaN in double and single arrays, ' ' in char arrays, '' in a
// cell of char vectors. Integer and logical arrays have none and come back
// unchanged.
MCC_DEFINE_BUILTIN(standardizeMissing) {
  a.arity(2, 2, 1);
  const mcc_array* x = a[0];
  Ref mask = callOne(mcc_bi_ismissing, {x, a[1]}, a.site);
  const uint8_t* m = dataOf<const uint8_t>(mask.get());
  if (isFloatClass(x->class_id)) {
    if (x->is_complex) notImplemented("standardizeMissing of complex values", a.site);
    std::vector<double> v = realValues(x);
    for (size_t k = 0; k < v.size(); ++k)
      if (m[k]) v[k] = NAN;
    return a.set(0, floatArray(x->class_id == MCC_CLASS_SINGLE, dimsOf(x), v, a.site));
  }
  if (x->class_id == MCC_CLASS_CHAR) {
    Ref r = newArray(MCC_CLASS_CHAR, false, dimsOf(x), false, a.site);
    for (size_t k = 0; k < x->numel; ++k) dataOf<uint16_t>(r.get())[k] = m[k] ? u' ' : dataOf<const uint16_t>(x)[k];
    return a.set(0, std::move(r));
  }
  if (x->class_id == MCC_CLASS_CELL) {
    Ref r = newCell(dimsOf(x));
    for (size_t k = 0; k < x->numel; ++k)
      elementsOf(r.get())[k] = m[k] ? mcc_array_from_string("", 0) : mcc_array_retain(elementsOf(x)[k]);
    return a.set(0, std::move(r));
  }
  if (isValueClass(x->class_id)) return a.set(0, Ref(mcc_array_retain(const_cast<mcc_array*>(x))));
  notImplemented(std::string("standardizeMissing of class ") + className(x->class_id), a.site);
}

// --- Outliers ---------------------------------------------------------------------

namespace {

// How isoutlier finds outliers along dim: beyond `factor` scaled MADs
// from the median ('median', the default; the MAD scaled by
// -1/(sqrt(2)*erfcinv(3/2)) estimates the standard deviation of normal
// data) or `factor` standard deviations from the mean ('mean'); NaN is
// left out of both and is never an outlier.
struct Detection {
  bool mean = false;
  double factor = 3;
  size_t dim = 0;
  bool dimGiven = false;
};

double medianOf(std::vector<double> v) {
  if (v.empty()) return NAN;
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// The detection options from input k on: a method, a dim, 'ThresholdFactor'.
Detection parseDetection(const Args& a, uint32_t k, const char* fname) {
  Detection d;
  d.dim = defaultDim(a[0]);
  for (; k < a.nargin; ++k) {
    if (!a.isText(k)) {
      d.dim = dimArg(a, k);
      d.dimGiven = true;
      continue;
    }
    std::string o = option(a, k);
    if (o == "median") d.mean = false;
    else if (o == "mean") d.mean = true;
    else if (o == "thresholdfactor" && k + 1 < a.nargin) {
      d.factor = a.scalar(++k);
      if (!(d.factor >= 0)) a.error("Threshold factor must be a nonnegative real scalar.");
    } else if (o == "quartiles" || o == "grubbs" || o == "gesd" || o == "movmedian" || o == "movmean" ||
               o == "samplepoints" || o == "maxnumoutliers" || o == "datavariables")
      notImplemented(std::string(fname) + " with '" + a.text(k) + "'", a.site);
    else a.error("Invalid option '" + a.text(k) + "'.");
  }
  return d;
}

// The thresholds and centre of each slice along d.dim, and which elements
// fall outside them.
struct Outliers {
  Slices s;
  std::vector<double> lower, upper, center;  // one per slice
  std::vector<bool> mask;                     // one per element
};

Outliers findOutliers(const Args& a, const std::vector<double>& values, const Detection& d) {
  Outliers r;
  r.s = slicesAlong(a[0], d.dim);
  const Slices& s = r.s;
  r.mask.assign(values.size(), false);
  const double madScale = 1.482602218505602;  // -1/(sqrt(2)*erfcinv(3/2))
  for (size_t o = 0; o < s.after; ++o)
    for (size_t i = 0; i < s.before; ++i) {
      std::vector<double> v;
      for (size_t j = 0; j < s.len; ++j)
        if (values[s.at(o, j, i)] == values[s.at(o, j, i)]) v.push_back(values[s.at(o, j, i)]);
      double c, spread;
      if (d.mean) {
        double sum = 0, sq = 0;
        for (double e : v) sum += e;
        c = v.empty() ? NAN : sum / double(v.size());
        for (double e : v) sq += (e - c) * (e - c);
        spread = v.size() > 1 ? std::sqrt(sq / double(v.size() - 1)) : 0;
      } else {
        c = medianOf(v);
        std::vector<double> dev;
        for (double e : v) dev.push_back(std::fabs(e - c));
        spread = madScale * medianOf(dev);
      }
      double lo = c - d.factor * spread, hi = c + d.factor * spread;
      r.lower.push_back(lo);
      r.upper.push_back(hi);
      r.center.push_back(c);
      for (size_t j = 0; j < s.len; ++j) {
        double e = values[s.at(o, j, i)];
        r.mask[s.at(o, j, i)] = e < lo || e > hi;
      }
    }
  return r;
}

void checkOutlierData(const Args& a, const char* fname) {
  const mcc_array* x = a[0];
  if (!isValueClass(x->class_id) || x->class_id == MCC_CLASS_CHAR)
    a.error(std::string(fname) + ": first argument must be numeric or logical.");
  if (x->is_complex) notImplemented(std::string(fname) + " of complex values", a.site);
}

// The dims of one value per slice along dim.
Dims collapsed(const mcc_array* x, size_t dim) {
  Dims d = paddedDims(x, dim);
  d[dim - 1] = 1;
  return d;
}

// Sets outputs first.. of isoutlier's [TF, L, U, C] (filloutliers gives
// them after its filled array): the mask, then each slice's thresholds and
// centre, of x's precision.
void setOutlierOutputs(const Args& a, size_t first, const mcc_array* x, const Outliers& r, size_t dim) {
  if (a.outputs() > first) {
    Ref tf = newArray(MCC_CLASS_LOGICAL, false, dimsOf(x), false, a.site);
    for (size_t k = 0; k < r.mask.size(); ++k) dataOf<uint8_t>(tf.get())[k] = r.mask[k];
    a.set(first, std::move(tf));
  }
  bool single = x->class_id == MCC_CLASS_SINGLE;
  Dims one = collapsed(x, dim);
  if (a.outputs() > first + 1) a.set(first + 1, floatArray(single, one, r.lower, a.site));
  if (a.outputs() > first + 2) a.set(first + 2, floatArray(single, one, r.upper, a.site));
  if (a.outputs() > first + 3) a.set(first + 3, floatArray(single, one, r.center, a.site));
}

}  // namespace

// [TF, L, U, C] = isoutlier(A), isoutlier(A, method), isoutlier(..., dim),
// isoutlier(..., 'ThresholdFactor', t): method 'median' (the default:
// more than t = 3 scaled MADs from the median) or 'mean' (more than t
// standard deviations from the mean), along the first non-singleton dim;
// L, U and C are each slice's lower and upper thresholds and centre.
MCC_DEFINE_BUILTIN(isoutlier) {
  a.arity(1, 6, 4);
  checkOutlierData(a, "isoutlier");
  const mcc_array* x = a[0];
  Detection d = parseDetection(a, 1, "isoutlier");
  Outliers r = findOutliers(a, realValues(x), d);
  setOutlierOutputs(a, 0, x, r, d.dim);
}

// [B, TF, L, U, C] = filloutliers(A, fill), filloutliers(A, fill, method,
// ...): the outliers isoutlier finds (method, dim and 'ThresholdFactor' as
// isoutlier takes them) replaced by a number, by the slice's centre
// ('center'), by the threshold they crossed ('clip'), or as fillmissing
// fills missing values ('previous', 'next', 'nearest', 'linear', 'spline',
// 'pchip', 'makima').
MCC_DEFINE_BUILTIN(filloutliers) {
  a.arity(2, 7, 5);
  checkOutlierData(a, "filloutliers");
  const mcc_array* x = a[0];
  Detection d = parseDetection(a, 2, "filloutliers");
  std::vector<double> values = realValues(x);
  Outliers r = findOutliers(a, values, d);
  const Slices& s = r.s;
  std::string how = a.isText(1) ? option(a, 1) : "";
  bool single = x->class_id == MCC_CLASS_SINGLE;
  if (!a.isText(1) || how == "center" || how == "clip") {
    double constant = a.isText(1) ? 0 : a.scalar(1);
    for (size_t o = 0; o < s.after; ++o)
      for (size_t i = 0; i < s.before; ++i)
        for (size_t j = 0; j < s.len; ++j) {
          size_t k = s.at(o, j, i), slice = o * s.before + i;
          if (!r.mask[k]) continue;
          if (!a.isText(1)) values[k] = constant;
          else if (how == "center") values[k] = r.center[slice];
          else values[k] = values[k] < r.lower[slice] ? r.lower[slice] : r.upper[slice];
        }
  } else if (how == "previous" || how == "next" || how == "nearest" || how == "linear" || how == "spline" ||
             how == "pchip" || how == "makima") {
    // As fillmissing fills the outliers once they are missing.
    for (size_t k = 0; k < values.size(); ++k)
      if (r.mask[k]) values[k] = NAN;
    Ref holes = floatArray(single, dimsOf(x), values, a.site), dim = scalarResult(double(d.dim));
    Ref filled = callOne(mcc_bi_fillmissing, {holes.get(), a[1], dim.get()}, a.site);
    values = realValues(filled.get());
    // What fillmissing could not reach (an outlier at an end, for
    // 'previous' and 'next') keeps its value.
    std::vector<double> original = realValues(x);
    for (size_t k = 0; k < values.size(); ++k)
      if (values[k] != values[k] && r.mask[k]) values[k] = original[k];
  } else {
    a.error("Fill method must be 'center', 'clip', 'previous', 'next', 'nearest', 'linear', 'spline', 'pchip', "
            "'makima', or a numeric scalar.");
  }
  uint32_t cls = isIntegerClass(x->class_id) || x->class_id == MCC_CLASS_LOGICAL ? MCC_CLASS_DOUBLE : x->class_id;
  a.set(0, floatArray(cls == MCC_CLASS_SINGLE, dimsOf(x), values, a.site));
  setOutlierOutputs(a, 1, x, r, d.dim);
}

// [B, TF] = rmoutliers(A), rmoutliers(A, method, ...): a vector less its
// outliers; a matrix less the rows (dim 1, the default) or columns (dim 2)
// holding any, found along the other dimension as isoutlier finds them.
// TF marks what was removed.
MCC_DEFINE_BUILTIN(rmoutliers) {
  a.arity(1, 6, 2);
  checkOutlierData(a, "rmoutliers");
  const mcc_array* x = a[0];
  if (x->ndims > 2) a.error("rmoutliers: input must be a vector or a matrix.");
  Detection d = parseDetection(a, 1, "rmoutliers");
  bool vector = isVectorShape(x);
  // Rows go (dim 1) when outliers are found down each column.
  size_t removeDim = vector && !d.dimGiven ? (x->dims[0] == 1 ? 2 : 1) : d.dimGiven ? d.dim : 1;
  if (removeDim > 2) a.error("rmoutliers: dimension must be 1 or 2.");
  d.dim = removeDim;
  Outliers r = findOutliers(a, realValues(x), d);
  size_t rows = x->dims[0], cols = x->dims[1];
  bool byRow = removeDim == 1;
  size_t groups = byRow ? rows : cols;
  std::vector<bool> removed(groups, false);
  for (size_t i = 0; i < rows; ++i)
    for (size_t j = 0; j < cols; ++j)
      if (r.mask[j * rows + i]) removed[byRow ? i : j] = true;
  std::vector<size_t> kept;
  for (size_t g = 0; g < groups; ++g)
    if (!removed[g]) kept.push_back(g);
  Dims out = byRow ? Dims{kept.size(), cols} : Dims{rows, kept.size()};
  a.set(0, gathered(x, out, [&](size_t, const std::vector<size_t>& sub) {
          return byRow ? sub[1] * rows + kept[sub[0]] : kept[sub[1]] * rows + sub[0];
        }, a.site));
  if (a.outputs() > 1) {
    Ref tf = newArray(MCC_CLASS_LOGICAL, false, byRow ? Dims{groups, 1} : Dims{1, groups}, false, a.site);
    for (size_t g = 0; g < groups; ++g) dataOf<uint8_t>(tf.get())[g] = removed[g];
    a.set(1, std::move(tf));
  }
}
