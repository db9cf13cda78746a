// mink and maxk (array.def: the k smallest or largest along a dimension,
// sort's order), normalize (stats.def: z-scores, norms, scaling, ranges and
// centring of each slice, NaN left out of the statistics as MATLAB does),
// ismembertol and uniquetol (sets.def: membership and unique values within
// a tolerance scaled by the data, MATLAB's defaults 1e-12 for double and
// 1e-6 for single).
// Tests: tests/conformance/programs/builtin_mink_maxk_normalize_matlab.m,
// builtin_tolerant_sets.m (uniquetol, Octave 7), builtin_ismembertol_matlab.m.
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "builtins/Builtin.h"
#include "builtins/Layout.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

// The dimension given as input k (a number, when there is one: k moves past
// it), else x's default dimension.
size_t dimArgument(const Args& a, uint32_t& k, const mcc_array* x) {
  if (k >= a.nargin || a.isText(k)) return defaultDim(x);
  double d = a.scalar(k++);
  if (!(d >= 1) || d != std::floor(d)) a.error(dimText);
  return size_t(d);
}

// --- mink, maxk -------------------------------------------------------------------------------------

// [B, I] = mink(A, k, dim) and maxk: the first k along dim of A sorted
// ascending (descending), with their positions.
void selectK(const Args& a, bool largest) {
  a.arity(2, 5, 2);
  const char* name = largest ? "maxk" : "mink";
  const mcc_array* x = a[0];
  if (!isValueClass(x->class_id)) a.error(std::string("First argument must be numeric, logical, or char."));
  const mcc_array* kArg = a[1];
  if (kArg->numel != 1 || !isValueClass(kArg->class_id) || kArg->is_complex || kArg->class_id == MCC_CLASS_CHAR)
    a.error("Second argument must be a nonnegative integer scalar.");
  double k = a.scalar(1);
  if (!(k >= 0) || k != std::floor(k)) a.error("Second argument must be a nonnegative integer scalar.");
  uint32_t next = 2;
  size_t dim = dimArgument(a, next, x);
  for (; next < a.nargin; next += 2) {
    if (!a.isText(next) || option(a, next) != "comparisonmethod" || next + 1 >= a.nargin)
      a.error("Invalid optional argument.");
    std::string how = option(a, next + 1);
    if (how != "auto" && !(how == "real" && !x->is_complex))
      notImplemented(std::string(name) + "'s 'ComparisonMethod' '" + how + "'", a.site);
  }
  Ref dimArg(mcc_array_from_scalar(double(dim)));
  Ref mode = fromText(largest ? "descend" : "ascend");
  std::vector<Ref> sorted = callEntry(mcc_bi_sort, {x, dimArg.get(), mode.get()}, 2, a.site);
  Dims from = paddedDims(sorted[0].get(), dim);
  Dims to = from;
  to[dim - 1] = std::min<size_t>(to[dim - 1], size_t(k));
  auto at = [&](size_t, const std::vector<size_t>& sub) { return linearIndex(from, sub); };
  a.set(0, gathered(sorted[0].get(), to, at, a.site));
  if (a.nargout > 1) a.set(1, gathered(sorted[1].get(), to, at, a.site));
}

// --- normalize ------------------------------------------------------------------------------------------

double meanOf(const std::vector<double>& v) {
  double s = 0;
  for (double x : v) s += x;
  return s / double(v.size());
}
double medianOf(std::vector<double> v) {
  if (v.empty()) return NAN;
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}
double stdOf(const std::vector<double>& v) {
  if (v.size() < 2) return v.empty() ? NAN : 0.0;
  double m = meanOf(v), s = 0;
  for (double x : v) s += (x - m) * (x - m);
  return std::sqrt(s / double(v.size() - 1));
}
double madOf(const std::vector<double>& v) {
  double m = medianOf(v);
  std::vector<double> d;
  for (double x : v) d.push_back(std::fabs(x - m));
  return medianOf(d);
}

// The method of a normalize call: each slice x becomes (x - center) / scale.
struct Normalization {
  std::string method = "zscore", type;
  double p = 2, lo = 0, hi = 1, number = NAN;
  bool numeric = false;  // a number given as the scale or the center
};

