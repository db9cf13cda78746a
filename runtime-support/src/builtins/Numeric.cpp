// Builtins of numeric.def: numerical integration along a dimension (trapz,
// cumtrapz), polygons (polyarea, inpolygon), counting into bins (histc), the bin of each value
// (discretize) and accumulation by subscripts (accumarray, with the default
// sum or a function).
//
// Values are computed in double (single when an input is single); results
// keep MATLAB's shapes: the integrated dim becomes 1 (trapz) or keeps its
// length (cumtrapz), histc's counts run along the dim of the data.
// Tests: tests/conformance/programs/array_trapz_histc_accumarray.m.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "array/Aggregate.h"
#include "builtins/Builtin.h"
#include "builtins/Layout.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

// The real values of input k as doubles (error for complex).
std::vector<double> realInput(const Args& a, uint32_t k, const char* name) {
  if (a[k]->is_complex) notImplemented(std::string(name) + " of complex values", a.site);
  if (!isValueClass(a[k]->class_id)) a.error(std::string("Invalid data type for ") + name + ".");
  return realValues(a[k]);
}

// trapz/cumtrapz(Y), (X, Y), (X, Y, dim), (Y, dim).
void trapezoids(const Args& a, bool cumulative) {
  const char* name = cumulative ? "cumtrapz" : "trapz";
  a.arity(1, 3, 1);
  uint32_t yAt = 0;
  size_t dim = 0;
  bool haveX = false;
  if (a.nargin == 3) {
    yAt = 1;
    haveX = true;
    dim = mcc_dim_arg(a.scalar(2), a.site);
  } else if (a.nargin == 2) {
    if (a[1]->numel == 1) {
      dim = mcc_dim_arg(a.scalar(1), a.site);
    } else {
      yAt = 1;
      haveX = true;
    }
  }
  const mcc_array* y = checked(a[yAt]);
  if (!dim) dim = defaultDim(y);
  std::vector<double> yv = realInput(a, yAt, name);
  Slices s = slicesAlong(y, dim);
  // The spacing of each step along dim.
  std::vector<double> dx(s.len > 1 ? s.len - 1 : 0, 1.0);
  if (haveX) {
    std::vector<double> xv = realInput(a, 0, name);
    if (xv.size() == 1) {
      std::fill(dx.begin(), dx.end(), xv[0]);
    } else {
      if (!isVectorShape(a[0]) || xv.size() != s.len)
        a.error("Length of X must match the length of the first non-singleton dimension of Y.");
      for (size_t k = 0; k + 1 < s.len; ++k) dx[k] = xv[k + 1] - xv[k];
    }
  }
  bool single = y->class_id == MCC_CLASS_SINGLE || (haveX && a[0]->class_id == MCC_CLASS_SINGLE);
  Dims out = paddedDims(y, dim);
  if (!cumulative) out[dim - 1] = 1;
  std::vector<double> r(numelOf(out), 0.0);
  for (size_t o = 0; o < s.after; ++o)
    for (size_t i = 0; i < s.before; ++i) {
      double acc = 0;
      for (size_t k = 0; k + 1 < s.len; ++k) {
        acc += dx[k] * (yv[s.at(o, k, i)] + yv[s.at(o, k + 1, i)]) / 2;
        if (cumulative) r[s.at(o, k + 1, i)] = acc;
      }
      if (!cumulative) r[o * s.before + i] = acc;
    }
  a.set(0, floatArray(single, out, r, a.site));
}

