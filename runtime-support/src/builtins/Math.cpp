// The elementary math builtins of math.def: element-wise functions of one
// argument (sqrt, sin, floor, ...), of two with implicit expansion (mod,
// rem, atan2, hypot), the class predicates and conversions, and the
// constants and their constructors (pi, NaN(2,3), intmax('int8'), ...).
//
// A function of one argument is a functor that owns its rules: its real
// function, where a real argument leaves the reals (sqrt of a negative), its
// complex function, and what it does to integers (keeps the class, or is an
// error); one generic driver applies any of them. As in MATLAB a whole array
// turns complex when any element needs it: sqrt([4 -4]) is [2 0+2i].
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <complex>
#include <limits>
#include <numbers>
#include <vector>

#include "builtins/Builtin.h"
#include "builtins/StringArgs.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

[[noreturn]] void argumentTypeError(const char* name, const mcc_site* site) {
  fail(std::string("Check for incorrect argument data type or missing argument in call to function '") + name + "'.",
       site);
}

// --- Functions of one argument ---------------------------------------------------
//
// Members of a functor F, all static and templated on the real type T
// (float or double):
//   name                     for MATLAB's error message
//   real(T) -> T             the function on the reals
//   leavesReals(T) -> bool   (optional) the real argument has a complex result
//   fromReal(T) -> C         (optional) that result; default complex(C(x, 0))
//   complex(C) -> C or T     (optional) the function of a complex argument;
//                            without it a complex argument is an error
//   integer(I) -> I          (optional) the function keeps integer classes;
//                            without it an integer argument is an error


// The name, real and complex functions of a functor that are std::fn.
#define MCC_STD_FUNCTION(fn)                                                       \
  static constexpr const char* name = #fn;                                         \
  template <class T> static T real(T x) { return std::fn(x); }                     \
  template <class T> static auto complex(std::complex<T> z) { return std::fn(z); }

template <class I> I saturatingAbs(I x) {
  if constexpr (std::is_signed_v<I>)
    return x == std::numeric_limits<I>::min() ? std::numeric_limits<I>::max() : I(x < 0 ? -x : x);
  else
    return x;
}

// The logarithms of a negative x: log(-x) + i*pi in the base, the imaginary
// part rounded once (log10(-100) is 2 + 1.3643763538418414i).
template <class T> T piOver(long double logOfBase) { return T(std::numbers::pi_v<long double> / logOfBase); }

struct Abs {
  MCC_STD_FUNCTION(abs)
  template <class I> static I integer(I x) { return saturatingAbs(x); }
};
struct Sqrt {
  MCC_STD_FUNCTION(sqrt)
  template <class T> static bool leavesReals(T x) { return x < 0; }
};
struct Exp { MCC_STD_FUNCTION(exp) };
struct Expm1 {
  static constexpr const char* name = "expm1";
  template <class T> static T real(T x) { return std::expm1(x); }
  template <class T> static std::complex<T> complex(std::complex<T> z) { return std::exp(z) - T(1); }
};
struct Log {
  MCC_STD_FUNCTION(log)
  template <class T> static bool leavesReals(T x) { return x < 0; }
  template <class T> static std::complex<T> fromReal(T x) { return {std::log(-x), std::numbers::pi_v<T>}; }
};
struct Log2 {
  static constexpr const char* name = "log2";
  template <class T> static T real(T x) { return std::log2(x); }
  template <class T> static bool leavesReals(T x) { return x < 0; }
  template <class T> static std::complex<T> fromReal(T x) {
    return {std::log2(-x), piOver<T>(std::numbers::ln2_v<long double>)};
  }
  template <class T> static std::complex<T> complex(std::complex<T> z) { return std::log(z) / std::log(T(2)); }
};
struct Log10 {
  MCC_STD_FUNCTION(log10)
  template <class T> static bool leavesReals(T x) { return x < 0; }
  template <class T> static std::complex<T> fromReal(T x) {
    return {std::log10(-x), piOver<T>(std::numbers::ln10_v<long double>)};
  }
};
struct Log1p {
  static constexpr const char* name = "log1p";
  template <class T> static T real(T x) { return std::log1p(x); }
  template <class T> static bool leavesReals(T x) { return x < -1; }
  template <class T> static std::complex<T> complex(std::complex<T> z) { return std::log(z + T(1)); }
};
struct Sin { MCC_STD_FUNCTION(sin) };
struct Cos { MCC_STD_FUNCTION(cos) };
struct Tan { MCC_STD_FUNCTION(tan) };
// asin and acos beyond [-1, 1]: MATLAB takes x > 1 from below the cut and
// x < -1 from above (asin(2) is 1.5708 - 1.3170i, acos(2) is 0 + 1.3170i).
template <class T> std::complex<T> besideTheCut(T x) { return {x, x > 0 ? -T(0) : T(0)}; }
struct Asin {
  MCC_STD_FUNCTION(asin)
  template <class T> static bool leavesReals(T x) { return std::abs(x) > 1; }
  template <class T> static std::complex<T> fromReal(T x) { return std::asin(besideTheCut(x)); }
};
struct Acos {
  MCC_STD_FUNCTION(acos)
  template <class T> static bool leavesReals(T x) { return std::abs(x) > 1; }
  template <class T> static std::complex<T> fromReal(T x) { return std::acos(besideTheCut(x)); }
};
struct Atan { MCC_STD_FUNCTION(atan) };
struct Sinh { MCC_STD_FUNCTION(sinh) };
struct Cosh { MCC_STD_FUNCTION(cosh) };
struct Tanh { MCC_STD_FUNCTION(tanh) };
struct Asinh { MCC_STD_FUNCTION(asinh) };
struct Acosh {
  MCC_STD_FUNCTION(acosh)
  template <class T> static bool leavesReals(T x) { return x < 1; }
};
struct Atanh {
  MCC_STD_FUNCTION(atanh)
  template <class T> static bool leavesReals(T x) { return std::abs(x) > 1; }
};
// Rounding keeps integer classes (their values are already whole) and
// rounds the parts of a complex value separately. round is half away from
// zero, as std::round.
#define MCC_ROUNDING(Name, matlabName, fn)                                 \
  struct Name {                                                            \
    static constexpr const char* name = matlabName;                        \
    template <class T> static T real(T x) { return std::fn(x); }           \
    template <class T> static std::complex<T> complex(std::complex<T> z) { \
      return {std::fn(z.real()), std::fn(z.imag())};                       \
    }                                                                      \
    template <class I> static I integer(I x) { return x; }                 \
  };
MCC_ROUNDING(Floor, "floor", floor)
MCC_ROUNDING(Ceil, "ceil", ceil)
MCC_ROUNDING(Round, "round", round)
MCC_ROUNDING(Fix, "fix", trunc)
#undef MCC_ROUNDING
#undef MCC_STD_FUNCTION

struct Sign {  // NaN stays NaN; complex z gives z/abs(z)
  static constexpr const char* name = "sign";
  template <class T> static T real(T x) { return x > 0 ? T(1) : x < 0 ? T(-1) : x == 0 ? T(0) : x; }
  template <class T> static std::complex<T> complex(std::complex<T> z) {
    return z == std::complex<T>(0) ? std::complex<T>(0) : z / std::abs(z);
  }
  template <class I> static I integer(I x) { return I((x > 0) - (x < 0)); }
};
// gamma has poles at 0 and the negative integers: MATLAB gives Inf there
// (-Inf at -0), where C's tgamma gives NaN for the negative integers.
struct Gamma {
  static constexpr const char* name = "gamma";
  template <class T> static T real(T x) {
    if (x < 0 && x == std::floor(x) && !std::isinf(x)) return std::numeric_limits<T>::infinity();
    return std::tgamma(x);
  }
};

