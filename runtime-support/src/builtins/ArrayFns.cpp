// Builtins of array.def: constructors (zeros, ones, eye, rand, randn,
// colon, linspace), size queries, reshaping and rearranging (reshape,
// repmat, cat, flip, transpose), reductions (sum, prod, mean, any, all,
// max, min), cumulative operations, find, sort, diff, isequal, isequaln, nnz.
//
// Each builtin parses MATLAB's argument forms (dims, 'all', vecdim,
// outtype and nanflag options) and leaves the arithmetic to the array core
// (mcc_sum, mcc_max, mcc_cat, ...) where it has it; what the core lacks
// (cumprod, sort, diff, flips, N-d tiling) is written here against Array.h.
// Tests: tests/unit/BuiltinArrayFnsTest.cpp.
#include <algorithm>
#include <cmath>
#include <functional>
#include <numbers>
#include <random>

#include "array/Index.h"
#include "builtins/Builtin.h"
#include "builtins/Cells.h"
#include "builtins/Layout.h"
#include "builtins/Maps.h"
#include "builtins/Random.h"
#include "builtins/StringArgs.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

// --- Small helpers ------------------------------------------------------------

// Input k is an option: a char row ('' included) or a string scalar.
bool isOption(const Args& a, uint32_t k) { return a.isText(k); }

// run(in, out, op) over the complex elements of src into r, both single or
// both double.
template <class Run, class Op> void runComplex(mcc_array* src, mcc_array* r, Run run, Op op) {
  if (src->class_id == MCC_CLASS_SINGLE)
    run(dataOf<std::complex<float>>(src), dataOf<std::complex<float>>(r), op);
  else
    run(dataOf<std::complex<double>>(src), dataOf<std::complex<double>>(r), op);
}
// What integer arithmetic of class T is done in: long double for 64-bit
// integers (exact to 2^64), else double.
template <class T>
using Wide = std::conditional_t<sizeof(T) == 8 && !std::is_floating_point_v<T>, long double, double>;

// A copy of x with other dims (same numel).
Ref reshaped(const mcc_array* x, const Dims& dims, const mcc_site* site) {
  Ref r = newArray(x->class_id, x->is_complex, dims, false, site);
  if (x->numel) std::memcpy(r->data, x->data, x->numel * elementSize(x));
  return r;
}

Ref column(const mcc_array* x, const mcc_site* site) { return reshaped(x, {x->numel, 1}, site); }

// isnan of each element (for complex: of either part).
std::vector<uint8_t> nanFlags(const mcc_array* x) {
  std::vector<uint8_t> flags(x->numel);
  visitClass(x->class_id, [&](auto tag) {
    using T = typename decltype(tag)::T;
    if constexpr (std::is_floating_point_v<T>) {
      const T* p = dataOf<T>(x);
      if (x->is_complex)
        for (size_t i = 0; i < x->numel; ++i) flags[i] = p[2 * i] != p[2 * i] || p[2 * i + 1] != p[2 * i + 1];
      else
        for (size_t i = 0; i < x->numel; ++i) flags[i] = p[i] != p[i];
    }
  });
  return flags;
}

bool hasNaN(const mcc_array* x) {
  if (!isFloatClass(x->class_id)) return false;
  std::vector<uint8_t> flags = nanFlags(x);
  return std::find(flags.begin(), flags.end(), 1) != flags.end();
}

// A copy of x (double or single) with `value` (imaginary part 0) where
// mask is set.
Ref replacedWhere(const mcc_array* x, const uint8_t* mask, double value, const mcc_site* site) {
  Ref r = reshaped(x, dimsOf(x), site);
  visitClass(x->class_id, [&](auto tag) {
    using T = typename decltype(tag)::T;
    if constexpr (std::is_floating_point_v<T>) {
      T* p = dataOf<T>(r.get());
      size_t stride = x->is_complex ? 2 : 1;
      for (size_t i = 0; i < x->numel; ++i)
        if (mask[i]) {
          p[stride * i] = T(value);
          if (x->is_complex) p[2 * i + 1] = 0;
        }
    }
  });
  return r;
}

// x with NaN elements replaced by `value` (MATLAB's 'omitnan').
Ref nanReplaced(const mcc_array* x, double value, const mcc_site* site) {
  if (!hasNaN(x)) return Ref::share(x);
  return replacedWhere(x, nanFlags(x).data(), value, site);
}

// isnan(x) as a logical array of x's shape.
Ref nanMask(const mcc_array* x, const mcc_site* site) {
  Ref r = newArray(MCC_CLASS_LOGICAL, false, dimsOf(x), false, site);
  std::vector<uint8_t> flags = nanFlags(x);
  if (!flags.empty()) std::memcpy(r->data, flags.data(), flags.size());
  return r;
}

// --- Constructors ---------------------------------------------------------------

// What zeros/ones/eye/rand/randn were asked for: sizes (scalars, or one size
// vector), then a class name or 'like', prototype.
struct Construct {
  std::vector<double> sizes;
  uint32_t cls = MCC_CLASS_DOUBLE;
  bool complex = false;
};

Construct parseConstruct(const Args& a, bool floatOnly) {
  Construct c;
  uint32_t end = a.nargin;
  if (end >= 2 && isOption(a, end - 2) && option(a, end - 2) == "like") {
    const mcc_array* p = a[end - 1];
    if (p->class_id == MCC_CLASS_CHAR || (floatOnly && !isFloatClass(p->class_id)))
      a.error(floatOnly ? "Class of prototype must be 'double' or 'single'." : "Class of prototype must be numeric or logical.");
    c.cls = p->class_id;
    c.complex = p->is_complex;
    end -= 2;
  } else if (end >= 1 && isOption(a, end - 1)) {
    std::string name = a.text(end - 1);
    uint32_t found = MCC_CLASS_COLON;
    for (uint32_t k = 0; k <= MCC_CLASS_LOGICAL; ++k)
      if (name == className(k)) found = k;
    if (found == MCC_CLASS_COLON || (floatOnly && !isFloatClass(found)))
      a.error(floatOnly ? "Data type must be 'double' or 'single'." : "Invalid data type '" + name + "'.");
    c.cls = found;
    --end;
  }
  for (uint32_t k = 0; k < end; ++k)
    if (a[k]->class_id == MCC_CLASS_CHAR) a.error("Size inputs must be numeric.");
  if (end == 1 && a[0]->numel != 1) {
    const mcc_array* v = a[0];
    if (v->numel && !(v->ndims == 2 && v->dims[0] == 1)) a.error("Size vector must be a row vector with real elements.");
    c.sizes = numbers(v, a, "Size vector must be a row vector with real elements.");
    if (c.sizes.empty()) c.sizes = {0, 0};
    return c;
  }
  for (uint32_t k = 0; k < end; ++k) {
    if (a[k]->numel != 1) a.error("Size inputs must be scalar.");
    c.sizes.push_back(numbers(a[k], a, "Size inputs must be real.")[0]);
  }
  return c;
}