// [n, bin] = histc(x, edges, dim).
void histcBuiltin(const Args& a) {
  a.arity(2, 3, 2);
  const mcc_array* x = checked(a[0]);
  std::vector<double> xv = realInput(a, 0, "histc");
  std::vector<double> edges = realInput(a, 1, "histc");
  for (size_t k = 1; k < edges.size(); ++k)
    if (!(edges[k] >= edges[k - 1])) a.error("Edge vector must be monotonically non-decreasing.");
  size_t dim = a.nargin == 3 ? mcc_dim_arg(a.scalar(2), a.site) : defaultDim(x);
  Slices s = slicesAlong(x, dim);
  size_t ne = edges.size();
  Dims out = paddedDims(x, dim);
  out[dim - 1] = ne;
  std::vector<double> n(numelOf(out), 0.0), bin(x->numel, 0.0);
  for (size_t o = 0; o < s.after; ++o)
    for (size_t k = 0; k < s.len; ++k)
      for (size_t i = 0; i < s.before; ++i) {
        size_t at = s.at(o, k, i);
        double v = xv[at];
        if (ne == 0 || v != v) continue;
        size_t b = static_cast<size_t>(std::upper_bound(edges.begin(), edges.end(), v) - edges.begin());
        if (b == 0) continue;
        --b;
        if (b == ne - 1 && v != edges[ne - 1]) continue;
        bin[at] = double(b + 1);
        n[(o * ne + b) * s.before + i] += 1;
      }
  if (ne == 0) out[dim - 1] = 0;
  a.set(0, floatArray(false, out, n, a.site));
  if (a.nargout > 1) a.set(1, floatArray(false, dimsOf(x), bin, a.site));
}

// accumarray with a function: fun applied to the column of the values of
// each subscript, in the order they appear in val; fun must return a
// scalar, or a cell (then the result is a cell and empty places hold []).
// Results of one class keep it; a mix of classes gives double.
Ref accumulateWith(const Args& a, const mcc_array* fun, const mcc_array* val, const std::vector<size_t>& at,
                   const Dims& sz, size_t total) {
  if (!mcc_is_function_handle(fun)) a.error("Fourth input FUN must be a function handle.");
  if (val->is_complex || !isValueClass(val->class_id)) a.error("Invalid data type for accumarray.");
  std::vector<std::vector<size_t>> rows(total);
  for (size_t i = 0; i < at.size(); ++i) rows[at[i]].push_back(i);
  size_t width = elementSize(val);
  const char* bytes = static_cast<const char*>(val->data);
  std::vector<Ref> results(total);
  bool seen = false, cells = false, complex = false;
  uint32_t cls = MCC_CLASS_DOUBLE;  // MCC_CLASS_DOUBLE is 0: `seen` says whether a result set it
  for (size_t k = 0; k < total; ++k) {
    if (rows[k].empty()) continue;
    Ref group = newArray(val->class_id, false, {rows[k].size(), 1}, false, a.site);
    for (size_t j = 0; j < rows[k].size(); ++j)
      std::memcpy(static_cast<char*>(group->data) + j * width, bytes + (val->numel == 1 ? 0 : rows[k][j]) * width, width);
    mcc_array* out = nullptr;
    const mcc_array* in = group.get();
    mcc_call_handle(fun, 1, &out, 1, const_cast<mcc_array* const*>(&in), a.site);
    Ref r(out);
    bool isCell = r->class_id == MCC_CLASS_CELL;
    if (!isCell && (r->numel != 1 || !isValueClass(r->class_id)))
      a.error("The function FUN must return a scalar or a cell.");
    bool first = !seen;
    seen = true;
    if (!first && isCell != cells) a.error("The results of FUN must be all scalars or all cells.");
    cells = isCell;
    if (!isCell) {
      cls = first || cls == r->class_id ? r->class_id : uint32_t(MCC_CLASS_DOUBLE);
      complex = complex || r->is_complex;
    }
    results[k] = std::move(r);
  }
  if (cells) {
    Ref c = newCell(sz, a.site);
    for (size_t k = 0; k < total; ++k)
      if (results[k]) setCellElement(c.get(), k, cellElement(results[k].get(), 0).get());
    return c;
  }
  Ref fill = a.nargin >= 5 && a[4]->numel != 0 ? castArray(a[4], cls, a.site) : castArray(newArray(MCC_CLASS_DOUBLE, false, {1, 1}).get(), cls, a.site);
  if (complex) fill = toComplex(fill.get());
  Ref out = newArray(cls, complex, sz, false, a.site);
  size_t ow = elementSize(out.get());
  for (size_t k = 0; k < total; ++k) {
    Ref v = results[k] ? castArray(results[k].get(), cls, a.site) : Ref::share(fill.get());
    if (complex && !v->is_complex) v = toComplex(v.get());
    std::memcpy(static_cast<char*>(out->data) + k * ow, v->data, ow);
  }
  if (complex) return narrowComplex(std::move(out));
  return out;
}

