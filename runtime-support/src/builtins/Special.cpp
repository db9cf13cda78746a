// Builtins of special.def: the incomplete gamma and beta functions
// (gammainc, betainc), the exponential integral E1 (expint), Bessel
// functions of real order (besselj, bessely, besseli, besselk), the
// associated Legendre functions (legendre), digamma and polygamma (psi),
// betaln, the complete elliptic integrals (ellipke) and the Airy functions
// (airy). The values come from
// Boost.Math (header-only, Boost Software License), evaluated with errors
// turned into NaN and Inf as MATLAB gives them; arguments broadcast by
// implicit expansion. Results are single when an input is single.
// Tests: conformance math_special_functions, math_special_functions2
// (Octave 7.3).
#include <boost/math/special_functions/airy.hpp>
#include <boost/math/special_functions/bessel.hpp>
#include <boost/math/special_functions/beta.hpp>
#include <boost/math/special_functions/digamma.hpp>
#include <boost/math/special_functions/ellint_1.hpp>
#include <boost/math/special_functions/ellint_2.hpp>
#include <boost/math/special_functions/expint.hpp>
#include <boost/math/special_functions/gamma.hpp>
#include <boost/math/special_functions/legendre.hpp>
#include <boost/math/special_functions/polygamma.hpp>

#include <algorithm>
#include <cmath>
#include <complex>
#include <limits>
#include <numbers>
#include <vector>

#include "builtins/Builtin.h"
#include "builtins/Layout.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

namespace bmp = boost::math::policies;
// Domain errors give NaN, poles and overflow Inf: nothing throws.
using Quiet = bmp::policy<bmp::domain_error<bmp::ignore_error>, bmp::pole_error<bmp::ignore_error>,
                          bmp::overflow_error<bmp::ignore_error>, bmp::underflow_error<bmp::ignore_error>,
                          bmp::evaluation_error<bmp::ignore_error>, bmp::rounding_error<bmp::ignore_error>,
                          bmp::indeterminate_result_error<bmp::ignore_error>>;

const double NaN = std::numeric_limits<double>::quiet_NaN();
const double Inf = std::numeric_limits<double>::infinity();

// Inputs 0..count-1 as real doubles, checked; broadcast by implicit
// expansion, or (sameSize, gammainc and betainc) only scalars against arrays.
struct Operands {
  ExpandedAll shape;
  std::vector<std::vector<double>> values;
  uint32_t cls = MCC_CLASS_DOUBLE;
  double at(size_t k, size_t i) const { return values[k][shape.at[k][i]]; }
  size_t size() const { return shape.at.empty() ? 0 : shape.at[0].size(); }
};
Operands operands(const Args& a, uint32_t count, const std::string& realText, const char* sameSize = nullptr) {
  Operands o;
  std::vector<const mcc_array*> xs;
  for (uint32_t k = 0; k < count; ++k) {
    const mcc_array* x = a[k];
    if (!isValueClass(x->class_id) || x->class_id == MCC_CLASS_CHAR || x->is_complex) a.error(realText);
    if (isIntegerClass(x->class_id)) a.error("Inputs must be real, full, and double or single.");
    if (x->class_id == MCC_CLASS_SINGLE) o.cls = MCC_CLASS_SINGLE;
    xs.push_back(x);
    o.values.push_back(realValues(x));
  }
  const mcc_array* array = nullptr;
  for (const mcc_array* x : xs) {
    if (!sameSize || x->numel == 1) continue;
    if (array && dimsOf(x) != dimsOf(array)) a.error(sameSize);
    array = x;
  }
  o.shape = expandAll(xs, a.site);
  return o;
}

// f(x0, x1, ...) of each element of the broadcast operands, in a real result.
template <class F> Ref mapped(const Operands& o, F f, const mcc_site* site) {
  std::vector<double> v(o.size()), args(o.values.size());
  for (size_t i = 0; i < o.size(); ++i) {
    for (size_t k = 0; k < args.size(); ++k) args[k] = o.at(k, i);
    v[i] = f(args);
  }
  return floatArray(o.cls == MCC_CLASS_SINGLE, o.shape.out, v, site);
}

