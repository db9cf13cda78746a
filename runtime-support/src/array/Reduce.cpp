// Reductions along a dim (sum, prod, mean, any, all, max, min), cumsum and
// find.
//
// An array reduced along dim d is viewed as before x len x after (the dims
// below d, dim d, the dims above). Loops run over k in len outside and over
// the `before` contiguous elements inside, so every dim reads memory in
// order. sum, prod, mean and cumsum accumulate in double (float for single,
// as MATLAB's default), complex when the input is; cumsum of integers keeps
// their class.
#include <algorithm>
#include <cmath>
#include <limits>

#include "array/Index.h"

using namespace mcc::rt;

namespace {

struct Layout {
  size_t before = 1, len = 1, after = 1;
  Dims out;  // the result's dims
};

size_t firstNonSingleton(const mcc_array* a) {
  for (size_t k = 0; k < a->ndims; ++k)
    if (a->dims[k] != 1) return k + 1;
  return 1;
}

// `keepEmpty`: a dim of extent 0 stays 0 in the result (max and min have
// nothing to return there; sum has its identity).
Layout layoutFor(const mcc_array* a, size_t dim, bool keepEmpty) {
  Layout l;
  l.out = dimsOf(a);
  if (dim == 0) dim = firstNonSingleton(a);
  if (dim > a->ndims) {  // a dim of extent 1: each element is its own slice
    l.before = a->numel;
    return l;
  }
  for (size_t k = 0; k < a->ndims; ++k) {
    if (k < dim - 1) l.before *= a->dims[k];
    if (k > dim - 1) l.after *= a->dims[k];
  }
  l.len = a->dims[dim - 1];
  l.out[dim - 1] = keepEmpty && l.len == 0 ? 0 : 1;
  return l;
}

bool isZeroByZero(const mcc_array* a) { return a->ndims == 2 && a->dims[0] == 0 && a->dims[1] == 0; }

// --- sum, prod, mean, cumsum ------------------------------------------------

enum class Accumulate { Sum, Prod, Mean, Cumsum };

// The accumulator of a sum or mean of C values: double for single data.
template <class C> struct Wide { using type = C; };
template <> struct Wide<float> { using type = double; };
template <> struct Wide<std::complex<float>> { using type = std::complex<double>; };

template <class C> Ref accumulate(const mcc_array* a, size_t dim, Accumulate what, const mcc_site* site) {
  using R = typename RealOf<C>::type;
  constexpr uint32_t cls = std::is_same_v<R, float> ? MCC_CLASS_SINGLE : MCC_CLASS_DOUBLE;
  std::vector<C> scratch;
  const C* x = loadAs<C>(a, scratch);
  const C identity = what == Accumulate::Prod ? C(1) : C(0);

  if (what == Accumulate::Cumsum) {
    Layout l = layoutFor(a, dim, false);
    Ref r = newArray(cls, isComplexType<C>, dimsOf(a), false, site);
    C* out = dataOf<C>(r.get());
    for (size_t o = 0; o < l.after; ++o)
      for (size_t k = 0; k < l.len; ++k) {
        size_t at = (o * l.len + k) * l.before;
        // The first element is the first value (cumsum(-0) is -0, not 0 + -0).
        for (size_t i = 0; i < l.before; ++i) out[at + i] = k ? out[at + i - l.before] + x[at + i] : x[at + i];
      }
    return narrowComplex(std::move(r));
  }

  // MATLAB: the sum of [] is 0 (1x1), its product 1, its mean NaN.
  Layout l = isZeroByZero(a) && dim == 0 ? Layout{1, 0, 1, {1, 1}} : layoutFor(a, dim, false);
  Ref r = newArray(cls, isComplexType<C>, l.out, false, site);
  C* out = dataOf<C>(r.get());
  // Sums and means of single data add in double and round once (a float
  // running sum of 8M values of rand is off by 0.4%); products stay in C,
  // so that they overflow where MATLAB's do.
  using W = typename Wide<C>::type;
  std::vector<W> wide(what == Accumulate::Prod ? 0 : l.before);
  for (size_t o = 0; o < l.after; ++o) {
    C* acc = out + o * l.before;
    if (what == Accumulate::Prod) {
      std::fill(acc, acc + l.before, identity);
      for (size_t k = 0; k < l.len; ++k) {
        const C* slice = x + (o * l.len + k) * l.before;
        for (size_t i = 0; i < l.before; ++i) acc[i] *= slice[i];
      }
      continue;
    }
    std::fill(wide.begin(), wide.end(), W(0));
    for (size_t k = 0; k < l.len; ++k) {
      const C* slice = x + (o * l.len + k) * l.before;
      for (size_t i = 0; i < l.before; ++i) wide[i] += slice[i];
    }
    if (what == Accumulate::Mean)
      for (size_t i = 0; i < l.before; ++i) wide[i] /= double(l.len);  // 0/0 is NaN for an empty slice
    for (size_t i = 0; i < l.before; ++i) acc[i] = C(wide[i]);
  }
  return narrowComplex(std::move(r));
}

// cumsum of integers keeps the class, saturating at each step as integer
// arithmetic does (cumsum(int8([100 100 -100])) is [100 127 27]).
Ref cumsumInteger(const mcc_array* a, size_t dim, const mcc_site* site) {
  Layout l = layoutFor(a, dim, false);
  Ref r = newArray(a->class_id, false, dimsOf(a), false, site);
  visitClass(a->class_id, [&](auto tag) {
    constexpr uint32_t C = decltype(tag)::id;
    using T = typename decltype(tag)::T;
    if constexpr (isIntegerClass(C)) {
      using W = std::conditional_t<sizeof(T) == 8, long double, double>;
      const T* x = dataOf<T>(a);
      T* out = dataOf<T>(r.get());
      for (size_t o = 0; o < l.after; ++o)
        for (size_t k = 0; k < l.len; ++k) {
          size_t at = (o * l.len + k) * l.before;
          for (size_t i = 0; i < l.before; ++i)
            out[at + i] = convertValue<C>(W(k ? out[at + i - l.before] : T(0)) + W(x[at + i]));
        }
    }
  });
  return r;
}

Ref accumulateAny(const mcc_array* a, size_t dim, Accumulate what, const mcc_site* site) {
  checked(a);
  if (what == Accumulate::Cumsum && isIntegerClass(a->class_id)) return cumsumInteger(a, dim, site);
  bool single = a->class_id == MCC_CLASS_SINGLE;
  if (a->is_complex)
    return single ? accumulate<std::complex<float>>(a, dim, what, site)
                  : accumulate<std::complex<double>>(a, dim, what, site);
  return single ? accumulate<float>(a, dim, what, site) : accumulate<double>(a, dim, what, site);
}

// --- any, all -----------------------------------------------------------------

Ref anyAll(const mcc_array* a, size_t dim, bool isAll, const mcc_site* site) {
  checked(a);
  // Nonzero elements (for complex: either part); NaN is ignored, so it
  // counts as false for any and as true for all.
  std::vector<uint8_t> nonzero(a->numel);
  visitClass(a->class_id, [&](auto tag) {
    using T = typename decltype(tag)::T;
    const T* p = dataOf<T>(a);
    auto test = [isAll](T v) { return v != v ? isAll : v != 0; };
    if (a->is_complex)
      for (size_t i = 0; i < a->numel; ++i) nonzero[i] = test(p[2 * i]) || test(p[2 * i + 1]);
    else
      for (size_t i = 0; i < a->numel; ++i) nonzero[i] = test(p[i]);
  });
  Layout l = isZeroByZero(a) && dim == 0 ? Layout{1, 0, 1, {1, 1}} : layoutFor(a, dim, false);
  Ref r = newArray(MCC_CLASS_LOGICAL, false, l.out, false, site);
  uint8_t* out = dataOf<uint8_t>(r.get());
  for (size_t o = 0; o < l.after; ++o) {
    uint8_t* acc = out + o * l.before;
    std::fill(acc, acc + l.before, uint8_t(isAll));
    for (size_t k = 0; k < l.len; ++k) {
      const uint8_t* slice = nonzero.data() + (o * l.len + k) * l.before;
      if (isAll)
        for (size_t i = 0; i < l.before; ++i) acc[i] &= slice[i];
      else
        for (size_t i = 0; i < l.before; ++i) acc[i] |= slice[i];
    }
  }
  return r;
}

// --- max, min -----------------------------------------------------------------

template <class T, bool isMax>
void extremes(const T* x, const Layout& l, T* out, double* where) {
  std::vector<size_t> at(l.before);
  std::vector<uint8_t> found(l.before);
  for (size_t o = 0; o < l.after; ++o) {
    T* best = out + o * l.before;
    std::fill(found.begin(), found.end(), 0);
    std::fill(at.begin(), at.end(), 0);
    for (size_t k = 0; k < l.len; ++k) {
      const T* slice = x + (o * l.len + k) * l.before;
      for (size_t i = 0; i < l.before; ++i) {
        T v = slice[i];
        if (v != v) continue;  // NaN is ignored ...
        if (!found[i] || (isMax ? v > best[i] : v < best[i])) {
          best[i] = v;
          at[i] = k;
          found[i] = 1;
        }
      }
    }
    for (size_t i = 0; i < l.before; ++i) {
      if (!found[i] && l.len) {  // ... unless all are NaN: then NaN, at the first
        if constexpr (std::is_floating_point_v<T>) best[i] = std::numeric_limits<T>::quiet_NaN();
        at[i] = 0;
      }
      if (where) where[o * l.before + i] = double(at[i] + 1);
    }
  }
}

Ref maxMin(const mcc_array* a, size_t dim, bool isMax, mcc_array** indices, const mcc_site* site) {
  checked(a);
  if (a->is_complex) notImplemented(isMax ? "max of complex values" : "min of complex values", site);
  Layout l = layoutFor(a, dim, true);
  Ref r = newArray(a->class_id, false, l.out, false, site);
  Ref where;
  if (indices) where = newArray(MCC_CLASS_DOUBLE, false, l.out, false, site);
  double* w = where ? dataOf<double>(where.get()) : nullptr;
  if (l.len == 0) {  // nothing to choose from: an empty result
    if (indices) *indices = where.release();
    return r;
  }
  visitClass(a->class_id, [&](auto tag) {
    using T = typename decltype(tag)::T;
    if (isMax)
      extremes<T, true>(dataOf<T>(a), l, dataOf<T>(r.get()), w);
    else
      extremes<T, false>(dataOf<T>(a), l, dataOf<T>(r.get()), w);
  });
  if (a->class_id == MCC_CLASS_CHAR) r = castArray(r.get(), MCC_CLASS_DOUBLE, site);  // max('ab') is 98
  if (indices) *indices = where.release();
  return r;
}

}  // namespace

