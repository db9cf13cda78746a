// Builtins of handles.def that call a function and look at the call
// rather than its value: nthargout (output n of a call with more outputs:
// MATLAB's and Octave's nthargout(n, f, args...) and nthargout(n, ntot, f,
// args...)) and timeit (the median time of f() in seconds, MATLAB's
// timeit: each measurement times enough calls to last about a millisecond).
// A function given by name must be a builtin (a handle names any function).
// Tests: tests/conformance/programs/builtin_nthargout.m (Octave 7),
// builtin_timeit_matlab.m.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <vector>

#include "array/Aggregate.h"
#include "builtins/Builtin.h"
#include "builtins/Handles.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

// Input k as a handle: a handle, or the name of a builtin.
Ref functionArg(const Args& a, uint32_t k) {
  if (mcc_is_function_handle(a[k])) return Ref::share(a[k]);
  if (a.isText(k)) return handleForName(a.text(k), a.site);
  a.error("FUNC must be a function handle or the name of a function.");
}

void nthargoutBuiltin(const Args& a) {
  a.arity(2, 0xffffffffu, 1);
  std::vector<double> n = numbers(a[0], a, "N must be a positive integer or a vector of positive integers.");
  uint32_t f = 1;
  double total = 0;
  if (!mcc_is_function_handle(a[1]) && !a.isText(1)) {
    total = a.scalar(1);
    f = 2;
    if (a.nargin < 3) a.error("Not enough input arguments.");
  }
  for (double k : n)
    if (!(k >= 1) || k != std::floor(k)) a.error("N must be a positive integer or a vector of positive integers.");
  double most = n.empty() ? 0 : *std::max_element(n.begin(), n.end());
  if (total == 0) total = most;
  if (total < most || total != std::floor(total)) a.error("NTOT must be a positive integer no smaller than max(N).");
  Ref fn = functionArg(a, f);
  std::vector<mcc_array*> in;
  for (uint32_t k = f + 1; k < a.nargin; ++k) in.push_back(const_cast<mcc_array*>(a[k]));
  std::vector<mcc_array*> out(size_t(total), nullptr);
  mcc_call_handle(fn.get(), uint32_t(total), out.data(), uint32_t(in.size()), in.data(), a.site);
  std::vector<Ref> outs;
  for (mcc_array* o : out) outs.emplace_back(o);
  auto value = [&](double k) {
    const Ref& v = outs[size_t(k) - 1];
    if (!v) a.error("Output argument " + std::to_string(size_t(k)) + " was not assigned by the call.");
    return v.get();
  };
  if (n.size() == 1) return a.set(0, Ref::share(value(n[0])));
  Ref c = newCell(dimsOf(a[0]), a.site);
  for (size_t i = 0; i < n.size(); ++i) setCellElement(c.get(), i, value(n[i]));
  a.set(0, std::move(c));
}

void timeitBuiltin(const Args& a) {
  a.arity(1, 2, 1);
  if (!mcc_is_function_handle(a[0])) a.error("The first input to timeit must be a function handle.");
  uint32_t outputs = 0;
  if (a.nargin == 2) {
    double k = a.scalar(1);
    if (!(k >= 0) || k != std::floor(k)) a.error("The number of outputs must be a nonnegative integer.");
    outputs = uint32_t(k);
  }
  using Clock = std::chrono::steady_clock;
  auto run = [&](size_t times) {
    auto start = Clock::now();
    for (size_t i = 0; i < times; ++i) {
      std::vector<mcc_array*> out(outputs ? outputs : 1, nullptr);
      mcc_call_handle(a[0], outputs, out.data(), 0, nullptr, a.site);
      for (mcc_array* o : out)
        if (o) mcc_array_release(o);
    }
    return std::chrono::duration<double>(Clock::now() - start).count();
  };
  double first = run(1);  // also warms up
  size_t inner = first > 0 ? size_t(std::clamp(1e-3 / first, 1.0, 1e6)) : 1000;
  size_t outer = first > 0.1 ? 3 : 11;
  std::vector<double> t;
  for (size_t k = 0; k < outer; ++k) t.push_back(run(inner) / double(inner));
  std::sort(t.begin(), t.end());
  double median = t[t.size() / 2];
  a.set(0, scalarResult(median > 0 ? median : 1e-9));
}

}  // namespace

MCC_DEFINE_BUILTIN(nthargout) { nthargoutBuiltin(a); }
MCC_DEFINE_BUILTIN(timeit) { timeitBuiltin(a); }