// A result of class cls from real and imaginary parts: complex when any
// imaginary part is nonzero.
Ref result(uint32_t cls, const Dims& dims, const std::vector<double>& re, const std::vector<double>& im,
           const mcc_site* site) {
  bool complex = std::any_of(im.begin(), im.end(), [](double v) { return v != 0; });
  if (!complex) return floatArray(cls == MCC_CLASS_SINGLE, dims, re, site);
  Ref r = newArray(cls, true, dims, false, site);
  for (size_t i = 0; i < re.size(); ++i) {
    if (cls == MCC_CLASS_SINGLE) {
      dataOf<float>(r.get())[2 * i] = float(re[i]);
      dataOf<float>(r.get())[2 * i + 1] = float(im[i]);
    } else {
      dataOf<double>(r.get())[2 * i] = re[i];
      dataOf<double>(r.get())[2 * i + 1] = im[i];
    }
  }
  return r;
}

// The tail option of gammainc and betainc at input k.
enum class Tail { Lower, Upper, ScaledLower, ScaledUpper };
Tail tailAt(const Args& a, uint32_t k, bool scaledAllowed, const char* fname) {
  if (k >= a.nargin) return Tail::Lower;
  std::string t = a.isText(k) ? option(a, k) : "";
  if (t == "lower") return Tail::Lower;
  if (t == "upper") return Tail::Upper;
  if (scaledAllowed && t == "scaledlower") return Tail::ScaledLower;
  if (scaledAllowed && t == "scaledupper") return Tail::ScaledUpper;
  a.error(std::string(fname) + ": invalid value for TAIL.");
}

// The regularised incomplete gamma function P(a, x) (or Q, or the scaled
// forms P*Gamma(a+1)*e^x/x^a and Q*...) at x >= 0, a >= 0.
double incompleteGamma(double x, double s, Tail tail) {
  if (x != x || s != s) return NaN;
  bool upper = tail == Tail::Upper || tail == Tail::ScaledUpper;
  double v;
  if (s == 0)
    v = upper ? 0 : 1;  // the limit a -> 0: all of the mass at 0
  else if (x == Inf)
    v = upper ? 0 : 1;
  else
    v = upper ? boost::math::gamma_q(s, x, Quiet()) : boost::math::gamma_p(s, x, Quiet());
  if (tail == Tail::Lower || tail == Tail::Upper) return v;
  if (x == 0) return upper ? Inf : 1;
  return v * std::exp(x + std::lgamma(s + 1) - s * std::log(x));
}

// J_nu(x) and Y_nu(x) for real x; a negative x takes the principal branch
// (arg(x) = pi): J_nu(-x) = e^(i nu pi) J_nu(x), Y_nu(-x) = e^(-i nu pi)
// Y_nu(x) + 2i cos(nu pi) J_nu(x) (DLMF 10.11.1-2).
std::complex<double> bessel(bool second, double nu, double x) {
  if (x != x || nu != nu) return NaN;
  double ax = std::fabs(x);
  bool integer = nu == std::floor(nu);
  auto j = [&](double z) {
    if (integer && std::fabs(nu) < 2147483647.0) return boost::math::cyl_bessel_j(int(nu), z, Quiet());
    return boost::math::cyl_bessel_j(nu, z, Quiet());
  };
  auto y = [&](double z) {
    if (z == 0) return -Inf;
    if (integer && std::fabs(nu) < 2147483647.0) return boost::math::cyl_neumann(int(nu), z, Quiet());
    return boost::math::cyl_neumann(nu, z, Quiet());
  };
  if (ax == Inf) return 0.0;
  if (!second) {
    double v = j(ax);
    if (x >= 0) return v;
    if (integer) return std::fmod(std::fabs(nu), 2) == 1 ? -v : v;
    return std::polar(1.0, nu * std::numbers::pi) * v;
  }
  double v = y(ax);
  if (x >= 0 || v == -Inf) return v;
  std::complex<double> phase = integer ? std::complex<double>(std::fmod(std::fabs(nu), 2) == 1 ? -1 : 1, 0)
                                       : std::polar(1.0, -nu * std::numbers::pi);
  return phase * v + std::complex<double>(0, 2 * std::cos(nu * std::numbers::pi)) * j(ax);
}