// [N, C, S] = normalize(...): N = (A - C) ./ S with the centre C and scale
// S of each slice (one per slice along dim).
void normalizeBuiltin(const Args& a) {
  a.arity(1, 4, 3);
  const mcc_array* x = a[0];
  if (!isNumericClass(x->class_id) || x->is_complex) a.error("Input data must be a real numeric array.");
  uint32_t k = 1;
  size_t dim = dimArgument(a, k, x);
  Normalization n;
  if (k < a.nargin) {
    if (!a.isText(k)) a.error("Invalid normalization method.");
    n.method = option(a, k++);
    static const char* methods[] = {"zscore", "norm", "scale", "range", "center", "medianiqr"};
    if (std::find_if(std::begin(methods), std::end(methods), [&](const char* m) { return n.method == m; }) == std::end(methods))
      a.error("Invalid normalization method '" + a.text(k - 1) + "'.");
  }
  if (k < a.nargin) {
    const mcc_array* t = a[k];
    if (a.isText(k)) {
      n.type = option(a, k);
      bool ok = (n.method == "zscore" && (n.type == "std" || n.type == "robust")) ||
                (n.method == "scale" && (n.type == "std" || n.type == "mad" || n.type == "first" || n.type == "iqr")) ||
                (n.method == "center" && (n.type == "mean" || n.type == "median")) ||
                (n.method == "norm" && n.type == "inf");
      if (!ok) a.error("Invalid option '" + a.text(k) + "' for the '" + n.method + "' method.");
      if (n.type == "inf") n.p = INFINITY;
    } else if (n.method == "norm") {
      n.p = a.scalar(k);
      if (!(n.p > 0)) a.error("The 'norm' method must be a positive numeric scalar.");
    } else if (n.method == "range") {
      std::vector<double> r = numbers(t, a, "The 'range' method must be a 2-element real row vector.");
      if (r.size() != 2 || !(r[0] < r[1])) a.error("The 'range' method must be a 2-element real row vector of increasing values.");
      n.lo = r[0], n.hi = r[1];
    } else if (n.method == "scale" || n.method == "center") {
      if (t->numel != 1) notImplemented("normalize with an array of " + n.method + " values", a.site);
      n.numeric = true;
      n.number = a.scalar(k);
    } else {
      a.error("Invalid option for the '" + n.method + "' method.");
    }
  }
  if (n.type.empty()) n.type = n.method == "zscore" || n.method == "scale" ? "std" : n.method == "center" ? "mean" : "";
  std::vector<double> v = realValues(x);
  Slices s = slicesAlong(x, dim);
  std::vector<double> out(v.size()), centers, scales;
  for (size_t o = 0; o < s.after; ++o)
    for (size_t i = 0; i < s.before; ++i) {
      std::vector<double> slice, present;
      for (size_t j = 0; j < s.len; ++j) slice.push_back(v[s.at(o, j, i)]);
      for (double e : slice)
        if (!std::isnan(e)) present.push_back(e);
      double center = 0, scale = 1;
      if (n.method == "zscore") {
        center = n.type == "robust" ? medianOf(present) : meanOf(present);
        scale = n.type == "robust" ? madOf(present) : stdOf(present);
      } else if (n.method == "norm") {
        double t = 0;
        for (double e : present) t = std::isinf(n.p) ? std::max(t, std::fabs(e)) : t + std::pow(std::fabs(e), n.p);
        scale = std::isinf(n.p) ? t : std::pow(t, 1 / n.p);
      } else if (n.method == "range") {
        double mn = INFINITY, mx = -INFINITY;
        for (double e : present) mn = std::min(mn, e), mx = std::max(mx, e);
        center = mn;
        scale = (mx - mn) / (n.hi - n.lo);
      } else if (n.method == "center") {
        center = n.numeric ? n.number : n.type == "median" ? medianOf(present) : meanOf(present);
      } else if (n.method == "scale" || n.method == "medianiqr") {
        if (n.method == "medianiqr") center = medianOf(present);
        if (n.numeric) scale = n.number;
        else if (n.type == "std") scale = stdOf(present);
        else if (n.type == "mad") scale = madOf(present);
        else if (n.type == "first") scale = slice.empty() ? NAN : slice[0];
        if (n.type == "iqr" || n.method == "medianiqr") {
          Ref col = floatArray(false, {present.size(), 1}, present, a.site);
          scale = mcc_array_to_double(callOne(mcc_bi_iqr, {col.get()}, a.site).get(), a.site);
        }
      }
      for (size_t j = 0; j < s.len; ++j) {
        double r = (slice[j] - center) / scale;
        if (n.method == "range") r = n.lo + (slice[j] - center) / scale;
        out[s.at(o, j, i)] = r;
      }
      // 'range' maps to [lo, hi]: its (A - C) ./ S has C = min - lo * S.
      centers.push_back(n.method == "range" ? center - n.lo * scale : center);
      scales.push_back(scale);
    }
  bool single = x->class_id == MCC_CLASS_SINGLE;
  a.set(0, floatArray(single, dimsOf(x), out, a.site));
  Dims one = dimsOf(x);
  if (one.size() < dim) one.resize(dim, 1);
  one[dim - 1] = 1;
  if (a.outputs() > 1) a.set(1, floatArray(single, one, centers, a.site));
  if (a.outputs() > 2) a.set(2, floatArray(single, one, scales, a.site));
}

