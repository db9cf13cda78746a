// Builtins of numtheory.def: factorial, nchoosek (counts and combinations),
// perms,
// primes, isprime, factor, gcd (with Bezout coefficients), lcm, rat and
// rats (rat's approximations as MATLAB lays them out in text).
//
// Values are handled as long doubles, exact for every integer class and
// for doubles up to flintmax; results keep the class of the input where
// MATLAB does (primes(int16(20)) is int16) and saturate there.
// Tests: tests/conformance/programs/math_number_theory.m, math_rats_matlab.m.
#include <algorithm>
#include <cmath>
#include <complex>
#include <cstdio>
#include <string>
#include <vector>

#include "builtins/Builtin.h"
#include "builtins/Layout.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

bool isWhole(long double v) { return std::isfinite(v) && v == std::floor(v); }

// The class of an element-wise result of two inputs (an integer class wins,
// then single).
uint32_t pairClass(const Args& a, const mcc_array* x, const mcc_array* y) {
  uint32_t cx = x->class_id, cy = y->class_id;
  if (isIntegerClass(cx) && isIntegerClass(cy) && cx != cy)
    a.error("Integers can only be combined with integers of the same class, or scalar doubles.");
  if (isIntegerClass(cx)) return cx;
  if (isIntegerClass(cy)) return cy;
  return cx == MCC_CLASS_SINGLE || cy == MCC_CLASS_SINGLE ? MCC_CLASS_SINGLE : MCC_CLASS_DOUBLE;
}

void requireReal(const Args& a, uint32_t k, const char* text) {
  if (!isValueClass(a[k]->class_id) || a[k]->is_complex) a.error(text);
}

// --- factorial, nchoosek --------------------------------------------------------------

void factorialBuiltin(const Args& a) {
  a.arity(1, 1, 1);
  const char* bad = "N must be an array of real non-negative integers.";
  requireReal(a, 0, bad);
  std::vector<long double> v = wideValues(a[0]);
  std::vector<long double> r(v.size());
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i] != v[i]) {
      r[i] = v[i];
      continue;
    }
    if (v[i] < 0 || !(v[i] == std::floor(v[i]))) a.error(bad);
    // A running product in double, as MATLAB's cumprod-based factorial.
    double p = 1;
    for (long double k = 2; k <= v[i] && std::isfinite(p); ++k) p *= static_cast<double>(k);
    r[i] = p;
  }
  a.set(0, fromWide(numericClass(a[0]), dimsOf(a[0]), r, a.site));
}

void nchoosekBuiltin(const Args& a) {
  a.arity(2, 2, 1);
  const mcc_array* v = checked(a[0]);
  requireReal(a, 0, "The first input must be a real, non-negative integer scalar or a vector.");
  std::vector<long double> kv = wideValues(a[1]);
  if (kv.size() != 1 || kv[0] < 0 || !isWhole(kv[0])) a.error("K must be an integer scalar greater than or equal to 0.");
  size_t k = static_cast<size_t>(kv[0]);
  if (v->numel == 1) {
    long double n = wideValues(v)[0];
    if (n < 0 || !isWhole(n)) a.error("N must be a non-negative integer.");
    if (kv[0] > n) a.error("K must be an integer between 0 and N.");
    long double m = std::min<long double>(kv[0], n - kv[0]), c = 1;
    for (long double i = 1; i <= m; ++i) c = std::round(c * (n - m + i) / i);
    if (c > 9007199254740992.0L) {
      std::fflush(stdout);
      std::fprintf(stderr, "Warning: Result may not be exact. Coefficient is greater than 9.007199e+15 and is only "
                           "accurate to 15 digits\n");
    }
    a.set(0, fromWide(numericClass(v), {1, 1}, {c}, a.site));
    return;
  }
  if (!isVectorShape(v) && v->numel) a.error("The first input must be a real, non-negative integer scalar or a vector.");
  // All combinations of k elements of v, in lexicographic order of positions.
  size_t n = v->numel;
  std::vector<std::vector<size_t>> rows;
  if (k <= n) {
    std::vector<size_t> pick(k);
    for (size_t i = 0; i < k; ++i) pick[i] = i;
    while (true) {
      rows.push_back(pick);
      size_t i = k;
      while (i > 0 && pick[i - 1] == n - k + i - 1) --i;
      if (i == 0) break;
      ++pick[i - 1];
      for (size_t j = i; j < k; ++j) pick[j] = pick[j - 1] + 1;
    }
  }
  a.set(0, gathered(v, {rows.size(), k}, [&](size_t, const std::vector<size_t>& sub) { return rows[sub[0]][sub[1]]; },
                    a.site));
}

