// Helpers for builtins that rearrange elements without looking at their
// values (circshift, permute, rot90, repelem, ...) and for those that walk an
// array along one dimension: slices along a dim, subscripts of a linear
// index, and gathering a new array from positions of an old one.
#pragma once

#include <algorithm>
#include <complex>
#include <cstddef>
#include <vector>

#include "builtins/Builtin.h"

namespace mcc::rt {

// Calls f(std::type_identity<E>) for the raw element type E of x.
template <class F> void visitElements(const mcc_array* x, F&& f) { visitElementBytes(elementSize(x), f); }

// x viewed along dim (from 1) as before x len x after.
struct Slices {
  size_t before = 1, len = 1, after = 1;
  size_t at(size_t o, size_t k, size_t i) const { return (o * len + k) * before + i; }
};
inline Slices slicesAlong(const mcc_array* x, size_t dim) {
  Slices s;
  if (dim > x->ndims) {
    s.before = x->numel;
    return s;
  }
  for (size_t k = 0; k < x->ndims; ++k) {
    if (k < dim - 1) s.before *= x->dims[k];
    if (k > dim - 1) s.after *= x->dims[k];
  }
  s.len = x->dims[dim - 1];
  return s;
}

// Dims of x padded with 1s to at least n entries.
inline Dims paddedDims(const mcc_array* x, size_t n) {
  Dims d = dimsOf(x);
  if (d.size() < n) d.resize(n, 1);
  return d;
}

// Calls f(k, sub) for every linear index k of an array of `dims`, with sub
// its subscripts counted from 0, in column-major order.
template <class F> void forEachSubscript(const Dims& dims, F&& f) {
  size_t n = 1;
  for (size_t d : dims) n *= d;
  std::vector<size_t> sub(dims.size(), 0);
  for (size_t k = 0; k < n; ++k) {
    f(k, sub);
    for (size_t d = 0; d < dims.size(); ++d) {
      if (++sub[d] < dims[d]) break;
      sub[d] = 0;
    }
  }
}

inline constexpr size_t noElement = static_cast<size_t>(-1);

// A new array of x's class and complexity with `dims` whose element k is x's
// element from(k, sub), or zero where that is noElement.
template <class From> Ref gathered(const mcc_array* x, const Dims& dims, From from, const mcc_site* site) {
  Ref r = newArray(x->class_id, x->is_complex, dims, true, site);
  // Subscripts over `dims` as asked, trailing ones included (ndgrid's third
  // output of a 2x2x1 grid reads sub[2]; the array keeps two dims).
  Dims walk = dimsOf(r.get());
  if (walk.size() < dims.size()) walk.resize(dims.size(), 1);
  visitElements(x, [&](auto t) {
    using E = typename decltype(t)::type;
    const E* src = dataOf<const E>(x);
    E* dst = dataOf<E>(r.get());
    forEachSubscript(walk, [&](size_t k, const std::vector<size_t>& sub) {
      size_t s = from(k, sub);
      if (s != noElement) dst[k] = src[s];
    });
  });
  return r;
}

// The linear index of subscripts (from 0) in an array of dims.
inline size_t linearIndex(const Dims& dims, const std::vector<size_t>& sub) {
  size_t k = 0, stride = 1;
  for (size_t d = 0; d < dims.size(); ++d) {
    k += (d < sub.size() ? sub[d] : 0) * stride;
    stride *= dims[d];
  }
  return k;
}

// Arrays under MATLAB's implicit expansion: the result's dims and, for each
// result element, the element of each input it reads (at[k][i] for input k).
struct ExpandedAll {
  Dims out;
  std::vector<std::vector<size_t>> at;
};
inline ExpandedAll expandAll(const std::vector<const mcc_array*>& xs, const mcc_site* site) {
  size_t n = 0;
  for (const mcc_array* x : xs) n = std::max(n, size_t(x->ndims));
  ExpandedAll e;
  std::vector<Dims> dx(xs.size(), Dims(n));
  e.out.assign(n, 1);
  for (size_t k = 0; k < n; ++k)
    for (size_t j = 0; j < xs.size(); ++j) {
      dx[j][k] = extent(xs[j], k);
      if (dx[j][k] == 1) continue;
      if (e.out[k] != 1 && e.out[k] != dx[j][k]) fail("Arrays have incompatible sizes for this operation.", site);
      e.out[k] = dx[j][k];
    }
  e.at.resize(xs.size());
  std::vector<size_t> s(n);
  forEachSubscript(e.out, [&](size_t, const std::vector<size_t>& sub) {
    for (size_t j = 0; j < xs.size(); ++j) {
      for (size_t k = 0; k < n; ++k) s[k] = dx[j][k] == 1 ? 0 : sub[k];
      e.at[j].push_back(linearIndex(dx[j], s));
    }
  });
  return e;
}

// Two arrays under MATLAB's implicit expansion (expandAll of x and y).
struct Expanded {
  Dims out;
  std::vector<size_t> ix, iy;
};
inline Expanded expandPair(const mcc_array* x, const mcc_array* y, const mcc_site* site) {
  ExpandedAll all = expandAll({x, y}, site);
  return {std::move(all.out), std::move(all.at[0]), std::move(all.at[1])};
}

// The real values of x as long doubles (exact for every integer class).
inline std::vector<long double> wideValues(const mcc_array* x) {
  std::vector<long double> v(x->numel);
  visitClass(x->class_id, [&](auto tag) {
    using T = typename decltype(tag)::T;
    const T* p = dataOf<const T>(x);
    size_t stride = x->is_complex ? 2 : 1;
    for (size_t k = 0; k < x->numel; ++k) v[k] = static_cast<long double>(p[k * stride]);
  });
  return v;
}

// An array of class cls and dims holding v, converted as MATLAB converts
// (integers round and saturate).
inline Ref fromWide(uint32_t cls, const Dims& dims, const std::vector<long double>& v, const mcc_site* site) {
  Ref r = newArray(cls, false, dims, false, site);
  visitClass(cls, [&](auto tag) {
    using T = typename decltype(tag)::T;
    for (size_t k = 0; k < v.size(); ++k) dataOf<T>(r.get())[k] = convertValue<decltype(tag)::id>(v[k]);
  });
  return r;
}

// The positions 0..n-1 ordered by `less`, equal ones in their own order (a
// stable sort of positions).
template <class Less> std::vector<size_t> stableOrder(size_t n, Less less) {
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t i, size_t j) {
    if (less(i, j)) return true;
    if (less(j, i)) return false;
    return i < j;
  });
  return order;
}

// The elements of x as complex doubles.
inline std::vector<std::complex<double>> complexValues(const mcc_array* x) {
  std::vector<std::complex<double>> scratch;
  const std::complex<double>* p = loadAs<std::complex<double>>(x, scratch);
  return std::vector<std::complex<double>>(p, p + x->numel);
}

// The class of a numeric result from x: logical and char give double.
inline uint32_t numericClass(const mcc_array* x) { return isNumericClass(x->class_id) ? x->class_id : uint32_t(MCC_CLASS_DOUBLE); }

// Whether any input of the call is single (the result is then single).
inline bool anySingle(const Args& a) {
  for (uint32_t k = 0; k < a.nargin; ++k)
    if (a[k]->class_id == MCC_CLASS_SINGLE) return true;
  return false;
}

}  // namespace mcc::rt
