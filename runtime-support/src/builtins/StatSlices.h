// The slices a statistic reduces over and the small pieces several
// statistics share (Stats.cpp, Spread.cpp): a dim, a vecdim or 'all' parsed
// from the arguments, the plan that groups x's elements into one vector per
// result element, the store of one value per slice, and the median and
// quantile of one slice.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <vector>

#include "builtins/Builtin.h"
#include "builtins/Util.h"

namespace mcc::rt::stats {

inline constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// --- Small helpers ------------------------------------------------------------

// Input k is an option: char text, not ''.
inline bool isOption(const Args& a, uint32_t k) { return a.isText(k) && a[k]->numel > 0; }

// The class of a floating result: single for single, else double.
inline uint32_t floatResultClass(const mcc_array* x) { return x->class_id == MCC_CLASS_SINGLE ? MCC_CLASS_SINGLE : MCC_CLASS_DOUBLE; }

// --- Slices -------------------------------------------------------------------------

// The dims a reduction works along (counted from 1), or the default.
struct DimSpec {
  bool given = false;
  bool all = false;
  std::vector<size_t> dims;
};

// Input k as a dim, a vecdim (when allowed) or 'all'.
inline DimSpec parseDim(const Args& a, uint32_t k, bool allowVecdim) {
  DimSpec s;
  s.given = true;
  const char* bad = allowVecdim ? vecdimText : dimText;
  if (isOption(a, k)) {
    if (!allowVecdim || option(a, k) != "all") a.error(bad);
    s.all = true;
    return s;
  }
  if (a[k]->numel == 0 || a[k]->class_id == MCC_CLASS_CHAR || a[k]->is_complex) a.error(bad);
  if (a[k]->numel > 1 && !allowVecdim) a.error(bad);
  for (double d : numbers(a[k], a, bad)) {
    if (!(d >= 1) || d != std::floor(d) || d > 4294967295.0) a.error(bad);
    if (std::find(s.dims.begin(), s.dims.end(), size_t(d)) != s.dims.end()) a.error(bad);
    s.dims.push_back(size_t(d));
  }
  return s;
}

// x's elements grouped by slice: slice o holds x's elements
// index[o * len + k] for k < len, in column-major order over the reduced
// dims; the result of one value per slice has dims outDims.
struct Plan {
  Dims outDims;
  size_t count = 0, len = 0;
  std::vector<size_t> index;
};

inline Plan planOver(const mcc_array* x, std::vector<size_t> dims) {
  size_t nd = x->ndims;
  for (size_t d : dims) nd = std::max(nd, d);
  Dims ext(nd, 1);
  for (size_t k = 0; k < x->ndims; ++k) ext[k] = x->dims[k];
  std::vector<bool> reduced(nd, false);
  for (size_t d : dims) reduced[d - 1] = true;
  Plan p;
  p.outDims = ext;
  std::vector<size_t> outStride(nd), redStride(nd);
  size_t os = 1, rs = 1;
  for (size_t k = 0; k < nd; ++k) {
    if (reduced[k]) {
      p.outDims[k] = 1;
      redStride[k] = rs;
      outStride[k] = 0;
      rs *= ext[k];
    } else {
      outStride[k] = os;
      redStride[k] = 0;
      os *= ext[k];
    }
  }
  p.count = os;
  p.len = rs;
  p.index.resize(x->numel);
  std::vector<size_t> coord(nd, 0);
  for (size_t i = 0; i < x->numel; ++i) {
    size_t o = 0, r = 0;
    for (size_t k = 0; k < nd; ++k) {
      o += coord[k] * outStride[k];
      r += coord[k] * redStride[k];
    }
    p.index[o * p.len + r] = i;
    for (size_t k = 0; k < nd && ++coord[k] == ext[k]; ++k) coord[k] = 0;
  }
  p.outDims = normalizeDims(p.outDims);
  return p;
}

// The plan of a DimSpec: the default dim, the named dims, or every dim.
inline Plan planFor(const mcc_array* x, const DimSpec& s) {
  if (!s.given) return planOver(x, {defaultDim(x)});
  if (!s.all) return planOver(x, s.dims);
  std::vector<size_t> dims(x->ndims);
  std::iota(dims.begin(), dims.end(), size_t(1));
  return planOver(x, dims);
}

// Slice o of x's values (loaded as C).
template <class C> void gather(const C* values, const Plan& p, size_t o, std::vector<C>& slice) {
  slice.resize(p.len);
  for (size_t k = 0; k < p.len; ++k) slice[k] = values[p.index[o * p.len + k]];
}

// A real result of class cls with one value per slice.
template <class V> Ref store(const std::vector<V>& values, const Dims& dims, uint32_t cls, const mcc_site* site) {
  Ref r = newArray(cls, false, dims, false, site);
  visitClass(cls, [&](auto tag) {
    using T = typename decltype(tag)::T;
    T* out = dataOf<T>(r.get());
    for (size_t i = 0; i < values.size(); ++i) {
      if constexpr (tag.id == MCC_CLASS_LOGICAL) {
        out[i] = values[i] == values[i] && values[i] != 0;
      } else {
        out[i] = convertValue<tag.id>(values[i]);
      }
    }
  });
  return r;
}


// The mean of the two middle values a <= b: for floats as MATLAB forms it
// (a + (b-a)/2, or (a+b)/2 across signs and infinities); for integers the
// exact mean rounded half away from zero (then saturated by the store).
template <class C> C middle(C a, C b, bool integer) {
  if (integer) {
    C m = (a + b) / 2;
    return std::round(m);
  }
  if ((a < 0) != (b < 0) || std::isinf(a) || std::isinf(b)) return (a + b) / 2;
  return a + (b - a) / 2;
}

template <class C> C medianOf(std::vector<C>& v, bool omitNaN, bool integer) {
  size_t kept = 0;
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i] != v[i]) {
      if (!omitNaN) return C(NaN);
      continue;
    }
    v[kept++] = v[i];
  }
  v.resize(kept);
  size_t n = v.size();
  if (n == 0) return C(NaN);
  size_t half = n / 2;
  std::nth_element(v.begin(), v.begin() + half, v.end());
  C upper = v[half];
  if (n % 2) return upper;
  C lower = *std::max_element(v.begin(), v.begin() + half);
  return middle(lower, upper, integer);
}


// The quantile of sorted values at probability q by MATLAB's method: the
// k-th smallest value sits at probability (k - 0.5)/n, linear between those
// and constant beyond the first and last.
inline double quantileOf(const std::vector<double>& sorted, double q) {
  size_t n = sorted.size();
  if (n == 0) return NaN;
  double r = n * q + 0.5;
  if (r <= 1) return sorted[0];
  if (r >= double(n)) return sorted[n - 1];
  size_t f = static_cast<size_t>(std::floor(r));
  double t = r - double(f);
  double lo = sorted[f - 1], hi = sorted[f];
  return lo + t * (hi - lo);
}


}  // namespace mcc::rt::stats
