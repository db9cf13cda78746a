// Builtins of ode.def: ode45 (Dormand-Prince 5(4)) and ode23
// (Bogacki-Shampine 3(2)), explicit Runge-Kutta pairs with MATLAB's step
// control: the initial step from the slope at t0, the error measured
// against max(|y|, |ynew|, AbsTol/RelTol) in the infinity norm (or the
// 2-norm with NormControl), the step shrunk after a failure and grown after
// a success as MATLAB's solvers do, steps ending exactly at tfinal, and
// output at each step refined by the pair's continuous extension (Refine: 4
// for ode45, 1 for ode23) or at the points of a tspan of more than two
// entries. Options: RelTol (1e-3), AbsTol (1e-6, scalar or vector),
// InitialStep, MaxStep (0.1*|tfinal - t0|), Refine, NormControl, Stats,
// Events (a handle giving [value, isterminal, direction]: a zero of value(i)
// crossed in the direction asked for, located on the step's continuous
// extension to a few ulps of t, is an event; a terminal one ends the
// integration with the event as the last output point); the others (mass
// matrices, output functions) are reported as not implemented. Outputs:
// [t, y, te, ye, ie], or one output, the solution struct (solver, x, y,
// stats). Tests: tests/conformance/programs/math_ode.m.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <vector>

#include "array/Aggregate.h"
#include "builtins/Builtin.h"
#include "builtins/Handles.h"
#include "builtins/Options.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

using Vec = std::vector<double>;

// An embedded explicit Runge-Kutta pair whose last stage is the slope at
// the new point (first same as last).
struct Pair {
  const char* name;
  int stages;        // including the slope at the new point
  const double* c;   // c[k]: stage k's fraction of h (k >= 1)
  const double* a;   // a[k][j], j < k, row-major stages x stages
  const double* e;   // the error estimate's weights
  const double* bi;  // continuous extension: stages x order, y(t + s h) = y + h f BI [s; s^2; ...]
  int order;         // columns of bi
  double pow;        // 1 / (order of the error estimate + 1)
  double shrink;     // the least factor a first failure shrinks the step by
  int refine;        // the default Refine
};

const double kDpC[7] = {0, 1. / 5, 3. / 10, 4. / 5, 8. / 9, 1, 1};
const double kDpA[49] = {
    0, 0, 0, 0, 0, 0, 0,
    1. / 5, 0, 0, 0, 0, 0, 0,
    3. / 40, 9. / 40, 0, 0, 0, 0, 0,
    44. / 45, -56. / 15, 32. / 9, 0, 0, 0, 0,
    19372. / 6561, -25360. / 2187, 64448. / 6561, -212. / 729, 0, 0, 0,
    9017. / 3168, -355. / 33, 46732. / 5247, 49. / 176, -5103. / 18656, 0, 0,
    35. / 384, 0, 500. / 1113, 125. / 192, -2187. / 6784, 11. / 84, 0};
const double kDpE[7] = {71. / 57600, 0, -71. / 16695, 71. / 1920, -17253. / 339200, 22. / 525, -1. / 40};
const double kDpBI[28] = {1, -183. / 64, 37. / 12, -145. / 128,
                          0, 0, 0, 0,
                          0, 1500. / 371, -1000. / 159, 1000. / 371,
                          0, -125. / 32, 125. / 12, -375. / 64,
                          0, 9477. / 3392, -729. / 106, 25515. / 6784,
                          0, -11. / 7, 11. / 3, -55. / 28,
                          0, 3. / 2, -4, 5. / 2};
const Pair kOde45 = {"ode45", 7, kDpC, kDpA, kDpE, kDpBI, 4, 1. / 5, 0.1, 4};

const double kBsC[4] = {0, 1. / 2, 3. / 4, 1};
const double kBsA[16] = {0, 0, 0, 0,
                         1. / 2, 0, 0, 0,
                         0, 3. / 4, 0, 0,
                         2. / 9, 1. / 3, 4. / 9, 0};
const double kBsE[4] = {-5. / 72, 1. / 12, 1. / 9, -1. / 8};
const double kBsBI[12] = {1, -4. / 3, 5. / 9,
                          0, 1, -2. / 3,
                          0, 4. / 3, -8. / 9,
                          0, -1, 1};