// perms(v): the n! orderings of v's elements, one per row, in reverse
// lexicographic order of positions (perms([1 2 3]) starts [3 2 1] and
// ends [1 2 3]), of v's class.
void permsBuiltin(const Args& a) {
  a.arity(1, 1, 1);
  const mcc_array* v = checked(a[0]);
  if (!isVectorShape(v) && v->numel) a.error("Input must be a vector.");
  size_t n = v->numel;
  if (n > 11) a.error("Maximum variable size allowed by the program is exceeded.");
  std::vector<std::vector<size_t>> rows;
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = n - 1 - i;
  do rows.push_back(order);
  while (std::prev_permutation(order.begin(), order.end()));
  a.set(0, gathered(v, {rows.size(), n}, [&](size_t, const std::vector<size_t>& sub) { return rows[sub[0]][sub[1]]; },
                    a.site));
}

// --- primes, isprime, factor ----------------------------------------------------------

std::vector<uint8_t> sieve(size_t n) {
  std::vector<uint8_t> composite(n + 1, 0);
  for (size_t p = 2; p * p <= n; ++p)
    if (!composite[p])
      for (size_t q = p * p; q <= n; q += p) composite[q] = 1;
  return composite;
}

void primesBuiltin(const Args& a) {
  a.arity(1, 1, 1);
  double n = a.scalar(0);
  std::vector<long double> r;
  if (n >= 2) {
    if (n > 4e9) a.error("Maximum variable size allowed by the program is exceeded.");
    size_t m = static_cast<size_t>(std::floor(n));
    std::vector<uint8_t> composite = sieve(m);
    for (size_t p = 2; p <= m; ++p)
      if (!composite[p]) r.push_back(static_cast<long double>(p));
  }
  a.set(0, fromWide(numericClass(a[0]), {1, r.size()}, r, a.site));
}

uint64_t mulmod(uint64_t x, uint64_t y, uint64_t m) { return static_cast<uint64_t>((unsigned __int128)x * y % m); }
uint64_t powmod(uint64_t b, uint64_t e, uint64_t m) {
  uint64_t r = 1;
  for (b %= m; e; e >>= 1, b = mulmod(b, b, m))
    if (e & 1) r = mulmod(r, b, m);
  return r;
}
// Deterministic Miller-Rabin for all 64-bit n.
bool isPrime(uint64_t n) {
  if (n < 2) return false;
  for (uint64_t p : {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37})
    if (n % p == 0) return n == p;
  uint64_t d = n - 1;
  int s = 0;
  while (!(d & 1)) d >>= 1, ++s;
  for (uint64_t b : {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37}) {
    uint64_t x = powmod(b, d, n);
    if (x == 1 || x == n - 1) continue;
    bool witness = true;
    for (int r = 1; r < s && witness; ++r) {
      x = mulmod(x, x, n);
      if (x == n - 1) witness = false;
    }
    if (witness) return false;
  }
  return true;
}

void isprimeBuiltin(const Args& a) {
  a.arity(1, 1, 1);
  const char* bad = "All entries of X must be nonnegative integers.";
  requireReal(a, 0, bad);
  std::vector<long double> v = wideValues(a[0]);
  Ref r = newArray(MCC_CLASS_LOGICAL, false, dimsOf(a[0]), false, a.site);
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i] < 0 || !isWhole(v[i])) a.error(bad);
    dataOf<uint8_t>(r.get())[i] = isPrime(static_cast<uint64_t>(v[i]));
  }
  a.set(0, std::move(r));
}

