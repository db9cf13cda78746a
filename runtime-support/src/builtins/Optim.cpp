// Builtins of optim.def: functions of function handles. fzero (MATLAB's
// interval search from a starting point, then Brent's zeroin), fminbnd
// (Brent's golden-section and parabolic search), fminsearch (the
// Nelder-Mead simplex of Lagarias et al., with MATLAB's initial simplex,
// coefficients and stopping tests), integral (adaptive Gauss-Kronrod
// 7-15 on vectorised integrands, infinite limits by change of variable) and
// quad (adaptive Simpson); quadgk (integral's method with its [q, errbnd]
// outputs), integral2 and integral3 (iterated integral's); dblquad and
// triplequad (iterated quad's); fsolve (trust-region dogleg).
//
// The handle is called through mcc_call_handle (runtime.h). fzero,
// fminbnd and fminsearch take an options structure (optimset; Options.h)
// with MATLAB's defaults: fzero TolX eps; fminbnd TolX 1e-4, MaxFunEvals
// and MaxIter 500; fminsearch TolX and TolFun 1e-4, MaxFunEvals and MaxIter
// 200*n. Display 'off'/'none' is silent, 'notify' (the default) prints
// MATLAB's message when a limit stops the search; 'iter' and 'final' are
// not implemented. integral, quadgk, integral2 and integral3 use RelTol 1e-6, AbsTol
// 1e-10 unless given; quad 1e-6.
// Tests: tests/conformance/programs/math_optim.m, math_optim_options.m,
// math_quadrature.m.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <functional>
#include <numeric>
#include <tuple>

#include "builtins/Builtin.h"
#include "builtins/Layout.h"
#include "builtins/Options.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

const mcc_array* handleArg(const Args& a, uint32_t k, const char* name) {
  const mcc_array* f = a[k];
  if (!f || !mcc_is_function_handle(f)) {
    if (f && f->class_id == MCC_CLASS_CHAR) notImplemented(std::string(name) + " with a function name (use a handle)", a.site);
    a.error(std::string("FUN must be a function handle."));
  }
  return f;
}

// f(x) for an array argument: the result as a new reference.
Ref callWith(const mcc_array* f, Ref x, const mcc_site* site) {
  mcc_array* in[1] = {x.get()};
  mcc_array* out = nullptr;
  mcc_call_handle(f, 1, &out, 1, in, site);
  return Ref(out);
}

// f(x) of a scalar x, which must give a real scalar.
double callScalar(const Args& a, const mcc_array* f, double x, const char* name) {
  Ref y = callWith(f, Ref(mcc_array_from_scalar(x)), a.site);
  if (!y || y->numel != 1 || y->is_complex || !isValueClass(y->class_id))
    a.error(std::string(name) + ": the function must return a real scalar value.");
  return mcc_array_to_double(y.get(), a.site);
}

// Display: true for 'notify' (the default), false for 'off' or 'none'.
bool notifies(const Args& a, const SolverOptions& o) {
  std::string d = o.text("Display", "notify");
  if (d == "off" || d == "none") return false;
  if (d == "notify") return true;
  notImplemented("Display '" + d + "' of the optimisation functions", a.site);
}

// The message of a search stopped by a limit (MaxFunEvals or MaxIter).
void notifyLimit(bool evaluations, double fval) {
  std::printf(" \nExiting: Maximum number of %s has been exceeded\n         - increase %s option.\n"
              "         Current function value: %f \n\n",
              evaluations ? "function evaluations" : "iterations", evaluations ? "MaxFunEvals" : "MaxIter", fval);
}

// A MaxIter or MaxFunEvals option: a count, or MATLAB's default text
// '200*numberofvariables' (optimset('fminsearch')).
double limitOption(const Args& a, const SolverOptions& o, const char* name, double fallback, size_t nvars) {
  Ref v = o.value(name);
  if (v && v->class_id == MCC_CLASS_CHAR) {
    if (lower(toText(v.get())) == "200*numberofvariables") return 200.0 * double(nvars);
    a.error(std::string("Option '") + name + "' must be a positive integer.");
  }
  return o.number(name, fallback);
}

// --- fzero ------------------------------------------------------------------------------------