// accumarray(subs, val, sz, fun, fillval): sums of val at each subscript
// (or fun of the values at each subscript).
void accumarrayBuiltin(const Args& a) {
  a.arity(2, 6, 1);
  const mcc_array* subs = checked(a[0]);
  const mcc_array* val = checked(a[1]);
  if (subs->ndims > 2) a.error("First input SUBS must be a real, full, numeric matrix or a cell vector.");
  const char* badSubs = "First input SUBS must contain positive integer subscripts.";
  std::vector<double> sv = numbers(subs, a, badSubs);
  bool columnSubs = subs->dims[1] == 1;
  size_t m = columnSubs ? subs->dims[0] : subs->dims[0], ndim = columnSubs ? 1 : subs->dims[1];
  for (double v : sv)
    if (!(v >= 1) || v != std::floor(v)) a.error(badSubs);
  if (val->numel != 1 && val->numel != m)
    a.error("Second input VAL must be a vector with one element for each row in SUBS, or a scalar.");
  bool withFun = a.nargin >= 4 && a[3]->numel != 0;
  if (a.nargin == 6 && a.scalar(5) != 0) notImplemented("sparse results of accumarray", a.site);
  Dims sz(std::max<size_t>(ndim, 2), 1);
  for (size_t i = 0; i < m; ++i)
    for (size_t d = 0; d < ndim; ++d) sz[d] = std::max(sz[d], static_cast<size_t>(sv[d * m + i]));
  if (m == 0)
    for (size_t d = 0; d < ndim; ++d) sz[d] = 0;
  if (a.nargin >= 3 && a[2]->numel != 0) {
    std::vector<double> given = numbers(a[2], a, "Third input SZ must be a full row vector with one element for each column of SUBS.");
    if (given.size() < 2 || (ndim > 1 && given.size() != ndim) || (ndim == 1 && given.size() != 2))
      a.error("Third input SZ must be a full row vector with one element for each column of SUBS.");
    for (size_t d = 0; d < ndim; ++d)
      if (given[d] < double(sz[d]) && m) a.error("Third input SZ must be greater than or equal to the largest subscript.");
    sz.assign(given.size(), 1);
    for (size_t d = 0; d < given.size(); ++d) sz[d] = static_cast<size_t>(given[d]);
  }
  size_t total = numelOf(sz, a.site);
  std::vector<size_t> at(m), sub(ndim);
  for (size_t i = 0; i < m; ++i) {
    for (size_t d = 0; d < ndim; ++d) sub[d] = static_cast<size_t>(sv[d * m + i]) - 1;
    at[i] = linearIndex(sz, sub);
  }
  if (withFun) {
    a.set(0, accumulateWith(a, a[3], val, at, sz, total));
    return;
  }
  std::vector<double> vals = realInput(a, 1, "accumarray");
  double fill = 0;
  if (a.nargin >= 5 && a[4]->numel != 0) fill = a.scalar(4);
  std::vector<long double> acc(total, 0);
  std::vector<uint8_t> hit(total, 0);
  for (size_t i = 0; i < m; ++i) {
    acc[at[i]] += vals.size() == 1 ? vals[0] : vals[i];
    hit[at[i]] = 1;
  }
  uint32_t cls = val->class_id == MCC_CLASS_LOGICAL || val->class_id == MCC_CLASS_CHAR ? MCC_CLASS_DOUBLE : val->class_id;
  Ref r = newArray(cls, false, sz, false, a.site);
  visitClass(cls, [&](auto tag) {
    using T = typename decltype(tag)::T;
    for (size_t k = 0; k < total; ++k)
      dataOf<T>(r.get())[k] = convertValue<decltype(tag)::id>(hit[k] ? acc[k] : static_cast<long double>(fill));
  });
  a.set(0, std::move(r));
}

}  // namespace


