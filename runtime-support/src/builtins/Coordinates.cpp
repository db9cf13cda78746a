// Builtins of coordinates.def: cart2pol, pol2cart, cart2sph and sph2cart.
// The inputs broadcast by implicit expansion (MATLAB's, where Octave 7
// allows only scalars against arrays); cart2pol's and pol2cart's third
// input passes through unchanged, as MATLAB's does. Octave's one-matrix
// form (a 2- or 3-element vector or an N-by-2 or N-by-3 array) is taken
// too. Results are single when an input is single, else double.
// Tests: conformance math_coordinates (Octave 7.3).
#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "builtins/Builtin.h"
#include "builtins/Layout.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

// The inputs of one call: the coordinates as columns of a matrix argument
// or as separate (broadcast) arguments.
struct Coordinates {
  std::vector<const mcc_array*> held;  // the arrays the values came from
  std::vector<std::vector<double>> values;
  ExpandedAll shape;
  bool single = false;
  size_t size() const { return shape.at.empty() ? 0 : shape.at[0].size(); }
  double at(size_t k, size_t i) const { return values[k][shape.at[k][i]]; }
};

void checkReal(const Args& a, const mcc_array* x, const char* fname) {
  if (!isValueClass(x->class_id) || x->is_complex)
    a.error(std::string(fname) + ": inputs must be real numeric arrays or scalars.");
}

// The inputs of fname, which takes `count` coordinates (the last one
// optional when optionalLast). Only the first `used` inputs broadcast and
// decide the class (cart2pol's z is not read).
Coordinates coordinates(const Args& a, const char* fname, uint32_t count, bool optionalLast, size_t used,
                        std::vector<Ref>& columns) {
  Coordinates c;
  std::vector<const mcc_array*> xs;
  if (a.nargin == 1) {
    const mcc_array* m = a[0];
    checkReal(a, m, fname);
    std::string shapeText = std::string(fname) + ": matrix input must be a " + (optionalLast ? "2- or 3" : "3") +
                            "-element vector or a " + (optionalLast ? "2- or 3" : "3") + "-column array";
    if (m->ndims != 2) a.error(shapeText);
    std::vector<double> v = realValues(m);
    bool vector = isVectorShape(m);
    size_t n = vector ? m->numel : m->dims[1], rows = vector ? 1 : m->dims[0];
    if (n != count && !(optionalLast && n == count - 1)) a.error(shapeText);
    for (size_t k = 0; k < n; ++k) {
      std::vector<double> col(v.begin() + long(k * rows), v.begin() + long((k + 1) * rows));
      columns.push_back(floatArray(false, {rows, 1}, col, a.site));
      xs.push_back(columns.back().get());
    }
    c.single = m->class_id == MCC_CLASS_SINGLE;
  } else {
    if (a.nargin < count - (optionalLast ? 1 : 0)) a.error("Not enough input arguments.");
    for (uint32_t k = 0; k < a.nargin; ++k) {
      checkReal(a, a[k], fname);
      xs.push_back(a[k]);
      if (k < used && a[k]->class_id == MCC_CLASS_SINGLE) c.single = true;
    }
  }
  for (const mcc_array* x : xs) c.values.push_back(realValues(x));
  c.held = xs;
  c.shape = expandAll(std::vector<const mcc_array*>(xs.begin(), xs.begin() + long(used)), a.site);
  return c;
}

// Outputs 0..n-1 from f, which maps the first n coordinates at one element
// to n values; a further input (z) is output n as given (MATLAB returns z
// itself; of a one-matrix call, its column).
void transform(const Args& a, const char* fname, uint32_t count, bool optionalLast, uint32_t n,
               const std::function<void(const double*, double*)>& f) {
  a.arity(1, count, count);
  std::vector<Ref> columns;
  Coordinates c = coordinates(a, fname, count, optionalLast, n, columns);
  if (a.nargout > std::max<size_t>(n, c.held.size())) a.error("Too many output arguments.");
  size_t m = c.size();
  std::vector<std::vector<double>> out(n, std::vector<double>(m));
  std::vector<double> in(n), res(n);
  for (size_t i = 0; i < m; ++i) {
    for (size_t k = 0; k < in.size(); ++k) in[k] = c.at(k, i);
    f(in.data(), res.data());
    for (uint32_t k = 0; k < n; ++k) out[k][i] = res[k];
  }
  for (uint32_t k = 0; k < n; ++k) a.set(k, floatArray(c.single, c.shape.out, out[k], a.site));
  // The pass-through z of cart2pol and pol2cart.
  if (n < c.held.size() && a.nargout > n) {
    const mcc_array* z = c.held[n];
    a.set(n, a.nargin == 1 ? floatArray(c.single, c.shape.out, c.values[n], a.site) : Ref::share(z));
  }
}

}  // namespace

// [theta, rho] = cart2pol(x, y), [theta, rho, z] = cart2pol(x, y, z).
MCC_DEFINE_BUILTIN(cart2pol) {
  transform(a, "cart2pol", 3, true, 2, [](const double* v, double* r) {
    r[0] = std::atan2(v[1], v[0]);
    r[1] = std::hypot(v[0], v[1]);
  });
}

// [x, y] = pol2cart(theta, rho), [x, y, z] = pol2cart(theta, rho, z).
MCC_DEFINE_BUILTIN(pol2cart) {
  transform(a, "pol2cart", 3, true, 2, [](const double* v, double* r) {
    r[0] = v[1] * std::cos(v[0]);
    r[1] = v[1] * std::sin(v[0]);
  });
}

// [azimuth, elevation, r] = cart2sph(x, y, z).
MCC_DEFINE_BUILTIN(cart2sph) {
  transform(a, "cart2sph", 3, false, 3, [](const double* v, double* r) {
    double xy = std::hypot(v[0], v[1]);
    r[0] = std::atan2(v[1], v[0]);
    r[1] = std::atan2(v[2], xy);
    r[2] = std::hypot(xy, v[2]);
  });
}

// [x, y, z] = sph2cart(azimuth, elevation, r).
MCC_DEFINE_BUILTIN(sph2cart) {
  transform(a, "sph2cart", 3, false, 3, [](const double* v, double* r) {
    double rc = v[2] * std::cos(v[1]);
    r[0] = rc * std::cos(v[0]);
    r[1] = rc * std::sin(v[0]);
    r[2] = v[2] * std::sin(v[1]);
  });
}