using MakeFn = mcc_array* (*)(uint32_t, uint32_t, const double*, const mcc_site*);
void construct(const Args& a, MakeFn make) {
  a.arity(0, UINT32_MAX, 1);
  Construct c = parseConstruct(a, false);
  Ref r(make(c.cls, static_cast<uint32_t>(c.sizes.size()), c.sizes.data(), a.site));
  if (c.complex) r = toComplex(r.get());
  a.set(0, std::move(r));
}

// The generator behind rand and randn (twister, uniform53) is Random.h's.
// A standard normal value (Marsaglia's polar method; MATLAB's own stream uses
// a ziggurat, so values differ from MATLAB's).
double normal() {
  for (;;) {
    double u = 2 * uniform53() - 1, v = 2 * uniform53() - 1, s = u * u + v * v;
    if (s > 0 && s < 1) return u * std::sqrt(-2 * std::log(s) / s);
  }
}

void random(const Args& a, double (*draw)()) {
  a.arity(0, UINT32_MAX, 1);
  Construct c = parseConstruct(a, true);
  Dims dims;
  for (double v : c.sizes) {
    if (v != std::floor(v) || std::isnan(v)) a.error("Size inputs must be integers.");
    if (v > 1e15) a.error("Maximum variable size allowed by the program is exceeded.");
    dims.push_back(v < 0 ? 0 : static_cast<size_t>(v));
  }
  if (dims.empty()) dims = {1, 1};
  if (dims.size() == 1) dims.push_back(dims[0]);
  Ref r = newArray(c.cls, c.complex, dims, false, a.site);
  size_t n = r->numel * (c.complex ? 2 : 1);
  if (c.cls == MCC_CLASS_SINGLE)
    for (size_t i = 0; i < n; ++i) dataOf<float>(r.get())[i] = static_cast<float>(draw());
  else
    for (size_t i = 0; i < n; ++i) dataOf<double>(r.get())[i] = draw();
  a.set(0, std::move(r));
}

// --- Reductions -------------------------------------------------------------------

// The trailing arguments of a reduction: a dim, a vecdim or 'all', and
// options.
struct Reduction {
  enum Kind { Default, Dim, VecDim, All } kind = Default;
  std::vector<size_t> dims;
  enum Out { OutDefault, OutDouble, OutNative } out = OutDefault;
  bool omitNaN = false;
  bool reverse = false;
};

enum : unsigned { AllowOuttype = 1, AllowNaNFlag = 2, AllowDirection = 4, AllowVecdim = 8 };

Reduction parseReduction(const Args& a, uint32_t first, unsigned allowed, bool omitNaN) {
  Reduction r;
  r.omitNaN = omitNaN;
  const char* badDim = (allowed & AllowVecdim) ? vecdimText : dimText;
  for (uint32_t k = first; k < a.nargin; ++k) {
    if (isOption(a, k)) {
      std::string o = option(a, k);
      if (o == "all" && (allowed & AllowVecdim) && r.kind == Reduction::Default)
        r.kind = Reduction::All;
      else if ((o == "double" || o == "native" || o == "default") && (allowed & AllowOuttype))
        r.out = o == "double" ? Reduction::OutDouble : o == "native" ? Reduction::OutNative : Reduction::OutDefault;
      else if ((o == "omitnan" || o == "omitmissing") && (allowed & AllowNaNFlag))
        r.omitNaN = true;
      else if ((o == "includenan" || o == "includemissing") && (allowed & AllowNaNFlag))
        r.omitNaN = false;
      else if ((o == "forward" || o == "reverse") && (allowed & AllowDirection))
        r.reverse = o == "reverse";
      else
        a.error("Invalid option '" + a.text(k) + "'.");
      continue;
    }
    if (r.kind != Reduction::Default || a[k]->numel == 0 || a[k]->is_complex) a.error(badDim);
    if (a[k]->numel > 1 && !(allowed & AllowVecdim)) a.error(badDim);
    for (double d : numbers(a[k], a, badDim)) {
      if (!(d >= 1) || d != std::floor(d) || d > 4294967295.0) a.error(badDim);
      if (std::find(r.dims.begin(), r.dims.end(), size_t(d)) != r.dims.end()) a.error(badDim);
      r.dims.push_back(size_t(d));
    }
    r.kind = r.dims.size() == 1 ? Reduction::Dim : Reduction::VecDim;
  }
  return r;
}

using ReduceFn = mcc_array* (*)(const mcc_array*, size_t, const mcc_site*);

// f over the dims the reduction names: one dim (0: the default), every dim
// ('all': the elements as one column) or each dim of a vecdim in turn.
Ref reduceOver(const mcc_array* x, const Reduction& r, ReduceFn f, const mcc_site* site) {
  switch (r.kind) {
    case Reduction::Default: return Ref(f(x, 0, site));
    case Reduction::Dim: return Ref(f(x, r.dims[0], site));
    case Reduction::All: {
      Ref c = column(x, site);
      return Ref(f(c.get(), 1, site));
    }
    case Reduction::VecDim: break;
  }
  Ref v = Ref::share(x);
  for (size_t d : r.dims) v = Ref(f(v.get(), d, site));
  return v;
}

// The class of sum(x, ..., outtype) and friends: the core gives double
// (single for single); 'native' keeps integer and logical classes.
Ref applyOuttype(Ref v, const mcc_array* x, const Reduction& r, const mcc_site* site) {
  if (r.out == Reduction::OutNative && (isIntegerClass(x->class_id) || x->class_id == MCC_CLASS_LOGICAL))
    return castArray(v.get(), x->class_id, site);
  return v;
}

enum class Kind { Sum, Prod, Mean };

void sumLike(const Args& a, Kind kind) {
  a.arity(1, 4, 1);
  const mcc_array* x = a[0];
  Reduction r = parseReduction(a, 1, AllowOuttype | AllowNaNFlag | AllowVecdim, false);
  Ref src = Ref::share(x);
  if (r.out == Reduction::OutDouble && x->class_id == MCC_CLASS_SINGLE) src = castArray(x, MCC_CLASS_DOUBLE, a.site);
  Ref result;
  if (kind == Kind::Mean && (r.omitNaN || r.kind == Reduction::VecDim)) {
    // The sum of the elements counted, over their count.
    Ref kept = r.omitNaN ? nanReplaced(src.get(), 0, a.site) : Ref::share(src.get());
    Ref total = reduceOver(kept.get(), r, mcc_sum, a.site);
    Ref counted = nanMask(src.get(), a.site);
    if (!r.omitNaN) std::memset(counted->data, 0, counted->numel);
    Ref one = scalarResult(1);
    Ref present(mcc_binary(MCC_OP_MINUS, one.get(), counted.get(), a.site));
    Ref count = reduceOver(present.get(), r, mcc_sum, a.site);
    result = Ref(mcc_binary(MCC_OP_RDIVIDE, total.get(), count.get(), a.site));
  } else {
    if (r.omitNaN) src = nanReplaced(src.get(), kind == Kind::Prod ? 1 : 0, a.site);
    result = reduceOver(src.get(), r, kind == Kind::Sum ? mcc_sum : kind == Kind::Prod ? mcc_prod : mcc_mean, a.site);
  }
  a.set(0, applyOuttype(std::move(result), x, r, a.site));
}