// The special functions of the reals (erf family, gammaln, cbrt). MATLAB
// defines them for real double and single only.
struct Gammaln {  // log(gamma(x)) for x >= 0; the builtin rejects negative x
  static constexpr const char* name = "gammaln";
  template <class T> static T real(T x) { return std::lgamma(x); }
};
struct Erf { static constexpr const char* name = "erf"; template <class T> static T real(T x) { return std::erf(x); } };
struct Erfc { static constexpr const char* name = "erfc"; template <class T> static T real(T x) { return std::erfc(x); } };
struct Cbrt { static constexpr const char* name = "cbrt"; template <class T> static T real(T x) { return std::cbrt(x); } };

// Angle units as MATLAB's rad2deg and deg2rad compute them: one product with
// the rounded double constant (180/pi)*R and (pi/180)*D, taken in single for
// a single argument; only floating-point arguments.
struct Rad2deg {
  static constexpr const char* name = "rad2deg";
  template <class T> static T real(T x) { return T(180 / std::numbers::pi) * x; }
  template <class T> static std::complex<T> complex(std::complex<T> z) { return T(180 / std::numbers::pi) * z; }
};
struct Deg2rad {
  static constexpr const char* name = "deg2rad";
  template <class T> static T real(T x) { return T(std::numbers::pi / 180) * x; }
  template <class T> static std::complex<T> complex(std::complex<T> z) { return T(std::numbers::pi / 180) * z; }
};

// Trigonometry in degrees, as Octave's sind, cosd, tand, asind, acosd and
// atand compute it (MATLAB documents the same exact values): sind reduces
// x to [-180, 180) first, so sind(180 * n) is exactly 0; cosd(x) is
// sind(x + 90); tand is 0 at multiples of 180 and Inf at odd multiples of
// 90. The inverses scale the radian result by 180 / pi.
template <class T> T degreeSine(T x) {
  T m = x - T(180);
  T r = m - std::floor(m / T(360)) * T(360) - T(180);
  if (r == T(-180)) return T(0);
  return std::sin(r / T(180) * std::numbers::pi_v<T>);
}
struct Sind {
  static constexpr const char* name = "sind";
  template <class T> static T real(T x) { return degreeSine(x); }
};
struct Cosd {
  static constexpr const char* name = "cosd";
  template <class T> static T real(T x) { return degreeSine(x + T(90)); }
};
struct Tand {
  static constexpr const char* name = "tand";
  template <class T> static T real(T x) {
    T i0 = x / T(180), i90 = (x - T(90)) / T(180);
    if (std::isfinite(i0) && i0 == std::trunc(i0)) return T(0);
    if (std::isfinite(i90) && i90 == std::trunc(i90)) return std::numeric_limits<T>::infinity();
    return std::tan(i0 * std::numbers::pi_v<T>);
  }
};
template <class C> C toDegrees(C radians) { return radians * typename C::value_type(180) / std::numbers::pi_v<typename C::value_type>; }
struct Asind {
  static constexpr const char* name = "asind";
  template <class T> static T real(T x) { return std::asin(x) * T(180) / std::numbers::pi_v<T>; }
  template <class T> static bool leavesReals(T x) { return std::abs(x) > 1; }
  template <class T> static std::complex<T> fromReal(T x) { return toDegrees(std::asin(besideTheCut(x))); }
  template <class T> static std::complex<T> complex(std::complex<T> z) { return toDegrees(std::asin(z)); }
};
struct Acosd {
  static constexpr const char* name = "acosd";
  template <class T> static T real(T x) { return std::acos(x) * T(180) / std::numbers::pi_v<T>; }
  template <class T> static bool leavesReals(T x) { return std::abs(x) > 1; }
  template <class T> static std::complex<T> fromReal(T x) { return toDegrees(std::acos(besideTheCut(x))); }
  template <class T> static std::complex<T> complex(std::complex<T> z) { return toDegrees(std::acos(z)); }
};
struct Atand {
  static constexpr const char* name = "atand";
  template <class T> static T real(T x) { return T(180) / std::numbers::pi_v<T> * std::atan(x); }
  template <class T> static std::complex<T> complex(std::complex<T> z) { return T(180) / std::numbers::pi_v<T> * std::atan(z); }
};

// The reciprocal functions, as 1 ./ f(x) (sec, csc, cot and the hyperbolic
// ones) and f(1 ./ x) (acot, asec, acsc), as MATLAB defines them.
#define MCC_RECIPROCAL(Name, matlabName, fn)                                                      \
  struct Name {                                                                                 \
    static constexpr const char* name = matlabName;                                             \
    template <class T> static T real(T x) { return T(1) / std::fn(x); }                         \
    template <class T> static std::complex<T> complex(std::complex<T> z) { return T(1) / std::fn(z); } \
  };
MCC_RECIPROCAL(Sec, "sec", cos)
MCC_RECIPROCAL(Csc, "csc", sin)
MCC_RECIPROCAL(Cot, "cot", tan)
MCC_RECIPROCAL(Sech, "sech", cosh)
MCC_RECIPROCAL(Csch, "csch", sinh)
MCC_RECIPROCAL(Coth, "coth", tanh)
#undef MCC_RECIPROCAL
struct Acot {
  static constexpr const char* name = "acot";
  template <class T> static T real(T x) { return std::atan(T(1) / x); }
  template <class T> static std::complex<T> complex(std::complex<T> z) { return std::atan(T(1) / z); }
};
struct Asec {
  static constexpr const char* name = "asec";
  template <class T> static T real(T x) { return std::acos(T(1) / x); }
  template <class T> static bool leavesReals(T x) { return std::abs(x) < 1; }
  template <class T> static std::complex<T> fromReal(T x) { return std::acos(besideTheCut(T(1) / x)); }
  template <class T> static std::complex<T> complex(std::complex<T> z) { return std::acos(T(1) / z); }
};
struct Acsc {
  static constexpr const char* name = "acsc";
  template <class T> static T real(T x) { return std::asin(T(1) / x); }
  template <class T> static bool leavesReals(T x) { return std::abs(x) < 1; }
  template <class T> static std::complex<T> fromReal(T x) { return std::asin(besideTheCut(T(1) / x)); }
  template <class T> static std::complex<T> complex(std::complex<T> z) { return std::asin(T(1) / z); }
};

// nextpow2(n): the smallest p with 2^p >= abs(n), from the exact exponent of
// frexp as MATLAB's [f, p] = log2(abs(n)) (p - 1 when f is 0.5); 0 for 0,
// Inf for Inf, NaN for NaN. Integers keep their class.
struct Nextpow2 {
  static constexpr const char* name = "nextpow2";
  template <class T> static T real(T x) {
    T m = std::abs(x);
    if (!std::isfinite(m)) return m;
    int e = 0;
    T f = std::frexp(m, &e);
    if (f == 0) return 0;
    return T(f == T(0.5) ? e - 1 : e);
  }
  template <class I> static I integer(I v) {
    return static_cast<I>(real(static_cast<double>(v)));
  }
};

