// Builtins of bits.def: integer division with a rounding choice (idivide),
// bit-wise operations (bitand, bitor, bitxor, bitshift, bitcmp, bitget,
// bitset) and class
// changes (cast, typecast).
//
// Bit operations work on the bits of the integer class; doubles stand for
// unsigned integers below flintmax (bitcmp and bitshift of a double assume
// 'uint64' unless told otherwise, as MATLAB's documentation says).
// Tests: tests/conformance/programs/math_bits_idivide.m.
#include <cmath>
#include <cstring>
#include <limits>
#include <type_traits>

#include "builtins/Builtin.h"
#include "builtins/Layout.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

// The class named by text (the numeric classes, logical, char), or -1.
int classNamed(const std::string& name) {
  for (uint32_t c = MCC_CLASS_DOUBLE; c <= MCC_CLASS_CHAR; ++c)
    if (name == className(c)) return static_cast<int>(c);
  return -1;
}

// Element-wise results of two inputs of class cls, from their values.
template <class F> Ref pairwise(const Args& a, uint32_t cls, F f) {
  std::vector<long double> x = wideValues(a[0]), y = wideValues(a[1]);
  Expanded e = expandPair(a[0], a[1], a.site);
  std::vector<long double> r(e.ix.size());
  for (size_t i = 0; i < r.size(); ++i) r[i] = f(x[e.ix[i]], y[e.iy[i]]);
  return fromWide(cls, e.out, r, a.site);
}

uint32_t integerPairClass(const Args& a) {
  uint32_t cx = a[0]->class_id, cy = a[1]->class_id;
  if (isIntegerClass(cx) && isIntegerClass(cy) && cx != cy)
    a.error("Integers can only be combined with integers of the same class, or scalar doubles.");
  return isIntegerClass(cx) ? cx : cy;
}

// r(i) = f(tag, x(i), y(i)) of inputs 0 and 1 converted to the integer class
// cls and expanded against each other (f gives the class's element type).
template <class F> Ref integerPairwise(const Args& a, uint32_t cls, F f) {
  Ref x = castArray(a[0], cls, a.site), y = castArray(a[1], cls, a.site);
  Expanded e = expandPair(x.get(), y.get(), a.site);
  Ref r = newArray(cls, false, e.out, false, a.site);
  visitClass(cls, [&](auto tag) {
    using T = typename decltype(tag)::T;
    if constexpr (std::is_integral_v<T>) {
      const T* px = dataOf<T>(x.get());
      const T* py = dataOf<T>(y.get());
      T* out = dataOf<T>(r.get());
      for (size_t i = 0; i < e.ix.size(); ++i) out[i] = f(tag, px[e.ix[i]], py[e.iy[i]]);
    }
  });
  return r;
}

void idivideBuiltin(const Args& a) {
  a.arity(2, 3, 1);
  if (!isIntegerClass(a[0]->class_id) && !isIntegerClass(a[1]->class_id))
    a.error("At least one argument must belong to an integer class.");
  for (uint32_t k = 0; k < 2; ++k)
    if (a[k]->is_complex || !isNumericClass(a[k]->class_id)) a.error("Input arguments must be real numeric arrays.");
  std::string mode = a.nargin == 3 ? option(a, 2) : "fix";
  if (mode != "fix" && mode != "round" && mode != "floor" && mode != "ceil")
    a.error("Rounding option must be one of 'fix', 'round', 'floor' or 'ceil'.");
  uint32_t cls = integerPairClass(a);
  int rounding = mode == "fix" ? 0 : mode == "floor" ? 1 : mode == "ceil" ? 2 : 3;
  // Values are first converted to the integer class, as MATLAB does. Below
  // 64 bits their quotient is exact enough in double: a quotient x/y that is
  // not whole (or half) lies at least 1/(2|y|) from one, more than its
  // rounding error.
  a.set(0, integerPairwise(a, cls, [&](auto tag, auto x, auto y) {
          using W = std::conditional_t<(sizeof(x) < 8), double, long double>;
          W q = static_cast<W>(x) / static_cast<W>(y);
          q = rounding == 0 ? std::trunc(q) : rounding == 1 ? std::floor(q) : rounding == 2 ? std::ceil(q) : std::round(q);
          return convertValue<decltype(tag)::id>(q);
        }));
}