// --- ismembertol, uniquetol --------------------------------------------------------------------------------

// The tolerance and the options of ismembertol and uniquetol from input
// `from` on: tol, then 'DataScale' and 'ByRows' name-value pairs.
struct TolOptions {
  double tol;
  double dataScale = NAN;  // NaN: the largest magnitude of the data
  bool byRows = false;
};
TolOptions tolOptions(const Args& a, uint32_t from, bool single) {
  TolOptions t{single ? 1e-6 : 1e-12};
  if (from < a.nargin && !a.isText(from)) {
    const mcc_array* v = a[from];
    if (v->numel != 1 || !isValueClass(v->class_id) || v->is_complex || v->class_id == MCC_CLASS_CHAR)
      a.error("Tolerance must be a real, nonnegative scalar.");
    t.tol = a.scalar(from++);
    if (!(t.tol >= 0)) a.error("Tolerance must be a real, nonnegative scalar.");
  }
  if ((a.nargin - from) % 2) a.error("Name-value pair arguments must come in pairs.");
  for (uint32_t k = from; k < a.nargin; k += 2) {
    if (!a.isText(k)) a.error("Name-value pair arguments must come in pairs.");
    std::string name = option(a, k);
    if (name == "datascale") {
      if (a[k + 1]->numel != 1) notImplemented("a 'DataScale' of one value per column", a.site);
      t.dataScale = a.scalar(k + 1);
      if (!(t.dataScale >= 0)) a.error("DataScale must be a real, nonnegative scalar.");
    } else if (name == "byrows") {
      t.byRows = a.scalar(k + 1) != 0;
    } else if (name == "outputallindices") {
      if (a.scalar(k + 1) != 0) notImplemented("the 'OutputAllIndices' option", a.site);
    } else {
      a.error("Invalid name-value pair argument '" + a.text(k) + "'.");
    }
  }
  return t;
}

std::vector<double> floatValues(const Args& a, uint32_t k, const char* fname) {
  const mcc_array* x = a[k];
  if ((x->class_id != MCC_CLASS_DOUBLE && x->class_id != MCC_CLASS_SINGLE) || x->is_complex)
    a.error(std::string(fname) + ": inputs must be real floating-point arrays (double or single).");
  return realValues(x);
}

double largestMagnitude(const std::vector<double>& v) {
  double m = 0;
  for (double x : v)
    if (std::isfinite(x)) m = std::max(m, std::fabs(x));
  return m;
}

// Rows of an m x c matrix (as column-major values) within tol of each other.
bool rowsClose(const std::vector<double>& x, size_t mx, size_t i, const std::vector<double>& y, size_t my, size_t j,
               size_t cols, double tol) {
  for (size_t c = 0; c < cols; ++c)
    if (!(std::fabs(x[c * mx + i] - y[c * my + j]) <= tol)) return false;
  return true;
}

