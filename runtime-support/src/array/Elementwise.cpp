// Element-wise operations: the binary operators with implicit expansion
// (mcc_binary), unary minus and not.
//
// One generic loop serves every binary operation: a broadcast plan (output
// dims and per-operand strides, 0 along expanded dims) walked with the
// innermost dim as a tight loop. Operands are first loaded as the
// operation's compute type C (double; float for single; long double for the
// 64-bit integers, whose values double cannot hold; std::complex for complex
// data): a double operand of a double operation is used in place, any other
// is converted once. The element operation is a template functor inlined into
// the loop, so the double real case has no per-element dispatch.
#include <algorithm>
#include <cmath>
#include <complex>

#include "array/Aggregate.h"
#include "array/Sparse.h"
#include "array/StringArray.h"

using namespace mcc::rt;

namespace {

// --- Broadcasting -------------------------------------------------------------

struct Plan {
  enum Kind { Same, ScalarA, ScalarB, General };
  Kind kind;
  Dims out;
  Dims strideA, strideB;  // per output dim; 0 where the operand is expanded
  size_t numel;
};

Plan planBroadcast(const mcc_array* a, const mcc_array* b, const mcc_site* site) {
  Plan p;
  size_t n = std::max(a->ndims, b->ndims);
  p.out.resize(n);
  p.strideA.resize(n);
  p.strideB.resize(n);
  size_t runA = 1, runB = 1;
  bool same = true;
  for (size_t k = 0; k < n; ++k) {
    size_t da = extent(a, k), db = extent(b, k);
    if (da != db && da != 1 && db != 1) fail("Arrays have incompatible sizes for this operation.", site);
    same = same && da == db;
    p.out[k] = da == 1 ? db : da;
    p.strideA[k] = da == 1 ? 0 : runA;
    p.strideB[k] = db == 1 ? 0 : runB;
    runA *= da;
    runB *= db;
  }
  p.numel = numelOf(p.out, site);
  p.kind = same ? Plan::Same : a->numel == 1 ? Plan::ScalarA : b->numel == 1 ? Plan::ScalarB : Plan::General;
  return p;
}

// r[i] = f(a[..], b[..]) over the plan's iteration space, column-major.
template <class TA, class TB, class TR, class F>
void runBroadcast(const Plan& p, const TA* a, const TB* b, TR* r, F f) {
  size_t n = p.numel;
  switch (p.kind) {
    case Plan::Same:
      for (size_t i = 0; i < n; ++i) r[i] = f(a[i], b[i]);
      return;
    case Plan::ScalarA: {
      const TA x = a[0];
      for (size_t i = 0; i < n; ++i) r[i] = f(x, b[i]);
      return;
    }
    case Plan::ScalarB: {
      const TB y = b[0];
      for (size_t i = 0; i < n; ++i) r[i] = f(a[i], y);
      return;
    }
    case Plan::General: break;
  }
  if (n == 0) return;
  const size_t inner = p.out[0], sa = p.strideA[0], sb = p.strideB[0], nd = p.out.size();
  Dims index(nd, 0);
  size_t offA = 0, offB = 0;
  for (size_t done = 0; done < n; done += inner, r += inner) {
    const TA* pa = a + offA;
    const TB* pb = b + offB;
    if (sa && sb)
      for (size_t i = 0; i < inner; ++i) r[i] = f(pa[i], pb[i]);
    else if (sa)
      for (size_t i = 0; i < inner; ++i) r[i] = f(pa[i], pb[0]);
    else if (sb)
      for (size_t i = 0; i < inner; ++i) r[i] = f(pa[0], pb[i]);
    else
      for (size_t i = 0; i < inner; ++i) r[i] = f(pa[0], pb[0]);
    for (size_t k = 1; k < nd; ++k) {  // the odometer over the outer dims
      offA += p.strideA[k];
      offB += p.strideB[k];
      if (++index[k] < p.out[k]) break;
      offA -= p.strideA[k] * p.out[k];
      offB -= p.strideB[k] * p.out[k];
      index[k] = 0;
    }
  }
}

// --- Element operations, each a functor over a compute type -------------------

template <class T> std::complex<T> complexPower(std::complex<T> x, std::complex<T> y) {
  // An integer power by repeated squaring: exact where exp(y log x) is not
  // ((1+2i)^2 is -3+4i, not -3.0000000000000004+3.9999999999999996i).
  T n = y.real();
  if (y.imag() == 0 && n == std::trunc(n) && std::abs(n) <= 65536) {
    std::complex<T> result(1), base = x;
    for (uint64_t e = static_cast<uint64_t>(std::abs(n)); e; e >>= 1) {
      if (e & 1) result *= base;
      base *= base;
    }
    return n < 0 ? std::complex<T>(1) / result : result;
  }
  if (x.imag() == 0 && x.real() >= 0 && y.imag() == 0) return std::pow(x.real(), y.real());
  return std::pow(x, y);
}

struct Plus {
  template <class C> C operator()(C x, C y) const { return x + y; }
};
struct Minus {
  template <class C> C operator()(C x, C y) const { return x - y; }
};
struct Times {
  template <class C> C operator()(C x, C y) const { return x * y; }
};
struct RDivide {
  template <class C> C operator()(C x, C y) const { return x / y; }
};
struct LDivide {
  template <class C> C operator()(C x, C y) const { return y / x; }
};
struct Power {
  template <class C> C operator()(C x, C y) const {
    if constexpr (isComplexType<C>)
      return complexPower(x, y);
    else
      return std::pow(x, y);
  }
};
// max and min of two: NaN loses unless both are NaN; ties keep the first.
// (Complex max and min compare magnitudes; the dispatcher rejects them.)
struct Max {
  template <class C> C operator()(C x, C y) const {
    if constexpr (isComplexType<C>)
      internalError("complex max");
    else
      return x != x ? y : y > x ? y : x;
  }
};
struct Min {
  template <class C> C operator()(C x, C y) const {
    if constexpr (isComplexType<C>)
      internalError("complex min");
    else
      return x != x ? y : y < x ? y : x;
  }
};

// Relational operators compare real parts only, except == and ~=.
template <class C> auto realPart(C x) {
  if constexpr (isComplexType<C>)
    return x.real();
  else
    return x;
}
struct Eq {
  template <class C> bool operator()(C x, C y) const { return x == y; }
};
struct Ne {
  template <class C> bool operator()(C x, C y) const { return x != y; }
};
struct Lt {
  template <class C> bool operator()(C x, C y) const { return realPart(x) < realPart(y); }
};
struct Le {
  template <class C> bool operator()(C x, C y) const { return realPart(x) <= realPart(y); }
};
struct Gt {
  template <class C> bool operator()(C x, C y) const { return realPart(x) > realPart(y); }
};
struct Ge {
  template <class C> bool operator()(C x, C y) const { return realPart(x) >= realPart(y); }
};

// Calls f(functor) for an arithmetic op, g(functor) for a comparison.
template <class F> decltype(auto) withArithmeticOp(uint32_t op, F&& f) {
  switch (op) {
    case MCC_OP_PLUS: return f(Plus{});
    case MCC_OP_MINUS: return f(Minus{});
    case MCC_OP_TIMES: return f(Times{});
    case MCC_OP_RDIVIDE: return f(RDivide{});
    case MCC_OP_LDIVIDE: return f(LDivide{});
    case MCC_OP_POWER: return f(Power{});
    case MCC_OP_MAX: return f(Max{});
    case MCC_OP_MIN: return f(Min{});
    default: internalError("not an arithmetic op");
  }
}
template <class F> decltype(auto) withComparisonOp(uint32_t op, F&& f) {
  switch (op) {
    case MCC_OP_EQ: return f(Eq{});
    case MCC_OP_NE: return f(Ne{});
    case MCC_OP_LT: return f(Lt{});
    case MCC_OP_LE: return f(Le{});
    case MCC_OP_GT: return f(Gt{});
    case MCC_OP_GE: return f(Ge{});
    default: internalError("not a comparison op");
  }
}

constexpr bool isArithmetic(uint32_t op) { return op <= MCC_OP_POWER || op == MCC_OP_MAX || op == MCC_OP_MIN; }
constexpr bool isComparison(uint32_t op) { return op >= MCC_OP_EQ && op <= MCC_OP_GE; }
constexpr bool is64BitInteger(uint32_t c) { return c == MCC_CLASS_INT64 || c == MCC_CLASS_UINT64; }

// --- Arithmetic ---------------------------------------------------------------

// MATLAB's class of an arithmetic result: an integer class wins (two
// integer operands must agree), then single, else double.
uint32_t arithmeticClass(uint32_t a, uint32_t b, const mcc_site* site) {
  if (isIntegerClass(a) && isIntegerClass(b) && a != b)
    fail("Integers can only be combined with integers of the same class, or scalar doubles.", site);
  if (isIntegerClass(a)) return a;
  if (isIntegerClass(b)) return b;
  if (a == MCC_CLASS_SINGLE || b == MCC_CLASS_SINGLE) return MCC_CLASS_SINGLE;
  return MCC_CLASS_DOUBLE;
}

// The result of class R computed in type C; integer classes convert each
// value (round half away from zero, saturate) as it is stored.
template <uint32_t R, class C, class Op>
Ref arithmetic(const Plan& p, const mcc_array* a, const mcc_array* b, Op op, const mcc_site* site) {
  using T = typename ClassTraits<R>::T;
  std::vector<C> scratchA, scratchB;
  const C* pa = loadAs<C>(a, scratchA);
  const C* pb = loadAs<C>(b, scratchB);
  Ref r = newArray(R, isComplexType<C>, p.out, false, site);
  if constexpr (isComplexType<C> || std::is_same_v<T, C>) {
    runBroadcast(p, pa, pb, dataOf<C>(r.get()), op);
  } else {
    runBroadcast(p, pa, pb, dataOf<T>(r.get()), [op](C x, C y) { return convertValue<R>(op(x, y)); });
  }
  return isComplexType<C> ? narrowComplex(std::move(r)) : std::move(r);
}

// Real power whose result turns complex when a negative base meets a
// non-integer exponent ((-8)^(1/3) is 1+1.7321i), as in MATLAB.
template <uint32_t R, class C>
Ref realPower(const Plan& p, const mcc_array* a, const mcc_array* b, const mcc_site* site) {
  bool needsComplex = false;
  auto op = [&needsComplex](C x, C y) {
    if (x < 0 && y != std::trunc(y) && std::isfinite(y)) needsComplex = true;
    return std::pow(x, y);
  };
  Ref r = arithmetic<R, C>(p, a, b, op, site);
  if (!needsComplex) return r;
  return arithmetic<R, std::complex<C>>(p, a, b, Power{}, site);
}

Ref arithmeticOp(uint32_t op, const Plan& p, const mcc_array* a, const mcc_array* b, const mcc_site* site) {
  uint32_t cls = arithmeticClass(a->class_id, b->class_id, site);
  bool complex = a->is_complex || b->is_complex;
  if (complex && !isFloatClass(cls)) notImplemented(std::string("Complex ") + className(cls) + " arithmetic", site);
  if (complex && (op == MCC_OP_MAX || op == MCC_OP_MIN)) notImplemented("max and min of complex values", site);
  if (op == MCC_OP_POWER && !complex) {
    if (cls == MCC_CLASS_DOUBLE) return realPower<MCC_CLASS_DOUBLE, double>(p, a, b, site);
    if (cls == MCC_CLASS_SINGLE) return realPower<MCC_CLASS_SINGLE, float>(p, a, b, site);
  }
  return withArithmeticOp(op, [&](auto f) {
    return visitClass(cls, [&](auto tag) -> Ref {
      constexpr uint32_t R = decltype(tag)::id;
      if constexpr (R == MCC_CLASS_DOUBLE)
        return complex ? arithmetic<R, std::complex<double>>(p, a, b, f, site) : arithmetic<R, double>(p, a, b, f, site);
      else if constexpr (R == MCC_CLASS_SINGLE)
        return complex ? arithmetic<R, std::complex<float>>(p, a, b, f, site) : arithmetic<R, float>(p, a, b, f, site);
      else if constexpr (is64BitInteger(R))
        return arithmetic<R, long double>(p, a, b, f, site);
      else if constexpr (isIntegerClass(R))
        return arithmetic<R, double>(p, a, b, f, site);
      else
        internalError("arithmetic result of class logical or char");
    });
  });
}

// --- Comparisons and logical operators -----------------------------------------

template <class C, class Op> Ref compare(const Plan& p, const mcc_array* a, const mcc_array* b, Op op) {
  std::vector<C> scratchA, scratchB;
  const C* pa = loadAs<C>(a, scratchA);
  const C* pb = loadAs<C>(b, scratchB);
  Ref r = newArray(MCC_CLASS_LOGICAL, false, p.out, false);
  runBroadcast(p, pa, pb, dataOf<uint8_t>(r.get()), [op](C x, C y) { return uint8_t(op(x, y)); });
  return r;
}

Ref comparisonOp(uint32_t op, const Plan& p, const mcc_array* a, const mcc_array* b) {
  return withComparisonOp(op, [&](auto f) {
    bool single = comparesInSingle(a, b);
    if (a->is_complex || b->is_complex)
      return single ? compare<std::complex<float>>(p, a, b, f) : compare<std::complex<double>>(p, a, b, f);
    if (single) return compare<float>(p, a, b, f);
    // A 64-bit integer compared in double could equal its neighbours.
    if (is64BitInteger(a->class_id) || is64BitInteger(b->class_id)) return compare<long double>(p, a, b, f);
    return compare<double>(p, a, b, f);
  });
}

Ref logicalOp(uint32_t op, const Plan& p, const mcc_array* a, const mcc_array* b, const mcc_site* site) {
  std::vector<uint8_t> ta = truthValues(a, site), tb = truthValues(b, site);
  Ref r = newArray(MCC_CLASS_LOGICAL, false, p.out, false, site);
  if (op == MCC_OP_AND)
    runBroadcast(p, ta.data(), tb.data(), dataOf<uint8_t>(r.get()), [](uint8_t x, uint8_t y) { return uint8_t(x & y); });
  else
    runBroadcast(p, ta.data(), tb.data(), dataOf<uint8_t>(r.get()), [](uint8_t x, uint8_t y) { return uint8_t(x | y); });
  return r;
}

}  // namespace