void factorBuiltin(const Args& a) {
  a.arity(1, 1, 1);
  const char* bad = "Input must be a scalar, real, nonnegative integer.";
  requireReal(a, 0, bad);
  if (a[0]->numel != 1) a.error(bad);
  long double n = wideValues(a[0])[0];
  if (n < 0 || !isWhole(n)) a.error(bad);
  if (a[0]->class_id == MCC_CLASS_DOUBLE && n > 9007199254740992.0L) a.error("Maximum value of input is flintmax.");
  uint64_t m = static_cast<uint64_t>(n);
  std::vector<long double> f;
  if (m < 4) {
    f.push_back(static_cast<long double>(m));
  } else {
    for (uint64_t p = 2; p * p <= m; p += p == 2 ? 1 : 2)
      while (m % p == 0) {
        f.push_back(static_cast<long double>(p));
        m /= p;
      }
    if (m > 1) f.push_back(static_cast<long double>(m));
  }
  a.set(0, fromWide(numericClass(a[0]), {1, f.size()}, f, a.site));
}

// --- gcd, lcm ---------------------------------------------------------------------------

// g = gcd(x, y) >= 0 with u x + v y = g, the coefficients of the extended
// Euclidean algorithm.
struct Bezout {
  long double g, u, v;
};
Bezout extendedGcd(long double x, long double y) {
  long double r0 = std::fabs(x), r1 = std::fabs(y), s0 = 1, s1 = 0, t0 = 0, t1 = 1;
  while (r1 != 0) {
    long double q = std::floor(r0 / r1);
    long double r2 = r0 - q * r1, s2 = s0 - q * s1, t2 = t0 - q * t1;
    r0 = r1, r1 = r2, s0 = s1, s1 = s2, t0 = t1, t1 = t2;
  }
  return {r0, x < 0 ? -s0 : s0, y < 0 ? -t0 : t0};
}

void gcdLcm(const Args& a, bool isLcm) {
  a.arity(2, 2, isLcm ? 1 : 3);
  const char* bad = isLcm ? "Input arguments must contain positive integers." : "Input arguments must contain only integer values.";
  requireReal(a, 0, bad);
  requireReal(a, 1, bad);
  uint32_t cls = pairClass(a, a[0], a[1]);
  std::vector<long double> x = wideValues(a[0]), y = wideValues(a[1]);
  Expanded e = expandPair(a[0], a[1], a.site);
  size_t n = e.ix.size();
  std::vector<long double> g(n), u(n), v(n);
  for (size_t i = 0; i < n; ++i) {
    long double p = x[e.ix[i]], q = y[e.iy[i]];
    if (!isWhole(p) || !isWhole(q) || (isLcm && (p < 0 || q < 0))) a.error(bad);
    Bezout b = extendedGcd(p, q);
    if (isLcm)
      g[i] = b.g == 0 ? 0 : std::fabs(p / b.g * q);
    else
      g[i] = b.g, u[i] = b.u, v[i] = b.v;
  }
  a.set(0, fromWide(cls, e.out, g, a.site));
  if (a.nargout > 1) a.set(1, fromWide(cls, e.out, u, a.site));
  if (a.nargout > 2) a.set(2, fromWide(cls, e.out, v, a.site));
}

// --- rat, rats -----------------------------------------------------------------------

// One element's rational approximation n/d (d >= 0): MATLAB's continued
// fraction expansion with rounded terms, stopped when n/d is within tol of x
// (or within eps(x)). Inf gives +-1/0 and NaN 0/0, as rat's do.
struct Ratio {
  double num, den;
};
// The terms of the expansion (the first is the rounded value) and n/d.
struct Expansion {
  std::vector<double> terms;
  Ratio ratio;
};
Expansion expansionOf(double x, double tol) {
  if (std::isinf(x)) return {{}, {x > 0 ? 1.0 : -1.0, 0}};
  if (x != x) return {{}, {0, 0}};
  // [n lastn; d lastd], updated by each term k of the expansion.
  Expansion e;
  double n = 1, lastn = 0, d = 0, lastd = 1, y = x;
  while (true) {
    double k = std::round(y);
    e.terms.push_back(k);
    y -= k;
    double n2 = n * k + lastn, d2 = d * k + lastd;
    lastn = n, lastd = d, n = n2, d = d2;
    if (y == 0 || std::fabs(n / d - x) < std::max(tol, std::fabs(std::nextafter(x, INFINITY) - x))) break;
    y = 1 / y;
  }
  e.ratio = {n * (d < 0 ? -1 : 1), std::fabs(d)};
  return e;
}
Ratio ratioOf(double x, double tol) { return expansionOf(x, tol).ratio; }