const Pair kOde23 = {"ode23", 4, kBsC, kBsA, kBsE, kBsBI, 3, 1. / 3, 0.5, 1};

double epsOf(double x) {
  x = std::fabs(x);
  return std::nextafter(x, INFINITY) - x;
}

class Solver {
 public:
  Solver(const Args& a, const Pair& p) : a_(a), p_(p) {}
  void run();

 private:
  Vec slope(double t, const Vec& y);
  void output(double t, const Vec& y) { tout_.push_back(t), yout_.push_back(y); }
  // y at t + s*h from the stages of the step from (t, y) of size h.
  Vec interpolate(const Vec& y, double h, double s, const std::vector<Vec>& f) const;
  void finish();
  // The event function's [value, isterminal, direction] at (t, y).
  void events(double t, const Vec& y, Vec& value, Vec& terminal, Vec& direction);
  // fn(t, y) with y a column, its first nout outputs into out.
  void call(const mcc_array* fn, double t, const Vec& y, int nout, mcc_array** out) const;

  const Args& a_;
  const Pair& p_;
  const mcc_array* fun_ = nullptr;
  size_t neq_ = 0;
  Dims y0dims_;
  int fevals_ = 0, steps_ = 0, failed_ = 0;
  Vec tout_, xs_;
  std::vector<Vec> yout_, ys_;
  const mcc_array* events_ = nullptr;
  Vec te_, ie_;
  std::vector<Vec> ye_;
};

void Solver::call(const mcc_array* fn, double t, const Vec& y, int nout, mcc_array** out) const {
  Ref ty(mcc_array_from_scalar(t));
  Ref yv = newArray(MCC_CLASS_DOUBLE, false, {neq_, 1}, false, a_.site);
  std::copy(y.begin(), y.end(), dataOf<double>(yv.get()));
  mcc_array* in[2] = {ty.get(), yv.get()};
  mcc_call_handle(fn, nout, out, 2, in, a_.site);
}

void Solver::events(double t, const Vec& y, Vec& value, Vec& terminal, Vec& direction) {
  mcc_array* out[3] = {nullptr, nullptr, nullptr};
  call(events_, t, y, 3, out);
  Ref v(out[0]), term(out[1]), dir(out[2]);
  for (const Ref* r : {&v, &term, &dir})
    if (!*r || r->get()->is_complex || !isValueClass(r->get()->class_id))
      a_.error("The event function must return real numeric value, isterminal and direction.");
  value = realValues(v.get());
  terminal = realValues(term.get());
  direction = realValues(dir.get());
  if (terminal.size() == 1) terminal.assign(value.size(), terminal[0]);
  if (direction.size() == 1) direction.assign(value.size(), direction[0]);
  if (terminal.size() != value.size() || direction.size() != value.size())
    a_.error("The event function's value, isterminal and direction must have the same number of elements.");
}

Vec Solver::slope(double t, const Vec& y) {
  mcc_array* out = nullptr;
  call(fun_, t, y, 1, &out);
  Ref f(out);
  ++fevals_;
  std::string fs = handleText(fun_);
  if (!f || f->numel != neq_)
    a_.error(fs + " returns a vector of length " + std::to_string(f ? f->numel : 0) +
             ", but the length of initial conditions vector is " + std::to_string(neq_) + ". The vector returned by " +
             fs + " and the initial conditions vector must have the same number of elements.");
  if (f->ndims != 2 || f->dims[1] != 1) a_.error(fs + " must return a column vector.");
  if (f->is_complex || !isValueClass(f->class_id)) notImplemented(p_.name + std::string(" of complex or non-numeric values"), a_.site);
  return realValues(f.get());
}

Vec Solver::interpolate(const Vec& y, double h, double s, const std::vector<Vec>& f) const {
  Vec powers(p_.order);
  double q = 1;
  for (int j = 0; j < p_.order; ++j) powers[j] = (q *= s);
  Vec r = y;
  for (int k = 0; k < p_.stages; ++k) {
    double w = 0;
    for (int j = 0; j < p_.order; ++j) w += p_.bi[k * p_.order + j] * powers[j];
    if (w != 0)
      for (size_t i = 0; i < neq_; ++i) r[i] += h * w * f[k][i];
  }
  return r;
}