// [LIA, LocB] = ismembertol(A, B, tol, ...): u in A is a member when some v
// in B has abs(u - v) <= tol * max(abs([A(:); B(:)])) (or tol * DataScale);
// LocB the first such v's index.
void ismembertolBuiltin(const Args& a) {
  a.arity(2, 7, 2);
  std::vector<double> x = floatValues(a, 0, "ismembertol"), y = floatValues(a, 1, "ismembertol");
  bool single = a[0]->class_id == MCC_CLASS_SINGLE || a[1]->class_id == MCC_CLASS_SINGLE;
  TolOptions o = tolOptions(a, 2, single);
  std::vector<double> all = x;
  all.insert(all.end(), y.begin(), y.end());
  double tol = o.tol * (std::isnan(o.dataScale) ? largestMagnitude(all) : o.dataScale);
  const mcc_array* A = a[0];
  const mcc_array* B = a[1];
  std::vector<double> found, where;
  Dims shape;
  if (o.byRows) {
    if (A->ndims > 2 || B->ndims > 2 || extent(A, 1) != extent(B, 1))
      a.error("Inputs A and B must be matrices with the same number of columns in the 'rows' case.");
    size_t ma = A->dims[0], mb = B->dims[0], cols = extent(A, 1);
    for (size_t i = 0; i < ma; ++i) {
      double at = 0;
      for (size_t j = 0; j < mb && !at; ++j)
        if (rowsClose(x, ma, i, y, mb, j, cols, tol)) at = double(j + 1);
      found.push_back(at != 0), where.push_back(at);
    }
    shape = {ma, 1};
  } else {
    for (double u : x) {
      double at = 0;
      for (size_t j = 0; j < y.size() && !at; ++j)
        if (std::fabs(u - y[j]) <= tol) at = double(j + 1);
      found.push_back(at != 0), where.push_back(at);
    }
    shape = dimsOf(A);
  }
  Ref lia = newArray(MCC_CLASS_LOGICAL, false, shape, false, a.site);
  for (size_t i = 0; i < found.size(); ++i) dataOf<uint8_t>(lia.get())[i] = found[i] != 0;
  a.set(0, std::move(lia));
  if (a.nargout > 1) a.set(1, floatArray(false, shape, where, a.site));
}

// [C, IA, IC] = uniquetol(A, tol, ...): the sorted values (rows) of A, each
// the lowest of the values within tol * max(abs(A(:))) above it, which it
// stands for; C = A(IA), A ~ C(IC).
void uniquetolBuiltin(const Args& a) {
  a.arity(1, 8, 3);
  std::vector<double> x = floatValues(a, 0, "uniquetol");
  const mcc_array* A = a[0];
  bool single = A->class_id == MCC_CLASS_SINGLE;
  TolOptions o = tolOptions(a, 1, single);
  double tol = o.tol * (std::isnan(o.dataScale) ? largestMagnitude(x) : o.dataScale);
  size_t m = o.byRows ? extent(A, 0) : x.size(), cols = o.byRows ? extent(A, 1) : 1;
  if (o.byRows && A->ndims > 2) a.error("A must be a 2-D matrix when 'ByRows' is true.");
  // Positions in sorted order (rows lexicographically), stable.
  std::vector<size_t> order = stableOrder(m, [&](size_t i, size_t j) {
    for (size_t c = 0; c < cols; ++c) {
      double u = x[c * m + i], v = x[c * m + j];
      if (u != v) return u < v || (std::isnan(v) && !std::isnan(u));
    }
    return false;
  });
  std::vector<size_t> reps;  // positions in A of C's rows
  std::vector<double> ic(m);
  for (size_t p : order) {
    bool joined = false;
    for (size_t r = 0; r < reps.size() && !joined; ++r)
      if (rowsClose(x, m, p, x, m, reps[r], cols, tol)) {
        ic[p] = double(r + 1);
        joined = true;
      }
    if (!joined) {
      reps.push_back(p);
      ic[p] = double(reps.size());
    }
  }
  bool row = !o.byRows && A->ndims == 2 && A->dims[0] == 1;
  std::vector<double> c(reps.size() * cols), ia;
  for (size_t r = 0; r < reps.size(); ++r) {
    for (size_t k = 0; k < cols; ++k) c[k * reps.size() + r] = x[k * m + reps[r]];
    ia.push_back(double(reps[r] + 1));
  }
  Dims cd = row ? Dims{1, reps.size()} : Dims{reps.size(), cols};
  a.set(0, floatArray(single, cd, c, a.site));
  if (a.nargout > 1) a.set(1, floatArray(false, {ia.size(), 1}, ia, a.site));
  if (a.nargout > 2) a.set(2, floatArray(false, {ic.size(), 1}, ic, a.site));
}

}  // namespace

MCC_DEFINE_BUILTIN(mink) { selectK(a, false); }
MCC_DEFINE_BUILTIN(maxk) { selectK(a, true); }
MCC_DEFINE_BUILTIN(normalize) { normalizeBuiltin(a); }
MCC_DEFINE_BUILTIN(ismembertol) { ismembertolBuiltin(a); }
MCC_DEFINE_BUILTIN(uniquetol) { uniquetolBuiltin(a); }