void anyAll(const Args& a, bool isAll) {
  a.arity(1, 2, 1);
  Reduction r = parseReduction(a, 1, AllowVecdim, false);
  a.set(0, reduceOver(a[0], r, isAll ? mcc_all : mcc_any, a.site));
}

// --- max, min ------------------------------------------------------------------------

using ExtremeFn = mcc_array* (*)(const mcc_array*, size_t, mcc_array**, const mcc_site*);

// max(x, [], dim) of one dim (0: the default), with MATLAB's 'includenan':
// a slice holding NaN gives NaN at its first NaN.
void extremeAlong(const mcc_array* x, size_t dim, bool omitNaN, ExtremeFn f, Ref& value, Ref* where,
                  const mcc_site* site) {
  mcc_array* at = nullptr;
  value = Ref(f(x, dim, where ? &at : nullptr, site));
  if (where) *where = Ref(at);
  if (omitNaN || !hasNaN(x)) return;
  Ref mask = nanMask(x, site);
  mcc_array* firstNaN = nullptr;
  Ref anyNaN(mcc_max(mask.get(), dim, &firstNaN, site));
  Ref firstAt(firstNaN);
  for (size_t i = 0; i < value->numel; ++i) {
    if (!dataOf<uint8_t>(anyNaN.get())[i]) continue;
    visitClass(value->class_id, [&](auto tag) {
      using T = typename decltype(tag)::T;
      if constexpr (std::is_floating_point_v<T>) dataOf<T>(value.get())[i] = std::numeric_limits<T>::quiet_NaN();
    });
    if (where) dataOf<double>(where->get())[i] = dataOf<double>(firstAt.get())[i];
  }
}

void maxMin(const Args& a, bool isMax) {
  const std::string name = isMax ? "MAX" : "MIN";
  a.arity(1, 4, 2);
  ExtremeFn f = isMax ? mcc_max : mcc_min;
  if (a.nargin >= 2 && isOption(a, 1))
    a.error(name + " with two matrices to compare and a working dimension is not supported.");
  // max(a, b) and max(a, b, nanflag) compare two arrays; max(x, [], ...) reduces.
  if (a.nargin == 2 || (a.nargin >= 3 && a[1]->numel != 0)) {
    if (a.nargin > 3 || (a.nargin == 3 && !isOption(a, 2)))
      a.error(name + " with two matrices to compare and a working dimension is not supported.");
    if (a.nargout > 1) a.error(name + " with two matrices to compare and two output arguments is not supported.");
    Ref r(mcc_binary(isMax ? MCC_OP_MAX : MCC_OP_MIN, a[0], a[1], a.site));
    if (a.nargin == 3 && !parseReduction(a, 2, AllowNaNFlag, true).omitNaN && (hasNaN(a[0]) || hasNaN(a[1]))) {
      // 'includenan': NaN wherever either operand is NaN.
      Ref either(mcc_binary(MCC_OP_OR, nanMask(a[0], a.site).get(), nanMask(a[1], a.site).get(), a.site));
      r = replacedWhere(r.get(), dataOf<uint8_t>(either.get()), std::numeric_limits<double>::quiet_NaN(), a.site);
    }
    a.set(0, std::move(r));
    return;
  }
  Reduction r = parseReduction(a, 2, AllowNaNFlag | AllowVecdim, true);
  const mcc_array* x = a[0];
  Ref value, where;
  bool wantIndex = a.nargout > 1;
  switch (r.kind) {
    case Reduction::Default:
    case Reduction::Dim:
      extremeAlong(x, r.kind == Reduction::Dim ? r.dims[0] : 0, r.omitNaN, f, value, wantIndex ? &where : nullptr, a.site);
      break;
    case Reduction::All: {
      Ref c = column(x, a.site);
      extremeAlong(c.get(), 1, r.omitNaN, f, value, wantIndex ? &where : nullptr, a.site);
      break;
    }
    case Reduction::VecDim: {
      if (wantIndex) notImplemented(std::string(isMax ? "[m, i] = max" : "[m, i] = min") + " over a vecdim", a.site);
      value = Ref::share(x);
      for (size_t d : r.dims) {
        Ref next;
        extremeAlong(value.get(), d, r.omitNaN, f, next, nullptr, a.site);
        value = std::move(next);
      }
      break;
    }
  }
  a.set(0, std::move(value));
  if (wantIndex) a.set(1, std::move(where));
}

// --- Cumulative operations -------------------------------------------------------------

// x flipped along dim (from 1).
Ref flipped(const mcc_array* x, size_t dim, const mcc_site* site) {
  Slices s = slicesAlong(x, dim);
  Ref r = newArray(x->class_id, x->is_complex, dimsOf(x), false, site);
  visitElements(x, [&](auto t) {
    using E = typename decltype(t)::type;
    const E* src = dataOf<E>(x);
    E* dst = dataOf<E>(r.get());
    for (size_t o = 0; o < s.after; ++o)
      for (size_t k = 0; k < s.len; ++k) {
        const E* from = src + (o * s.len + k) * s.before;
        std::copy(from, from + s.before, dst + (o * s.len + (s.len - 1 - k)) * s.before);
      }
  });
  return r;
}

enum class Cumulative { Prod, Max, Min };

// Running products (integers saturate at each step, as cumsum's), and
// running max/min that skip NaN until a number appears.
Ref cumulate(const mcc_array* x, size_t dim, Cumulative what, const mcc_site* site) {
  uint32_t cls = x->class_id;
  if (cls == MCC_CLASS_CHAR || (cls == MCC_CLASS_LOGICAL && what == Cumulative::Prod)) cls = MCC_CLASS_DOUBLE;
  if (x->is_complex && what != Cumulative::Prod)
    notImplemented(what == Cumulative::Max ? "cummax of complex values" : "cummin of complex values", site);
  Ref src = castArray(x, cls, site);
  Slices s = slicesAlong(src.get(), dim ? dim : defaultDim(src.get()));
  Ref r = newArray(cls, src->is_complex, dimsOf(src.get()), false, site);
  auto run = [&](auto* in, auto* out, auto step) {
    for (size_t o = 0; o < s.after; ++o)
      for (size_t k = 0; k < s.len; ++k) {
        size_t at = (o * s.len + k) * s.before;
        for (size_t i = 0; i < s.before; ++i) out[at + i] = k ? step(out[at + i - s.before], in[at + i]) : in[at + i];
      }
  };
  if (src->is_complex) {
    runComplex(src.get(), r.get(), run, std::multiplies<>());
    return narrowComplex(std::move(r));
  }
  visitClass(cls, [&](auto tag) {
    constexpr uint32_t C = decltype(tag)::id;
    using T = typename decltype(tag)::T;
    using W = Wide<T>;
    const T* in = dataOf<T>(src.get());
    T* out = dataOf<T>(r.get());
    if (what == Cumulative::Prod) {
      if constexpr (std::is_floating_point_v<T>)
        run(in, out, std::multiplies<>());
      else
        run(in, out, [](T p, T v) { return convertValue<C>(W(p) * W(v)); });
    } else {
      bool isMax = what == Cumulative::Max;
      run(in, out, [isMax](T best, T v) {
        if (v != v) return best;
        if (best != best) return v;
        return (isMax ? v > best : v < best) ? v : best;
      });
    }
  });
  return r;
}