// The modified Bessel functions for real x: I_nu(x) (second false) or
// K_nu(x), each times exp(-|x|) (I) or exp(x) (K) when scaled. A negative x
// takes the principal branch: I_nu(-x) = e^(i nu pi) I_nu(x), K_nu(-x) =
// e^(-i nu pi) K_nu(x) - i pi I_nu(x) (DLMF 10.34.1-2). Past x = 500 the
// scaled values come from Hankel's expansion (DLMF 10.40.1-2), where the
// unscaled ones overflow.
std::complex<double> modifiedBessel(bool second, double nu, double x, bool scaled) {
  if (x != x || nu != nu) return NaN;
  double ax = std::fabs(x);
  bool integer = nu == std::floor(nu);
  auto hankel = [&](bool k) {
    double mu = 4 * nu * nu, term = 1, sum = 1;
    for (int j = 1; j < 60; ++j) {
      term *= (mu - (2.0 * j - 1) * (2.0 * j - 1)) / (j * 8 * ax) * (k ? 1 : -1);
      sum += term;
      if (std::fabs(term) < 1e-17 * std::fabs(sum)) break;
    }
    return k ? std::sqrt(std::numbers::pi / (2 * ax)) * sum : sum / std::sqrt(2 * std::numbers::pi * ax);
  };
  bool asymptotic = scaled && ax > 500 && std::fabs(nu) < 0.1 * ax;
  auto i = [&](double z) -> double {  // I_nu(z), scaled by exp(-z) when asked
    if (z == Inf) return scaled ? 0 : Inf;
    if (asymptotic) return hankel(false);
    double v = integer && std::fabs(nu) < 2147483647.0 ? boost::math::cyl_bessel_i(int(nu), z, Quiet())
                                                         : boost::math::cyl_bessel_i(nu, z, Quiet());
    return scaled ? v * std::exp(-z) : v;
  };
  auto k = [&](double z) -> double {  // K_nu(z), scaled by exp(z) when asked
    if (z == 0) return Inf;
    if (z == Inf) return 0;
    if (asymptotic) return hankel(true);
    double v = boost::math::cyl_bessel_k(std::fabs(nu), z, Quiet());
    return scaled ? v * std::exp(z) : v;
  };
  std::complex<double> turn = integer ? std::complex<double>(std::fmod(std::fabs(nu), 2) == 1 ? -1 : 1, 0)
                                      : std::polar(1.0, nu * std::numbers::pi);
  if (!second) {
    double v = i(ax);
    return x >= 0 ? std::complex<double>(v) : turn * v;
  }
  double v = k(ax);
  if (x >= 0) return v;
  // K_nu(x) for x < 0; scaled, times exp(x) = exp(-|x|) where I's scale
  // and K's at |x| are exp(-|x|) and exp(|x|).
  std::complex<double> kv = std::conj(turn) * v, iv(0, -std::numbers::pi * i(ax));
  if (scaled) kv *= std::exp(-2 * ax);
  return kv + iv;
}

// besselj, bessely, besseli, besselk: (nu, x), (nu, x, 1) (scaled: J and Y
// by exp(-abs(imag(x))), 1 for real x; I by exp(-abs(x)), K by exp(x)) and
// [W, ierr] = ... with ierr 0.
enum class BesselKind { J, Y, I, K };
void besselBuiltin(const Args& a, BesselKind kind) {
  const char* fname = kind == BesselKind::J ? "besselj" : kind == BesselKind::Y ? "bessely"
                      : kind == BesselKind::I ? "besseli" : "besselk";
  a.arity(2, 3, 2);
  for (uint32_t k = 0; k < 2; ++k)
    if (a[k]->is_complex) notImplemented(std::string(fname) + " of complex arguments", a.site);
  bool scaled = false;
  if (a.nargin > 2) {
    if (a[2]->numel != 1 || a.isText(2)) a.error(std::string(fname) + ": OPT must be 0 or 1.");
    double opt = a.scalar(2);
    if (opt != 0 && opt != 1) a.error(std::string(fname) + ": OPT must be 0 or 1.");
    scaled = opt == 1;
  }
  Operands o = operands(a, 2, std::string(fname) + ": NU and X must be numeric.");
  std::vector<double> re(o.size()), im(o.size());
  for (size_t i = 0; i < o.size(); ++i) {
    double nu = o.at(0, i), x = o.at(1, i);
    std::complex<double> v = kind == BesselKind::J || kind == BesselKind::Y
                                 ? bessel(kind == BesselKind::Y, nu, x)
                                 : modifiedBessel(kind == BesselKind::K, nu, x, scaled);
    re[i] = v.real();
    im[i] = v.imag();
  }
  a.set(0, result(o.cls, o.shape.out, re, im, a.site));
  a.set(1, floatArray(false, o.shape.out, std::vector<double>(o.size(), 0), a.site));
}