// rat's text of one element: '3 + 1/(7 + 1/16)'. Each term after the
// first is 1/(term + ...); the last is 1/term, or 1/(-term) when negative.
std::string expansionText(double x, double tol) {
  if (std::isinf(x)) return x > 0 ? "Inf" : "-Inf";
  if (x != x) return "NaN";
  std::vector<double> t = expansionOf(x, tol).terms;
  auto whole = [](double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", v + 0.0);  // -0 is 0
    return std::string(buf);
  };
  std::string s = whole(t[0]);
  size_t open = 0;
  for (size_t j = 1; j < t.size(); ++j) {
    bool last = j + 1 == t.size();
    if (!last || t[j] < 0) {
      s += " + 1/(" + whole(t[j]);
      ++open;
    } else {
      s += " + 1/" + whole(t[j]);
    }
  }
  return s + std::string(open, ')');
}

// The 1-norm of the finite values (rat's and rats' tolerances scale with it).
double finiteNorm1(const std::vector<double>& v) {
  double norm1 = 0;
  for (double e : v)
    if (std::isfinite(e)) norm1 += std::fabs(e);
  return norm1;
}

// [N, D] = rat(X, tol): the default tol is 1e-6 * norm(X(:), 1). S =
// rat(X, tol): the continued fractions as text, a row per element.
void ratBuiltin(const Args& a) {
  a.arity(1, 2, 2);
  const mcc_array* x = checked(a[0]);
  if (!isFloatClass(x->class_id) || x->is_complex) a.error("X must be a real, double or single array.");
  std::vector<double> v = realValues(x);
  double tol = a.nargin == 2 ? a.scalar(1) : 1e-6 * finiteNorm1(v);
  if (a.nargout < 2) {
    std::vector<std::string> rows;
    for (double e : v) rows.push_back(expansionText(e, tol));
    a.set(0, charMatrix(rows, a.site));
    return;
  }
  std::vector<long double> num(v.size()), den(v.size());
  for (size_t i = 0; i < v.size(); ++i) {
    Ratio r = ratioOf(v[i], tol);
    num[i] = r.num, den[i] = r.den;
  }
  a.set(0, fromWide(x->class_id, dimsOf(x), num, a.site));
  a.set(1, fromWide(x->class_id, dimsOf(x), den, a.site));
}

// rats' text of one real part (or, with `imaginary`, one imaginary part
// with its sign and 'i'), laid out as MATLAB's rats documents it: a
// fraction's numerator right-aligned in floor((len-1)/2) columns, '/', the
// denominator left-aligned in the rest; a whole number centred in len
// columns (one more blank on the right when the padding is odd); '*' when
// the text does not fit.
class RatsField {
 public:
  explicit RatsField(double len) : len_(static_cast<size_t>(std::max(len, 1.0))) {
    double half = (len - 1) / 2;
    numWidth_ = static_cast<int>(std::max(std::floor(half), 0.0));
    denWidth_ = static_cast<int>(std::max(std::ceil(half), 0.0));
  }

  std::string real(Ratio r) const {
    std::string s = r.den != 1 ? fraction(r, "") : centred(whole(r.num), len_);
    return s.size() > len_ ? centred("*", len_) : s;
  }
  std::string imaginary(Ratio r) const {
    std::string sign = r.num >= 0 ? "+" : "-";
    Ratio m{std::fabs(r.num), r.den};
    std::string s = sign + (r.den != 1 ? fraction(m, "i") : centred(whole(m.num) + "i", len_ + 1));
    return s.size() > len_ + 2 ? sign + centred("*i", len_ + 1) : s;
  }