// The inverse of erfc on (0, 1]. Near 1, Giles' approximation of
// erfinv(1 - y) from w = -log(y (2 - y)) refined by Halley steps on erfc;
// for tiny y (x beyond 3.4), the asymptotic erfc(x) ~ exp(-x^2) / (x
// sqrt(pi)) refined by Newton steps on log(erfc(x)), which keep full
// precision down to the smallest doubles (erfcinv(1e-300) is 26.209...).
double erfcinvBelowOne(double y) {
  const double twoOverSqrtPi = 2 / std::sqrt(std::numbers::pi);
  if (y < 1e-6) {
    double logy = std::log(y), x = std::sqrt(-logy);
    for (int k = 0; k < 3; ++k) x = std::sqrt(-logy - std::log(x * std::sqrt(std::numbers::pi)));
    for (int k = 0; k < 20; ++k) {
      double e = std::erfc(x);
      if (e == 0) break;
      double step = (std::log(e) - logy) / (-twoOverSqrtPi * std::exp(-x * x) / e);
      x -= step;
      if (std::fabs(step) <= 1e-16 * x) break;
    }
    return x;
  }
  double w = -std::log(y * (2 - y)), p;
  if (w < 5) {
    w -= 2.5;
    p = 2.81022636e-08;
    for (double c : {3.43273939e-07, -3.5233877e-06, -4.39150654e-06, 0.00021858087, -0.00125372503, -0.00417768164,
                     0.246640727, 1.50140941})
      p = c + p * w;
  } else {
    w = std::sqrt(w) - 3;
    p = -0.000200214257;
    for (double c : {0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773, -0.0076224613, 0.00943887047,
                     1.00167406, 2.83297682})
      p = c + p * w;
  }
  double x = p * (1 - y);
  for (int k = 0; k < 20; ++k) {
    double slope = -twoOverSqrtPi * std::exp(-x * x);
    if (slope == 0) break;
    double u = (std::erfc(x) - y) / slope, step = u / (1 + x * u);
    x -= step;
    if (std::fabs(step) <= 1e-16 * std::fabs(x)) break;
  }
  return x;
}
double erfcinvOf(double y) {
  if (y != y || y < 0 || y > 2) return std::numeric_limits<double>::quiet_NaN();
  if (y == 0) return std::numeric_limits<double>::infinity();
  if (y == 2) return -std::numeric_limits<double>::infinity();
  return y <= 1 ? erfcinvBelowOne(y) : -erfcinvBelowOne(2 - y);
}
// erfinv near 0 by Halley steps on erf (1 - x would lose x's low bits),
// elsewhere through erfcinv(1 - |x|), which is exact there.
double erfinvOf(double x) {
  if (x != x || x < -1 || x > 1) return std::numeric_limits<double>::quiet_NaN();
  if (std::fabs(x) > 0.5) return x > 0 ? erfcinvOf(1 - x) : -erfcinvOf(1 + x);
  if (x == 0) return x;
  double r = x * std::sqrt(std::numbers::pi) / 2;
  for (int k = 0; k < 6; ++k) {
    double slope = 2 / std::sqrt(std::numbers::pi) * std::exp(-r * r);
    double u = (std::erf(r) - x) / slope;
    r -= u / (1 + r * u);
  }
  return r;
}
struct Erfinv {
  static constexpr const char* name = "erfinv";
  template <class T> static T real(T x) { return T(erfinvOf(double(x))); }
};
struct Erfcinv {
  static constexpr const char* name = "erfcinv";
  template <class T> static T real(T x) { return T(erfcinvOf(double(x))); }
};

template <class F, class T> concept HasLeavesReals = requires(T x) { F::leavesReals(x); };
template <class F, class T> concept HasFromReal = requires(T x) { F::fromReal(x); };
template <class F, class T> concept HasComplex = requires(std::complex<T> z) { F::complex(z); };
template <class F, class I> concept HasInteger = std::is_integral_v<I> && requires(I v) { F::integer(v); };


template <class F, class T> std::complex<T> complexOfReal(T x) {
  if constexpr (HasFromReal<F, T>)
    return F::fromReal(x);
  else
    return F::complex(std::complex<T>(x, T(0)));
}

// F over a real or complex float array x (logical and char load as double),
// giving class cls.
template <class F, class T> Ref mapFloat(const mcc_array* x, uint32_t cls, const mcc_site* site) {
  using C = std::complex<T>;
  Dims dims = dimsOf(x);
  if (x->is_complex) {
    if constexpr (HasComplex<F, T>) {
      using R = decltype(F::complex(C()));
      std::vector<C> scratch;
      const C* p = loadAs<C>(x, scratch);
      Ref r = newArray(cls, isComplexType<R>, dims, false, site);
      R* out = dataOf<R>(r.get());
      for (size_t i = 0; i < x->numel; ++i) out[i] = F::complex(p[i]);
      return narrowComplex(std::move(r));
    } else {
      fail("Input arguments must be real.", site);
    }
  }
  std::vector<T> scratch;
  const T* p = loadAs<T>(x, scratch);
  Ref r = newArray(cls, false, dims, false, site);
  T* out = dataOf<T>(r.get());
  bool leaves = false;
  for (size_t i = 0; i < x->numel; ++i) {
    if constexpr (HasLeavesReals<F, T>) leaves = leaves || F::leavesReals(p[i]);
    out[i] = F::real(p[i]);
  }
  if constexpr (HasLeavesReals<F, T>) {
    if (leaves) {
      Ref z = newArray(cls, true, dims, false, site);
      // Elements that stay real keep their real value (sqrt(NaN) is NaN+0i).
      for (size_t i = 0; i < x->numel; ++i)
        dataOf<C>(z.get())[i] = F::leavesReals(p[i]) ? complexOfReal<F>(p[i]) : C(out[i], T(0));
      return z;
    }
  }
  return r;
}

template <class F, class I> Ref mapInteger(const mcc_array* x, const mcc_site* site) {
  Ref r = newArray(x->class_id, false, dimsOf(x), false, site);
  for (size_t i = 0; i < x->numel; ++i) dataOf<I>(r.get())[i] = F::integer(dataOf<I>(x)[i]);
  return r;
}

template <class F> Ref mapUnary(const mcc_array* x, const mcc_site* site) {
  checked(x);
  uint32_t cls = x->class_id;
  if (isIntegerClass(cls)) {
    return visitClass(cls, [&](auto tag) -> Ref {
      using I = typename decltype(tag)::T;
      if constexpr (HasInteger<F, I>) {
        return mapInteger<F, I>(x, site);
      } else {
        argumentTypeError(F::name, site);
      }
    });
  }
  if (cls == MCC_CLASS_SINGLE) return mapFloat<F, float>(x, cls, site);
  return mapFloat<F, double>(x, MCC_CLASS_DOUBLE, site);
}

template <class F> void unary(const Args& a) {
  a.arity(1, 1, 1);
  a.set(0, mapUnary<F>(a[0], a.site));
}

// --- Parts of complex values --------------------------------------------------------

enum class Part { Real, Imag, Conj };