// The Airy function airy(k, x) of real x: Ai, Ai', Bi, Bi' for k = 0..3;
// scaled, Ai and Ai' times exp(zeta) and Bi and Bi' times
// exp(-|real(zeta)|), zeta = 2/3 x^(3/2) (complex for x < 0).
std::complex<double> airyValue(int k, double x, bool scaled) {
  if (x != x) return NaN;
  double v;
  switch (k) {
    case 0: v = x == Inf ? 0 : x == -Inf ? 0 : boost::math::airy_ai(x, Quiet()); break;
    case 1: v = x == Inf ? 0 : boost::math::airy_ai_prime(x, Quiet()); break;
    case 2: v = x == Inf ? Inf : x == -Inf ? 0 : boost::math::airy_bi(x, Quiet()); break;
    default: v = x == Inf ? Inf : boost::math::airy_bi_prime(x, Quiet()); break;
  }
  if (!scaled) return v;
  std::complex<double> zeta = 2.0 / 3.0 * std::pow(std::complex<double>(x, 0), 1.5);
  if (x >= 0) zeta = 2.0 / 3.0 * x * std::sqrt(x);
  if (k < 2) return v * std::exp(zeta);
  return v * std::exp(-std::fabs(zeta.real()));
}

}  // namespace

// gammainc(x, a), gammainc(x, a, tail): P(a, x) = 1/Gamma(a) * integral
// from 0 to x of t^(a-1) e^-t dt; 'upper' is 1 - P (computed directly).
MCC_DEFINE_BUILTIN(gammainc) {
  a.arity(2, 3, 1);
  Tail tail = tailAt(a, 2, true, "gammainc");
  Operands o = operands(a, 2, "gammainc: all inputs must be real.", "gammainc: X and A must be of common size or scalars.");
  a.set(0, mapped(o, [&](const std::vector<double>& v) {
          if (v[1] < 0) a.error("gammainc: A must be non-negative.");
          if (v[0] < 0) notImplemented("gammainc of negative X", a.site);
          return incompleteGamma(v[0], v[1], tail);
        }, a.site));
}

// betainc(x, a, b), betainc(x, a, b, tail): I_x(a, b), the regularised
// incomplete beta function; 'upper' is 1 - I_x(a, b) (computed directly).
MCC_DEFINE_BUILTIN(betainc) {
  a.arity(3, 4, 1);
  Tail tail = tailAt(a, 3, false, "betainc");
  Operands o = operands(a, 3, "betainc: all inputs must be real.", "betainc: X, A, and B must be of common size or scalars.");
  a.set(0, mapped(o, [&](const std::vector<double>& v) {
          double x = v[0], p = v[1], q = v[2];
          if (x < 0 || x > 1) a.error("betainc: X must be in the range [0, 1].");
          if (p < 0) a.error("betainc: A must be non-negative.");
          if (q < 0) a.error("betainc: B must be non-negative.");
          if (x != x || p != p || q != q) return NaN;
          return tail == Tail::Upper ? boost::math::ibetac(p, q, x, Quiet()) : boost::math::ibeta(p, q, x, Quiet());
        }, a.site));
}

// expint(x): E1(x) = integral from x to Inf of e^-t / t dt; for x < 0 the
// principal value, -Ei(-x) - i pi.
MCC_DEFINE_BUILTIN(expint) {
  a.arity(1, 1, 1);
  if (a[0]->is_complex) notImplemented("expint of complex values", a.site);
  Operands o = operands(a, 1, "expint: X must be numeric.");
  std::vector<double> re(o.size()), im(o.size(), 0);
  for (size_t i = 0; i < o.size(); ++i) {
    double x = o.at(0, i);
    if (x != x) re[i] = NaN;
    else if (x == 0) re[i] = Inf;
    else if (x == Inf) re[i] = 0;
    else if (x > 0) re[i] = boost::math::expint(1, x, Quiet());
    else {
      re[i] = x == -Inf ? -Inf : -boost::math::expint(-x, Quiet());
      im[i] = -std::numbers::pi;
    }
  }
  a.set(0, result(o.cls, o.shape.out, re, im, a.site));
}