void Solver::run() {
  const Args& a = a_;
  a.arity(3, 4, 5);
  fun_ = a[0];
  if (!mcc_is_function_handle(fun_)) {
    if (fun_->class_id == MCC_CLASS_CHAR) notImplemented(std::string(p_.name) + " with a function name (use a handle)", a.site);
    a.error("The first input to " + std::string(p_.name) + " must be a function handle.");
  }
  Vec tspan = numbers(a[1], a, "Vector tspan must be real.");
  Vec y = numbers(a[2], a, "The initial conditions vector must be real.");
  neq_ = y.size();
  y0dims_ = dimsOf(a[2]);
  if (tspan.size() < 2) a.error("Vector TSPAN must have two or more elements.");
  double t0 = tspan.front(), tfinal = tspan.back();
  if (t0 == tfinal) a.error("The last entry in tspan must be different from the first entry.");
  double tdir = tfinal > t0 ? 1 : -1;
  for (size_t k = 1; k < tspan.size(); ++k)
    if (tdir * (tspan[k] - tspan[k - 1]) <= 0) a.error("The entries in tspan must strictly increase or decrease.");
  SolverOptions o(a, 3, p_.name);
  for (const char* name : {"Mass", "OutputFcn", "NonNegative", "Jacobian", "MvPattern", "InitialSlope"})
    if (o.value(name)) notImplemented(std::string(p_.name) + " with the '" + name + "' option", a.site);
  double rtol = o.number("RelTol", 1e-3);
  if (!(rtol > 0)) a.error("RelTol must be a positive scalar.");
  if (rtol < 100 * DBL_EPSILON) {
    rtol = 100 * DBL_EPSILON;
    std::fflush(stdout);
    std::fprintf(stderr, "Warning: RelTol has been increased to %g.\n", rtol);
  }
  Vec atol(neq_, 1e-6);
  if (Ref at = o.value("AbsTol")) {
    Vec given = realValues(at.get());
    if (given.size() == 1) atol.assign(neq_, given[0]);
    else if (given.size() == neq_) atol = given;
    else a.error("Solving " + handleText(fun_) + " requires a scalar AbsTol, or a vector AbsTol of length " +
                 std::to_string(neq_) + ".");
    for (double v : atol)
      if (!(v > 0)) a.error("AbsTol must be positive.");
  }
  Ref eventFn = o.value("Events");
  if (eventFn && eventFn->numel != 0) {
    if (!mcc_is_function_handle(eventFn.get())) a.error("The 'Events' option must be a function handle.");
    events_ = eventFn.get();
  }
  bool normcontrol = o.text("NormControl", "off") == "on";
  int refine = static_cast<int>(o.number("Refine", p_.refine));
  if (refine < 1) refine = 1;
  double htspan = std::fabs(tfinal - t0);
  double hmax = std::min(htspan, std::fabs(o.number("MaxStep", 0.1 * htspan)));
  if (!(hmax > 0)) a.error("MaxStep must be positive.");
  Vec threshold(neq_);
  for (size_t i = 0; i < neq_; ++i) threshold[i] = atol[i] / rtol;
  double normThreshold = *std::max_element(threshold.begin(), threshold.end());
  auto norm2 = [](const Vec& v) {
    double s = 0;
    for (double x : v) s += x * x;
    return std::sqrt(s);
  };

  double t = t0;
  std::vector<Vec> f(p_.stages, Vec(neq_));
  f[0] = slope(t, y);
  double hmin = 16 * epsOf(t), absh;
  double htry = o.number("InitialStep", 0);
  if (htry == 0) {
    absh = std::min(hmax, htspan);
    double rh = 0;
    if (normcontrol) {
      rh = norm2(f[0]) / std::max(norm2(y), normThreshold);
    } else {
      for (size_t i = 0; i < neq_; ++i) rh = std::max(rh, std::fabs(f[0][i] / std::max(std::fabs(y[i]), threshold[i])));
    }
    rh /= 0.8 * std::pow(rtol, p_.pow);
    if (absh * rh > 1) absh = 1 / rh;
    absh = std::max(absh, hmin);
  } else {
    absh = std::min(hmax, std::max(hmin, std::fabs(htry)));
  }
  bool requested = tspan.size() > 2;
  size_t next = 1;
  output(t, y);
  xs_.push_back(t), ys_.push_back(y);
  Vec vold, term, dir;
  if (events_) events(t, y, vold, term, dir);
  bool done = false;
  while (!done) {
    hmin = 16 * epsOf(t);
    absh = std::min(hmax, std::max(hmin, absh));
    double h = tdir * absh;
    if (1.1 * absh >= std::fabs(tfinal - t)) {
      h = tfinal - t;
      absh = std::fabs(h);
      done = true;
    }
    bool nofailed = true;
    double tnew, err;
    Vec ynew(neq_);
    for (;;) {
      for (int k = 1; k < p_.stages; ++k) {
        // y + f * (h * a(k, :)).', the sum formed before y is added.
        Vec yk(neq_, 0.0);
        for (int j = 0; j < k; ++j) {
          double w = h * p_.a[k * p_.stages + j];
          for (size_t i = 0; i < neq_; ++i) yk[i] += f[j][i] * w;
        }
        for (size_t i = 0; i < neq_; ++i) yk[i] += y[i];
        double tk = t + h * p_.c[k];
        if (k == p_.stages - 1) {
          tnew = done ? tfinal : tk;
          h = tnew - t;
          ynew = yk;
          tk = tnew;
        }
        f[k] = slope(tk, yk);
      }
      Vec fe(neq_, 0.0);
      for (int k = 0; k < p_.stages; ++k)
        for (size_t i = 0; i < neq_; ++i) fe[i] += f[k][i] * p_.e[k];
      if (normcontrol) {
        err = absh * norm2(fe) / std::max(std::max(norm2(y), norm2(ynew)), normThreshold);
      } else {
        err = 0;
        for (size_t i = 0; i < neq_; ++i)
          err = std::max(err, std::fabs(fe[i]) / std::max(std::max(std::fabs(y[i]), std::fabs(ynew[i])), threshold[i]));
        err *= absh;
      }
      if (!(err > rtol)) break;
      ++failed_;
      if (absh <= hmin) {
        std::fflush(stdout);
        std::fprintf(stderr,
                     "Warning: Failure at t=%e.  Unable to meet integration tolerances without reducing the step "
                     "size below the smallest value allowed (%e) at time t.\n",
                     t, hmin);
        return finish();
      }
      if (nofailed) {
        nofailed = false;
        absh = std::max(hmin, absh * std::max(p_.shrink, 0.8 * std::pow(rtol / err, p_.pow)));
      } else {
        absh = std::max(hmin, 0.5 * absh);
      }
      h = tdir * absh;
      done = false;
    }
    ++steps_;
    // Events in this step: each crossing located by bisection on the
    // continuous extension, in time order, up to the first terminal one.
    double tstop = tnew;
    Vec ystop = ynew;
    bool terminal = false;
    if (events_) {
      Vec vnew;
      events(tnew, ynew, vnew, term, dir);
      std::vector<std::pair<double, size_t>> found;
      auto sgn = [](double v) { return (v > 0) - (v < 0); };
      double tol = 4 * epsOf(std::max(std::fabs(t), std::fabs(tnew)));
      for (size_t i = 0; i < vnew.size() && i < vold.size(); ++i) {
        if (vold[i] == 0 || sgn(vold[i]) == sgn(vnew[i]) || dir[i] * (vnew[i] - vold[i]) < 0) continue;
        double lo = 0, hi = 1;
        Vec v, tt, dd;
        for (int it = 0; it < 200 && (hi - lo) * std::fabs(h) > tol; ++it) {
          double mid = (lo + hi) / 2;
          events(t + mid * h, interpolate(y, h, mid, f), v, tt, dd);
          if (v[i] != 0 && sgn(v[i]) == sgn(vold[i])) lo = mid;
          else hi = mid;
        }
        found.emplace_back(hi, i);
      }
      std::stable_sort(found.begin(), found.end(), [](auto& x, auto& z) { return x.first < z.first; });
      for (auto [s, i] : found) {
        double te = s == 1 ? tnew : t + s * h;
        Vec ye = s == 1 ? ynew : interpolate(y, h, s, f);
        te_.push_back(te), ye_.push_back(ye), ie_.push_back(double(i + 1));
        if (term[i] != 0) {
          terminal = true, tstop = te, ystop = ye;
          break;
        }
      }
      vold = vnew;
    }
    if (requested) {
      while (next < tspan.size() && tdir * (tstop - tspan[next]) >= 0) {
        if (tspan[next] == tnew) output(tnew, ynew);
        else output(tspan[next], interpolate(y, h, (tspan[next] - t) / h, f));
        ++next;
      }
      if (terminal && (tout_.empty() || tout_.back() != tstop)) output(tstop, ystop);
    } else {
      for (int r = 1; r < refine; ++r) {
        double s = double(r) / refine;
        if (tdir * (t + h * s - tstop) >= 0) break;
        output(t + h * s, interpolate(y, h, s, f));
      }
      output(tstop, ystop);
    }
    if (terminal) {
      xs_.push_back(tstop), ys_.push_back(ystop);
      break;
    }
    xs_.push_back(tnew), ys_.push_back(ynew);
    if (nofailed) {
      double temp = 1.25 * std::pow(err / rtol, p_.pow);
      absh = temp > 0.2 ? absh / temp : 5.0 * absh;
    }
    t = tnew;
    y = ynew;
    f[0] = f[p_.stages - 1];
  }
  if (o.text("Stats", "off") == "on") {
    std::printf("%d successful steps\n%d failed attempts\n%d function evaluations\n", steps_, failed_, fevals_);
  }
  finish();
}