// cumsum/cumprod/cummax/cummin(x, dim, direction, nanflag).
void cumulative(const Args& a, const char* name) {
  a.arity(1, 4, 1);
  std::string n = name;
  bool sums = n == "cumsum" || n == "cumprod";
  Reduction r = parseReduction(a, 1, AllowDirection | AllowNaNFlag, !sums);
  const mcc_array* x = a[0];
  size_t dim = r.kind == Reduction::Dim ? r.dims[0] : defaultDim(x);
  Ref src = Ref::share(x);
  if (sums && r.omitNaN) src = nanReplaced(x, n == "cumprod" ? 1 : 0, a.site);
  if (!sums && !r.omitNaN) notImplemented(n + "(x, 'includenan')", a.site);
  if (r.reverse) src = flipped(src.get(), dim, a.site);
  Ref out;
  if (n == "cumsum")
    out = Ref(mcc_cumsum(src.get(), dim, a.site));
  else
    out = cumulate(src.get(), dim, n == "cumprod" ? Cumulative::Prod : n == "cummax" ? Cumulative::Max : Cumulative::Min,
                   a.site);
  if (r.reverse) out = flipped(out.get(), dim, a.site);
  a.set(0, std::move(out));
}

// --- find ----------------------------------------------------------------------------

void findBuiltin(const Args& a) {
  a.arity(1, 3, 3);
  const mcc_array* x = checked(a[0]);
  size_t limit = x->numel;
  bool last = false;
  if (a.nargin >= 2) {
    const char* bad = "Second argument must be a positive scalar integer.";
    if (a[1]->numel != 1 || a[1]->class_id == MCC_CLASS_CHAR) a.error(bad);
    double n = numbers(a[1], a, bad)[0];
    if (!(n >= 1) || (n != std::floor(n) && !std::isinf(n))) a.error(bad);
    if (n < double(limit)) limit = static_cast<size_t>(n);
  }
  if (a.nargin == 3) {
    std::string o = isOption(a, 2) ? option(a, 2) : "";
    if (o != "first" && o != "last") a.error("Invalid search option type. Specify 'first' or 'last'.");
    last = o == "last";
  }
  std::vector<size_t> hits;
  auto nonzero = [&](size_t i) {
    return visitClass(x->class_id, [&](auto tag) {
      using T = typename decltype(tag)::T;
      const T* p = dataOf<T>(x);
      return x->is_complex ? (p[2 * i] != 0 || p[2 * i + 1] != 0) : p[i] != 0;
    });
  };
  if (!last) {
    for (size_t i = 0; i < x->numel && hits.size() < limit; ++i)
      if (nonzero(i)) hits.push_back(i);
  } else {
    for (size_t i = x->numel; i-- > 0 && hits.size() < limit;)
      if (nonzero(i)) hits.push_back(i);
    std::reverse(hits.begin(), hits.end());
  }
  Dims shape = findShape(x, hits.size());
  auto indices = [&](auto position) {
    Ref r = newArray(MCC_CLASS_DOUBLE, false, shape, false, a.site);
    for (size_t k = 0; k < hits.size(); ++k) dataOf<double>(r.get())[k] = position(hits[k]);
    return r;
  };
  if (a.nargout <= 1) {
    a.set(0, indices([](size_t i) { return double(i + 1); }));
    return;
  }
  size_t rows = x->dims[0];
  a.set(0, indices([rows](size_t i) { return double(i % rows + 1); }));
  a.set(1, indices([rows](size_t i) { return double(i / rows + 1); }));
  if (a.nargout == 3) {
    Ref v = newArray(x->class_id, x->is_complex, shape, false, a.site);
    visitElements(x, [&](auto t) {
      using E = typename decltype(t)::type;
      for (size_t k = 0; k < hits.size(); ++k) dataOf<E>(v.get())[k] = dataOf<E>(x)[hits[k]];
    });
    a.set(2, std::move(v));
  }
}

// --- sort ------------------------------------------------------------------------------

// Sorts each slice along dim by sorting positions, ties broken by position,
// so equal elements keep their order and [s, i] = sort(x) gives MATLAB's indices.
// NaN sorts last ascending and first descending; complex values sort by
// magnitude, then angle.
// sort of a real array: each slice's values with their positions, NaN set
// apart (last ascending, first descending, in their order), the rest
// sorted by value in the class's own type (integers exactly) with equal
// values in their order.
void sortReal(const Args& a, const mcc_array* x, const Slices& s, bool descend) {
  Ref sorted = newArray(x->class_id, false, dimsOf(x), false, a.site);
  Ref where = newArray(MCC_CLASS_DOUBLE, false, dimsOf(x), false, a.site);
  visitClass(x->class_id, [&](auto tag) {
    using T = typename decltype(tag)::T;
    const T* p = dataOf<T>(x);
    T* out = dataOf<T>(sorted.get());
    double* pos = dataOf<double>(where.get());
    std::vector<std::pair<T, size_t>> items;
    std::vector<size_t> nans;
    items.reserve(s.len);
    auto less = [](const std::pair<T, size_t>& l, const std::pair<T, size_t>& r) {
      return l.first < r.first || (!(r.first < l.first) && l.second < r.second);
    };
    auto greater = [](const std::pair<T, size_t>& l, const std::pair<T, size_t>& r) {
      return r.first < l.first || (!(l.first < r.first) && l.second < r.second);
    };
    for (size_t o = 0; o < s.after; ++o)
      for (size_t i = 0; i < s.before; ++i) {
        size_t base = o * s.len * s.before + i;
        items.clear();
        nans.clear();
        for (size_t k = 0; k < s.len; ++k) {
          T v = p[base + k * s.before];
          if (v != v) nans.push_back(k);
          else items.emplace_back(v, k);
        }
        if (descend) std::sort(items.begin(), items.end(), greater);
        else std::sort(items.begin(), items.end(), less);
        size_t k = 0;
        auto put = [&](size_t from) {
          out[base + k * s.before] = p[base + from * s.before];
          pos[base + k * s.before] = double(from + 1);
          ++k;
        };
        if (descend)
          for (size_t n : nans) put(n);
        for (const auto& item : items) put(item.second);
        if (!descend)
          for (size_t n : nans) put(n);
      }
  });
  a.set(0, std::move(sorted));
  a.set(1, std::move(where));
}

