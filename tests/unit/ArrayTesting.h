// The harness of the array core's unit tests (ArrayTest.cpp,
// ArrayIndexTest.cpp): values held by owning handles, builders, the
// operations as functions, show() and errorOf().
//
// A result is compared as one line, show(): class, size, then the elements in
// column-major order ("double 2x2: 1 3 2 4"). A test line that ends in
// `// octave: EXPR` expects exactly what GNU Octave 7.3 gives for EXPR;
// `python3 runtime-support/src/array/octave_expected.py check` re-runs every
// such EXPR in octave-cli and compares. Tests that cite MATLAB instead cover
// the error messages (Octave words them differently) and the places where
// Octave differs from MATLAB; each says so.
//
// Run-time errors are made testable by the runtime's fail hook, which throws
// here instead of exiting (fixture Array). Run the tests under ASan: every
// test must leave no array behind, thrown or not.
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <complex>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "Error.h"
#include "mcc/runtime.h"

namespace mcc_array_testing {

inline const double NaN = std::numeric_limits<double>::quiet_NaN();
inline const double Inf = std::numeric_limits<double>::infinity();
inline const mcc_site site{"test.m", 7};

struct MatlabError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Every test runs with the fail hook throwing MatlabError.
class Array : public ::testing::Test {
 protected:
  void SetUp() override {
    mcc::rt::setFailHook([](const std::string& message, const mcc_site*) { throw MatlabError(message); });
  }
  void TearDown() override { mcc::rt::setFailHook(nullptr); }
};

// A MATLAB value held by the test: copying shares (as `y = x` does).
class A {
 public:
  A() = default;
  explicit A(mcc_array* adopted) : p_(adopted) {}
  A(const A& other) : p_(other.p_ ? mcc_array_retain(other.p_) : nullptr) {}
  A(A&& other) noexcept : p_(std::exchange(other.p_, nullptr)) {}
  A& operator=(A other) {
    std::swap(p_, other.p_);
    return *this;
  }
  ~A() { mcc_array_release(p_); }
  mcc_array* get() const { return p_; }
  mcc_array* operator->() const { return p_; }
  mcc_array* take() { return std::exchange(p_, nullptr); }