void fzeroBuiltin(const Args& a) {
  a.arity(2, 3, 3);
  const mcc_array* f = handleArg(a, 0, "fzero");
  SolverOptions options(a, 2, "fzero");
  notifies(a, options);
  const double tol = options.number("TolX", DBL_EPSILON);
  std::vector<double> x0 = numbers(a[1], a, "Second argument must be finite.");
  auto F = [&](double x) { return callScalar(a, f, x, "fzero"); };
  double xa, xb, fa, fb;
  auto finish = [&](double x, double fx, double flag) {
    a.set(0, scalarResult(x));
    if (a.nargout > 1) a.set(1, scalarResult(fx));
    if (a.nargout > 2) a.set(2, scalarResult(flag));
  };
  if (x0.size() == 2) {
    xa = x0[0], xb = x0[1];
    if (!std::isfinite(xa) || !std::isfinite(xb)) a.error("Second argument must be finite.");
    fa = F(xa), fb = F(xb);
    if (fa == 0) return finish(xa, fa, 1);
    if (fb == 0) return finish(xb, fb, 1);
    if ((fa > 0) == (fb > 0)) a.error("The function values at the interval endpoints must differ in sign.");
  } else if (x0.size() == 1) {
    double x = x0[0];
    if (!std::isfinite(x)) a.error("Second argument must be finite.");
    double fx = F(x);
    if (fx == 0) return finish(x, fx, 1);
    // Search outwards from x, widening by sqrt(2), for a change of sign.
    double dx = x != 0 ? x / 50 : 1.0 / 50;
    xa = x, fa = fx, xb = x, fb = fx;
    while ((fa > 0) == (fb > 0)) {
      dx *= std::sqrt(2.0);
      xa = x - dx;
      fa = F(xa);
      if (!std::isfinite(fa) || !std::isfinite(xa)) return finish(NAN, NAN, -3);
      if ((fa > 0) != (fb > 0)) break;
      xb = x + dx;
      fb = F(xb);
      if (!std::isfinite(fb) || !std::isfinite(xb)) return finish(NAN, NAN, -3);
    }
  } else {
    a.error("Second argument must be a scalar or vector of length 2.");
  }
  // Brent's zeroin: b is the best point, a the previous one, c opposite b.
  double c = 0, fc = fb, d = 0, e = 0;
  while (fb != 0 && xa != xb) {
    if ((fb > 0) == (fc > 0)) {
      c = xa, fc = fa;
      d = xb - xa, e = d;
    }
    if (std::fabs(fc) < std::fabs(fb)) {
      xa = xb, xb = c, c = xa;
      fa = fb, fb = fc, fc = fa;
    }
    double m = 0.5 * (c - xb), toler = 2.0 * tol * std::max(std::fabs(xb), 1.0);
    if (std::fabs(m) <= toler || fb == 0.0) break;
    if (std::fabs(e) < toler || std::fabs(fa) <= std::fabs(fb)) {
      d = m, e = m;  // bisection
    } else {
      double s = fb / fa, p, q;
      if (xa == c) {
        p = 2.0 * m * s;  // linear interpolation
        q = 1.0 - s;
      } else {
        double qq = fa / fc, r = fb / fc;  // inverse quadratic interpolation
        p = s * (2.0 * m * qq * (qq - r) - (xb - xa) * (r - 1.0));
        q = (qq - 1.0) * (r - 1.0) * (s - 1.0);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2.0 * p < 3.0 * m * q - std::fabs(toler * q) && p < std::fabs(0.5 * e * q)) {
        e = d, d = p / q;
      } else {
        d = m, e = m;
      }
    }
    xa = xb, fa = fb;
    if (std::fabs(d) > toler) xb += d;
    else if (xb > c) xb -= toler;
    else xb += toler;
    fb = F(xb);
  }
  finish(xb, fb, 1);
}

// --- fminbnd ------------------------------------------------------------------------------------

void fminbndBuiltin(const Args& a) {
  a.arity(3, 4, 3);
  const mcc_array* f = handleArg(a, 0, "fminbnd");
  SolverOptions options(a, 3, "fminbnd");
  bool notify = notifies(a, options);
  const double tol = options.number("TolX", 1e-4);
  const double maxFun = limitOption(a, options, "MaxFunEvals", 500, 1), maxIter = limitOption(a, options, "MaxIter", 500, 1);
  double lo = a.scalar(1), hi = a.scalar(2);
  if (lo > hi) a.error("The lower bound exceeds the upper bound.");
  auto F = [&](double x) { return callScalar(a, f, x, "fminbnd"); };
  const double seps = std::sqrt(DBL_EPSILON), c = 0.5 * (3.0 - std::sqrt(5.0));
  double v = lo + c * (hi - lo), w = v, xf = v, d = 0, e = 0, x = xf, fx = F(x);
  double fv = fx, fw = fx, xm = 0.5 * (lo + hi), tol1 = seps * std::fabs(xf) + tol / 3.0, tol2 = 2.0 * tol1;
  int evals = 1, iterations = 0;
  while (std::fabs(xf - xm) > tol2 - 0.5 * (hi - lo) && evals < maxFun && iterations < maxIter) {
    bool golden = true;
    if (std::fabs(e) > tol1) {
      golden = false;
      double r = (xf - w) * (fx - fv), q = (xf - v) * (fx - fw), p = (xf - v) * q - (xf - w) * r;
      q = 2.0 * (q - r);
      if (q > 0.0) p = -p;
      q = std::fabs(q);
      r = e, e = d;
      if (std::fabs(p) < std::fabs(0.5 * q * r) && p > q * (lo - xf) && p < q * (hi - xf)) {
        d = p / q;  // parabolic step
        x = xf + d;
        if (x - lo < tol2 || hi - x < tol2) d = tol1 * ((xm - xf > 0) - (xm - xf < 0) + (xm - xf == 0));
      } else {
        golden = true;
      }
    }
    if (golden) {
      e = xf >= xm ? lo - xf : hi - xf;
      d = c * e;
    }
    double si = (d > 0) - (d < 0) + (d == 0);
    x = xf + si * std::max(std::fabs(d), tol1);
    double fu = F(x);
    ++evals, ++iterations;
    if (fu <= fx) {
      if (x >= xf) lo = xf;
      else hi = xf;
      v = w, fv = fw, w = xf, fw = fx, xf = x, fx = fu;
    } else {
      if (x < xf) lo = x;
      else hi = x;
      if (fu <= fw || w == xf) {
        v = w, fv = fw, w = x, fw = fu;
      } else if (fu <= fv || v == xf || v == w) {
        v = x, fv = fu;
      }
    }
    xm = 0.5 * (lo + hi);
    tol1 = seps * std::fabs(xf) + tol / 3.0;
    tol2 = 2.0 * tol1;
  }
  bool stopped = evals >= maxFun || iterations >= maxIter;
  if (stopped && notify) notifyLimit(evals >= maxFun, fx);
  a.set(0, scalarResult(xf));
  if (a.nargout > 1) a.set(1, scalarResult(fx));
  if (a.nargout > 2) a.set(2, scalarResult(stopped ? 0 : 1));
}