void sortBuiltin(const Args& a) {
  a.arity(1, 3, 2);
  if (a[0]->class_id == MCC_CLASS_CELL) return sortCellstr(a);
  const mcc_array* x = checked(a[0]);
  size_t dim = 0;
  bool descend = false;
  for (uint32_t k = 1; k < a.nargin; ++k) {
    if (isOption(a, k)) {
      std::string o = option(a, k);
      if (o != "ascend" && o != "descend") a.error("Sorting direction must be 'ascend' or 'descend'.");
      descend = o == "descend";
    } else {
      if (k != 1 || a[k]->numel != 1) a.error(dimText);
      dim = mcc_dim_arg(numbers(a[k], a, dimText)[0], a.site);
    }
  }
  if (!dim) dim = defaultDim(x);
  Slices s = slicesAlong(x, dim);
  if (!x->is_complex) return sortReal(a, x, s, descend);
  // The sort keys: the magnitude and angle, NaN flagged.
  std::vector<long double> key(x->numel), key2(x->is_complex ? x->numel : 0);
  std::vector<uint8_t> nan(x->numel);
  visitClass(x->class_id, [&](auto tag) {
    using T = typename decltype(tag)::T;
    const T* p = dataOf<T>(x);
    for (size_t i = 0; i < x->numel; ++i) {
      if (x->is_complex) {
        std::complex<long double> z(p[2 * i], p[2 * i + 1]);
        nan[i] = z.real() != z.real() || z.imag() != z.imag();
        key[i] = std::abs(z);
        key2[i] = std::arg(z);
      } else {
        nan[i] = p[i] != p[i];
        key[i] = static_cast<long double>(p[i]);
      }
    }
  });
  auto before = [&](size_t i, size_t j) {
    if (nan[i] && nan[j]) return i < j;
    if (nan[i] || nan[j]) return descend ? bool(nan[i]) : bool(nan[j]);
    if (key[i] != key[j]) return descend ? key[i] > key[j] : key[i] < key[j];
    if (x->is_complex && key2[i] != key2[j]) return descend ? key2[i] > key2[j] : key2[i] < key2[j];
    return i < j;  // equal values keep their order
  };
  Ref sorted = newArray(x->class_id, x->is_complex, dimsOf(x), false, a.site);
  Ref where = newArray(MCC_CLASS_DOUBLE, false, dimsOf(x), false, a.site);
  std::vector<size_t> order(s.len);
  visitElements(x, [&](auto t) {
    using E = typename decltype(t)::type;
    for (size_t o = 0; o < s.after; ++o)
      for (size_t i = 0; i < s.before; ++i) {
        size_t base = o * s.len * s.before + i;
        for (size_t k = 0; k < s.len; ++k) order[k] = base + k * s.before;
        std::sort(order.begin(), order.end(), before);
        for (size_t k = 0; k < s.len; ++k) {
          dataOf<E>(sorted.get())[base + k * s.before] = dataOf<E>(x)[order[k]];
          dataOf<double>(where.get())[base + k * s.before] = double((order[k] - base) / s.before + 1);
        }
      }
  });
  a.set(0, std::move(sorted));
  a.set(1, std::move(where));
}

// --- diff --------------------------------------------------------------------------------

// One difference along dim: the extent there becomes len - 1 (at least 0).
// Integers keep their class (saturating), logical and char give double.
Ref diffOnce(const mcc_array* x, size_t dim, const mcc_site* site) {
  Slices s = slicesAlong(x, dim);
  Dims out = paddedDims(x, dim);
  out[dim - 1] = s.len ? s.len - 1 : 0;
  uint32_t cls = isNumericClass(x->class_id) ? x->class_id : MCC_CLASS_DOUBLE;
  Ref src = castArray(x, cls, site);
  Ref r = newArray(cls, x->is_complex, out, false, site);
  size_t m = out[dim - 1];
  auto run = [&](auto* in, auto* res, auto minus) {
    for (size_t o = 0; o < s.after; ++o)
      for (size_t k = 0; k < m; ++k) {
        size_t from = (o * s.len + k) * s.before, to = (o * m + k) * s.before;
        for (size_t i = 0; i < s.before; ++i) res[to + i] = minus(in[from + i + s.before], in[from + i]);
      }
  };
  if (x->is_complex) {
    runComplex(src.get(), r.get(), run, std::minus<>());
    return narrowComplex(std::move(r));
  }
  visitClass(cls, [&](auto tag) {
    constexpr uint32_t C = decltype(tag)::id;
    using T = typename decltype(tag)::T;
    using W = Wide<T>;
    if constexpr (std::is_floating_point_v<T>)
      run(dataOf<T>(src.get()), dataOf<T>(r.get()), std::minus<>());
    else
      run(dataOf<T>(src.get()), dataOf<T>(r.get()), [](T b, T a) { return convertValue<C>(W(b) - W(a)); });
  });
  return r;
}

// --- repmat ----------------------------------------------------------------------------

Ref tiled(const mcc_array* x, Dims reps, const mcc_site* site) {
  size_t nd = std::max<size_t>(reps.size(), x->ndims);
  reps.resize(nd, 1);
  Dims in = paddedDims(x, nd), out(nd);
  for (size_t k = 0; k < nd; ++k)
    if (__builtin_mul_overflow(in[k], reps[k], &out[k])) fail("Maximum variable size allowed by the program is exceeded.", site);
  Ref r = newArray(x->class_id, x->is_complex, out, false, site);
  if (!r->numel) return r;
  Dims strides = stridesOf(in), at(nd, 0);
  visitElements(x, [&](auto t) {
    using E = typename decltype(t)::type;
    const E* src = dataOf<E>(x);
    E* dst = dataOf<E>(r.get());
    // Walk the output in column-major order; the first dim is a tight loop.
    for (size_t done = 0; done < r->numel; done += out[0]) {
      size_t base = 0;
      for (size_t k = 1; k < nd; ++k) base += (at[k] % in[k]) * strides[k];
      for (size_t i = 0; i < out[0]; ++i) dst[done + i] = src[base + i % in[0]];
      for (size_t k = 1; k < nd; ++k) {
        if (++at[k] < out[k]) break;
        at[k] = 0;
      }
    }
  });
  return r;
}

// The integer extents of reshape/repmat size arguments.
size_t extentOf(double v, const Args& a, const char* nonInteger) {
  if (v != std::floor(v) || std::isnan(v)) a.error(nonInteger);
  if (v > 1e15) a.error("Maximum variable size allowed by the program is exceeded.");
  return v < 0 ? 0 : static_cast<size_t>(v);
}

// --- isequal -------------------------------------------------------------------------

// isequaln's NaN, equal to NaN (a complex value part by part).
template <class T> bool sameOrBothNaN(T a, T b) { return a == b || (a != a && b != b); }

template <class C> bool equalElements(const mcc_array* x, const mcc_array* y, bool nanEqual) {
  std::vector<C> sx, sy;
  const C* px = loadAs<C>(x, sx);
  const C* py = loadAs<C>(y, sy);
  for (size_t i = 0; i < x->numel; ++i) {
    if (px[i] == py[i]) continue;  // isequal: NaN is unequal to everything
    if (!nanEqual || !sameOrBothNaN(px[i].real(), py[i].real()) || !sameOrBothNaN(px[i].imag(), py[i].imag()))
      return false;
  }
  return true;
}

// Elements compare as == does: a single and a double in single.
bool equalValues(const mcc_array* x, const mcc_array* y, bool nanEqual) {
  if (dimsOf(x) != dimsOf(y)) return false;
  if (comparesInSingle(x, y)) return equalElements<std::complex<float>>(x, y, nanEqual);
  return equalElements<std::complex<long double>>(x, y, nanEqual);
}