// real, imag and conj: numeric classes keep their class, logical and char
// give double.
Ref complexPart(const mcc_array* x, Part part, const mcc_site* site) {
  checked(x);
  uint32_t cls = isNumericClass(x->class_id) ? x->class_id : MCC_CLASS_DOUBLE;
  if (!x->is_complex) {
    if (part == Part::Imag) return newArray(cls, false, dimsOf(x), true, site);
    return castArray(x, cls, site);
  }
  return visitClass(cls, [&](auto tag) -> Ref {
    using T = typename decltype(tag)::T;
    if constexpr (std::is_floating_point_v<T>) {
      const T* p = dataOf<T>(x);
      if (part == Part::Conj) {
        Ref r = newArray(cls, true, dimsOf(x), false, site);
        for (size_t i = 0; i < x->numel; ++i) {
          dataOf<T>(r.get())[2 * i] = p[2 * i];
          dataOf<T>(r.get())[2 * i + 1] = -p[2 * i + 1];
        }
        return r;
      }
      Ref r = newArray(cls, false, dimsOf(x), false, site);
      size_t offset = part == Part::Real ? 0 : 1;
      for (size_t i = 0; i < x->numel; ++i) dataOf<T>(r.get())[i] = p[2 * i + offset];
      return r;
    } else {
      internalError("complex array of a non-float class");
    }
  });
}

void part(const Args& a, Part part) {
  a.arity(1, 1, 1);
  a.set(0, complexPart(a[0], part, a.site));
}

template <class T> Ref angleOf(const mcc_array* x, uint32_t cls, const mcc_site* site) {
  using C = std::complex<T>;
  std::vector<C> scratch;
  const C* p = loadAs<C>(x, scratch);
  Ref r = newArray(cls, false, dimsOf(x), false, site);
  for (size_t i = 0; i < x->numel; ++i) dataOf<T>(r.get())[i] = std::arg(p[i]);
  return r;
}

// --- Functions of two arguments, with implicit expansion --------------------------

// Output dims and per-operand strides (0 along an expanded dim).
struct Expansion {
  Dims out, strideA, strideB;
  size_t numel;
};

Expansion expand(const mcc_array* a, const mcc_array* b, const mcc_site* site) {
  Expansion e;
  size_t n = std::max(a->ndims, b->ndims), runA = 1, runB = 1;
  for (size_t k = 0; k < n; ++k) {
    size_t da = extent(a, k), db = extent(b, k);
    if (da != db && da != 1 && db != 1) fail("Arrays have incompatible sizes for this operation.", site);
    e.out.push_back(da == 1 ? db : da);
    e.strideA.push_back(da == 1 ? 0 : runA);
    e.strideB.push_back(db == 1 ? 0 : runB);
    runA *= da;
    runB *= db;
  }
  e.numel = numelOf(e.out, site);
  return e;
}

// r[k] = f(a[ia], b[ib]) for each output element k, column-major.
template <class TA, class TB, class TR, class F>
void forEachPair(const Expansion& e, const TA* a, const TB* b, TR* r, F f) {
  Dims index(e.out.size(), 0);
  size_t ia = 0, ib = 0;
  for (size_t k = 0; k < e.numel; ++k) {
    r[k] = f(a[ia], b[ib]);
    for (size_t d = 0; d < e.out.size(); ++d) {
      ia += e.strideA[d];
      ib += e.strideB[d];
      if (++index[d] < e.out[d]) break;
      ia -= e.strideA[d] * e.out[d];
      ib -= e.strideB[d] * e.out[d];
      index[d] = 0;
    }
  }
}

// mod and rem of floats, as MATLAB (and Octave's lo-mappers) compute them:
// a quotient within round-off of a whole number gives exactly 0
// (mod(0.3, 0.1) is 0), and a zero result takes the sign of the divisor
// (mod) or dividend (rem).
template <class T> bool nearlyWholeQuotient(T x, T y) {
  T q = x / y, n = std::round(q);
  return std::round(y) != y && std::abs((q - n) / n) < std::numeric_limits<T>::epsilon();
}

// x - whole(x / y) * y, with the sign of signSource when zero.
template <class T, class Whole> T floatRemainder(T x, T y, Whole whole, T signSource) {
  T r;
  if (nearlyWholeQuotient(x, y)) {
    r = 0;
  } else {
    volatile T multiple = y * whole(x / y);
    r = x - multiple;
  }
  return x != y ? std::copysign(r, signSource) : r;
}

struct Mod {
  template <class T> static T real(T x, T y) {
    if (y == 0) return x;
    return floatRemainder(x, y, [](T q) { return std::floor(q); }, y);
  }
  template <class I> static I integer(I x, I y) {
    if (y == 0) return x;
    if constexpr (std::is_signed_v<I>)
      if (y == -1) return 0;  // INT_MIN % -1 overflows
    I r = I(x % y);
    if (r != 0 && ((r < 0) != (y < 0))) r = I(r + y);
    return r;
  }
};

struct Rem {
  template <class T> static T real(T x, T y) {
    if (y == 0) return std::numeric_limits<T>::quiet_NaN();
    return floatRemainder(x, y, [](T q) { return std::trunc(q); }, x);
  }
  template <class I> static I integer(I x, I y) {
    if (y == 0) return 0;
    if constexpr (std::is_signed_v<I>)
      if (y == -1) return 0;
    return I(x % y);
  }
};

struct Atan2 {
  static constexpr const char* name = "atan2";
  template <class T> static T real(T y, T x) { return std::atan2(y, x); }
};

// atan2d(y, x): 180 / pi * atan2(y, x), as Octave computes it.
struct Atan2d {
  static constexpr const char* name = "atan2d";
  template <class T> static T real(T y, T x) { return T(180) / std::numbers::pi_v<T> * std::atan2(y, x); }
};

struct Hypot {
  static constexpr const char* name = "hypot";
  template <class T> static T real(T x, T y) { return std::hypot(x, y); }
  template <class T> static T complex(std::complex<T> x, std::complex<T> y) {
    return std::hypot(std::abs(x), std::abs(y));
  }
};

// nthroot(x, n): the real n-th root, negative x only for odd n, then one
// Newton step as MATLAB's nthroot takes. A negative x with an even or
// non-integer n is an error, which the builtin raises after the fact.
inline thread_local bool nthrootBadArgument = false;
struct Nthroot {
  static constexpr const char* name = "nthroot";
  template <class T> static T real(T x, T n) {
    bool odd = std::fmod(std::fabs(n), T(2)) == 1;
    if (x < 0 && !odd) {
      nthrootBadArgument = true;
      return std::numeric_limits<T>::quiet_NaN();
    }
    T y = x < 0 ? -std::pow(-x, 1 / n) : std::pow(x, 1 / n);
    if (x != 0 && std::isfinite(y)) {
      T correction = (std::pow(y, n) - x) / (n * std::pow(y, n - 1));
      if (std::isfinite(correction)) y -= correction;
    }
    return y;
  }
};
// beta(z, w) as MATLAB computes it, exp(gammaln(z) + gammaln(w) - gammaln(z + w)).
struct Beta {
  static constexpr const char* name = "beta";
  template <class T> static T real(T z, T w) { return std::exp(std::lgamma(z) + std::lgamma(w) - std::lgamma(z + w)); }
};

// MATLAB's class of an element-wise result: an integer class wins (two
// integer operands must agree), then single, else double.
uint32_t resultClass(uint32_t a, uint32_t b, const mcc_site* site) {
  if (isIntegerClass(a) && isIntegerClass(b) && a != b)
    fail("Integers can only be combined with integers of the same class, or scalar doubles.", site);
  if (isIntegerClass(a)) return a;
  if (isIntegerClass(b)) return b;
  return a == MCC_CLASS_SINGLE || b == MCC_CLASS_SINGLE ? MCC_CLASS_SINGLE : MCC_CLASS_DOUBLE;
}

template <class F, class T> concept HasComplexPair = requires(std::complex<T> z) { F::complex(z, z); };
template <class F> concept HasIntegerPair = requires(int8_t v) { F::integer(v, v); };