// --- fminsearch -------------------------------------------------------------------------------------

void fminsearchBuiltin(const Args& a) {
  a.arity(2, 3, 3);
  const mcc_array* f = handleArg(a, 0, "fminsearch");
  SolverOptions options(a, 2, "fminsearch");
  bool notify = notifies(a, options);
  const mcc_array* x0 = checked(a[1]);
  std::vector<double> xin = numbers(x0, a, "X0 must be real.");
  size_t n = xin.size();
  Dims shape = dimsOf(x0);
  // f at a point, given the shape of x0.
  auto F = [&](const std::vector<double>& x) {
    Ref arg = newArray(MCC_CLASS_DOUBLE, false, shape, false, a.site);
    std::copy(x.begin(), x.end(), dataOf<double>(arg.get()));
    Ref y = callWith(f, std::move(arg), a.site);
    if (!y || y->numel != 1 || y->is_complex || !isValueClass(y->class_id))
      a.error("fminsearch: the function must return a real scalar value.");
    return mcc_array_to_double(y.get(), a.site);
  };
  const double rho = 1, chi = 2, psi = 0.5, sigma = 0.5;
  const double tolx = options.number("TolX", 1e-4), tolf = options.number("TolFun", 1e-4);
  const double maxIter = limitOption(a, options, "MaxIter", 200.0 * n, n),
               maxFun = limitOption(a, options, "MaxFunEvals", 200.0 * n, n);
  std::vector<std::vector<double>> v(n + 1, xin);
  std::vector<double> fv(n + 1);
  fv[0] = F(xin);
  for (size_t j = 0; j < n; ++j) {
    std::vector<double> y = xin;
    y[j] = y[j] != 0 ? (1 + 0.05) * y[j] : 0.00025;
    v[j + 1] = y;
    fv[j + 1] = F(y);
  }
  auto sortSimplex = [&]() {
    std::vector<size_t> order = stableOrder(n + 1, [&](size_t i, size_t j) { return fv[i] < fv[j]; });
    std::vector<std::vector<double>> v2;
    std::vector<double> f2;
    for (size_t i : order) v2.push_back(v[i]), f2.push_back(fv[i]);
    v = v2, fv = f2;
  };
  auto epsOf = [](double x) { return std::nextafter(std::fabs(x), INFINITY) - std::fabs(x); };
  sortSimplex();
  double iterations = 1, evals = n + 1;
  auto blend = [&](double p, const std::vector<double>& x, double q, const std::vector<double>& y) {
    std::vector<double> r(n);
    for (size_t i = 0; i < n; ++i) r[i] = p * x[i] + q * y[i];
    return r;
  };
  while (evals < maxFun && iterations < maxIter) {
    double fspread = 0, xspread = 0, vmax = -INFINITY;
    for (size_t j = 1; j <= n; ++j) {
      fspread = std::max(fspread, std::fabs(fv[0] - fv[j]));
      for (size_t i = 0; i < n; ++i) xspread = std::max(xspread, std::fabs(v[j][i] - v[0][i]));
    }
    for (size_t i = 0; i < n; ++i) vmax = std::max(vmax, v[0][i]);
    if (fspread <= std::max(tolf, 10 * epsOf(fv[0])) && xspread <= std::max(tolx, 10 * epsOf(vmax))) break;
    std::vector<double> xbar(n, 0.0);
    for (size_t j = 0; j < n; ++j)
      for (size_t i = 0; i < n; ++i) xbar[i] += v[j][i];
    for (double& s : xbar) s /= double(n);
    std::vector<double> xr = blend(1 + rho, xbar, -rho, v[n]);
    double fxr = F(xr);
    ++evals;
    if (fxr < fv[0]) {
      std::vector<double> xe = blend(1 + rho * chi, xbar, -rho * chi, v[n]);
      double fxe = F(xe);
      ++evals;
      if (fxe < fxr) v[n] = xe, fv[n] = fxe;
      else v[n] = xr, fv[n] = fxr;
    } else if (fxr < fv[n - 1]) {
      v[n] = xr, fv[n] = fxr;
    } else {
      bool shrink = false;
      if (fxr < fv[n]) {
        std::vector<double> xc = blend(1 + psi * rho, xbar, -psi * rho, v[n]);
        double fxc = F(xc);
        ++evals;
        if (fxc <= fxr) v[n] = xc, fv[n] = fxc;
        else shrink = true;
      } else {
        std::vector<double> xcc = blend(1 - psi, xbar, psi, v[n]);
        double fxcc = F(xcc);
        ++evals;
        if (fxcc < fv[n]) v[n] = xcc, fv[n] = fxcc;
        else shrink = true;
      }
      if (shrink) {
        for (size_t j = 1; j <= n; ++j) {
          v[j] = blend(1 - sigma, v[0], sigma, v[j]);
          fv[j] = F(v[j]);
        }
        evals += n;
      }
    }
    sortSimplex();
    ++iterations;
  }
  Ref x = newArray(MCC_CLASS_DOUBLE, false, shape, false, a.site);
  std::copy(v[0].begin(), v[0].end(), dataOf<double>(x.get()));
  a.set(0, std::move(x));
  if (a.nargout > 1) a.set(1, scalarResult(fv[0]));
  bool stopped = evals >= maxFun || iterations >= maxIter;
  if (stopped && notify) notifyLimit(evals >= maxFun, fv[0]);
  if (a.nargout > 2) a.set(2, scalarResult(stopped ? 0 : 1));
}

// --- integral, quad -----------------------------------------------------------------------------------