// isequal and isequaln of any two values: cells and structs element by element.
bool equalAny(const mcc_array* x, const mcc_array* y) {
  if (x == y && isHandleObject(x)) return true;  // one handle object (its properties may reach it again)
  if (isPointerClass(x->class_id) || isPointerClass(y->class_id))
    return objectClass(x) == objectClass(y) && equalAggregates(x, y, equalAny);
  return equalValues(checked(x), checked(y), false);
}
bool equalAnyWithNaN(const mcc_array* x, const mcc_array* y) {
  if (x == y && isHandleObject(x)) return true;
  if (isPointerClass(x->class_id) || isPointerClass(y->class_id))
    return objectClass(x) == objectClass(y) && equalAggregates(x, y, equalAnyWithNaN);
  return equalValues(checked(x), checked(y), true);
}

// The element count of x(idx...), for numel(x, idx...).
size_t indexedCount(const Args& a) {
  const mcc_array* x = a[0];
  size_t n = 1, nidx = a.nargin - 1;
  Dims folded = foldDims(dimsOf(x), nidx);
  for (uint32_t k = 1; k < a.nargin; ++k) {
    bool colon = a[k]->class_id == MCC_CLASS_COLON || (isOption(a, k) && a.text(k) == ":");
    n *= colon ? folded[k - 1] : a[k]->numel;
  }
  return n;
}

}  // namespace

// --- Constructors -------------------------------------------------------------------

MCC_DEFINE_BUILTIN(zeros) { construct(a, mcc_zeros); }
MCC_DEFINE_BUILTIN(ones) { construct(a, mcc_ones); }
MCC_DEFINE_BUILTIN(eye) { construct(a, mcc_eye); }
MCC_DEFINE_BUILTIN(rand) { random(a, uniform53); }
MCC_DEFINE_BUILTIN(randn) { random(a, normal); }

// magic(n): MATLAB's magic squares (odd: the de la Loubere construction as
// magic.m writes it; doubly even: the complement pattern; singly even: the
// LUX assembly of four odd squares).
static std::vector<double> magicSquare(size_t n) {
  std::vector<double> m(n * n);
  auto at = [&](size_t r, size_t c) -> double& { return m[c * n + r]; };  // 0-based, column-major
  if (n % 2 == 1) {
    for (size_t i = 1; i <= n; ++i)
      for (size_t j = 1; j <= n; ++j) {
        long long A = ((long long)(i + j) - (long long)(n + 3) / 2) % (long long)n;
        if (A < 0) A += n;
        long long B = (long long)(i + 2 * j - 2) % (long long)n;
        at(i - 1, j - 1) = double(n * A + B + 1);
      }
  } else if (n % 4 == 0) {
    for (size_t i = 1; i <= n; ++i)
      for (size_t j = 1; j <= n; ++j) {
        double v = double((i - 1) * n + j);  // reshape(1:n*n, n, n)'
        bool complement = (i % 4) / 2 == (j % 4) / 2;
        at(i - 1, j - 1) = complement ? double(n * n + 1) - v : v;
      }
  } else {
    size_t p = n / 2;
    std::vector<double> q = magicSquare(p);
    double p2 = double(p * p);
    for (size_t r = 0; r < p; ++r)
      for (size_t c = 0; c < p; ++c) {
        double v = q[c * p + r];
        at(r, c) = v;
        at(r, c + p) = v + 2 * p2;
        at(r + p, c) = v + 3 * p2;
        at(r + p, c + p) = v + p2;
      }
    size_t k = (n - 2) / 4;
    std::vector<size_t> cols;
    for (size_t j = 1; j <= k; ++j) cols.push_back(j);
    for (size_t j = n - k + 2; j <= n; ++j) cols.push_back(j);
    for (size_t j : cols)
      for (size_t i = 1; i <= p; ++i) std::swap(at(i - 1, j - 1), at(i + p - 1, j - 1));
    size_t i = k + 1;  // M([i; i+p], [1 i]) = M([i+p; i], [1 i]): one swap when i is 1
    std::swap(at(i - 1, 0), at(i + p - 1, 0));
    if (i != 1) std::swap(at(i - 1, i - 1), at(i + p - 1, i - 1));
  }
  return m;
}

MCC_DEFINE_BUILTIN(magic) {
  a.arity(1, 1, 1);
  double v = a.scalar(0);
  if (v != std::floor(v)) a.error("Size inputs must be integers.");
  size_t n = v < 0 ? 0 : static_cast<size_t>(v);
  size_t dims[2] = {n, n};
  Ref r(mcc_array_create(MCC_CLASS_DOUBLE, 2, dims));
  if (n) {
    std::vector<double> m = magicSquare(n);
    std::memcpy(r->data, m.data(), m.size() * sizeof(double));
  }
  a.set(0, std::move(r));
}

// colon(a, b), colon(a, step, b): the class is an integer operand's, else
// single if any is, char if all are, else double.
MCC_DEFINE_BUILTIN(colon) {
  a.arity(2, 3, 1);
  uint32_t cls = MCC_CLASS_DOUBLE, integer = MCC_CLASS_COLON;
  bool single = false, allChar = true;
  std::vector<double> v;
  for (uint32_t k = 0; k < a.nargin; ++k) {
    uint32_t c = a[k]->class_id;
    if (isIntegerClass(c)) {
      if (integer != MCC_CLASS_COLON && integer != c)
        a.error("Colon operands must be all the same type, or mixed with real double scalar values.");
      integer = c;
    }
    single = single || c == MCC_CLASS_SINGLE;
    allChar = allChar && c == MCC_CLASS_CHAR;
    if (a[k]->numel == 0) {
      a.set(0, newArray(isIntegerClass(integer) ? integer : MCC_CLASS_DOUBLE, false, {1, 0}, true, a.site));
      return;
    }
    std::vector<double> values = numbers(a[k], a, "Colon operands must be real scalars.");
    v.push_back(values[0]);  // MATLAB uses the first element of a non-scalar operand
  }
  if (integer != MCC_CLASS_COLON) cls = integer;
  else if (single) cls = MCC_CLASS_SINGLE;
  else if (allChar) cls = MCC_CLASS_CHAR;
  double step = a.nargin == 3 ? v[1] : 1, last = v.back();
  Ref r(mcc_range(v[0], step, last, a.site));
  a.set(0, cls == MCC_CLASS_DOUBLE ? std::move(r) : castArray(r.get(), cls, a.site));
}

// logspace(a, b, n): 10.^linspace(a, b, n), 50 points by default; b equal
// to pi (double or single) means the points run to pi itself, as in MATLAB.
MCC_DEFINE_BUILTIN(logspace) {
  a.arity(2, 3, 1);
  if (a[0]->is_complex || a[1]->is_complex) notImplemented("logspace of complex values", a.site);
  double n = a.nargin == 3 ? a.scalar(2) : 50;
  double lo = a.scalar(0), hi = a.scalar(1);
  if (hi == std::numbers::pi || hi == double(float(std::numbers::pi))) hi = std::log10(hi);
  Ref r(mcc_linspace(lo, hi, n, a.site));
  double* p = dataOf<double>(r.get());
  for (size_t i = 0; i < r->numel; ++i) p[i] = std::pow(10.0, p[i]);
  bool single = a[0]->class_id == MCC_CLASS_SINGLE || a[1]->class_id == MCC_CLASS_SINGLE;
  a.set(0, single ? castArray(r.get(), MCC_CLASS_SINGLE, a.site) : std::move(r));
}