// polyarea(x, y): the area of the polygon whose vertices are x and y (the
// shoelace formula as MATLAB's polyarea sums it, abs(sum((x(k+1) - x(k)) .*
// (y(k+1) + y(k)))) / 2 with the polygon closed); vectors give a scalar,
// matrices one area per column.
MCC_DEFINE_BUILTIN(polyarea) {
  a.arity(2, 2, 1);
  const mcc_array* x = a[0];
  const mcc_array* y = a[1];
  if (x->is_complex || y->is_complex || !isNumericClass(x->class_id) || !isNumericClass(y->class_id))
    a.error("X and Y must be real numeric arrays.");
  bool vectors = x->ndims == 2 && y->ndims == 2 && (x->dims[0] == 1 || x->dims[1] == 1) &&
                 (y->dims[0] == 1 || y->dims[1] == 1);
  if (vectors ? x->numel != y->numel : dimsOf(x) != dimsOf(y)) a.error("X and Y must be the same size.");
  if (!vectors && x->ndims != 2) notImplemented("polyarea of N-d arrays", a.site);
  size_t rows = vectors ? x->numel : x->dims[0];
  size_t cols = vectors ? 1 : x->dims[1];
  std::vector<double> xs = realValues(x), ys = realValues(y);
  std::vector<double> areas(cols, 0.0);
  for (size_t c = 0; c < cols; ++c) {
    const double* px = xs.data() + c * rows;
    const double* py = ys.data() + c * rows;
    double sum = 0;
    for (size_t k = 0; k < rows; ++k) {
      size_t next = k + 1 == rows ? 0 : k + 1;
      sum += (px[next] - px[k]) * (py[next] + py[k]);
    }
    areas[c] = std::abs(sum) / 2;
  }
  if (vectors) return a.set(0, scalarResult(areas[0]));
  a.set(0, rowOf(areas, MCC_CLASS_DOUBLE, a.site));
}

// [in, on] = inpolygon(xq, yq, xv, yv): whether each query point lies inside
// or on the edge of the polygon (in) and whether it lies on the edge (on).
// The polygon closes by itself; NaN in xv/yv separates loops, and a point
// inside an odd number of loops is inside (a loop within another is a hole).
// The outputs have the queries' shape.
MCC_DEFINE_BUILTIN(inpolygon) {
  a.arity(4, 4, 2);
  for (uint32_t k = 0; k < 4; ++k)
    if (a[k]->is_complex || !isNumericClass(a[k]->class_id)) a.error("Inputs must be real numeric arrays.");
  if (dimsOf(a[0]) != dimsOf(a[1])) a.error("Query points X and Y must be the same size.");
  if (a[2]->numel != a[3]->numel) a.error("Polygon vertices X and Y must be the same size.");
  std::vector<double> xq = realValues(a[0]), yq = realValues(a[1]);
  std::vector<double> xv = realValues(a[2]), yv = realValues(a[3]);
  // The loops as [begin, end) runs of vertices between NaN separators.
  std::vector<std::pair<size_t, size_t>> loops;
  for (size_t k = 0; k < xv.size();) {
    while (k < xv.size() && (std::isnan(xv[k]) || std::isnan(yv[k]))) ++k;
    size_t b = k;
    while (k < xv.size() && !std::isnan(xv[k]) && !std::isnan(yv[k])) ++k;
    if (k > b) loops.emplace_back(b, k);
  }
  Ref in = newArray(MCC_CLASS_LOGICAL, false, dimsOf(a[0]), false, a.site);
  Ref on = newArray(MCC_CLASS_LOGICAL, false, dimsOf(a[0]), false, a.site);
  for (size_t q = 0; q < xq.size(); ++q) {
    double x = xq[q], y = yq[q];
    bool inside = false, edge = false;
    for (auto [b, e] : loops)
      for (size_t k = b, j = e - 1; k < e; j = k++) {
        double xi = xv[k], yi = yv[k], xj = xv[j], yj = yv[j];
        if ((x - xi) * (yj - yi) == (y - yi) * (xj - xi) && x >= std::min(xi, xj) && x <= std::max(xi, xj) &&
            y >= std::min(yi, yj) && y <= std::max(yi, yj))
          edge = true;
        if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) inside = !inside;
      }
    dataOf<uint8_t>(in.get())[q] = inside || edge;
    dataOf<uint8_t>(on.get())[q] = edge;
  }
  a.set(0, std::move(in));
  if (a.nargout > 1) a.set(1, std::move(on));
}