MCC_DEFINE_BUILTIN(besselj) { besselBuiltin(a, BesselKind::J); }
MCC_DEFINE_BUILTIN(bessely) { besselBuiltin(a, BesselKind::Y); }
MCC_DEFINE_BUILTIN(besseli) { besselBuiltin(a, BesselKind::I); }
MCC_DEFINE_BUILTIN(besselk) { besselBuiltin(a, BesselKind::K); }

// psi(x): the digamma function; psi(k, x): its k-th derivative (polygamma).
MCC_DEFINE_BUILTIN(psi) {
  a.arity(1, 2, 1);
  int order = 0;
  if (a.nargin == 2) {
    if (a[0]->numel != 1 || a.isText(0) || a[0]->is_complex) a.error("psi: K must be a non-negative integer.");
    double k = a.scalar(0);
    if (k < 0) a.error("psi: K must be non-negative");
    if (k != std::floor(k)) a.error("psi: K must be an integer");
    order = int(std::min(k, 1e6));
  }
  uint32_t at = a.nargin - 1;
  if (a[at]->is_complex) notImplemented("psi of complex values", a.site);
  if (!isValueClass(a[at]->class_id) || a[at]->class_id == MCC_CLASS_CHAR || isIntegerClass(a[at]->class_id))
    a.error("psi: Z must be a floating point");
  std::vector<double> x = realValues(a[at]), v(x.size());
  for (size_t i = 0; i < x.size(); ++i) {
    double z = x[i];
    if (z != z) v[i] = NaN;
    else if (order == 0)
      v[i] = z == Inf ? Inf : z == std::floor(z) && z <= 0 ? -Inf : boost::math::digamma(z, Quiet());
    else if (z == Inf)
      v[i] = 0;
    else if (z == std::floor(z) && z <= 0)
      v[i] = NaN;
    else
      v[i] = boost::math::polygamma(order, z, Quiet());
  }
  a.set(0, floatArray(a[at]->class_id == MCC_CLASS_SINGLE, dimsOf(a[at]), v, a.site));
}

// betaln(z, w) = log(beta(z, w)), without beta's overflow.
MCC_DEFINE_BUILTIN(betaln) {
  a.arity(2, 2, 1);
  Operands o = operands(a, 2, "betaln: A and B must be real", "betaln: A and B must have consistent sizes");
  a.set(0, mapped(o, [](const std::vector<double>& v) {
          return std::lgamma(v[0]) + std::lgamma(v[1]) - std::lgamma(v[0] + v[1]);
        }, a.site));
}

// [K, E] = ellipke(m), ellipke(m, tol): the complete elliptic integrals of
// the first and second kind of parameter m <= 1 (full precision whatever
// tol); m < 0 through the imaginary-modulus transformation (DLMF 19.7.2).
MCC_DEFINE_BUILTIN(ellipke) {
  a.arity(1, 2, 2);
  Operands o = operands(a, 1, "ellipke: M must be real");
  std::vector<double> k(o.size()), e(o.size());
  for (size_t i = 0; i < o.size(); ++i) {
    double m = o.at(0, i);
    if (m > 1) a.error("ellipke: M must be <= 1");
    if (m != m) {
      k[i] = e[i] = NaN;
    } else if (m == 1) {
      k[i] = Inf;
      e[i] = 1;
    } else if (m == -Inf) {
      k[i] = 0;
      e[i] = Inf;
    } else {
      double scale = m < 0 ? std::sqrt(1 - m) : 1, mm = m < 0 ? -m / (1 - m) : m;
      k[i] = boost::math::ellint_1(std::sqrt(mm), Quiet()) / scale;
      e[i] = boost::math::ellint_2(std::sqrt(mm), Quiet()) * scale;
    }
  }
  a.set(0, floatArray(o.cls == MCC_CLASS_SINGLE, o.shape.out, k, a.site));
  a.set(1, floatArray(o.cls == MCC_CLASS_SINGLE, o.shape.out, e, a.site));
}

