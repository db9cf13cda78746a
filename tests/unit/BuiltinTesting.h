// The harness of the builtins' unit tests (Builtin*Test.cpp), on top of
// ArrayTesting.h (values held by A, show(), errorOf(), the fail hook that
// throws): calling a builtin through its C entry point mcc_bi_NAME as
// generated code does, and looking at what it gives back (text of a char
// result, elements compared within a tolerance, dims, warnings on stderr).
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "ArrayTesting.h"

namespace mcc_array_testing {

using BuiltinFn = void (*)(uint32_t, mcc_array**, uint32_t, mcc_array* const*, const mcc_site*);

// [out1, ..., outN] = f(in...): its max(nargout, 1) outputs, owned by the
// test (an output the builtin leaves NULL stays empty). Outputs set before
// an error are released.
inline std::vector<A> calls(BuiltinFn f, uint32_t nargout, const std::vector<A>& in) {
  std::vector<mcc_array*> args;
  for (const A& a : in) args.push_back(a.get());
  std::vector<mcc_array*> out(nargout ? nargout : 1, nullptr);
  auto collect = [&] {
    std::vector<A> held;
    for (mcc_array* o : out) held.emplace_back(o);
    return held;
  };
  try {
    f(nargout, out.data(), static_cast<uint32_t>(args.size()), args.data(), &site);
  } catch (...) {
    collect();
    throw;
  }
  return collect();
}
// y = f(in...).
inline A call(BuiltinFn f, const std::vector<A>& in = {}) { return std::move(calls(f, 1, in)[0]); }
inline std::string showCall(BuiltinFn f, const std::vector<A>& in = {}) { return show(call(f, in)); }

inline A i8(std::vector<double> v) { return as(MCC_CLASS_INT8, row(std::move(v))); }

// The text of a char row (codes below 128 only), or of each row of a char
// matrix joined with '|'.
inline std::string text(const A& a) {
  EXPECT_EQ(a->class_id, uint32_t(MCC_CLASS_CHAR));
  std::string s;
  size_t rows = a->dims[0], cols = rows ? a->numel / rows : 0;
  const auto* p = static_cast<const uint16_t*>(a->data);
  for (size_t r = 0; r < rows; ++r) {
    if (r) s += '|';
    for (size_t c = 0; c < cols; ++c) s += char(p[c * rows + r]);
  }
  return s;
}

// The dims of a result as "2x3".
inline std::string size(const A& a) {
  std::string s;
  for (uint32_t k = 0; k < a->ndims; ++k) s += (k ? "x" : "") + std::to_string(a->dims[k]);
  return s;
}

// What f writes on stderr (MATLAB's warnings).
inline std::string stderrOf(const std::function<void()>& f) {
  ::testing::internal::CaptureStderr();
  f();
  return ::testing::internal::GetCapturedStderr();
}

// The elements of a double or single result as doubles, as stored: a
// complex one's real and imaginary parts interleaved.
inline std::vector<double> values(const A& a) {
  std::vector<double> v;
  const mcc_array* x = a.get();
  size_t n = x->numel * (x->is_complex ? 2 : 1);
  for (size_t i = 0; i < n; ++i)
    v.push_back(x->class_id == MCC_CLASS_SINGLE ? static_cast<const float*>(x->data)[i]
                                                : static_cast<const double*>(x->data)[i]);
  return v;
}

// Every value of `got` (the elements of a) within `tol` relative of what is
// expected (NaN matches NaN).
inline ::testing::AssertionResult nearValues(const A& a, const std::vector<double>& got,
                                             const std::vector<double>& expected, double tol) {
  if (got.size() != expected.size())
    return ::testing::AssertionFailure() << show(a) << ": " << got.size() << " values, expected " << expected.size();
  for (size_t i = 0; i < got.size(); ++i) {
    double g = got[i], e = expected[i];
    bool ok = (std::isnan(g) && std::isnan(e)) || g == e || std::abs(g - e) <= tol * std::max(1.0, std::abs(e));
    if (!ok) return ::testing::AssertionFailure() << show(a) << ": element " << i << " expected " << number(e);
  }
  return ::testing::AssertionSuccess();
}

}  // namespace mcc_array_testing
