// interpn and interp3 (poly.def): 'linear' (the default; multilinear over
// the cell around each point) and 'nearest' interpolation on a full grid,
// NaN outside it (or the given extrapolation value). interpn's grid is in
// ndgrid order (dimension d holds the d-th coordinate), interp3's in
// meshgrid order (x along columns, y along rows), as in MATLAB. Grid
// arguments may be full grid arrays or grid vectors; without them the grid
// is 1:size(V, d). Query points are arrays of one size (scattered points),
// or vectors of other lengths, which span a grid of queries (ndgrid order
// for interpn, meshgrid order for interp3).
// Tests: tests/conformance/programs/math_interpn.m (Octave 7).
#include <algorithm>
#include <cmath>
#include <vector>

#include "builtins/Builtin.h"
#include "builtins/Layout.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

// The coordinates along dimension d of a grid argument: a vector of
// size(V, d) values, or a full grid array read along d.
std::vector<double> gridVector(const Args& a, uint32_t k, size_t d, const Dims& vd) {
  const mcc_array* g = a[k];
  std::vector<double> v = numbers(g, a, "Grid arrays must be real.");
  size_t len = d < vd.size() ? vd[d] : 1;
  if (isVectorShape(g) && v.size() == len) return v;
  Dims gd = paddedDims(g, vd.size());
  if (gd != vd) a.error("The grid vectors do not define a grid of points that match the given values.");
  std::vector<double> r(len);
  size_t stride = 1;
  for (size_t e = 0; e < d; ++e) stride *= vd[e];
  for (size_t i = 0; i < len; ++i) r[i] = v[i * stride];
  return r;
}

// The interpolant at one point: multilinear or nearest over the grid.
double interpolate(const std::vector<std::vector<double>>& grid, const std::vector<double>& values, const Dims& vd,
                   const std::vector<double>& q, bool nearest, double outside) {
  size_t n = grid.size();
  std::vector<size_t> lo(n);
  std::vector<double> t(n);
  for (size_t d = 0; d < n; ++d) {
    const std::vector<double>& g = grid[d];
    double x = q[d];
    if (std::isnan(x) || x < g.front() || x > g.back()) return outside;
    if (g.size() == 1) {
      lo[d] = 0, t[d] = 0;
      continue;
    }
    size_t i = size_t(std::upper_bound(g.begin(), g.end(), x) - g.begin());
    i = std::min(std::max<size_t>(i, 1), g.size() - 1) - 1;
    lo[d] = i;
    t[d] = (x - g[i]) / (g[i + 1] - g[i]);
    if (nearest) t[d] = t[d] >= 0.5 ? 1 : 0;
  }
  double r = 0;
  for (size_t corner = 0; corner < (size_t(1) << n); ++corner) {
    double w = 1;
    std::vector<size_t> sub(n);
    for (size_t d = 0; d < n; ++d) {
      bool up = (corner >> d) & 1;
      w *= up ? t[d] : 1 - t[d];
      sub[d] = lo[d] + (up && grid[d].size() > 1 ? 1 : 0);
    }
    if (w != 0) r += w * values[linearIndex(vd, sub)];
  }
  return r;
}

// interpn (meshgridOrder false) and interp3 (true) with n dimensions.
void interpGrid(const Args& a, bool meshgridOrder, const char* fname) {
  // The method and extrapolation value at the end.
  uint32_t last = a.nargin;
  bool nearest = false;
  double outside = NAN;
  if (last >= 2 && !a.isText(last - 1) && last >= 3 && a.isText(last - 2) && a[last - 1]->numel == 1) {
    outside = a.scalar(last - 1);
    --last;
  }
  if (last >= 1 && a.isText(last - 1)) {
    std::string m = option(a, last - 1);
    if (m == "nearest") nearest = true;
    else if (m != "linear") notImplemented(std::string(fname) + "'s method '" + a.text(last - 1) + "'", a.site);
    --last;
  }
  size_t n;
  uint32_t vAt, qAt;
  bool withGrid;
  if (meshgridOrder) {
    n = 3;
    if (last == 7) withGrid = true, vAt = 3, qAt = 4;
    else if (last == 4) withGrid = false, vAt = 0, qAt = 1;
    else a.error(last < 4 ? "Not enough input arguments." : "Invalid arguments.");
  } else {
    if (last < 3) a.error("Not enough input arguments.");
    // interpn(V, Y1, ..., Yn) when V (the first argument) has n = nargin - 1
    // dimensions (a vector one), else interpn(X1, ..., Xn, V, Y1, ..., Yn).
    size_t firstDims = isVectorShape(a[0]) ? 1 : a[0]->ndims;
    if (firstDims == last - 1 || last % 2 == 0) {
      n = last - 1, withGrid = false, vAt = 0, qAt = 1;
    } else {
      n = (last - 1) / 2, withGrid = true, vAt = uint32_t(n), qAt = uint32_t(n + 1);
    }
  }
  const mcc_array* V = a[vAt];
  if (!isValueClass(V->class_id) || V->is_complex) a.error("V must be a real numeric array.");
  Dims vd = paddedDims(V, n);
  if (vd.size() > n) a.error("The number of input coordinate arrays does not equal the number of dimensions of V.");
  std::vector<double> values = realValues(V);
  // Argument position of coordinate d (ndgrid order) among the grid and query arguments.
  auto argOf = [&](size_t d) -> uint32_t { return meshgridOrder && d < 2 ? uint32_t(1 - d) : uint32_t(d); };
  std::vector<std::vector<double>> grid(n);
  for (size_t d = 0; d < n; ++d) {
    if (withGrid) grid[d] = gridVector(a, argOf(d), d, vd);
    else
      for (size_t i = 0; i < vd[d]; ++i) grid[d].push_back(double(i + 1));
    for (size_t i = 1; i < grid[d].size(); ++i)
      if (!(grid[d][i] > grid[d][i - 1])) a.error("The grid vectors must be strictly monotonic increasing.");
  }
  std::vector<std::vector<double>> q(n);
  bool sameSize = true;
  for (size_t d = 0; d < n; ++d) {
    q[d] = numbers(a[qAt + argOf(d)], a, "Query points must be real.");
    sameSize &= dimsOf(a[qAt + argOf(d)]) == dimsOf(a[qAt]);
  }
  std::vector<double> out;
  Dims od;
  if (sameSize) {
    od = dimsOf(a[qAt]);
    for (size_t k = 0; k < q[0].size(); ++k) {
      std::vector<double> p(n);
      for (size_t d = 0; d < n; ++d) p[d] = q[d][k];
      out.push_back(interpolate(grid, values, vd, p, nearest, outside));
    }
  } else {
    for (size_t d = 0; d < n; ++d)
      if (!isVectorShape(a[qAt + argOf(d)])) a.error("Query points must be arrays of one size or grid vectors.");
    for (size_t d = 0; d < n; ++d) od.push_back(q[d].size());
    forEachSubscript(od, [&](size_t, const std::vector<size_t>& sub) {
      std::vector<double> p(n);
      for (size_t d = 0; d < n; ++d) p[d] = q[d][sub[d]];
      out.push_back(interpolate(grid, values, vd, p, nearest, outside));
    });
  }
  a.set(0, floatArray(V->class_id == MCC_CLASS_SINGLE, od, out, a.site));
}

}  // namespace

MCC_DEFINE_BUILTIN(interpn) { interpGrid(a, false, "interpn"); }
MCC_DEFINE_BUILTIN(interp3) { interpGrid(a, true, "interp3"); }