// --- Bit operations ------------------------------------------------------------------

// A double's value as the bits of an unsigned integer (whole, in range).
uint64_t doubleBits(long double v, long double limit, const Args& a) {
  if (v < 0 || v != std::floor(v) || v > limit)
    a.error("Double inputs must have integer values in the range of ASSUMEDTYPE.");
  return static_cast<uint64_t>(v);
}

enum class BitOp { And, Or, Xor };

void bitwise(const Args& a, BitOp op) {
  a.arity(2, 3, 1);
  for (uint32_t k = 0; k < 2; ++k)
    if (a[k]->is_complex || !isValueClass(a[k]->class_id) || a[k]->class_id == MCC_CLASS_CHAR)
      a.error("Inputs must be real, non-negative, integer-valued numeric or logical values.");
  auto apply = [op](uint64_t x, uint64_t y) { return op == BitOp::And ? x & y : op == BitOp::Or ? x | y : x ^ y; };
  uint32_t cls = integerPairClass(a);
  if (!isIntegerClass(cls)) {
    cls = a[0]->class_id == MCC_CLASS_SINGLE || a[1]->class_id == MCC_CLASS_SINGLE ? MCC_CLASS_SINGLE : MCC_CLASS_DOUBLE;
    a.set(0, pairwise(a, cls, [&](long double x, long double y) {
            return static_cast<long double>(apply(doubleBits(x, 9007199254740991.0L, a), doubleBits(y, 9007199254740991.0L, a)));
          }));
    return;
  }
  a.set(0, integerPairwise(a, cls, [&](auto, auto x, auto y) {
          using T = decltype(x);
          using U = std::make_unsigned_t<T>;
          return static_cast<T>(static_cast<U>(apply(static_cast<U>(x), static_cast<U>(y))));
        }));
}

// The class a double input of bitshift/bitcmp stands for: 'uint64' unless
// input k names one.
uint32_t assumedClass(const Args& a, uint32_t k) {
  if (a.nargin <= k) return MCC_CLASS_UINT64;
  int c = classNamed(option(a, k));
  if (c < 0 || !isIntegerClass(static_cast<uint32_t>(c))) a.error("ASSUMEDTYPE must be an integer type name.");
  return static_cast<uint32_t>(c);
}

// Runs f(T value) -> T over x's values in integer class cls (a double
// stands for a value of cls, which must hold it), giving x's class back.
template <class F> Ref overBits(const Args& a, const mcc_array* x, uint32_t cls, F f) {
  std::vector<long double> v = wideValues(x);
  std::vector<long double> r(v.size());
  visitClass(cls, [&](auto tag) {
    using T = typename decltype(tag)::T;
    if constexpr (std::is_integral_v<T>) {
      for (size_t i = 0; i < v.size(); ++i) {
        if (v[i] != std::floor(v[i]) || v[i] < static_cast<long double>(std::numeric_limits<T>::min()) ||
            v[i] > static_cast<long double>(std::numeric_limits<T>::max()))
          a.error("Double inputs must have integer values in the range of ASSUMEDTYPE.");
        r[i] = static_cast<long double>(f(static_cast<T>(v[i]), static_cast<size_t>(i)));
      }
    }
  });
  uint32_t out = isIntegerClass(x->class_id) ? x->class_id : x->class_id == MCC_CLASS_SINGLE ? MCC_CLASS_SINGLE : MCC_CLASS_DOUBLE;
  return fromWide(out, dimsOf(x), r, a.site);
}