template <class F, class T>
Ref mapFloatPair(const mcc_array* a, const mcc_array* b, uint32_t cls, const mcc_site* site) {
  Expansion e = expand(a, b, site);
  Ref r = newArray(cls, false, e.out, false, site);
  if (a->is_complex || b->is_complex) {
    using C = std::complex<T>;
    if constexpr (HasComplexPair<F, T>) {
      std::vector<C> sa, sb;
      forEachPair(e, loadAs<C>(a, sa), loadAs<C>(b, sb), dataOf<T>(r.get()), [](C x, C y) { return F::complex(x, y); });
      return r;
    } else {
      internalError("complex arguments reached a real function");
    }
  }
  std::vector<T> sa, sb;
  forEachPair(e, loadAs<T>(a, sa), loadAs<T>(b, sb), dataOf<T>(r.get()), [](T x, T y) { return F::real(x, y); });
  return r;
}

// F of two arguments. Integer operands are converted to the result's class
// first (mod(int8(10), 3.5) is mod(10, 4)), as Octave does.
template <class F> Ref mapBinary(const mcc_array* a, const mcc_array* b, const char* complexError,
                                 const mcc_site* site) {
  checked(a);
  checked(b);
  uint32_t cls = resultClass(a->class_id, b->class_id, site);
  if (isIntegerClass(cls)) {
    if constexpr (!HasIntegerPair<F>) {
      argumentTypeError(F::name, site);
    } else {
      if (a->is_complex || b->is_complex) fail(complexError, site);
      Ref ca = castArray(a, cls, site), cb = castArray(b, cls, site);
      Expansion e = expand(a, b, site);
      Ref r = newArray(cls, false, e.out, false, site);
      visitClass(cls, [&](auto tag) {
        using I = typename decltype(tag)::T;
        if constexpr (std::is_integral_v<I>)
          forEachPair(e, dataOf<I>(ca.get()), dataOf<I>(cb.get()), dataOf<I>(r.get()), F::template integer<I>);
      });
      return r;
    }
  }
  bool complex = a->is_complex || b->is_complex;
  if (complex && !HasComplexPair<F, double>) fail(complexError, site);
  if (cls == MCC_CLASS_SINGLE) return mapFloatPair<F, float>(a, b, cls, site);
  return mapFloatPair<F, double>(a, b, cls, site);
}

template <class F> void binary(const Args& a, const char* complexError) {
  a.arity(2, 2, 1);
  a.set(0, mapBinary<F>(a[0], a[1], complexError, a.site));
}

// --- Constants and their constructors ---------------------------------------------

// The arguments of zeros-like constructors: sizes (scalars, or one row
// vector of sizes), then optionally a class name or 'like', p.
struct Shape {
  Dims dims;
  uint32_t cls;
  bool complex = false;
};

uint32_t classNamed(const std::string& name) {
  for (uint32_t c = 0; c <= MCC_CLASS_CHAR; ++c)
    if (name == className(c)) return c;
  return MCC_CLASS_COLON;  // none
}

Shape shapeArguments(const Args& a, uint32_t defaultClass, bool takesClass) {
  Shape s{{}, defaultClass};
  uint32_t nsizes = a.nargin;
  if (nsizes >= 2 && a.isText(nsizes - 2) && a.text(nsizes - 2) == "like") {
    if (!takesClass) a.error("Size inputs must be numeric.");
    const mcc_array* p = a[nsizes - 1];
    s.cls = p->class_id;
    s.complex = p->is_complex;
    nsizes -= 2;
  } else if (nsizes >= 1 && (a[nsizes - 1]->class_id == MCC_CLASS_CHAR || a.isText(nsizes - 1))) {
    if (!takesClass) a.error("Size inputs must be numeric.");
    s.cls = classNamed(a.text(nsizes - 1));
    if (s.cls == MCC_CLASS_COLON) a.error("Unrecognized class name '" + a.text(nsizes - 1) + "'.");
    nsizes -= 1;
  }
  std::vector<double> sizes;
  if (nsizes == 1 && a[0]->numel != 1) {
    const mcc_array* v = a[0];
    if (v->is_complex || v->ndims != 2 || v->dims[0] != 1 || !isNumericClass(v->class_id))
      a.error("Size vector must be a row vector with real elements.");
    if (v->numel == 0) return {{0, 0}, s.cls, s.complex};
    Ref d = castArray(v, MCC_CLASS_DOUBLE, a.site);
    sizes.assign(dataOf<double>(d.get()), dataOf<double>(d.get()) + v->numel);
  } else {
    for (uint32_t k = 0; k < nsizes; ++k) {
      const mcc_array* v = a[k];
      if (v->numel != 1) a.error("Size inputs must be scalar.");
      if (v->class_id == MCC_CLASS_CHAR) a.error("Size inputs must be numeric.");
      sizes.push_back(a.scalar(k));
    }
  }
  Ref shape(mcc_zeros(MCC_CLASS_DOUBLE, static_cast<uint32_t>(sizes.size()), sizes.data(), a.site));
  s.dims = dimsOf(shape.get());
  return s;
}

// pi, Inf, NaN, eps of the shape and class (double or single) the
// arguments ask for.
Ref filled(const Args& a, double ofDouble, float ofSingle) {
  Shape s = shapeArguments(a, MCC_CLASS_DOUBLE, true);
  if (!isFloatClass(s.cls)) a.error("Class must be 'single' or 'double'.");
  Ref r = newArray(s.cls, s.complex, s.dims, true, a.site);
  size_t stride = s.complex ? 2 : 1;
  for (size_t i = 0; i < r->numel; ++i) {
    if (s.cls == MCC_CLASS_DOUBLE)
      dataOf<double>(r.get())[i * stride] = ofDouble;
    else
      dataOf<float>(r.get())[i * stride] = ofSingle;
  }
  return r;
}

Ref logicalFilled(const Args& a, bool value) {
  Shape s = shapeArguments(a, MCC_CLASS_LOGICAL, false);
  Ref r = newArray(MCC_CLASS_LOGICAL, false, s.dims, true, a.site);
  std::fill(dataOf<uint8_t>(r.get()), dataOf<uint8_t>(r.get()) + r->numel, uint8_t(value));
  return r;
}

// The class named by the only argument of intmax, realmax, eps..., or the
// default.
uint32_t classArgument(const Args& a, uint32_t defaultClass) {
  if (a.nargin == 0) return defaultClass;
  if (!a.isText(0) && a[0]->class_id != MCC_CLASS_CHAR) a.error("Class name must be a character vector.");
  return classNamed(a.text(0));
}

template <class T> T spacing(T x) {
  x = std::abs(x);
  if (!std::isfinite(x)) return std::numeric_limits<T>::quiet_NaN();
  if (x < std::numeric_limits<T>::min()) return std::numeric_limits<T>::denorm_min();
  int e;
  std::frexp(x, &e);
  return std::ldexp(T(1), e - std::numeric_limits<T>::digits);
}

// realmax, realmin and flintmax of 'double' (the default) or 'single'.
Ref floatConstant(const Args& a, double ofDouble, float ofSingle) {
  a.arity(0, 1, 1);
  uint32_t cls = classArgument(a, MCC_CLASS_DOUBLE);
  if (!isFloatClass(cls)) a.error("Class must be 'single' or 'double'.");
  if (cls == MCC_CLASS_DOUBLE) return scalarResult(ofDouble);
  Ref r = newArray(MCC_CLASS_SINGLE, false, {1, 1}, false, a.site);
  dataOf<float>(r.get())[0] = ofSingle;
  return r;
}