// A rows x cols double matrix whose element (r, c) is at(r, c).
template <class At> Ref matrixOf(size_t rows, size_t cols, At&& at, const mcc_site* site) {
  Ref m = newArray(MCC_CLASS_DOUBLE, false, {rows, cols}, false, site);
  double* d = dataOf<double>(m.get());
  for (size_t c = 0; c < cols; ++c)
    for (size_t r = 0; r < rows; ++r) d[c * rows + r] = at(r, c);
  return m;
}

void Solver::finish() {
  const mcc_site* site = a_.site;
  if (a_.nargout >= 2) {
    a_.set(0, matrixOf(tout_.size(), 1, [&](size_t r, size_t) { return tout_[r]; }, site));
    a_.set(1, matrixOf(yout_.size(), neq_, [&](size_t r, size_t c) { return yout_[r][c]; }, site));
    if (a_.nargout > 2) a_.set(2, matrixOf(te_.size(), 1, [&](size_t r, size_t) { return te_[r]; }, site));
    if (a_.nargout > 3) a_.set(3, matrixOf(ye_.size(), neq_, [&](size_t r, size_t c) { return ye_[r][c]; }, site));
    if (a_.nargout > 4) a_.set(4, matrixOf(ie_.size(), 1, [&](size_t r, size_t) { return ie_[r]; }, site));
    return;
  }
  // One output: the solution struct, with every step (never refined).
  Ref sol = newStruct({1, 1}, {"solver", "x", "y", "stats"}, site);
  Ref stats = newStruct({1, 1}, {"nsteps", "nfailed", "nfevals"}, site);
  setStructField(stats.get(), 0, 0, scalarResult(steps_).get());
  setStructField(stats.get(), 0, 1, scalarResult(failed_).get());
  setStructField(stats.get(), 0, 2, scalarResult(fevals_).get());
  setStructField(sol.get(), 0, 0, fromText(p_.name).get());
  setStructField(sol.get(), 0, 1, matrixOf(1, xs_.size(), [&](size_t, size_t c) { return xs_[c]; }, site).get());
  setStructField(sol.get(), 0, 2, matrixOf(neq_, ys_.size(), [&](size_t r, size_t c) { return ys_[c][r]; }, site).get());
  setStructField(sol.get(), 0, 3, stats.get());
  a_.set(0, std::move(sol));
}

}  // namespace

MCC_DEFINE_BUILTIN(ode45) { Solver(a, kOde45).run(); }
MCC_DEFINE_BUILTIN(ode23) { Solver(a, kOde23).run(); }