void bitshiftBuiltin(const Args& a) {
  a.arity(2, 3, 1);
  const mcc_array* x = checked(a[0]);
  if (x->is_complex || x->class_id == MCC_CLASS_CHAR) a.error("Inputs must be real numeric values.");
  uint32_t cls = isIntegerClass(x->class_id) ? x->class_id : assumedClass(a, 2);
  std::vector<long double> k = wideValues(a[1]);
  for (long double s : k)
    if (s != std::floor(s)) a.error("Shift must be an integer.");
  if (k.size() != 1 && k.size() != x->numel && x->numel != 1) a.error("Inputs must have the same size.");
  Ref src = Ref::share(x);
  if (x->numel == 1 && k.size() > 1) {
    // A scalar shifted by each of several amounts.
    Ref grown = newArray(x->class_id, false, dimsOf(a[1]), false, a.site);
    visitElements(x, [&](auto t) {
      using E = typename decltype(t)::type;
      for (size_t i = 0; i < grown->numel; ++i) dataOf<E>(grown.get())[i] = dataOf<const E>(x)[0];
    });
    src = std::move(grown);
  }
  a.set(0, overBits(a, src.get(), cls, [&](auto v, size_t i) {
          using T = decltype(v);
          using U = std::make_unsigned_t<T>;
          long double s = k.size() == 1 ? k[0] : k[i];
          constexpr long double bits = sizeof(T) * 8;
          if (s >= bits) return T(0);
          if (s >= 0) return static_cast<T>(static_cast<U>(static_cast<U>(v) << static_cast<int>(s)));
          if (-s >= bits) return T(v < 0 ? -1 : 0);
          return static_cast<T>(v >> static_cast<int>(-s));  // arithmetic for signed classes
        }));
}

void bitcmpBuiltin(const Args& a) {
  a.arity(1, 2, 1);
  const mcc_array* x = checked(a[0]);
  if (x->is_complex || x->class_id == MCC_CLASS_CHAR) a.error("Inputs must be real numeric values.");
  if (a.nargin == 2 && a[1]->class_id != MCC_CLASS_CHAR) {
    // bitcmp(A, N): the complement in the lowest N bits.
    double n = a.scalar(1);
    if (n < 0 || n > 53 || n != std::floor(n)) a.error("N must be an integer between 0 and 53.");
    long double top = std::ldexp(1.0L, static_cast<int>(n)) - 1;
    std::vector<long double> v = wideValues(x), r(v.size());
    for (size_t i = 0; i < v.size(); ++i) r[i] = top - doubleBits(v[i], top, a);
    a.set(0, fromWide(numericClass(x), dimsOf(x), r, a.site));
    return;
  }
  uint32_t cls = isIntegerClass(x->class_id) ? x->class_id : assumedClass(a, 1);
  a.set(0, overBits(a, x, cls, [](auto v, size_t) { return static_cast<decltype(v)>(~v); }));
}

// bitget(A, bit) and bitset(A, bit, V): bit n (1 the least significant)
// of each element, with implicit expansion of A and bit; an integer class
// has its own width, a double stands for an unsigned integer of 53 bits.
// The result has A's class.
unsigned bitWidth(const mcc_array* x) {
  if (isIntegerClass(x->class_id)) return static_cast<unsigned>(scalarSize(x->class_id) * 8);
  return 53;
}

void bitgetSet(const Args& a, bool set) {
  if (set)
    a.arity(2, 4, 1);
  else
    a.arity(2, 2, 1);
  const mcc_array* x = checked(a[0]);
  if (x->is_complex || !isValueClass(x->class_id) || x->class_id == MCC_CLASS_CHAR)
    a.error("Inputs must be real, non-negative, integer-valued numeric or logical values.");
  unsigned width = bitWidth(x);
  bool isSigned = isIntegerClass(x->class_id) && className(x->class_id)[0] == 'i';
  Expanded e = expandPair(x, a[1], a.site);
  std::vector<long double> v = wideValues(x), n = wideValues(a[1]);
  std::vector<long double> w = set && a.nargin >= 3 ? wideValues(a[2]) : std::vector<long double>{1};
  if (w.size() != 1 && w.size() != e.ix.size()) a.error("Inputs must have the same size.");
  std::vector<long double> r(e.ix.size());
  for (size_t i = 0; i < r.size(); ++i) {
    long double value = v[e.ix[i]], bit = n[e.iy[i]];
    if (bit < 1 || bit > width || bit != std::floor(bit)) a.error("Bit index must be an integer between 1 and " + std::to_string(width) + ".");
    if (!isIntegerClass(x->class_id) && (value < 0 || value != std::floor(value) || value > 9007199254740991.0L))
      a.error("Double inputs must have integer values in the range of ASSUMEDTYPE.");
    // The bits of a negative signed value are its two's complement.
    uint64_t bits = value < 0 ? static_cast<uint64_t>(static_cast<int64_t>(value)) : static_cast<uint64_t>(value);
    uint64_t mask = uint64_t(1) << static_cast<unsigned>(bit - 1);
    if (!set) {
      r[i] = (bits & mask) ? 1 : 0;
      continue;
    }
    bits = w[w.size() == 1 ? 0 : i] != 0 ? bits | mask : bits & ~mask;
    if (isSigned) {
      // Back to a signed value of the class's width.
      uint64_t top = uint64_t(1) << (width - 1);
      uint64_t low = width == 64 ? bits : bits & ((uint64_t(1) << width) - 1);
      r[i] = (low & top) ? static_cast<long double>(static_cast<int64_t>(low | ~(width == 64 ? 0 : (uint64_t(1) << width) - 1)))
                         : static_cast<long double>(low);
    } else {
      r[i] = static_cast<long double>(bits);
    }
  }
  uint32_t cls = x->class_id == MCC_CLASS_LOGICAL ? MCC_CLASS_DOUBLE : x->class_id;
  a.set(0, fromWide(cls, e.out, r, a.site));
}