MCC_DEFINE_BUILTIN(linspace) {
  a.arity(2, 3, 1);
  if (a[0]->is_complex || a[1]->is_complex) notImplemented("linspace of complex values", a.site);
  double n = a.nargin == 3 ? a.scalar(2) : 100;
  Ref r(mcc_linspace(a.scalar(0), a.scalar(1), n, a.site));
  bool single = a[0]->class_id == MCC_CLASS_SINGLE || a[1]->class_id == MCC_CLASS_SINGLE;
  a.set(0, single ? castArray(r.get(), MCC_CLASS_SINGLE, a.site) : std::move(r));
}

// --- Size queries ------------------------------------------------------------------------

// size(x), size(x, dim), size(x, [d1 d2]), size(x, d1, d2), [m, n, ...] = size(x).
MCC_DEFINE_BUILTIN(size) {
  a.arity(1, UINT32_MAX, UINT32_MAX);
  const mcc_array* x = checkedAny(a[0]);
  Ref pairs;  // a containers.Map measures as its Count-by-1 pairs
  if (isMap(x)) pairs = newArray(MCC_CLASS_LOGICAL, false, {mapCount(x), 1}), x = pairs.get();
  if (a.nargin == 1) {
    if (a.nargout <= 1) {
      a.set(0, Ref(mcc_size(x)));
      return;
    }
    // The last output takes the product of the remaining dims.
    for (uint32_t k = 0; k < a.nargout; ++k) {
      size_t v = extent(x, k);
      if (k + 1 == a.nargout)
        for (size_t j = k + 1; j < x->ndims; ++j) v *= x->dims[j];
      a.set(k, scalarResult(double(v)));
    }
    return;
  }
  const char* bad = "Dimension argument must be a positive integer scalar or a vector of positive integers.";
  std::vector<double> dims;
  for (uint32_t k = 1; k < a.nargin; ++k) {
    if (a[k]->class_id == MCC_CLASS_CHAR || (a.nargin > 2 && a[k]->numel != 1)) a.error(bad);
    for (double d : numbers(a[k], a, bad)) {
      if (!(d >= 1) || d != std::floor(d)) a.error(bad);
      dims.push_back(double(extent(x, static_cast<size_t>(std::min(d, 4294967296.0)) - 1)));
    }
  }
  if (a.nargout <= 1) {
    a.set(0, dims.size() == 1 ? scalarResult(dims[0]) : rowOf(dims, MCC_CLASS_DOUBLE, a.site));
    return;
  }
  if (a.nargout > dims.size()) a.error("Too many output arguments.");
  for (uint32_t k = 0; k < a.nargout; ++k) a.set(k, scalarResult(dims[k]));
}

MCC_DEFINE_BUILTIN(numel) {
  a.arity(1, UINT32_MAX, 1);
  a.set(0, scalarResult(double(a.nargin == 1 ? checkedAny(a[0])->numel : indexedCount(a))));
}

MCC_DEFINE_BUILTIN(length) {
  a.arity(1, 1, 1);
  a.set(0, scalarResult(double(mcc_length(a[0]))));
}

MCC_DEFINE_BUILTIN(ndims) {
  a.arity(1, 1, 1);
  a.set(0, scalarResult(double(checkedAny(a[0])->ndims)));
}

MCC_DEFINE_BUILTIN(isempty) {
  a.arity(1, 1, 1);
  a.set(0, boolResult(mcc_isempty(a[0])));
}

MCC_DEFINE_BUILTIN(isscalar) {
  a.arity(1, 1, 1);
  a.set(0, boolResult(checkedAny(a[0])->numel == 1));
}

MCC_DEFINE_BUILTIN(isvector) {
  a.arity(1, 1, 1);
  a.set(0, boolResult(isVectorShape(checkedAny(a[0]))));
}

MCC_DEFINE_BUILTIN(isrow) {
  a.arity(1, 1, 1);
  a.set(0, boolResult(checkedAny(a[0])->ndims == 2 && a[0]->dims[0] == 1));
}

MCC_DEFINE_BUILTIN(iscolumn) {
  a.arity(1, 1, 1);
  a.set(0, boolResult(checkedAny(a[0])->ndims == 2 && a[0]->dims[1] == 1));
}

MCC_DEFINE_BUILTIN(ismatrix) {
  a.arity(1, 1, 1);
  a.set(0, boolResult(checkedAny(a[0])->ndims == 2));
}

MCC_DEFINE_BUILTIN(issquare) {
  a.arity(1, 1, 1);
  a.set(0, boolResult(checkedAny(a[0])->ndims == 2 && a[0]->dims[0] == a[0]->dims[1]));
}

// --- Reshaping and rearranging -------------------------------------------------------------

// reshape(x, m, n, ...) with at most one [] computed, or reshape(x, [m n ...]).
MCC_DEFINE_BUILTIN(reshape) {
  a.arity(2, UINT32_MAX, 1);
  if (isPointerClass(a[0]->class_id)) return rearrangeAggregate(a, mcc_bi_reshape);
  const mcc_array* x = checked(a[0]);
  const char* nonInteger = "Size arguments must be real integers.";
  Dims dims;
  size_t unknown = SIZE_MAX;
  if (a.nargin == 2) {
    if (a[1]->numel < 2) a.error("Size vector must have at least two elements.");
    for (double v : numbers(a[1], a, nonInteger)) dims.push_back(extentOf(v, a, nonInteger));
  } else {
    for (uint32_t k = 1; k < a.nargin; ++k) {
      if (a[k]->numel == 0) {
        if (unknown != SIZE_MAX) a.error("Size can only have one unknown dimension.");
        unknown = dims.size();
        dims.push_back(0);
        continue;
      }
      if (a[k]->numel != 1) a.error("Size arguments must be integer scalars.");
      dims.push_back(extentOf(numbers(a[k], a, nonInteger)[0], a, nonInteger));
    }
  }
  if (unknown != SIZE_MAX) {
    size_t known = 1;
    for (size_t k = 0; k < dims.size(); ++k)
      if (k != unknown) known *= dims[k];
    if (known == 0 || x->numel % known)
      a.error("Product of known dimensions, " + std::to_string(known) +
              ", not divisible into total number of elements, " + std::to_string(x->numel) + ".");
    dims[unknown] = x->numel / known;
  }
  size_t n = 1;
  for (size_t d : dims)
    if (__builtin_mul_overflow(n, d, &n)) n = SIZE_MAX;
  if (n != x->numel)
    a.error("Number of elements must not change. Use [] as one of the size inputs to automatically calculate the "
            "appropriate size for that dimension.");
  a.set(0, reshaped(x, dims, a.site));
}