extern "C" {

namespace {

// a OP b of two real double scalars on the host (the boxed values inference
// could not type: struct fields, cell contents) without a broadcast plan;
// NULL for any other operands or op (power may be complex; and, or may fail).
mcc_array* realScalarBinary(uint32_t op, const mcc_array* a, const mcc_array* b) {
  auto plain = [](const mcc_array* x) {
    return x->class_id == MCC_CLASS_DOUBLE && !x->is_complex && x->numel == 1 && x->ndims == 2 &&
           (x->residency & MCC_RESIDENT_HOST);
  };
  if (!plain(a) || !plain(b)) return nullptr;
  double x = static_cast<const double*>(a->data)[0], y = static_cast<const double*>(b->data)[0];
  switch (op) {
    case MCC_OP_PLUS: return mcc_array_from_scalar(x + y);
    case MCC_OP_MINUS: return mcc_array_from_scalar(x - y);
    case MCC_OP_TIMES: return mcc_array_from_scalar(x * y);
    case MCC_OP_RDIVIDE: return mcc_array_from_scalar(x / y);
    case MCC_OP_LDIVIDE: return mcc_array_from_scalar(y / x);
    case MCC_OP_EQ: return mcc_array_from_bool(x == y);
    case MCC_OP_NE: return mcc_array_from_bool(x != y);
    case MCC_OP_LT: return mcc_array_from_bool(x < y);
    case MCC_OP_LE: return mcc_array_from_bool(x <= y);
    case MCC_OP_GT: return mcc_array_from_bool(x > y);
    case MCC_OP_GE: return mcc_array_from_bool(x >= y);
    default: return nullptr;
  }
}

}  // namespace

mcc_array* mcc_binary(uint32_t op, const mcc_array* a, const mcc_array* b, const mcc_site* site) {
  if (op >= MCC_OP_COUNT) internalError("mcc_binary: unknown op " + std::to_string(op));
  static const char* const names[] = {
#define MCC_BINARY_OP_NAME_(NAME, name) #name,
      MCC_FOR_EACH_BINARY_OP(MCC_BINARY_OP_NAME_)
#undef MCC_BINARY_OP_NAME_
  };
  if (mcc_array* r = realScalarBinary(op, a, b)) return r;
  if (isStringArray(a) || isStringArray(b)) return stringBinary(op, a, b, site).release();
  if (mcc_array* r = nullptr; objectOperator(names[op], a, b, &r, site)) return r;
  if (isSparse(a) || isSparse(b)) return sparseHooks().binary(op, a, b, site).release();
  // == and ~= of handle objects: whether they are the same object (every
  // copy of a handle is its one descriptor); a handle is never equal to
  // a value of another class.
  if ((op == MCC_OP_EQ || op == MCC_OP_NE) && (isHandleObject(a) || isHandleObject(b)))
    return mcc_array_from_bool((a == b) == (op == MCC_OP_EQ));
  if (const char* spelling = operatorSpelling(op)) {
    requireOperand(a, spelling, site);
    requireOperand(b, spelling, site);
  }
  requireNumbers(a, names[op], site);
  requireNumbers(b, names[op], site);
  checked(a);
  checked(b);
  Plan p = planBroadcast(a, b, site);
  if (isArithmetic(op)) return arithmeticOp(op, p, a, b, site).release();
  if (isComparison(op)) return comparisonOp(op, p, a, b).release();
  return logicalOp(op, p, a, b, site).release();
}

mcc_array* mcc_uminus(const mcc_array* a, const mcc_site* site) {
  if (mcc_array* r = nullptr; objectOperator("uminus", a, nullptr, &r, site)) return r;
  if (isSparse(a)) return sparseHooks().uminus(a, site).release();
  requireNumbers(a, "uminus", site);
  checked(a);
  uint32_t cls = isNumericClass(a->class_id) ? a->class_id : MCC_CLASS_DOUBLE;
  Ref src = castArray(a, cls, site);
  Ref r = newArray(cls, a->is_complex, dimsOf(a), false, site);
  size_t n = a->numel * (a->is_complex ? 2 : 1);
  visitClass(cls, [&](auto tag) {
    using T = typename decltype(tag)::T;
    const T* x = dataOf<T>(src.get());
    T* y = dataOf<T>(r.get());
    for (size_t i = 0; i < n; ++i) {
      if constexpr (std::is_floating_point_v<T>)
        y[i] = -x[i];
      else if constexpr (std::is_signed_v<T>)  // saturates: -int8(-128) is 127
        y[i] = x[i] == std::numeric_limits<T>::min() ? std::numeric_limits<T>::max() : T(-x[i]);
      else
        y[i] = 0;
    }
  });
  return r.release();
}

mcc_array* mcc_not(const mcc_array* a, const mcc_site* site) {
  if (mcc_array* r = nullptr; objectOperator("not", a, nullptr, &r, site)) return r;
  requireNumbers(a, "not", site);
  checked(a);
  std::vector<uint8_t> t = truthValues(a, site);
  Ref r = newArray(MCC_CLASS_LOGICAL, false, dimsOf(a), false, site);
  for (size_t i = 0; i < a->numel; ++i) dataOf<uint8_t>(r.get())[i] = !t[i];
  return r.release();
}

}  // extern "C"