// intmax and intmin of 'int32' (the default) or the integer class named.
Ref integerLimit(const Args& a, bool max) {
  a.arity(0, 1, 1);
  uint32_t cls = classArgument(a, MCC_CLASS_INT32);
  if (!isIntegerClass(cls)) a.error("Invalid class name.");
  Ref r = newArray(cls, false, {1, 1}, false, a.site);
  visitClass(cls, [&](auto tag) {
    using T = typename decltype(tag)::T;
    dataOf<T>(r.get())[0] = max ? std::numeric_limits<T>::max() : std::numeric_limits<T>::lowest();
  });
  return r;
}

// --- Conversions --------------------------------------------------------------------

Ref convert(const Args& a, uint32_t cls) {
  a.arity(1, 1, 1);
  if (cls == MCC_CLASS_LOGICAL && a[0]->class_id == MCC_CLASS_CHAR)
    a.error("Conversion to logical from char is not possible.");
  return castArray(a[0], cls, a.site);
}

// char(a, b, ...): each argument's rows, as char, padded with blanks to
// the widest; an empty argument is a blank row.
Ref charRows(const Args& a) {
  std::vector<Ref> parts;
  size_t rows = 0, width = 0;
  auto add = [&](const mcc_array* x) {
    if (x->ndims > 2) a.error("Inputs must be 2-D.");
    parts.push_back(castArray(x, MCC_CLASS_CHAR, a.site));
    const mcc_array* p = parts.back().get();
    rows += p->numel ? p->dims[0] : 1;
    width = std::max(width, p->numel ? p->dims[1] : size_t(0));
  };
  // a cell array gives one row per element (char({'a', 'bcd'})), in column-major order
  for (uint32_t k = 0; k < a.nargin; ++k)
    if (a[k]->class_id == MCC_CLASS_CELL)
      for (size_t e = 0; e < a[k]->numel; ++e) {
        Ref x = cellElement(a[k], e);
        if (x->class_id == MCC_CLASS_CELL || x->class_id == MCC_CLASS_STRUCT)
          a.error("Cell elements must be character arrays.");
        add(x.get());
      }
    else add(a[k]);
  Ref r = newArray(MCC_CLASS_CHAR, false, {rows, width}, false, a.site);
  uint16_t* out = dataOf<uint16_t>(r.get());
  std::fill(out, out + r->numel, uint16_t(' '));
  size_t row = 0;
  for (const Ref& p : parts) {
    if (!p->numel) {
      ++row;
      continue;
    }
    size_t m = p->dims[0], n = p->dims[1];
    for (size_t j = 0; j < n; ++j)
      for (size_t i = 0; i < m; ++i) out[j * rows + row + i] = dataOf<uint16_t>(p.get())[j * m + i];
    row += m;
  }
  return r;
}

Ref elementTest(const Args& a, bool (*test)(double re, double im)) {
  a.arity(1, 1, 1);
  const mcc_array* x = checked(a[0]);
  Ref r = newArray(MCC_CLASS_LOGICAL, false, dimsOf(x), false, a.site);
  visitClass(x->class_id, [&](auto tag) {
    using T = typename decltype(tag)::T;
    const T* p = dataOf<T>(x);
    for (size_t i = 0; i < x->numel; ++i) {
      double re = x->is_complex ? double(p[2 * i]) : double(p[i]);
      double im = x->is_complex ? double(p[2 * i + 1]) : 0.0;
      dataOf<uint8_t>(r.get())[i] = test(re, im);
    }
  });
  return r;
}

}  // namespace

// --- Element-wise functions of one argument -----------------------------------------

MCC_DEFINE_BUILTIN(abs) { unary<Abs>(a); }
MCC_DEFINE_BUILTIN(sqrt) { unary<Sqrt>(a); }
MCC_DEFINE_BUILTIN(exp) { unary<Exp>(a); }
MCC_DEFINE_BUILTIN(expm1) { unary<Expm1>(a); }
MCC_DEFINE_BUILTIN(log) { unary<Log>(a); }
MCC_DEFINE_BUILTIN(log10) { unary<Log10>(a); }
MCC_DEFINE_BUILTIN(log1p) { unary<Log1p>(a); }
MCC_DEFINE_BUILTIN(sin) { unary<Sin>(a); }
MCC_DEFINE_BUILTIN(cos) { unary<Cos>(a); }
MCC_DEFINE_BUILTIN(tan) { unary<Tan>(a); }
MCC_DEFINE_BUILTIN(asin) { unary<Asin>(a); }
MCC_DEFINE_BUILTIN(acos) { unary<Acos>(a); }
MCC_DEFINE_BUILTIN(atan) { unary<Atan>(a); }
MCC_DEFINE_BUILTIN(sinh) { unary<Sinh>(a); }
MCC_DEFINE_BUILTIN(cosh) { unary<Cosh>(a); }
MCC_DEFINE_BUILTIN(tanh) { unary<Tanh>(a); }
MCC_DEFINE_BUILTIN(asinh) { unary<Asinh>(a); }
MCC_DEFINE_BUILTIN(acosh) { unary<Acosh>(a); }
MCC_DEFINE_BUILTIN(atanh) { unary<Atanh>(a); }
MCC_DEFINE_BUILTIN(floor) { unary<Floor>(a); }
MCC_DEFINE_BUILTIN(ceil) { unary<Ceil>(a); }
MCC_DEFINE_BUILTIN(fix) { unary<Fix>(a); }
MCC_DEFINE_BUILTIN(sign) { unary<Sign>(a); }
MCC_DEFINE_BUILTIN(gamma) { unary<Gamma>(a); }
MCC_DEFINE_BUILTIN(gammaln) {
  a.arity(1, 1, 1);
  if (a[0]->is_complex) a.error("Input must be real.");
  if (isFloatClass(a[0]->class_id))
    for (double v : realValues(a[0]))
      if (v < 0) a.error("Input must be nonnegative.");
  unary<Gammaln>(a);
}
MCC_DEFINE_BUILTIN(erf) { unary<Erf>(a); }
MCC_DEFINE_BUILTIN(erfc) { unary<Erfc>(a); }
MCC_DEFINE_BUILTIN(erfinv) { unary<Erfinv>(a); }
MCC_DEFINE_BUILTIN(erfcinv) { unary<Erfcinv>(a); }
MCC_DEFINE_BUILTIN(cbrt) { unary<Cbrt>(a); }
MCC_DEFINE_BUILTIN(rad2deg) { unary<Rad2deg>(a); }
MCC_DEFINE_BUILTIN(deg2rad) { unary<Deg2rad>(a); }
MCC_DEFINE_BUILTIN(nextpow2) { unary<Nextpow2>(a); }
MCC_DEFINE_BUILTIN(sind) { unary<Sind>(a); }
MCC_DEFINE_BUILTIN(cosd) { unary<Cosd>(a); }
MCC_DEFINE_BUILTIN(tand) { unary<Tand>(a); }
MCC_DEFINE_BUILTIN(asind) { unary<Asind>(a); }
MCC_DEFINE_BUILTIN(acosd) { unary<Acosd>(a); }
MCC_DEFINE_BUILTIN(atand) { unary<Atand>(a); }
MCC_DEFINE_BUILTIN(sec) { unary<Sec>(a); }
MCC_DEFINE_BUILTIN(csc) { unary<Csc>(a); }
MCC_DEFINE_BUILTIN(cot) { unary<Cot>(a); }
MCC_DEFINE_BUILTIN(sech) { unary<Sech>(a); }
MCC_DEFINE_BUILTIN(csch) { unary<Csch>(a); }
MCC_DEFINE_BUILTIN(coth) { unary<Coth>(a); }
MCC_DEFINE_BUILTIN(acot) { unary<Acot>(a); }
MCC_DEFINE_BUILTIN(asec) { unary<Asec>(a); }
MCC_DEFINE_BUILTIN(acsc) { unary<Acsc>(a); }