 private:
  mcc_array* p_ = nullptr;
};

// --- Building values ----------------------------------------------------------

inline A num(double v) { return A(mcc_array_from_scalar(v)); }
inline A cplx(double re, double im) { return A(mcc_array_from_complex(re, im)); }
inline A empty() { return A(mcc_array_empty()); }
inline A colon() { return A(mcc_colon()); }
inline A str(const char* s) { return A(mcc_array_from_string(s, std::strlen(s))); }

// An N-d double array from its column-major elements.
inline A nd(std::vector<size_t> dims, std::vector<double> values) {
  A a(mcc_array_create(MCC_CLASS_DOUBLE, static_cast<uint32_t>(dims.size()), dims.data()));
  if (a->numel != values.size()) throw std::logic_error("nd: element count");
  if (!values.empty()) std::memcpy(a->data, values.data(), values.size() * sizeof(double));
  return a;
}
// mat(2, 3, {1, 2, 3, 4, 5, 6}) is MATLAB's [1 2 3; 4 5 6]: given row by row.
inline A mat(size_t rows, size_t cols, std::vector<double> rowMajor) {
  std::vector<double> v(rows * cols);
  for (size_t r = 0; r < rows; ++r)
    for (size_t c = 0; c < cols; ++c) v[c * rows + r] = rowMajor[r * cols + c];
  return nd({rows, cols}, v);
}
inline A row(std::vector<double> v) { return nd({1, v.size()}, v); }
inline A col(std::vector<double> v) { return nd({v.size(), 1}, v); }
inline A as(uint32_t cls, const A& a) { return A(mcc_array_cast(a.get(), cls, &site)); }
inline A logicals(std::vector<double> v) { return as(MCC_CLASS_LOGICAL, row(v)); }
// A complex row.
inline A crow(std::vector<std::complex<double>> v) {
  size_t dims[2] = {1, v.size()};
  A a(mcc_array_create_complex(MCC_CLASS_DOUBLE, 2, dims));
  std::memcpy(a->data, v.data(), v.size() * sizeof(v[0]));
  return a;
}
// magic(3), and 1:n reshaped, for indexing tests.
inline A magic3() { return mat(3, 3, {8, 1, 6, 3, 5, 7, 4, 9, 2}); }
inline A iota(std::vector<size_t> dims) {
  size_t n = 1;
  for (size_t d : dims) n *= d;
  std::vector<double> v(n);
  for (size_t i = 0; i < n; ++i) v[i] = double(i + 1);
  return nd(dims, v);
}

// --- Operations -----------------------------------------------------------------

inline A bin(uint32_t op, const A& a, const A& b) { return A(mcc_binary(op, a.get(), b.get(), &site)); }
inline A plus(const A& a, const A& b) { return bin(MCC_OP_PLUS, a, b); }
inline A minus(const A& a, const A& b) { return bin(MCC_OP_MINUS, a, b); }
inline A times(const A& a, const A& b) { return bin(MCC_OP_TIMES, a, b); }
inline A rdivide(const A& a, const A& b) { return bin(MCC_OP_RDIVIDE, a, b); }
inline A power(const A& a, const A& b) { return bin(MCC_OP_POWER, a, b); }

inline std::vector<const mcc_array*> raw(const std::vector<A>& v) {
  std::vector<const mcc_array*> out;
  for (const A& a : v) out.push_back(a.get());
  return out;
}
inline A sub(const A& x, std::vector<A> idx) {
  std::vector<const mcc_array*> p = raw(idx);
  return A(mcc_subsref(x.get(), p.size(), p.data(), &site));
}
// x(idx...) = v; consumes x, as generated code does.
inline A asg(A x, const A& v, std::vector<A> idx) {
  std::vector<const mcc_array*> p = raw(idx);
  return A(mcc_subsasgn(x.take(), v.get(), p.size(), p.data(), &site));
}
inline A cat(uint32_t dim, std::vector<A> parts) {
  std::vector<const mcc_array*> p = raw(parts);
  return A(mcc_cat(dim, p.size(), p.data(), &site));
}
inline A horzcat(std::vector<A> parts) { return cat(2, std::move(parts)); }
inline A vertcat(std::vector<A> parts) { return cat(1, std::move(parts)); }
inline A range(double a, double d, double b) { return A(mcc_range(a, d, b, &site)); }
inline A zeros(std::vector<double> sizes, uint32_t cls = MCC_CLASS_DOUBLE) {
  return A(mcc_zeros(cls, static_cast<uint32_t>(sizes.size()), sizes.data(), &site));
}
inline A ones(std::vector<double> sizes, uint32_t cls = MCC_CLASS_DOUBLE) {
  return A(mcc_ones(cls, static_cast<uint32_t>(sizes.size()), sizes.data(), &site));
}
inline A eye(std::vector<double> sizes) {
  return A(mcc_eye(MCC_CLASS_DOUBLE, static_cast<uint32_t>(sizes.size()), sizes.data(), &site));
}
inline A sum(const A& a, size_t dim = 0) { return A(mcc_sum(a.get(), dim, &site)); }
inline A prod(const A& a, size_t dim = 0) { return A(mcc_prod(a.get(), dim, &site)); }
inline A mean(const A& a, size_t dim = 0) { return A(mcc_mean(a.get(), dim, &site)); }
inline A any(const A& a, size_t dim = 0) { return A(mcc_any(a.get(), dim, &site)); }
inline A all(const A& a, size_t dim = 0) { return A(mcc_all(a.get(), dim, &site)); }
inline A cumsum(const A& a, size_t dim = 0) { return A(mcc_cumsum(a.get(), dim, &site)); }
inline A find(const A& a) { return A(mcc_find(a.get(), &site)); }
inline A max(const A& a, size_t dim = 0) { return A(mcc_max(a.get(), dim, nullptr, &site)); }
inline A min(const A& a, size_t dim = 0) { return A(mcc_min(a.get(), dim, nullptr, &site)); }
// The second output of [m, i] = max(a, [], dim).
inline A argmax(const A& a, size_t dim = 0) {
  mcc_array* where = nullptr;
  A m(mcc_max(a.get(), dim, &where, &site));
  return A(where);
}
inline A argmin(const A& a, size_t dim = 0) {
  mcc_array* where = nullptr;
  A m(mcc_min(a.get(), dim, &where, &site));
  return A(where);
}

// --- Looking at results -----------------------------------------------------------

inline std::string number(double v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "Inf" : "-Inf";
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

// One line per value; octave_expected.py prints Octave's values the same way.
inline std::string show(const A& a) {
  static const char* const names[] = {"double", "single", "int8",   "uint8",  "int16",   "uint16",
                                      "int32",  "uint32", "int64",  "uint64", "logical", "char"};
  const mcc_array* x = a.get();
  std::string s = std::string(names[x->class_id]) + " ";
  for (uint32_t k = 0; k < x->ndims; ++k) s += (k ? "x" : "") + std::to_string(x->dims[k]);
  s += ":";
  for (size_t i = 0; i < x->numel; ++i) {
    auto real = [&](size_t j) -> std::string {
      switch (x->class_id) {
        case MCC_CLASS_DOUBLE: return number(static_cast<const double*>(x->data)[j]);
        case MCC_CLASS_SINGLE: return number(static_cast<const float*>(x->data)[j]);
        case MCC_CLASS_INT8: return std::to_string(static_cast<const int8_t*>(x->data)[j]);
        case MCC_CLASS_UINT8: return std::to_string(static_cast<const uint8_t*>(x->data)[j]);
        case MCC_CLASS_INT16: return std::to_string(static_cast<const int16_t*>(x->data)[j]);
        case MCC_CLASS_UINT16: return std::to_string(static_cast<const uint16_t*>(x->data)[j]);
        case MCC_CLASS_INT32: return std::to_string(static_cast<const int32_t*>(x->data)[j]);
        case MCC_CLASS_UINT32: return std::to_string(static_cast<const uint32_t*>(x->data)[j]);
        case MCC_CLASS_INT64: return std::to_string(static_cast<const int64_t*>(x->data)[j]);
        case MCC_CLASS_UINT64: return std::to_string(static_cast<const uint64_t*>(x->data)[j]);
        case MCC_CLASS_LOGICAL: return std::to_string(static_cast<const uint8_t*>(x->data)[j]);
        case MCC_CLASS_CHAR: return std::to_string(static_cast<const uint16_t*>(x->data)[j]);
      }
      return "?";
    };
    s += x->is_complex ? " (" + real(2 * i) + "," + real(2 * i + 1) + ")" : " " + real(i);
  }
  return s;
}

// The message of the MATLAB error that f raises ("" when none).
template <class F> inline std::string errorOf(F&& f) {
  try {
    f();
  } catch (const MatlabError& e) {
    return e.what();
  }
  return "";
}

}  // namespace mcc_array_testing
