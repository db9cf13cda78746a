// Arrays made from numbers: colon ranges, zeros/ones/eye, linspace; and the
// size queries size, length and isempty.
#include <algorithm>
#include <cmath>
#include <limits>

#include "array/Array.h"
#include "builtins/Maps.h"

using namespace mcc::rt;

namespace {

const char* const tooLargeText = "Maximum variable size allowed by the program is exceeded.";

Ref row(const std::vector<double>& values, const mcc_site* site) {
  Ref r = newArray(MCC_CLASS_DOUBLE, false, {1, values.size()}, false, site);
  if (!values.empty()) std::memcpy(r->data, values.data(), values.size() * sizeof(double));
  return r;
}

// MATLAB's colon (after The MathWorks' description of it, colonop.m): the
// count allows a relative tolerance of 2 eps at the end point, and the
// elements are built from both ends so that the range is symmetric.
Ref colonRange(double a, double d, double b, const mcc_site* site) {
  if (std::isnan(a) || std::isnan(d) || std::isnan(b)) return row({std::numeric_limits<double>::quiet_NaN()}, site);
  if (d == 0 || (d > 0 && a > b) || (d < 0 && a < b)) return row({}, site);
  if (std::isinf(a) || std::isinf(b)) fail(tooLargeText, site);
  if (std::isinf(d)) return row({a}, site);
  double n;  // intervals: the range has n + 1 elements
  if (a == std::floor(a) && d == 1) {
    n = std::floor(b) - a;
  } else if (a == std::floor(a) && d == std::floor(d)) {
    double q = std::floor(a / d), r = a - q * d;
    n = std::floor((b - r) / d) - q;
  } else {
    n = std::round((b - a) / d);
    double tol = 2.0 * std::numeric_limits<double>::epsilon() * std::max(std::abs(a), std::abs(b));
    if ((d > 0 ? 1 : -1) * (a + n * d - b) > tol) n -= 1;
  }
  if (n < 0) return row({}, site);
  if (n >= 281474976710656.0) fail(tooLargeText, site);  // 2^48 elements
  double tol = 2.0 * std::numeric_limits<double>::epsilon() * std::max(std::abs(a), std::abs(b));
  double last = a + n * d;
  if ((d > 0 ? 1 : -1) * (last - b) > -tol) last = b;
  size_t count = static_cast<size_t>(n) + 1;
  std::vector<double> v(count);
  const size_t intervals = count - 1;
  for (size_t k = 0; k <= intervals / 2; ++k) {
    v[k] = a + double(k) * d;
    v[intervals - k] = last - double(k) * d;
  }
  if (intervals % 2 == 0) v[intervals / 2] = (a + last) / 2;
  return row(v, site);
}

// The dims given to zeros, ones and eye: one size n means n-by-n; negative
// sizes count as 0.
Dims sizeArguments(uint32_t nsizes, const double* sizes, const mcc_site* site) {
  Dims dims;
  for (uint32_t k = 0; k < nsizes; ++k) {
    double s = sizes[k];
    if (std::isnan(s) || s != std::floor(s)) fail("Size inputs must be integers.", site);
    if (s > 1e15) fail(tooLargeText, site);
    dims.push_back(s < 0 ? 0 : static_cast<size_t>(s));
  }
  if (dims.empty()) return {1, 1};
  if (dims.size() == 1) dims.push_back(dims[0]);
  return dims;
}

void fillOnes(mcc_array* a) {
  visitClass(a->class_id, [&](auto tag) {
    using T = typename decltype(tag)::T;
    std::fill(dataOf<T>(a), dataOf<T>(a) + a->numel, T(1));
  });
}

}  // namespace

extern "C" {

mcc_array* mcc_range(double first, double step, double last, const mcc_site* site) {
  return colonRange(first, step, last, site).release();
}

mcc_array* mcc_zeros(uint32_t class_id, uint32_t nsizes, const double* sizes, const mcc_site* site) {
  return newArray(class_id, false, sizeArguments(nsizes, sizes, site), true, site).release();
}

mcc_array* mcc_ones(uint32_t class_id, uint32_t nsizes, const double* sizes, const mcc_site* site) {
  Ref r = newArray(class_id, false, sizeArguments(nsizes, sizes, site), false, site);
  fillOnes(r.get());
  return r.release();
}

mcc_array* mcc_eye(uint32_t class_id, uint32_t nsizes, const double* sizes, const mcc_site* site) {
  Dims dims = sizeArguments(nsizes, sizes, site);
  if (dims.size() > 2) fail("N-dimensional arrays are not supported.", site);
  Ref r = newArray(class_id, false, dims, true, site);
  visitClass(class_id, [&](auto tag) {
    using T = typename decltype(tag)::T;
    for (size_t i = 0; i < std::min(dims[0], dims[1]); ++i) dataOf<T>(r.get())[i * dims[0] + i] = T(1);
  });
  return r.release();
}

mcc_array* mcc_linspace(double first, double last, double n, const mcc_site* site) {
  if (std::isnan(n)) fail("Size inputs must be integers.", site);
  n = std::floor(n);
  if (n < 1) return row({}, site).release();
  if (n > 1e15) fail(tooLargeText, site);
  size_t count = static_cast<size_t>(n);
  std::vector<double> v(count);
  // MATLAB's linspace.m: first + (0:n-1).*(last-first)./(n-1), guarding
  // against overflow of the difference; then the ends exactly.
  double n1 = n - 1, span = last - first;
  bool overflows = std::isinf(span * (n1 - 1));
  for (size_t k = 0; k < count; ++k) {
    double kk = double(k);
    if (!overflows)
      v[k] = first + kk * span / n1;
    else if (std::isinf(span))
      v[k] = first + (last / n1) * kk - (first / n1) * kk;
    else
      v[k] = first + kk * (span / n1);
  }
  if (first == last) {
    std::fill(v.begin(), v.end(), first);
  } else {
    v.front() = first;
    v.back() = last;
  }
  return row(v, site).release();
}

mcc_array* mcc_size(const mcc_array* a) {
  if (isMap(a)) return row({double(mapCount(a)), 1.0}, nullptr).release();  // n-by-1 pairs
  checkedAny(a);
  std::vector<double> dims(a->dims, a->dims + a->ndims);
  return row(dims, nullptr).release();
}

size_t mcc_length(const mcc_array* a) {
  if (isMap(a)) return mapCount(a);
  checkedAny(a);
  return a->numel == 0 ? 0 : *std::max_element(a->dims, a->dims + a->ndims);
}

int mcc_isempty(const mcc_array* a) { return isMap(a) ? mapCount(a) == 0 : checkedAny(a)->numel == 0; }

}  // extern "C"