 private:
  static std::string whole(double v) {
    char buf[400];
    std::snprintf(buf, sizeof buf, "%.0f", v);
    return buf;
  }
  static std::string centred(const std::string& s, size_t width) {
    if (s.size() >= width) return s;
    size_t pad = width - s.size();
    return std::string(pad / 2, ' ') + s + std::string(pad - pad / 2, ' ');
  }
  std::string fraction(Ratio r, const char* suffix) const {
    std::string n = whole(r.num), d = whole(r.den) + suffix;
    size_t dw = static_cast<size_t>(denWidth_) + (*suffix ? 1 : 0);
    if (n.size() < static_cast<size_t>(numWidth_)) n.insert(0, numWidth_ - n.size(), ' ');
    if (d.size() < dw) d.append(dw - d.size(), ' ');
    return n + "/" + d;
  }

  size_t len_;
  int numWidth_, denWidth_;
};

// S = rats(X, len): one row of text per row of X (trailing dimensions
// folded into columns), each element a blank and its field of len
// characters (2*len+2 for complex X); the tolerance of the approximation is
// min(10^(-(len-1)/2) * norm(X(isfinite(X)), 1), 0.1), for the real and
// imaginary parts each.
void ratsBuiltin(const Args& a) {
  a.arity(1, 2, 1);
  const mcc_array* x = checked(a[0]);
  if (!isFloatClass(x->class_id)) a.error("X must be a double or single array.");
  double len = 13;
  if (a.nargin == 2) {
    len = a.scalar(1);
    if (!std::isfinite(len)) a.error("NaN and Inf not allowed.");
  }
  if (x->numel == 0) {
    a.set(0, fromText(""));
    return;
  }
  RatsField field(len);
  double exponent = -(len - 1) / 2;
  auto ratios = [&](const std::vector<double>& v) {
    double tol = std::min(std::pow(10.0, exponent) * finiteNorm1(v), 0.1);
    std::vector<Ratio> r(v.size());
    for (size_t k = 0; k < v.size(); ++k) r[k] = ratioOf(v[k], tol);
    return r;
  };
  std::vector<Ratio> re, im;
  if (x->is_complex) {
    std::vector<std::complex<double>> c = complexValues(x);
    std::vector<double> rv(c.size()), iv(c.size());
    for (size_t k = 0; k < c.size(); ++k) rv[k] = c[k].real(), iv[k] = c[k].imag();
    re = ratios(rv), im = ratios(iv);
  } else {
    re = ratios(realValues(x));
  }
  size_t rows = x->dims[0], cols = x->numel / rows;
  std::vector<std::string> text(rows);
  for (size_t i = 0; i < rows; ++i)
    for (size_t j = 0; j < cols; ++j) {
      size_t k = j * rows + i;
      text[i] += ' ' + field.real(re[k]);
      if (x->is_complex) text[i] += field.imaginary(im[k]);
    }
  size_t width = text[0].size();
  Ref out = newArray(MCC_CLASS_CHAR, false, {rows, width}, false, a.site);
  uint16_t* p = dataOf<uint16_t>(out.get());
  for (size_t i = 0; i < rows; ++i)
    for (size_t j = 0; j < width; ++j) p[j * rows + i] = static_cast<unsigned char>(text[i][j]);
  a.set(0, std::move(out));
}

}  // namespace

MCC_DEFINE_BUILTIN(factorial) { factorialBuiltin(a); }
MCC_DEFINE_BUILTIN(perms) { permsBuiltin(a); }
MCC_DEFINE_BUILTIN(nchoosek) { nchoosekBuiltin(a); }
MCC_DEFINE_BUILTIN(primes) { primesBuiltin(a); }
MCC_DEFINE_BUILTIN(isprime) { isprimeBuiltin(a); }
MCC_DEFINE_BUILTIN(factor) { factorBuiltin(a); }
MCC_DEFINE_BUILTIN(gcd) { gcdLcm(a, false); }
MCC_DEFINE_BUILTIN(lcm) { gcdLcm(a, true); }
MCC_DEFINE_BUILTIN(rat) { ratBuiltin(a); }
MCC_DEFINE_BUILTIN(rats) { ratsBuiltin(a); }