// repmat(x, n), repmat(x, m, n, ...), repmat(x, [m n ...]).
MCC_DEFINE_BUILTIN(repmat) {
  a.arity(2, UINT32_MAX, 1);
  if (isPointerClass(a[0]->class_id)) return rearrangeAggregate(a, mcc_bi_repmat);
  const char* bad = "Replication factors must be a row vector of integers or integer scalars.";
  Dims reps;
  if (a.nargin == 2) {
    if (a[1]->numel == 0 || (a[1]->numel > 1 && !(a[1]->ndims == 2 && a[1]->dims[0] == 1))) a.error(bad);
    for (double v : numbers(a[1], a, bad)) reps.push_back(extentOf(v, a, bad));
    if (reps.size() == 1) reps.push_back(reps[0]);
  } else {
    for (uint32_t k = 1; k < a.nargin; ++k) {
      if (a[k]->numel != 1) a.error(bad);
      reps.push_back(extentOf(numbers(a[k], a, bad)[0], a, bad));
    }
  }
  a.set(0, tiled(checked(a[0]), reps, a.site));
}

MCC_DEFINE_BUILTIN(cat) {
  a.arity(1, UINT32_MAX, 1);
  if (a[0]->numel != 1) a.error(dimText);
  size_t dim = mcc_dim_arg(numbers(a[0], a, dimText)[0], a.site);
  a.set(0, Ref(mcc_cat(static_cast<uint32_t>(dim), a.nargin - 1, a.in + 1, a.site)));
}

MCC_DEFINE_BUILTIN(horzcat) {
  a.arity(0, UINT32_MAX, 1);
  a.set(0, Ref(mcc_horzcat(a.nargin, a.in, a.site)));
}

MCC_DEFINE_BUILTIN(vertcat) {
  a.arity(0, UINT32_MAX, 1);
  a.set(0, Ref(mcc_vertcat(a.nargin, a.in, a.site)));
}

MCC_DEFINE_BUILTIN(flip) {
  a.arity(1, 2, 1);
  if (isPointerClass(a[0]->class_id)) return rearrangeAggregate(a, mcc_bi_flip);
  const mcc_array* x = checked(a[0]);
  size_t dim = defaultDim(x);
  if (a.nargin == 2) {
    if (a[1]->numel != 1) a.error(dimText);
    dim = mcc_dim_arg(numbers(a[1], a, dimText)[0], a.site);
  }
  a.set(0, flipped(x, dim, a.site));
}

MCC_DEFINE_BUILTIN(fliplr) {
  a.arity(1, 1, 1);
  if (isPointerClass(a[0]->class_id)) return rearrangeAggregate(a, mcc_bi_fliplr);
  a.set(0, flipped(checked(a[0]), 2, a.site));
}

MCC_DEFINE_BUILTIN(flipud) {
  a.arity(1, 1, 1);
  if (isPointerClass(a[0]->class_id)) return rearrangeAggregate(a, mcc_bi_flipud);
  a.set(0, flipped(checked(a[0]), 1, a.site));
}

MCC_DEFINE_BUILTIN(transpose) {
  a.arity(1, 1, 1);
  a.set(0, Ref(mcc_transpose(a[0], a.site)));
}

MCC_DEFINE_BUILTIN(ctranspose) {
  a.arity(1, 1, 1);
  a.set(0, Ref(mcc_ctranspose(a[0], a.site)));
}

// --- Reductions ---------------------------------------------------------------------------

MCC_DEFINE_BUILTIN(sum) { sumLike(a, Kind::Sum); }
MCC_DEFINE_BUILTIN(prod) { sumLike(a, Kind::Prod); }
MCC_DEFINE_BUILTIN(mean) { sumLike(a, Kind::Mean); }
MCC_DEFINE_BUILTIN(any) { anyAll(a, false); }
MCC_DEFINE_BUILTIN(all) { anyAll(a, true); }
MCC_DEFINE_BUILTIN(max) { maxMin(a, true); }
MCC_DEFINE_BUILTIN(min) { maxMin(a, false); }
MCC_DEFINE_BUILTIN(cumsum) { cumulative(a, "cumsum"); }
MCC_DEFINE_BUILTIN(cumprod) { cumulative(a, "cumprod"); }
MCC_DEFINE_BUILTIN(cummax) { cumulative(a, "cummax"); }
MCC_DEFINE_BUILTIN(cummin) { cumulative(a, "cummin"); }

MCC_DEFINE_BUILTIN(nnz) {
  a.arity(1, 1, 1);
  Ref hits(mcc_find(a[0], a.site));
  a.set(0, scalarResult(double(hits->numel)));
}

// --- Searching, sorting, comparing ------------------------------------------------------------

MCC_DEFINE_BUILTIN(find) { findBuiltin(a); }
MCC_DEFINE_BUILTIN(sort) {
  if (runAsText(a, mcc_bi_sort, TextOut::StringsForFirst, 1)) return;  // strings sort as cellstr
  sortBuiltin(a);
}

MCC_DEFINE_BUILTIN(isequal) {
  a.arity(2, UINT32_MAX, 1);
  bool equal = true;
  for (uint32_t k = 1; k < a.nargin && equal; ++k) equal = equalAny(a[0], a[k]);
  a.set(0, boolResult(equal));
}
MCC_DEFINE_BUILTIN(isequaln) {
  a.arity(2, UINT32_MAX, 1);
  bool equal = true;
  for (uint32_t k = 1; k < a.nargin && equal; ++k) equal = equalAnyWithNaN(a[0], a[k]);
  a.set(0, boolResult(equal));
}

// diff(x), diff(x, n), diff(x, n, dim). Without a dim each difference is
// taken along the then first non-singleton dim, so the order may run past
// one dim into the next; a scalar's difference is [].
MCC_DEFINE_BUILTIN(diff) {
  a.arity(1, 3, 1);
  const char* badOrder = "Difference order N must be a positive integer scalar.";
  double order = 1;
  if (a.nargin >= 2 && a[1]->numel != 0) {
    if (a[1]->numel != 1) a.error(badOrder);
    order = numbers(a[1], a, badOrder)[0];
    if (!(order >= 1) || order != std::floor(order)) a.error(badOrder);
  }
  size_t dim = 0;
  if (a.nargin == 3) {
    if (a[2]->numel != 1) a.error(dimText);
    dim = mcc_dim_arg(numbers(a[2], a, dimText)[0], a.site);
  }
  Ref v = Ref::share(checked(a[0]));
  // Along a given dim the extent reaches 0 after len steps and stays there.
  if (dim) order = std::min(order, double(extent(v.get(), dim - 1)) + 1);
  for (double k = 0; k < order; ++k) {
    if (dim) {
      v = diffOnce(v.get(), dim, a.site);
    } else if (v->ndims == 2 && v->dims[0] == 1 && v->dims[1] == 1) {
      v = newArray(isNumericClass(v->class_id) ? v->class_id : MCC_CLASS_DOUBLE, false, {0, 0}, true, a.site);
    } else {
      v = diffOnce(v.get(), defaultDim(v.get()), a.site);
    }
    if (v->numel == 0 && !dim) break;  // [] stays []
  }
  a.set(0, std::move(v));
}