MCC_DEFINE_BUILTIN(trapz) { trapezoids(a, false); }
MCC_DEFINE_BUILTIN(cumtrapz) { trapezoids(a, true); }
MCC_DEFINE_BUILTIN(histc) { histcBuiltin(a); }
MCC_DEFINE_BUILTIN(accumarray) { accumarrayBuiltin(a); }

// [Y, E] = discretize(x, edges), discretize(x, edges, values),
// discretize(..., 'IncludedEdge', side): the bin of each element, bin k
// holding edges(k) <= x < edges(k+1) ('left', the default; the last bin
// also holds its right edge) or edges(k) < x <= edges(k+1) ('right'; the
// first bin also holds its left edge); NaN outside the edges and for NaN.
// With values, Y is values(bin) (NaN outside). E is edges. discretize(x,
// N) makes N uniform bins with histcounts' edges for N bins.
MCC_DEFINE_BUILTIN(discretize) {
  a.arity(2, 5, 2);
  std::vector<double> x = realInput(a, 0, "discretize");
  const mcc_array* e = a[1];
  Ref picked;
  if (e->numel == 1 && !a.isText(1)) {
    // N uniform bins: histcounts(x, N)'s edges.
    double m = a.scalar(1);
    if (!(m >= 1) || m != std::floor(m)) a.error("Number of bins must be a positive integer.");
    picked = std::move(callEntry(mcc_bi_histcounts, {a[0], e}, 2, a.site)[1]);
    e = picked.get();
  }
  const char* badEdges = "Bin edges must be a vector of increasing values with at least two elements.";
  if (!isValueClass(e->class_id) || e->class_id == MCC_CLASS_CHAR || !isVectorShape(e) || e->numel < 2) a.error(badEdges);
  std::vector<double> edges = numbers(e, a, "Bin edges must be real.");
  for (size_t k = 1; k < edges.size(); ++k)
    if (!(edges[k] > edges[k - 1])) a.error(badEdges);
  uint32_t k = 2;
  const mcc_array* values = nullptr;
  if (k < a.nargin && !a.isText(k)) values = a[k++];
  bool right = false;
  for (; k < a.nargin; k += 2) {
    if (option(a, k) != "includededge" || k + 1 >= a.nargin) a.error("Invalid option '" + a.text(k) + "'.");
    std::string side = a.isText(k + 1) ? option(a, k + 1) : "";
    if (side != "left" && side != "right") a.error("'IncludedEdge' must be 'left' or 'right'.");
    right = side == "right";
  }
  size_t nb = edges.size() - 1;
  if (values && values->numel != nb) a.error("Number of values must equal the number of bins (numel(edges) - 1).");
  std::vector<double> bins(x.size());
  for (size_t i = 0; i < x.size(); ++i) {
    double v = x[i];
    double bin = NAN;
    if (v >= edges[0] && v <= edges[nb]) {
      size_t b = right ? size_t(std::lower_bound(edges.begin(), edges.end(), v) - edges.begin())
                       : size_t(std::upper_bound(edges.begin(), edges.end(), v) - edges.begin());
      bin = double(std::clamp<size_t>(b, 1, nb));
    }
    bins[i] = bin;
  }
  if (!values) {
    a.set(0, floatArray(false, dimsOf(a[0]), bins, a.site));
  } else {
    std::vector<double> vals = realInput(a, 2, "discretize"), y(bins.size());
    for (size_t i = 0; i < bins.size(); ++i) y[i] = bins[i] == bins[i] ? vals[size_t(bins[i]) - 1] : NAN;
    a.set(0, floatArray(values->class_id == MCC_CLASS_SINGLE, dimsOf(a[0]), y, a.site));
  }
  a.set(1, Ref(mcc_array_retain(const_cast<mcc_array*>(e))));
}