// The Gauss-Kronrod 7-15 nodes on [-1, 1] (positive half, the Gauss nodes
// at odd positions) and weights.
const double kNodes[8] = {0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
                          0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
                          0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
                          0.207784955007898467600689403773245, 0.0};
const double kKronrod[8] = {0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
                            0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
                            0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
                            0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
const double kGauss[4] = {0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
                          0.381830050505118944950369775488975, 0.417959183673469387755102040816327};

// An integrand on a finite interval: the integrand's values at many points
// at once (MATLAB's integral calls its integrand with vectors), through a
// change of variable for infinite limits.
using Values = std::function<std::vector<double>(const std::vector<double>&)>;
struct Integrand {
  Values values;
  double lo, hi;  // the original limits
  bool transform = true;  // integral maps the interval; quad does not
  // t in the finite interval of the transformed problem -> (x, dx/dt).
  std::pair<double, double> map(double t) const {
    if (!transform) return {t, 1.0};
    if (std::isinf(lo) && std::isinf(hi)) return {t / (1 - t * t), (1 + t * t) / ((1 - t * t) * (1 - t * t))};
    if (std::isinf(hi)) return {lo + t / (1 - t), 1 / ((1 - t) * (1 - t))};
    if (std::isinf(lo)) return {hi - (1 - t) / t, 1 / (t * t)};
    // quadgk's finite-interval map from [-1, 1], flat at both ends, which
    // weakens end-point singularities (integral(@sqrt, 0, 1) to 1e-15).
    double h = hi - lo;
    return {h / 4 * t * (3 - t * t) + (hi + lo) / 2, 3 * h / 4 * (1 - t * t)};
  }
  std::vector<double> operator()(const std::vector<double>& ts) const {
    std::vector<double> xs(ts.size()), w(ts.size());
    for (size_t i = 0; i < ts.size(); ++i) std::tie(xs[i], w[i]) = map(ts[i]);
    std::vector<double> v = values(xs);
    for (size_t i = 0; i < v.size(); ++i) v[i] *= w[i];
    return v;
  }
};

// f(x1, x2, ...) of the rows xs[0], xs[1], ...: the real values, as many as
// the points (MATLAB's message for any other count).
std::vector<double> callRows(const Args& a, const mcc_array* f, const std::vector<std::vector<double>>& xs,
                             const char* sizeText) {
  std::vector<Ref> args;
  std::vector<mcc_array*> in;
  for (const std::vector<double>& x : xs) {
    args.push_back(newArray(MCC_CLASS_DOUBLE, false, {1, x.size()}, false, a.site));
    std::copy(x.begin(), x.end(), dataOf<double>(args.back().get()));
    in.push_back(args.back().get());
  }
  mcc_array* out = nullptr;
  mcc_call_handle(f, 1, &out, uint32_t(in.size()), in.data(), a.site);
  Ref y(out);
  if (!y || y->numel != xs[0].size()) a.error(sizeText);
  if (y->is_complex) notImplemented("integrals of complex values", a.site);
  if (!isValueClass(y->class_id)) a.error(sizeText);
  return realValues(y.get());
}

const char* integralSizeText =
    "Output of the function must be the same size as the input. If FUN is an array-valued integrand, set the "
    "'ArrayValued' option to true.";
const char* integral2SizeText = "Integrand output size does not match the input size.";

struct Piece {
  double a, b, q, err;
};

Piece gaussKronrod(const Integrand& g, double a, double b) {
  double c = 0.5 * (a + b), h = 0.5 * (b - a);
  std::vector<double> ts;
  for (int k = 0; k < 7; ++k) ts.push_back(c - h * kNodes[k]), ts.push_back(c + h * kNodes[k]);
  ts.push_back(c);
  std::vector<double> y = g(ts);
  double kron = kKronrod[7] * y[14], gauss = kGauss[3] * y[14];
  for (int k = 0; k < 7; ++k) {
    double pair = y[2 * k] + y[2 * k + 1];
    kron += kKronrod[k] * pair;
    if (k % 2 == 1) gauss += kGauss[k / 2] * pair;
  }
  return {a, b, kron * h, std::fabs((kron - gauss) * h)};
}

// The stopping test of integral, quadgk, integral2 and integral3: the
// error estimate within max(AbsTol, RelTol * |Q|).
struct Tolerances {
  double absTol = 1e-10, relTol = 1e-6;
  double maxIntervals = 650;
};

// The name-value options of integral, quadgk, integral2 and integral3 from
// input `from` on: AbsTol, RelTol, and quadgk's MaxIntervalCount.
Tolerances tolerancesOf(const Args& a, uint32_t from, const char* fname) {
  Tolerances t;
  if ((a.nargin - from) % 2) a.error("Invalid option. Specify options as name-value pairs.");
  for (uint32_t k = from; k < a.nargin; k += 2) {
    if (!a.isText(k)) a.error("Invalid option. Specify options as name-value pairs.");
    std::string name = option(a, k);
    auto positive = [&](const char* what) {
      const mcc_array* v = a[k + 1];
      if (v->numel != 1 || !isValueClass(v->class_id) || v->class_id == MCC_CLASS_CHAR || v->is_complex)
        a.error(std::string("Invalid value for ") + what + ". It must be a nonnegative real scalar.");
      double x = a.scalar(k + 1);
      if (!(x >= 0)) a.error(std::string("Invalid value for ") + what + ". It must be a nonnegative real scalar.");
      return x;
    };
    if (name == "abstol") t.absTol = positive("AbsTol");
    else if (name == "reltol") t.relTol = positive("RelTol");
    else if (name == "maxintervalcount" && std::string(fname) == "quadgk") t.maxIntervals = positive("MaxIntervalCount");
    else if (name == "waypoints" || name == "arrayvalued" || name == "method")
      notImplemented(std::string(fname) + "'s '" + a.text(k) + "' option", a.site);
    else a.error("Invalid option '" + a.text(k) + "'.");
  }
  return t;
}

// The integral of the integrand over [lo, hi] (either infinite), with its
// error estimate: Gauss-Kronrod 7-15 on ten pieces, then the worst piece
// halved until the total error estimate meets the tolerances.
std::pair<double, double> adaptiveIntegral(const Values& values, double lo, double hi, const Tolerances& tol) {
  if (lo == hi) return {0.0, 0.0};
  double sign = 1;
  if (lo > hi) std::swap(lo, hi), sign = -1;
  Integrand g{values, lo, hi};
  double t0 = -1, t1 = 1;
  if (std::isinf(lo) != std::isinf(hi)) t0 = 0, t1 = 1;
  std::vector<Piece> pieces;
  for (int k = 0; k < 10; ++k) pieces.push_back(gaussKronrod(g, t0 + (t1 - t0) * k / 10, t0 + (t1 - t0) * (k + 1) / 10));
  double q = 0, err = 0;
  for (;;) {
    q = 0, err = 0;
    for (const Piece& p : pieces) q += p.q, err += p.err;
    if (err <= std::max(tol.absTol, tol.relTol * std::fabs(q)) || q != q) break;
    if (double(pieces.size()) >= tol.maxIntervals) {
      std::fflush(stdout);
      std::fprintf(stderr, "Warning: Reached the limit on the maximum number of intervals in use.\n");
      break;
    }
    auto worst = std::max_element(pieces.begin(), pieces.end(), [](const Piece& x, const Piece& y) { return x.err < y.err; });
    double m = 0.5 * (worst->a + worst->b);
    if (m <= worst->a || m >= worst->b) {
      std::fflush(stdout);
      std::fprintf(stderr, "Warning: Minimum step size reached; singularity possible.\n");
      break;
    }
    Piece left = gaussKronrod(g, worst->a, m), right = gaussKronrod(g, m, worst->b);
    *worst = left;
    pieces.push_back(right);
  }
  return {sign * q, err};
}

// integral(f, a, b, name, value, ...) and [q, errbnd] = quadgk(f, a, b, ...).
void integralBuiltin(const Args& a, const char* fname) {
  bool quadgk = std::string(fname) == "quadgk";
  a.arity(3, 11, quadgk ? 2 : 1);
  const mcc_array* f = handleArg(a, 0, fname);
  double lo = a.scalar(1), hi = a.scalar(2);
  Tolerances tol = tolerancesOf(a, 3, fname);
  Values values = [&](const std::vector<double>& xs) { return callRows(a, f, {xs}, integralSizeText); };
  auto [q, err] = adaptiveIntegral(values, lo, hi, tol);
  a.set(0, scalarResult(q));
  if (a.nargout > 1) a.set(1, scalarResult(err));
}

// A limit of integral2 or integral3: a number, or a handle of the outer
// variables called with 1x1 arguments.
struct Limit {
  const mcc_array* handle = nullptr;
  double value = 0;
  double at(const Args& a, std::vector<double> outer) const {
    if (!handle) return value;
    std::vector<std::vector<double>> rows;
    for (double x : outer) rows.push_back({x});
    return callRows(a, handle, rows, integral2SizeText)[0];
  }
};
Limit limitArg(const Args& a, uint32_t k, bool handleAllowed, const char* fname, const char* what) {
  const mcc_array* v = a[k];
  if (v && mcc_is_function_handle(v)) {
    if (!handleAllowed) a.error(std::string(fname) + ": " + what + " must be a finite or infinite real scalar.");
    return {v, 0};
  }
  if (!v || v->numel != 1 || !isValueClass(v->class_id) || v->class_id == MCC_CLASS_CHAR || v->is_complex)
    a.error(std::string(fname) + ": " + what + " must be a real scalar or a function handle.");
  return {nullptr, a.scalar(k)};
}

// integral2(f, xmin, xmax, ymin, ymax) and integral3(f, xmin, xmax, ymin,
// ymax, zmin, zmax), with name-value tolerances: iterated adaptive
// Gauss-Kronrod integrals (MATLAB's 'iterated' method), the inner limits
// numbers or handles of the outer variables. The integrand is called with
// arrays of points, as MATLAB calls it (rows here), and must give one value
// per point. The inner integrals take a tenth of the outer tolerances.
void integralNdBuiltin(const Args& a, size_t dims, const char* fname) {
  a.arity(uint32_t(1 + 2 * dims), uint32_t(1 + 2 * dims + 8), 2);
  const mcc_array* f = handleArg(a, 0, fname);
  const char* names[6] = {"XMIN", "XMAX", "YMIN", "YMAX", "ZMIN", "ZMAX"};
  std::vector<Limit> limits;
  for (size_t k = 0; k < 2 * dims; ++k) limits.push_back(limitArg(a, uint32_t(1 + k), k >= 2, fname, names[k]));
  Tolerances tol = tolerancesOf(a, uint32_t(1 + 2 * dims), fname);
  Tolerances inner = tol;
  inner.absTol /= 10, inner.relTol /= 10;
  // The integral over variables level.. at the outer values `outer`, at
  // each of the points xs of variable level-1 (the innermost level calls f).
  std::function<std::vector<double>(size_t, const std::vector<double>&, const std::vector<double>&)> level;
  level = [&](size_t d, const std::vector<double>& outer, const std::vector<double>& xs) -> std::vector<double> {
    if (d == dims) {
      std::vector<std::vector<double>> rows;
      for (double o : outer) rows.push_back(std::vector<double>(xs.size(), o));
      rows.push_back(xs);
      return callRows(a, f, rows, integral2SizeText);
    }
    std::vector<double> v(xs.size());
    for (size_t i = 0; i < xs.size(); ++i) {
      std::vector<double> here = outer;
      here.push_back(xs[i]);
      double lo = limits[2 * d].at(a, here), hi = limits[2 * d + 1].at(a, here);
      Values next = [&](const std::vector<double>& ys) { return level(d + 1, here, ys); };
      v[i] = adaptiveIntegral(next, lo, hi, inner).first;
    }
    return v;
  };
  Values outermost = [&](const std::vector<double>& xs) { return level(1, {}, xs); };
  auto [q, err] = adaptiveIntegral(outermost, limits[0].value, limits[1].value, tol);
  a.set(0, scalarResult(q));
  if (a.nargout > 1) a.set(1, scalarResult(err));
}

// quad(f, a, b, tol): adaptive Simpson to the absolute tolerance tol.
double simpson(const Integrand& g, double a, double b, double fa, double fm, double fb, double whole, double tol,
               int depth) {
  double m = 0.5 * (a + b), lm = 0.5 * (a + m), rm = 0.5 * (m + b);
  std::vector<double> y = g({lm, rm});
  double left = (m - a) / 6 * (fa + 4 * y[0] + fm), right = (b - m) / 6 * (fm + 4 * y[1] + fb);
  if (depth > 50 || std::fabs(left + right - whole) <= 15 * tol) return left + right + (left + right - whole) / 15;
  return simpson(g, a, m, fa, y[0], fm, left, tol / 2, depth + 1) + simpson(g, m, b, fm, y[1], fb, right, tol / 2, depth + 1);
}

// quad's integral of `values` over the finite [lo, hi] to tolerance tol.
double quadOf(const Values& values, double lo, double hi, double tol) {
  Integrand g{values, lo, hi, false};
  std::vector<double> y = g({lo, 0.5 * (lo + hi), hi});
  double whole = (hi - lo) / 6 * (y[0] + 4 * y[1] + y[2]);
  return simpson(g, lo, hi, y[0], y[1], y[2], whole, tol, 0);
}

void quadBuiltin(const Args& a) {
  a.arity(3, 4, 1);
  const mcc_array* f = handleArg(a, 0, "quad");
  double lo = a.scalar(1), hi = a.scalar(2), tol = a.nargin == 4 && a[3]->numel ? a.scalar(3) : 1e-6;
  if (!std::isfinite(lo) || !std::isfinite(hi)) a.error("A and B must be finite.");
  Values values = [&](const std::vector<double>& xs) { return callRows(a, f, {xs}, integralSizeText); };
  a.set(0, scalarResult(quadOf(values, lo, hi, tol)));
}

// dblquad(f, xmin, xmax, ymin, ymax, tol, method) and triplequad(f, xmin,
// xmax, ymin, ymax, zmin, zmax, tol, method): MATLAB's iterated quad, f
// called with a row of x values and scalar y (and z), every level to the
// absolute tolerance tol (default 1e-6). A method handle (@quadl, @quadgk)
// is accepted and quad's method used: each meets the tolerance.
void iteratedQuadBuiltin(const Args& a, size_t dims, const char* fname) {
  a.arity(uint32_t(1 + 2 * dims), uint32_t(3 + 2 * dims), 1);
  const mcc_array* f = handleArg(a, 0, fname);
  std::vector<double> limits;
  for (size_t k = 0; k < 2 * dims; ++k) {
    double v = a.scalar(uint32_t(1 + k));
    if (!std::isfinite(v)) a.error("A and B must be finite.");
    limits.push_back(v);
  }
  uint32_t t = uint32_t(1 + 2 * dims);
  double tol = t < a.nargin && a[t]->numel ? a.scalar(t) : 1e-6;
  if (t + 1 < a.nargin && !mcc_is_function_handle(a[t + 1]) && a[t + 1]->numel)
    a.error("METHOD must be a function handle.");
  // f(xs, outer...) for the row xs.
  auto innermost = [&](const std::vector<double>& xs, const std::vector<double>& outer) {
    std::vector<Ref> args;
    args.push_back(newArray(MCC_CLASS_DOUBLE, false, {1, xs.size()}, false, a.site));
    std::copy(xs.begin(), xs.end(), dataOf<double>(args.back().get()));
    for (double o : outer) args.push_back(scalarResult(o));
    std::vector<mcc_array*> in;
    for (Ref& r : args) in.push_back(r.get());
    mcc_array* out = nullptr;
    mcc_call_handle(f, 1, &out, uint32_t(in.size()), in.data(), a.site);
    Ref y(out);
    if (!y || y->numel != xs.size() || !isValueClass(y->class_id))
      a.error("The integrand function must return an output vector of the same length as the input vector.");
    if (y->is_complex) notImplemented("integrals of complex values", a.site);
    return realValues(y.get());
  };
  // The integral over the variables below `level` (0: x) at the points
  // `ts` of variable `level`, the outer variables fixed.
  std::function<std::vector<double>(size_t, const std::vector<double>&, const std::vector<double>&)> over;
  over = [&](size_t level, const std::vector<double>& ts, const std::vector<double>& outer) {
    std::vector<double> v(ts.size());
    for (size_t i = 0; i < ts.size(); ++i) {
      std::vector<double> here{ts[i]};
      here.insert(here.end(), outer.begin(), outer.end());
      Values next = [&](const std::vector<double>& us) {
        return level == 1 ? innermost(us, here) : over(level - 1, us, here);
      };
      v[i] = quadOf(next, limits[2 * (level - 1)], limits[2 * (level - 1) + 1], tol);
    }
    return v;
  };
  Values outermost = [&](const std::vector<double>& ts) {
    return dims == 1 ? innermost(ts, {}) : over(dims - 1, ts, {});
  };
  a.set(0, scalarResult(quadOf(outermost, limits[2 * (dims - 1)], limits[2 * (dims - 1) + 1], tol)));
}


// --- fsolve ------------------------------------------------------------------------------------------

// [x, fval, exitflag] = fsolve(f, x0, options): MATLAB's default algorithm,
// trust-region dogleg on sum(f(x).^2) (Powell's dogleg between the Cauchy
// and the Gauss-Newton step; the Jacobian by forward differences with
// step sqrt(eps)*max(abs(x), 1)*sign(x), or from f's second output with
// 'Jacobian' 'on'). Options (optimset names): TolFun 1e-6 (on the first-order
// optimality norm(J'*f, Inf), and on the change in sum(f.^2)), TolX 1e-6, MaxIter 400, MaxFunEvals 100*numel(x0),
// Display 'final' (the default: MATLAB's message when the equation is
// solved), 'off'/'none'. exitflag: 1 solved, 2 stopped by a small step, 3
// by a small change in the residual, 0 by a limit, -2 converged to a point
// that is no root (sum(f.^2) > sqrt(TolFun)).
void fsolveBuiltin(const Args& a) {
  a.arity(2, 3, 3);
  const mcc_array* f = handleArg(a, 0, "fsolve");
  SolverOptions options(a, 2, "fsolve");
  std::string display = options.text("Display", "final");
  if (display != "off" && display != "none" && display != "final" && display != "notify")
    notImplemented("Display '" + display + "' of fsolve", a.site);
  const mcc_array* x0 = checked(a[1]);
  std::vector<double> x = numbers(x0, a, "fsolve: complex starting points are not supported.");
  size_t n = x.size();
  Dims shape = dimsOf(x0);
  const double tolFun = options.number("TolFun", 1e-6), tolX = options.number("TolX", 1e-6);
  const double maxIter = limitOption(a, options, "MaxIter", 400, n);
  const double maxFun = limitOption(a, options, "MaxFunEvals", 100.0 * double(n), n);
  bool userJacobian = options.text("Jacobian", "off") == "on";
  Dims fshape;
  double evals = 0;
  // f(x) (and its Jacobian when f gives it).
  auto F = [&](const std::vector<double>& at, std::vector<double>* jac) {
    Ref arg = newArray(MCC_CLASS_DOUBLE, false, shape, false, a.site);
    std::copy(at.begin(), at.end(), dataOf<double>(arg.get()));
    mcc_array* in[1] = {arg.get()};
    mcc_array* out[2] = {nullptr, nullptr};
    mcc_call_handle(f, jac ? 2 : 1, out, 1, in, a.site);
    Ref y(out[0]), j(out[1]);
    ++evals;
    if (!y || !isValueClass(y->class_id)) a.error("fsolve: the function must return a numeric value.");
    if (y->is_complex) notImplemented("fsolve of a complex function", a.site);
    if (jac) {
      if (!j || j->numel != y->numel * n) a.error("User-defined Jacobian is not the correct size.");
      *jac = realValues(j.get());
    }
    return realValues(y.get());
  };
  auto sumsq = [](const std::vector<double>& v) {
    double s = 0;
    for (double e : v) s += e * e;
    return s;
  };
  std::vector<double> J;
  std::vector<double> fx = F(x, userJacobian ? &J : nullptr);
  fshape = {fx.size(), 1};
  size_t m = fx.size();
  auto jacobian = [&](const std::vector<double>& at, const std::vector<double>& fat) {
    if (userJacobian) return;
    J.assign(m * n, 0.0);
    for (size_t j = 0; j < n; ++j) {
      std::vector<double> xs = at;
      double h = std::sqrt(DBL_EPSILON) * std::max(std::fabs(at[j]), 1.0) * (at[j] < 0 ? -1 : 1);
      xs[j] += h;
      h = xs[j] - at[j];
      std::vector<double> fj = F(xs, nullptr);
      for (size_t i = 0; i < m; ++i) J[j * m + i] = (fj[i] - fat[i]) / h;
    }
  };
  jacobian(x, fx);
  auto gradient = [&]() {
    std::vector<double> g(n, 0.0);
    for (size_t j = 0; j < n; ++j)
      for (size_t i = 0; i < m; ++i) g[j] += J[j * m + i] * fx[i];
    return g;
  };
  auto infNorm = [](const std::vector<double>& v) {
    double r = 0;
    for (double e : v) r = std::max(r, std::fabs(e));
    return r;
  };
  auto norm2 = [&](const std::vector<double>& v) { return std::sqrt(sumsq(v)); };
  std::vector<double> g = gradient();
  const double optimality0 = 1.0;  // an absolute test: the accuracy a caller expects of a root
  double delta = std::max(norm2(x), 1.0);
  double flag = 0, iterations = 0;
  for (;;) {
    if (infNorm(g) <= tolFun * optimality0) {
      flag = 1;
      break;
    }
    if (iterations >= maxIter || evals >= maxFun) break;
    ++iterations;
    // Gauss-Newton step: J \ -f (least squares).
    Ref Jm = newArray(MCC_CLASS_DOUBLE, false, {m, n}, false, a.site);
    std::copy(J.begin(), J.end(), dataOf<double>(Jm.get()));
    Ref rhs = newArray(MCC_CLASS_DOUBLE, false, {m, 1}, false, a.site);
    for (size_t i = 0; i < m; ++i) dataOf<double>(rhs.get())[i] = -fx[i];
    std::vector<double> sN(n, 0.0);
    {
      mcc_array* in[2] = {Jm.get(), rhs.get()};
      mcc_array* out = nullptr;
      mcc_bi_mldivide(1, &out, 2, in, a.site);
      Ref r(out);
      std::vector<double> v = realValues(r.get());
      bool finite = v.size() == n;
      for (double e : v) finite = finite && std::isfinite(e);
      if (finite) sN = v;
    }
    // Cauchy step along -g.
    std::vector<double> Jg(m, 0.0);
    for (size_t j = 0; j < n; ++j)
      for (size_t i = 0; i < m; ++i) Jg[i] += J[j * m + i] * g[j];
    double gg = sumsq(g), jgjg = sumsq(Jg);
    std::vector<double> sC(n);
    for (size_t j = 0; j < n; ++j) sC[j] = jgjg > 0 ? -gg / jgjg * g[j] : -g[j];
    std::vector<double> step(n);
    double nN = norm2(sN), nC = norm2(sC);
    if (nN > 0 && nN <= delta) {
      step = sN;
    } else if (nC >= delta || nN == 0) {
      for (size_t j = 0; j < n; ++j) step[j] = sC[j] * (delta / nC);
    } else {
      // sC + tau (sN - sC) with norm delta.
      std::vector<double> d(n);
      for (size_t j = 0; j < n; ++j) d[j] = sN[j] - sC[j];
      double aa = sumsq(d), bb = 0, cc = nC * nC - delta * delta;
      for (size_t j = 0; j < n; ++j) bb += 2 * sC[j] * d[j];
      double tau = (-bb + std::sqrt(std::max(0.0, bb * bb - 4 * aa * cc))) / (2 * aa);
      for (size_t j = 0; j < n; ++j) step[j] = sC[j] + tau * d[j];
    }
    std::vector<double> xt(n);
    for (size_t j = 0; j < n; ++j) xt[j] = x[j] + step[j];
    std::vector<double> Jt;
    std::vector<double> ft = F(xt, userJacobian ? &Jt : nullptr);
    std::vector<double> lin = fx;
    for (size_t j = 0; j < n; ++j)
      for (size_t i = 0; i < m; ++i) lin[i] += J[j * m + i] * step[j];
    double now = sumsq(fx), trial = sumsq(ft), predicted = now - sumsq(lin);
    double ratio = predicted > 0 ? (now - trial) / predicted : (trial < now ? 1 : -1);
    double ns = norm2(step);
    if (ratio < 0.25) delta = 0.25 * ns;
    else if (ratio > 0.75 && ns >= 0.99 * delta) delta = 2 * delta;
    if (std::isfinite(trial) && trial < now) {
      x = xt;
      fx = ft;
      if (userJacobian) J = Jt;
      else jacobian(x, fx);
      g = gradient();
      if (infNorm(g) <= tolFun * optimality0) {
        flag = 1;
        break;
      }
      if (ns < tolX * (tolX + norm2(x))) {
        flag = 2;
        break;
      }
      if (now - trial <= tolFun * tolFun * std::max(1.0, now)) {
        flag = 3;
        break;
      }
    } else if (delta < tolX * (tolX + norm2(x))) {
      flag = 2;
      break;
    }
  }
  if (flag > 0 && sumsq(fx) > std::sqrt(tolFun)) flag = -2;
  if (display == "final" && flag == 1)
    std::printf("\nEquation solved.\n\nfsolve completed because the vector of function values is near zero\n"
                "as measured by the value of the function tolerance, and\n"
                "the problem appears regular as measured by the gradient.\n\n<stopping criteria details>\n\n");
  Ref xr = newArray(MCC_CLASS_DOUBLE, false, shape, false, a.site);
  std::copy(x.begin(), x.end(), dataOf<double>(xr.get()));
  a.set(0, std::move(xr));
  if (a.nargout > 1) {
    // fval has the shape f gives: call once more at the solution.
    mcc_array* in[1] = {a.outputs() ? a.out[0] : nullptr};
    mcc_array* out = nullptr;
    mcc_call_handle(f, 1, &out, 1, in, a.site);
    a.set(1, Ref(out));
  }
  if (a.nargout > 2) a.set(2, scalarResult(flag));
}

}  // namespace

MCC_DEFINE_BUILTIN(fzero) { fzeroBuiltin(a); }
MCC_DEFINE_BUILTIN(fminbnd) { fminbndBuiltin(a); }
MCC_DEFINE_BUILTIN(fminsearch) { fminsearchBuiltin(a); }
MCC_DEFINE_BUILTIN(integral) { integralBuiltin(a, "integral"); }
MCC_DEFINE_BUILTIN(quadgk) { integralBuiltin(a, "quadgk"); }
MCC_DEFINE_BUILTIN(integral2) { integralNdBuiltin(a, 2, "integral2"); }
MCC_DEFINE_BUILTIN(integral3) { integralNdBuiltin(a, 3, "integral3"); }
MCC_DEFINE_BUILTIN(quad) { quadBuiltin(a); }
MCC_DEFINE_BUILTIN(fsolve) { fsolveBuiltin(a); }
MCC_DEFINE_BUILTIN(dblquad) { iteratedQuadBuiltin(a, 2, "dblquad"); }
MCC_DEFINE_BUILTIN(triplequad) { iteratedQuadBuiltin(a, 3, "triplequad"); }