// --- cast, typecast ----------------------------------------------------------------------

void castBuiltin(const Args& a) {
  a.arity(2, 3, 1);
  uint32_t cls;
  if (a.nargin == 3) {
    if (option(a, 1) != "like") a.error("Invalid option.");
    cls = a[2]->class_id;
  } else {
    int c = classNamed(option(a, 1));
    if (c < 0) a.error("Unsupported data type '" + a.text(1) + "' for conversion.");
    cls = static_cast<uint32_t>(c);
  }
  if (!isValueClass(a[0]->class_id)) a.error("Conversion to " + std::string(className(cls)) + " is not possible.");
  Ref r = castArray(a[0], cls, a.site);
  if (a.nargin == 3 && a[2]->is_complex && !r->is_complex) r = toComplex(r.get());
  a.set(0, std::move(r));
}

void typecastBuiltin(const Args& a) {
  a.arity(2, 2, 1);
  const mcc_array* x = checked(a[0]);
  if (!isNumericClass(x->class_id) || x->is_complex)
    a.error("The first input argument must be a full, non-complex numeric value.");
  if (x->numel > 1 && !isVectorShape(x)) a.error("The first input argument must be a vector.");
  int c = classNamed(option(a, 1));
  if (c < 0 || !isNumericClass(static_cast<uint32_t>(c))) a.error("Unsupported class.");
  uint32_t cls = static_cast<uint32_t>(c);
  size_t bytes = x->numel * scalarSize(x->class_id), each = scalarSize(cls);
  if (bytes % each) a.error("Too few input values to make output type.");
  size_t n = bytes / each;
  Dims dims = x->dims[0] != 1 && x->numel > 0 ? Dims{n, 1} : Dims{1, n};
  Ref r = newArray(cls, false, dims, false, a.site);
  if (bytes) std::memcpy(r->data, x->data, bytes);
  a.set(0, std::move(r));
}

}  // namespace

MCC_DEFINE_BUILTIN(idivide) { idivideBuiltin(a); }
MCC_DEFINE_BUILTIN(bitand) { bitwise(a, BitOp::And); }
MCC_DEFINE_BUILTIN(bitor) { bitwise(a, BitOp::Or); }
MCC_DEFINE_BUILTIN(bitxor) { bitwise(a, BitOp::Xor); }
MCC_DEFINE_BUILTIN(bitshift) { bitshiftBuiltin(a); }
MCC_DEFINE_BUILTIN(bitcmp) { bitcmpBuiltin(a); }
MCC_DEFINE_BUILTIN(bitget) { bitgetSet(a, false); }
MCC_DEFINE_BUILTIN(bitset) { bitgetSet(a, true); }
MCC_DEFINE_BUILTIN(cast) { castBuiltin(a); }
MCC_DEFINE_BUILTIN(typecast) { typecastBuiltin(a); }