// airy(x), airy(k, x), airy(k, x, 1) and [W, ierr] = ... (ierr 0).
MCC_DEFINE_BUILTIN(airy) {
  a.arity(1, 3, 2);
  int k = 0;
  bool scaled = false;
  if (a.nargin > 1) {
    double kd = a[0]->numel == 1 && !a.isText(0) ? a.scalar(0) : -1;
    if (kd != 0 && kd != 1 && kd != 2 && kd != 3) a.error("airy: K must be 0, 1, 2, or 3");
    k = int(kd);
  }
  if (a.nargin > 2) {
    double opt = a[2]->numel == 1 && !a.isText(2) ? a.scalar(2) : -1;
    if (opt != 0 && opt != 1) a.error("airy: OPT must be 0 or 1");
    scaled = opt == 1;
  }
  uint32_t at = a.nargin > 1 ? 1 : 0;
  if (a[at]->is_complex) notImplemented("airy of complex values", a.site);
  if (!isValueClass(a[at]->class_id) || a[at]->class_id == MCC_CLASS_CHAR) a.error("airy: Z must be numeric");
  std::vector<double> x = realValues(a[at]), re(x.size()), im(x.size());
  for (size_t i = 0; i < x.size(); ++i) {
    std::complex<double> v = airyValue(k, x[i], scaled);
    re[i] = v.real();
    im[i] = v.imag();
  }
  uint32_t cls = a[at]->class_id == MCC_CLASS_SINGLE ? MCC_CLASS_SINGLE : MCC_CLASS_DOUBLE;
  a.set(0, result(cls, dimsOf(a[at]), re, im, a.site));
  a.set(1, floatArray(false, dimsOf(a[at]), std::vector<double>(x.size(), 0), a.site));
}

// legendre(n, x), legendre(n, x, normalization): P_n^m(x) for m = 0..n in
// rows, with the Condon-Shortley phase (-1)^m ('unnorm', the default), or
// Schmidt semi-normalised ('sch') or fully normalised ('norm'). The result
// is (n+1)-by-size(x), (n+1)-by-numel(x) for a vector x.
MCC_DEFINE_BUILTIN(legendre) {
  a.arity(2, 3, 1);
  const char* badN = "legendre: N must be a real non-negative integer.";
  if (a[0]->numel != 1 || a[0]->is_complex || a.isText(0)) a.error(badN);
  double nd = a.scalar(0);
  if (!(nd >= 0) || nd != std::floor(nd)) a.error(badN);
  std::string norm = "unnorm";
  if (a.nargin > 2) {
    norm = a.isText(2) ? option(a, 2) : "";
    if (norm != "unnorm" && norm != "sch" && norm != "norm")
      a.error("legendre: NORMALIZATION option must be \"unnorm\", \"norm\", or \"sch\".");
  }
  const mcc_array* x = a[1];
  const char* badX = "legendre: X must be real-valued vector in the range -1 <= X <= 1.";
  if (!isValueClass(x->class_id) || x->class_id == MCC_CLASS_CHAR || x->is_complex) a.error(badX);
  std::vector<double> xs = realValues(x);
  for (double v : xs)
    if (v < -1 || v > 1) a.error(badX);
  int n = int(nd);
  size_t rows = size_t(n) + 1;
  std::vector<double> v(rows * xs.size());
  for (size_t i = 0; i < xs.size(); ++i)
    for (int m = 0; m <= n; ++m) {
      double p = boost::math::legendre_p(n, m, xs[i], Quiet());
      if (norm != "unnorm" && m > 0) {
        double ratio = std::exp(0.5 * (std::lgamma(double(n - m + 1)) - std::lgamma(double(n + m + 1))));
        p *= (m % 2 ? -1 : 1) * ratio * (norm == "sch" ? std::sqrt(2.0) : std::sqrt(n + 0.5));
      } else if (norm == "norm") {
        p *= std::sqrt(n + 0.5);
      }
      v[i * rows + size_t(m)] = p;
    }
  Dims dims{rows};
  if (isVectorShape(x)) {
    dims.push_back(x->numel);
  } else {
    Dims d = dimsOf(x);
    dims.insert(dims.end(), d.begin(), d.end());
  }
  uint32_t cls = x->class_id == MCC_CLASS_SINGLE ? MCC_CLASS_SINGLE : MCC_CLASS_DOUBLE;
  a.set(0, floatArray(cls == MCC_CLASS_SINGLE, normalizeDims(dims), v, a.site));
}