// round(x) and round(x, n): n digits after the point (before it when
// negative), in the class of x.
MCC_DEFINE_BUILTIN(round) {
  a.arity(1, 2, 1);
  if (a.nargin == 1) return a.set(0, mapUnary<Round>(a[0], a.site));
  double n = a.scalar(1);
  if (n != std::floor(n)) a.error("N must be an integer.");
  if (isIntegerClass(a[0]->class_id) && n >= 0) return a.set(0, castArray(a[0], a[0]->class_id, a.site));
  uint32_t cls = a[0]->class_id == MCC_CLASS_SINGLE ? MCC_CLASS_SINGLE : MCC_CLASS_DOUBLE;
  Ref x = castArray(a[0], isIntegerClass(a[0]->class_id) ? MCC_CLASS_DOUBLE : cls, a.site);
  Ref r = newArray(x->class_id, x->is_complex, dimsOf(x.get()), false, a.site);
  double scale = std::pow(10.0, std::abs(n));
  visitClass(x->class_id, [&](auto tag) {
    using T = typename decltype(tag)::T;
    if constexpr (std::is_floating_point_v<T>) {
      size_t count = x->numel * (x->is_complex ? 2 : 1);
      for (size_t i = 0; i < count; ++i) {
        double v = double(dataOf<T>(x.get())[i]);
        double rounded = v;
        if (std::isinf(scale)) {  // beyond every digit a double has
          if (n < 0 && std::isfinite(v)) rounded = 0 * v;
        } else {
          rounded = n > 0 ? std::round(v * scale) / scale : std::round(v / scale) * scale;
          if (!std::isfinite(rounded)) rounded = v;  // v * scale overflowed: v has no such digits
        }
        dataOf<T>(r.get())[i] = T(rounded);
      }
    }
  });
  a.set(0, isIntegerClass(a[0]->class_id) ? castArray(r.get(), a[0]->class_id, a.site) : narrowComplex(std::move(r)));
}

// log2(x), and [f, e] = log2(x): x = f .* 2.^e with 0.5 <= abs(f) < 1.
MCC_DEFINE_BUILTIN(log2) {
  a.arity(1, 1, 2);
  if (a.nargout < 2) return a.set(0, mapUnary<Log2>(a[0], a.site));
  const mcc_array* x = checked(a[0]);
  if (isIntegerClass(x->class_id)) argumentTypeError("log2", a.site);
  uint32_t cls = x->class_id == MCC_CLASS_SINGLE ? MCC_CLASS_SINGLE : MCC_CLASS_DOUBLE;
  Ref xr = complexPart(x, Part::Real, a.site);
  Ref f = newArray(cls, false, dimsOf(x), false, a.site), e = newArray(cls, false, dimsOf(x), false, a.site);
  visitClass(cls, [&](auto tag) {
    using T = typename decltype(tag)::T;
    if constexpr (std::is_floating_point_v<T>) {
      std::vector<T> scratch;
      const T* p = loadAs<T>(xr.get(), scratch);
      for (size_t i = 0; i < x->numel; ++i) {
        int exponent = 0;
        dataOf<T>(f.get())[i] = std::isfinite(p[i]) ? std::frexp(p[i], &exponent) : p[i];
        dataOf<T>(e.get())[i] = T(exponent);
      }
    }
  });
  a.set(0, std::move(f));
  a.set(1, std::move(e));
}

MCC_DEFINE_BUILTIN(real) { part(a, Part::Real); }
MCC_DEFINE_BUILTIN(imag) { part(a, Part::Imag); }
MCC_DEFINE_BUILTIN(conj) { part(a, Part::Conj); }

// complex(a) and complex(a, b): a + b i, complex even where b is 0 (no
// narrowing), of class single when either is single; a and b of one size
// or one a scalar. complex(z) of a complex z is z.
MCC_DEFINE_BUILTIN(complex) {
  a.arity(1, 2, 1);
  const mcc_array* re = checked(a[0]);
  if (a.nargin == 1 && re->is_complex && isFloatClass(re->class_id)) return a.set(0, Ref::share(re));
  if (a.nargin == 2 && a[0]->numel != 1 && a[1]->numel != 1 && dimsOf(a[0]) != dimsOf(a[1]))
    a.error("Arrays have incompatible sizes for this operation.");
  Ref zero = Ref(mcc_array_from_scalar(0));
  const mcc_array* im = a.nargin == 2 ? checked(a[1]) : zero.get();
  for (const mcc_array* x : {re, im})
    if (x->is_complex || !isNumericClass(x->class_id))
      a.error(x == re ? "Input A must be numeric and real." : "Input B must be numeric and real.");
  uint32_t cls = re->class_id == MCC_CLASS_SINGLE || im->class_id == MCC_CLASS_SINGLE ? MCC_CLASS_SINGLE : MCC_CLASS_DOUBLE;
  if (a.nargin == 1) cls = re->class_id;
  if (isIntegerClass(re->class_id) || isIntegerClass(im->class_id)) notImplemented("complex integers", a.site);
  Expansion e = expand(re, im, a.site);
  Ref r = newArray(cls, true, e.out, false, a.site);
  auto fill = [&](auto tag) {
    using T = typename decltype(tag)::type;
    std::vector<T> sa, sb;
    const T* pa = loadAs<T>(re, sa);
    const T* pb = loadAs<T>(im, sb);
    forEachPair(e, pa, pb, dataOf<std::complex<T>>(r.get()), [](T x, T y) { return std::complex<T>(x, y); });
  };
  if (cls == MCC_CLASS_SINGLE) fill(std::type_identity<float>{});
  else fill(std::type_identity<double>{});
  a.set(0, std::move(r));
}

MCC_DEFINE_BUILTIN(angle) {
  a.arity(1, 1, 1);
  const mcc_array* x = checked(a[0]);
  if (isIntegerClass(x->class_id)) argumentTypeError("atan2", a.site);
  if (x->class_id == MCC_CLASS_SINGLE) return a.set(0, angleOf<float>(x, MCC_CLASS_SINGLE, a.site));
  a.set(0, angleOf<double>(x, MCC_CLASS_DOUBLE, a.site));
}

// --- Element-wise functions of two arguments ------------------------------------------