extern "C" {

size_t mcc_dim_arg(double dim, const mcc_site* site) {
  if (!(dim >= 1) || dim != std::floor(dim) || dim > 4294967295.0)
    fail("Dimension argument must be a positive integer scalar within indexing range.", site);
  return static_cast<size_t>(dim);
}

mcc_array* mcc_sum(const mcc_array* a, size_t dim, const mcc_site* site) {
  return accumulateAny(a, dim, Accumulate::Sum, site).release();
}

mcc_array* mcc_prod(const mcc_array* a, size_t dim, const mcc_site* site) {
  return accumulateAny(a, dim, Accumulate::Prod, site).release();
}

mcc_array* mcc_mean(const mcc_array* a, size_t dim, const mcc_site* site) {
  return accumulateAny(a, dim, Accumulate::Mean, site).release();
}

mcc_array* mcc_cumsum(const mcc_array* a, size_t dim, const mcc_site* site) {
  return accumulateAny(a, dim, Accumulate::Cumsum, site).release();
}

mcc_array* mcc_any(const mcc_array* a, size_t dim, const mcc_site* site) {
  return anyAll(a, dim, false, site).release();
}

mcc_array* mcc_all(const mcc_array* a, size_t dim, const mcc_site* site) {
  return anyAll(a, dim, true, site).release();
}

mcc_array* mcc_max(const mcc_array* a, size_t dim, mcc_array** indices, const mcc_site* site) {
  return maxMin(a, dim, true, indices, site).release();
}

mcc_array* mcc_min(const mcc_array* a, size_t dim, mcc_array** indices, const mcc_site* site) {
  return maxMin(a, dim, false, indices, site).release();
}

mcc_array* mcc_find(const mcc_array* a, const mcc_site* site) {
  checked(a);
  std::vector<double> hits;
  visitClass(a->class_id, [&](auto tag) {
    using T = typename decltype(tag)::T;
    const T* p = dataOf<T>(a);
    for (size_t i = 0; i < a->numel; ++i)
      if (a->is_complex ? (p[2 * i] != 0 || p[2 * i + 1] != 0) : p[i] != 0) hits.push_back(double(i + 1));
  });
  Ref r = newArray(MCC_CLASS_DOUBLE, false, findShape(a, hits.size()), false, site);
  if (!hits.empty()) std::memcpy(r->data, hits.data(), hits.size() * sizeof(double));
  return r.release();
}

}  // extern "C"