MCC_DEFINE_BUILTIN(mod) { binary<Mod>(a, "Input arguments must be real."); }
MCC_DEFINE_BUILTIN(rem) { binary<Rem>(a, "Input arguments must be real."); }
MCC_DEFINE_BUILTIN(atan2) { binary<Atan2>(a, "Argument must be real."); }
MCC_DEFINE_BUILTIN(atan2d) { binary<Atan2d>(a, "Argument must be real."); }
MCC_DEFINE_BUILTIN(hypot) { binary<Hypot>(a, "Input arguments must be real."); }
// xor(a, b): true where exactly one of a and b is nonzero, with implicit
// expansion; a NaN is an error as in logical().
MCC_DEFINE_BUILTIN(xor) {
  a.arity(2, 2, 1);
  Ref x(mcc_not(a[0], a.site));
  Ref y(mcc_not(a[1], a.site));
  a.set(0, Ref(mcc_binary(MCC_OP_NE, x.get(), y.get(), a.site)));
}
MCC_DEFINE_BUILTIN(nthroot) {
  nthrootBadArgument = false;
  binary<Nthroot>(a, "Both X and N must be real.");
  if (nthrootBadArgument) a.error("If X is negative, N must be an odd integer.");
}
MCC_DEFINE_BUILTIN(beta) {
  a.arity(2, 2, 1);
  for (uint32_t k = 0; k < 2; ++k) {
    if (a[k]->is_complex) a.error("Input arguments must be real.");
    for (double v : realValues(a[k]))
      if (v < 0) a.error("Input arguments must be real and nonnegative.");
  }
  binary<Beta>(a, "Input arguments must be real.");
}

// --- Element tests and class predicates ----------------------------------------------

MCC_DEFINE_BUILTIN(isnan) {
  a.set(0, elementTest(a, [](double re, double im) { return std::isnan(re) || std::isnan(im); }));
}
MCC_DEFINE_BUILTIN(isinf) {
  a.set(0, elementTest(a, [](double re, double im) { return std::isinf(re) || std::isinf(im); }));
}
MCC_DEFINE_BUILTIN(isfinite) {
  a.set(0, elementTest(a, [](double re, double im) { return std::isfinite(re) && std::isfinite(im); }));
}

#define MCC_CLASS_PREDICATE(name, test)           \
  MCC_DEFINE_BUILTIN(name) {                      \
    a.arity(1, 1, 1);                             \
    const mcc_array* x = a[0]; /* any class */    \
    a.set(0, boolResult(test));                   \
  }
MCC_CLASS_PREDICATE(isreal, isValueClass(x->class_id) && !x->is_complex)
MCC_CLASS_PREDICATE(isnumeric, isNumericClass(x->class_id))
MCC_CLASS_PREDICATE(ischar, x->class_id == MCC_CLASS_CHAR)
MCC_CLASS_PREDICATE(islogical, x->class_id == MCC_CLASS_LOGICAL)
MCC_CLASS_PREDICATE(isfloat, isFloatClass(x->class_id))
MCC_CLASS_PREDICATE(isinteger, isIntegerClass(x->class_id))
#undef MCC_CLASS_PREDICATE

// --- Conversions -------------------------------------------------------------------------

MCC_DEFINE_BUILTIN(double) {
  // double(s) reads the numbers a string array's texts write.
  if (a.nargin == 1 && isStringArray(a[0])) return mcc_bi_str2double(a.nargout, a.out, a.nargin, a.in, a.site);
  a.set(0, convert(a, MCC_CLASS_DOUBLE));
}
MCC_DEFINE_BUILTIN(single) { a.set(0, convert(a, MCC_CLASS_SINGLE)); }
MCC_DEFINE_BUILTIN(logical) { a.set(0, convert(a, MCC_CLASS_LOGICAL)); }
MCC_DEFINE_BUILTIN(int8) { a.set(0, convert(a, MCC_CLASS_INT8)); }
MCC_DEFINE_BUILTIN(uint8) { a.set(0, convert(a, MCC_CLASS_UINT8)); }
MCC_DEFINE_BUILTIN(int16) { a.set(0, convert(a, MCC_CLASS_INT16)); }
MCC_DEFINE_BUILTIN(uint16) { a.set(0, convert(a, MCC_CLASS_UINT16)); }
MCC_DEFINE_BUILTIN(int32) { a.set(0, convert(a, MCC_CLASS_INT32)); }
MCC_DEFINE_BUILTIN(uint32) { a.set(0, convert(a, MCC_CLASS_UINT32)); }
MCC_DEFINE_BUILTIN(int64) { a.set(0, convert(a, MCC_CLASS_INT64)); }
MCC_DEFINE_BUILTIN(uint64) { a.set(0, convert(a, MCC_CLASS_UINT64)); }

MCC_DEFINE_BUILTIN(char) {
  a.arity(0, UINT32_MAX, 1);
  if (runAsText(a, mcc_bi_char, TextOut::Same)) return;
  if (a.nargin == 0) return a.set(0, fromText(""));
  if (a.nargin == 1 && a[0]->class_id != MCC_CLASS_CELL) return a.set(0, convert(a, MCC_CLASS_CHAR));
  a.set(0, charRows(a));
}

// --- Constants ------------------------------------------------------------------------------

MCC_DEFINE_BUILTIN(pi) {
  a.arity(0, UINT32_MAX, 1);
  a.set(0, filled(a, std::numbers::pi, std::numbers::pi_v<float>));
}
MCC_DEFINE_BUILTIN(Inf) {
  a.arity(0, UINT32_MAX, 1);
  a.set(0, filled(a, HUGE_VAL, HUGE_VALF));
}
MCC_DEFINE_BUILTIN(inf) { mcc_bi_Inf(a.nargout, a.out, a.nargin, a.in, a.site); }
MCC_DEFINE_BUILTIN(NaN) {
  a.arity(0, UINT32_MAX, 1);
  a.set(0, filled(a, NAN, NAN));
}
MCC_DEFINE_BUILTIN(nan) { mcc_bi_NaN(a.nargout, a.out, a.nargin, a.in, a.site); }
MCC_DEFINE_BUILTIN(true) {
  a.arity(0, UINT32_MAX, 1);
  a.set(0, logicalFilled(a, true));
}
MCC_DEFINE_BUILTIN(false) {
  a.arity(0, UINT32_MAX, 1);
  a.set(0, logicalFilled(a, false));
}

// eps, eps('single'), eps(x) (the distance from abs(x) to the next larger
// number of x's class), and eps(sizes..., class).
MCC_DEFINE_BUILTIN(eps) {
  a.arity(0, UINT32_MAX, 1);
  if (a.nargin == 1 && a[0]->class_id != MCC_CLASS_CHAR && !a.isText(0)) {
    const mcc_array* x = checked(a[0]);
    if (x->class_id != MCC_CLASS_SINGLE && x->class_id != MCC_CLASS_DOUBLE)
      a.error("Class must be 'single' or 'double'.");
    Ref re = complexPart(x, Part::Real, a.site);
    Ref r = newArray(x->class_id, false, dimsOf(x), false, a.site);
    visitClass(x->class_id, [&](auto tag) {
      using T = typename decltype(tag)::T;
      if constexpr (std::is_floating_point_v<T>)
        for (size_t i = 0; i < x->numel; ++i) dataOf<T>(r.get())[i] = spacing(dataOf<T>(re.get())[i]);
    });
    return a.set(0, std::move(r));
  }
  a.set(0, filled(a, DBL_EPSILON, FLT_EPSILON));
}

MCC_DEFINE_BUILTIN(intmax) { a.set(0, integerLimit(a, true)); }
MCC_DEFINE_BUILTIN(intmin) { a.set(0, integerLimit(a, false)); }

MCC_DEFINE_BUILTIN(realmax) { a.set(0, floatConstant(a, DBL_MAX, FLT_MAX)); }
MCC_DEFINE_BUILTIN(realmin) { a.set(0, floatConstant(a, DBL_MIN, FLT_MIN)); }
MCC_DEFINE_BUILTIN(flintmax) { a.set(0, floatConstant(a, 9007199254740992.0, 16777216.0f)); }
